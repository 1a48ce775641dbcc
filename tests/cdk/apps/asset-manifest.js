'use strict';
// Assets in the cloud assembly: a function whose code is the `lambda-handler` fixture directory,
// in a stack of eu-west-1 and in an env-agnostic stack. For each stack, writes the asset
// manifest the CDK's default stack synthesizer writes (`asset-manifest.<stack>.assets.json`, as
// it is) and what the cloud assembly says of it (`asset-manifest.<stack>.assembly.json`: the
// asset manifest's artifact in manifest.json, the stack artifact's dependencies, and the
// function's `Code` in the template), which the asset tests compare the library's output with.
// (The CDK also lists the stack's own template as an asset; the library deploys templates as
// they are, and the tests leave that entry out.)
const fs = require('fs');
const path = require('path');
const { makeApp, makeStack, cdk, GOLDEN_DIR, ENV_EU_WEST_1 } = require('../lib/harness');
const lambda = require('aws-cdk-lib/aws-lambda');

// One app per stack: the CDK lists an asset that two stacks of one app share under both
// stacks' destinations in each manifest.
const written = [];
for (const [name, env] of [['AssetStack', ENV_EU_WEST_1], ['AgnosticAssetStack', undefined]]) {
  const app = makeApp();
  const stack = env ? makeStack(app, name, env) : new cdk.Stack(app, name);
  new lambda.Function(stack, 'MyFunction', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromAsset(path.join(__dirname, '..', '..', 'fixtures', 'lambda-handler')),
  });
  const assembly = app.synth();
  const file = `asset-manifest.${stack.stackName}.assets.json`;
  const manifest = fs.readFileSync(path.join(app.outdir, `${stack.artifactId}.assets.json`), 'utf8');
  fs.writeFileSync(path.join(GOLDEN_DIR, file), manifest.trimEnd() + '\n');
  const artifacts = JSON.parse(fs.readFileSync(path.join(app.outdir, 'manifest.json'), 'utf8')).artifacts;
  const template = assembly.getStackByName(stack.stackName).template;
  const fn = Object.values(template.Resources).find((r) => r.Type === 'AWS::Lambda::Function');
  const facts = {
    assetManifestArtifact: artifacts[`${stack.artifactId}.assets`],
    stackDependencies: artifacts[stack.artifactId].dependencies,
    functionCode: fn.Properties.Code,
  };
  const factsFile = `asset-manifest.${stack.stackName}.assembly.json`;
  fs.writeFileSync(path.join(GOLDEN_DIR, factsFile), JSON.stringify(facts, null, 2) + '\n');
  written.push(file, factsFile);
  fs.rmSync(app.outdir, { recursive: true, force: true });
}
process.stdout.write(`asset-manifest: wrote ${written.join(', ')}\n`);
