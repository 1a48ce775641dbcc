//! Origin access control and the S3 origins of today's CDK through the run-time API: the
//! rules `synth()` runs on values the macros could not see, the warnings it returns with the
//! template, and the policies it writes.

use cloudfront_dsl::Rule;
use cloudfront_dsl::distribution::{BehaviorOptions, Distribution, DistributionProps};
use cloudfront_dsl::origin_access_control::{
    AccessLevel, OriginAccessControlProps, S3OriginAccessControl, Signing,
};
use cloudfront_dsl::origins::{
    self, HttpOriginProps, OriginProps, S3BucketOrigin, S3BucketOriginWithOacProps,
    S3BucketOriginWithOaiProps,
};
use cloudfront_dsl::prelude::*;
use cloudfront_dsl_tests::{lint_stacks, rule_paths as paths, synth_errors as errors};

fn dist(stack: &mut Stack, id: &str, origin: origins::Origin) -> Distribution {
    Distribution::new(
        stack,
        id,
        DistributionProps::new(BehaviorOptions::new(origin)),
    )
}

#[test]
fn an_origin_takes_one_way_to_its_bucket() {
    let mut stack = Stack::new("Access");
    let bucket = s3::Bucket::new(&mut stack, "b");
    let site = s3::Bucket::new(&mut stack, "site");
    let oac_id = Expr::from("E2QWRUHAPOMQZL");
    dist(
        &mut stack,
        "oai",
        S3BucketOrigin::with_origin_access_identity(
            bucket,
            S3BucketOriginWithOaiProps::default().origin_access_control_id(oac_id.clone()),
        ),
    );
    dist(
        &mut stack,
        "twice",
        S3BucketOrigin::with_origin_access_control(
            bucket,
            S3BucketOriginWithOacProps::default()
                .origin_access_control_id(oac_id.clone())
                .origin_access_levels([AccessLevel::READ, AccessLevel::READ]),
        ),
    );
    dist(
        &mut stack,
        "website",
        origins::Origin::s3_static_website(
            site,
            HttpOriginProps::default().origin_access_control_id(oac_id.clone()),
        ),
    );
    // An origin with the bucket's defaults may name an origin access control.
    dist(
        &mut stack,
        "defaults",
        S3BucketOrigin::with_bucket_defaults(
            bucket,
            OriginProps::default().origin_access_control_id(oac_id),
        ),
    );
    assert_eq!(
        paths(&errors(&stack)),
        [
            (
                Rule::OriginAccessControl,
                "oai.default_behavior.origin.origin_access_control_id".to_owned()
            ),
            (
                Rule::OriginAccessControl,
                "twice.default_behavior.origin.origin_access_control_id".to_owned()
            ),
            (
                Rule::OriginAccessControl,
                "twice.default_behavior.origin.origin_access_levels[1]".to_owned()
            ),
            (
                Rule::OriginAccessControl,
                "website.default_behavior.origin.origin_access_control_id".to_owned()
            ),
        ]
    );
}

#[test]
fn origin_access_control_props_are_checked_at_synthesis() {
    let mut stack = Stack::new("Signing");
    let name = "n".repeat(65);
    S3OriginAccessControl::new(
        &mut stack,
        "Oac",
        OriginAccessControlProps::default()
            .origin_access_control_name(name)
            .signing(Signing::SIGV4_ALWAYS_AMZ_AUTH),
    );
    assert_eq!(
        paths(&errors(&stack)),
        [
            (
                Rule::OriginAccessControl,
                "Oac.origin_access_control_name".to_owned()
            ),
            (Rule::OriginAccessControl, "Oac.signing".to_owned()),
        ]
    );
}

#[test]
fn list_access_without_a_root_object_is_a_warning_of_the_template() {
    let mut stack = Stack::new("Listing").with_env("123456789012", "us-east-1");
    let bucket = s3::Bucket::new(&mut stack, "b");
    let levels = vec![AccessLevel::LIST, AccessLevel::READ];
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::S3BucketOrigin::with_origin_access_control(bucket, {
                origin_access_levels: levels,
            }),
        },
    });
    let template = stack.synth().expect("a warning does not stop synthesis");
    let warnings: Vec<(Rule, String)> = template
        .warnings()
        .iter()
        .map(|w| (w.violation.rule, w.path()))
        .collect();
    assert_eq!(
        warnings,
        [(
            Rule::ListAccessWithoutRootObject,
            "myDist.default_behavior.origin.origin_access_levels[0]".to_owned()
        )]
    );
    assert!(
        template.warnings()[0]
            .to_string()
            .starts_with("warning[list-access-without-root-object]")
    );
    lint_stacks([&stack]);
}

