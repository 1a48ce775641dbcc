//! Rules on how an origin gets at its content: origin access control and origin access
//! identities.
//!
//! The page these rules cite is "Restrict access to an Amazon S3 origin", CloudFront Developer
//! Guide,
//! <https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html>.

use crate::distribution::DistributionProps;
use crate::function_url::{URL_TYPE, UrlResource, UrlSource};
use crate::origin_access_control::{
    AccessLevel, MAX_NAME, OriginAccessControlProps, OriginAccessControlResource, Signing,
};
use crate::origins::{FunctionUrlAccess, Origin, OriginSpec, S3Access};
use crate::path::PropPath;
use crate::rules::{Checker, Fact, Rule};
use crate::s3::{BucketResource, ObjectOwnership};
use crate::stack::Stack;
use crate::violation::Violation;

/// The props of an origin access control.
///
/// Signing: CloudFormation's resource schema of `AWS::CloudFront::OriginAccessControl` takes
/// the protocol `sigv4` only and the behaviors `always`, `no-override` and `never` (the
/// patterns cfn-lint checks); the CDK's SigV4a and `always-amz-auth` signings are not
/// deployable through it. Name: at most 64 characters ("Name", `OriginAccessControlConfig`,
/// CloudFront API Reference).
pub(crate) fn check_origin_access_control(props: &OriginAccessControlProps, cx: &mut Checker<'_>) {
    let root = PropPath::root();
    if let Some(name) = &props.origin_access_control_name {
        let n = name.chars().count();
        let problem = if name.is_empty() {
            Some("an origin access control's name cannot be empty".to_owned())
        } else if n > MAX_NAME {
            Some(format!(
                "the name has {n} characters; CloudFront takes at most {MAX_NAME}"
            ))
        } else {
            None
        };
        if let Some(problem) = problem {
            cx.report(
                Violation::new(
                    Rule::OriginAccessControl,
                    root.field("origin_access_control_name"),
                    problem,
                )
                .help("shorten the name, or leave it out to have one generated"),
            );
        }
    }
    if let Some(signing) = props.signing
        && !matches!(
            signing,
            Signing::SIGV4_ALWAYS | Signing::SIGV4_NO_OVERRIDE | Signing::NEVER
        )
    {
        cx.report(
            Violation::new(
                Rule::OriginAccessControl,
                root.field("signing"),
                format!(
                    "`Signing::{}` signs with `{}` when `{}`; CloudFormation's origin access control takes the `sigv4` protocol, signing `always`, `no-override` or `never`",
                    signing.name(),
                    signing.protocol(),
                    signing.behavior()
                ),
            )
            .help("use `Signing::SIGV4_ALWAYS` (the default), `Signing::SIGV4_NO_OVERRIDE` or `Signing::NEVER`"),
        );
    }
}

