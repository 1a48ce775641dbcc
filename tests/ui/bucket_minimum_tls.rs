use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    // The CDK throws: the minimum is a statement of the policy `enforce_ssl` writes.
    bucket!(stack, "NoSsl", { minimum_tls_version: 1.2 });
    bucket!(stack, "NotTls", { enforce_ssl: true, minimum_tls_version: 1.25 });
}
