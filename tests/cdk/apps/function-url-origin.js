'use strict';
// Beyond the seed: Lambda function URLs as origins. One open URL with its timeouts and
// dual-stack addressing; one that takes only signed requests, behind the origin access control the
// CDK creates, which grants the distribution the right to invoke the function.
const { cdk, makeApp, makeStack, synthAndWrite } = require('../lib/harness');
const lambda = require('aws-cdk-lib/aws-lambda');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');

const app = makeApp();
const stack = makeStack(app, 'FunctionUrlOriginStack');

const handler = (body) => lambda.Code.fromInline(
  `exports.handler = async () => ({ statusCode: 200, body: '${body}' });`);
const api = new lambda.Function(stack, 'Api', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: handler('api'),
});
const apiUrl = api.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
const admin = new lambda.Function(stack, 'Admin', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: handler('admin'),
});
const adminUrl = admin.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
new cloudfront.Distribution(stack, 'myDist', {
  defaultBehavior: {
    origin: new origins.FunctionUrlOrigin(apiUrl, {
      readTimeout: cdk.Duration.seconds(30),
      keepaliveTimeout: cdk.Duration.seconds(10),
      responseCompletionTimeout: cdk.Duration.seconds(60),
      ipAddressType: cloudfront.OriginIpAddressType.DUALSTACK,
    }),
  },
  additionalBehaviors: {
    '/admin/*': {
      origin: origins.FunctionUrlOrigin.withOriginAccessControl(adminUrl),
      allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
      cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
      originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
    },
  },
});

synthAndWrite(app, 'function-url-origin');
