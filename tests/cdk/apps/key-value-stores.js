'use strict';
// Key value stores: one whose data is an object of a bucket, one whose data is a file (staged as
// an asset), one without data; generated names (a short and a long construct id); functions whose
// runtime the store implies; a store imported by ARN.
const fs = require('fs');
const path = require('path');
const { makeApp, makeStack, synthAndWrite, GOLDEN_DIR } = require('../lib/harness');
const s3 = require('aws-cdk-lib/aws-s3');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');

const app = makeApp();
const stack = makeStack(app, 'KeyValueStoresStack');

const data = new s3.Bucket(stack, 'Data');
const redirects = new cloudfront.KeyValueStore(stack, 'Redirects', {
  source: cloudfront.ImportSource.fromBucket(data, 'kvs/redirects.json'),
});
new cloudfront.KeyValueStore(stack, 'FeatureFlagsForTheCheckoutAndTheAccountPagesOfTheStorefront', {
  source: cloudfront.ImportSource.fromAsset(path.join(__dirname, '..', '..', 'fixtures', 'kvs', 'flags.json')),
});
new cloudfront.KeyValueStore(stack, 'Empty');
const imported = cloudfront.KeyValueStore.fromKeyValueStoreArn(stack, 'Shared',
  'arn:aws:cloudfront::123456789012:key-value-store/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111');

const handler = "import cf from 'cloudfront';\nconst kvs = cf.kvs();\nasync function handler(event) { return event.request; }";
new cloudfront.Function(stack, 'Redirect', {
  code: cloudfront.FunctionCode.fromInline(handler),
  keyValueStore: redirects,
});
new cloudfront.Function(stack, 'SharedReader', {
  code: cloudfront.FunctionCode.fromInline(handler),
  keyValueStore: imported,
  autoPublish: false,
});

// The asset manifest's entries of the stores' data (without the stack's own template).
app.synth();
const manifest = JSON.parse(
  fs.readFileSync(path.join(app.outdir, `${stack.artifactId}.assets.json`), 'utf8'));
const files = Object.fromEntries(
  Object.entries(manifest.files).filter(([, f]) => f.source.path.startsWith('asset.')));
fs.writeFileSync(path.join(GOLDEN_DIR, 'key-value-stores.assets.json'),
  JSON.stringify(files, null, 2) + '\n');

synthAndWrite(app, 'key-value-stores');
