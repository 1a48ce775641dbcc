//! Routing: the table a stack's model gives equals the one its template gives, for every
//! example; `synth()` warns about the unreachable behaviors the macros could not see; the
//! `routes` command reads programs and templates; the README shows the routing of `big` as the
//! command prints it.

use std::path::Path;
use std::process::ExitCode;

use cloudfront_dsl::build::{CHECK_ENV, Templates};
use cloudfront_dsl::distribution::{BehaviorOptions, Distribution, DistributionProps};
use cloudfront_dsl::output::{synth_all, unified_diff, write_if_changed};
use cloudfront_dsl::prelude::*;
use cloudfront_dsl::routing::{RouteError, RoutingTable};
use cloudfront_dsl::{Rule, cli};
use cloudfront_dsl_examples as examples;
use cloudfront_dsl_tests::{fixtures, golden};

/// What `routes ARGS` prints for `stacks`.
fn routes(stacks: &[Stack], args: &[&str]) -> (ExitCode, String) {
    let mut out = Vec::new();
    let args = std::iter::once("routes").chain(args.iter().copied());
    let status = cli::run_with_output(stacks, args.map(str::to_owned), &mut out);
    (
        status,
        String::from_utf8(out).expect("the command prints text"),
    )
}

#[test]
fn the_model_routes_as_the_template_does_for_every_example() {
    let examples = [
        examples::s3_origin::stacks(),
        examples::s3_website_origin::stacks(),
        examples::alb_origin::stacks(),
        examples::http_origin::stacks(),
        examples::default_behavior::stacks(),
        examples::add_behavior::stacks(),
        examples::multiple_behaviors::stacks(),
        examples::cache_policy_managed::stacks(),
        examples::cache_policy_custom::stacks(),
        examples::origin_request_policy_managed::stacks(),
        examples::origin_request_policy::stacks(),
        examples::big::stacks(),
        examples::custom_domain_cert::stacks(),
        examples::min_protocol_version::stacks(),
        examples::logging_default::stacks(),
        examples::logging_bucket::stacks(),
        examples::trusted_key_groups::stacks(),
        examples::web_dist_basic::stacks(),
        examples::web_dist_failover::stacks(),
        examples::cloudfront_function::stacks(),
        examples::cloudfront_function_kvs::stacks(),
        examples::routing::stacks(),
        examples::lambda_edge::stacks(),
        examples::lambda_edge_us_east_1::stacks(),
        examples::lambda_edge_stack_id::stacks(),
        examples::lambda_edge_behaviors::stacks(),
        examples::lambda_edge_imported_version::stacks(),
        examples::s3_bucket_origin_oac::stacks(),
        examples::response_headers_policy::stacks(),
        examples::origin_group::stacks(),
        examples::function_url_origin::stacks(),
        examples::vpc_origin::stacks(),
        examples::grpc_and_realtime_logs::stacks(),
    ];
    let mut distributions = 0;
    for stack in examples.iter().flatten() {
        let from_model = RoutingTable::of_stack(stack).unwrap();
        // A stack of an edge function outside us-east-1 synthesizes with its edge stack.
        let rendered = synth_all([stack]).unwrap();
        let template = serde_json::from_str(&rendered.last().unwrap().json).unwrap();
        let from_template = RoutingTable::from_template(&template).unwrap();
        assert_eq!(from_model, from_template, "{}", stack.name());
        distributions += from_model.distributions.len();
    }
    assert_eq!(
        distributions, 34,
        "every example has one distribution, lambda_edge_behaviors two"
    );
}

#[test]
fn routes_reads_a_template_as_it_reads_the_program() {
    let stacks = examples::routing::stacks();
    let (status, from_program) = routes(&stacks, &[]);
    assert_eq!(status, ExitCode::SUCCESS);
    // The CDK's template of the same app.
    let golden = fixtures().join("golden/routing.json");
    let (status, from_cdk) = routes(&[], &["--template", golden.to_str().unwrap()]);
    assert_eq!(status, ExitCode::SUCCESS);
    assert_eq!(from_program, from_cdk);
    for row in [
        "| 1 | `/api/v1/*` | legacy-api.example.com | https-only | CACHING_DISABLED |",
        "| 2 | `/api/*` | api.example.com | https-only | CACHING_DISABLED | ALL_VIEWER_EXCEPT_HOST_HEADER |",
        "| SECURITY_HEADERS |",
        "| viewer-request: function AppIndex99C2BD05 |",
        "| default | `*` (default) | SiteE53D7754.RegionalDomainName | redirect-to-https | CACHING_OPTIMIZED |",
    ] {
        assert!(from_cdk.contains(row), "{row}\n{from_cdk}");
    }
}

