use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    // The parser quotes a key given twice: not the password of the URL in it.
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com", {
                custom_headers: {
                    "https://admin:hunter2@www.example.com": "1",
                    "https://admin:hunter2@www.example.com": "2",
                },
            }),
        },
    });
    // It quotes the path of a file it cannot read: not the password in it.
    public_key!(stack, "Missing", {
        encoded_key: file("keys/https://admin:hunter2@www.example.com/key.pem"),
    });
    // Key material where another type goes: not quoted.
    distribution!(stack, "keyDist", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        enabled: "-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj
-----END PRIVATE KEY-----",
    });
}
