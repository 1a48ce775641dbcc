//! `AWS::CloudFront::Distribution` as `distribution!`, with its origins (`HttpOrigin`, and
//! `S3Origin` with the origin access identity and bucket policy statement it writes) and
//! behaviors.

use serde_json::{Map, Value, json};

use super::{constant, managed, of_type, only_attributes, referenced};
use crate::import::Context;
use crate::import::fields::{Fields, Result, Unsupported};
use crate::import::ids;
use crate::import::syntax::{Node, Stmt};
use cloudfront_model::distribution::{
    AllowedMethods, CachedMethods, HttpVersion, PriceClass, SSLMethod, SecurityPolicyProtocol,
    ViewerProtocolPolicy,
};
use cloudfront_model::functions::FunctionEventType;
use cloudfront_model::naming::{keep_first, keep_last, logical_id, unique_id};
use cloudfront_model::origins::{OriginProtocolPolicy, OriginSslPolicy};
use cloudfront_model::policies::{CachePolicy, OriginRequestPolicy, ResponseHeadersPolicy};

/// CloudFront's limit on the length of an origin id, and of an origin access identity's
/// comment, which the model cuts generated ones to.
const MAX_GENERATED: usize = 128;

pub(super) fn translate(cx: &mut Context<'_>) {
    for (logical_id, resource) in of_type(cx, "AWS::CloudFront::Distribution") {
        match distribution(cx, logical_id, resource) {
            Ok(mut translated) => {
                // Bound to a variable for the records and outputs that refer to it (and
                // unbound again when none does).
                for stmt in &mut translated.stmts {
                    if let Stmt::Construct {
                        mac: "distribution",
                        var,
                        id,
                        ..
                    } = stmt
                    {
                        let v = cx.variable(id);
                        cx.vars.insert(logical_id.clone(), v.clone());
                        cx.construct_ids.insert(logical_id.clone(), id.clone());
                        *var = Some(v);
                    }
                }
                cx.taken.insert(logical_id.clone());
                cx.taken.extend(translated.writes);
                cx.used.extend(translated.uses);
                cx.deprecated |= translated.deprecated;
                cx.stmts.extend(translated.stmts);
            }
            Err(why) => cx.unsupported(logical_id, why),
        }
    }
}

/// The stack name the first origin id of a distribution derives from.
pub(super) fn stack_name(resources: &Map<String, Value>) -> Option<String> {
    resources.iter().find_map(|(logical_id, r)| {
        if r.get("Type")?.as_str()? != "AWS::CloudFront::Distribution" {
            return None;
        }
        let id = ids::top_level(logical_id).id;
        let origin_id = r
            .pointer("/Properties/DistributionConfig/Origins/0/Id")?
            .as_str()?;
        ids::stack_name_from_unique_id(origin_id, &[&id, "Origin1"])
    })
}

/// The read access `S3Origin`s grant their identities on one bucket.
struct Grant {
    bucket: String,
    construct: String,
    identities: Vec<String>,
}

struct Translated {
    stmts: Vec<Stmt>,
    grants: Vec<Grant>,
    /// The resources the construct writes besides its own.
    writes: Vec<String>,
    /// The variables it refers to.
    uses: Vec<String>,
    deprecated: bool,
}

/// An origin of the template, as the source writes it.
struct OriginSource {
    node: Node,
    /// Whether it uses the deprecated `S3Origin`.
    deprecated: bool,
    /// The domain and props of an HTTP origin with props (which a variable outside the
    /// macro gets with the props' setters).
    http_props: Option<(String, Vec<(String, Node)>)>,
}

