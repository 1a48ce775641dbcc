//! IAM roles and policies of the constructs that need them (a Lambda function's execution
//! role, the role CloudFront writes real-time logs through), and the statements constructs add
//! to other policies (a bucket policy, a key policy) when they grant CloudFront access, written
//! as the CDK writes them.
//!
//! Statements keep the CDK's key order (`Action, Condition, Effect, Principal, Resource`, which
//! is also the ASCII order) and collapse single-element lists to their element; a document is
//! `{Statement, Version}`. A statement added twice is there once, as the CDK's policy documents
//! dedupe them.

use serde::{Serialize, Serializer};
use serde_json::{Value, json};

use crate::construct::Construct;
use crate::expr::Expr;
use crate::naming::keep_last;
use crate::stack::{Ids, Stack};
use crate::template::{CfnResource, Element};
use crate::tree::NodeRef;

/// IAM takes policy names of at most 128 characters.
const MAX_POLICY_NAME: usize = 128;

/// The version every policy document declares.
const POLICY_VERSION: &str = "2012-10-17";

/// The service principal CloudFront acts as with origin access control and real-time logs.
pub(crate) const CLOUDFRONT_SERVICE: &str = "cloudfront.amazonaws.com";

/// Who a statement is about: who a trust statement lets assume a role, who a resource policy
/// lets in.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Principal {
    /// An AWS service (`lambda.amazonaws.com`).
    Service(String),
    /// An origin access identity, by its canonical user id.
    CanonicalUser(Expr),
    /// An account or role, by ARN.
    Aws(Expr),
}

/// A condition of a statement: an operator, a key and the value it compares with
/// (`{"StringEquals": {"AWS:SourceArn": ...}}`).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Condition {
    pub(crate) operator: &'static str,
    pub(crate) key: &'static str,
    pub(crate) value: ConditionValue,
}

/// What a condition compares with: a string (or a token), or a number (`s3:TlsVersion`).
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum ConditionValue {
    Expr(Expr),
    Number(f64),
}

/// One statement of a policy document: what it allows, or (a bucket's `enforce_ssl`) denies.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Statement {
    /// Whether the statement denies what it names.
    pub(crate) deny: bool,
    pub(crate) actions: Vec<String>,
    pub(crate) condition: Option<Condition>,
    pub(crate) principal: Option<Principal>,
    pub(crate) resources: Vec<Expr>,
}

impl Statement {
    /// Lets the service `service` assume the role (`sts:AssumeRole`).
    pub(crate) fn assume_role(service: &str) -> Statement {
        Statement {
            deny: false,
            actions: vec!["sts:AssumeRole".to_owned()],
            condition: None,
            principal: Some(Principal::Service(service.to_owned())),
            resources: Vec::new(),
        }
    }

    /// Allows `actions` on `resources`.
    pub(crate) fn allow(
        actions: impl IntoIterator<Item = &'static str>,
        resources: impl IntoIterator<Item = Expr>,
    ) -> Statement {
        Statement {
            deny: false,
            actions: actions.into_iter().map(str::to_owned).collect(),
            condition: None,
            principal: None,
            resources: resources.into_iter().collect(),
        }
    }

    /// Denies `actions` on `resources`.
    pub(crate) fn deny(
        actions: impl IntoIterator<Item = &'static str>,
        resources: impl IntoIterator<Item = Expr>,
    ) -> Statement {
        Statement {
            deny: true,
            ..Statement::allow(actions, resources)
        }
    }

    /// The statement about `principal` (a resource policy's statement).
    pub(crate) fn to(mut self, principal: Principal) -> Statement {
        self.principal = Some(principal);
        self
    }

    /// The statement that applies when `key` compares with `value` by `operator` only.
    pub(crate) fn when(
        mut self,
        operator: &'static str,
        key: &'static str,
        value: Expr,
    ) -> Statement {
        self.condition = Some(Condition {
            operator,
            key,
            value: ConditionValue::Expr(value),
        });
        self
    }

