//! Typed errors and validation findings. Messages name flows, nodes, files
//! and lines, never what the person typed.

use crate::content::PackError;
use crate::i18n::ids;
use crate::i18n::{Arg, Localizer};
use crate::vault::VaultError;

/// What kind of problem a validation finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// Not valid TOML, a field of the wrong type, an unknown field.
    Syntax,
    /// A node with no way to continue or two; literal text for a message id…
    Structure,
    /// Two nodes (or flows) with one id.
    Duplicate,
    /// `next` naming a node that does not exist.
    UnknownNode,
    /// A node that cannot be reached from the start.
    Unreachable,
    /// A node from which the flow can never end.
    DeadEnd,
    /// Nodes that lead to each other without ever waiting or leaving.
    Loop,
    /// A message with no translation in a declared locale.
    MissingTranslation,
    /// An unknown questionnaire, helpline, flow, intent or variable.
    UnknownReference,
    /// An intent with no phrases in some locale.
    EmptyIntent,
    /// A `when` expression that does not parse or cannot make sense.
    Expression,
}

impl FindingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::Syntax => "syntax",
            FindingKind::Structure => "structure",
            FindingKind::Duplicate => "duplicate",
            FindingKind::UnknownNode => "unknown_node",
            FindingKind::Unreachable => "unreachable",
            FindingKind::DeadEnd => "dead_end",
            FindingKind::Loop => "loop",
            FindingKind::MissingTranslation => "missing_translation",
            FindingKind::UnknownReference => "unknown_reference",
            FindingKind::EmptyIntent => "empty_intent",
            FindingKind::Expression => "expression",
        }
    }
}

/// One problem in a flow or intents file: where, what kind, and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Finding {
    pub file: String,
    /// 1-based; 0 when the problem is about the file as a whole.
    pub line: u32,
    pub kind: FindingKind,
    pub reason: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.reason)
    }
}

/// Everything that can go wrong while loading flows or talking.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AssistantError {
    /// Flows or intents that do not pass validation.
    #[error("the assistant content has {} problem(s)", .findings.len())]
    Invalid { findings: Vec<Finding> },
    #[error(transparent)]
    Pack(#[from] PackError),
    #[error("no flow named {id}")]
    UnknownFlow { id: String },
    #[error("there is no choice number {index}")]
    NoSuchChoice { index: usize },
    #[error("the conversation is not waiting for this kind of input")]
    NotWaitingForThis,
    #[error("the text is too long")]
    TextTooLong { max: usize },
    /// A flow that keeps jumping without ever waiting (the validator
    /// prevents it; this guards packs checked by older versions).
    #[error("flow {flow} jumps without end near node {node}")]
    Runaway { flow: String, node: String },
    #[error("the conversation has ended")]
    Ended,
    #[error("no such conversation")]
    NotFound,
    #[error("the saved conversation is damaged")]
    Damaged,
    #[error(transparent)]
    Vault(#[from] VaultError),
}

impl From<rusqlite::Error> for AssistantError {
    fn from(e: rusqlite::Error) -> Self {
        AssistantError::Vault(e.into())
    }
}

crate::user_error::impl_user_error!(AssistantError);

impl AssistantError {
    /// A stable code for scripts and apps (the CLI's JSON `kind`), never
    /// renamed once shipped; a nested error gives its own ([`crate::UserError`]).
    pub fn code(&self) -> &'static str {
        match self {
            AssistantError::Vault(v) => v.code(),
            AssistantError::Pack(p) => p.code(),
            AssistantError::Invalid { .. } => "invalid_flow",
            AssistantError::UnknownFlow { .. } => "unknown_flow",
            AssistantError::NoSuchChoice { .. } => "no_such_choice",
            AssistantError::NotWaitingForThis => "not_waiting",
            AssistantError::TextTooLong { .. } => "text_too_long",
            AssistantError::Runaway { .. } => "runaway",
            AssistantError::Ended => "ended",
            AssistantError::NotFound => "not_found",
            AssistantError::Damaged => "damaged",
        }
    }

    /// The Fluent message id for this error (`assistant-error-…`, or the
    /// vault's or pack's own).
    pub fn message_id(&self) -> &'static str {
        match self {
            AssistantError::Invalid { .. } => ids::ASSISTANT_ERROR_INVALID,
            AssistantError::Pack(p) => p.message_id(),
            AssistantError::UnknownFlow { .. } => ids::ASSISTANT_ERROR_UNKNOWN_FLOW,
            AssistantError::NoSuchChoice { .. } => ids::ASSISTANT_ERROR_NO_SUCH_CHOICE,
            AssistantError::NotWaitingForThis => ids::ASSISTANT_ERROR_NOT_WAITING,
            AssistantError::TextTooLong { .. } => ids::ASSISTANT_ERROR_TEXT_TOO_LONG,
            AssistantError::Runaway { .. } => ids::ASSISTANT_ERROR_RUNAWAY,
            AssistantError::Ended => ids::ASSISTANT_ERROR_ENDED,
            AssistantError::NotFound => ids::ASSISTANT_ERROR_NOT_FOUND,
            AssistantError::Damaged => ids::ASSISTANT_ERROR_DAMAGED,
            AssistantError::Vault(v) => v.message_id(),
        }
    }

    /// A short, plain sentence for the person, in the localizer's language.
    pub fn user_message(&self, loc: &Localizer) -> String {
        match self {
            AssistantError::Pack(p) => p.user_message(loc),
            AssistantError::Vault(v) => v.user_message(loc),
            AssistantError::Invalid { findings } => {
                loc.text(self.message_id(), &[("count", Arg::from(findings.len()))])
            }
            AssistantError::NoSuchChoice { index } => {
                loc.text(self.message_id(), &[("number", Arg::from(*index))])
            }
            AssistantError::TextTooLong { max } => {
                loc.text(self.message_id(), &[("max", Arg::from(*max))])
            }
            _ => loc.text(self.message_id(), &[]),
        }
    }
}
