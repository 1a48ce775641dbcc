'use strict';
// Beyond the seed: the other S3 origins of today's CDK. An origin access identity the CDK
// creates, one of the stack's own, a bucket with no access control, a static website endpoint.
const { makeApp, makeStack, synthAndWrite } = require('../lib/harness');
const s3 = require('aws-cdk-lib/aws-s3');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');

const app = makeApp();
const stack = makeStack(app, 'S3BucketOriginsStack');

const assets = new s3.Bucket(stack, 'assets');
const images = new s3.Bucket(stack, 'images');
const open = new s3.Bucket(stack, 'open');
const site = new s3.Bucket(stack, 'site', { websiteIndexDocument: 'index.html' });
const oai = new cloudfront.OriginAccessIdentity(stack, 'ImagesOAI', { comment: 'images reader' });
new cloudfront.Distribution(stack, 'myDist', {
  defaultBehavior: { origin: origins.S3BucketOrigin.withOriginAccessIdentity(assets) },
  additionalBehaviors: {
    '/images/*': {
      origin: origins.S3BucketOrigin.withOriginAccessIdentity(images, { originAccessIdentity: oai }),
    },
    '/open/*': { origin: origins.S3BucketOrigin.withBucketDefaults(open, { originPath: '/public' }) },
    '/site/*': { origin: new origins.S3StaticWebsiteOrigin(site) },
  },
});

synthAndWrite(app, 's3-bucket-origins');
