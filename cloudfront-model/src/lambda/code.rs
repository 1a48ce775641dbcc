//! Where a function's code comes from (the CDK's `lambda.Code`): source inline in the
//! template, an object of an S3 bucket, or a directory shipped as an asset.

use std::path::PathBuf;

use crate::asset::FileAsset;
use crate::ecr::Repository;
use crate::expr::Expr;
use crate::lit::{FromLit, Lit, Lowering, lower};
use crate::path::PropPath;
use crate::s3::Bucket;
use crate::shape::{EnumSchema, Factory, HasKind, Kind, Param};
use crate::stack::Stack;
use crate::tree::NodeRef;

/// A function's code.
///
/// ```
/// use cloudfront_dsl::lambda::Code;
/// let inline = Code::from_inline("exports.handler = async (e) => e.Records[0].cf.request;");
/// assert_eq!(inline.inline_source().map(str::len), Some(55));
/// let asset = Code::from_asset("lambda-handler");
/// assert!(asset.inline_source().is_none());
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Code(pub(crate) Source);

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Source {
    /// Source code inline in the template (`Code.ZipFile`).
    Inline(String),
    /// An object of a bucket.
    Bucket { bucket: Bucket, key: String },
    /// A file or directory of the build, uploaded as an asset.
    Asset(PathBuf),
    /// A container image of an ECR repository.
    EcrImage { uri: Expr },
}

impl Code {
    /// Source code written into the template (CloudFormation's `Code.ZipFile`; Node.js and
    /// Python only, the handler's file is `index`).
    pub fn from_inline(code: impl Into<String>) -> Code {
        Code(Source::Inline(code.into()))
    }

    /// A zip archive in a bucket: `bucket` is a bucket of the stack or one imported with
    /// `s3::Bucket::from_bucket_name`.
    pub fn from_bucket(bucket: impl Into<Bucket>, key: impl Into<String>) -> Code {
        Code(Source::Bucket {
            bucket: bucket.into(),
            key: key.into(),
        })
    }

    /// A directory (zipped) or a zip file, relative to the current directory (the package's
    /// root in a build script; `concat!(env!("CARGO_MANIFEST_DIR"), "/lambda-handler")` names
    /// one of the package wherever the program runs). It is hashed, staged and listed in the
    /// stack's asset manifest as the CDK does, and the template points at its object in the
    /// CDK bootstrap's assets bucket.
    pub fn from_asset(path: impl Into<PathBuf>) -> Code {
        Code(Source::Asset(path.into()))
    }

    /// A container image of an ECR repository (the CDK's `Code.from_ecr_image`): the
    /// function's `runtime` is `Runtime::FROM_IMAGE` and its `handler`
    /// `lambda::Handler::FROM_IMAGE`.
    ///
    /// ```
    /// use cloudfront_dsl::Stack;
    /// use cloudfront_dsl::ecr::Repository;
    /// use cloudfront_dsl::lambda::{Code, EcrImageCodeProps};
    /// let mut stack = Stack::new("Docs").with_env("123456789012", "us-east-1");
    /// let repo = Repository::from_repository_name(&mut stack, "Repo", "my-repo");
    /// let code = Code::from_ecr_image(repo, EcrImageCodeProps::default().tag_or_digest("v1"));
    /// assert!(code.inline_source().is_none());
    /// ```
    pub fn from_ecr_image(repository: impl Into<Repository>, props: EcrImageCodeProps) -> Code {
        let tag = props.tag_or_digest.unwrap_or_else(|| "latest".to_owned());
        Code(Source::EcrImage {
            uri: repository.into().repository_uri_for_tag(&tag),
        })
    }

    /// Whether the code is a container image.
    pub fn is_image(&self) -> bool {
        matches!(self.0, Source::EcrImage { .. })
    }

    /// The inline source, for code given with [`from_inline`](Self::from_inline).
    pub fn inline_source(&self) -> Option<&str> {
        match &self.0 {
            Source::Inline(code) => Some(code),
            _ => None,
        }
    }
}

impl From<&Code> for Code {
    fn from(c: &Code) -> Code {
        c.clone()
    }
}

/// The code of a function once its asset is added to the stack: what the template holds.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum BoundCode {
    /// Inline source.
    Inline(String),
    /// An S3 object.
    S3 { bucket: Expr, key: String },
    /// A container image, by URI.
    Image(Expr),
    /// Code that could not be bound (its error is recorded).
    Missing,
}

