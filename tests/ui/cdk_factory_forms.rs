use cloudfront_dsl::prelude::*;

// The CDK's forms of factories: a list where the DSL takes the values one by one is read as
// them (so a bad country is an error at its literal); a scope and id before an imported
// certificate's ARN is one error, and the ARN is still checked.
fn main() {
    let mut stack = Stack::new("Ui");
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        geo_restriction: GeoRestriction::allowlist(["US", "XX"]),
        domain_names: ["www.example.com"],
        certificate: acm::Certificate::from_certificate_arn(
            stack,
            "Cert",
            "arn:aws:acm:eu-west-1:123456789012:certificate/11111111-2222-3333-4444-555555555555",
        ),
    });
}
