//! Public keys and key groups: what CloudFront checks signed URLs and signed cookies with.

use serde::Serialize;

use crate::construct::{AccountQuota, Construct, account_quota};
use crate::expr::Expr;
use crate::lit::{FromLit, Lit, Lowering};
use crate::naming::unique_id;
use crate::path::PropPath;
use crate::rules::{Check, Checker};
use crate::schema::{HasKind, Kind};
use crate::scope::AsScope;
use crate::stack::{Ids, Stack};
use crate::template::{CfnResource, Element};
use crate::tree::NodeRef;

props! {
    /// Props of a public key: `public_key!(stack, "id", { encoded_key: ... })`.
    pub struct PublicKeyProps ("keys::PublicKeyProps") {
        /// The key in PEM (`-----BEGIN PUBLIC KEY-----`...): RSA 2048 or ECDSA P-256. In a
        /// macro, `file("keys/public.pem")` reads it from a file of the crate at compile time.
        encoded_key: into(EncodedKey) ["EncodedKey", "encodedKey"] required,
        /// A comment (at most 128 characters).
        comment: into(String) ["Comment"],
        /// The key's name, unique in the account; generated from the construct path if omitted.
        public_key_name: into(String) ["Name"],
    }
}

props! {
    /// Props of a key group: `key_group!(stack, "id", { items: [...] })`.
    pub struct KeyGroupProps ("keys::KeyGroupProps") {
        /// The public keys of the group (at least one, at most 5 by default).
        items: list(PublicKey) ["Items"] required,
        /// A comment (at most 128 characters).
        comment: into(String) ["Comment"],
        /// The group's name, unique in the account; generated from the construct path if
        /// omitted.
        key_group_name: into(String) ["Name"],
    }
}

/// A public key in PEM. Its `Debug` shows only its length: a key pasted here may be a private
/// key, which must not end up in logs.
#[derive(Clone, PartialEq, Eq)]
pub struct EncodedKey(String);

impl EncodedKey {
    /// The PEM text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for EncodedKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "EncodedKey(<{} bytes, not shown>)", self.0.len())
    }
}

impl From<&str> for EncodedKey {
    fn from(s: &str) -> Self {
        EncodedKey(s.to_owned())
    }
}

impl From<String> for EncodedKey {
    fn from(s: String) -> Self {
        EncodedKey(s)
    }
}

impl From<&String> for EncodedKey {
    fn from(s: &String) -> Self {
        EncodedKey(s.clone())
    }
}

impl HasKind for EncodedKey {
    const KIND: Kind = Kind::Text("keys::EncodedKey");
}

impl FromLit for EncodedKey {
    fn from_lit(lit: &Lit, _: &PropPath, _: &mut Lowering) -> Option<Self> {
        match lit {
            Lit::Str(s) => Some(EncodedKey(s.clone())),
            _ => None,
        }
    }
}

/// A public key of a stack.
///
/// ```
/// use cloudfront_dsl::Stack;
/// use cloudfront_dsl::keys::{KeyGroup, KeyGroupProps, PublicKey, PublicKeyProps};
/// let pem = "-----BEGIN PUBLIC KEY-----\n...\n-----END PUBLIC KEY-----\n";
/// let mut stack = Stack::new("Docs");
/// let key = PublicKey::new(&mut stack, "MyPubKey", PublicKeyProps::default().encoded_key(pem));
/// let group = KeyGroup::new(&mut stack, "MyKeyGroup", KeyGroupProps::default().items([key]));
/// // `synth()` checks the key: this one is not a key at all.
/// assert!(stack.synth().is_err());
/// # let _ = group;
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PublicKey {
    pub(crate) resource: NodeRef,
}

/// A key group of a stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct KeyGroup {
    pub(crate) resource: NodeRef,
}

impl PublicKey {
    /// Creates a public key in the stack.
    pub fn new(scope: &mut impl AsScope, id: &str, props: PublicKeyProps) -> PublicKey {
        let (stack, parent) = scope.as_scope().into_parts();
        let scope = stack.add_construct(parent, id);
        let resource = stack.add_resource(scope, PublicKeyResource { props });
        stack.add_stack_rule(&crate::rules::NAMES_OF_THE_STACK);
        PublicKey { resource }
    }

    /// `{"Ref": key}`: the key's id.
    pub fn public_key_id(&self) -> Expr {
        Expr::node_ref(self.resource)
    }
}

impl KeyGroup {
    /// Creates a key group in the stack.
    pub fn new(scope: &mut impl AsScope, id: &str, props: KeyGroupProps) -> KeyGroup {
        let (stack, parent) = scope.as_scope().into_parts();
        let scope = stack.add_construct(parent, id);
        let resource = stack.add_resource(scope, KeyGroupResource { props });
        stack.add_stack_rule(&crate::rules::NAMES_OF_THE_STACK);
        KeyGroup { resource }
    }

