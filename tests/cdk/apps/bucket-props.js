'use strict';
// The bucket props real apps set: a name, a removal policy (DeletionPolicy and
// UpdateReplacePolicy as the CDK writes them, `RETAIN_ON_UPDATE_OR_DELETE` included),
// versioning, the block public access presets, canned ACLs (which turn on the ACLs they need,
// `ObjectWriter`), and a named, versioned, fully blocked bucket behind a distribution's S3 origin.
const { cdk, makeApp, makeStack, synthAndWrite } = require('../lib/harness');
const s3 = require('aws-cdk-lib/aws-s3');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');

const app = makeApp();
const stack = makeStack(app, 'BucketPropsStack');
const site = new s3.Bucket(stack, 'Site', {
  bucketName: 'example-site-assets-123456789012',
  removalPolicy: cdk.RemovalPolicy.DESTROY,
  versioned: true,
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  encryption: s3.BucketEncryption.S3_MANAGED,
});
new cloudfront.Distribution(stack, 'Cdn', { defaultBehavior: { origin: new origins.S3Origin(site) } });
new s3.Bucket(stack, 'Logs', {
  accessControl: s3.BucketAccessControl.LOG_DELIVERY_WRITE,
  removalPolicy: cdk.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY,
});
new s3.Bucket(stack, 'Private', {
  accessControl: s3.BucketAccessControl.PRIVATE,
  removalPolicy: cdk.RemovalPolicy.RETAIN,
  versioned: false,
});
new s3.Bucket(stack, 'Shared', {
  accessControl: s3.BucketAccessControl.BUCKET_OWNER_FULL_CONTROL,
  objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS,
});
synthAndWrite(app, 'bucket-props');
