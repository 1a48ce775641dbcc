//! Every example synthesizes to the template the AWS CDK synthesizes for the same app
//! (`fixtures/golden`, copied from the CDK apps' output), and lints clean with cfn-lint.

use cloudfront_dsl::Stack;
use cloudfront_dsl_examples as examples;
use cloudfront_dsl_tests::{
    assert_json_eq, assert_matches_golden, golden, golden_text, lint_stacks, references,
    synth_text, synth_texts,
};
use serde_json::Value;

/// The example's only stack.
fn only(mut stacks: Vec<Stack>) -> Stack {
    assert_eq!(stacks.len(), 1, "the example has one stack");
    stacks.remove(0)
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

#[test]
fn cloudfront_function() {
    assert_matches_golden(
        &only(examples::cloudfront_function::stacks()),
        "cloudfront-function",
    );
}

#[test]
fn cloudfront_function_kvs() {
    assert_matches_golden(
        &only(examples::cloudfront_function_kvs::stacks()),
        "cloudfront-function-kvs",
    );
}

#[test]
fn construct_scopes() {
    assert_matches_golden(
        &only(examples::construct_scopes::stacks()),
        "construct-scopes",
    );
}

#[test]
fn stack_tags() {
    assert_matches_golden(&only(examples::stack_tags::stacks()), "stack-tags");
}

#[test]
fn route53_records() {
    assert_matches_golden(
        &only(examples::route53_records::stacks()),
        "route53-records",
    );
}

#[test]
fn bucket_props() {
    assert_matches_golden(&only(examples::bucket_props::stacks()), "bucket-props");
}

#[test]
fn property_overrides() {
    assert_matches_golden(
        &only(examples::property_overrides::stacks()),
        "property-overrides",
    );
}

#[test]
fn api_origins() {
    assert_matches_golden(&only(examples::api_origins::stacks()), "api-origins");
}

#[test]
fn routing() {
    assert_matches_golden(&only(examples::routing::stacks()), "routing");
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

#[test]
fn web_dist_basic() {
    assert_matches_golden(&only(examples::web_dist_basic::stacks()), "web-dist-basic");
}

#[test]
fn web_dist_acm_cert() {
    assert_matches_golden(
        &only(examples::web_dist_acm_cert::stacks()),
        "web-dist-acm-cert",
    );
}

#[test]
fn web_dist_key_groups() {
    assert_matches_golden(
        &only(examples::web_dist_key_groups::stacks()),
        "web-dist-key-groups",
    );
}

#[test]
fn web_dist_geo() {
    assert_matches_golden(&only(examples::web_dist_geo::stacks()), "web-dist-geo");
}

#[test]
fn web_dist_connection() {
    assert_matches_golden(
        &only(examples::web_dist_connection::stacks()),
        "web-dist-connection",
    );
}

#[test]
fn web_dist_connection_custom() {
    assert_matches_golden(
        &only(examples::web_dist_connection_custom::stacks()),
        "web-dist-connection-custom",
    );
}

/// The template of a web distribution example with one field of its distribution replaced:
/// the field is asserted to hold `ours`, then set to what the CDK writes, so that the rest is
/// compared with the golden as is.
fn web_dist_with_one_difference(stack: &Stack, golden_name: &str, pointer: &str, ours: Value) {
    let mut actual: Value = serde_json::from_str(&synth_text(stack)).unwrap();
    let expected = golden(golden_name);
    let field = actual.pointer_mut(pointer).expect("the field is written");
    assert_eq!(*field, ours, "{golden_name}: {pointer}");
    let theirs = expected
        .pointer(pointer)
        .expect("the CDK writes the field")
        .clone();
    assert_ne!(ours, theirs, "{golden_name}: the difference is real");
    *field = theirs;
    assert_json_eq(&actual, &expected, golden_name);
}

/// CloudFront rejects an alternate domain name on its default certificate, so the example has
/// none: `Aliases` is empty where the CDK's example has `www.example.com`.
#[test]
fn web_dist_default_cert() {
    web_dist_with_one_difference(
        &only(examples::web_dist_default_cert::stacks()),
        "web-dist-default-cert",
        "/Resources/AnAmazingWebsiteProbablyCFDistribution47E3983B/Properties/DistributionConfig/Aliases",
        serde_json::json!([]),
    );
}

/// The CDK's example id `certificateId` is not an IAM certificate id; the example uses one of
/// the form IAM gives.
#[test]
fn web_dist_iam_cert() {
    web_dist_with_one_difference(
        &only(examples::web_dist_iam_cert::stacks()),
        "web-dist-iam-cert",
        "/Resources/AnAmazingWebsiteProbablyCFDistribution47E3983B/Properties/DistributionConfig/ViewerCertificate/IamCertificateId",
        serde_json::json!("ASCACKCEVSQ6C2EXAMPLE"),
    );
}

/// The origin path `/` is written as the empty path, as `distribution!` writes it: CloudFront
/// takes no origin path that ends with `/`.
#[test]
fn web_dist_failover() {
    web_dist_with_one_difference(
        &only(examples::web_dist_failover::stacks()),
        "web-dist-failover",
        "/Resources/ADistributionCFDistribution8B4D6842/Properties/DistributionConfig/Origins/1/OriginPath",
        serde_json::json!(""),
    );
}

/// Every setting of a web distribution beyond the seed's examples, and the deprecated
/// `alias_configuration` (`tests/cdk/apps/web-dist-origins.js`). The log bucket the
/// distribution creates accepts ACLs, which the CDK's web distribution forgets (CloudFront
/// could not deliver the logs); everything else is the CDK's.
#[test]
#[allow(deprecated)]
fn web_dist_origins() {
    use cloudfront_dsl::origin_access_identity::{OriginAccessIdentity, OriginAccessIdentityProps};
    use cloudfront_dsl::prelude::*;

    let mut stack = Stack::new("WebDistOriginsStack").with_env("123456789012", "us-east-1");
    let assets = s3::Bucket::new(&mut stack, "Assets");
    let oai = OriginAccessIdentity::new(
        &mut stack,
        "OAI",
        OriginAccessIdentityProps::default().comment("assets reader"),
    );
    web_distribution!(stack, "Site", {
        origin_configs: [
            {
                custom_origin_source: {
                    domain_name: "api.example.com",
                    http_port: 8080,
                    https_port: 8443,
                    origin_protocol_policy: OriginProtocolPolicy::MATCH_VIEWER,
                    origin_read_timeout: Duration::seconds(60),
                    origin_keepalive_timeout: Duration::seconds(10),
                    allowed_origin_ssl_versions: [OriginSslPolicy::TLS_V1_2, OriginSslPolicy::TLS_V1_1],
                    origin_path: "/v1",
                    origin_headers: { "X-Origin-Verify": "secret" },
                    origin_shield_region: "us-east-1",
                },
                failover_custom_origin_source: { domain_name: "api-backup.example.com" },
                connection_attempts: 2,
                connection_timeout: Duration::seconds(5),
                behaviors: [{
                    path_pattern: "/api/*",
                    allowed_methods: CloudFrontAllowedMethods::GET_HEAD_OPTIONS,
                    cached_methods: CloudFrontAllowedCachedMethods::GET_HEAD_OPTIONS,
                    compress: false,
                    min_ttl: Duration::seconds(0),
                    default_ttl: Duration::seconds(60),
                    max_ttl: Duration::seconds(300),
                    forwarded_values: {
                        query_string: true,
                        query_string_cache_keys: ["page"],
                        cookies: { forward: "whitelist", whitelisted_names: ["session"] },
                        headers: ["Authorization"],
                    },
                    viewer_protocol_policy: ViewerProtocolPolicy::HTTPS_ONLY,
                }],
            },
            {
                s3_origin_source: { s3_bucket_source: assets, origin_access_identity: oai },
                behaviors: [
                    { is_default_behavior: true },
                    { path_pattern: "static/*", allowed_methods: CloudFrontAllowedMethods::ALL },
                ],
            },
        ],
        error_configurations: [
            { error_code: 404, response_code: 200, response_page_path: "/index.html", error_caching_min_ttl: 300 },
            { error_code: 503, error_caching_min_ttl: 5 },
        ],
        comment: "web site",
        default_root_object: "home.html",
        enable_ip_v6: false,
        http_version: HttpVersion::HTTP2_AND_3,
        price_class: PriceClass::PRICE_CLASS_ALL,
        viewer_protocol_policy: ViewerProtocolPolicy::ALLOW_ALL,
        web_acl_id: "arn:aws:wafv2:us-east-1:123456789012:global/webacl/MyAcl/11111111-2222-3333-4444-555555555555",
        geo_restriction: GeoRestriction::denylist("RU", "BY"),
        logging_config: { prefix: "cdn/", include_cookies: true },
    });
    web_distribution!(stack, "Legacy", {
        origin_configs: [{
            custom_origin_source: { domain_name: "legacy.example.com" },
            behaviors: [{ is_default_behavior: true }],
        }],
        alias_configuration: {
            acm_cert_ref: "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555",
            names: ["www.example.com"],
            security_policy: SecurityPolicyProtocol::TLS_V1_2_2019,
        },
    });

    let mut actual: Value = serde_json::from_str(&synth_text(&stack)).unwrap();
    let bucket = actual["Resources"]["SiteLoggingBucketA0F21158"]["Properties"]
        .as_object_mut()
        .unwrap();
    assert_eq!(
        bucket.remove("OwnershipControls"),
        Some(serde_json::json!({ "Rules": [{ "ObjectOwnership": "ObjectWriter" }] }))
    );
    assert_json_eq(
        &actual,
        &golden("web-dist-origins"),
        "the template, log bucket ownership aside",
    );
    lint_stacks([&stack]);
}

#[test]
fn lambda_edge_us_east_1() {
    assert_matches_golden(
        &only(examples::lambda_edge_us_east_1::stacks()),
        "lambda-edge-us-east-1",
    );
}

#[test]
fn lambda_edge_behaviors() {
    assert_matches_golden(
        &only(examples::lambda_edge_behaviors::stacks()),
        "lambda-edge-behaviors",
    );
}

#[test]
fn lambda_edge_imported_version() {
    assert_matches_golden(
        &only(examples::lambda_edge_imported_version::stacks()),
        "lambda-edge-imported-version",
    );
}

/// The templates of an example of several stacks, in the order they deploy in, each with the
/// golden the CDK app wrote for it (`<golden>.<stack name>`).
fn app_templates(stacks: &[Stack], golden_name: &str) -> Vec<(String, String, String)> {
    synth_texts(stacks)
        .into_iter()
        .map(|(name, _, text)| (format!("{golden_name}.{name}"), name, text))
        .collect()
}

/// The logical id of the reader provider's handler, the CDK's.
const READER_HANDLER: &str =
    "CustomCrossRegionStringParameterReaderCustomResourceProviderHandler65B5F33A";

/// The stack of a distribution whose edge functions are in us-east-1 stacks: every resource
/// equals the CDK's but the reader provider's handler, whose code is inline in the template
/// (the CDK's is a code asset of aws-cdk-lib, `__entrypoint__.handler`); the handler's other
/// properties, its role and the readers are the CDK's.
fn assert_matches_golden_but_reader_code(text: &str, golden_name: &str) {
    let mut actual: Value = serde_json::from_str(text).unwrap();
    let mut expected = golden(golden_name);
    let ours = actual["Resources"]
        .as_object_mut()
        .unwrap()
        .remove(READER_HANDLER)
        .expect("the stack has the reader provider's handler");
    let cdk = expected["Resources"]
        .as_object_mut()
        .unwrap()
        .remove(READER_HANDLER)
        .expect("the golden has the reader provider's handler");
    assert_json_eq(&actual, &expected, golden_name);
    assert_eq!(ours["Type"], cdk["Type"]);
    assert_eq!(ours["DependsOn"], cdk["DependsOn"]);
    let (ours, cdk) = (&ours["Properties"], &cdk["Properties"]);
    for same in ["Timeout", "MemorySize", "Role", "Runtime"] {
        assert_eq!(ours[same], cdk[same], "the handler's {same}");
    }
    assert_eq!(cdk["Handler"], "__entrypoint__.handler");
    assert_eq!(ours["Handler"], "index.handler");
    assert_eq!(
        cdk["Code"]["S3Key"],
        "d585de04b17c574bf032c2e8d0da0d59bf2615b316e4912b719dd9a973279bcc.zip",
        "the CDK's handler is an asset"
    );
    assert_eq!(
        ours["Code"],
        serde_json::json!({ "ZipFile": include_str!("../cloudfront-model/src/experimental/reader.js") }),
        "the handler's code is inline"
    );
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(
        keys(ours),
        keys(cdk),
        "the handler has the CDK's properties"
    );
}

/// "Lambda@Edge" (an edge function of a stack in eu-west-1): the us-east-1 stack byte for
/// byte, the distribution's stack as the CDK's but for the reader's code.
#[test]
fn lambda_edge() {
    let stacks = examples::lambda_edge::stacks();
    let templates = app_templates(&stacks, "lambda-edge");
    let names: Vec<&str> = templates.iter().map(|(_, n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "edge-lambda-stack-c89daded5900e0359d3ca00b3b8bfca636f4765f61",
            "LambdaEdgeStack"
        ],
        "the us-east-1 stack deploys first"
    );
    let (golden_name, _, edge) = &templates[0];
    assert_json_eq(
        &serde_json::from_str(edge).unwrap(),
        &golden(golden_name),
        golden_name,
    );
    assert_eq!(edge, &golden_text(golden_name), "{golden_name}: bytes");
    assert_matches_golden_but_reader_code(&templates[1].2, &templates[1].0);
}

/// "Lambda@Edge" with `stack_id`: two us-east-1 stacks named by their ids.
#[test]
fn lambda_edge_stack_id() {
    let stacks = examples::lambda_edge_stack_id::stacks();
    let templates = app_templates(&stacks, "lambda-edge-stack-id");
    let names: Vec<&str> = templates.iter().map(|(_, n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "edge-lambda-stack-id-1",
            "edge-lambda-stack-id-2",
            "LambdaEdgeStackIdStack"
        ]
    );
    for (golden_name, _, text) in &templates[..2] {
        assert_json_eq(
            &serde_json::from_str(text).unwrap(),
            &golden(golden_name),
            golden_name,
        );
        assert_eq!(text, &golden_text(golden_name), "{golden_name}: bytes");
    }
    assert_matches_golden_but_reader_code(&templates[2].2, &templates[2].0);
}

#[test]
fn s3_bucket_origin_oac() {
    assert_matches_golden(
        &only(examples::s3_bucket_origin_oac::stacks()),
        "s3-bucket-origin-oac",
    );
}

#[test]
fn response_headers_policy() {
    assert_matches_golden(
        &only(examples::response_headers_policy::stacks()),
        "response-headers-policy",
    );
}

#[test]
fn origin_group() {
    assert_matches_golden(&only(examples::origin_group::stacks()), "origin-group");
}

#[test]
fn function_url_origin() {
    assert_matches_golden(
        &only(examples::function_url_origin::stacks()),
        "function-url-origin",
    );
}

/// `tests/cdk/apps/grpc-and-realtime-logs.js`: a gRPC behavior, real-time logs through the role
/// the configuration creates, the additional metrics' monitoring subscription.
#[test]
fn grpc_and_realtime_logs() {
    assert_matches_golden(
        &only(examples::grpc_and_realtime_logs::stacks()),
        "grpc-and-realtime-logs",
    );
}

/// The CDK app also builds the VPC, its subnets, the load balancers and the instance (with its
/// role and security group), which cloudfront-dsl does not model (the example adds the load
/// balancers, a security group and the instance as plain CloudFormation resources). So this
/// compares every CloudFront resource, and checks that every reference they make is to a
/// resource the golden holds, of the same type as the example's.
#[test]
fn vpc_origin() {
    let stack = only(examples::vpc_origin::stacks());
    let actual: Value = serde_json::from_str(&synth_text(&stack)).unwrap();
    let expected = golden("vpc-origin");
    let cloudfront = |t: &Value| -> serde_json::Map<String, Value> {
        t["Resources"]
            .as_object()
            .unwrap()
            .iter()
            .filter(|(_, r)| {
                r["Type"]
                    .as_str()
                    .is_some_and(|t| t.starts_with("AWS::CloudFront::"))
            })
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    };
    let ours = cloudfront(&actual);
    assert_json_eq(
        &Value::Object(ours.clone()),
        &Value::Object(cloudfront(&expected)),
        "the CloudFront resources",
    );
    for (id, resource) in &ours {
        for target in references(resource) {
            if target.starts_with("AWS::") || ours.contains_key(&target) {
                continue;
            }
            assert_eq!(
                expected["Resources"][&target]["Type"], actual["Resources"][&target]["Type"],
                "{id} refers to {target}, of the same type in both templates"
            );
        }
    }
}

/// The S3 origins of today's CDK besides origin access control
/// (`tests/cdk/apps/s3-bucket-origins.js`): an origin access identity the origin creates, one
/// of the stack's own, a bucket with its defaults, a static website endpoint.
#[test]
fn s3_bucket_origins() {
    use cloudfront_dsl::origin_access_identity::{OriginAccessIdentity, OriginAccessIdentityProps};
    use cloudfront_dsl::prelude::*;

    let mut stack = Stack::new("S3BucketOriginsStack").with_env("123456789012", "us-east-1");
    let assets = s3::Bucket::new(&mut stack, "assets");
    let images = s3::Bucket::new(&mut stack, "images");
    let open = s3::Bucket::new(&mut stack, "open");
    let site = s3::Bucket::with_props(
        &mut stack,
        "site",
        s3::BucketProps::default().website_index_document("index.html"),
    );
    let oai = OriginAccessIdentity::new(
        &mut stack,
        "ImagesOAI",
        OriginAccessIdentityProps::default().comment("images reader"),
    );
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::S3BucketOrigin::with_origin_access_identity(assets) },
        additional_behaviors: {
            "/images/*": {
                origin: origins::S3BucketOrigin::with_origin_access_identity(images, {
                    origin_access_identity: oai,
                }),
            },
            "/open/*": {
                origin: origins::S3BucketOrigin::with_bucket_defaults(open, { origin_path: "/public" }),
            },
            "/site/*": { origin: origins::S3StaticWebsiteOrigin(site) },
        },
    });
    assert_matches_golden(&stack, "s3-bucket-origins");
    lint_stacks([&stack]);
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
        examples::web_dist_basic::stacks(),
        examples::web_dist_default_cert::stacks(),
        examples::web_dist_acm_cert::stacks(),
        examples::web_dist_iam_cert::stacks(),
        examples::web_dist_key_groups::stacks(),
        examples::web_dist_geo::stacks(),
        examples::web_dist_connection::stacks(),
        examples::web_dist_connection_custom::stacks(),
        examples::web_dist_failover::stacks(),
        examples::cloudfront_function::stacks(),
        examples::cloudfront_function_kvs::stacks(),
        examples::routing::stacks(),
        examples::construct_scopes::stacks(),
        examples::stack_tags::stacks(),
        examples::route53_records::stacks(),
        examples::bucket_props::stacks(),
        examples::property_overrides::stacks(),
        examples::api_origins::stacks(),
        examples::lambda_edge::stacks(),
        examples::lambda_edge_us_east_1::stacks(),
        examples::lambda_edge_stack_id::stacks(),
        examples::lambda_edge_behaviors::stacks(),
        examples::lambda_edge_imported_version::stacks(),
        examples::s3_bucket_origin_oac::stacks(),
        examples::response_headers_policy::stacks(),
        examples::origin_group::stacks(),
        examples::function_url_origin::stacks(),
        examples::vpc_origin::stacks(),
        examples::grpc_and_realtime_logs::stacks(),
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