    /// `{"Ref": group}`: the group's id.
    pub fn key_group_id(&self) -> Expr {
        Expr::node_ref(self.resource)
    }
}

impl From<&PublicKey> for PublicKey {
    fn from(k: &PublicKey) -> Self {
        *k
    }
}

impl From<&KeyGroup> for KeyGroup {
    fn from(g: &KeyGroup) -> Self {
        *g
    }
}

impl HasKind for PublicKey {
    const KIND: Kind = Kind::Handle("keys::PublicKey");
}

impl HasKind for KeyGroup {
    const KIND: Kind = Kind::Handle("keys::KeyGroup");
}

impl FromLit for PublicKey {
    fn from_lit(_: &Lit, _: &PropPath, _: &mut Lowering) -> Option<Self> {
        None
    }

    fn opaque() -> Option<Self> {
        Some(PublicKey {
            resource: NodeRef::placeholder(),
        })
    }
}

impl FromLit for KeyGroup {
    fn from_lit(_: &Lit, _: &PropPath, _: &mut Lowering) -> Option<Self> {
        None
    }

    fn opaque() -> Option<Self> {
        Some(KeyGroup {
            resource: NodeRef::placeholder(),
        })
    }
}

/// Names the CDK generates for keys and key groups are cut to 80 characters, keeping both
/// ends.
const MAX_GENERATED_NAME: usize = 80;

fn generated_name(stack: &Stack, node: u32) -> String {
    let id = unique_id(&stack.app_path(node));
    if id.len() <= MAX_GENERATED_NAME {
        return id;
    }
    let half = MAX_GENERATED_NAME / 2;
    format!("{}{}", &id[..half], &id[id.len() - half..])
}

#[derive(Debug)]
pub(crate) struct PublicKeyResource {
    pub(crate) props: PublicKeyProps,
}

/// Public keys count toward a quota of the account, whatever they are for.
static PUBLIC_KEYS: AccountQuota =
    account_quota!(public_keys_per_account, "public key of the stack");

impl Construct for PublicKeyResource {
    fn check(&self, _: &Stack, cx: &mut Checker<'_>) {
        self.props.check(cx);
    }

    fn account_quota(&self) -> Option<&'static AccountQuota> {
        Some(&PUBLIC_KEYS)
    }

    fn render(&self, ids: &Ids<'_>, node: u32) -> Result<Element, serde_json::Error> {
        #[derive(Serialize)]
        #[serde(rename_all = "PascalCase")]
        struct Config<'a> {
            caller_reference: String,
            #[serde(skip_serializing_if = "Option::is_none")]
            comment: Option<&'a str>,
            encoded_key: &'a str,
            name: String,
        }
        let stack = ids.stack;
        let path = stack.app_path(node);
        let p = &self.props;
        let config = Config {
            // As the CDK: the construct's address, stable while the construct's path is.
            caller_reference: crate::naming::node_addr(&path),
            comment: p.comment.as_deref(),
            encoded_key: p.encoded_key.as_ref().map_or("", EncodedKey::as_str),
            name: p
                .public_key_name
                .clone()
                .unwrap_or_else(|| generated_name(stack, node)),
        };
        Ok(Element::Resource(CfnResource::new(
            "AWS::CloudFront::PublicKey",
            serde_json::json!({ "PublicKeyConfig": serde_json::to_value(config)? }),
        )))
    }
}

#[derive(Debug)]
pub(crate) struct KeyGroupResource {
    pub(crate) props: KeyGroupProps,
}

/// Key groups count toward a quota of the account.
static KEY_GROUPS: AccountQuota = account_quota!(key_groups_per_account, "key group of the stack");

impl Construct for KeyGroupResource {
    fn check(&self, _: &Stack, cx: &mut Checker<'_>) {
        self.props.check(cx);
    }

    fn account_quota(&self) -> Option<&'static AccountQuota> {
        Some(&KEY_GROUPS)
    }

    fn render(&self, ids: &Ids<'_>, node: u32) -> Result<Element, serde_json::Error> {
        #[derive(Serialize)]
        #[serde(rename_all = "PascalCase")]
        struct Config<'a> {
            #[serde(skip_serializing_if = "Option::is_none")]
            comment: Option<&'a str>,
            items: Vec<Expr>,
            name: String,
        }
        let p = &self.props;
        let config = Config {
            comment: p.comment.as_deref(),
            items: p
                .items
                .iter()
                .flatten()
                .map(|k| ids.resolve(&k.public_key_id()))
                .collect(),
            name: p
                .key_group_name
                .clone()
                .unwrap_or_else(|| generated_name(ids.stack, node)),
        };
        Ok(Element::Resource(CfnResource::new(
            "AWS::CloudFront::KeyGroup",
            serde_json::json!({ "KeyGroupConfig": serde_json::to_value(config)? }),
        )))
    }
}
