'use strict';
// A bucket whose policy refuses requests over TLS older than 1.2 (`minimumTLSVersion`), beside
// the plain-HTTP refusal of `enforceSSL`, which it needs (the CDK throws without it), as the
// origin of a distribution through an origin access control.
const { makeApp, makeStack, synthAndWrite } = require('../lib/harness');
const s3 = require('aws-cdk-lib/aws-s3');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');

const app = makeApp();
const stack = makeStack(app, 'BucketMinimumTlsStack');
const site = new s3.Bucket(stack, 'Site', { enforceSSL: true, minimumTLSVersion: 1.2 });
new cloudfront.Distribution(stack, 'Cdn', {
  defaultBehavior: { origin: origins.S3BucketOrigin.withOriginAccessControl(site) },
});
synthAndWrite(app, 'bucket-minimum-tls');
