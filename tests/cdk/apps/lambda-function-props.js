'use strict';
// Lambda functions beyond the seed's: every prop cloudfront-dsl models on one function (with
// its current version, whose logical id hashes them), inline code, code in a bucket, and an
// edge function in a stack of us-east-1 (a function of its own, child `Fn`) associated with a
// behavior.
const path = require('path');
const { cdk, makeApp, makeStack, synthAndWrite } = require('../lib/harness');
const s3 = require('aws-cdk-lib/aws-s3');
const lambda = require('aws-cdk-lib/aws-lambda');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');

const app = makeApp();
const stack = makeStack(app, 'LambdaFunctionPropsStack');
const handler = path.join(__dirname, '..', '..', '..', 'examples', 'lambda-handler');

const full = new lambda.Function(stack, 'Full', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(handler),
  description: 'every setting',
  functionName: 'full-function',
  memorySize: 512,
  timeout: cdk.Duration.seconds(10),
  environment: { ZED: 'last', ALPHA: 'first' },
  architecture: lambda.Architecture.ARM_64,
  layers: [lambda.LayerVersion.fromLayerVersionArn(stack, 'Layer',
    'arn:aws:lambda:us-east-1:123456789012:layer:shared:3')],
  tracing: lambda.Tracing.ACTIVE,
  ephemeralStorageSize: cdk.Size.mebibytes(1024),
  reservedConcurrentExecutions: 5,
  deadLetterQueueEnabled: true,
  currentVersionOptions: { provisionedConcurrentExecutions: 2 },
});
full.currentVersion;

const inline = new lambda.Function(stack, 'Inline', {
  runtime: lambda.Runtime.PYTHON_3_13,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return event["Records"][0]["cf"]["request"]\n'),
});
inline.currentVersion;

new lambda.Function(stack, 'FromBucket', {
  runtime: lambda.Runtime.NODEJS_24_X,
  handler: 'index.handler',
  code: lambda.Code.fromBucket(s3.Bucket.fromBucketName(stack, 'CodeBucket', 'my-code-bucket'), 'code.zip'),
});

const edge = new cloudfront.experimental.EdgeFunction(stack, 'InRegion', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(handler),
  memorySize: 1024,
  timeout: cdk.Duration.seconds(30),
});
new cloudfront.Distribution(stack, 'myDist', {
  defaultBehavior: {
    origin: new origins.HttpOrigin('www.example.com'),
    edgeLambdas: [{ functionVersion: edge.currentVersion, eventType: cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST }],
  },
});

synthAndWrite(app, 'lambda-function-props');
