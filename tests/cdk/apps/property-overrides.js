'use strict';
// The L1 escape hatch: `node.defaultChild.addPropertyOverride(path, value)` on what the L2
// constructs do not model: a bucket's lifecycle rules (a dotted path into a property the bucket
// did not have, which the CDK writes after the bucket's other keys) and a distribution's
// `Staging` flag (inside `DistributionConfig`).
const { makeApp, makeStack, synthAndWrite } = require('../lib/harness');
const s3 = require('aws-cdk-lib/aws-s3');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');

const app = makeApp();
const stack = makeStack(app, 'PropertyOverridesStack');
const logs = new s3.Bucket(stack, 'Logs');
logs.node.defaultChild.addPropertyOverride('LifecycleConfiguration.Rules', [
  { ExpirationInDays: 30, Status: 'Enabled' },
]);
const site = new s3.Bucket(stack, 'Site', { versioned: true });
site.node.defaultChild.addPropertyOverride('CorsConfiguration.CorsRules', [
  { AllowedMethods: ['GET'], AllowedOrigins: ['*'] },
]);
const dist = new cloudfront.Distribution(stack, 'Cdn', {
  defaultBehavior: { origin: new origins.HttpOrigin('www.example.com') },
});
dist.node.defaultChild.addPropertyOverride('DistributionConfig.Staging', false);
synthAndWrite(app, 'property-overrides');
