'use strict';
// The L1 escape hatch on Lambda functions and their versions: `node.defaultChild
// .addPropertyOverride(path, value)` on what `lambda.Function` does not model (its logging
// settings, its recursive-loop detection, its runtime updates, a code signing configuration),
// on a function whose `currentVersion` runs at the edge, on an edge function's function (child
// `Fn` in us-east-1) and on a version. The current version's logical id hashes the function's
// properties with the overrides, so an override publishes a new version; the code signing
// configuration, which locks no version, leaves the id as it is. Override values are written
// with their keys in ASCII order.
const path = require('path');
const { cdk, makeApp, makeStack, synthAndWrite } = require('../lib/harness');
const lambda = require('aws-cdk-lib/aws-lambda');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');

const app = makeApp();
const stack = makeStack(app, 'LambdaOverridesStack');
const handler = path.join(__dirname, '..', '..', '..', 'examples', 'lambda-handler');

const rewrite = new lambda.Function(stack, 'Rewrite', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(handler),
  timeout: cdk.Duration.seconds(5),
});
const fn = rewrite.node.defaultChild;
fn.addPropertyOverride('LoggingConfig', {
  ApplicationLogLevel: 'INFO',
  LogFormat: 'JSON',
  SystemLogLevel: 'WARN',
});
fn.addPropertyOverride('RecursiveLoop', 'Terminate');
fn.addPropertyOverride('RuntimeManagementConfig.UpdateRuntimeOn', 'Auto');
rewrite.currentVersion.node.defaultChild.addPropertyOverride('Description', 'viewer request rewrite');

const headers = new cloudfront.experimental.EdgeFunction(stack, 'Headers', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(handler),
});
headers.node.findChild('Fn').node.defaultChild.addPropertyOverride('LoggingConfig.LogFormat', 'JSON');

// Not at the edge: a code signing configuration, which the version's hash leaves out.
const worker = new lambda.Function(stack, 'Worker', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(handler),
});
worker.node.defaultChild.addPropertyOverride('CodeSigningConfigArn',
  'arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-0123456789abcdef0');
worker.currentVersion;

new cloudfront.Distribution(stack, 'Cdn', {
  defaultBehavior: {
    origin: new origins.HttpOrigin('www.example.com'),
    edgeLambdas: [
      { functionVersion: rewrite.currentVersion, eventType: cloudfront.LambdaEdgeEventType.VIEWER_REQUEST },
      { functionVersion: headers.currentVersion, eventType: cloudfront.LambdaEdgeEventType.ORIGIN_RESPONSE },
    ],
  },
});

synthAndWrite(app, 'lambda-overrides');