impl BoundCode {
    /// Binds `code` to the function `scope` of `stack`: an asset is hashed and added to the
    /// stack (named `<function>/Code` in the asset manifest, as in the CDK); an asset that
    /// cannot be read is recorded as an error of the function.
    pub(crate) fn bind(code: Option<&Code>, stack: &mut Stack, scope: NodeRef) -> BoundCode {
        match code.map(|c| &c.0) {
            None => BoundCode::Missing,
            Some(Source::Inline(source)) => BoundCode::Inline(source.clone()),
            Some(Source::Bucket { bucket, key }) => BoundCode::S3 {
                bucket: bucket.bucket_name(),
                key: key.clone(),
            },
            Some(Source::EcrImage { uri }) => BoundCode::Image(uri.clone()),
            Some(Source::Asset(path)) => match FileAsset::from_path(path) {
                Ok(asset) => {
                    let name = format!("{}/Code", stack.construct_path(scope.node));
                    let location = stack.add_file_asset(asset.with_display_name(name));
                    BoundCode::S3 {
                        bucket: location.bucket_name,
                        key: location.object_key,
                    }
                }
                Err(e) => {
                    stack.record(
                        scope,
                        crate::violation::Violation::new(
                            crate::rules::Rule::Asset,
                            PropPath::root().field("code"),
                            format!("the function's code cannot be read: {e}"),
                        )
                        .help("give `Code::from_asset` a directory or a zip file that exists (a relative path is relative to the current directory)"),
                    );
                    BoundCode::Missing
                }
            },
        }
    }
}

const fn param(name: &'static str, kind: &'static Kind) -> Param {
    Param {
        name,
        kind,
        optional: false,
        variadic: false,
    }
}

#[doc(hidden)]
/// The schema of `lambda::Code`'s factories.
pub const CODE_SCHEMA: EnumSchema = EnumSchema {
    name: "Code",
    rust: "lambda::Code",
    what: "function code (`Code::from_asset(\"dir\")`, `Code::from_inline(\"...\")`, `Code::from_bucket(bucket, \"key\")`)",
    consts: &[],
    factories: &[
        Factory {
            name: "from_inline",
            rust: "lambda::Code::from_inline",
            params: &[param("code", &Kind::Str)],
        },
        Factory {
            name: "from_bucket",
            rust: "lambda::Code::from_bucket",
            params: &[
                param("bucket", &Kind::Handle("s3::Bucket")),
                param("key", &Kind::Str),
            ],
        },
        Factory {
            name: "from_asset",
            rust: "lambda::Code::from_asset",
            params: &[param("path", &Kind::Str)],
        },
        Factory {
            name: "from_ecr_image",
            rust: "lambda::Code::from_ecr_image",
            params: &[
                param("repository", &Kind::Handle("ecr::Repository")),
                Param {
                    name: "props",
                    kind: &EcrImageCodeProps::KIND,
                    optional: true,
                    variadic: false,
                },
            ],
        },
    ],
};

props! {
    /// Props of a container image's code: `Code::from_ecr_image(repository, { ... })`.
    pub struct EcrImageCodeProps ("lambda::EcrImageCodeProps") {
        /// The image's tag or digest (default `latest`).
        tag_or_digest: into(String) ["ImageUri"],
    }
}

impl HasKind for Code {
    const KIND: Kind = Kind::Enum(&CODE_SCHEMA);
}

impl FromLit for Code {
    fn from_lit(lit: &Lit, path: &PropPath, cx: &mut Lowering) -> Option<Self> {
        let Lit::Call(name, args) = lit else {
            return None;
        };
        match (name.as_str(), args.as_slice()) {
            ("from_inline", [code]) => {
                lower::<String>(code, &path.field("code"), cx).map(Code::from_inline)
            }
            ("from_asset", [p]) => {
                lower::<String>(p, &path.field("path"), cx).map(Code::from_asset)
            }
            ("from_ecr_image", [repository, rest @ ..]) => {
                let repository = lower::<Repository>(repository, &path.field("repository"), cx)?;
                let props = match rest {
                    [props] => EcrImageCodeProps::from_lit(props, path, cx)?,
                    _ => EcrImageCodeProps::default(),
                };
                Some(Code::from_ecr_image(repository, props))
            }
            ("from_bucket", [bucket, key]) => {
                let bucket = lower::<Bucket>(bucket, &path.field("bucket"), cx)?;
                let key = lower::<String>(key, &path.field("key"), cx)?;
                Some(Code::from_bucket(bucket, key))
            }
            _ => None,
        }
    }
}