fn distribution(cx: &Context<'_>, logical_id: &str, resource: &Value) -> Result<Translated> {
    only_attributes(resource, &[])?;
    let id = ids::top_level(logical_id);
    let mut properties = Fields::new(
        resource.get("Properties").unwrap_or(&Value::Null),
        "Properties",
    )?;
    let config = properties.required("DistributionConfig")?;
    properties.finish()?;
    let mut config = Fields::new(&config, "Properties.DistributionConfig")?;
    let mut out = Translated {
        stmts: Vec::new(),
        grants: Vec::new(),
        writes: Vec::new(),
        uses: Vec::new(),
        deprecated: false,
    };

    let origins = match config.required("Origins")? {
        Value::Array(items) if !items.is_empty() => items,
        _ => return Err(Unsupported::new("its `Origins` is not a list of origins")),
    };
    let origin_ids: Vec<String> = origins
        .iter()
        .map(|o| {
            o.get("Id")
                .and_then(Value::as_str)
                .map(str::to_owned)
                .ok_or_else(|| Unsupported::new("an origin has no `Id`"))
        })
        .collect::<Result<_>>()?;
    let default_behavior = config.required("DefaultCacheBehavior")?;
    let additional = match config.take("CacheBehaviors") {
        None => Vec::new(),
        Some(Value::Array(items)) => items,
        Some(_) => return Err(Unsupported::new("its `CacheBehaviors` is not a list")),
    };

    // The model numbers origins in the order behaviors first use them.
    let mut uses = vec![0usize; origins.len()];
    let mut order = Vec::new();
    for b in std::iter::once(&default_behavior).chain(&additional) {
        let target = b
            .get("TargetOriginId")
            .and_then(Value::as_str)
            .ok_or_else(|| Unsupported::new("a behavior has no `TargetOriginId`"))?;
        let index = origin_ids
            .iter()
            .position(|o| o == target)
            .ok_or_else(|| Unsupported::new(format!("no origin has the id `{target}`")))?;
        if uses[index] == 0 {
            order.push(index);
        }
        uses[index] += 1;
    }
    if order != (0..origins.len()).collect::<Vec<_>>() {
        return Err(Unsupported::new(
            "its origins are not in the order its behaviors first use them (or one is unused)",
        ));
    }

    let mut origin_nodes = Vec::new();
    for (i, origin) in origins.iter().enumerate() {
        let n = i + 1;
        let generated = keep_last(
            &unique_id(&[&cx.stack_name, &id.id, &format!("Origin{n}")]),
            MAX_GENERATED,
        )
        .to_owned();
        let source = origin_source(cx, &id.id, n, origin, &generated, &mut out)?;
        out.deprecated |= source.deprecated;
        if uses[i] > 1 {
            let var = format!("{}_origin{n}", ids::variable(&id.id));
            out.stmts.push(match source.http_props {
                Some((domain, props)) => Stmt::LetHttpOrigin {
                    var: var.clone(),
                    domain,
                    props,
                },
                None => Stmt::Let {
                    comment: vec![],
                    var: var.clone(),
                    value: source.node,
                },
            });
            origin_nodes.push(Node::call(format!("{var}.clone"), vec![]));
        } else {
            origin_nodes.push(source.node);
        }
    }
    for grant in std::mem::take(&mut out.grants) {
        out.writes.push(bucket_policy(cx, &grant)?);
    }
    let origin_of = |b: &Value| -> Node {
        let target = b
            .get("TargetOriginId")
            .and_then(Value::as_str)
            .unwrap_or("");
        let index = origin_ids.iter().position(|o| o == target).unwrap_or(0);
        origin_nodes[index].clone()
    };

    let mut props = Vec::new();
    let path = "Properties.DistributionConfig.DefaultCacheBehavior";
    props.push((
        "default_behavior".to_owned(),
        behavior(
            cx,
            &default_behavior,
            path,
            origin_of(&default_behavior),
            false,
            &mut out,
        )?,
    ));
    if !additional.is_empty() {
        let mut map = Vec::new();
        for (i, b) in additional.iter().enumerate() {
            let path = format!("Properties.DistributionConfig.CacheBehaviors.{i}");
            let pattern = b
                .get("PathPattern")
                .and_then(Value::as_str)
                .ok_or_else(|| Unsupported::new(format!("`{path}.PathPattern` is missing")))?
                .to_owned();
            map.push((
                pattern,
                behavior(cx, b, &path, origin_of(b), true, &mut out)?,
            ));
        }
        props.push(("additional_behaviors".to_owned(), Node::Map(map)));
    }
    if let Some(comment) = config.string("Comment")? {
        props.push(("comment".to_owned(), Node::Str(comment)));
    }
    if let Some(object) = config.string("DefaultRootObject")? {
        props.push(("default_root_object".to_owned(), Node::Str(object)));
    }
    match config.bool("Enabled")? {
        Some(true) => {}
        Some(false) => props.push(("enabled".to_owned(), Node::Bool(false))),
        None => {
            return Err(Unsupported::new(
                "its `Enabled` is missing (the model writes it)",
            ));
        }
    }
    let version = config
        .string("HttpVersion")?
        .ok_or_else(|| Unsupported::new("its `HttpVersion` is missing (the model writes it)"))?;
    if version != HttpVersion::HTTP2.cfn_value() {
        let path = "Properties.DistributionConfig.HttpVersion";
        let node = constant(
            "HttpVersion",
            HttpVersion::ALL,
            HttpVersion::cfn_value,
            HttpVersion::name,
            &version,
            path,
        )?;
        props.push(("http_version".to_owned(), node));
    }
    match config.bool("IPV6Enabled")? {
        Some(true) => {}
        Some(false) => props.push(("enable_ipv6".to_owned(), Node::Bool(false))),
        None => {
            return Err(Unsupported::new(
                "its `IPV6Enabled` is missing (the model writes it)",
            ));
        }
    }
    if let Some(aliases) = config.strings("Aliases")? {
        props.push((
            "domain_names".to_owned(),
            Node::List(aliases.into_iter().map(Node::Str).collect()),
        ));
    }
    if let Some(certificate) = config.take("ViewerCertificate") {
        viewer_certificate(&certificate, &mut props)?;
    }
    if let Some(class) = config.string("PriceClass")? {
        let path = "Properties.DistributionConfig.PriceClass";
        let node = constant(
            "PriceClass",
            PriceClass::ALL,
            PriceClass::cfn_value,
            PriceClass::name,
            &class,
            path,
        )?;
        props.push(("price_class".to_owned(), node));
    }
    config.finish()?;

    let attrs = match &id.logical_id_override {
        Some(l) => vec![format!(
            "#![override_logical_id({})]",
            crate::import::syntax::string_literal(l)
        )],
        None => vec![],
    };
    out.stmts.push(Stmt::Construct {
        comment: vec![],
        var: None,
        mac: "distribution",
        id: id.id,
        attrs,
        props,
    });
    Ok(out)
}

