use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    response_headers_policy!(stack, "Many", {
        custom_headers_behavior: {
            custom_headers: [
                { header: "X-1", value: "1", override: true },
                { header: "X-2", value: "2", override: true },
                { header: "X-3", value: "3", override: true },
                { header: "X-4", value: "4", override: true },
                { header: "X-5", value: "5", override: true },
                { header: "X-6", value: "6", override: true },
                { header: "X-7", value: "7", override: true },
                { header: "X-8", value: "8", override: true },
                { header: "X-9", value: "9", override: true },
                { header: "X-10", value: "10", override: true },
                { header: "X-11", value: "11", override: true },
                { header: "X-Long", override: true, value: "\
                vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\
                vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\
                vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\
                vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\
                vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\
                vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\
                vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\
                vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\
                vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\
                vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\
                vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\
                vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\
                vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\
                vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\
                vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\
                vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\
                vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\
                vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\
                vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\
                vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\
                vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\
                vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\
                vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\
                vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\
                vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\
                vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\
                vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\
                vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv" },
            ],
        },
        security_headers_behavior: {
            content_security_policy: { override: true, content_security_policy: "\
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; " },
        },
    });
    // Raised quotas let the same policy through.
    response_headers_policy!(stack, "Raised", {
        #![quotas(custom_headers_per_response_headers_policy = 11, content_security_policy_characters = 4000)]
        custom_headers_behavior: {
            custom_headers: [
                { header: "X-1", value: "1", override: true },
                { header: "X-2", value: "2", override: true },
                { header: "X-3", value: "3", override: true },
                { header: "X-4", value: "4", override: true },
                { header: "X-5", value: "5", override: true },
                { header: "X-6", value: "6", override: true },
                { header: "X-7", value: "7", override: true },
                { header: "X-8", value: "8", override: true },
                { header: "X-9", value: "9", override: true },
                { header: "X-10", value: "10", override: true },
                { header: "X-11", value: "11", override: true },
            ],
        },
        security_headers_behavior: {
            content_security_policy: { override: true, content_security_policy: "\
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; \
                img-src https://img.example.com; img-src https://img.example.com; " },
        },
    });
}
