//! What a Rust expression written where a value goes obviously is, before its type is known:
//! literals and their arithmetic (evaluated as Rust evaluates them), `()`, empty blocks, lists,
//! the schema's constants and factories. A value of one of these forms where a prop cannot take
//! it is the DSL's error, not a type error of rustc's in the generated code.

use cloudfront_model::schema;
use proc_macro2::TokenStream;
use quote::ToTokens;

/// A form of value the DSL recognizes in an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Found {
    Str,
    Int,
    Float,
    Bool,
    /// A byte, byte string, character or C string literal.
    Literal,
    Unit,
    Tuple,
    EmptyBlock,
    List,
    /// `::NAME`: a crate's name, not a value.
    CratePath,
    /// A constant or factory of the schema's enum of that name.
    Enum(&'static str),
    /// `file(...)`, which only a prop that takes text reads.
    File,
}

impl Found {
    /// For messages: "expected ..., found {describe}".
    pub(crate) fn describe(self) -> String {
        match self {
            Found::Str => "a string".into(),
            Found::Int => "an integer".into(),
            Found::Float => "a floating-point number".into(),
            Found::Bool => "a boolean".into(),
            Found::Literal => "a literal".into(),
            Found::Unit => "`()`".into(),
            Found::Tuple => "a tuple".into(),
            Found::EmptyBlock => "a block `{ ... }` that has no value".into(),
            Found::List => "a list `[...]`".into(),
            Found::CratePath => "a path `::NAME`, which names a crate".into(),
            Found::Enum(name) => format!("a `{name}` value"),
            Found::File => "`file(...)`, which reads a file's text at compile time (its path a string literal) where a prop takes text".into(),
        }
    }
}

fn of_lit(lit: &syn::Lit) -> Found {
    match lit {
        syn::Lit::Str(_) => Found::Str,
        syn::Lit::Int(_) => Found::Int,
        syn::Lit::Float(_) => Found::Float,
        syn::Lit::Bool(_) => Found::Bool,
        _ => Found::Literal,
    }
}

fn is_arithmetic(op: &syn::BinOp) -> bool {
    matches!(
        op,
        syn::BinOp::Add(_)
            | syn::BinOp::Sub(_)
            | syn::BinOp::Mul(_)
            | syn::BinOp::Div(_)
            | syn::BinOp::Rem(_)
    )
}

/// Whether `expr` is made of literals, parentheses, negation and arithmetic only.
pub(crate) fn is_literal_expression(expr: &syn::Expr) -> bool {
    match expr {
        syn::Expr::Lit(_) => true,
        syn::Expr::Paren(p) => is_literal_expression(&p.expr),
        syn::Expr::Group(g) => is_literal_expression(&g.expr),
        syn::Expr::Unary(u) => matches!(u.op, syn::UnOp::Neg(_)) && is_literal_expression(&u.expr),
        syn::Expr::Binary(b) => {
            is_arithmetic(&b.op)
                && is_literal_expression(&b.left)
                && is_literal_expression(&b.right)
        }
        _ => false,
    }
}

/// The first literal of a literal expression.
fn first_literal(expr: &syn::Expr) -> Option<&syn::Lit> {
    match expr {
        syn::Expr::Lit(l) => Some(&l.lit),
        syn::Expr::Paren(p) => first_literal(&p.expr),
        syn::Expr::Group(g) => first_literal(&g.expr),
        syn::Expr::Unary(u) => first_literal(&u.expr),
        syn::Expr::Binary(b) => first_literal(&b.left),
        _ => None,
    }
}

fn is_unit_block(block: &syn::Block) -> bool {
    match block.stmts.as_slice() {
        [] => true,
        [syn::Stmt::Expr(e, None)] => {
            matches!(literal_form(e), Some(Found::EmptyBlock | Found::Unit))
        }
        _ => false,
    }
}

/// The schema enum a path names a member of (`ViewerProtocolPolicy::ALLOW_ALL`,
/// `lambda::Code::from_asset`), if the member is one of the schema's.
fn enum_member(path: &syn::Path, call: bool) -> Option<&'static str> {
    let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
    let [.., owner, member] = segments.as_slice() else {
        return None;
    };
    let e = schema::enums().iter().find(|e| e.name == owner)?;
    let known = if call {
        e.factory(member).is_some()
    } else {
        e.consts.contains(&member.as_str())
    };
    known.then_some(e.name)
}