    /// The statement that applies when `key` compares with the number `value` by `operator`
    /// only.
    pub(crate) fn when_number(
        mut self,
        operator: &'static str,
        key: &'static str,
        value: f64,
    ) -> Statement {
        self.condition = Some(Condition {
            operator,
            key,
            value: ConditionValue::Number(value),
        });
        self
    }

    /// The statement as the template writes it, its references resolved.
    pub(crate) fn render(&self, ids: &Ids<'_>) -> Result<Value, serde_json::Error> {
        struct One<'a, T>(&'a [T]);
        impl<T: Serialize> Serialize for One<'_, T> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                match self.0 {
                    [only] => only.serialize(s),
                    all => all.serialize(s),
                }
            }
        }
        let resources: Vec<Expr> = self.resources.iter().map(|r| ids.resolve(r)).collect();
        let mut m = serde_json::Map::new();
        m.insert("Action".into(), serde_json::to_value(One(&self.actions))?);
        if let Some(c) = &self.condition {
            let mut test = serde_json::Map::new();
            let value = match &c.value {
                ConditionValue::Expr(e) => serde_json::to_value(ids.resolve(e))?,
                // As JavaScript writes numbers: a whole one without a fraction.
                ConditionValue::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => {
                    json!(*n as i64)
                }
                ConditionValue::Number(n) => json!(n),
            };
            test.insert(c.key.into(), value);
            let mut condition = serde_json::Map::new();
            condition.insert(c.operator.into(), Value::Object(test));
            m.insert("Condition".into(), Value::Object(condition));
        }
        m.insert(
            "Effect".into(),
            json!(if self.deny { "Deny" } else { "Allow" }),
        );
        match &self.principal {
            Some(Principal::Service(service)) => {
                m.insert("Principal".into(), json!({ "Service": service }));
            }
            Some(Principal::CanonicalUser(user)) => {
                m.insert(
                    "Principal".into(),
                    json!({ "CanonicalUser": ids.resolve(user) }),
                );
            }
            Some(Principal::Aws(arn)) => {
                m.insert("Principal".into(), json!({ "AWS": ids.resolve(arn) }));
            }
            None => {}
        }
        if !resources.is_empty() {
            m.insert("Resource".into(), serde_json::to_value(One(&resources))?);
        }
        Ok(Value::Object(m))
    }
}

/// A policy document of statements.
pub(crate) fn document(
    statements: &[Statement],
    ids: &Ids<'_>,
) -> Result<Value, serde_json::Error> {
    let statements: Vec<Value> = statements
        .iter()
        .map(|s| s.render(ids))
        .collect::<Result<_, _>>()?;
    Ok(json!({ "Statement": statements, "Version": POLICY_VERSION }))
}

/// The ARN of the AWS managed policy `name` (`service-role/AWSLambdaBasicExecutionRole`), as
/// the CDK writes it: with the partition of the stack.
pub(crate) fn aws_managed_policy(name: &str) -> Expr {
    Expr::join(
        "",
        [
            Expr::literal("arn:"),
            Expr::partition(),
            Expr::literal(format!(":iam::aws:policy/{name}")),
        ],
    )
}

/// An IAM role of the stack.
#[derive(Debug)]
pub(crate) struct RoleResource {
    /// Who may assume the role.
    pub(crate) trust: Vec<Statement>,
    /// The managed policies it has.
    pub(crate) managed_policies: Vec<Expr>,
}

impl Construct for RoleResource {
    fn render(&self, ids: &Ids<'_>, _: u32) -> Result<Element, serde_json::Error> {
        let managed: Vec<Expr> = self
            .managed_policies
            .iter()
            .map(|p| ids.resolve(p))
            .collect();
        let mut properties = serde_json::Map::new();
        properties.insert(
            "AssumeRolePolicyDocument".into(),
            document(&self.trust, ids)?,
        );
        if !managed.is_empty() {
            properties.insert("ManagedPolicyArns".into(), serde_json::to_value(managed)?);
        }
        Ok(Element::Resource(CfnResource::new(
            "AWS::IAM::Role",
            properties.into(),
        )))
    }
}

