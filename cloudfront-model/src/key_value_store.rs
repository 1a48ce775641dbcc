//! CloudFront KeyValueStores (the CDK's `cloudfront.KeyValueStore`): key-value data that
//! CloudFront Functions read at the edge, imported when the store is created.

use serde::Serialize;

use crate::asset::{AssetLocation, FileAsset, custom_hash};
use crate::construct::{AccountQuota, Construct, account_quota};
use crate::expr::Expr;
use crate::lit::{FromLit, IncludedFile, Lit, Lowering};
use crate::naming::unique_resource_name;
use crate::path::PropPath;
use crate::rules::{Check, Checker};
use crate::s3::Bucket;
use crate::schema::{EnumSchema, Factory, HasKind, Kind, Param};
use crate::scope::AsScope;
use crate::stack::{Ids, Stack};
use crate::template::{CfnResource, Element};
use crate::tree::NodeRef;

/// Where an import source's data is.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum SourceKind {
    /// An object of a bucket.
    Bucket { bucket: Bucket, key: String },
    /// Data the stack uploads as an asset.
    Data(Data),
    /// A file `ImportSource::from_asset` could not read; `synth()` reports it.
    Unreadable { path: String, error: String },
}

/// Data a store is created with, which the stack stages and uploads as an asset.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Data {
    /// The text, checked against the import format.
    pub(crate) text: String,
    /// The name of the staged file (its extension names the object in the assets bucket).
    pub(crate) file_name: String,
    /// The file that holds it, when it is one that can be staged as it is.
    pub(crate) file: Option<std::path::PathBuf>,
    /// Whether it was written in the program (the macros point at its literal), rather than
    /// read from a file (they point at the path).
    pub(crate) inline: bool,
}

/// The data a key value store is created with, in CloudFront's import format
/// (`{"data":[{"key":"k","value":"v"}, ...]}`).
///
/// ```
/// use cloudfront_dsl::Stack;
/// use cloudfront_dsl::key_value_store::ImportSource;
/// let mut stack = Stack::new("Docs");
/// let bucket = cloudfront_dsl::s3::Bucket::new(&mut stack, "Data");
/// let from_bucket = ImportSource::from_bucket(bucket, "redirects.json");
/// let inline = ImportSource::from_inline(r#"{"data":[{"key":"/old","value":"/new"}]}"#);
/// # let _ = (from_bucket, inline);
/// ```
///
/// Inline data and files are staged as assets, as the CDK stages them: the cloud assembly that
/// `cloudfront_dsl::build` writes holds them and lists them in the stack's asset manifest, so
/// that `cdk deploy --app DIR` uploads them; the template names their object in the CDK
/// bootstrap's assets bucket.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportSource(pub(crate) SourceKind);

impl ImportSource {
    /// The object `key` of `bucket`, which CloudFront reads when it creates the store (its
    /// content is not checked: it is not known before deployment).
    pub fn from_bucket(bucket: impl Into<Bucket>, key: impl Into<String>) -> Self {
        Self(SourceKind::Bucket {
            bucket: bucket.into(),
            key: key.into(),
        })
    }

    /// Data written in the program, uploaded as an asset (a file `data.json`, as the CDK
    /// names it).
    pub fn from_inline(data: impl Into<String>) -> Self {
        Self(SourceKind::Data(Data {
            text: data.into(),
            file_name: "data.json".to_owned(),
            file: None,
            inline: true,
        }))
    }

    /// The file at `path` (relative to the working directory, as the CDK's
    /// `ImportSource.fromAsset`), read now and uploaded as an asset. In a macro,
    /// `ImportSource::from_asset("data/redirects.json")` reads the file at compile time,
    /// relative to the source file, and checks its data. A file that cannot be read is reported
    /// by `Stack::synth()`.
    pub fn from_asset(path: impl AsRef<std::path::Path>) -> Self {
        let path = path.as_ref();
        let shown = path.display().to_string();
        let file_name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        Self(match std::fs::read_to_string(path) {
            Ok(text) => SourceKind::Data(Data {
                text,
                file_name,
                file: Some(path.to_owned()),
                inline: false,
            }),
            Err(e) => SourceKind::Unreadable {
                path: shown,
                error: e.to_string(),
            },
        })
    }

    /// Data of a file the macros read at compile time.
    #[doc(hidden)]
    pub fn from_included(file: IncludedFile) -> Self {
        let file_name = std::path::Path::new(&file.path)
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        Self(SourceKind::Data(Data {
            text: file.contents,
            file_name,
            file: None,
            inline: false,
        }))
    }
}

const BUCKET_PARAMS: &[Param] = &[
    Param {
        name: "bucket",
        kind: &Bucket::KIND,
        optional: false,
        variadic: false,
    },
    Param {
        name: "key",
        kind: &Kind::Str,
        optional: false,
        variadic: false,
    },
];

const DATA_PARAM: &[Param] = &[Param {
    name: "data",
    kind: &Kind::Str,
    optional: false,
    variadic: false,
}];

