//! The fingerprint and the names of assets against the AWS CDK's.
//!
//! Each tree below is built as `tests/cdk/fingerprints.js` builds it, and each expected hash is
//! what that script prints with aws-cdk-lib 2.276.0 (an `aws-s3-assets` `Asset` of the tree),
//! unless the comment cites the CDK facts sheet.

use std::fs;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::*;

/// A scratch directory of its own for each test, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Scratch {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "cloudfront-model-asset-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    /// A tree `name` with files (`Some(content)`) and empty directories (`None`).
    fn tree(&self, name: &str, entries: &[(&str, Option<&[u8]>)]) -> PathBuf {
        let root = self.0.join(name);
        fs::create_dir_all(&root).unwrap();
        for (path, content) in entries {
            let p = root.join(path);
            match content {
                None => fs::create_dir_all(&p).unwrap(),
                Some(c) => {
                    fs::create_dir_all(p.parent().unwrap()).unwrap();
                    fs::write(&p, c).unwrap();
                }
            }
        }
        root
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn hash(path: &Path) -> String {
    fingerprint(path).unwrap()
}

#[test]
fn nested_directories_in_code_unit_order() {
    let s = Scratch::new();
    let root = s.tree(
        "nested",
        &[
            ("a.txt", Some(b"a\n")),
            ("B.txt", Some(b"upper\n")),
            ("sub/b.txt", Some(b"b\n")),
            ("sub/deeper/c.txt", Some(b"c\n")),
        ],
    );
    assert_eq!(
        hash(&root),
        "e924855869239563e89d93674f3eb059f37bf271f48c7388bfad5e98bbf93ec8"
    );
}

#[test]
fn text_is_hashed_with_crlf_as_lf() {
    let s = Scratch::new();
    let crlf = s.tree("crlf", &[("win.txt", Some(b"line1\r\nline2\r\n"))]);
    assert_eq!(
        hash(&crlf),
        "7e7af451201e4f4c6d3333cd5ac28b41107da31ec3f422124f27126519ba7b9b"
    );
    let lf = s.tree("lf", &[("win.txt", Some(b"line1\nline2\n"))]);
    assert_eq!(hash(&crlf), hash(&lf));
}

#[test]
fn a_trailing_cr_is_hashed_as_is_and_not_counted() {
    let s = Scratch::new();
    let root = s.tree("trailing_cr", &[("a.txt", Some(b"a\r\nb\r"))]);
    // The facts sheet (§6): the file's value is `0:sha256("a\r\nb\r")`.
    assert_eq!(
        fingerprint::content_fingerprint(&root.join("a.txt")).unwrap(),
        format!("0:{}", custom_hash("a\r\nb\r"))
    );
    assert_eq!(
        hash(&root),
        "0954606bffb6f55936f9ab655fd5945412c8cb36897515519a2c3b36494b8120"
    );
}

#[test]
fn a_crlf_across_two_chunks_is_normalized() {
    let s = Scratch::new();
    let mut big = "a".repeat(8191).into_bytes();
    big.extend_from_slice(b"\r\nb\r\n");
    let root = s.tree("crlf_across_chunks", &[("big.txt", Some(&big))]);
    assert_eq!(
        hash(&root),
        "d6e937411dab21c6276701620f1723868236c48a0f73281a4f319a75db06b719"
    );
}

#[test]
fn binary_files_are_hashed_raw_and_decided_on_the_first_chunk() {
    let s = Scratch::new();
    let binary = s.tree("binary", &[("bin.dat", Some(&[0, 1, 2, 255, 13, 10]))]);
    assert_eq!(
        hash(&binary),
        "7c5d823a6e32bbf9816217d90c6e9179ed826fa833682310146414561db2ed0a"
    );
    // A zero byte after the first chunk leaves the file text.
    let mut late = vec![b'a'; 8192];
    late.extend_from_slice(&[0, 13, 10]);
    let late = s.tree("zero_after_first_chunk", &[("late.dat", Some(&late))]);
    assert_eq!(
        hash(&late),
        "c68027dc51c010aef5fe2e9b478eb7ba353e58a1caf7d9cd90d19775a6f1d738"
    );
}

#[test]
fn dotfiles_count_the_custom_resource_marker_and_empty_directories_do_not() {
    let s = Scratch::new();
    let hidden = s.tree(
        "hidden",
        &[
            (".hidden", Some(b"secret\n")),
            ("visible.txt", Some(b"v\n")),
        ],
    );
    assert_eq!(
        hash(&hidden),
        "be552d9642ee7f87a6dd97355aca3f2197a5194a0c74d726d6413b4566df175f"
    );
    let only_x = "a612a07de9c7e766557b6e17cdc6da0a7d567abd4de34fad3d0fa379ce4c942f";
    let x = s.tree("only_x", &[("x.txt", Some(b"x\n"))]);
    assert_eq!(hash(&x), only_x);
    let marker = s.tree(
        "custom_resource_marker",
        &[
            ("x.txt", Some(b"x\n")),
            (".is_custom_resource", Some(b"")),
            ("sub/.is_custom_resource/inner.txt", Some(b"i\n")),
        ],
    );
    assert_eq!(hash(&marker), only_x);
    let empty = s.tree("empty_dir", &[("x.txt", Some(b"x\n")), ("empty", None)]);
    assert_eq!(hash(&empty), only_x);
}

#[test]
fn links_inside_stay_links_and_links_outside_are_followed() {
    let s = Scratch::new();
    let inside = s.tree(
        "internal_links",
        &[("target.txt", Some(b"t\n")), ("sub/s.txt", Some(b"s\n"))],
    );
    symlink("target.txt", inside.join("rel-link")).unwrap();
    symlink(inside.join("target.txt"), inside.join("abs-link")).unwrap();
    symlink("sub", inside.join("dir-link")).unwrap();
    symlink("../target.txt", inside.join("sub/up-link")).unwrap();
    assert_eq!(
        hash(&inside),
        "2ba11c92a2b3ade0fc4f2110969316dff610efed1a56a0c3189a6d8f2d0d4085"
    );

    let outside = s.tree(
        "outside",
        &[("ext.txt", Some(b"e\n")), ("extdir/e.txt", Some(b"d\n"))],
    );
    assert_eq!(
        hash(&outside),
        "201397d24e82e23203baa95646bbc91faa04a6f7c18495c65b5aeab831efe320"
    );
    let external = s.tree("external_links", &[("own.txt", Some(b"o\n"))]);
    symlink("../outside/ext.txt", external.join("ext-file")).unwrap();
    symlink(outside.join("extdir"), external.join("ext-dir")).unwrap();
    symlink("../nowhere", external.join("dangling")).unwrap();
    assert_eq!(
        hash(&external),
        "c60e90f02eabb17b42f4610d1f61fc2fa62a0a444b6664cbba1a5395d4daadb2"
    );
}

#[test]
fn a_file_asset_and_a_custom_hash() {
    let s = Scratch::new();
    let root = s.tree("single", &[("data.txt", Some(b"hello\n"))]);
    assert_eq!(
        hash(&root.join("data.txt")),
        "549b144eccd7807d632712b653e30c42e8747617c2d8d4d083a75a701b0837b9"
    );
    let x = s.tree("only_x", &[("x.txt", Some(b"x\n"))]);
    let custom = FileAsset::from_path(&x)
        .unwrap()
        .with_asset_hash("my-asset-v1");
    assert_eq!(
        custom.hash(),
        "70dcfd4da431ba535f2febc6252d19ca8037c0e80f84c5cbcb355d4303e6b9af"
    );
}

#[test]
fn staged_names_and_object_keys_follow_the_source_name() {
    let s = Scratch::new();
    let root = s.tree(
        "names",
        &[
            ("LICENSE", Some(b"l")),
            ("a.TAR.GZ", Some(b"g")),
            ("my.dir/f", Some(b"f")),
        ],
    );
    let names = |name: &str| {
        let a = FileAsset::from_path(root.join(name)).unwrap();
        (a.hash().to_owned(), a.staged_name(), a.object_key())
    };
    let h = "21f92706d00341fc0a81f49adb49bc4a18fafca3f952f34c5df90c9e59aff377";
    assert_eq!(
        names("LICENSE"),
        (h.to_owned(), format!("asset.{h}"), format!("{h}.{h}"))
    );
    let h = "10232ecc2cec8bfc9f30443f09e0d29dcc56161ab886911fe83ebe4c4e01a9e2";
    assert_eq!(
        names("a.TAR.GZ"),
        (h.to_owned(), format!("asset.{h}.tar.gz"), format!("{h}.gz"))
    );
    let h = "9382ff64aed8adeee1cea88e1d2e94e65f470eab55b07bb088d09758fd475408";
    assert_eq!(
        names("my.dir"),
        (h.to_owned(), format!("asset.{h}.dir"), format!("{h}.zip"))
    );
}

/// The facts sheet's `lambda-handler` directory (§6).
const LAMBDA_HANDLER: &[u8] = b"exports.handler = async (event) => event.Records[0].cf.request;\n";

#[test]
fn destinations_as_the_default_synthesizer_writes_them() {
    let s = Scratch::new();
    let root = s.tree("lambda-handler", &[("index.js", Some(LAMBDA_HANDLER))]);
    let asset = FileAsset::from_path(&root).unwrap();
    assert_eq!(
        asset.hash(),
        "9b9199e89a25e32a975ad0115e2bca7cde39046a61b4035df4ce858650da69f2"
    );
    let env = Env {
        account: "123456789012".into(),
        region: "eu-west-1".into(),
    };
    let concrete = asset.destination(Some(&env));
    assert_eq!(
        concrete.bucket_name,
        "cdk-hnb659fds-assets-123456789012-eu-west-1"
    );
    assert_eq!(concrete.region.as_deref(), Some("eu-west-1"));
    assert_eq!(
        concrete.assume_role_arn,
        "arn:${AWS::Partition}:iam::123456789012:role/cdk-hnb659fds-file-publishing-role-123456789012-eu-west-1"
    );
    // The destination keys in the asset manifest aws-cdk-lib 2.276.0 writes for a
    // `Code.fromAsset` of this directory, in a stack of this env and in an env-agnostic one.
    assert_eq!(concrete.id, "123456789012-eu-west-1-9b6af6da");
    let agnostic = asset.destination(None);
    assert_eq!(agnostic.id, "current_account-current_region-5bc1c360");
    assert_eq!(
        agnostic.bucket_name,
        "cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}"
    );
    assert_eq!(agnostic.region, None);
    assert_eq!(
        agnostic.assume_role_arn,
        "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-hnb659fds-file-publishing-role-${AWS::AccountId}-${AWS::Region}"
    );
}

#[test]
fn the_template_finds_an_asset_in_the_bootstrap_bucket() {
    let s = Scratch::new();
    let root = s.tree("t", &[("index.js", Some(b"x"))]);
    let mut concrete = Stack::new("Concrete").with_env("123456789012", "us-east-1");
    let location = concrete.add_file_asset(FileAsset::from_path(&root).unwrap());
    assert_eq!(
        serde_json::to_value(&location.bucket_name).unwrap(),
        serde_json::json!("cdk-hnb659fds-assets-123456789012-us-east-1")
    );
    let mut agnostic = Stack::new("Agnostic");
    let again = agnostic.add_file_asset(FileAsset::from_path(&root).unwrap());
    // The CDK writes this `Fn::Sub` for an env-agnostic stack (facts sheet §5).
    assert_eq!(
        serde_json::to_value(&again.bucket_name).unwrap(),
        serde_json::json!({ "Fn::Sub": "cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}" })
    );
    assert_eq!(location.object_key, again.object_key);
    agnostic.add_file_asset(FileAsset::from_path(&root).unwrap());
    assert_eq!(agnostic.file_assets().len(), 1, "one content, one asset");
}

#[test]
fn an_env_set_after_an_asset_is_reported() {
    let s = Scratch::new();
    let root = s.tree("late", &[("index.js", Some(b"x"))]);
    let mut stack = Stack::new("Late");
    stack.add_file_asset(FileAsset::from_path(&root).unwrap());
    stack.add_cfn_resource(
        "Topic",
        crate::CfnResource::new("AWS::SNS::Topic", serde_json::Value::Null),
    );
    let stack = stack.with_env("123456789012", "us-east-1");
    let errors = stack.synth().expect_err("the env came late").errors;
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].violation.rule, crate::Rule::Asset);
}

