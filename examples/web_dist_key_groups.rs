//! "CloudFrontWebDistribution / Trusted Key Groups": a default behavior that requires signed
//! URLs or cookies.
//!
//! ```python
//! pub_key = PublicKey(stack, "MyPubKey",
//!     encoded_key=public_key
//! )
//!
//! key_group = KeyGroup(stack, "MyKeyGroup",
//!     items=[pub_key
//!     ]
//! )
//!
//! CloudFrontWebDistribution(stack, "AnAmazingWebsiteProbably",
//!     origin_configs=[{
//!         "s3_origin_source": {
//!             "s3_bucket_source": source_bucket
//!         },
//!         "behaviors": [{
//!             "is_default_behavior": True,
//!             "trusted_key_groups": [key_group
//!             ]
//!         }
//!         ]
//!     }
//!     ]
//! )
//! ```

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("WebDistKeyGroupsStack").with_env("123456789012", "us-east-1");

    let source_bucket = s3::Bucket::new(&mut stack, "Bucket");
    let pub_key = public_key!(stack, "MyPubKey", {
        encoded_key: file("keys/public_key.pem"),
    });
    let key_group = key_group!(stack, "MyKeyGroup", {
        items: [pub_key],
    });
    web_distribution!(stack, "AnAmazingWebsiteProbably", {
        origin_configs: [{
            s3_origin_source: {
                s3_bucket_source: source_bucket,
            },
            behaviors: [{
                is_default_behavior: true,
                trusted_key_groups: [key_group],
            }],
        }],
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