/// Lambda functions beyond the seed's (`tests/cdk/apps/lambda-function-props.js`): every prop
/// the library models on one function, whose current version's logical id hashes them, inline
/// code, code in a bucket, and an edge function in a stack of us-east-1.
#[test]
fn lambda_function_props() {
    use cloudfront_dsl::prelude::*;
    let handler = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/lambda-handler");
    let mut stack = Stack::new("LambdaFunctionPropsStack").with_env("123456789012", "us-east-1");
    let full = lambda_function!(stack, "Full", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_asset(handler),
        description: "every setting",
        function_name: "full-function",
        memory_size: 512,
        timeout: Duration::seconds(10),
        environment: { "ZED": "last", "ALPHA": "first" },
        architecture: Architecture::ARM_64,
        layers: [lambda::LayerVersion::from_layer_version_arn(
            stack,
            "Layer",
            "arn:aws:lambda:us-east-1:123456789012:layer:shared:3",
        )],
        tracing: Tracing::ACTIVE,
        ephemeral_storage_size: Size::mebibytes(1024),
        reserved_concurrent_executions: 5,
        dead_letter_queue_enabled: true,
        current_version_options: { provisioned_concurrent_executions: 2 },
    });
    full.current_version();
    let inline = lambda_function!(stack, "Inline", {
        runtime: Runtime::PYTHON_3_13,
        handler: "index.handler",
        code: lambda::Code::from_inline("def handler(event, context):\n    return event[\"Records\"][0][\"cf\"][\"request\"]\n"),
    });
    inline.current_version();
    let code_bucket = s3::Bucket::from_bucket_name(&mut stack, "CodeBucket", "my-code-bucket");
    lambda_function!(stack, "FromBucket", {
        runtime: Runtime::NODEJS_24_X,
        handler: "index.handler",
        code: lambda::Code::from_bucket(code_bucket, "code.zip"),
    });
    let edge = edge_function!(stack, "InRegion", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_asset(handler),
        memory_size: 1024,
        timeout: Duration::seconds(30),
    });
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com"),
            edge_lambdas: [{
                function_version: edge.current_version(),
                event_type: LambdaEdgeEventType::ORIGIN_REQUEST,
            }],
        },
    });
    assert_matches_golden(&stack, "lambda-function-props");
    lint_stacks([&stack]);
}

