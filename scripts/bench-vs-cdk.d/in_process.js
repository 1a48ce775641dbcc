'use strict';
// The CDK's side of scripts/bench-vs-cdk: builds an app (a fresh App each iteration), runs
// app.synth() and writes the stack's template as pretty JSON, warm, in one node process, and
// prints the median time of one iteration in microseconds.
//
//   node in_process.js CDK_APP_DIR big ITERATIONS on|off
//   node in_process.js CDK_APP_DIR wide BEHAVIORS ITERATIONS on|off
//
// CDK_APP_DIR holds lib/common.js (the helpers of the CDK apps) and node_modules. `on` keeps
// the CDK's built-in template validation, `off` turns it off (CDK_VALIDATION=false).
const fs = require('fs');
const path = require('path');

const [dir, what, ...rest] = process.argv.slice(2);
const { cdk, makeApp, makeStack } = require(path.join(path.resolve(dir), 'lib', 'common'));
const cloudfront = require(path.join(path.resolve(dir), 'node_modules', 'aws-cdk-lib', 'aws-cloudfront'));
const origins = require(path.join(path.resolve(dir), 'node_modules', 'aws-cdk-lib', 'aws-cloudfront-origins'));

// The big example: 25 behaviors over 10 origins, a cache policy each (as examples/big.rs).
function big() {
  const app = makeApp();
  const stack = makeStack(app, 'BigStack');
  const originList = Array.from({ length: 10 }, (_, i) => new origins.HttpOrigin(`origin-${i}.example.com`));
  const policy = (i) => new cloudfront.CachePolicy(stack, `CachePolicy${i}`, {
    cachePolicyName: `BigPolicy${i}`,
    comment: `Cache policy for behavior ${i}`,
    defaultTtl: cdk.Duration.minutes(10 + i),
    minTtl: cdk.Duration.seconds(0),
    maxTtl: cdk.Duration.days(1),
    cookieBehavior: i % 2 === 0 ? cloudfront.CacheCookieBehavior.none() : cloudfront.CacheCookieBehavior.allowList(`session-${i}`),
    headerBehavior: cloudfront.CacheHeaderBehavior.allowList(`X-Header-${i}`),
    queryStringBehavior: i % 3 === 0 ? cloudfront.CacheQueryStringBehavior.all() : cloudfront.CacheQueryStringBehavior.allowList(`q${i}`),
    enableAcceptEncodingGzip: true,
    enableAcceptEncodingBrotli: true,
  });
  const additionalBehaviors = {};
  for (let i = 1; i <= 24; i++) {
    additionalBehaviors[`/path-${i}/*`] = {
      origin: originList[i % 10],
      cachePolicy: policy(i),
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: i % 2 === 0 ? cloudfront.AllowedMethods.ALLOW_GET_HEAD_OPTIONS : cloudfront.AllowedMethods.ALLOW_GET_HEAD,
    };
  }
  new cloudfront.Distribution(stack, 'BigDist', {
    defaultBehavior: {
      origin: originList[0],
      cachePolicy: policy(0),
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
    },
    additionalBehaviors,
    comment: 'big: 1 default + 24 additional behaviors over 10 HttpOrigins',
  });
  return app;
}

// A distribution of `n` behaviors over 10 origins (as tests/support/wide.rs).
function wide(n) {
  const app = makeApp();
  const stack = makeStack(app, 'Wide');
  const originList = Array.from({ length: 10 }, (_, i) => new origins.HttpOrigin(`origin-${i}.example.com`));
  const additionalBehaviors = {};
  for (let i = 1; i < n; i++) additionalBehaviors[`/path-${i}/*`] = { origin: originList[i % 10] };
  new cloudfront.Distribution(stack, 'Dist', { defaultBehavior: { origin: originList[0] }, additionalBehaviors });
  return app;
}

let build, iterations, validation;
if (what === 'big') {
  build = big;
  [iterations, validation] = [Number(rest[0]), rest[1]];
} else if (what === 'wide') {
  const n = Number(rest[0]);
  build = () => wide(n);
  [iterations, validation] = [Number(rest[1]), rest[2]];
} else {
  process.stderr.write('usage: node in_process.js CDK_APP_DIR big ITERATIONS on|off | wide BEHAVIORS ITERATIONS on|off\n');
  process.exit(2);
}
if (validation === 'off') process.env.CDK_VALIDATION = 'false';
else delete process.env.CDK_VALIDATION;

function once() {
  const start = process.hrtime.bigint();
  const app = build();
  const assembly = app.synth();
  for (const s of assembly.stacks) JSON.stringify(s.template, null, 2);
  const took = Number(process.hrtime.bigint() - start) / 1e3;
  // The cloud assembly goes to a scratch directory of its own; removed outside the timing.
  fs.rmSync(assembly.directory, { recursive: true, force: true });
  return took;
}

once();
const times = Array.from({ length: Math.max(1, iterations) }, once).sort((a, b) => a - b);
process.stdout.write(`${times[Math.floor(times.length / 2)].toFixed(1)}\n`);
