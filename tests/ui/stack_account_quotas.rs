use cloudfront_dsl::prelude::*;

fn main() {
    // The account's default quota is 10 key groups: the eleventh is one too many.
    let _ = stack!("Ui", {
        let key = public_key!("Key", { encoded_key: file("keys/rsa2048.pem") });
        key_group!("Group1", { items: [key] });
        key_group!("Group2", { items: [key] });
        key_group!("Group3", { items: [key] });
        key_group!("Group4", { items: [key] });
        key_group!("Group5", { items: [key] });
        key_group!("Group6", { items: [key] });
        key_group!("Group7", { items: [key] });
        key_group!("Group8", { items: [key] });
        key_group!("Group9", { items: [key] });
        key_group!("Group10", { items: [key] });
        key_group!("Group11", { items: [key] });
    });
    // Raised, the quota counts as declared: one response headers policy over 21.
    let _ = stack!("Raised", {
        #![quotas(response_headers_policies_per_account = 21)]
        response_headers_policy!("P1", {});
        response_headers_policy!("P2", {});
        response_headers_policy!("P3", {});
        response_headers_policy!("P4", {});
        response_headers_policy!("P5", {});
        response_headers_policy!("P6", {});
        response_headers_policy!("P7", {});
        response_headers_policy!("P8", {});
        response_headers_policy!("P9", {});
        response_headers_policy!("P10", {});
        response_headers_policy!("P11", {});
        response_headers_policy!("P12", {});
        response_headers_policy!("P13", {});
        response_headers_policy!("P14", {});
        response_headers_policy!("P15", {});
        response_headers_policy!("P16", {});
        response_headers_policy!("P17", {});
        response_headers_policy!("P18", {});
        response_headers_policy!("P19", {});
        response_headers_policy!("P20", {});
        response_headers_policy!("P21", {});
        response_headers_policy!("P22", {});
    });
    // Every public key counts toward the account's 10, whether a key group or field-level
    // encryption uses it.
    let _ = stack!("Keys", {
        public_key!("Key1", { encoded_key: file("keys/rsa2048.pem") });
        public_key!("Key2", { encoded_key: file("keys/rsa2048.pem") });
        public_key!("Key3", { encoded_key: file("keys/rsa2048.pem") });
        public_key!("Key4", { encoded_key: file("keys/rsa2048.pem") });
        public_key!("Key5", { encoded_key: file("keys/rsa2048.pem") });
        public_key!("Key6", { encoded_key: file("keys/rsa2048.pem") });
        public_key!("Key7", { encoded_key: file("keys/rsa2048.pem") });
        public_key!("Key8", { encoded_key: file("keys/rsa2048.pem") });
        public_key!("Key9", { encoded_key: file("keys/rsa2048.pem") });
        public_key!("Key10", { encoded_key: file("keys/rsa2048.pem") });
        public_key!("Key11", { encoded_key: file("keys/rsa2048.pem") });
    });
}