/// How the origin at `path` gets at its content.
///
/// An origin has one origin access control or one origin access identity, not both (CloudFront
/// answers `IllegalOriginAccessConfiguration`; see "Migrating from origin access identity (OAI)
/// to origin access control (OAC)" on the page above); an S3 website endpoint is a custom
/// origin that takes neither ("Notes" on the page above); a load balancer is not an origin
/// type origin access control signs for (`OriginAccessControlOriginType` takes `s3`,
/// `mediastore`, `lambda` and `mediapackagev2`).
pub(crate) fn check_origin_access(origin: &Origin, path: &PropPath, cx: &mut Checker<'_>) {
    let id_path = path.field("origin_access_control_id");
    let id = cx.fact(&id_path, origin.common().origin_access_control_id);
    if id.is_present() {
        let problem = match &*origin.0 {
            OriginSpec::S3 { access, .. } => match access {
                S3Access::Legacy(_) => Some((
                    "`origins::S3Origin` reads the bucket through an origin access identity it creates, and an origin takes an origin access control or an origin access identity, not both",
                    "use `origins::S3BucketOrigin::with_origin_access_control(bucket, { origin_access_control: oac })`",
                )),
                S3Access::Oai(_) => Some((
                    "the origin reads the bucket through an origin access identity, and an origin takes an origin access control or an origin access identity, not both",
                    "use `origins::S3BucketOrigin::with_origin_access_control(bucket, { origin_access_control: oac })` instead",
                )),
                S3Access::Oac(_) => Some((
                    "the origin has an origin access control of its own (the one `origin_access_control` gives, or the one it creates), and an origin takes one",
                    "give the origin access control as `origin_access_control: oac`, and remove `origin_access_control_id`",
                )),
                S3Access::Defaults(_) => None,
            },
            OriginSpec::S3Website { .. } => Some((
                "an S3 website endpoint is a custom origin, which takes no origin access control (nor an origin access identity)",
                "serve the bucket through `origins::S3BucketOrigin::with_origin_access_control(bucket)` instead, or keep the website endpoint public",
            )),
            OriginSpec::LoadBalancer { .. } => Some((
                "CloudFront signs requests with origin access control for S3, Lambda function URL, MediaStore and MediaPackage v2 origins, not for load balancers",
                "remove `origin_access_control_id`, and restrict the load balancer to CloudFront with its security group or a custom header",
            )),
            OriginSpec::FunctionUrl { access, .. } => match access {
                FunctionUrlAccess::Oac(_) => Some((
                    "the origin has an origin access control of its own (the one `origin_access_control` gives, or the one it creates), and an origin takes one",
                    "give the origin access control as `origin_access_control: oac`, and remove `origin_access_control_id`",
                )),
                FunctionUrlAccess::Plain(_) => None,
            },
            OriginSpec::Vpc(_) => Some((
                "CloudFront signs requests with origin access control for S3, Lambda function URL, MediaStore and MediaPackage v2 origins, not for VPC origins",
                "remove `origin_access_control_id`: a VPC origin is reachable from CloudFront only",
            )),
            OriginSpec::Http { .. } | OriginSpec::Group(_) => None,
        };
        if let Some((message, help)) = problem {
            cx.report(
                Violation::new(Rule::OriginAccessControl, id_path, message)
                    .at_key()
                    .help(help),
            );
        }
    }
    if let OriginSpec::S3 {
        access: S3Access::Oac(props),
        ..
    } = &*origin.0
        && let Some(levels) = &props.origin_access_levels
    {
        let levels_path = path.field("origin_access_levels");
        if levels.is_empty() {
            cx.report(
                Violation::new(
                    Rule::OriginAccessControl,
                    levels_path.clone(),
                    "no access level: the bucket policy would grant the distribution nothing",
                )
                .help("list what CloudFront may do, such as `[AccessLevel::READ]`, or leave the prop out for that default"),
            );
        }
        for (i, level) in levels.iter().enumerate() {
            if levels[..i].contains(level) {
                cx.report(
                    Violation::new(
                        Rule::OriginAccessControl,
                        levels_path.index(i),
                        format!("`AccessLevel::{}` is listed twice", level.name()),
                    )
                    .help("remove the duplicate"),
                );
            }
        }
    }
}

/// `LIST` access on the default behavior's origin without a default root object: a request
/// for the distribution's root lists the bucket, which the CDK warns about
/// (`listBucketSecurityRisk`); with a default root object the root is that object.
pub(crate) fn check_list_access(props: &DistributionProps, cx: &mut Checker<'_>) {
    let root = PropPath::root();
    let Some(origin) = props
        .default_behavior
        .as_ref()
        .and_then(|b| b.origin.as_ref())
    else {
        return;
    };
    let root_object = cx.fact(
        &root.field("default_root_object"),
        &props.default_root_object,
    );
    if root_object != Fact::Absent {
        return;
    }
    let origin_path = root.field("default_behavior").field("origin");
    // The members of an origin group serve the root too.
    let members = match origin.as_group() {
        Some(g) => vec![
            (
                g.primary_origin.as_ref(),
                origin_path.field("primary_origin"),
            ),
            (
                g.fallback_origin.as_ref(),
                origin_path.field("fallback_origin"),
            ),
        ],
        None => vec![(Some(origin), origin_path)],
    };
    for (member, at) in members {
        let Some(OriginSpec::S3 {
            access: S3Access::Oac(oac),
            ..
        }) = member.map(|m| &*m.0)
        else {
            continue;
        };
        let Some(i) = oac
            .origin_access_levels
            .iter()
            .flatten()
            .position(|l| *l == AccessLevel::LIST)
        else {
            continue;
        };
        cx.report(
            Violation::new(
                Rule::ListAccessWithoutRootObject,
                at.field("origin_access_levels").index(i),
                "`AccessLevel::LIST` on the default behavior's origin without a `default_root_object`: a request for the distribution's root lists the bucket's objects",
            )
            .help("add `default_root_object: \"index.html\"` to the distribution"),
        );
    }
}

