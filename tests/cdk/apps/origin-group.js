'use strict';
// Beyond the seed: origin groups on a Distribution. A bucket behind origin access control that
// fails over to a web server on 404 and the 5xx codes; an API that fails over to its backup on the
// default codes, with the default selection criteria written out; and a behavior that reuses the
// first group.
const { makeApp, makeStack, synthAndWrite } = require('../lib/harness');
const s3 = require('aws-cdk-lib/aws-s3');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');

const app = makeApp();
const stack = makeStack(app, 'OriginGroupStack');

const bucket = new s3.Bucket(stack, 'primaryBucket');
const site = new origins.OriginGroup({
  primaryOrigin: origins.S3BucketOrigin.withOriginAccessControl(bucket),
  fallbackOrigin: new origins.HttpOrigin('www.example.com'),
  fallbackStatusCodes: [404, 500, 502, 503, 504],
});
new cloudfront.Distribution(stack, 'myDist', {
  defaultBehavior: {
    origin: site,
    allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
  },
  additionalBehaviors: {
    '/api/*': {
      origin: new origins.OriginGroup({
        primaryOrigin: new origins.HttpOrigin('api.example.com'),
        fallbackOrigin: new origins.HttpOrigin('api-backup.example.com', { originPath: '/v1' }),
        selectionCriteria: cloudfront.OriginSelectionCriteria.DEFAULT,
      }),
    },
    '/assets/*': { origin: site },
  },
});

synthAndWrite(app, 'origin-group');
