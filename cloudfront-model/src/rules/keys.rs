//! Rules on public keys, key groups and the key groups of a behavior.

use spki::der::Decode;

use crate::keys::{KeyGroupProps, PublicKey, PublicKeyProps};
use crate::path::PropPath;
use crate::rules::policy::check_name;
use crate::rules::{Check, Checker, Rule, check_comment, over_quota};
use crate::violation::Violation;

/// The algorithm identifiers of the keys CloudFront takes.
const RSA_ENCRYPTION: &str = "1.2.840.113549.1.1.1";
const EC_PUBLIC_KEY: &str = "1.2.840.10045.2.1";
const P256: &str = "1.2.840.10045.3.1.7";

impl Check for PublicKeyProps {
    fn check(&self, cx: &mut Checker<'_>) {
        let root = PropPath::root();
        self.check_required(&root, cx);
        if let Some(pem) = &self.encoded_key {
            check_encoded_key(pem.as_str(), &root.field("encoded_key"), cx);
        }
        if let Some(name) = &self.public_key_name {
            check_name(name, &root.field("public_key_name"), cx);
        }
        check_comment(&self.comment, &root.field("comment"), cx);
    }
}

impl Check for KeyGroupProps {
    fn check(&self, cx: &mut Checker<'_>) {
        let root = PropPath::root();
        self.check_required(&root, cx);
        if let Some(items) = &self.items {
            check_keys(items, &root.field("items"), cx);
        }
        if let Some(name) = &self.key_group_name {
            check_name(name, &root.field("key_group_name"), cx);
        }
        check_comment(&self.comment, &root.field("comment"), cx);
    }
}

/// Why a PEM text is not a public key CloudFront takes. Never quotes the text: it may be a
/// private key pasted by mistake.
fn key_problem(pem: &str) -> Option<(String, String)> {
    let private = (
        "this is a private key: CloudFront needs the public key, and a private key must never be in code or in a template".to_owned(),
        "extract the public key (`openssl pkey -in private_key.pem -pubout`), read it with `file(\"public_key.pem\")`, and rotate the private key if it was ever committed".to_owned(),
    );
    if pem.contains("PRIVATE KEY-----") {
        return Some(private);
    }
    let text = pem.trim();
    let outside = |where_: &str| {
        Some((
            format!("the key has text {where_}; CloudFront takes the PEM block alone, and the text would be copied into the template"),
            "keep only the lines from `-----BEGIN PUBLIC KEY-----` to `-----END PUBLIC KEY-----` in the key's file (a password or a note kept beside the key must not go into a template)".to_owned(),
        ))
    };
    // The PEM decoder skips explanatory text before the block (RFC 7468 allows it); CloudFront
    // takes the key alone.
    if text.contains("-----BEGIN ") && !text.starts_with("-----BEGIN ") {
        return outside("before its `-----BEGIN` line");
    }
    let after_end = text.rfind("-----END ").and_then(|end| {
        let tail = &text[end + "-----END ".len()..];
        tail.find("-----")
            .map(|close| &tail[close + "-----".len()..])
    });
    if after_end.is_some_and(|rest| !rest.is_empty()) {
        return outside("after its `-----END` line");
    }
    let Ok((label, der)) = pem_rfc7468::decode_vec(text.as_bytes()) else {
        return Some((
            "the key is not in PEM format (`-----BEGIN PUBLIC KEY-----` ... `-----END PUBLIC KEY-----`)".to_owned(),
            "use the public key file as openssl writes it (BEGIN and END lines, base64 in lines of 64 characters), best with `encoded_key: file(\"public_key.pem\")`".to_owned(),
        ));
    };
    match label {
        "PUBLIC KEY" => {}
        "RSA PUBLIC KEY" => {
            return Some((
                "the key is in PKCS #1 format (`BEGIN RSA PUBLIC KEY`); CloudFront takes SubjectPublicKeyInfo (`BEGIN PUBLIC KEY`)".to_owned(),
                "convert it: `openssl rsa -RSAPublicKey_in -in key.pem -pubout`".to_owned(),
            ));
        }
        other if other.contains("PRIVATE") => return Some(private),
        other => {
            return Some((
                format!("the PEM block is a `{other}`, not a public key"),
                "use the public key file (`BEGIN PUBLIC KEY`)".to_owned(),
            ));
        }
    }
    let Ok(info) = spki::SubjectPublicKeyInfoRef::from_der(&der) else {
        return Some((
            "the PEM block does not hold a valid public key".to_owned(),
            "generate the key again: `openssl rsa -pubout -in private_key.pem -out public_key.pem`"
                .to_owned(),
        ));
    };
    let algorithm = info.algorithm.oid.to_string();
    let unsupported = || {
        Some((
            "CloudFront takes RSA 2048-bit or ECDSA P-256 public keys only".to_owned(),
            "generate one: `openssl genrsa -out private_key.pem 2048`".to_owned(),
        ))
    };
    if algorithm == RSA_ENCRYPTION {
        let Ok(rsa) = pkcs1::RsaPublicKeyRef::from_der(info.subject_public_key.raw_bytes()) else {
            return unsupported();
        };
        let modulus = rsa.modulus.as_bytes();
        let first = modulus
            .iter()
            .position(|b| *b != 0)
            .unwrap_or(modulus.len());
        let bits = modulus[first..].first().map_or(0, |b| {
            (modulus.len() - first - 1) * 8 + (8 - b.leading_zeros() as usize)
        });
        if bits != 2048 {
            return Some((
                format!("the RSA key has {bits} bits; CloudFront takes 2048-bit RSA keys only"),
                "generate one: `openssl genrsa -out private_key.pem 2048`".to_owned(),
            ));
        }
        return None;
    }
    if algorithm == EC_PUBLIC_KEY {
        let curve = info
            .algorithm
            .parameters
            .and_then(|p| p.decode_as::<spki::ObjectIdentifier>().ok())
            .map(|oid| oid.to_string());
        if curve.as_deref() == Some(P256) {
            return None;
        }
    }
    unsupported()
}

