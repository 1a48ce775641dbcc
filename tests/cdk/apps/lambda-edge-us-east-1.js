'use strict';
// Seed: "Lambda@Edge" -- "If the stack is in us-east-1, a 'normal' lambda.Function can be used
// instead of an EdgeFunction." The seed snippet only creates the function; it is wired into the
// distribution exactly like the first Lambda@Edge example (VIEWER_REQUEST on the default behavior).
const path = require('path');
const { makeApp, makeStack, synthAndWrite } = require('../lib/harness');
const s3 = require('aws-cdk-lib/aws-s3');
const lambda = require('aws-cdk-lib/aws-lambda');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');

const app = makeApp();
const stack = makeStack(app, 'LambdaEdgeUsEast1Stack');

const myBucket = new s3.Bucket(stack, 'myBucket');
const myFunc = new lambda.Function(stack, 'MyFunction', {
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

synthAndWrite(app, 'lambda-edge-us-east-1');
