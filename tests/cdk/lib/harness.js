'use strict';
// The harness every app in ../apps uses: a CDK App set up so that its synthesized templates hold
// only what CloudFormation deploys (no CDKMetadata resource, no path or asset metadata, no
// BootstrapVersion parameter or rule), with no feature flag set, and a function that writes each
// stack's template to ../../fixtures/golden as the parity tests read it.
//
//   const { makeApp, makeStack, synthAndWrite } = require('../lib/harness');
//   const app = makeApp();
//   const stack = makeStack(app, 'SomeStack');   // account 123456789012, us-east-1
//   ...
//   synthAndWrite(app, 'some-name');             // one stack: some-name.json
//                                                // several: some-name.<stackName>.json
const fs = require('fs');
const os = require('os');
const path = require('path');
const cdk = require('aws-cdk-lib');

const GOLDEN_DIR = path.join(__dirname, '..', '..', 'fixtures', 'golden');
const ACCOUNT = '123456789012';
const ENV_US_EAST_1 = { account: ACCOUNT, region: 'us-east-1' };
const ENV_EU_WEST_1 = { account: ACCOUNT, region: 'eu-west-1' };
const PUBLIC_KEY_PEM = fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'public_key.pem'), 'utf8');
const CERT_ARN_US_EAST_1 =
  'arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555';

function makeApp(extraContext = {}) {
  return new cdk.App({
    outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'cloudfront-dsl-cdk-')),
    analyticsReporting: false,
    defaultStackSynthesizer: new cdk.DefaultStackSynthesizer({ generateBootstrapVersionRule: false }),
    context: {
      'aws:cdk:version-reporting': false,
      'aws:cdk:enable-path-metadata': false,
      'aws:cdk:enable-asset-metadata': false,
      'aws:cdk:disable-stack-trace': true,
      [`availability-zones:account=${ACCOUNT}:region=us-east-1`]: ['us-east-1a', 'us-east-1b', 'us-east-1c'],
      [`availability-zones:account=${ACCOUNT}:region=eu-west-1`]: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'],
      ...extraContext,
    },
  });
}

function makeStack(scope, id, env = ENV_US_EAST_1, props = {}) {
  return new cdk.Stack(scope, id, { env, ...props });
}

// Synthesizes the app, writes every stack's template (2-space JSON and a newline) and echoes the
// CDK's warnings and errors to stderr.
function synthAndWrite(app, name) {
  const assembly = app.synth();
  fs.mkdirSync(GOLDEN_DIR, { recursive: true });
  const stacks = assembly.stacks;
  const written = [];
  for (const s of stacks) {
    const file = stacks.length === 1 ? `${name}.json` : `${name}.${s.stackName}.json`;
    fs.writeFileSync(path.join(GOLDEN_DIR, file), JSON.stringify(s.template, null, 2) + '\n');
    written.push(file);
    for (const m of s.messages) {
      if (m.level === 'warning' || m.level === 'error') {
        process.stderr.write(`[${name}] ${m.level} ${m.id}: ${String(m.entry.data).split('\n')[0]}\n`);
      }
    }
  }
  fs.rmSync(app.outdir, { recursive: true, force: true });
  process.stdout.write(`${name}: wrote ${written.join(', ')}\n`);
  return written;
}

module.exports = {
  cdk, GOLDEN_DIR, ACCOUNT, ENV_US_EAST_1, ENV_EU_WEST_1, PUBLIC_KEY_PEM, CERT_ARN_US_EAST_1,
  makeApp, makeStack, synthAndWrite,
};