/// A certificate of ACM given by its ARN, and the TLS settings that go with it.
fn viewer_certificate(value: &Value, props: &mut Vec<(String, Node)>) -> Result<()> {
    let path = "Properties.DistributionConfig.ViewerCertificate";
    let mut fields = Fields::new(value, path)?;
    let arn = fields.string("AcmCertificateArn")?.ok_or_else(|| {
        Unsupported::new(format!(
            "`{path}` is not an ACM certificate given by a literal ARN (the import covers only those yet)"
        ))
    })?;
    props.push((
        "certificate".to_owned(),
        Node::call(
            "acm::Certificate::from_certificate_arn",
            vec![Node::Str(arn)],
        ),
    ));
    // The model writes both with a certificate.
    let version = fields
        .string("MinimumProtocolVersion")?
        .ok_or_else(|| Unsupported::new(format!("`{path}.MinimumProtocolVersion` is missing")))?;
    if version != SecurityPolicyProtocol::TLS_V1_2_2021.cfn_value() {
        let node = constant(
            "SecurityPolicyProtocol",
            SecurityPolicyProtocol::ALL,
            SecurityPolicyProtocol::cfn_value,
            SecurityPolicyProtocol::name,
            &version,
            &format!("{path}.MinimumProtocolVersion"),
        )?;
        props.push(("minimum_protocol_version".to_owned(), node));
    }
    let method = fields
        .string("SslSupportMethod")?
        .ok_or_else(|| Unsupported::new(format!("`{path}.SslSupportMethod` is missing")))?;
    if method != SSLMethod::SNI.cfn_value() {
        let node = constant(
            "SSLMethod",
            SSLMethod::ALL,
            SSLMethod::cfn_value,
            SSLMethod::name,
            &method,
            &format!("{path}.SslSupportMethod"),
        )?;
        props.push(("ssl_support_method".to_owned(), node));
    }
    fields.finish()
}

