use cloudfront_dsl::prelude::*;

fn main() {
    let _ = stack!("Ui", {
        cache_policy!("Short", { cache_policy_name: "site", default_ttl: Duration::minutes(5) });
        // The account has one cache policy named `site`: the second fails to create.
        cache_policy!("Long", { cache_policy_name: "site", default_ttl: Duration::days(1) });
        // Other kinds have names of their own.
        origin_request_policy!("Forward", { origin_request_policy_name: "site" });
        let key = public_key!("Key", { encoded_key: file("keys/rsa2048.pem"), public_key_name: "signer" });
        public_key!("Rotated", { encoded_key: file("keys/rsa2048.pem"), public_key_name: "signer" });
        key_group!("Signers", { items: [key], key_group_name: "signers" });
    });
}
