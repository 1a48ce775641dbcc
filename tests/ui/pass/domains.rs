use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui").with_env("123456789012", "us-east-1");
    let zone = route53::HostedZone::from_hosted_zone_attributes(
        &mut stack,
        "Zone",
        route53::HostedZoneAttributes { hosted_zone_id: "Z0123456789ABCDEFGHIJ".into(), zone_name: "example.com".into() },
    );
    let cert = acm::Certificate::new(
        &mut stack,
        "Cert",
        acm::CertificateProps {
            domain_name: "example.com".into(),
            subject_alternative_names: vec!["*.example.com".into()],
            validation: acm::CertificateValidation::from_dns(zone),
        },
    );
    let logs = s3::Bucket::with_props(
        &mut stack,
        "Logs",
        s3::BucketProps::default().object_ownership(s3::ObjectOwnership::BUCKET_OWNER_PREFERRED),
    );
    let dist = distribution!(stack, "Cdn", {
        default_behavior: { origin: origins::HttpOrigin("origin.example.com") },
        domain_names: ["example.com", "www.example.com", "*.example.com"],
        certificate: cert,
        minimum_protocol_version: SecurityPolicyProtocol::TLS_V1_2_2021,
        ssl_support_method: SSLMethod::SNI,
        log_bucket: logs,
        log_file_prefix: "cdn/",
        log_includes_cookies: false,
    });
    // Moving an alternate domain name: the certificate goes on before the names.
    distribution!(stack, "Moving", {
        default_behavior: { origin: origins::HttpOrigin("origin.example.com") },
        domain_names: [],
        certificate: acm::Certificate::from_certificate_arn(
            "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555",
        ),
    });
    route53::ARecord::new(
        &mut stack,
        "Apex",
        route53::ARecordProps { zone, record_name: None, target: route53::RecordTarget::from_alias(route53::CloudFrontTarget(dist)) },
    );
    stack.add_output("DomainName", dist.distribution_domain_name());
    let template = stack.synth().expect("valid");
    // `tests/ui.rs` lints what the pass cases write here.
    let dir = cloudfront_dsl_tests::ui_pass_dir();
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("domains.template.json"), template.to_json_pretty()).unwrap();
}