/// The source of origin number `n` of distribution `dist`, whose generated id is `generated`.
fn origin_source(
    cx: &Context<'_>,
    dist: &str,
    n: usize,
    origin: &Value,
    generated: &str,
    out: &mut Translated,
) -> Result<OriginSource> {
    let path = format!("Properties.DistributionConfig.Origins.{}", n - 1);
    let mut fields = Fields::new(origin, path.clone())?;
    let origin_id = fields.string("Id")?.unwrap_or_default();
    let domain = fields.required("DomainName")?;
    let mut props = Vec::new();
    if origin_id != generated {
        props.push(("origin_id".to_owned(), Node::Str(origin_id)));
    }
    if let Some(p) = fields.string("OriginPath")? {
        props.push(("origin_path".to_owned(), Node::Str(p)));
    }
    if let Some(n) = fields.uint("ConnectionAttempts")? {
        props.push(("connection_attempts".to_owned(), Node::Int(n)));
    }
    if let Some(s) = fields.uint("ConnectionTimeout")? {
        props.push(("connection_timeout".to_owned(), super::duration(s)));
    }
    if let Some(custom) = fields.take("CustomOriginConfig") {
        let Value::String(domain) = domain else {
            return Err(Unsupported::new(format!(
                "`{path}.DomainName` is not a string (the import writes literal domain names only yet)"
            )));
        };
        http_origin_props(&custom, &format!("{path}.CustomOriginConfig"), &mut props)?;
        fields.finish()?;
        let mut args = vec![Node::Str(domain.clone())];
        let mut http_props = None;
        if !props.is_empty() {
            args.push(Node::Block(props.clone()));
            http_props = Some((domain, props));
        }
        return Ok(OriginSource {
            node: Node::call("origins::HttpOrigin", args),
            deprecated: false,
            http_props,
        });
    }
    let s3 = fields.required("S3OriginConfig")?;
    fields.finish()?;
    if !props.is_empty() {
        return Err(Unsupported::new(format!(
            "`{path}` has props the import does not write for an S3 origin yet"
        )));
    }
    let bucket_id = domain
        .pointer("/Fn::GetAtt/0")
        .and_then(Value::as_str)
        .ok_or_else(|| {
            Unsupported::new(format!("`{path}.DomainName` is not a bucket's domain name"))
        })?;
    let bucket = referenced(cx, &domain, Some("RegionalDomainName")).ok_or_else(|| {
        Unsupported::new(format!(
            "`{path}.DomainName` names bucket `{bucket_id}`, which is not a `bucket!` of the source"
        ))
    })?;
    let bucket_construct = cx.construct_ids.get(bucket_id).cloned().unwrap_or_default();
    // `S3Origin` writes an origin access identity, and a statement of the bucket's policy
    // that lets it read.
    let identity = logical_id(&[dist, &format!("Origin{n}"), "S3Origin", "Resource"]);
    let expected_identity = json!({
        "Type": "AWS::CloudFront::CloudFrontOriginAccessIdentity",
        "Properties": { "CloudFrontOriginAccessIdentityConfig": {
            "Comment": keep_first(&format!("Identity for {generated}"), MAX_GENERATED),
        }},
    });
    if cx.resources.get(&identity) != Some(&expected_identity) {
        return Err(Unsupported::new(format!(
            "`{path}` is an S3 origin without the origin access identity `S3Origin` writes (`{identity}`)"
        )));
    }
    if s3
        != json!({ "OriginAccessIdentity": { "Fn::Join": ["", ["origin-access-identity/cloudfront/", { "Ref": identity }]] } })
    {
        return Err(Unsupported::new(format!(
            "`{path}.S3OriginConfig` is not the origin access identity `S3Origin` writes"
        )));
    }
    match out.grants.iter_mut().find(|g| g.bucket == bucket_id) {
        Some(grant) => grant.identities.push(identity.clone()),
        None => out.grants.push(Grant {
            bucket: bucket_id.to_owned(),
            construct: bucket_construct,
            identities: vec![identity.clone()],
        }),
    }
    out.writes.push(identity);
    out.uses.push(bucket.clone());
    Ok(OriginSource {
        node: Node::call("origins::S3Origin", vec![Node::Path(bucket)]),
        deprecated: true,
        http_props: None,
    })
}

/// The logical id of the bucket policy `grant` writes, if the template's is exactly it.
fn bucket_policy(cx: &Context<'_>, grant: &Grant) -> Result<String> {
    let policy = logical_id(&[&grant.construct, "Policy", "Resource"]);
    let statements: Vec<Value> = grant
        .identities
        .iter()
        .map(|identity| {
            json!({
                "Action": "s3:GetObject",
                "Effect": "Allow",
                "Principal": { "CanonicalUser": { "Fn::GetAtt": [identity, "S3CanonicalUserId"] } },
                "Resource": { "Fn::Join": ["", [{ "Fn::GetAtt": [grant.bucket, "Arn"] }, "/*"]] },
            })
        })
        .collect();
    let expected = json!({
        "Type": "AWS::S3::BucketPolicy",
        "Properties": {
            "Bucket": { "Ref": grant.bucket },
            "PolicyDocument": { "Statement": statements, "Version": "2012-10-17" },
        },
    });
    if cx.resources.get(&policy) != Some(&expected) || cx.taken.contains(&policy) {
        return Err(Unsupported::new(format!(
            "the policy of bucket `{}` is not the statements its `S3Origin`s write",
            grant.bucket
        )));
    }
    Ok(policy)
}

