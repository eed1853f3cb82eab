//! Typed errors. Messages name a position in the expression and, at most, a
//! reference or function name: never an answer value.

use std::fmt;

use super::ast::Span;
use crate::i18n::{Localizer, MessageRef};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExprErrorKind {
    /// The expression is longer than [`super::MAX_LENGTH`] bytes.
    TooLong,
    /// Nested deeper than [`super::MAX_DEPTH`].
    TooDeep,
    /// A character that starts no token.
    UnexpectedChar,
    /// A string literal without its closing quote.
    UnterminatedString,
    /// A number too large to represent.
    BadNumber,
    /// `${` without `}`, or a name that is not a valid XLSForm name.
    BadReference,
    /// A token where it cannot stand (e.g. `1 +)`).
    UnexpectedToken,
    /// The expression stops in the middle.
    UnexpectedEnd,
    /// XPath that the subset does not cover: paths, `..`, `|`, `@`…
    Unsupported,
    /// A function name that the language does not know.
    UnknownFunction,
    /// `${name}` that names no question or calculation.
    UnknownReference,
    /// Wrong number of arguments.
    Arity,
    /// An operation that can never make sense on the types involved.
    Type,
}

/// A syntax or static error, with where it happened and a plain reason:
/// `reason` in English, `message` for any language (`user_message`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExprError {
    pub kind: ExprErrorKind,
    pub span: Span,
    pub reason: String,
    pub message: MessageRef,
}

impl ExprError {
    /// `id` is an `expr-error-…` message of `locales/*/questionnaire.ftl`.
    pub fn new(kind: ExprErrorKind, span: Span, message: MessageRef) -> ExprError {
        ExprError {
            kind,
            span,
            reason: message.english(),
            message,
        }
    }
}

impl fmt::Display for ExprError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.span, self.reason)
    }
}

impl std::error::Error for ExprError {}

/// Evaluation errors. Most type surprises have defined XPath values instead;
/// these are the cases where there is no sensible answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EvalError {
    #[error("{span}: {func}() takes {expected} argument(s), not {got}")]
    Arity {
        func: &'static str,
        expected: String,
        got: usize,
        span: Span,
    },
    #[error("{span}: the expression is nested too deeply to evaluate")]
    TooDeep { span: Span },
}

impl ExprError {
    /// A short, plain sentence for the author, in the localizer's language.
    pub fn user_message(&self, loc: &Localizer) -> String {
        self.message.format(loc)
    }
}