/// Lambda@Edge on a web distribution (`tests/cdk/apps/web-dist-lambda-edge.js`): a function of
/// the stack and a version imported by ARN, through `lambda_function_associations`.
#[test]
fn web_dist_lambda_edge() {
    use cloudfront_dsl::prelude::*;
    let mut stack = Stack::new("WebDistLambdaEdgeStack").with_env("123456789012", "us-east-1");
    let source_bucket = s3::Bucket::new(&mut stack, "Bucket");
    let function = lambda_function!(stack, "MyFunction", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_asset(concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/lambda-handler")),
    });
    web_distribution!(stack, "MyDistribution", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: source_bucket },
            behaviors: [
                {
                    is_default_behavior: true,
                    lambda_function_associations: [{
                        event_type: LambdaEdgeEventType::VIEWER_REQUEST,
                        lambda_function: function.current_version(),
                        include_body: true,
                    }],
                },
                {
                    path_pattern: "images/*",
                    lambda_function_associations: [{
                        event_type: LambdaEdgeEventType::ORIGIN_RESPONSE,
                        lambda_function: lambda::Version::from_version_arn(
                            stack,
                            "Version",
                            "arn:aws:lambda:us-east-1:123456789012:function:functionName:1",
                        ),
                    }],
                },
            ],
        }],
    });
    assert_matches_golden(&stack, "web-dist-lambda-edge");
    lint_stacks([&stack]);
}

