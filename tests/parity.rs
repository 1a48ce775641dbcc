//! Every example synthesizes to the template the AWS CDK synthesizes for the same app
//! (`fixtures/golden`, copied from the CDK apps' output), and lints clean with cfn-lint.

use cloudfront_dsl::Stack;
use cloudfront_dsl_examples as examples;
use cloudfront_dsl_tests::{
    assert_json_eq, golden, golden_text, lint_stacks, references, synth_text,
};
use serde_json::Value;

/// The example's only stack.
fn only(mut stacks: Vec<Stack>) -> Stack {
    assert_eq!(stacks.len(), 1, "the example has one stack");
    stacks.remove(0)
}

/// The whole template equals the golden, as a JSON value and byte for byte.
fn assert_matches_golden(stack: &Stack, golden_name: &str) {
    let text = synth_text(stack);
    let actual: Value = serde_json::from_str(&text).expect("templates are JSON");
    assert_json_eq(&actual, &golden(golden_name), golden_name);
    assert_eq!(
        text,
        golden_text(golden_name),
        "{golden_name}: same value, different bytes"
    );
}

#[test]
fn s3_origin() {
    assert_matches_golden(&only(examples::s3_origin::stacks()), "s3-origin");
}

#[test]
fn s3_website_origin() {
    assert_matches_golden(
        &only(examples::s3_website_origin::stacks()),
        "s3-website-origin",
    );
}

#[test]
fn http_origin() {
    assert_matches_golden(&only(examples::http_origin::stacks()), "http-origin");
}

#[test]
fn default_behavior() {
    assert_matches_golden(
        &only(examples::default_behavior::stacks()),
        "default-behavior",
    );
}

#[test]
fn add_behavior() {
    assert_matches_golden(&only(examples::add_behavior::stacks()), "add-behavior");
}

#[test]
fn multiple_behaviors() {
    assert_matches_golden(
        &only(examples::multiple_behaviors::stacks()),
        "multiple-behaviors",
    );
}

#[test]
fn cache_policy_managed() {
    assert_matches_golden(
        &only(examples::cache_policy_managed::stacks()),
        "cache-policy-managed",
    );
}

#[test]
fn cache_policy_custom() {
    assert_matches_golden(
        &only(examples::cache_policy_custom::stacks()),
        "cache-policy-custom",
    );
}

#[test]
fn origin_request_policy_managed() {
    assert_matches_golden(
        &only(examples::origin_request_policy_managed::stacks()),
        "origin-request-policy-managed",
    );
}

#[test]
fn origin_request_policy() {
    assert_matches_golden(
        &only(examples::origin_request_policy::stacks()),
        "origin-request-policy",
    );
}

#[test]
fn big() {
    assert_matches_golden(&only(examples::big::stacks()), "big");
}

#[test]
fn custom_domain_cert() {
    assert_matches_golden(
        &only(examples::custom_domain_cert::stacks()),
        "custom-domain-cert",
    );
}

#[test]
fn min_protocol_version() {
    assert_matches_golden(
        &only(examples::min_protocol_version::stacks()),
        "min-protocol-version",
    );
}

#[test]
fn logging_default() {
    assert_matches_golden(
        &only(examples::logging_default::stacks()),
        "logging-default",
    );
}

#[test]
fn import_distribution() {
    assert_matches_golden(
        &only(examples::import_distribution::stacks()),
        "import-distribution",
    );
}

#[test]
fn key_group() {
    assert_matches_golden(&only(examples::key_group::stacks()), "key-group");
}

#[test]
fn trusted_key_groups() {
    assert_matches_golden(
        &only(examples::trusted_key_groups::stacks()),
        "trusted-key-groups",
    );
}

/// The CDK's `DnsValidatedCertificate` is a Lambda-backed custom resource (a role, a policy,
/// a function from a code asset, the custom resource); cloudfront-dsl creates an
/// `AWS::CertificateManager::Certificate` validated through the same hosted zone instead. The
/// other resources equal the CDK's, and so does the distribution but for the certificate
/// reference.
#[test]
fn custom_domain_cert_dnsvalidated() {
    let stack = only(examples::custom_domain_cert_dnsvalidated::stacks());
    let mut actual: Value = serde_json::from_str(&synth_text(&stack)).unwrap();
    let mut expected = golden("custom-domain-cert-dnsvalidated");
    let resources = expected["Resources"].as_object_mut().unwrap();
    let requestor: Vec<String> = resources
        .keys()
        .filter(|k| k.starts_with("mySiteCertCertificateRequestor"))
        .cloned()
        .collect();
    assert_eq!(
        requestor.len(),
        4,
        "the CDK's certificate is a role, a policy, a function and a custom resource"
    );
    let custom = resources["mySiteCertCertificateRequestorResourceDD458AF5"]["Properties"].clone();
    for id in &requestor {
        resources.remove(id);
    }
    let actual_resources = actual["Resources"].as_object_mut().unwrap();
    let (cert_id, cert) = actual_resources
        .iter()
        .find(|(_, r)| r["Type"] == "AWS::CertificateManager::Certificate")
        .map(|(id, r)| (id.clone(), r.clone()))
        .expect("a certificate resource");
    // The certificate the CDK's custom resource requests, as CloudFormation's resource: the
    // same name, validated through the same zone, tagged with its construct path as the CDK's
    // `acm.Certificate` tags it.
    assert_eq!(
        cert,
        serde_json::json!({
            "Type": "AWS::CertificateManager::Certificate",
            "Properties": {
                "DomainName": custom["DomainName"],
                "DomainValidationOptions": [
                    { "DomainName": custom["DomainName"], "HostedZoneId": custom["HostedZoneId"] }
                ],
                "Tags": [{ "Key": "Name", "Value": "CustomDomainCertDnsValidatedStack/mySiteCert" }],
                "ValidationMethod": "DNS"
            }
        })
    );
    actual_resources.remove(&cert_id);
    let arn = "/Resources/myDist9DB766F3/Properties/DistributionConfig/ViewerCertificate/AcmCertificateArn";
    assert_eq!(
        actual.pointer(arn),
        Some(&serde_json::json!({ "Ref": cert_id }))
    );
    *actual.pointer_mut(arn).unwrap() = serde_json::json!({ "Fn::GetAtt": ["mySiteCertCertificateRequestorResourceDD458AF5", "Arn"] });
    assert_json_eq(&actual, &expected, "the template, certificate aside");
}

