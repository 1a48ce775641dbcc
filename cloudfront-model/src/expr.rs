//! CloudFormation values: a literal string, or an intrinsic function whose value CloudFormation
//! computes at deploy time (`Ref`, `Fn::GetAtt`, `Fn::Join`, `Fn::Sub`, `Fn::ImportValue`, ...).

use serde::ser::{Error as _, SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

use crate::lit::{FromLit, Lit, Lowering};
use crate::path::PropPath;
use crate::shape::{HasKind, Kind};
use crate::tree::NodeRef;

/// A string-valued CloudFormation expression.
///
/// ```
/// use cloudfront_dsl::Expr;
/// let host = Expr::from("www.example.com");
/// assert_eq!(host.as_literal(), Some("www.example.com"));
///
/// let imported = Expr::import_value("SharedAssetsHost");
/// assert_eq!(imported.as_literal(), None);
/// assert_eq!(
///     serde_json::to_string(&imported).unwrap(),
///     r#"{"Fn::ImportValue":"SharedAssetsHost"}"#
/// );
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Expr(pub(crate) ExprKind);

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum ExprKind {
    Str(String),
    Ref(RefTarget),
    GetAtt(RefTarget, String),
    Join(String, Vec<Expr>),
    Select(u32, Box<Expr>),
    Split(String, Box<Expr>),
    Sub(String),
    ImportValue(Box<Expr>),
    FindInMap(String, Box<Expr>, String),
    /// The logical id of a resource, as a string: of this stack, or of a stack it depends on
    /// (what a construct that reads another stack's output by name writes).
    LogicalId(NodeRef),
    /// A value the macro could not see (a Rust expression); never serialized.
    Opaque,
}

/// What a reference to a node asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Wanted<'a> {
    /// `Ref`.
    Ref,
    /// `Fn::GetAtt` of the attribute.
    Att(&'a str),
    /// The logical id itself, as a string.
    LogicalId,
}

/// What a `Ref` or `Fn::GetAtt` points at.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum RefTarget {
    /// A logical id written by the user.
    Logical(String),
    /// A resource of a stack, resolved to its logical id at synthesis.
    Node(NodeRef),
    /// A pseudo parameter such as `AWS::Region`.
    Pseudo(&'static str),
}

impl Expr {
    /// A literal string.
    pub fn literal(s: impl Into<String>) -> Self {
        Self(ExprKind::Str(s.into()))
    }

    /// `{"Ref": logical_id}`: a parameter or a resource of the template by logical id.
    pub fn reference(logical_id: impl Into<String>) -> Self {
        Self(ExprKind::Ref(RefTarget::Logical(logical_id.into())))
    }

    /// `{"Fn::GetAtt": [logical_id, attribute]}`.
    pub fn get_att(logical_id: impl Into<String>, attribute: impl Into<String>) -> Self {
        Self(ExprKind::GetAtt(
            RefTarget::Logical(logical_id.into()),
            attribute.into(),
        ))
    }

    /// `{"Fn::Join": [separator, parts]}`; adjacent literal parts are merged, as the CDK does.
    pub fn join(separator: impl Into<String>, parts: impl IntoIterator<Item = Expr>) -> Self {
        let mut merged: Vec<Expr> = Vec::new();
        let separator = separator.into();
        for part in parts {
            match (merged.last_mut(), &part.0) {
                (Some(Expr(ExprKind::Str(prev))), ExprKind::Str(s)) if separator.is_empty() => {
                    prev.push_str(s);
                }
                _ => merged.push(part),
            }
        }
        Self(ExprKind::Join(separator, merged))
    }

    /// `{"Fn::Select": [index, list]}`.
    pub fn select(index: u32, list: Expr) -> Self {
        Self(ExprKind::Select(index, Box::new(list)))
    }

    /// `{"Fn::Split": [separator, value]}`.
    pub fn split(separator: impl Into<String>, value: Expr) -> Self {
        Self(ExprKind::Split(separator.into(), Box::new(value)))
    }

    /// `{"Fn::Sub": template}`.
    pub fn sub(template: impl Into<String>) -> Self {
        Self(ExprKind::Sub(template.into()))
    }

    /// `{"Fn::ImportValue": export_name}`: an output another stack exports.
    pub fn import_value(export_name: impl Into<Expr>) -> Self {
        Self(ExprKind::ImportValue(Box::new(export_name.into())))
    }

    /// `{"Fn::FindInMap": [map, top_level_key, second_level_key]}`.
    pub fn find_in_map(
        map: impl Into<String>,
        top_level_key: Expr,
        second_level_key: impl Into<String>,
    ) -> Self {
        Self(ExprKind::FindInMap(
            map.into(),
            Box::new(top_level_key),
            second_level_key.into(),
        ))
    }

    /// `{"Ref": "AWS::Region"}`.
    pub fn region() -> Self {
        Self(ExprKind::Ref(RefTarget::Pseudo("AWS::Region")))
    }

    /// `{"Ref": "AWS::AccountId"}`.
    pub fn account_id() -> Self {
        Self(ExprKind::Ref(RefTarget::Pseudo("AWS::AccountId")))
    }

    /// `{"Ref": "AWS::Partition"}`.
    pub fn partition() -> Self {
        Self(ExprKind::Ref(RefTarget::Pseudo("AWS::Partition")))
    }

    /// `{"Ref": "AWS::URLSuffix"}`: `amazonaws.com`, or `amazonaws.com.cn` in China.
    pub fn url_suffix() -> Self {
        Self(ExprKind::Ref(RefTarget::Pseudo("AWS::URLSuffix")))
    }

    /// `{"Ref": "AWS::StackName"}`.
    pub fn stack_name() -> Self {
        Self(ExprKind::Ref(RefTarget::Pseudo("AWS::StackName")))
    }

    pub(crate) fn node_ref(node: NodeRef) -> Self {
        Self(ExprKind::Ref(RefTarget::Node(node)))
    }

    pub(crate) fn node_att(node: NodeRef, attribute: &str) -> Self {
        Self(ExprKind::GetAtt(
            RefTarget::Node(node),
            attribute.to_owned(),
        ))
    }

    /// The logical id `node` gets at synthesis, as a string; `node` may belong to a stack this
    /// one depends on.
    pub(crate) fn logical_id_of(node: NodeRef) -> Self {
        Self(ExprKind::LogicalId(node))
    }

    /// The string, when this is a literal (not a token computed at deploy time).
    pub fn as_literal(&self) -> Option<&str> {
        match &self.0 {
            ExprKind::Str(s) => Some(s),
            _ => None,
        }
    }

    /// Whether the value is computed by CloudFormation (or, in the macro, given by a Rust
    /// expression), so that rules on its text cannot apply.
    pub fn is_token(&self) -> bool {
        self.as_literal().is_none()
    }

    /// Calls `f` on every stack node this expression refers to.
    pub(crate) fn visit_nodes(&self, f: &mut impl FnMut(NodeRef)) {
        match &self.0 {
            ExprKind::Ref(RefTarget::Node(n))
            | ExprKind::GetAtt(RefTarget::Node(n), _)
            | ExprKind::LogicalId(n) => f(*n),
            ExprKind::Join(_, parts) => parts.iter().for_each(|p| p.visit_nodes(f)),
            ExprKind::Select(_, e)
            | ExprKind::Split(_, e)
            | ExprKind::ImportValue(e)
            | ExprKind::FindInMap(_, e, _) => e.visit_nodes(f),
            _ => {}
        }
    }

    /// Replaces references to stack nodes by what `lookup` gives for a node and what is
    /// wanted of it: a `Ref`/`Fn::GetAtt` of its logical id, an imported value, or the logical
    /// id itself.
    pub(crate) fn resolve(
        &self,
        lookup: &impl Fn(NodeRef, Wanted<'_>) -> Option<Expr>,
    ) -> Option<Expr> {
        Some(Expr(match &self.0 {
            ExprKind::Ref(RefTarget::Node(n)) => return lookup(*n, Wanted::Ref),
            ExprKind::GetAtt(RefTarget::Node(n), a) => return lookup(*n, Wanted::Att(a)),
            ExprKind::LogicalId(n) => return lookup(*n, Wanted::LogicalId),
            ExprKind::Join(sep, parts) => ExprKind::Join(
                sep.clone(),
                parts
                    .iter()
                    .map(|p| p.resolve(lookup))
                    .collect::<Option<_>>()?,
            ),
            ExprKind::Select(i, e) => ExprKind::Select(*i, Box::new(e.resolve(lookup)?)),
            ExprKind::Split(s, e) => ExprKind::Split(s.clone(), Box::new(e.resolve(lookup)?)),
            ExprKind::ImportValue(e) => ExprKind::ImportValue(Box::new(e.resolve(lookup)?)),
            ExprKind::FindInMap(m, e, k) => {
                ExprKind::FindInMap(m.clone(), Box::new(e.resolve(lookup)?), k.clone())
            }
            other => other.clone(),
        }))
    }
}

impl From<&str> for Expr {
    fn from(s: &str) -> Self {
        Expr::literal(s)
    }
}

impl From<String> for Expr {
    fn from(s: String) -> Self {
        Expr::literal(s)
    }
}

impl From<&String> for Expr {
    fn from(s: &String) -> Self {
        Expr::literal(s.clone())
    }
}

impl HasKind for Expr {
    const KIND: Kind = Kind::Expr;
}

impl FromLit for Expr {
    fn from_lit(lit: &Lit, _: &PropPath, _: &mut Lowering) -> Option<Self> {
        match lit {
            Lit::Str(s) => Some(Expr::literal(s.clone())),
            _ => None,
        }
    }

    fn opaque() -> Option<Self> {
        Some(Expr(ExprKind::Opaque))
    }
}

struct One<'a, T: ?Sized>(&'static str, &'a T);

impl<T: Serialize + ?Sized> Serialize for One<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(1))?;
        m.serialize_entry(self.0, self.1)?;
        m.end()
    }
}