/// The DSL form `expr` has, when it has one; `None` for any other Rust expression (a
/// variable, a method call, a macro), whose type only rustc knows.
pub(crate) fn literal_form(expr: &syn::Expr) -> Option<Found> {
    match expr {
        syn::Expr::Paren(p) => literal_form(&p.expr),
        syn::Expr::Group(g) => literal_form(&g.expr),
        syn::Expr::Lit(l) => Some(of_lit(&l.lit)),
        syn::Expr::Unary(_) | syn::Expr::Binary(_) if is_literal_expression(expr) => {
            first_literal(expr).map(of_lit)
        }
        syn::Expr::Tuple(t) if t.elems.is_empty() => Some(Found::Unit),
        syn::Expr::Tuple(_) => Some(Found::Tuple),
        syn::Expr::Block(b) if b.label.is_none() && is_unit_block(&b.block) => {
            Some(Found::EmptyBlock)
        }
        syn::Expr::Array(_) => Some(Found::List),
        syn::Expr::Path(p)
            if p.qself.is_none()
                && p.path.leading_colon.is_some()
                && p.path.segments.len() == 1 =>
        {
            Some(Found::CratePath)
        }
        syn::Expr::Path(p) if p.qself.is_none() => enum_member(&p.path, false).map(Found::Enum),
        syn::Expr::Call(c) => match &*c.func {
            syn::Expr::Path(p) if p.qself.is_none() && p.path.is_ident("file") => Some(Found::File),
            syn::Expr::Path(p) if p.qself.is_none() => enum_member(&p.path, true).map(Found::Enum),
            _ => None,
        },
        _ => None,
    }
}

/// Checks an argument of a macro written in plain Rust (the stack, the construct's id, the
/// distribution of `add_behavior!`): an error when it has a DSL form the argument cannot take
/// (any, or any but a string literal when `string` is set).
pub(crate) fn check_argument(
    expr: &syn::Expr,
    what: &str,
    string: bool,
    usage: &str,
    errs: &mut crate::diag::Errors,
) {
    let Some(found) = literal_form(expr) else {
        return;
    };
    if string && found == Found::Str {
        return;
    }
    errs.spanning(
        expr,
        crate::diag::with_help(
            &format!("expected {what}, found {}", found.describe()),
            Some(usage),
        ),
    );
}

/// The largest value of the unsigned integer type `ty`.
fn max_of(ty: &str) -> u128 {
    match ty {
        "u8" => u128::from(u8::MAX),
        "u16" => u128::from(u16::MAX),
        "u32" => u128::from(u32::MAX),
        "u64" | "usize" => u128::from(u64::MAX),
        _ => u128::MAX,
    }
}

/// An error of the evaluation: the tokens it is about and the message.
pub(crate) type EvalError = (TokenStream, String);

/// The value of a literal expression in the unsigned integer type `ty`, evaluated as rustc
/// evaluates it: every intermediate result must fit the type (rustc refuses `1 - 2 + 5` for a
/// `u16`), a division by zero is an error, and a literal's suffix must be the type's.
/// `-n` written as a negative integer literal: its digits with the sign (`"-10"`).
pub(crate) fn evaluate_negative(expr: &syn::Expr) -> Option<String> {
    match expr {
        syn::Expr::Unary(syn::ExprUnary {
            op: syn::UnOp::Neg(_),
            expr,
            ..
        }) => match &**expr {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Int(n),
                ..
            }) => Some(format!("-{}", n.base10_digits())),
            _ => None,
        },
        _ => None,
    }
}