/// The inline policy a role gets once a statement is granted to it (the CDK's
/// `DefaultPolicy`).
#[derive(Debug)]
struct PolicyResource {
    role: NodeRef,
    statements: Vec<Statement>,
}

impl Construct for PolicyResource {
    fn render(&self, ids: &Ids<'_>, node: u32) -> Result<Element, serde_json::Error> {
        // As the CDK: the policy is named by its logical id (its last 128 characters).
        let id = ids.resolve(&Expr::logical_id_of(ids.stack.node_ref(node)));
        let name = keep_last(id.as_literal().unwrap_or_default(), MAX_POLICY_NAME).to_owned();
        Ok(Element::Resource(CfnResource::new(
            "AWS::IAM::Policy",
            json!({
                "PolicyDocument": document(&self.statements, ids)?,
                "PolicyName": name,
                "Roles": [ids.resolve(&Expr::node_ref(self.role))],
            }),
        )))
    }
}

/// A role of the stack, by its scope and its resource.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Role {
    pub(crate) scope: NodeRef,
    pub(crate) resource: NodeRef,
}

impl Role {
    /// Creates a role under `parent` (the CDK's `new iam.Role(parent, id, ...)`).
    pub(crate) fn create(
        stack: &mut Stack,
        parent: Option<NodeRef>,
        id: &str,
        trust: Vec<Statement>,
        managed_policies: Vec<Expr>,
    ) -> Role {
        let scope = stack.add_construct(parent, id);
        let resource = stack.add_resource(
            scope,
            RoleResource {
                trust,
                managed_policies,
            },
        );
        Role { scope, resource }
    }

    /// `Fn::GetAtt` of the role's ARN.
    pub(crate) fn role_arn(&self) -> Expr {
        Expr::node_att(self.resource, "Arn")
    }

    /// Adds a trust statement, unless the role has it.
    pub(crate) fn add_trust(stack: &mut Stack, resource: NodeRef, statement: Statement) {
        let Some(stack) = stack.related_mut(resource.stack) else {
            return;
        };
        if let Some(role) = stack.construct_mut::<RoleResource>(resource)
            && !role.trust.contains(&statement)
        {
            role.trust.push(statement);
        }
    }

    /// Grants `statement` to the role, through its `DefaultPolicy` (created on first use);
    /// returns the policy's resource.
    pub(crate) fn grant(&self, stack: &mut Stack, statement: Statement) -> NodeRef {
        let scope = match stack.child(self.scope, "DefaultPolicy") {
            Some(scope) => scope,
            None => {
                let scope = stack.add_construct(Some(self.scope), "DefaultPolicy");
                stack.add_resource(
                    scope,
                    PolicyResource {
                        role: self.resource,
                        statements: Vec::new(),
                    },
                );
                scope
            }
        };
        let resource = stack
            .child(scope, "Resource")
            .unwrap_or_else(NodeRef::placeholder);
        if let Some(policy) = stack.construct_mut::<PolicyResource>(resource)
            && !policy.statements.contains(&statement)
        {
            policy.statements.push(statement);
        }
        resource
    }

    /// The resource of the role's `DefaultPolicy`, when a statement was granted.
    pub(crate) fn default_policy(&self, stack: &Stack) -> Option<NodeRef> {
        stack
            .child(self.scope, "DefaultPolicy")
            .and_then(|scope| stack.child(scope, "Resource"))
    }
}

/// `arn:<partition>:cloudfront::<account>:distribution/<id>`: the ARN a statement that grants
/// CloudFront access compares the request's source with (`id` may be `*`).
pub(crate) fn distribution_arn(id: Expr) -> Expr {
    Expr::join(
        "",
        [
            Expr::literal("arn:"),
            Expr::partition(),
            Expr::literal(":cloudfront::"),
            Expr::account_id(),
            Expr::literal(":distribution/"),
            id,
        ],
    )
}
