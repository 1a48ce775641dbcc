'use strict';
// Seed: "Lambda@Edge" -- associating functions with additional behaviors at and after creation.
// Fillers: `my_func` is the us-east-1 lambda.Function of lambda-edge-us-east-1.js (stack in
// us-east-1); `my_distribution` (the target of the "assigning after creation" half) is elided in the
// seed -- it is taken to be a second distribution 'myDistribution' over the same origin object,
// since adding "images/*" a second time to 'myDist' would duplicate the path pattern.
const path = require('path');
const { makeApp, makeStack, synthAndWrite } = require('../lib/harness');
const s3 = require('aws-cdk-lib/aws-s3');
const lambda = require('aws-cdk-lib/aws-lambda');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');

const app = makeApp();
const stack = makeStack(app, 'LambdaEdgeBehaviorsStack');

const myBucket = new s3.Bucket(stack, 'myBucket');
const myFunc = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, '..', '..', '..', 'examples', 'lambda-handler')),
});

// assigning at Distribution creation
const myOrigin = new origins.S3Origin(myBucket);
new cloudfront.Distribution(stack, 'myDist', {
  defaultBehavior: { origin: myOrigin },
  additionalBehaviors: {
    'images/*': {
      origin: myOrigin,
      edgeLambdas: [{
        functionVersion: myFunc.currentVersion,
        eventType: cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST,
        includeBody: true,
      }],
    },
  },
});

// assigning after creation
const myDistribution = new cloudfront.Distribution(stack, 'myDistribution', {
  defaultBehavior: { origin: myOrigin },
});
myDistribution.addBehavior('images/*', myOrigin, {
  edgeLambdas: [{
    functionVersion: myFunc.currentVersion,
    eventType: cloudfront.LambdaEdgeEventType.VIEWER_RESPONSE,
  }],
});

synthAndWrite(app, 'lambda-edge-behaviors');
