'use strict';
// Prints the asset hash the AWS CDK gives the directory trees and files the model's asset tests
// build (an `aws-s3-assets` `Asset` of each: the source fingerprint `Code.fromAsset` uses too,
// and a custom `assetHash`), so that their expected values come from the real aws-cdk-lib
// (pinned in package.json):
//
//   tests/cdk/fingerprints.js    # after `npm ci` (tests/cdk/regen runs it when needed)
//
// Each case below is built the same way in `cloudfront-model/src/asset/tests.rs`; keep the two
// in step.
const fs = require('fs');
const os = require('os');
const path = require('path');
const cdk = require('aws-cdk-lib');
const { Asset } = require('aws-cdk-lib/aws-s3-assets');

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudfront-dsl-fingerprints-'));

function tree(name, entries) {
  const root = path.join(scratch, name);
  fs.mkdirSync(root, { recursive: true });
  for (const [rel, content] of entries) {
    const p = path.join(root, rel);
    if (content === null) {
      fs.mkdirSync(p, { recursive: true });
      continue;
    }
    fs.mkdirSync(path.dirname(p), { recursive: true });
    if (typeof content === 'object' && content.link !== undefined) {
      fs.symlinkSync(content.link.replace('$ROOT', root).replace('$SCRATCH', scratch), p);
    } else {
      fs.writeFileSync(p, content);
    }
  }
  return root;
}

const cases = {
  nested: tree('nested', [
    ['a.txt', 'a\n'],
    ['B.txt', 'upper\n'],
    ['sub/b.txt', 'b\n'],
    ['sub/deeper/c.txt', 'c\n'],
  ]),
  crlf: tree('crlf', [['win.txt', 'line1\r\nline2\r\n']]),
  trailing_cr: tree('trailing_cr', [['a.txt', 'a\r\nb\r']]),
  crlf_across_chunks: tree('crlf_across_chunks', [['big.txt', 'a'.repeat(8191) + '\r\nb\r\n']]),
  binary: tree('binary', [['bin.dat', Buffer.from([0, 1, 2, 255, 13, 10])]]),
  zero_after_first_chunk: tree('zero_after_first_chunk', [
    ['late.dat', Buffer.concat([Buffer.alloc(8192, 'a'), Buffer.from([0, 13, 10])])],
  ]),
  hidden: tree('hidden', [['.hidden', 'secret\n'], ['visible.txt', 'v\n']]),
  custom_resource_marker: tree('custom_resource_marker', [
    ['x.txt', 'x\n'],
    ['.is_custom_resource', ''],
    ['sub/.is_custom_resource/inner.txt', 'i\n'],
  ]),
  only_x: tree('only_x', [['x.txt', 'x\n']]),
  empty_dir: tree('empty_dir', [['x.txt', 'x\n'], ['empty', null]]),
  internal_links: tree('internal_links', [
    ['target.txt', 't\n'],
    ['sub/s.txt', 's\n'],
    ['rel-link', { link: 'target.txt' }],
    ['abs-link', { link: '$ROOT/target.txt' }],
    ['dir-link', { link: 'sub' }],
    ['sub/up-link', { link: '../target.txt' }],
  ]),
  outside: tree('outside', [['ext.txt', 'e\n'], ['extdir/e.txt', 'd\n']]),
  external_links: tree('external_links', [
    ['own.txt', 'o\n'],
    ['ext-file', { link: '../outside/ext.txt' }],
    ['ext-dir', { link: '$SCRATCH/outside/extdir' }],
    ['dangling', { link: '../nowhere' }],
  ]),
  out: tree('out', [['o.txt', 'o']]),
  stage: tree('stage', [
    ['a.txt', 'a'],
    ['sub/b.txt', 'b'],
    ['empty', null],
    ['.is_custom_resource', ''],
    ['sub/abs', { link: '$ROOT/a.txt' }],
    ['ext', { link: '$SCRATCH/out/o.txt' }],
  ]),
};
const files = {
  single_file: path.join(tree('single', [['data.txt', 'hello\n']]), 'data.txt'),
};

const app = new cdk.App({ outdir: path.join(scratch, 'cdk.out') });
const stack = new cdk.Stack(app, 'Fingerprints');
const out = {};
for (const [name, root] of Object.entries({ ...cases, ...files })) {
  out[name] = new Asset(stack, name, { path: root }).assetHash;
}
out.custom_hash = new Asset(stack, 'custom', { path: cases.only_x, assetHash: 'my-asset-v1' }).assetHash;
// How staged copies and object keys are named, by the source's name.
const names = tree('names', [['LICENSE', 'l'], ['a.TAR.GZ', 'g'], ['my.dir/f', 'f']]);
out.names = {};
for (const name of ['LICENSE', 'a.TAR.GZ', 'my.dir']) {
  const asset = new Asset(stack, `names-${name}`, { path: path.join(names, name) });
  out.names[name] = {
    hash: asset.assetHash,
    staged: path.basename(asset.assetPath),
    objectKey: stack.resolve(asset.s3ObjectKey),
  };
}
fs.rmSync(scratch, { recursive: true, force: true });
process.stdout.write(JSON.stringify(out, null, 2) + '\n');
