//! Cache policies, origin request policies and response headers policies: managed ones by the
//! CDK's constant names, custom ones made with `cache_policy!`, `origin_request_policy!` and
//! `response_headers_policy!`.

#[macro_use]
pub mod selection;
pub(crate) mod cache;
pub(crate) mod origin_request;
pub(crate) mod response_headers;

pub use cache::{
    CacheCookieBehavior, CacheHeaderBehavior, CachePolicy, CachePolicyProps,
    CacheQueryStringBehavior,
};
pub use origin_request::{
    OriginRequestCookieBehavior, OriginRequestHeaderBehavior, OriginRequestPolicy,
    OriginRequestPolicyProps, OriginRequestQueryStringBehavior,
};
pub use response_headers::{
    HeadersFrameOption, HeadersReferrerPolicy, ResponseCustomHeader, ResponseCustomHeadersBehavior,
    ResponseHeadersContentSecurityPolicy, ResponseHeadersContentTypeOptions,
    ResponseHeadersCorsBehavior, ResponseHeadersFrameOptions, ResponseHeadersPolicy,
    ResponseHeadersPolicyProps, ResponseHeadersReferrerPolicy,
    ResponseHeadersStrictTransportSecurity, ResponseHeadersXSSProtection,
    ResponseSecurityHeadersBehavior,
};

use crate::expr::Expr;
use crate::tree::NodeRef;

/// A policy: a managed one by id, or one of the stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum PolicyRef {
    Managed(&'static str),
    Node(NodeRef),
}

impl PolicyRef {
    pub(crate) fn id(self) -> Expr {
        match self {
            PolicyRef::Managed(id) => Expr::literal(id),
            PolicyRef::Node(n) => Expr::node_ref(n),
        }
    }
}

/// Declares managed policies: associated constants, their schema and their lowering.
macro_rules! managed_policies {
    (
        $ty:ident ($rust:literal, $what:literal) {
            $( $(#[$meta:meta])* $name:ident = $id:literal ),* $(,)?
        }
    ) => {
        impl $ty {
            $(
                $(#[$meta])*
                pub const $name: $ty = $ty($crate::policies::PolicyRef::Managed($id));
            )*

            #[doc(hidden)]
            /// The schema the macros parse this type's constants with.
            pub const SCHEMA: $crate::schema::EnumSchema = $crate::schema::EnumSchema {
                name: stringify!($ty),
                rust: $rust,
                what: $what,
                consts: &[$(stringify!($name)),*],
                factories: &[],
            };

            /// The policy's id: the managed policy's, or a `Ref` to the stack's.
            pub fn policy_id(&self) -> $crate::Expr {
                self.0.id()
            }

            /// The managed policies' constant names and ids (what a template that names one
            /// by id is read back as).
            pub const MANAGED_IDS: &'static [(&'static str, &'static str)] =
                &[$((stringify!($name), $id)),*];
        }

        $crate::define::const_kind!($ty { $($name),* });
    };
}
pub(crate) use managed_policies;
