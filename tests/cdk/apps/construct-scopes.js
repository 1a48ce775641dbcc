'use strict';
// Constructs inside constructs, as real apps write them: a `Frontend` construct class holding a
// bucket, an inner scope whose id has a hyphen (`distribution-construct`) with the distribution,
// its policies, a CloudFront function, a key group and an alias record, and outputs at each
// level. Every logical id, origin id, OAI comment and generated name derives from the full path.
const { cdk, makeApp, makeStack, synthAndWrite, PUBLIC_KEY_PEM } = require('../lib/harness');
const { Construct } = require('constructs');
const s3 = require('aws-cdk-lib/aws-s3');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');
const route53 = require('aws-cdk-lib/aws-route53');
const targets = require('aws-cdk-lib/aws-route53-targets');

class DistributionConstruct extends Construct {
  constructor(scope, id, bucket) {
    super(scope, id);
    const cachePolicy = new cloudfront.CachePolicy(this, 'CachePolicy', {
      defaultTtl: cdk.Duration.days(1),
    });
    const originRequestPolicy = new cloudfront.OriginRequestPolicy(this, 'OriginRequestPolicy', {
      headerBehavior: cloudfront.OriginRequestHeaderBehavior.allowList('X-Tenant'),
    });
    const rewrite = new cloudfront.Function(this, 'Rewrite', {
      code: cloudfront.FunctionCode.fromInline('function handler(event) { return event.request; }'),
    });
    const publicKey = new cloudfront.PublicKey(this, 'PublicKey', { encodedKey: PUBLIC_KEY_PEM });
    const keyGroup = new cloudfront.KeyGroup(this, 'KeyGroup', { items: [publicKey] });
    this.distribution = new cloudfront.Distribution(this, 'distribution', {
      defaultBehavior: {
        origin: new origins.S3Origin(bucket),
        cachePolicy,
        originRequestPolicy,
        functionAssociations: [{ function: rewrite, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        '/private/*': { origin: new origins.HttpOrigin('private.example.com'), trustedKeyGroups: [keyGroup] },
      },
    });
    const zone = route53.HostedZone.fromHostedZoneAttributes(this, 'Zone', {
      hostedZoneId: 'Z0123456789ABCDEFGHIJ',
      zoneName: 'example.com',
    });
    new route53.ARecord(this, 'Alias', {
      zone,
      recordName: 'www',
      target: route53.RecordTarget.fromAlias(new targets.CloudFrontTarget(this.distribution)),
    });
    new cdk.CfnOutput(this, 'DistributionId', { value: this.distribution.distributionId });
  }
}

class Frontend extends Construct {
  constructor(scope, id) {
    super(scope, id);
    const bucket = new s3.Bucket(this, 'Bucket');
    const inner = new DistributionConstruct(this, 'distribution-construct', bucket);
    new cdk.CfnOutput(this, 'DomainName', { value: inner.distribution.distributionDomainName });
  }
}

const app = makeApp();
const stack = makeStack(app, 'ConstructScopesStack');
new Frontend(stack, 'frontend');
new cdk.CfnOutput(stack, 'Region', { value: stack.region });

synthAndWrite(app, 'construct-scopes');
