use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    public_key!(stack, "Private", { encoded_key: file("keys/private.pem") });
    public_key!(stack, "Inline", {
        encoded_key: "-----BEGIN RSA PRIVATE KEY-----\nTk9UIEEgUkVBTCBLRVk=\n-----END RSA PRIVATE KEY-----\n",
    });
    public_key!(stack, "Big", { encoded_key: file("keys/rsa4096.pem") });
    public_key!(stack, "P384", { encoded_key: file("keys/p384.pem") });
    public_key!(stack, "Pkcs1", { encoded_key: file("keys/pkcs1.pem") });
    public_key!(stack, "NotPem", { encoded_key: "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" });
    public_key!(stack, "Missing", { encoded_key: file("keys/absent.pem") });
    public_key!(stack, "Named", {
        encoded_key: file("keys/rsa2048.pem"),
        public_key_name: "my key",
    });
}
