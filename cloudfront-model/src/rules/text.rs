//! Checks on the text of values: host names, paths, header names.

/// Why `s` is not a bare host name CloudFront can connect to, and the host name the user
/// probably meant.
pub(crate) fn host_name_problem(s: &str) -> Option<(String, Option<String>)> {
    if s.is_empty() {
        return Some(("the domain name is empty".into(), None));
    }
    let (rest, scheme) = match s.split_once("://") {
        Some((scheme, rest)) => (rest, Some(scheme)),
        None => (s, None),
    };
    let host = rest
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default()
        .rsplit('@')
        .next()
        .unwrap_or_default();
    let bare = host.split(':').next().unwrap_or_default();
    if let Some(scheme) = scheme {
        return Some((
            format!(
                "`{s}` has a scheme (`{scheme}://`); CloudFront wants only the host name and takes the protocol from the origin's protocol policy"
            ),
            Some(bare.to_owned()),
        ));
    }
    if host.len() != rest.split(['/', '?', '#']).next().unwrap_or_default().len() {
        return Some((
            format!("`{s}` has user information before `@`; CloudFront wants only the host name"),
            Some(bare.to_owned()),
        ));
    }
    if bare.len() != rest.len() {
        let what = if host.len() == rest.len() {
            "a port"
        } else {
            "a path"
        };
        let hint = if what == "a port" {
            "set the port with `http_port` / `https_port`"
        } else {
            "put the path in `origin_path`"
        };
        return Some((
            format!("`{s}` has {what}; CloudFront wants only the host name ({hint})"),
            Some(bare.to_owned()),
        ));
    }
    if s.len() > 253 {
        return Some((
            format!(
                "the domain name has {} characters; at most 253 are allowed",
                s.len()
            ),
            None,
        ));
    }
    for label in s.split('.') {
        if label.is_empty() {
            return Some((
                format!("`{s}` has an empty label (`..`, or a dot at either end)"),
                None,
            ));
        }
        if label.len() > 63 {
            return Some((format!("`{s}` has a label longer than 63 characters"), None));
        }
        if let Some(c) = label
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
        {
            return Some((
                format!("`{s}` has the character `{c}`, which a host name cannot hold"),
                None,
            ));
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Some((
                format!("`{s}` has a label that starts or ends with `-`"),
                None,
            ));
        }
    }
    None
}

/// The most characters of a value a message quotes: enough to recognise it, and a value of
/// 100 KB does not fill the terminal.
const MAX_QUOTED_CHARS: usize = 40;

/// `value` as a message quotes it: control characters escaped (a NUL or a newline shows as
/// `\0`, `\n`), cut after [`MAX_QUOTED_CHARS`] characters with its length said.
pub(crate) fn quoted(value: &str) -> String {
    let count = value.chars().count();
    let shown: String = value.chars().take(MAX_QUOTED_CHARS).collect();
    let escaped: String = shown.chars().flat_map(char::escape_debug).collect();
    if count > MAX_QUOTED_CHARS {
        format!("`{escaped}...` ({count} characters)")
    } else {
        format!("`{escaped}`")
    }
}

/// Characters a URL path may hold without percent-encoding, plus `%` for encoded ones.
pub(crate) fn is_path_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=:@/%".contains(c)
}

/// Headers CloudFront does not let an origin configuration add (compared case-insensitively).
pub(crate) const FORBIDDEN_ORIGIN_HEADERS: &[&str] = &[
    "Cache-Control",
    "Connection",
    "Content-Length",
    "Cookie",
    "Host",
    "If-Match",
    "If-Modified-Since",
    "If-None-Match",
    "If-Range",
    "If-Unmodified-Since",
    "Max-Forwards",
    "Pragma",
    "Proxy-Authenticate",
    "Proxy-Authorization",
    "Proxy-Connection",
    "Range",
    "Request-Range",
    "TE",
    "Trailer",
    "Transfer-Encoding",
    "Upgrade",
    "Via",
    "X-Real-Ip",
];

/// Header name prefixes CloudFront reserves for itself.
pub(crate) const FORBIDDEN_ORIGIN_HEADER_PREFIXES: &[&str] = &["X-Amz-", "X-Edge-"];

/// Whether `c` may appear in an HTTP header name (an RFC 9110 token character).
pub(crate) fn is_header_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c)
}

/// ISO 3166-1 alpha-2 country codes, as CloudFront's geographic restrictions take them.
pub(crate) const COUNTRY_CODES: &[&str] = &[
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];

/// Codes people write for a country whose ISO code differs.
pub(crate) fn country_code_for(common: &str) -> Option<&'static str> {
    match common {
        "UK" => Some("GB"),
        "EL" => Some("GR"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_hosts_pass() {
        for ok in [
            "www.example.com",
            "example",
            "my-lb-123.us-east-1.elb.amazonaws.com",
        ] {
            assert_eq!(host_name_problem(ok), None, "{ok}");
        }
    }

    #[test]
    fn urls_are_reduced_to_their_host() {
        let (_, fix) = host_name_problem("https://www.example.com/").unwrap();
        assert_eq!(fix.as_deref(), Some("www.example.com"));
        let (msg, fix) = host_name_problem("www.example.com/static").unwrap();
        assert!(msg.contains("a path"));
        assert_eq!(fix.as_deref(), Some("www.example.com"));
        let (msg, _) = host_name_problem("www.example.com:8080").unwrap();
        assert!(msg.contains("a port"));
        let (msg, fix) = host_name_problem("user@www.example.com").unwrap();
        assert!(msg.contains("user information"));
        assert_eq!(fix.as_deref(), Some("www.example.com"));
        assert!(host_name_problem("bad..host").is_some());
        assert!(host_name_problem("-bad.host").is_some());
    }

    #[test]
    fn quoted_values_are_escaped_and_cut() {
        assert_eq!(quoted("a\0b\nc"), "`a\\0b\\nc`");
        let long = "x".repeat(100_000);
        let q = quoted(&long);
        assert!(q.len() < 80, "{q}");
        assert!(q.ends_with("...` (100000 characters)"), "{q}");
    }

    #[test]
    fn country_codes_are_sorted_and_unique() {
        assert!(COUNTRY_CODES.windows(2).all(|w| w[0] < w[1]));
    }
}
