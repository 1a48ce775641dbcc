'use strict';
// Seed: "Lambda@Edge" -- existing function version from another stack (Version.fromVersionArn).
const { makeApp, makeStack, synthAndWrite } = require('../lib/harness');
const s3 = require('aws-cdk-lib/aws-s3');
const lambda = require('aws-cdk-lib/aws-lambda');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');

const app = makeApp();
const stack = makeStack(app, 'LambdaEdgeImportedVersionStack');

const s3Bucket = new s3.Bucket(stack, 's3Bucket'); // elided in the seed (`s3_bucket`)
const functionVersion = lambda.Version.fromVersionArn(stack, 'Version',
  'arn:aws:lambda:us-east-1:123456789012:function:functionName:1');
new cloudfront.Distribution(stack, 'distro', {
  defaultBehavior: {
    origin: new origins.S3Origin(s3Bucket),
    edgeLambdas: [{
      functionVersion,
      eventType: cloudfront.LambdaEdgeEventType.VIEWER_REQUEST,
    }],
  },
});

synthAndWrite(app, 'lambda-edge-imported-version');