fn check_encoded_key(pem: &str, path: &PropPath, cx: &mut Checker<'_>) {
    if let Some((message, help)) = key_problem(pem) {
        // The key, not the value, so that the error never shows key material.
        cx.report(
            Violation::new(Rule::PublicKey, path.clone(), message)
                .at_key()
                .help(help),
        );
    }
}

fn check_keys(items: &[PublicKey], path: &PropPath, cx: &mut Checker<'_>) {
    if items.is_empty() && !cx.is_unknown(path) {
        cx.report(
            Violation::new(
                Rule::KeyGroup,
                path.clone(),
                "a key group needs at least one public key",
            )
            .help("list the public keys, as in `items: [pub_key]`"),
        );
    }
    let quota = cx.quotas().public_keys_per_key_group;
    for (i, key) in items.iter().enumerate() {
        if i as u64 == quota {
            cx.report(over_quota(
                Rule::KeyGroup,
                path.index(i),
                "public key of the group",
                quota + 1,
                quota,
                "public_keys_per_key_group",
            ));
        }
        if items[..i].contains(key) {
            cx.report(
                Violation::new(
                    Rule::KeyGroup,
                    path.index(i),
                    "this public key is already in the group",
                )
                .help("remove the duplicate"),
            );
        }
    }
}

/// Checks the key groups (and legacy trusted signers) of a behavior at `path`.
pub(crate) fn check_trusted_key_groups(
    groups: &Option<Vec<crate::keys::KeyGroup>>,
    signers: &Option<Vec<String>>,
    path: &PropPath,
    cx: &mut Checker<'_>,
) {
    let groups_path = path.field("trusted_key_groups");
    if let Some(groups) = groups {
        let quota = cx.quotas().key_groups_per_cache_behavior;
        for (i, group) in groups.iter().enumerate() {
            if i as u64 == quota {
                cx.report(over_quota(
                    Rule::KeyGroup,
                    groups_path.index(i),
                    "key group of the behavior",
                    quota + 1,
                    quota,
                    "key_groups_per_cache_behavior",
                ));
            }
            if groups[..i].contains(group) {
                cx.report(
                    Violation::new(
                        Rule::KeyGroup,
                        groups_path.index(i),
                        "this key group is already trusted by the behavior",
                    )
                    .help("remove the duplicate"),
                );
            }
        }
    }
    if let Some(signers) = signers {
        let signers_path = path.field("trusted_signers");
        for (i, signer) in signers.iter().enumerate() {
            if !is_trusted_signer(signer) {
                cx.report(
                    Violation::new(
                        Rule::TrustedSigners,
                        signers_path.index(i),
                        format!(
                            "{} is not a trusted signer: CloudFront takes `self` or a 12-digit AWS account number without dashes",
                            if signer.is_empty() {
                                "an empty string".to_owned()
                            } else {
                                crate::rules::text::quoted(signer)
                            }
                        ),
                    )
                    .help("write \"self\" for the distribution's own account, or the signer's 12-digit account number"),
                );
            }
        }
    }
    // Groups given by an expression may be an empty list: `synth()` decides.
    let has_groups = groups.as_ref().is_some_and(|g| !g.is_empty());
    if has_groups && signers.is_some() {
        cx.report(
            Violation::new(
                Rule::TrustedSigners,
                path.field("trusted_signers"),
                "a behavior trusts either key groups or (legacy) trusted signers, not both",
            )
            .at_key()
            .help("remove `trusted_signers`: key groups replace them"),
        );
    }
}

