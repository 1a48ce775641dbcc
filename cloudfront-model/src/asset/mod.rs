//! Assets: files and directories a stack ships with its template (function code, key value
//! store data), hashed, named and staged as the AWS CDK does.
//!
//! The library uploads nothing itself. A construct adds an asset to its stack
//! ([`Stack::add_file_asset`]) and writes the [`AssetLocation`] it gets back (the CDK
//! bootstrap's assets bucket and the object key) into its template; the cloud assembly writer
//! (`cloudfront_dsl::build`) stages the asset next to the templates and lists it in the stack's
//! asset manifest, so that `cdk deploy --app DIR` (or any asset publisher) uploads it.
//!
//! ```
//! use cloudfront_dsl::Stack;
//! use cloudfront_dsl::asset::{FileAsset, Packaging};
//!
//! # let dir = std::env::temp_dir().join(format!("cloudfront-dsl-doc-asset-{}", std::process::id()));
//! # std::fs::create_dir_all(&dir).unwrap();
//! std::fs::write(dir.join("index.js"), "exports.handler = async () => 'ok';\n")?;
//! let mut stack = Stack::new("Docs").with_env("123456789012", "us-east-1");
//! let code = FileAsset::from_path(&dir)?;
//! assert_eq!(code.packaging(), Packaging::ZipDirectory);
//! let location = stack.add_file_asset(code);
//! assert_eq!(location.bucket_name.as_literal(), Some("cdk-hnb659fds-assets-123456789012-us-east-1"));
//! assert!(location.object_key.ends_with(".zip"));
//! # std::fs::remove_dir_all(&dir).unwrap();
//! # Ok::<(), std::io::Error>(())
//! ```

mod fingerprint;
mod walk;

#[cfg(all(test, unix))]
mod tests;

use std::io;
use std::path::{Path, PathBuf};

use serde::Serialize;

pub use fingerprint::{custom_hash, fingerprint};

use crate::expr::Expr;
use crate::stack::{Env, Stack};
use walk::{Entry, relative_between, walk, with_path};

/// The qualifier of the CDK's default bootstrap stack, part of its bucket and role names.
const QUALIFIER: &str = "hnb659fds";

/// The archive extensions the CDK keeps whole when it names a staged asset.
const ARCHIVE_EXTENSIONS: [&str; 5] = [".tar.gz", ".zip", ".jar", ".tar", ".tgz"];

/// How an asset is uploaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Packaging {
    /// The file as it is.
    File,
    /// The directory as a zip archive (the asset publisher zips it).
    ZipDirectory,
}

impl Packaging {
    /// The name the asset manifest gives it: `file` or `zip`.
    pub fn manifest_name(self) -> &'static str {
        match self {
            Packaging::File => "file",
            Packaging::ZipDirectory => "zip",
        }
    }
}

/// A file or a directory to upload with a stack, named by its hash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileAsset {
    source: PathBuf,
    packaging: Packaging,
    hash: String,
    display_name: Option<String>,
}

impl FileAsset {
    /// The file or directory at `path` (relative to the current directory, the package's root
    /// in a build script), hashed by its content as the CDK does: a directory is uploaded as a
    /// zip archive, a file as it is.
    pub fn from_path(path: impl AsRef<Path>) -> io::Result<FileAsset> {
        let path = path.as_ref();
        let source = path.canonicalize().map_err(|e| with_path(e, path))?;
        let packaging = if source.metadata().map_err(|e| with_path(e, path))?.is_dir() {
            Packaging::ZipDirectory
        } else {
            Packaging::File
        };
        Ok(FileAsset {
            hash: fingerprint(&source)?,
            source,
            packaging,
            display_name: None,
        })
    }

    /// Names the asset by a hash of your own instead of its content (the CDK's `assetHash`):
    /// the asset's hash becomes the SHA-256 of `asset_hash`, so the asset is uploaded again
    /// only when `asset_hash` changes.
    pub fn with_asset_hash(mut self, asset_hash: &str) -> FileAsset {
        self.hash = custom_hash(asset_hash);
        self
    }

    /// The name the asset manifest shows for it (the CDK's construct path, `MyFunction/Code`).
    pub fn with_display_name(mut self, name: impl Into<String>) -> FileAsset {
        self.display_name = Some(name.into());
        self
    }

    /// The file or directory, as an absolute path.
    pub fn source(&self) -> &Path {
        &self.source
    }

    /// How it is uploaded.
    pub fn packaging(&self) -> Packaging {
        self.packaging
    }

    /// Its hash (64 hex digits), which names it in the assets bucket and in the cloud assembly.
    pub fn hash(&self) -> &str {
        &self.hash
    }

    /// The name shown in the asset manifest, when given.
    pub fn display_name(&self) -> Option<&str> {
        self.display_name.as_deref()
    }

    /// The name of its copy in the cloud assembly: `asset.<hash>` and the source's extension
    /// (a directory's too, as in the CDK).
    pub fn staged_name(&self) -> String {
        let name = self
            .source
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        format!("asset.{}{}", self.hash, source_extension(&name))
    }

    /// Its key in the assets bucket: `<hash>.zip` for a directory; for a file, the hash and
    /// the last extension of the staged name (`<hash>.gz` for `x.tar.gz`, and, as in the CDK,
    /// `<hash>.<hash>` for a file without extension).
    pub fn object_key(&self) -> String {
        match self.packaging {
            Packaging::ZipDirectory => format!("{}.zip", self.hash),
            Packaging::File => format!("{}{}", self.hash, extname(&self.staged_name())),
        }
    }