/// A bucket whose objects only CloudFront may read must keep ACLs off or let the bucket owner
/// own every object: with origin access control, S3 Object Ownership is "Bucket owner enforced"
/// or "Bucket owner preferred" ("Notes" on the page above).
pub(crate) fn check_oac_bucket_ownership(
    origin: &Origin,
    path: &PropPath,
    stack: &Stack,
    cx: &mut Checker<'_>,
) {
    let OriginSpec::S3 {
        bucket,
        access: S3Access::Oac(_),
    } = &*origin.0
    else {
        return;
    };
    let ownership = stack
        .construct::<BucketResource>(bucket.resource)
        .and_then(|b| b.props.object_ownership);
    if ownership == Some(ObjectOwnership::OBJECT_WRITER) {
        cx.report(
            Violation::new(
                Rule::OriginAccessControl,
                path.field("bucket"),
                "the bucket's objects are owned by their writers (`ObjectOwnership::OBJECT_WRITER`); with origin access control the bucket owner must own them, so that the bucket policy applies to every object",
            )
            .help("give the bucket `object_ownership: ObjectOwnership::BUCKET_OWNER_ENFORCED` (S3's default) or `BUCKET_OWNER_PREFERRED`"),
        );
    }
}

/// A bucket that everyone may read (`public_read_access`) behind origin access control or an
/// origin access identity: these restrict access to CloudFront so that viewers "can't bypass
/// CloudFront and get the content directly from S3" (the page above), which a public bucket
/// undoes; the distribution's restrictions (signed URLs, geo restriction, a web ACL) and its
/// logs are bypassed too. A website bucket behind `S3Origin` is served from its public website
/// endpoint, with no origin access identity, and is not concerned.
pub(crate) fn check_public_bucket_origin(
    origin: &Origin,
    path: &PropPath,
    stack: &Stack,
    cx: &mut Checker<'_>,
) {
    let OriginSpec::S3 { bucket, access } = &*origin.0 else {
        return;
    };
    let Some(props) = stack
        .construct::<BucketResource>(bucket.resource)
        .map(|b| &b.props)
    else {
        return;
    };
    let through = match access {
        S3Access::Oac(_) => "origin access control",
        S3Access::Oai(_) => "origin access identity",
        S3Access::Legacy(_) if !props.is_website() => "origin access identity",
        S3Access::Legacy(_) | S3Access::Defaults(_) => return,
    };
    if props.public_read_access == Some(true) {
        cx.report(public_bucket(&path.field("bucket"), through));
    }
}

/// A bucket of the stack that everyone may read, behind an origin access identity of a web
/// distribution's S3 source (`origin_access_identity` of `s3_origin_source`).
pub(crate) fn check_public_bucket_of_source(
    bucket: crate::s3::Bucket,
    path: &PropPath,
    stack: &Stack,
    cx: &mut Checker<'_>,
) {
    let public = stack
        .construct::<BucketResource>(bucket.resource)
        .is_some_and(|b| b.props.public_read_access == Some(true));
    if public {
        cx.report(public_bucket(path, "origin access identity"));
    }
}

/// The violation of a public bucket at `path`, read around the distribution's `through`.
fn public_bucket(path: &PropPath, through: &str) -> Violation {
    Violation::new(
        Rule::PublicBucketOrigin,
        path.clone(),
        format!("the bucket grants everyone read access (`public_read_access: true`), so its objects are read straight from S3, around the distribution and its {through}, which exists to let only CloudFront in"),
    )
    .help("remove `public_read_access` from the bucket (and keep `block_public_access` at its default); if the bucket is meant to be public, use `origins::S3BucketOrigin::with_bucket_defaults(bucket)` without origin access")
}

