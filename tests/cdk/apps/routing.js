'use strict';
// Beyond the seed: the routing example. A bucket behind the default behavior; the legacy API
// listed before the API (whose pattern covers it); images with a managed response headers
// policy; an app path with a function on its viewer requests.
const { makeApp, makeStack, synthAndWrite } = require('../lib/harness');
const s3 = require('aws-cdk-lib/aws-s3');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');

const app = makeApp();
const stack = makeStack(app, 'RoutingStack');

const bucket = new origins.S3Origin(new s3.Bucket(stack, 'Site'));
const api = new origins.HttpOrigin('api.example.com');
const legacyApi = new origins.HttpOrigin('legacy-api.example.com');
const appIndex = new cloudfront.Function(stack, 'AppIndex', {
  code: cloudfront.FunctionCode.fromInline(
    "function handler(event) { var r = event.request; if (r.uri.indexOf('.') < 0) { r.uri = '/app/index.html'; } return r; }"),
});
new cloudfront.Distribution(stack, 'Cdn', {
  defaultBehavior: {
    origin: bucket,
    viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
  },
  additionalBehaviors: {
    '/api/v1/*': {
      origin: legacyApi,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
      cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
    },
    '/api/*': {
      origin: api,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
      cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
      originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
    },
    '*.jpg': {
      origin: bucket,
      responseHeadersPolicy: cloudfront.ResponseHeadersPolicy.SECURITY_HEADERS,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
    },
    '*.png': {
      origin: bucket,
      responseHeadersPolicy: cloudfront.ResponseHeadersPolicy.SECURITY_HEADERS,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
    },
    '/app/*': {
      origin: bucket,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      functionAssociations: [{ function: appIndex, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }],
    },
  },
});

synthAndWrite(app, 'routing');
