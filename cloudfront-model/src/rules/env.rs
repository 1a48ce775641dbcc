//! The account and region a stack deploys to (its `env`), which the template's ARNs and the
//! cloud assembly manifest carry.

use crate::path::PropPath;
use crate::rules::catalog::Rule;
use crate::rules::text::quoted;
use crate::violation::Violation;

/// Whether `s` is an AWS account id: "A 12-digit number, such as 012345678901" ("View AWS
/// account identifiers" in the AWS Account Management Reference Guide,
/// <https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html>).
pub(crate) fn is_account_id(s: &str) -> bool {
    s.len() == 12 && s.bytes().all(|b| b.is_ascii_digit())
}

/// The longest region code taken. AWS documents no length; the longest code today
/// (`ap-southeast-7`, `eusc-de-east-1`) has 14 characters, so 32 leaves room for new ones while
/// a value of any size is refused.
const MAX_REGION_CHARS: usize = 32;

/// Whether `s` has the shape of an AWS region code ("Regions and Zones",
/// <https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html>, lists
/// codes such as `us-east-1`, `us-gov-west-1`, `cn-north-1`, `eusc-de-east-1`): lower-case
/// words joined by `-`, the first of 2 to 4 letters, ending in a number.
///
/// The one region-code check: a stack's `env` and an origin's `origin_shield_region` both use
/// it, so a region one accepts the other accepts too.
pub(crate) fn is_region(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let Some((last, words)) = parts.split_last() else {
        return false;
    };
    s.len() <= MAX_REGION_CHARS
        && words.len() >= 2
        && (2..=4).contains(&words[0].len())
        && words
            .iter()
            .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()))
        && !last.is_empty()
        && last.bytes().all(|b| b.is_ascii_digit())
}

/// What is wrong with the stack's account and region: the template's ARNs and the cloud
/// assembly manifest (`aws://ACCOUNT/REGION`) carry them as they are.
pub(crate) fn check_env(account: &str, region: &str) -> Vec<Violation> {
    check_env_halves(Some(account), Some(region))
}

/// What is wrong with the halves of a stack's environment that are known (`None` for one
/// computed at run time, which `synth()` checks with the other).
pub(crate) fn check_env_halves(account: Option<&str>, region: Option<&str>) -> Vec<Violation> {
    let mut out = Vec::new();
    let env = PropPath::root().field("env");
    if let Some(account) = account.filter(|a| !is_account_id(a)) {
        out.push(
            Violation::new(
                Rule::StackEnv,
                env.field("account"),
                format!(
                    "{} is not an AWS account id: AWS account ids are 12 digits, and the template's ARNs and the cloud assembly manifest carry the account as it is",
                    quoted(account)
                ),
            )
            .help("pass the 12-digit id of the account the stack deploys to (`aws sts get-caller-identity` prints it), without dashes"),
        );
    }
    if let Some(region) = region.filter(|r| !is_region(r)) {
        out.push(
            Violation::new(
                Rule::StackEnv,
                env.field("region"),
                format!(
                    "{} is not an AWS region code: CloudFormation deploys to a region such as `us-east-1`, and the template's ARNs and the cloud assembly manifest carry the region as it is",
                    quoted(region)
                ),
            )
            .help("pass the code of the region the stack deploys to, such as \"us-east-1\""),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_accounts_and_regions_pass() {
        assert!(is_account_id("012345678901"));
        for region in [
            "us-east-1",
            "us-gov-west-1",
            "cn-north-1",
            "ap-southeast-7",
            "ap-northeast-3",
            "eusc-de-east-1",
        ] {
            assert!(is_region(region), "{region}");
            assert!(check_env("123456789012", region).is_empty(), "{region}");
        }
    }

    #[test]
    fn empty_long_and_control_values_fail() {
        let long = "1".repeat(100_000);
        for bad in ["", "12345678901", "1234-5678-9012", "12345678901\0", &long] {
            assert!(!is_account_id(bad), "{bad:?}");
        }
        let long = format!("us-{}-1", "a".repeat(100_000));
        for bad in [
            "",
            "US-EAST-1",
            "us-east",
            "us-east-1\n",
            "useast1",
            "eu-1",
            "US East",
            "us--1",
            &long,
        ] {
            assert!(!is_region(bad), "{bad:?}");
        }
    }
}