#[test]
fn routes_shows_lambda_at_edge_and_origin_groups_of_a_template() {
    let file = |name: &str| fixtures().join(format!("golden/{name}.json"));
    let path = file("lambda-edge-behaviors");
    let (status, out) = routes(&[], &["--template", path.to_str().unwrap()]);
    assert_eq!(status, ExitCode::SUCCESS);
    assert!(
        out.contains("| origin-request: Lambda@Edge MyFunctionCurrentVersion197490AF31518c33c111a98547c33cc483d84e5e (with body) |"),
        "{out}"
    );
    let path = file("web-dist-failover");
    let (status, out) = routes(&[], &["--template", path.to_str().unwrap()]);
    assert_eq!(status, ExitCode::SUCCESS);
    assert!(
        out.contains("myoriginbucket.s3.us-east-1.amazonaws.com/ → myoriginbucketfallback.s3.us-east-1.amazonaws.com/somewhere (fails over on 500)"),
        "{out}"
    );
}

#[test]
fn routes_refuses_what_it_cannot_read() {
    let stacks = examples::routing::stacks();
    let (status, out) = routes(&stacks, &["--template", "no/such/template.json"]);
    assert_eq!((status, out.as_str()), (ExitCode::FAILURE, ""));
    let (status, _) = routes(&stacks, &["--stack", "NoSuchStack"]);
    assert_eq!(status, ExitCode::FAILURE);
    let (status, _) = routes(&stacks, &["--out", "infra"]);
    assert_eq!(status, ExitCode::from(2));
    let mut out = Vec::new();
    let status = cli::run_with_output(&stacks, ["--mermaid".to_owned()], &mut out);
    assert_eq!((status, out.len()), (ExitCode::from(2), 0));
    let not_json = fixtures().join("public_key.pem");
    let (status, _) = routes(&[], &["--template", not_json.to_str().unwrap()]);
    assert_eq!(status, ExitCode::FAILURE);
}

/// A distribution whose behaviors are added with run-time patterns: `/api/*`, then the
/// patterns given.
fn with_patterns(stack: &mut Stack, patterns: &[&str]) -> Distribution {
    let origin = origins::HttpOrigin("www.example.com");
    let dist = Distribution::new(
        stack,
        "Cdn",
        DistributionProps::new(BehaviorOptions::new(origin.clone())),
    );
    for p in patterns {
        dist.add_behavior(stack, *p, origin.clone(), BehaviorOptions::default());
    }
    dist
}

#[test]
fn synth_warns_about_behaviors_that_never_apply() {
    let version = format!("v{}", 2);
    let mut stack = Stack::new("Warned");
    with_patterns(&mut stack, &["/api/*", &format!("/api/{version}/*"), "/**"]);
    let template = stack.synth().expect("a warning does not fail the synth");
    let warnings: Vec<(Rule, String)> = template
        .warnings()
        .iter()
        .map(|w| (w.violation.rule, w.path()))
        .collect();
    assert_eq!(
        warnings,
        [
            (
                Rule::UnreachableBehavior,
                r#"Cdn.additional_behaviors["/api/v2/*"]"#.to_owned()
            ),
            (Rule::UnreachableBehavior, "Cdn.default_behavior".to_owned()),
        ]
    );
    let text = template.warnings()[0].to_string();
    assert!(
        text.starts_with("warning[unreachable-behavior]: Cdn.additional_behaviors[\"/api/v2/*\"]: path pattern `/api/v2/*` never matches: `/api/*` comes first"),
        "{text}"
    );

    let mut strict = Stack::new("Strict").with_warnings_as_errors(true);
    with_patterns(&mut strict, &["/api/*", "/api/v2/*"]);
    let e = strict
        .synth()
        .expect_err("warnings are errors for this stack");
    assert_eq!(e.errors.len(), 1);
    assert!(
        e.to_string()
            .contains("error[unreachable-behavior]: Cdn.additional_behaviors[\"/api/v2/*\"]"),
        "{e}"
    );
}