/// The policy of a bucket outside the stack, which the stack cannot change: its owner must let
/// CloudFront in (the CDK warns, `updateImportedBucketPolicyOac` / `...Oai`).
pub(crate) fn imported_bucket_policy(path: &PropPath, through: &str) -> Violation {
    Violation::new(
        Rule::ImportedBucketPolicy,
        path.clone(),
        format!("the bucket is not of this stack, so its policy cannot be changed: CloudFront reads it through the {through} only once the bucket's policy lets it"),
    )
    .help("add the statement to the bucket's policy where the bucket is managed")
}

/// The key policy of a KMS-encrypted bucket of the stack names every distribution of the
/// account (the CDK warns, `wildcardKeyPolicyForOac`).
pub(crate) fn wildcard_key_policy(path: &PropPath) -> Violation {
    Violation::new(
        Rule::WildcardKeyPolicy,
        path.clone(),
        "the bucket's KMS key lets every distribution of the account decrypt: naming this distribution would make the key, the bucket and the distribution depend on each other",
    )
    .help("after the first deployment, narrow the key policy's `AWS:SourceArn` condition to the distribution's ARN")
}

/// A function URL origin's URL, with the stack at hand: an `AWS::Lambda::Url` of the template,
/// whose auth type takes what the origin sends. An origin access control that always signs
/// (SigV4) needs `AuthType: AWS_IAM` (the CDK refuses otherwise,
/// `FunctionUrlAuthTypeMustBeAwsIam`; "Restrict access to an AWS Lambda function URL origin",
/// CloudFront Developer Guide,
/// <https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-lambda.html>).
pub(crate) fn check_function_url_in_stack(
    origin: &Origin,
    path: &PropPath,
    stack: &Stack,
    cx: &mut Checker<'_>,
) {
    let OriginSpec::FunctionUrl { url, access } = &*origin.0 else {
        return;
    };
    let at = path.field("url");
    // What the message calls the URL, and its auth type.
    let (name, auth) = match &url.source {
        UrlSource::LogicalId(id) => {
            let Some(resource) = stack.raw_resource(id) else {
                cx.report(
                    Violation::new(
                        Rule::Reference,
                        at,
                        format!("the stack holds no resource `{id}`, so the origin's domain name would not resolve"),
                    )
                    .help("add the function URL with `stack.add_cfn_resource`, or give a function of the stack a URL with `add_function_url`"),
                );
                return;
            };
            if resource.resource_type != URL_TYPE {
                cx.report(Violation::new(
                    Rule::Reference,
                    at,
                    format!(
                        "`{id}` is a `{}`, not a `{URL_TYPE}`",
                        resource.resource_type
                    ),
                ));
                return;
            }
            let auth = resource.properties.get("AuthType").and_then(|a| a.as_str());
            (format!("`{id}`"), auth.map(str::to_owned))
        }
        UrlSource::Stack(node) => {
            let Some(resource) = stack.related_construct::<UrlResource>(*node) else {
                cx.report(Violation::new(
                    Rule::Reference,
                    at,
                    "the function URL belongs to a function of another stack (or of none), so the origin's domain name would not resolve",
                ));
                return;
            };
            (
                "the function's URL".to_owned(),
                Some(resource.auth_type.cfn_value().to_owned()),
            )
        }
    };
    let FunctionUrlAccess::Oac(props) = access else {
        return;
    };
    let signing = match props.origin_access_control {
        Some(given) => stack
            .construct::<OriginAccessControlResource>(given.resource)
            .and_then(|o| o.props.signing)
            .unwrap_or(Signing::SIGV4_ALWAYS),
        None => Signing::SIGV4_ALWAYS,
    };
    if signing == Signing::SIGV4_ALWAYS && auth.as_deref() != Some("AWS_IAM") {
        cx.report(
            Violation::new(
                Rule::OriginAccessControl,
                at,
                format!(
                    "{name} takes unsigned requests (`AuthType: {}`), and its origin access control signs every request: give the URL `AuthType: AWS_IAM`, so that only this distribution can invoke it",
                    auth.as_deref().unwrap_or("none given")
                ),
            )
            .help("set the URL's `AuthType` (`auth_type`) to `AWS_IAM`, or use `origins::FunctionUrlOrigin(url)` without origin access control"),
        );
    }
}