    /// Where the asset publisher uploads it for a stack of `env` (`None`: env-agnostic), as
    /// the CDK's default stack synthesizer writes it in the asset manifest.
    pub fn destination(&self, env: Option<&Env>) -> AssetDestination {
        let (account, region) = match env {
            Some(env) => (env.account.clone(), Some(env.region.clone())),
            None => ("${AWS::AccountId}".to_owned(), None),
        };
        let region_part = region
            .clone()
            .unwrap_or_else(|| "${AWS::Region}".to_owned());
        let mut destination = AssetDestination {
            id: String::new(),
            bucket_name: format!("cdk-{QUALIFIER}-assets-{account}-{region_part}"),
            object_key: self.object_key(),
            region,
            assume_role_arn: format!(
                "arn:${{AWS::Partition}}:iam::{account}:role/cdk-{QUALIFIER}-file-publishing-role-{account}-{region_part}"
            ),
        };
        // As the CDK: the environment, and the start of a hash of the destination's JSON.
        let json = serde_json::to_string(&destination).unwrap_or_default();
        let environment = match env {
            Some(env) => format!("{}-{}", env.account, env.region),
            None => "current_account-current_region".to_owned(),
        };
        destination.id = format!("{environment}-{}", &custom_hash(&json)[..8]);
        destination
    }

    /// What staging copies into the cloud assembly for a directory asset, in order (nothing
    /// for a file asset, which is copied whole): directories, files and links, with the CDK's
    /// exclusions, and links inside the directory pointing at the copies of their targets.
    pub fn staged_entries(&self) -> io::Result<Vec<StagedEntry>> {
        if self.packaging == Packaging::File {
            return Ok(Vec::new());
        }
        let mut out = Vec::new();
        walk(&self.source, &mut |entry| {
            out.push(match entry {
                Entry::Dir { path } => StagedEntry::Dir(path),
                Entry::File { path, real } => StagedEntry::File { path, source: real },
                Entry::Link { path, text, inside } => {
                    let target = match inside {
                        Some(target) => {
                            relative_between(path.parent().unwrap_or(Path::new("")), &target)
                        }
                        None => text,
                    };
                    StagedEntry::Link { path, target }
                }
            });
            Ok(())
        })?;
        Ok(out)
    }
}

/// One entry of a staged directory asset, its path relative to the staged directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StagedEntry {
    /// A directory (empty ones included).
    Dir(PathBuf),
    /// A file, copied from `source`.
    File {
        /// Where it goes.
        path: PathBuf,
        /// What it is a copy of.
        source: PathBuf,
    },
    /// A symbolic link holding `target`.
    Link {
        /// Where it goes.
        path: PathBuf,
        /// What the link holds.
        target: PathBuf,
    },
}

/// Where an asset is uploaded: what an asset manifest's destination holds (its JSON is the
/// manifest's, in the CDK's key order).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AssetDestination {
    /// The destination's key in the manifest: `<account>-<region>-<hash>`
    /// (`current_account-current_region-<hash>` for an env-agnostic stack).
    #[serde(skip)]
    pub id: String,
    /// The bucket, with `${AWS::AccountId}` and `${AWS::Region}` for an env-agnostic stack.
    pub bucket_name: String,
    /// The object key.
    pub object_key: String,
    /// The bucket's region, for a stack with an env.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// The role the publisher assumes to upload.
    pub assume_role_arn: String,
}

/// Where a stack's template finds an asset once it is uploaded.
#[derive(Clone, Debug, PartialEq)]
pub struct AssetLocation {
    /// The CDK bootstrap's assets bucket: `cdk-hnb659fds-assets-<account>-<region>`, or its
    /// `Fn::Sub` form for an env-agnostic stack.
    pub bucket_name: Expr,
    /// The object key: `<hash>.zip` for a directory, `<hash><ext>` for a file.
    pub object_key: String,
}

impl Stack {
    /// Adds an asset the stack uploads with its template, and returns where the template finds
    /// it. The same content added twice is one asset.
    ///
    /// Set the stack's env first: the bucket is the one of the env the stack has now (`synth()`
    /// reports an env set after an asset).
    pub fn add_file_asset(&mut self, asset: FileAsset) -> AssetLocation {
        let location = AssetLocation {
            bucket_name: match self.env() {
                Some(env) => Expr::literal(format!(
                    "cdk-{QUALIFIER}-assets-{}-{}",
                    env.account, env.region
                )),
                None => Expr::sub(format!(
                    "cdk-{QUALIFIER}-assets-${{AWS::AccountId}}-${{AWS::Region}}"
                )),
            },
            object_key: asset.object_key(),
        };
        if !self.assets.iter().any(|a| a.hash == asset.hash) {
            self.assets.push(asset);
        }
        location
    }

    /// The stack's assets, in the order they were added.
    pub fn file_assets(&self) -> &[FileAsset] {
        &self.assets
    }
}

/// The extension the CDK gives a staged asset: an archive's whole (`.tar.gz`, lower case),
/// else the last one.
fn source_extension(name: &str) -> String {
    let lower = name.to_ascii_lowercase();
    match ARCHIVE_EXTENSIONS.iter().find(|e| lower.ends_with(*e)) {
        Some(archive) => (*archive).to_owned(),
        None => extname(name).to_owned(),
    }
}

/// Node's `path.extname` of a file name: from its last `.` on, unless that `.` starts it.
fn extname(name: &str) -> &str {
    match name.rfind('.') {
        Some(0) | None => "",
        Some(_) if name.bytes().all(|b| b == b'.') => "",
        Some(i) => &name[i..],
    }
}
