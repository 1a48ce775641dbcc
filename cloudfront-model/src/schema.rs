//! The schema the macros parse against: the shape of props objects, enums and factories
//! (defined in the core), and the one list of every enum-like type, which a
//! construct adds its enums to.

pub use crate::shape::{EnumSchema, Factory, HasKind, Kind, ObjectSchema, Param, PropSchema};

/// Every enum-like type of the schema, for the macros to recognize a constant of the wrong
/// type.
pub fn enums() -> &'static [&'static EnumSchema] {
    use crate::distribution as d;
    use crate::origins as o;
    use crate::policies as p;
    &[
        &d::ViewerProtocolPolicy::SCHEMA,
        &d::HttpVersion::SCHEMA,
        &d::PriceClass::SCHEMA,
        &d::GEO_RESTRICTION_SCHEMA,
        &o::OriginProtocolPolicy::SCHEMA,
        &o::OriginSslPolicy::SCHEMA,
        &o::ORIGIN_SCHEMA,
        &d::AllowedMethods::SCHEMA,
        &d::CachedMethods::SCHEMA,
        &d::SecurityPolicyProtocol::SCHEMA,
        &d::SSLMethod::SCHEMA,
        &crate::acm::CERTIFICATE_SCHEMA,
        &crate::acm::CERTIFICATE_VALIDATION_SCHEMA,
        &crate::s3::ObjectOwnership::SCHEMA,
        &crate::s3::BucketEncryption::SCHEMA,
        &crate::s3::BucketAccessControl::SCHEMA,
        &crate::s3::BlockPublicAccess::SCHEMA,
        &crate::RemovalPolicy::SCHEMA,
        &p::CachePolicy::SCHEMA,
        &p::OriginRequestPolicy::SCHEMA,
        &p::ResponseHeadersPolicy::SCHEMA,
        &p::CacheCookieBehavior::SCHEMA,
        &p::CacheHeaderBehavior::SCHEMA,
        &p::CacheQueryStringBehavior::SCHEMA,
        &p::OriginRequestCookieBehavior::SCHEMA,
        &p::OriginRequestHeaderBehavior::SCHEMA,
        &p::OriginRequestQueryStringBehavior::SCHEMA,
        &crate::duration::DURATION_SCHEMA,
        &crate::web_distribution::CloudFrontAllowedMethods::SCHEMA,
        &crate::web_distribution::CloudFrontAllowedCachedMethods::SCHEMA,
        &crate::web_distribution::FailoverStatusCode::SCHEMA,
        &crate::web_distribution::VIEWER_CERTIFICATE_SCHEMA,
        &crate::functions::FunctionRuntime::SCHEMA,
        &crate::functions::FunctionEventType::SCHEMA,
        &crate::functions::FUNCTION_CODE_SCHEMA,
        &crate::key_value_store::IMPORT_SOURCE_SCHEMA,
        &crate::size::SIZE_SCHEMA,
        &crate::lambda::Runtime::SCHEMA,
        &crate::lambda::Architecture::SCHEMA,
        &crate::lambda::Tracing::SCHEMA,
        &crate::lambda::CODE_SCHEMA,
        &crate::lambda::VERSION_SCHEMA,
        &crate::lambda::LAYER_VERSION_SCHEMA,
        &d::LambdaEdgeEventType::SCHEMA,
        &o::OriginIpAddressType::SCHEMA,
        &crate::origin_access_control::AccessLevel::SCHEMA,
        &crate::origin_access_control::Signing::SCHEMA,
        &p::HeadersFrameOption::SCHEMA,
        &p::HeadersReferrerPolicy::SCHEMA,
        &o::OriginSelectionCriteria::SCHEMA,
        &crate::vpc_origin::VPC_ORIGIN_ENDPOINT_SCHEMA,
        &crate::realtime_log_config::ENDPOINT_SCHEMA,
    ]
}