pub(crate) fn evaluate(expr: &syn::Expr, ty: &str) -> Result<u128, EvalError> {
    let max = max_of(ty);
    let at = |e: &dyn ToTokens, message: String| Err((e.to_token_stream(), message));
    match expr {
        syn::Expr::Paren(p) => evaluate(&p.expr, ty),
        syn::Expr::Group(g) => evaluate(&g.expr, ty),
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Int(i),
            ..
        }) => {
            if !(i.suffix().is_empty() || i.suffix() == ty) {
                return at(i, format!("expected an unsuffixed integer or a `{ty}`"));
            }
            match i.base10_parse::<u128>() {
                Ok(n) if n <= max => Ok(n),
                Ok(n) => at(i, format!("{n} does not fit a `{ty}` (at most {max})")),
                Err(_) => at(
                    i,
                    format!("this integer does not fit a `{ty}` (at most {max})"),
                ),
            }
        }
        syn::Expr::Lit(l) => at(
            l,
            format!("expected an integer, found {}", of_lit(&l.lit).describe()),
        ),
        syn::Expr::Unary(u) => {
            let n = evaluate(&u.expr, ty)?;
            if n == 0 {
                Ok(0)
            } else {
                at(
                    u,
                    crate::diag::with_help(
                        &format!("expected a non-negative integer, found -{n}"),
                        Some(&format!(
                            "this prop takes a `{ty}`, a whole number from 0 to {max}: no CloudFront setting written as an integer is negative"
                        )),
                    ),
                )
            }
        }
        syn::Expr::Binary(b) => {
            let (l, r) = (evaluate(&b.left, ty)?, evaluate(&b.right, ty)?);
            let value = match b.op {
                syn::BinOp::Add(_) => l.checked_add(r),
                syn::BinOp::Sub(_) => l.checked_sub(r),
                syn::BinOp::Mul(_) => l.checked_mul(r),
                syn::BinOp::Div(_) => l.checked_div(r),
                _ => l.checked_rem(r),
            };
            let overflow = || format!("this arithmetic overflows a `{ty}` (at most {max})");
            match (value, &b.op) {
                (Some(n), _) if n <= max => Ok(n),
                (None, syn::BinOp::Sub(_)) => at(
                    b,
                    format!("this arithmetic goes below 0, the least value of a `{ty}`"),
                ),
                (None, syn::BinOp::Div(_) | syn::BinOp::Rem(_)) => {
                    at(b, "this arithmetic divides by zero".to_owned())
                }
                _ => at(b, overflow()),
            }
        }
        other => at(other, "expected an integer".to_owned()),
    }
}

/// The value of a literal expression where a floating-point number goes: integers and
/// floating-point literals (unsuffixed, or `f64`) and their arithmetic, as rustc evaluates
/// them in an `f64`; a division by zero or a result too large for an `f64` is an error.
pub(crate) fn evaluate_float(expr: &syn::Expr) -> Result<f64, EvalError> {
    let at = |e: &dyn ToTokens, message: &str| Err((e.to_token_stream(), message.to_owned()));
    let value = match expr {
        syn::Expr::Paren(p) => evaluate_float(&p.expr)?,
        syn::Expr::Group(g) => evaluate_float(&g.expr)?,
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Int(i),
            ..
        }) if i.suffix().is_empty() => match i.base10_parse::<f64>() {
            Ok(v) => v,
            Err(_) => return at(i, "expected a number"),
        },
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Float(f),
            ..
        }) if f.suffix().is_empty() || f.suffix() == "f64" => match f.base10_parse::<f64>() {
            Ok(v) => v,
            Err(_) => return at(f, "expected a number"),
        },
        syn::Expr::Lit(l) => return at(l, "expected an unsuffixed number or an `f64`"),
        syn::Expr::Unary(u) => -evaluate_float(&u.expr)?,
        syn::Expr::Binary(b) => {
            let (l, r) = (evaluate_float(&b.left)?, evaluate_float(&b.right)?);
            match b.op {
                syn::BinOp::Add(_) => l + r,
                syn::BinOp::Sub(_) => l - r,
                syn::BinOp::Mul(_) => l * r,
                syn::BinOp::Div(_) | syn::BinOp::Rem(_) if r == 0.0 => {
                    return at(b, "this arithmetic divides by zero");
                }
                syn::BinOp::Div(_) => l / r,
                _ => l % r,
            }
        }
        other => return at(other, "expected a number"),
    };
    if value.is_finite() {
        Ok(value)
    } else {
        at(expr, "this arithmetic overflows an `f64`")
    }
}