#[test]
fn the_build_writer_reports_warnings_and_writes() {
    let mut stack = Stack::new("Written").with_env("123456789012", "us-east-1");
    with_patterns(&mut stack, &["*.jpg", "/images/*.jpg"]);
    let dir = std::env::temp_dir().join(format!("cloudfront-dsl-routing-{}", std::process::id()));
    let outcome = Templates::new(&dir).check(false).write([&stack]).unwrap();
    assert_eq!(outcome.warnings.len(), 1);
    assert_eq!(
        outcome.warnings[0].violation.rule,
        Rule::UnreachableBehavior
    );
    assert!(dir.join("Written.template.json").exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_unreachable_behavior_is_marked_in_the_table_and_the_diagram() {
    let mut stack = Stack::new("Marked");
    with_patterns(&mut stack, &["/api/*", "/api/v2/*"]);
    let (status, table) = routes(std::slice::from_ref(&stack), &[]);
    assert_eq!(status, ExitCode::SUCCESS);
    assert!(
        table.contains("| 2 | `/api/v2/*` | www.example.com | allow-all | CACHING_OPTIMIZED | covered by 1 `/api/*` |"),
        "{table}"
    );
    let (_, diagram) = routes(std::slice::from_ref(&stack), &["--mermaid"]);
    assert!(
        diagram.contains("request -.->|\"2: never\"| b2\n  class b2 unreachable"),
        "{diagram}"
    );
    assert!(diagram.contains("classDef unreachable"), "{diagram}");
}

#[test]
fn route_needs_a_distribution_of_the_stack() {
    let mut stack = Stack::new("Routes");
    let dist = with_patterns(&mut stack, &["/api/*"]);
    let imported = Distribution::from_distribution_attributes(
        &mut stack,
        "Imported",
        cloudfront_dsl::distribution::DistributionAttributes {
            domain_name: "d111111abcdef8.cloudfront.net".into(),
            distribution_id: "E1A2B3C4D5E6F7".into(),
        },
    );
    let not_in_stack = RouteError::NotInStack {
        stack: "Routes".to_owned(),
    };
    assert_eq!(imported.route(&stack, "/"), Err(not_in_stack.clone()));
    let other = Stack::new("Other");
    assert!(matches!(
        dist.route(&other, "/"),
        Err(RouteError::NotInStack { .. })
    ));
    // The path as CloudFront compares it: no leading `/` needed, the query string ignored.
    let route = dist.route(&stack, "api/x?y=/z").unwrap();
    assert_eq!(route.path_pattern.as_deref(), Some("/api/*"));
    assert_eq!(route.position, 0);
    assert_eq!(dist.route(&stack, "/apix").unwrap().position, 1);
}

/// The README's routing table and diagram of `big` are what `routes` prints: rewritten when
/// stale, or (with `CLOUDFRONT_DSL_CHECK` set, as in CI) a failure with the diff.
#[test]
fn the_readme_shows_the_routing_of_big() {
    let stacks = examples::big::stacks();
    let (status, table) = routes(&stacks, &[]);
    assert_eq!(status, ExitCode::SUCCESS);
    let (status, diagram) = routes(&stacks, &["--mermaid"]);
    assert_eq!(status, ExitCode::SUCCESS);
    // The parity test holds `big`'s template to the CDK's; its table is the template's.
    let from_cdk = RoutingTable::from_template(&golden("big")).unwrap();
    assert_eq!(table, from_cdk.to_markdown());

    let readme_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md");
    let readme = std::fs::read_to_string(&readme_path).unwrap();
    let begin = "<!-- routes of `big` (begin)";
    let end = "<!-- routes of `big` (end) -->";
    let start = readme
        .find(begin)
        .expect("the README has the routes of `big`");
    let start = start + readme[start..].find("-->\n").unwrap() + 4;
    let stop = readme.find(end).expect("the routes of `big` end");
    let generated = format!("{table}\n```mermaid\n{diagram}```\n");
    let current = &readme[start..stop];
    if current == generated {
        return;
    }
    let checking =
        std::env::var(CHECK_ENV).is_ok_and(|v| !v.is_empty() && v != "0" && v != "false");
    if checking {
        panic!(
            "the README's routes of `big` are stale; run `cargo test -p cloudfront-dsl-tests --test routing` without {CHECK_ENV}\n{}",
            unified_diff(
                current,
                &generated,
                "README.md (committed)",
                "README.md (generated)"
            )
        );
    }
    let updated = format!("{}{generated}{}", &readme[..start], &readme[stop..]);
    write_if_changed(&readme_path, &updated).unwrap();
}

/// A behavior whose target is an origin group routes to the group, with its members (by the
/// ids the template gives them) and the codes it fails over on.
#[test]
fn a_route_to_an_origin_group_names_its_members() {
    use cloudfront_dsl::routing::RouteTarget;
    let mut stack = Stack::new("Groups");
    let primary = origins::HttpOrigin("api.example.com");
    let fallback = origins::HttpOrigin("api-backup.example.com");
    let group = origins::Origin::group(
        origins::OriginGroupProps::default()
            .primary_origin(primary.clone())
            .fallback_origin(fallback.clone())
            .fallback_status_codes([503u16]),
    );
    let site = origins::HttpOrigin("www.example.com");
    let dist = Distribution::new(
        &mut stack,
        "Cdn",
        DistributionProps::new(BehaviorOptions::new(site.clone())),
    );
    dist.add_behavior(
        &mut stack,
        "/api/*",
        group.clone(),
        BehaviorOptions::default().allowed_methods(AllowedMethods::ALLOW_GET_HEAD_OPTIONS),
    );
    let api = dist.route(&stack, "/api/orders").unwrap();
    assert!(api.origin().is_none() && api.origin_group() == Some(&group));
    let RouteTarget::OriginGroup {
        id,
        primary: (primary_id, primary_origin),
        fallback: (fallback_id, fallback_origin),
        fallback_status_codes,
        selection_criteria,
        ..
    } = &api.target
    else {
        panic!("a route to an origin group: {:?}", api.target);
    };
    assert!(*primary_origin == primary && *fallback_origin == fallback);
    assert_eq!(
        (fallback_status_codes.as_slice(), *selection_criteria),
        (&[503u16][..], None)
    );
    // The ids are the template's: the group's `Id`, its members' `OriginId`s.
    let template = stack.synth().unwrap();
    let (_, resource) = template
        .resources()
        .find(|(_, r)| r.resource_type == "AWS::CloudFront::Distribution")
        .unwrap();
    let config = &resource.properties["DistributionConfig"];
    assert_eq!(config["OriginGroups"]["Items"][0]["Id"], id.as_str());
    let members: Vec<&str> = config["OriginGroups"]["Items"][0]["Members"]["Items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["OriginId"].as_str().unwrap())
        .collect();
    assert_eq!(members, [primary_id.as_str(), fallback_id.as_str()]);
    assert_eq!(config["CacheBehaviors"][0]["TargetOriginId"], id.as_str());
    // The default behavior's target is one origin.
    let home = dist.route(&stack, "/").unwrap();
    assert!(home.origin() == Some(&site) && home.origin_group().is_none());
}

/// `routes` shows each origin group of the example as its members and failover codes, as the
/// CDK's template of the same app says.
#[test]
fn routes_shows_the_origin_groups_of_a_program() {
    let (status, out) = routes(&examples::origin_group::stacks(), &[]);
    assert_eq!(status, ExitCode::SUCCESS);
    let path = fixtures().join("golden/origin-group.json");
    let (status, from_cdk) = routes(&[], &["--template", path.to_str().unwrap()]);
    assert_eq!(status, ExitCode::SUCCESS);
    assert_eq!(out, from_cdk);
    for row in [
        // The app's API group: the default codes, the fallback's origin path.
        "| `/api/*` | api.example.com → api-backup.example.com/v1 (fails over on 500, 502, 503, 504) |",
        // The site's group (the bucket, then the web server) on 404 and the 5xx codes, on two
        // behaviors.
        "| `/assets/*` | primaryBucket94FFFCFA.RegionalDomainName → www.example.com (fails over on 404, 500, 502, 503, 504) |",
        "| `*` (default) | primaryBucket94FFFCFA.RegionalDomainName → www.example.com (fails over on 404, 500, 502, 503, 504) |",
    ] {
        assert!(out.contains(row), "{row}\n{out}");
    }
}
