//! Questionnaire expressions: the XLSForm / ODK XPath subset used by
//! `relevant`, `constraint`, `calculation` and `choice_filter`.
//!
//! Text is parsed once into an [`Expr`] ([`parse`]), checked against the
//! form's questions ([`check`]), asked what it reads ([`Expr::references`],
//! which feeds the engine's dependency graph) and evaluated against the
//! answers ([`eval`]). Nothing here panics on any input, and no error message
//! carries an answer value. The language is documented in
//! `docs/expressions.md`.

mod ast;
mod error;
mod eval;
pub mod graph;
mod lexer;
mod parser;
mod types;
mod value;

#[cfg(test)]
mod tests;

pub use ast::{BinaryOp, Expr, ExprKind, Func, References, Span};
pub use error::{EvalError, ExprError, ExprErrorKind};
pub use eval::{eval, eval_bool, Env, MapEnv};
pub use lexer::is_valid_name;
pub use parser::{parse, parse_choice_filter};
pub use types::{check, infer, ValueType};
pub use value::{format_number, Value};

/// Longest expression accepted, in bytes.
pub const MAX_LENGTH: usize = 4096;

/// Deepest nesting accepted, both in the text (parentheses, calls, unary
/// minus) and in the tree's height. A run of operators of one level is one
/// flat node, so long chains (`a or b or …`) do not count against it.
pub const MAX_DEPTH: usize = 64;