#[test]
fn a_missing_source_is_an_error_naming_it() {
    let s = Scratch::new();
    let missing = s.0.join("no-such-dir");
    let e = FileAsset::from_path(&missing).expect_err("nothing there");
    assert!(e.to_string().contains("no-such-dir"), "{e}");
}

#[test]
fn staging_copies_what_the_walk_sees_with_links_to_the_copies() {
    let s = Scratch::new();
    let root = s.tree(
        "stage",
        &[
            ("a.txt", Some(b"a")),
            ("sub/b.txt", Some(b"b")),
            ("empty", None),
            (".is_custom_resource", Some(b"")),
        ],
    );
    let outside = s.tree("out", &[("o.txt", Some(b"o"))]);
    symlink(root.join("a.txt"), root.join("sub/abs")).unwrap();
    symlink(outside.join("o.txt"), root.join("ext")).unwrap();
    let asset = FileAsset::from_path(&root).unwrap();
    assert_eq!(
        asset.hash(),
        "bc2a4bc1369abcb340520ddd1ae05c5b80e115fc4b351b7192a5f82e4656810d"
    );
    // The CDK's staged copy of this tree holds these entries (checked against the
    // `asset.<hash>` directory an `Asset` of it stages).
    let entries = asset.staged_entries().unwrap();
    let root = root.canonicalize().unwrap();
    assert_eq!(
        entries,
        [
            StagedEntry::File {
                path: "a.txt".into(),
                source: root.join("a.txt")
            },
            StagedEntry::Dir("empty".into()),
            StagedEntry::File {
                path: "ext".into(),
                source: outside.canonicalize().unwrap().join("o.txt")
            },
            StagedEntry::Dir("sub".into()),
            StagedEntry::Link {
                path: "sub/abs".into(),
                target: "../a.txt".into()
            },
            StagedEntry::File {
                path: "sub/b.txt".into(),
                source: root.join("sub/b.txt")
            },
        ]
    );
}