fn http_origin_props(custom: &Value, path: &str, props: &mut Vec<(String, Node)>) -> Result<()> {
    let mut fields = Fields::new(custom, path)?;
    let policy = fields
        .string("OriginProtocolPolicy")?
        .ok_or_else(|| Unsupported::new(format!("`{path}.OriginProtocolPolicy` is missing")))?;
    if policy != OriginProtocolPolicy::HTTPS_ONLY.cfn_value() {
        let node = constant(
            "OriginProtocolPolicy",
            OriginProtocolPolicy::ALL,
            OriginProtocolPolicy::cfn_value,
            OriginProtocolPolicy::name,
            &policy,
            &format!("{path}.OriginProtocolPolicy"),
        )?;
        props.push(("protocol_policy".to_owned(), node));
    }
    for (key, prop) in [("HTTPPort", "http_port"), ("HTTPSPort", "https_port")] {
        if let Some(port) = fields.uint(key)? {
            props.push((prop.to_owned(), Node::Int(port)));
        }
    }
    for (key, prop) in [
        ("OriginReadTimeout", "read_timeout"),
        ("OriginKeepaliveTimeout", "keepalive_timeout"),
    ] {
        if let Some(s) = fields.uint(key)? {
            props.push((prop.to_owned(), super::duration(s)));
        }
    }
    let protocols = fields.strings("OriginSSLProtocols")?;
    if let Some(protocols) = protocols
        && protocols != [OriginSslPolicy::TLS_V1_2.cfn_value()]
    {
        let nodes = protocols
            .iter()
            .map(|p| {
                constant(
                    "OriginSslPolicy",
                    OriginSslPolicy::ALL,
                    OriginSslPolicy::cfn_value,
                    OriginSslPolicy::name,
                    p,
                    &format!("{path}.OriginSSLProtocols"),
                )
            })
            .collect::<Result<_>>()?;
        props.push(("origin_ssl_protocols".to_owned(), Node::List(nodes)));
    }
    fields.finish()
}