#[test]
fn buckets_outside_the_stack_keep_their_policies_with_a_warning() {
    let mut stack = Stack::new("Imported").with_env("123456789012", "us-east-1");
    let media = s3::Bucket::from_bucket_name(&mut stack, "media", "my-media-bucket");
    let oac =
        S3OriginAccessControl::from_origin_access_control_id(&mut stack, "Oac", "E2QWRUHAPOMQZL");
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::S3BucketOrigin::with_origin_access_control(media, { origin_access_control: oac }),
        },
        additional_behaviors: {
            "/oai/*": { origin: origins::S3BucketOrigin::with_origin_access_identity(media) },
        },
    });
    let template = stack.synth().expect("warnings only");
    let warnings: Vec<String> = template.warnings().iter().map(|w| w.path()).collect();
    assert_eq!(
        warnings,
        [
            "myDist.default_behavior.origin.bucket",
            "myDist.additional_behaviors[\"/oai/*\"].origin.bucket"
        ]
    );
    let json = template.to_value();
    assert!(
        json["Resources"]
            .as_object()
            .unwrap()
            .values()
            .all(|r| r["Type"] != "AWS::S3::BucketPolicy"),
        "no policy for a bucket the stack does not hold"
    );
    let origin =
        &json["Resources"]["myDist9DB766F3"]["Properties"]["DistributionConfig"]["Origins"][0];
    assert_eq!(origin["OriginAccessControlId"], "E2QWRUHAPOMQZL");
    lint_stacks([&stack]);
}

#[test]
fn origin_access_control_needs_the_bucket_owner_to_own_the_objects() {
    let mut stack = Stack::new("Ownership");
    let logs = s3::Bucket::with_props(
        &mut stack,
        "writer",
        s3::BucketProps::default().object_ownership(s3::ObjectOwnership::OBJECT_WRITER),
    );
    let mut other = Stack::new("Other");
    let elsewhere = s3::Bucket::new(&mut other, "elsewhere");
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::S3BucketOrigin::with_origin_access_control(logs) },
        additional_behaviors: {
            "/other/*": { origin: origins::S3BucketOrigin::with_bucket_defaults(elsewhere) },
        },
    });
    assert_eq!(
        paths(&errors(&stack)),
        [
            (
                Rule::Reference,
                "myDist.additional_behaviors[\"/other/*\"].origin.bucket".to_owned()
            ),
            (
                Rule::OriginAccessControl,
                "myDist.default_behavior.origin.bucket".to_owned()
            ),
        ]
    );
}

/// One origin object bound to two distributions creates one origin access control, and each
/// distribution gets its own statement in the bucket's policy.
#[test]
fn a_shared_origin_has_one_origin_access_control() {
    let mut stack = Stack::new("Shared").with_env("123456789012", "us-east-1");
    let bucket = s3::Bucket::new(&mut stack, "b");
    let origin = S3BucketOrigin::with_origin_access_control(bucket, Default::default());
    dist(&mut stack, "one", origin.clone());
    dist(&mut stack, "two", origin);
    let template = stack.synth().unwrap();
    let types: Vec<&str> = template
        .resources()
        .map(|(_, r)| r.resource_type.as_str())
        .collect();
    assert_eq!(
        types,
        [
            "AWS::S3::Bucket",
            "AWS::S3::BucketPolicy",
            "AWS::CloudFront::OriginAccessControl",
            "AWS::CloudFront::Distribution",
            "AWS::CloudFront::Distribution",
        ]
    );
    let of_type = |t: &str| -> Vec<(String, serde_json::Value)> {
        template
            .resources()
            .filter(|(_, r)| r.resource_type == t)
            .map(|(id, r)| (id.to_owned(), r.properties.clone()))
            .collect()
    };
    let distributions: Vec<String> = of_type("AWS::CloudFront::Distribution")
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let policies = of_type("AWS::S3::BucketPolicy");
    let statements = policies[0].1["PolicyDocument"]["Statement"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    // Each statement's condition ends with a reference to its distribution.
    let sources: Vec<String> = statements
        .iter()
        .filter_map(|s| {
            let parts =
                s["Condition"]["StringEquals"]["AWS:SourceArn"]["Fn::Join"][1].as_array()?;
            parts.last()?["Ref"].as_str().map(str::to_owned)
        })
        .collect();
    assert_eq!(sources, distributions);
    lint_stacks([&stack]);
}