/// CloudFront Functions on a web distribution (`tests/cdk/apps/web-dist-functions.js`): a
/// function of the stack and an imported one through `function_associations`, beside a
/// Lambda@Edge function on an origin event.
#[test]
fn web_dist_functions() {
    use cloudfront_dsl::prelude::*;
    let mut stack = Stack::new("WebDistFunctionsStack").with_env("123456789012", "us-east-1");
    let source_bucket = s3::Bucket::new(&mut stack, "Bucket");
    let rewrite = function!(stack, "Rewrite", {
        code: FunctionCode::from_inline("function handler(event) { return event.request; }"),
        runtime: FunctionRuntime::JS_2_0,
    });
    let headers = Function::from_function_attributes(
        &mut stack,
        "Headers",
        cloudfront_dsl::functions::FunctionAttributes {
            function_arn: "arn:aws:cloudfront::123456789012:function/add-headers".into(),
        },
    );
    web_distribution!(stack, "MyDistribution", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: source_bucket },
            behaviors: [
                {
                    is_default_behavior: true,
                    function_associations: [{
                        event_type: FunctionEventType::VIEWER_REQUEST,
                        function: rewrite,
                    }],
                },
                {
                    path_pattern: "images/*",
                    function_associations: [{
                        event_type: FunctionEventType::VIEWER_RESPONSE,
                        function: headers,
                    }],
                    lambda_function_associations: [{
                        event_type: LambdaEdgeEventType::ORIGIN_REQUEST,
                        lambda_function: lambda::Version::from_version_arn(
                            stack,
                            "Version",
                            "arn:aws:lambda:us-east-1:123456789012:function:functionName:1",
                        ),
                    }],
                },
            ],
        }],
    });
    assert_matches_golden(&stack, "web-dist-functions");
    lint_stacks([&stack]);
}