/// A behavior's props block; `origin` is its origin's source.
fn behavior(
    cx: &Context<'_>,
    value: &Value,
    path: &str,
    origin: Node,
    additional: bool,
    out: &mut Translated,
) -> Result<Node> {
    let mut fields = Fields::new(value, path)?;
    fields.take("TargetOriginId");
    if additional {
        fields.take("PathPattern");
    }
    let mut props = vec![("origin".to_owned(), origin)];
    if let Some(methods) = fields.strings("AllowedMethods")? {
        let c = AllowedMethods::ALL
            .iter()
            .find(|m| m.methods() == methods.as_slice())
            .ok_or_else(|| {
                Unsupported::new(format!("`{path}.AllowedMethods` is no `AllowedMethods`"))
            })?;
        props.push((
            "allowed_methods".to_owned(),
            Node::path(format!("AllowedMethods::{}", c.name())),
        ));
    }
    if let Some(methods) = fields.strings("CachedMethods")? {
        let c = CachedMethods::ALL
            .iter()
            .find(|m| m.methods() == methods.as_slice())
            .ok_or_else(|| {
                Unsupported::new(format!("`{path}.CachedMethods` is no `CachedMethods`"))
            })?;
        props.push((
            "cached_methods".to_owned(),
            Node::path(format!("CachedMethods::{}", c.name())),
        ));
    }
    let viewer = fields
        .string("ViewerProtocolPolicy")?
        .ok_or_else(|| Unsupported::new(format!("`{path}.ViewerProtocolPolicy` is missing")))?;
    if viewer != ViewerProtocolPolicy::ALLOW_ALL.cfn_value() {
        let node = constant(
            "ViewerProtocolPolicy",
            ViewerProtocolPolicy::ALL,
            ViewerProtocolPolicy::cfn_value,
            ViewerProtocolPolicy::name,
            &viewer,
            &format!("{path}.ViewerProtocolPolicy"),
        )?;
        props.push(("viewer_protocol_policy".to_owned(), node));
    }
    match fields.bool("Compress")? {
        Some(true) => {}
        Some(false) => props.push(("compress".to_owned(), Node::Bool(false))),
        None => {
            return Err(Unsupported::new(format!(
                "`{path}.Compress` is missing (the model writes it)"
            )));
        }
    }
    let cache = fields.required("CachePolicyId").map_err(|_| {
        Unsupported::new(format!(
            "`{path}` has no `CachePolicyId` (legacy `ForwardedValues` are not covered yet)"
        ))
    })?;
    let optimized = CachePolicy::CACHING_OPTIMIZED.policy_id();
    if serde_json::to_value(&optimized).ok().as_ref() != Some(&cache) {
        props.push((
            "cache_policy".to_owned(),
            policy(
                cx,
                &cache,
                "CachePolicy",
                CachePolicy::MANAGED_IDS,
                &format!("{path}.CachePolicyId"),
                out,
            )?,
        ));
    }
    if let Some(v) = fields.take("OriginRequestPolicyId") {
        let node = policy(
            cx,
            &v,
            "OriginRequestPolicy",
            OriginRequestPolicy::MANAGED_IDS,
            &format!("{path}.OriginRequestPolicyId"),
            out,
        )?;
        props.push(("origin_request_policy".to_owned(), node));
    }
    if let Some(v) = fields.take("ResponseHeadersPolicyId") {
        let node = policy(
            cx,
            &v,
            "ResponseHeadersPolicy",
            ResponseHeadersPolicy::MANAGED_IDS,
            &format!("{path}.ResponseHeadersPolicyId"),
            out,
        )?;
        props.push(("response_headers_policy".to_owned(), node));
    }
    if let Some(groups) = fields.take("TrustedKeyGroups") {
        let groups = groups.as_array().cloned().unwrap_or_default();
        let mut nodes = Vec::new();
        for g in &groups {
            let var = referenced(cx, g, None).ok_or_else(|| {
                Unsupported::new(format!(
                    "`{path}.TrustedKeyGroups` names a key group that is not a `key_group!` of the source"
                ))
            })?;
            out.uses.push(var.clone());
            nodes.push(Node::Path(var));
        }
        props.push(("trusted_key_groups".to_owned(), Node::List(nodes)));
    }
    if let Some(associations) = fields.take("FunctionAssociations") {
        let associations = associations.as_array().cloned().unwrap_or_default();
        let mut nodes = Vec::new();
        for (i, a) in associations.iter().enumerate() {
            let apath = format!("{path}.FunctionAssociations.{i}");
            let mut a = Fields::new(a, apath.clone())?;
            let event = a
                .string("EventType")?
                .ok_or_else(|| Unsupported::new(format!("`{apath}.EventType` is missing")))?;
            let event = constant(
                "FunctionEventType",
                FunctionEventType::ALL,
                FunctionEventType::cfn_value,
                FunctionEventType::name,
                &event,
                &format!("{apath}.EventType"),
            )?;
            let arn = a.required("FunctionARN")?;
            a.finish()?;
            let var = referenced(cx, &arn, Some("FunctionARN")).ok_or_else(|| {
                Unsupported::new(format!(
                    "`{apath}.FunctionARN` names a function that is not a `function!` of the source"
                ))
            })?;
            out.uses.push(var.clone());
            nodes.push(Node::Block(vec![
                ("function".to_owned(), Node::Path(var)),
                ("event_type".to_owned(), event),
            ]));
        }
        props.push(("function_associations".to_owned(), Node::List(nodes)));
    }
    fields.finish()?;
    Ok(Node::Block(props))
}

/// A policy id: a managed policy's constant, or the variable of a policy of the source.
fn policy(
    cx: &Context<'_>,
    value: &Value,
    type_name: &str,
    managed_ids: &[(&str, &str)],
    path: &str,
    out: &mut Translated,
) -> Result<Node> {
    if let Some(id) = value.as_str() {
        return managed(type_name, managed_ids, id).ok_or_else(|| {
            Unsupported::new(format!(
                "`{path}` is `{id}`, which is no managed `{type_name}`"
            ))
        });
    }
    let var = referenced(cx, value, None).ok_or_else(|| {
        Unsupported::new(format!(
            "`{path}` names a policy that is not a construct of the source"
        ))
    })?;
    out.uses.push(var.clone());
    Ok(Node::Path(var))
}
