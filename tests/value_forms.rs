//! Values the macros take in forms beyond a bare literal: a whole expression of literals and
//! arithmetic is evaluated at compile time (and written into the template as its value), an
//! empty map is a map with no entries, and any other expression is checked by `synth()`.

use cloudfront_dsl::Rule;
use cloudfront_dsl::prelude::*;
use cloudfront_dsl_tests::{assert_matches_golden, lint_stacks, synth_text};
use serde_json::Value;

fn template(stack: &Stack) -> Value {
    match stack.synth() {
        Ok(t) => serde_json::from_str(&t.to_json_pretty()).unwrap(),
        Err(e) => panic!("{e}"),
    }
}

fn distribution_config(t: &Value) -> &Value {
    let resources = t["Resources"].as_object().unwrap();
    let (_, dist) = resources
        .iter()
        .find(|(_, r)| r["Type"] == "AWS::CloudFront::Distribution")
        .expect("a distribution");
    &dist["Properties"]["DistributionConfig"]
}

#[test]
fn literal_arithmetic_is_evaluated_at_compile_time() {
    let mut stack = Stack::new("Arithmetic");
    cache_policy!(stack, "Year", {
        max_ttl: Duration::seconds(1 * 60 * 60 * 24 * 365),
        default_ttl: Duration::seconds((60 + 30) * 2),
    });
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com", { http_port: 8000 + 80, https_port: (8443) }),
        },
    });
    let t = template(&stack);
    let policy = t["Resources"]
        .as_object()
        .unwrap()
        .values()
        .find(|r| r["Type"] == "AWS::CloudFront::CachePolicy")
        .unwrap();
    let config = &policy["Properties"]["CachePolicyConfig"];
    assert_eq!(config["MaxTTL"], 365 * 24 * 3600);
    assert_eq!(config["DefaultTTL"], 180);
    let origin = &distribution_config(&t)["Origins"][0]["CustomOriginConfig"];
    assert_eq!(origin["HTTPPort"], 8080);
    assert_eq!(origin["HTTPSPort"], 8443);
    lint_stacks([&stack]);
}

#[test]
fn empty_maps_are_maps_without_entries() {
    let mut stack = Stack::new("EmptyMaps");
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com", { custom_headers: {} }),
        },
        additional_behaviors: {},
    });
    let config = distribution_config(&template(&stack)).clone();
    assert!(config.get("CacheBehaviors").is_none(), "{config:#}");
    assert!(
        config["Origins"][0].get("OriginCustomHeaders").is_none(),
        "{config:#}"
    );
    lint_stacks([&stack]);
}

#[test]
fn other_expressions_are_checked_by_synth() {
    let mut stack = Stack::new("Expressions");
    let minutes: u64 = 3;
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com", { read_timeout: Duration::seconds(minutes * 60) }),
        },
    });
    let e = stack
        .synth()
        .expect_err("a read timeout of 180 s is above the quota");
    let found: Vec<(Rule, String)> = e
        .errors
        .iter()
        .map(|v| (v.violation.rule, v.path()))
        .collect();
    assert_eq!(
        found,
        [(
            Rule::OriginResponseTimeout,
            "myDist.default_behavior.origin.read_timeout".to_owned()
        )]
    );
}

#[test]
fn a_list_is_the_values_of_a_factory_that_takes_them_one_by_one() {
    // The CDK writes `GeoRestriction.allowlist(["US", "GB"])`; the DSL also takes the values
    // one by one, as the CDK's Python does.
    let mut stack = Stack::new("GeoList");
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        geo_restriction: GeoRestriction::allowlist(["US", "GB"]),
    });
    let t = template(&stack);
    let geo = &distribution_config(&t)["Restrictions"]["GeoRestriction"];
    assert_eq!(geo["RestrictionType"], "whitelist");
    assert_eq!(geo["Locations"], serde_json::json!(["US", "GB"]));
}

#[test]
fn a_prop_written_alone_takes_the_variable_of_its_name() {
    // Rust's (and JavaScript's) field init shorthand: `{ origin }` is `{ origin: origin }`.
    let mut stack = Stack::new("Shorthand");
    let origin = origins::HttpOrigin("www.example.com");
    let comment = "shared origin";
    distribution!(stack, "myDist", {
        default_behavior: { origin },
        comment,
    });
    let t = template(&stack);
    let config = distribution_config(&t);
    assert_eq!(config["Comment"], "shared origin");
    assert_eq!(config["Origins"][0]["DomainName"], "www.example.com");
}

