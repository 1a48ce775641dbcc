'use strict';
// CloudFront Functions on a CloudFrontWebDistribution: a function of the stack on the default
// behavior's viewer requests, an imported function on an additional behavior's viewer
// responses beside a Lambda@Edge function on its origin requests.
const { makeApp, makeStack, synthAndWrite } = require('../lib/harness');
const s3 = require('aws-cdk-lib/aws-s3');
const lambda = require('aws-cdk-lib/aws-lambda');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');

const app = makeApp();
const stack = makeStack(app, 'WebDistFunctionsStack');

const sourceBucket = new s3.Bucket(stack, 'Bucket');
const rewrite = new cloudfront.Function(stack, 'Rewrite', {
  code: cloudfront.FunctionCode.fromInline('function handler(event) { return event.request; }'),
  runtime: cloudfront.FunctionRuntime.JS_2_0,
});
const headers = cloudfront.Function.fromFunctionAttributes(stack, 'Headers', {
  functionName: 'add-headers',
  functionArn: 'arn:aws:cloudfront::123456789012:function/add-headers',
});
const edge = lambda.Version.fromVersionArn(stack, 'Version',
  'arn:aws:lambda:us-east-1:123456789012:function:functionName:1');
new cloudfront.CloudFrontWebDistribution(stack, 'MyDistribution', {
  originConfigs: [{
    s3OriginSource: { s3BucketSource: sourceBucket },
    behaviors: [
      {
        isDefaultBehavior: true,
        functionAssociations: [{
          eventType: cloudfront.FunctionEventType.VIEWER_REQUEST,
          function: rewrite,
        }],
      },
      {
        pathPattern: 'images/*',
        functionAssociations: [{
          eventType: cloudfront.FunctionEventType.VIEWER_RESPONSE,
          function: headers,
        }],
        lambdaFunctionAssociations: [{
          eventType: cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST,
          lambdaFunction: edge,
        }],
      },
    ],
  }],
});

synthAndWrite(app, 'web-dist-functions');
