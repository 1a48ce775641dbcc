use cloudfront_dsl::prelude::*;

fn main() {
    // `certificate!` outside a `stack!` block runs the certificate's own rules, as `synth()`
    // does, each at its literal: names CloudFront takes, a wildcard only as a whole leftmost
    // label, no name twice, a main name of at most 64 characters, at most 10 names.
    let mut stack = Stack::new("Ui").with_env("123456789012", "us-east-1");
    certificate!(stack, "Upper", { domain_name: "WWW.example.com" });
    certificate!(stack, "Wildcard", {
        domain_name: "example.com",
        subject_alternative_names: ["www.*.example.com", "*.example.com"],
    });
    certificate!(stack, "Twice", {
        domain_name: "example.com",
        subject_alternative_names: ["Example.com"],
    });
    certificate!(stack, "Long", {
        domain_name: "a-very-long-label-of-the-main-name-of-a-certificate.shop.example.com",
    });
    certificate!(stack, "Many", {
        domain_name: "example.com",
        subject_alternative_names: [
            "a.example.com", "b.example.com", "c.example.com", "d.example.com", "e.example.com",
            "f.example.com", "g.example.com", "h.example.com", "i.example.com", "j.example.com",
        ],
    });
    certificate!(stack, "NotQualified", { domain_name: "localhost" });
    // A name known only at run time is checked by `synth()`; the literal beside it here.
    let name = String::from("www.example.com");
    certificate!(stack, "Computed", {
        domain_name: name,
        subject_alternative_names: ["bad_name.example.com"],
    });
    // A certificate CloudFront takes: no error.
    certificate!(stack, "Fine", {
        domain_name: "example.com",
        subject_alternative_names: ["*.example.com"],
    });
}
