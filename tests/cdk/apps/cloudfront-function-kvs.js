'use strict';
// The CDK README's "CloudFront Function" and "Key Value Store" sections beyond the seed: a
// function on the cloudfront-js-2.0 runtime whose code is read from a file, with a key value store
// whose data is given inline; a second function on an additional behavior and on one added later.
const fs = require('fs');
const path = require('path');
const { makeApp, makeStack, synthAndWrite, GOLDEN_DIR } = require('../lib/harness');
const s3 = require('aws-cdk-lib/aws-s3');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');

const app = makeApp();
const stack = makeStack(app, 'CloudFrontFunctionKvsStack');

const store = new cloudfront.KeyValueStore(stack, 'Redirects', {
  keyValueStoreName: 'redirects',
  comment: 'old paths and where they moved',
  source: cloudfront.ImportSource.fromInline(
    '{"data":[{"key":"/old","value":"/new"},{"key":"/blog","value":"https://blog.example.com/"}]}'),
});
const redirect = new cloudfront.Function(stack, 'Redirect', {
  code: cloudfront.FunctionCode.fromFile({
    filePath: path.join(__dirname, '..', '..', '..', 'examples', 'functions', 'redirect.js'),
  }),
  runtime: cloudfront.FunctionRuntime.JS_2_0,
  keyValueStore: store,
});
const headers = new cloudfront.Function(stack, 'SecurityHeaders', {
  functionName: 'security-headers',
  comment: 'adds HSTS to every response',
  code: cloudfront.FunctionCode.fromInline(
    "function handler(event) { var r = event.response; r.headers['strict-transport-security'] = { value: 'max-age=63072000' }; return r; }"),
});

const bucket = new s3.Bucket(stack, 'site');
const dist = new cloudfront.Distribution(stack, 'distro', {
  defaultBehavior: {
    origin: new origins.S3Origin(bucket),
    functionAssociations: [
      { function: redirect, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST },
      { function: headers, eventType: cloudfront.FunctionEventType.VIEWER_RESPONSE },
    ],
  },
  additionalBehaviors: {
    '/api/*': {
      origin: new origins.HttpOrigin('api.example.com'),
      functionAssociations: [
        { function: headers, eventType: cloudfront.FunctionEventType.VIEWER_RESPONSE },
      ],
    },
  },
});
dist.addBehavior('/docs/*', new origins.HttpOrigin('docs.example.com'), {
  functionAssociations: [
    { function: headers, eventType: cloudfront.FunctionEventType.VIEWER_RESPONSE },
  ],
});

// The asset manifest's entries of the store's data (the CDK also lists the stack's own template
// as an asset; the library deploys templates as they are, and the tests leave that entry out).
app.synth();
const manifest = JSON.parse(
  fs.readFileSync(path.join(app.outdir, `${stack.artifactId}.assets.json`), 'utf8'));
const files = Object.fromEntries(
  Object.entries(manifest.files).filter(([, f]) => f.source.path.startsWith('asset.')));
fs.writeFileSync(path.join(GOLDEN_DIR, 'cloudfront-function-kvs.assets.json'),
  JSON.stringify(files, null, 2) + '\n');

synthAndWrite(app, 'cloudfront-function-kvs');