const PATH_PARAM: &[Param] = &[Param {
    name: "path",
    kind: &IncludedFile::KIND,
    optional: false,
    variadic: false,
}];

#[doc(hidden)]
/// The schema of `ImportSource`'s factories.
pub const IMPORT_SOURCE_SCHEMA: EnumSchema = EnumSchema {
    name: "ImportSource",
    rust: "key_value_store::ImportSource",
    what: "an import source (`ImportSource::from_inline(\"...\")`, `ImportSource::from_asset(\"path\")`, `ImportSource::from_bucket(bucket, \"key\")`)",
    consts: &[],
    factories: &[
        Factory {
            name: "from_bucket",
            rust: "key_value_store::ImportSource::from_bucket",
            params: BUCKET_PARAMS,
        },
        Factory {
            name: "from_inline",
            rust: "key_value_store::ImportSource::from_inline",
            params: DATA_PARAM,
        },
        Factory {
            name: "from_asset",
            rust: "key_value_store::ImportSource::from_included",
            params: PATH_PARAM,
        },
    ],
};

impl HasKind for ImportSource {
    const KIND: Kind = Kind::Enum(&IMPORT_SOURCE_SCHEMA);
}

impl FromLit for ImportSource {
    fn from_lit(lit: &Lit, path: &PropPath, cx: &mut Lowering) -> Option<Self> {
        let Lit::Call(name, args) = lit else {
            return None;
        };
        match (name.as_str(), args.as_slice()) {
            ("from_bucket", [bucket, key]) => {
                let bucket = crate::lit::lower::<Bucket>(bucket, &path.field("bucket"), cx);
                let key = crate::lit::lower::<String>(key, &path.field("key"), cx);
                Some(Self::from_bucket(bucket?, key?))
            }
            ("from_inline", [data]) => {
                crate::lit::lower::<String>(data, &path.field("data"), cx).map(Self::from_inline)
            }
            ("from_asset", [file]) => {
                crate::lit::lower::<IncludedFile>(file, &path.field("path"), cx)
                    .map(Self::from_included)
            }
            _ => None,
        }
    }
}

props! {
    /// Props of a key value store: `key_value_store!(stack, "id", { ... })`.
    pub struct KeyValueStoreProps ("key_value_store::KeyValueStoreProps") {
        /// The store's name, unique in the account: 1 to 64 letters, digits, `-` and `_`;
        /// generated from the construct path if omitted.
        key_value_store_name: into(String) ["Name"],
        /// A comment (at most 128 characters).
        comment: into(String) ["Comment"],
        /// The data the store is created with (default none).
        source: into(ImportSource) ["ImportSource"],
    }
}

/// A key value store of a stack, for a function's `key_value_store`.
///
/// ```
/// use cloudfront_dsl::Stack;
/// use cloudfront_dsl::key_value_store::{KeyValueStore, KeyValueStoreProps};
/// let mut stack = Stack::new("Docs");
/// let store = KeyValueStore::new(&mut stack, "Store", KeyValueStoreProps::default());
/// let template = stack.synth().unwrap();
/// assert_eq!(template.resources().next().unwrap().1.resource_type, "AWS::CloudFront::KeyValueStore");
/// # let _ = store;
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct KeyValueStore {
    pub(crate) resource: NodeRef,
}

impl KeyValueStore {
    /// Creates a key value store.
    pub fn new(scope: &mut impl AsScope, id: &str, props: KeyValueStoreProps) -> KeyValueStore {
        let (stack, parent) = scope.as_scope().into_parts();
        let scope = stack.add_construct(parent, id);
        let asset = match props.source.as_ref().map(|s| &s.0) {
            Some(SourceKind::Data(data)) => Some(stage(stack, id, data)),
            _ => None,
        };
        let resource = stack.add_resource(scope, KeyValueStoreResource { props, asset });
        stack.add_stack_rule(&crate::rules::STORES_OF_THE_STACK);
        KeyValueStore { resource }
    }

    /// A store that exists outside the stack, by its ARN
    /// (`arn:aws:cloudfront::123456789012:key-value-store/<id>`).
    pub fn from_key_value_store_arn(
        scope: &mut impl AsScope,
        id: &str,
        arn: impl Into<Expr>,
    ) -> KeyValueStore {
        let (stack, parent) = scope.as_scope().into_parts();
        let arn = arn.into();
        let node = crate::import::declare(stack, parent, id, arn.clone(), vec![("Arn", arn)]);
        KeyValueStore { resource: node }
    }

    /// The store's ARN, what a function's association refers to.
    pub fn key_value_store_arn(&self) -> Expr {
        Expr::node_att(self.resource, "Arn")
    }

    /// The store's id.
    pub fn key_value_store_id(&self) -> Expr {
        Expr::node_att(self.resource, "Id")
    }
}

impl From<&KeyValueStore> for KeyValueStore {
    fn from(s: &KeyValueStore) -> Self {
        *s
    }
}

impl HasKind for KeyValueStore {
    const KIND: Kind = Kind::Handle("key_value_store::KeyValueStore");
}