#[test]
fn an_origin_is_shared_by_the_behaviors_that_name_it_without_clone() {
    let mut stack = Stack::new("SharedOrigin");
    let api = origins::HttpOrigin("api.example.com");
    let dist = distribution!(stack, "myDist", {
        default_behavior: { origin: api },
        additional_behaviors: {
            "/v1/*": { origin: api },
            "/v2/*": { origin: &api },
        },
    });
    // Still the caller's, after the invocation.
    let route = dist.route(&stack, "/v2/x").unwrap();
    assert!(route.origin() == Some(&api));
    let t = template(&stack);
    let config = distribution_config(&t);
    assert_eq!(config["Origins"].as_array().unwrap().len(), 1);
}

/// A list variable given to a factory that takes names one by one is spread, as the CDK's
/// `allowList(...names)`: the cache policy of the CDK's "custom cache policy" app, its lists
/// bound outside the macro (a `Vec<&str>` and an array).
#[test]
fn a_list_variable_is_spread_into_a_cache_policy_factory() {
    let mut stack = Stack::new("CachePolicyCustomStack").with_env("123456789012", "us-east-1");
    #[allow(deprecated)]
    let bucket_origin = origins::S3Origin(s3::Bucket::new(&mut stack, "myBucket"));
    let headers = vec!["X-CustomHeader"];
    let query_strings = ["username"];
    let my_cache_policy = cache_policy!(stack, "myCachePolicy", {
        cache_policy_name: "MyPolicy",
        comment: "A default policy",
        default_ttl: Duration::days(2),
        min_ttl: Duration::minutes(1),
        max_ttl: Duration::days(10),
        cookie_behavior: CacheCookieBehavior::all(),
        header_behavior: CacheHeaderBehavior::allow_list(headers),
        query_string_behavior: CacheQueryStringBehavior::deny_list(query_strings),
        enable_accept_encoding_gzip: true,
        enable_accept_encoding_brotli: true,
    });
    distribution!(stack, "myDistCustomPolicy", {
        default_behavior: { origin: bucket_origin, cache_policy: my_cache_policy },
    });
    assert_matches_golden(&stack, "cache-policy-custom");
}

/// The origin request policy of the CDK's app, its lists a slice and a `Vec<String>`.
#[test]
fn a_list_variable_is_spread_into_an_origin_request_policy_factory() {
    let mut stack = Stack::new("OriginRequestPolicyStack").with_env("123456789012", "us-east-1");
    #[allow(deprecated)]
    let bucket_origin = origins::S3Origin(s3::Bucket::new(&mut stack, "myBucket"));
    let headers: &[&str] = &["X-CustomHeader"];
    let my_cache_policy = cache_policy!(stack, "myCachePolicy", {
        cache_policy_name: "MyPolicy",
        comment: "A default policy",
        default_ttl: Duration::days(2),
        min_ttl: Duration::minutes(1),
        max_ttl: Duration::days(10),
        cookie_behavior: CacheCookieBehavior::all(),
        header_behavior: CacheHeaderBehavior::allow_list(headers),
        query_string_behavior: CacheQueryStringBehavior::deny_list("username"),
        enable_accept_encoding_gzip: true,
        enable_accept_encoding_brotli: true,
    });
    let viewer_headers = vec![String::from("CloudFront-Is-Android-Viewer")];
    let query_strings = &vec!["username"];
    let my_origin_request_policy = origin_request_policy!(stack, "OriginRequestPolicy", {
        origin_request_policy_name: "MyPolicy",
        comment: "A default policy",
        cookie_behavior: OriginRequestCookieBehavior::none(),
        header_behavior: OriginRequestHeaderBehavior::all(viewer_headers),
        query_string_behavior: OriginRequestQueryStringBehavior::allow_list(query_strings),
    });
    distribution!(stack, "myDistCustomPolicy", {
        default_behavior: {
            origin: bucket_origin,
            cache_policy: my_cache_policy,
            origin_request_policy: my_origin_request_policy,
        },
    });
    assert_matches_golden(&stack, "origin-request-policy");
}

/// The CDK's geo restriction app, its countries an array bound outside the macro.
#[test]
fn a_list_variable_is_spread_into_a_geo_restriction() {
    let mut stack = Stack::new("WebDistGeoStack").with_env("123456789012", "us-east-1");
    let source_bucket = s3::Bucket::new(&mut stack, "Bucket");
    let countries = ["US", "GB"];
    web_distribution!(stack, "MyDistribution", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: source_bucket },
            behaviors: [{ is_default_behavior: true }],
        }],
        geo_restriction: GeoRestriction::allowlist(countries),
    });
    assert_matches_golden(&stack, "web-dist-geo");
}