/// Functions in a VPC and a function whose code is a container image
/// (`tests/cdk/apps/lambda-function-vpc-image.js`).
#[test]
fn lambda_function_vpc_image() {
    use cloudfront_dsl::prelude::*;
    let code = "exports.handler = async (e) => e;";
    let mut stack = Stack::new("LambdaFunctionVpcImageStack").with_env("123456789012", "us-east-1");
    let vpc = ec2::Vpc::from_vpc_attributes(
        &mut stack,
        "Vpc",
        ec2::VpcAttributes {
            vpc_id: "vpc-0123456789abcdef0".into(),
            availability_zones: vec!["us-east-1a".into(), "us-east-1b".into()],
            private_subnet_ids: vec![
                "subnet-0aaaaaaaaaaaaaaaa".into(),
                "subnet-0bbbbbbbbbbbbbbbb".into(),
            ],
        },
    );
    let sg = ec2::SecurityGroup::from_security_group_id(&mut stack, "Sg", "sg-0123456789abcdef0");
    let in_vpc = lambda_function!(stack, "InVpc", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_inline(code),
        vpc: vpc.clone(),
        security_groups: [sg],
    });
    in_vpc.current_version();
    lambda_function!(stack, "OwnSg", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_inline(code),
        vpc: vpc,
    });
    let repo = ecr::Repository::from_repository_name(&mut stack, "Repo", "my-repo");
    let image = lambda_function!(stack, "Image", {
        runtime: Runtime::FROM_IMAGE,
        handler: lambda::Handler::FROM_IMAGE,
        code: lambda::Code::from_ecr_image(repo, { tag_or_digest: "v1" }),
    });
    image.current_version();
    assert_matches_golden(&stack, "lambda-function-vpc-image");
    lint_stacks([&stack]);
}
