'use strict';
// Beyond the seed: the CDK README's response headers policy (CORS, custom and security headers,
// headers removed, Server-Timing), on the default behavior; a managed policy on another one; a
// second custom policy with a generated name and only security headers.
const { cdk, makeApp, makeStack, synthAndWrite } = require('../lib/harness');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');

const app = makeApp();
const stack = makeStack(app, 'ResponseHeadersPolicyStack');

const myResponseHeadersPolicy = new cloudfront.ResponseHeadersPolicy(stack, 'ResponseHeadersPolicy', {
  responseHeadersPolicyName: 'MyPolicy',
  comment: 'A default policy',
  corsBehavior: {
    accessControlAllowCredentials: false,
    accessControlAllowHeaders: ['X-Custom-Header-1', 'X-Custom-Header-2'],
    accessControlAllowMethods: ['GET', 'POST'],
    accessControlAllowOrigins: ['*'],
    accessControlExposeHeaders: ['X-Custom-Header-1', 'X-Custom-Header-2'],
    accessControlMaxAge: cdk.Duration.seconds(600),
    originOverride: true,
  },
  customHeadersBehavior: {
    customHeaders: [
      { header: 'X-Amz-Date', value: 'some-value', override: true },
      { header: 'X-Amz-Security-Token', value: 'some-value', override: false },
    ],
  },
  securityHeadersBehavior: {
    contentSecurityPolicy: { contentSecurityPolicy: 'default-src https:;', override: true },
    contentTypeOptions: { override: true },
    frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
    referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
    strictTransportSecurity: { accessControlMaxAge: cdk.Duration.seconds(600), includeSubdomains: true, override: true },
    xssProtection: { protection: true, modeBlock: false, reportUri: 'https://example.com/csp-report', override: true },
  },
  removeHeaders: ['Server'],
  serverTimingSamplingRate: 50,
});
const strict = new cloudfront.ResponseHeadersPolicy(stack, 'StrictHeaders', {
  securityHeadersBehavior: {
    strictTransportSecurity: {
      accessControlMaxAge: cdk.Duration.days(365),
      includeSubdomains: true,
      preload: true,
      override: false,
    },
    xssProtection: { protection: true, modeBlock: true, override: true },
  },
  serverTimingSamplingRate: 12.5,
});
new cloudfront.Distribution(stack, 'myDistCustomPolicy', {
  defaultBehavior: {
    origin: new origins.HttpOrigin('www.example.com'),
    responseHeadersPolicy: myResponseHeadersPolicy,
  },
  additionalBehaviors: {
    '/api/*': {
      origin: new origins.HttpOrigin('api.example.com'),
      responseHeadersPolicy: cloudfront.ResponseHeadersPolicy.CORS_ALLOW_ALL_ORIGINS_WITH_PREFLIGHT,
    },
    '/secure/*': {
      origin: new origins.HttpOrigin('secure.example.com'),
      responseHeadersPolicy: strict,
    },
  },
});

synthAndWrite(app, 'response-headers-policy');