/// The deny lists (no golden has one of cookies, nor a distribution's geo restriction): a list
/// variable gives the template the literal form gives, and names given one by one may mix
/// with it, in order.
#[test]
fn a_list_variable_gives_the_template_of_the_literal_form() {
    fn policies(literal: bool) -> Stack {
        let mut stack = Stack::new("Lists").with_env("123456789012", "us-east-1");
        let cookies = vec!["session", "tracking"];
        let countries: Vec<String> = vec!["DE".into(), "FR".into()];
        let policy = if literal {
            origin_request_policy!(stack, "forward", {
                cookie_behavior: OriginRequestCookieBehavior::deny_list("session", "tracking", "ab"),
                query_string_behavior: OriginRequestQueryStringBehavior::deny_list("q", "debug"),
            })
        } else {
            let debug = String::from("debug");
            origin_request_policy!(stack, "forward", {
                cookie_behavior: OriginRequestCookieBehavior::deny_list(cookies, "ab"),
                query_string_behavior: OriginRequestQueryStringBehavior::deny_list("q", debug),
            })
        };
        let geo = if literal {
            distribution!(stack, "myDist", {
                default_behavior: { origin: origins::HttpOrigin("www.example.com"), origin_request_policy: policy },
                geo_restriction: GeoRestriction::denylist("DE", "FR"),
            })
        } else {
            distribution!(stack, "myDist", {
                default_behavior: { origin: origins::HttpOrigin("www.example.com"), origin_request_policy: policy },
                geo_restriction: GeoRestriction::denylist(&countries),
            })
        };
        let _ = geo;
        stack
    }
    let literal = policies(true);
    assert_eq!(synth_text(&policies(false)), synth_text(&literal));
    let t = template(&literal);
    let geo = &distribution_config(&t)["Restrictions"]["GeoRestriction"];
    assert_eq!(geo["Locations"], serde_json::json!(["DE", "FR"]));
    lint_stacks([&literal]);
}

/// The names of a list variable are checked by `synth()` with the rules of literal names, the
/// error naming the name's place in the list.
#[test]
fn a_bad_name_in_a_list_variable_is_an_error_at_its_path() {
    let mut stack = Stack::new("BadLists").with_env("123456789012", "us-east-1");
    let headers = vec!["X-Tenant", "X Bad"];
    let cookies: &[&str] = &["a", "a"];
    cache_policy!(stack, "lists", {
        header_behavior: CacheHeaderBehavior::allow_list(headers),
        cookie_behavior: CacheCookieBehavior::allow_list(cookies),
    });
    let countries = ["US", "XX"];
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        geo_restriction: GeoRestriction::allowlist(countries),
    });
    let e = stack.synth().expect_err("bad names");
    let found: Vec<String> = e.errors.iter().map(|v| v.path()).collect();
    for path in [
        "lists.header_behavior.names[1]",
        "lists.cookie_behavior.names[1]",
        "myDist.geo_restriction.locations[1]",
    ] {
        assert!(found.iter().any(|p| p == path), "{path} not in {found:?}");
    }
    assert_eq!(found.len(), 3, "{e}");
}

/// The CDK's "custom cache policy" app with its values defined once outside the macros, as a
/// CDK user writes `const origin = new origins.S3Origin(bucket)` and the behaviors in variables:
/// `value!` gives the template of the CDK's app.
#[test]
#[allow(deprecated)]
fn values_defined_outside_the_macros_give_the_cdk_template() {
    let mut stack = Stack::new("CachePolicyCustomStack").with_env("123456789012", "us-east-1");
    let bucket_origin = value!(origins::S3Origin(s3::Bucket::new(&mut stack, "myBucket")));
    let two_days = value!(Duration::days(2));
    let cookies = value!(CacheCookieBehavior::all());
    let headers = value!(CacheHeaderBehavior::allow_list("X-CustomHeader"));
    let query_strings = value!(CacheQueryStringBehavior::deny_list("username"));
    let my_cache_policy = cache_policy!(stack, "myCachePolicy", {
        cache_policy_name: "MyPolicy",
        comment: "A default policy",
        default_ttl: two_days,
        min_ttl: value!(Duration::minutes(1)),
        max_ttl: value!(Duration::days(10)),
        cookie_behavior: cookies,
        header_behavior: headers,
        query_string_behavior: query_strings,
        enable_accept_encoding_gzip: true,
        enable_accept_encoding_brotli: true,
    });
    distribution!(stack, "myDistCustomPolicy", {
        default_behavior: { origin: bucket_origin, cache_policy: my_cache_policy },
    });
    assert_matches_golden(&stack, "cache-policy-custom");
    lint_stacks([&stack]);
}

