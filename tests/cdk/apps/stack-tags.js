'use strict';
// Stack metadata: a stack `description`, and tags applied with `Tags.of(scope)` at several
// levels. Every taggable resource under a scope gets the scope's tags (the bucket, the
// distribution, the CloudFront function, the key value store, the Lambda function and its role);
// the others (the bucket policy, the origin access identity, the cache policy) get none. A tag
// of a deeper scope overrides the same key of an outer one at equal priority, a higher priority
// wins wherever it was added, `remove` takes a key away below its scope, and tags are written
// in the CDK's order of keys (case-insensitive, `aws-x` before `Owner`).
const fs = require('fs');
const path = require('path');
const { cdk, GOLDEN_DIR, makeApp, makeStack, synthAndWrite } = require('../lib/harness');
const { Construct } = require('constructs');
const s3 = require('aws-cdk-lib/aws-s3');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = makeApp();
const stack = makeStack(app, 'StackTagsStack', undefined, {
  description: 'Static site of the example team (tagged)',
});
cdk.Tags.of(stack).add('Project', 'site');
cdk.Tags.of(stack).add('Owner', 'web-team');
cdk.Tags.of(stack).add('Environment', 'prod', { priority: 300 });

const frontend = new Construct(stack, 'frontend');
cdk.Tags.of(frontend).add('Project', 'frontend');
cdk.Tags.of(frontend).add('Environment', 'dev');
const bucket = new s3.Bucket(frontend, 'Bucket');
const rewrite = new cloudfront.Function(frontend, 'Rewrite', {
  code: cloudfront.FunctionCode.fromInline('function handler(event) { return event.request; }'),
});
const store = new cloudfront.KeyValueStore(frontend, 'Store');
const cachePolicy = new cloudfront.CachePolicy(frontend, 'CachePolicy', { defaultTtl: cdk.Duration.days(1) });
new cloudfront.Distribution(frontend, 'Cdn', {
  defaultBehavior: {
    origin: new origins.S3Origin(bucket),
    cachePolicy,
    functionAssociations: [{ function: rewrite, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }],
  },
});

const api = new Construct(stack, 'api');
cdk.Tags.of(api).remove('Owner');
cdk.Tags.of(api).add('aws-x', 'lower case first');
new lambda.Function(api, 'Handler', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
});
cdk.Tags.of(stack).add('Team', 'web');

// The store is used by no function: the key value store stands for itself.
void store;
// What the cloud assembly says of the stack's own tags (`stack-tags.assembly.json`).
app.synth();
const artifacts = JSON.parse(fs.readFileSync(path.join(app.outdir, 'manifest.json'), 'utf8')).artifacts;
const facts = { stackTags: artifacts[stack.artifactId].properties.tags };
fs.writeFileSync(path.join(GOLDEN_DIR, 'stack-tags.assembly.json'), JSON.stringify(facts, null, 2) + '\n');
synthAndWrite(app, 'stack-tags');
