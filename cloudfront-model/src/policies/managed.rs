//! Response headers policies (managed ones only, for now).

use crate::policies::PolicyRef;

/// A response headers policy: the headers CloudFront adds to its responses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ResponseHeadersPolicy(pub(crate) PolicyRef);

crate::policies::managed_policies! {
    ResponseHeadersPolicy ("policies::ResponseHeadersPolicy", "a response headers policy (`ResponseHeadersPolicy::SECURITY_HEADERS`, ...)") {
        /// CORS headers that allow all origins.
        CORS_ALLOW_ALL_ORIGINS = "60669652-455b-4ae9-85a4-c4c02393f86c",
        /// CORS headers that allow all origins, with preflight.
        CORS_ALLOW_ALL_ORIGINS_WITH_PREFLIGHT = "5cc3b908-e619-4b99-88e5-2cf7f45965bd",
        /// Security headers (HSTS, X-Frame-Options, ...).
        SECURITY_HEADERS = "67f7725c-6f97-4210-82d7-5512b31e9d03",
        /// CORS headers that allow all origins, and security headers.
        CORS_ALLOW_ALL_ORIGINS_AND_SECURITY_HEADERS = "e61eb60c-9c35-4d20-a928-2b84e02af89c",
        /// CORS headers that allow all origins with preflight, and security headers.
        CORS_ALLOW_ALL_ORIGINS_WITH_PREFLIGHT_AND_SECURITY_HEADERS = "eaab4381-ed33-4a86-88ca-d9558dc6cd63",
    }
}
