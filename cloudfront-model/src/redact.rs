//! What a message must never show: the user information of a URL (`https://admin:hunter2@...`)
//! and key material (a PEM block, a long run of base64). Every violation's message and help go
//! through [`redact`], so no rule can quote a credential, whatever value broke it.

/// Where a word of a message ends: the quotes and brackets messages put around values.
fn is_boundary(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '`' | '"' | '\'' | '(' | ')' | '[' | ']' | '<' | '>' | ','
        )
}

/// The shortest run of base64 characters taken for key material: a full line of a PEM body
/// (with upper and lower case letters and digits, as random base64 has).
const KEY_RUN: usize = 64;

fn is_base64(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '=')
}

/// `text` with the user information of URLs, PEM blocks and long base64 runs replaced.
///
/// ```
/// use cloudfront_model::redact::redact;
/// assert_eq!(
///     redact("origin `https://admin:hunter2@www.example.com/` is not a domain"),
///     "origin `https://***@www.example.com/` is not a domain"
/// );
/// assert_eq!(redact("write `user@example.com`"), "write `user@example.com`");
/// ```
pub fn redact(text: &str) -> String {
    let text = pem_blocks(text);
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while !rest.is_empty() {
        let start = rest.find(|c: char| !is_boundary(c)).unwrap_or(rest.len());
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest.find(is_boundary).unwrap_or(rest.len());
        out.push_str(&word(&rest[..end]));
        rest = &rest[end..];
    }
    out
}

/// One word, its user information and key material replaced.
fn word(w: &str) -> String {
    if w.chars().filter(|c| is_base64(*c)).count() >= KEY_RUN && has_base64_run(w) {
        return "<not shown>".to_owned();
    }
    let (scheme, rest) = match w.find("://") {
        Some(i) => (&w[..i + 3], &w[i + 3..]),
        None => ("", w),
    };
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let Some(at) = rest[..authority_end].rfind('@') else {
        return w.to_owned();
    };
    // `user@example.com` is an address, not a credential; user information with a password
    // (`admin:hunter2@`), or any in a URL, is.
    if scheme.is_empty() && !rest[..at].contains(':') {
        return w.to_owned();
    }
    format!("{scheme}***{}", &rest[at..])
}

fn has_base64_run(w: &str) -> bool {
    w.split(|c: char| !is_base64(c) || c == '/').any(|run| {
        run.len() >= KEY_RUN
            && run.chars().any(|c| c.is_ascii_uppercase())
            && run.chars().any(|c| c.is_ascii_lowercase())
            && run.chars().any(|c| c.is_ascii_digit())
    })
}

/// `text` with every PEM block that holds key material (from `-----BEGIN` to the end of its
/// `-----END ...-----` line, or to the end of the text) replaced. A block without a body (a
/// message naming the lines, `-----BEGIN PUBLIC KEY-----` ... `-----END PUBLIC KEY-----`) is
/// kept.
fn pem_blocks(text: &str) -> String {
    const BEGIN: &str = "-----BEGIN";
    const END: &str = "-----END";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(begin) = rest.find(BEGIN) {
        out.push_str(&rest[..begin]);
        let after = &rest[begin..];
        let label_end = after[BEGIN.len()..]
            .find("-----")
            .map_or(after.len(), |i| BEGIN.len() + i + "-----".len());
        let (body, tail) = match after[label_end..].find(END) {
            Some(end) => {
                let close = &after[label_end + end + END.len()..];
                let next = close
                    .find("-----")
                    .map_or("", |c| &close[c + "-----".len()..]);
                (&after[label_end..label_end + end], next)
            }
            None => (&after[label_end..], ""),
        };
        if body.chars().filter(|c| is_base64(*c)).count() >= 16 {
            out.push_str("<key material not shown>");
            rest = tail;
        } else {
            out.push_str(&after[..label_end]);
            rest = &after[label_end..];
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::redact;
    use crate::rules::catalog::Rule;
    use crate::{PropPath, Violation};

    const SECRETS: &[(&str, &str)] = &[
        ("https://admin:hunter2@www.example.com/a", "hunter2"),
        ("admin:hunter2@www.example.com", "hunter2"),
        ("s3://AKIAIOSFODNN7EXAMPLE@bucket", "AKIAIOSFODNN7EXAMPLE"),
        (
            "-----BEGIN PRIVATE KEY-----\nMIIBVgIBADANBgkqhkiG9w0BAQEFAASCAUAwggE8AgEAAkEA\n-----END PRIVATE KEY-----",
            "MIIBVgIBADANBgkqhkiG9w0BAQEFAASCAUAwggE8AgEAAkEA",
        ),
        (
            "-----BEGIN PRIVATE KEY-----\nMIIBVgIBADANBgkqhkiG9w0BAQEFAASCAUAwggE8AgEAAkEA",
            "MIIBVgIBADANBgkqhkiG9w0BAQEFAASCAUAwggE8AgEAAkEA",
        ),
        (
            "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun",
            "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun",
        ),
    ];

    /// Whatever rule reports a violation, its message and help never show a secret that the
    /// value which broke it held, quoted as rules quote values.
    #[test]
    fn no_rule_shows_a_secret() {
        for rule in Rule::ALL {
            for (value, secret) in SECRETS {
                let v = Violation::new(
                    *rule,
                    PropPath::root().field("domain_name"),
                    format!("`{value}` is not valid: \"{value}\" ({value})"),
                )
                .help(format!("replace `{value}`"));
                let shown = v.to_string();
                assert!(!shown.contains(secret), "{}: {shown}", rule.code());
            }
        }
    }

    #[test]
    fn what_is_not_a_secret_is_kept() {
        for text in [
            "path pattern `/images/*` is the same as `images/*`",
            "write `user@example.com` or `arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555`",
            "the domain name `www.example.com` has a port: `www.example.com:8080`",
            "the key is not in PEM format (`-----BEGIN PUBLIC KEY-----` ... `-----END PUBLIC KEY-----`)",
        ] {
            assert_eq!(redact(text), text);
        }
    }
}
