'use strict';
// Beyond the seed: a site stack as one constructor, the shape a `stack!` block ports. A
// certificate of the stack covering the distribution's aliases, a log bucket that accepts the
// ACLs CloudFront's standard logs need, an S3 origin behind an origin access control and an
// HTTP origin for the API.
const { makeApp, makeStack, synthAndWrite } = require('../lib/harness');
const s3 = require('aws-cdk-lib/aws-s3');
const acm = require('aws-cdk-lib/aws-certificatemanager');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');

const app = makeApp();
const stack = makeStack(app, 'StackBlockSiteStack');

const cert = new acm.Certificate(stack, 'SiteCert', {
  domainName: 'example.com',
  subjectAlternativeNames: ['www.example.com'],
});
const logs = new s3.Bucket(stack, 'Logs', { objectOwnership: s3.ObjectOwnership.OBJECT_WRITER });
const assets = new s3.Bucket(stack, 'Assets');
new cloudfront.Distribution(stack, 'Site', {
  defaultBehavior: {
    origin: origins.S3BucketOrigin.withOriginAccessControl(assets),
    viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
  },
  additionalBehaviors: {
    '/api/*': {
      origin: new origins.HttpOrigin('api.example.com'),
      cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
    },
  },
  domainNames: ['example.com', 'www.example.com'],
  certificate: cert,
  logBucket: logs,
  logFilePrefix: 'cdn/',
});

synthAndWrite(app, 'stack-block-site');