impl FromLit for KeyValueStore {
    fn from_lit(_: &Lit, _: &PropPath, _: &mut Lowering) -> Option<Self> {
        None
    }

    fn opaque() -> Option<Self> {
        Some(KeyValueStore {
            resource: NodeRef::placeholder(),
        })
    }
}

/// Generated store names are at most 64 characters.
const MAX_GENERATED_NAME: usize = 64;

/// Adds the data to the stack's assets, as the CDK's `ImportSource` asset of the store
/// (`<id>/ImportSource`). Data that is not a file of its own yet (inline data, a file the
/// macros read) is written to a file of the temporary directory named by its hash, as the
/// CDK writes inline data to a temporary file; staging copies it into the cloud assembly.
fn stage(stack: &mut Stack, id: &str, data: &Data) -> Result<AssetLocation, String> {
    let file = match &data.file {
        Some(file) => file.clone(),
        None => write_data_file(data)
            .map_err(|e| format!("cannot write the data to a file to stage: {e}"))?,
    };
    let asset = FileAsset::from_path(&file)
        .map_err(|e| format!("cannot stage `{}`: {e}", file.display()))?
        .with_display_name(format!("{}/ImportSource", id.replace('/', "--")));
    Ok(stack.add_file_asset(asset))
}

fn write_data_file(data: &Data) -> std::io::Result<std::path::PathBuf> {
    let dir = std::env::temp_dir()
        .join("cloudfront-dsl-assets")
        .join(custom_hash(&data.text));
    let file = dir.join(if data.file_name.is_empty() {
        "data.json"
    } else {
        &data.file_name
    });
    if std::fs::read(&file).is_ok_and(|on_disk| on_disk == data.text.as_bytes()) {
        return Ok(file);
    }
    std::fs::create_dir_all(&dir)?;
    // Written aside and renamed, so that a reader never sees half of it.
    let aside = dir.join(format!(".{}.tmp", std::process::id()));
    std::fs::write(&aside, &data.text)?;
    std::fs::rename(&aside, &file)?;
    Ok(file)
}

#[derive(Debug)]
pub(crate) struct KeyValueStoreResource {
    pub(crate) props: KeyValueStoreProps,
    /// Where the template finds staged data, or why it could not be staged.
    pub(crate) asset: Option<Result<AssetLocation, String>>,
}

/// Key value stores count toward a quota of the account.
static STORES: AccountQuota =
    account_quota!(key_value_stores_per_account, "key value store of the stack");

impl Construct for KeyValueStoreResource {
    fn check(&self, _: &Stack, cx: &mut Checker<'_>) {
        self.props.check(cx);
        if let Some(Err(problem)) = &self.asset {
            cx.report(
                crate::violation::Violation::new(
                    crate::rules::Rule::KeyValueStore,
                    PropPath::root().field("source"),
                    problem.clone(),
                )
                .help("check that the temporary directory is writable"),
            );
        }
    }

    fn account_quota(&self) -> Option<&'static AccountQuota> {
        Some(&STORES)
    }

    fn render(&self, ids: &Ids<'_>, node: u32) -> Result<Element, serde_json::Error> {
        #[derive(Serialize)]
        #[serde(rename_all = "PascalCase")]
        struct Source {
            source_arn: Expr,
            source_type: &'static str,
        }
        #[derive(Serialize)]
        #[serde(rename_all = "PascalCase")]
        struct Properties<'a> {
            #[serde(skip_serializing_if = "Option::is_none")]
            comment: Option<&'a str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            import_source: Option<Source>,
            name: String,
        }
        let p = &self.props;
        let source_arn = match p.source.as_ref().map(|s| &s.0) {
            Some(SourceKind::Bucket { bucket, key }) => Some(Expr::join(
                "",
                [bucket.bucket_arn(), Expr::literal(format!("/{key}"))],
            )),
            // The object of the assets bucket, as the CDK's `arnForObjects` of it.
            Some(SourceKind::Data(_)) => match &self.asset {
                Some(Ok(location)) => Some(Expr::join(
                    "",
                    [
                        Expr::literal("arn:"),
                        Expr::partition(),
                        Expr::literal(":s3:::"),
                        location.bucket_name.clone(),
                        Expr::literal(format!("/{}", location.object_key)),
                    ],
                )),
                _ => return Err(serde::ser::Error::custom("the data was not staged")),
            },
            Some(SourceKind::Unreadable { .. }) => {
                return Err(serde::ser::Error::custom("the data file was not read"));
            }
            None => None,
        };
        let import_source = source_arn.map(|arn| Source {
            source_arn: ids.resolve(&arn),
            source_type: "S3",
        });
        let properties = Properties {
            comment: p.comment.as_deref(),
            import_source,
            name: p.key_value_store_name.clone().unwrap_or_else(|| {
                unique_resource_name(&ids.stack.app_path(node), MAX_GENERATED_NAME, "")
            }),
        };
        Ok(Element::Resource(CfnResource::new(
            "AWS::CloudFront::KeyValueStore",
            serde_json::to_value(properties)?,
        )))
    }
}
