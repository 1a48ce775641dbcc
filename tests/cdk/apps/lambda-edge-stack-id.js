'use strict';
// Seed: "Lambda@Edge" -- two EdgeFunctions with explicit stack_id, from a non-us-east-1 stack
// (eu-west-1). The seed snippet only creates the functions; to make them part of a CloudFront
// configuration each is attached to one behavior of a distribution over an HttpOrigin
// (filler: distribution 'myDist', behaviors default + 'images/*').
// Three templates: the eu-west-1 stack and the two us-east-1 stacks named by stackId.
const path = require('path');
const { makeApp, makeStack, synthAndWrite, ENV_EU_WEST_1 } = require('../lib/harness');
const lambda = require('aws-cdk-lib/aws-lambda');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');

const app = makeApp();
const stack = makeStack(app, 'LambdaEdgeStackIdStack', ENV_EU_WEST_1);

const myFunc1 = new cloudfront.experimental.EdgeFunction(stack, 'MyFunction1', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, '..', '..', '..', 'examples', 'lambda-handler1')),
  stackId: 'edge-lambda-stack-id-1',
});
const myFunc2 = new cloudfront.experimental.EdgeFunction(stack, 'MyFunction2', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, '..', '..', '..', 'examples', 'lambda-handler2')),
  stackId: 'edge-lambda-stack-id-2',
});
const origin = new origins.HttpOrigin('www.example.com');
new cloudfront.Distribution(stack, 'myDist', {
  defaultBehavior: {
    origin,
    edgeLambdas: [{ functionVersion: myFunc1.currentVersion, eventType: cloudfront.LambdaEdgeEventType.VIEWER_REQUEST }],
  },
  additionalBehaviors: {
    'images/*': {
      origin,
      edgeLambdas: [{ functionVersion: myFunc2.currentVersion, eventType: cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST }],
    },
  },
});

synthAndWrite(app, 'lambda-edge-stack-id');
