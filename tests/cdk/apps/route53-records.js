'use strict';
// Route 53 alias records to a distribution of every type the CDK's `CloudFrontTarget` serves:
// `A` and `AAAA` for a name and the zone's apex, and an `HTTPS` alias, inside a scope, so
// that the records' logical ids derive from their paths.
const { cdk, makeApp, makeStack, synthAndWrite } = require('../lib/harness');
const { Construct } = require('constructs');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');
const route53 = require('aws-cdk-lib/aws-route53');
const targets = require('aws-cdk-lib/aws-route53-targets');

const app = makeApp();
const stack = makeStack(app, 'Route53RecordsStack');
const dist = new cloudfront.Distribution(stack, 'Cdn', {
  defaultBehavior: { origin: new origins.HttpOrigin('www.example.com') },
});
const dns = new Construct(stack, 'dns');
const zone = route53.HostedZone.fromHostedZoneAttributes(dns, 'Zone', {
  hostedZoneId: 'Z0123456789ABCDEFGHIJ',
  zoneName: 'example.com',
});
const target = route53.RecordTarget.fromAlias(new targets.CloudFrontTarget(dist));
new route53.ARecord(dns, 'WwwA', { zone, recordName: 'www', target });
new route53.AaaaRecord(dns, 'WwwAaaa', { zone, recordName: 'www', target });
new route53.ARecord(dns, 'ApexA', { zone, target });
new route53.AaaaRecord(dns, 'ApexAaaa', { zone, target });
new route53.HttpsRecord(dns, 'WwwHttps', { zone, recordName: 'www.example.com', target });
synthAndWrite(app, 'route53-records');
