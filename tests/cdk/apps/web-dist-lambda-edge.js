'use strict';
// Lambda@Edge on a CloudFrontWebDistribution: a function of the us-east-1 stack on the default
// behavior's viewer requests (with the body) and a version imported by ARN on an additional
// behavior's origin responses.
const path = require('path');
const { makeApp, makeStack, synthAndWrite } = require('../lib/harness');
const s3 = require('aws-cdk-lib/aws-s3');
const lambda = require('aws-cdk-lib/aws-lambda');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');

const app = makeApp();
const stack = makeStack(app, 'WebDistLambdaEdgeStack');

const sourceBucket = new s3.Bucket(stack, 'Bucket');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, '..', '..', '..', 'examples', 'lambda-handler')),
});
const imported = lambda.Version.fromVersionArn(stack, 'Version',
  'arn:aws:lambda:us-east-1:123456789012:function:functionName:1');
new cloudfront.CloudFrontWebDistribution(stack, 'MyDistribution', {
  originConfigs: [{
    s3OriginSource: { s3BucketSource: sourceBucket },
    behaviors: [
      {
        isDefaultBehavior: true,
        lambdaFunctionAssociations: [{
          eventType: cloudfront.LambdaEdgeEventType.VIEWER_REQUEST,
          lambdaFunction: fn.currentVersion,
          includeBody: true,
        }],
      },
      {
        pathPattern: 'images/*',
        lambdaFunctionAssociations: [{
          eventType: cloudfront.LambdaEdgeEventType.ORIGIN_RESPONSE,
          lambdaFunction: imported,
        }],
      },
    ],
  }],
});

synthAndWrite(app, 'web-dist-lambda-edge');
