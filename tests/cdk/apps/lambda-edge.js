'use strict';
// Seed: "Lambda@Edge" (first example: cloudfront.experimental.EdgeFunction on the default behavior).
// The distribution stack is in eu-west-1 so that EdgeFunction has to create its own us-east-1
// stack (edge-lambda-stack-<addr>) plus an SSM-parameter based cross-region reader
// (Custom::CrossRegionStringParameterReader) in the eu-west-1 stack. Both templates are written.
// Runtime: the seed has NODEJS_12_X, which Lambda no longer lets anyone create; NODEJS_22_X here.
const path = require('path');
const { makeApp, makeStack, synthAndWrite, ENV_EU_WEST_1 } = require('../lib/harness');
const s3 = require('aws-cdk-lib/aws-s3');
const lambda = require('aws-cdk-lib/aws-lambda');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');

const app = makeApp();
const stack = makeStack(app, 'LambdaEdgeStack', ENV_EU_WEST_1);

const myBucket = new s3.Bucket(stack, 'myBucket'); // elided in the seed
const myFunc = new cloudfront.experimental.EdgeFunction(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, '..', '..', '..', 'examples', 'lambda-handler')),
});
new cloudfront.Distribution(stack, 'myDist', {
  defaultBehavior: {
    origin: new origins.S3Origin(myBucket),
    edgeLambdas: [{
      functionVersion: myFunc.currentVersion,
      eventType: cloudfront.LambdaEdgeEventType.VIEWER_REQUEST,
    }],
  },
});

synthAndWrite(app, 'lambda-edge');