struct Pair<'a, A: ?Sized, B: ?Sized>(&'a A, &'a B);

impl<A: Serialize + ?Sized, B: Serialize + ?Sized> Serialize for Pair<'_, A, B> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(2))?;
        seq.serialize_element(self.0)?;
        seq.serialize_element(self.1)?;
        seq.end()
    }
}

impl Serialize for RefTarget {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            RefTarget::Logical(id) => s.serialize_str(id),
            RefTarget::Pseudo(p) => s.serialize_str(p),
            RefTarget::Node(_) => Err(S::Error::custom(
                "a resource reference was serialized before synthesis resolved it",
            )),
        }
    }
}

impl Serialize for Expr {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match &self.0 {
            ExprKind::Str(v) => s.serialize_str(v),
            ExprKind::Ref(t) => One("Ref", t).serialize(s),
            ExprKind::GetAtt(t, a) => One("Fn::GetAtt", &Pair(t, a)).serialize(s),
            ExprKind::Join(sep, parts) => One("Fn::Join", &Pair(sep, parts)).serialize(s),
            ExprKind::Select(i, e) => One("Fn::Select", &Pair(i, e)).serialize(s),
            ExprKind::Split(sep, e) => One("Fn::Split", &Pair(sep, e)).serialize(s),
            ExprKind::Sub(t) => One("Fn::Sub", t).serialize(s),
            ExprKind::ImportValue(e) => One("Fn::ImportValue", e).serialize(s),
            ExprKind::FindInMap(m, e, k) => {
                struct Three<'a>(&'a str, &'a Expr, &'a str);
                impl Serialize for Three<'_> {
                    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                        let mut seq = s.serialize_seq(Some(3))?;
                        seq.serialize_element(self.0)?;
                        seq.serialize_element(self.1)?;
                        seq.serialize_element(self.2)?;
                        seq.end()
                    }
                }
                One("Fn::FindInMap", &Three(m, e, k)).serialize(s)
            }
            ExprKind::LogicalId(_) => Err(S::Error::custom(
                "a logical id was serialized before synthesis resolved it",
            )),
            ExprKind::Opaque => Err(S::Error::custom(
                "a value the macro could not see was serialized",
            )),
        }
    }
}