/// Two stacks, one with every value inline and one with the same values from `value!`: one
/// template, byte for byte.
#[test]
fn a_value_from_value_gives_the_template_of_the_inline_form() {
    let arn = "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555";
    let mut inline = Stack::new("Shared").with_env("123456789012", "us-east-1");
    distribution!(inline, "Cdn", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com", { origin_id: "web", http_port: 8080, read_timeout: Duration::seconds(45) }),
            cache_policy: CachePolicy::CACHING_OPTIMIZED,
        },
        additional_behaviors: {
            "/img/*": { origin: origins::HttpOrigin("img.example.com", { origin_path: "/static" }) },
        },
        geo_restriction: GeoRestriction::denylist("KP", "IR"),
        domain_names: ["www.example.com"],
        certificate: acm::Certificate::from_certificate_arn(arn),
        price_class: PriceClass::PRICE_CLASS_100,
    });
    let mut shared = Stack::new("Shared").with_env("123456789012", "us-east-1");
    let web = value!(origins::HttpOrigin("www.example.com", { origin_id: "web", http_port: 8080, read_timeout: Duration::seconds(45) }));
    let img = value!(origins::HttpOrigin("img.example.com", { origin_path: "/static" }));
    let geo = value!(GeoRestriction::denylist("KP", "IR"));
    let certificate = value!(acm::Certificate::from_certificate_arn(arn));
    distribution!(shared, "Cdn", {
        default_behavior: { origin: web, cache_policy: value!(CachePolicy::CACHING_OPTIMIZED) },
        additional_behaviors: { "/img/*": { origin: img } },
        geo_restriction: geo,
        domain_names: ["www.example.com"],
        certificate: certificate,
        price_class: value!(PriceClass::PRICE_CLASS_100),
    });
    assert_eq!(synth_text(&shared), synth_text(&inline));
    // The origin stays usable: it is one origin wherever it is named.
    assert_eq!(web.kind_name(), "HttpOrigin");
    lint_stacks([&shared]);
}

/// A list prop given by a variable takes any list of its items or of strings (a reference to a
/// `Vec<&str>`, a slice of `String`s, an iterator): the CDK's "domain names and certificates"
/// app, with its domain names in a variable.
#[test]
#[allow(deprecated)]
fn a_list_prop_takes_any_list_of_strings() {
    let names = vec!["www.example.com"];
    let owned = [String::from("www.example.com")];
    let arn = "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555";
    let by_reference = {
        let mut stack = Stack::new("CustomDomainCertStack").with_env("123456789012", "us-east-1");
        let my_bucket = s3::Bucket::new(&mut stack, "myBucket");
        distribution!(stack, "myDist", {
            default_behavior: { origin: origins::S3Origin(my_bucket) },
            domain_names: &names,
            certificate: acm::Certificate::from_certificate_arn(arn),
        });
        stack
    };
    assert_matches_golden(&by_reference, "custom-domain-cert");
    for domain_names in [
        owned[..].iter().map(String::as_str).collect::<Vec<_>>(),
        names.clone(),
    ] {
        let mut stack = Stack::new("CustomDomainCertStack").with_env("123456789012", "us-east-1");
        let my_bucket = s3::Bucket::new(&mut stack, "myBucket");
        distribution!(stack, "myDist", {
            default_behavior: { origin: origins::S3Origin(my_bucket) },
            domain_names: domain_names.iter(),
            certificate: acm::Certificate::from_certificate_arn(arn),
        });
        assert_eq!(synth_text(&stack), synth_text(&by_reference));
    }
    let mut slice = Stack::new("CustomDomainCertStack").with_env("123456789012", "us-east-1");
    let my_bucket = s3::Bucket::new(&mut slice, "myBucket");
    distribution!(slice, "myDist", {
        default_behavior: { origin: origins::S3Origin(my_bucket) },
        domain_names: &owned[..],
        certificate: acm::Certificate::from_certificate_arn(arn),
    });
    assert_eq!(synth_text(&slice), synth_text(&by_reference));
    lint_stacks([&by_reference]);
}