/// Whether CloudFront takes `signer` in a behavior's trusted signers: `self`, or an AWS account
/// number without dashes ("Signer" in the CloudFront API Reference,
/// <https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_Signer.html>: "self, which
/// is the AWS account used to create the distribution", or "An AWS account number"). An account
/// number is 12 digits ("View AWS account identifiers" in the AWS Account Management Reference
/// Guide, <https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html>).
fn is_trusted_signer(signer: &str) -> bool {
    signer == "self" || crate::rules::env::is_account_id(signer)
}

#[cfg(test)]
mod tests {
    use super::key_problem;

    const RSA_2048: &str = include_str!("../../../tests/fixtures/public_key.pem");

    #[test]
    fn the_fixture_key_is_accepted() {
        assert_eq!(key_problem(RSA_2048), None);
        assert_eq!(key_problem(&format!("\n  {RSA_2048}\n\n")), None);
    }

    /// Text beside the block is refused, and never quoted.
    #[test]
    fn text_outside_the_block_is_refused() {
        for pem in [
            format!("password=SECRET\n{RSA_2048}"),
            format!("{RSA_2048}password=SECRET\n"),
        ] {
            let (message, help) = key_problem(&pem).expect("refused");
            assert!(message.contains("text"), "{message}");
            assert!(
                !message.contains("SECRET") && !help.contains("SECRET"),
                "{message} / {help}"
            );
        }
    }

    /// Key material goes through every branch that refuses a key; no message quotes it.
    #[test]
    fn refused_keys_are_never_echoed() {
        let body = "U0VDUkVUU0VDUkVUU0VDUkVUU0VDUkVUU0VDUkVUU0VDUkVUU0VDUkVUU0VDUkVU";
        let cases = [
            format!("-----BEGIN PRIVATE KEY-----\n{body}\n-----END PRIVATE KEY-----\n"),
            format!("-----BEGIN EC PRIVATE KEY-----\n{body}\n-----END EC PRIVATE KEY-----\n"),
            format!("-----BEGIN RSA PUBLIC KEY-----\n{body}\n-----END RSA PUBLIC KEY-----\n"),
            format!("-----BEGIN CERTIFICATE-----\n{body}\n-----END CERTIFICATE-----\n"),
            format!("-----BEGIN PUBLIC KEY-----\n{body}\n-----END PUBLIC KEY-----\n"),
            body.to_owned(),
        ];
        for pem in cases {
            let (message, help) = key_problem(&pem).expect("refused");
            assert!(
                !message.contains(&body[..16]) && !help.contains(&body[..16]),
                "{message} / {help}"
            );
        }
    }
}
