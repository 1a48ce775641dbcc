'use strict';
// Beyond the seed: the CDK README's S3 example of today. A KMS-encrypted bucket behind the
// origin access control the CDK creates, with LIST access (so a missing object answers 404) and
// a default root object; a second bucket behind an origin access control of the stack's own.
const { cdk, makeApp, makeStack, synthAndWrite } = require('../lib/harness');
const s3 = require('aws-cdk-lib/aws-s3');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');

const app = makeApp();
const stack = makeStack(app, 'S3BucketOriginOacStack');

const myBucket = new s3.Bucket(stack, 'myBucket', { encryption: s3.BucketEncryption.KMS });
const media = new s3.Bucket(stack, 'mediaBucket');
const oac = new cloudfront.S3OriginAccessControl(stack, 'MediaOAC', {
  signing: cloudfront.Signing.SIGV4_NO_OVERRIDE,
  description: 'media reader',
});
new cloudfront.Distribution(stack, 'myDist', {
  defaultBehavior: {
    origin: origins.S3BucketOrigin.withOriginAccessControl(myBucket, {
      originAccessLevels: [cloudfront.AccessLevel.READ, cloudfront.AccessLevel.LIST],
    }),
  },
  additionalBehaviors: {
    '/media/*': {
      origin: origins.S3BucketOrigin.withOriginAccessControl(media, { originAccessControl: oac }),
    },
  },
  defaultRootObject: 'index.html',
});

synthAndWrite(app, 's3-bucket-origin-oac');
