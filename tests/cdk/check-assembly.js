'use strict';
// Reads a cloud assembly as the CDK toolkit does (aws-cdk-lib's cloud assembly reader), and
// validates manifest.json and every asset manifest against the cloud assembly schema (the
// validation the CDK's own tests turn on, which the toolkit skips). Prints, for each stack, the artifacts it depends on and the
// assets the toolkit would upload before deploying it, as one line of JSON.
//
//   node tests/cdk/check-assembly.js DIR
process.env.TESTING_CDK = '1';
const fs = require('fs');
const path = require('path');
const { CloudAssembly, AssetManifestArtifact } = require('aws-cdk-lib/cx-api');
const { Manifest } = require('@aws-cdk/cloud-assembly-schema');

const dir = path.resolve(process.argv[2]);
Manifest.loadAssemblyManifest(path.join(dir, 'manifest.json'));
const assembly = new CloudAssembly(dir);
const stacks = assembly.stacks.map((stack) => ({
  stack: stack.stackName,
  dependencies: stack.dependencies.map((d) => d.id),
  assets: stack.dependencies
    .filter((d) => d instanceof AssetManifestArtifact)
    .flatMap((d) => Object.entries(Manifest.loadAssetManifest(d.file).files).map(([hash, file]) => ({
      hash,
      packaging: file.source.packaging,
      staged: fs.existsSync(path.join(path.dirname(d.file), file.source.path)),
      destinations: Object.values(file.destinations).map((t) => `${t.bucketName}/${t.objectKey}`),
    }))),
}));
process.stdout.write(JSON.stringify(stacks) + '\n');
