'use strict';
// The bucket props real apps set: a name, a removal policy (DeletionPolicy and
// UpdateReplacePolicy as the CDK writes them, `RETAIN_ON_UPDATE_OR_DELETE` included),
// versioning, the block public access presets, canned ACLs (which turn on the ACLs they need,
// `ObjectWriter`), and a named, versioned, fully blocked bucket behind a distribution's S3 origin.
// Then the two props that write a bucket policy: `enforceSSL` (a Deny of every request not over
// TLS, written when the bucket is made, so before the statements origins add) on buckets behind
// origin access control and an origin access identity, and `publicReadAccess` (an Allow of
// `s3:GetObject` to everyone), which needs a `blockPublicAccess` that lets public policies in:
// on a website bucket behind its website endpoint, and beside `enforceSSL`.
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
const secure = new s3.Bucket(stack, 'Secure', { enforceSSL: true });
const legacy = new s3.Bucket(stack, 'Legacy', { enforceSSL: true });
new cloudfront.Distribution(stack, 'SecureCdn', {
  defaultBehavior: { origin: origins.S3BucketOrigin.withOriginAccessControl(secure) },
  additionalBehaviors: {
    '/legacy/*': { origin: origins.S3BucketOrigin.withOriginAccessIdentity(legacy) },
  },
});
const website = new s3.Bucket(stack, 'Website', {
  websiteIndexDocument: 'index.html',
  publicReadAccess: true,
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY,
});
new cloudfront.Distribution(stack, 'WebsiteCdn', {
  defaultBehavior: { origin: new origins.S3StaticWebsiteOrigin(website) },
});
new s3.Bucket(stack, 'Downloads', {
  publicReadAccess: true,
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS,
  enforceSSL: true,
});
synthAndWrite(app, 'bucket-props');
