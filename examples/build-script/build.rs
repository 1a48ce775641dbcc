//! The site's infrastructure, written into `infra/` on every build that changes it.

// `origins::S3Origin`, which today's CDK deprecates for `S3BucketOrigin`, keeps the committed
// templates as they were generated.
#![allow(deprecated)]

use cloudfront_dsl::build::{Error, Templates};
use cloudfront_dsl::prelude::*;

fn main() -> Result<(), Error> {
    let mut site = Stack::new("SiteStack").with_env("123456789012", "us-east-1");
    let assets = s3::Bucket::new(&mut site, "Assets");
    let api_cache = cache_policy!(site, "ApiCache", {
        default_ttl: Duration::seconds(30),
        max_ttl: Duration::minutes(5),
        query_string_behavior: CacheQueryStringBehavior::allow_list("page", "q"),
    });
    distribution!(site, "Cdn", {
        default_behavior: {
            origin: origins::S3Origin(assets),
            viewer_protocol_policy: ViewerProtocolPolicy::REDIRECT_TO_HTTPS,
        },
        additional_behaviors: {
            "/api/*": {
                origin: origins::HttpOrigin("api.example.com"),
                cache_policy: api_cache,
                viewer_protocol_policy: ViewerProtocolPolicy::HTTPS_ONLY,
            },
        },
        comment: "example.com site",
        default_root_object: "index.html",
    });

    let mut docs = Stack::new("DocsStack").with_env("123456789012", "us-east-1");
    distribution!(docs, "Cdn", {
        default_behavior: { origin: origins::HttpOrigin("docs.example.com") },
        price_class: PriceClass::PRICE_CLASS_100,
    });

    Templates::new("infra").prune(true).write([&site, &docs])?;
    Ok(())
}