/// The CDK example's log bucket has ACLs off (S3's default), so CloudFront could not deliver
/// logs and the deployment fails; the example turns ACLs on. Everything else is the CDK's.
#[test]
fn logging_bucket() {
    let stack = only(examples::logging_bucket::stacks());
    let mut actual: Value = serde_json::from_str(&synth_text(&stack)).unwrap();
    let bucket = actual["Resources"]["LogBucketCC3B17E8"]
        .as_object_mut()
        .unwrap();
    assert_eq!(
        bucket.remove("Properties"),
        Some(
            serde_json::json!({ "OwnershipControls": { "Rules": [{ "ObjectOwnership": "ObjectWriter" }] } })
        )
    );
    assert_json_eq(
        &actual,
        &golden("logging-bucket"),
        "the template, log bucket ownership aside",
    );
}

/// The CDK app also builds the VPC and the load balancer, which cloudfront-dsl does not model
/// (the example adds the load balancer as a plain CloudFormation resource). So this compares
/// the Distribution resource, and checks that every reference it makes is to the load
/// balancer's logical id, which the golden also holds.
#[test]
fn alb_origin() {
    let stack = only(examples::alb_origin::stacks());
    let actual: Value = serde_json::from_str(&synth_text(&stack)).unwrap();
    let expected = golden("alb-origin");
    let id = "myDist9DB766F3";
    assert_json_eq(
        &actual["Resources"][id],
        &expected["Resources"][id],
        "the distribution",
    );
    let refs = references(&actual["Resources"][id]);
    assert_eq!(refs, ["LB8A12904C"]);
    assert_eq!(
        expected["Resources"]["LB8A12904C"]["Type"], actual["Resources"]["LB8A12904C"]["Type"],
        "the reference is to the load balancer in both templates"
    );
}

/// The same input gives byte-identical output.
#[test]
fn output_is_deterministic() {
    let first: Vec<String> = examples::s3_origin::stacks()
        .iter()
        .map(synth_text)
        .collect();
    for _ in 0..3 {
        let again: Vec<String> = examples::s3_origin::stacks()
            .iter()
            .map(synth_text)
            .collect();
        assert_eq!(first, again);
    }
}

/// Every example's templates pass cfn-lint with no error.
#[test]
fn examples_lint_clean() {
    let stacks: Vec<Stack> = [
        examples::s3_origin::stacks(),
        examples::s3_website_origin::stacks(),
        examples::alb_origin::stacks(),
        examples::http_origin::stacks(),
        examples::default_behavior::stacks(),
        examples::add_behavior::stacks(),
        examples::multiple_behaviors::stacks(),
        examples::cache_policy_managed::stacks(),
        examples::cache_policy_custom::stacks(),
        examples::origin_request_policy_managed::stacks(),
        examples::origin_request_policy::stacks(),
        examples::big::stacks(),
        examples::custom_domain_cert::stacks(),
        examples::custom_domain_cert_dnsvalidated::stacks(),
        examples::min_protocol_version::stacks(),
        examples::logging_default::stacks(),
        examples::logging_bucket::stacks(),
        examples::import_distribution::stacks(),
        examples::key_group::stacks(),
        examples::trusted_key_groups::stacks(),
    ]
    .into_iter()
    .flatten()
    .collect();
    lint_stacks(&stacks);
}

/// The lint check can fail: a template CloudFormation rejects is reported.
#[test]
fn lint_catches_a_broken_template() {
    let broken = r#"{"Resources": {"D": {"Type": "AWS::CloudFront::Distribution",
        "Properties": {"DistributionConfig": {"Enabled": "maybe", "DefaultCacheBehavior": {
        "TargetOriginId": "o", "ViewerProtocolPolicy": "sometimes"}}}}}}"#;
    let result = cloudfront_dsl_tests::cfn_lint(&[("Broken".into(), broken.into())], "us-east-1");
    assert!(result.is_err(), "cfn-lint accepted a broken template");
}
