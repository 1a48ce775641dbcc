//! ECR repositories that exist outside the stack, for a Lambda function whose code is a
//! container image (the CDK's `ecr.Repository.from_repository_name`).

use crate::expr::Expr;
use crate::lit::{FromLit, Lit, Lowering};
use crate::path::PropPath;
use crate::scope::AsScope;
use crate::shape::{HasKind, Kind};

/// A repository that exists outside the stack.
#[derive(Clone, Debug, PartialEq)]
pub struct Repository {
    /// `<account>.dkr.ecr.<region>.<url suffix>/<name>`, as the CDK writes it.
    pub(crate) uri: Vec<Expr>,
}

impl Repository {
    /// The repository `repository_name` of the stack's account and region.
    ///
    /// ```
    /// use cloudfront_dsl::Stack;
    /// use cloudfront_dsl::ecr::Repository;
    /// let mut stack = Stack::new("Docs").with_env("123456789012", "us-east-1");
    /// let repo = Repository::from_repository_name(&mut stack, "Repo", "my-repo");
    /// assert!(repo.repository_uri_for_tag("v1").as_literal().is_none());
    /// ```
    pub fn from_repository_name(
        scope: &mut impl AsScope,
        id: &str,
        repository_name: &str,
    ) -> Repository {
        let (stack, parent) = scope.as_scope().into_parts();
        crate::import::declare(
            stack,
            parent,
            id,
            Expr::literal(repository_name),
            Vec::new(),
        );
        let (account, region) = match stack.env() {
            Some(env) => (Expr::literal(&env.account), Expr::literal(&env.region)),
            None => (Expr::account_id(), Expr::region()),
        };
        Repository {
            uri: vec![
                account,
                Expr::literal(".dkr.ecr."),
                region,
                Expr::literal("."),
                Expr::url_suffix(),
                Expr::literal(format!("/{repository_name}")),
            ],
        }
    }

    /// The URI of the image `tag` of the repository.
    pub fn repository_uri_for_tag(&self, tag: &str) -> Expr {
        let mut parts = self.uri.clone();
        parts.push(Expr::literal(format!(":{tag}")));
        Expr::join("", parts)
    }
}

impl From<&Repository> for Repository {
    fn from(r: &Repository) -> Repository {
        r.clone()
    }
}

impl HasKind for Repository {
    const KIND: Kind = Kind::Handle("ecr::Repository");
}

impl FromLit for Repository {
    fn from_lit(_: &Lit, _: &PropPath, _: &mut Lowering) -> Option<Self> {
        None
    }

    fn opaque() -> Option<Self> {
        Some(Repository { uri: Vec::new() })
    }
}
