//! Typed errors and validation findings. Messages name questions, sections
//! and lines of the questionnaire file, never an answer value.

use crate::i18n::ids;
use crate::i18n::{Arg, Localizer, MessageRef};
use crate::vault::VaultError;

/// What kind of problem a validation finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// The file is not valid TOML, or a field has the wrong type.
    Syntax,
    /// A required field is missing, a value is out of range, or fields
    /// contradict each other.
    Structure,
    /// Two questions, sections, choices or indicators share a name.
    DuplicateName,
    /// `${name}` or an indicator id that names nothing.
    UnknownReference,
    /// Calculations that depend on each other in a circle.
    Cycle,
    /// An expression that does not parse.
    ExpressionSyntax,
    /// An expression that parses but can never mean what was intended.
    ExpressionType,
    /// `choices = "list"` naming a list that does not exist.
    UnknownChoiceList,
    /// A question that can never be shown.
    Unreachable,
    /// A message id with no translation in a locale the file declares.
    MissingTranslation,
}

/// One problem in a questionnaire file, where it is and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Finding {
    pub file: String,
    /// 1-based.
    pub line: u32,
    /// 1-based, in characters.
    pub column: u32,
    pub kind: FindingKind,
    /// In English, for developers and logs.
    pub reason: String,
    /// The same for any language: `Finding::user_message`.
    pub message: MessageRef,
}

impl Finding {
    pub(crate) fn new(
        file: &str,
        (line, column): (u32, u32),
        kind: FindingKind,
        message: MessageRef,
    ) -> Finding {
        Finding {
            file: file.to_owned(),
            line,
            column,
            kind,
            reason: message.english(),
            message,
        }
    }
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.reason
        )
    }
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum QuestionnaireError {
    #[error("the questionnaire has {} problem(s)", .findings.len())]
    Invalid { findings: Vec<Finding> },
    #[error("no question named {name}")]
    UnknownQuestion { name: String },
    #[error("no section named {id}")]
    UnknownSection { id: String },
    #[error("question {name} takes no answer")]
    NotAnswerable { name: String },
    #[error("question {name} is not shown at the moment")]
    NotRelevant { name: String },
    #[error("this kind of answer does not fit question {name}")]
    WrongType { name: String },
    #[error("the answer to {name} is not one of its choices")]
    NotAChoice { name: String },
    #[error("the answer to {name} is too long")]
    TooLong { name: String },
    /// `message` is the Fluent id of the author's constraint message;
    /// `instance` the repeat block (0-based) when the question is in one.
    #[error("the answer to {name}{} is not accepted", block_text(*.instance))]
    ConstraintFailed {
        name: String,
        instance: Option<u32>,
        message: Option<String>,
    },
    #[error("question {name} needs an answer")]
    Required { name: String },
    #[error("question {name} has no repeat instance {instance}")]
    NoSuchInstance { name: String, instance: u32 },
    #[error("there is no current question (the end was reached)")]
    NoCurrentQuestion,
    #[error("the questionnaire was stopped")]
    Stopped,
    #[error("the questionnaire is already finalized")]
    Finalized,
    #[error("no such draft")]
    DraftNotFound,
    #[error("no such report")]
    ReportNotFound,
    #[error("the draft belongs to questionnaire {id} version {version}")]
    DraftMismatch { id: String, version: u32 },
    #[error("the stored draft is damaged")]
    DraftDamaged,
    #[error(transparent)]
    Vault(#[from] VaultError),
}

/// " in block N" (counting from 1), for English error texts.
fn block_text(instance: Option<u32>) -> String {
    instance.map_or(String::new(), |i| {
        format!(" in block {}", i.saturating_add(1))
    })
}

impl From<rusqlite::Error> for QuestionnaireError {
    fn from(e: rusqlite::Error) -> Self {
        QuestionnaireError::Vault(e.into())
    }
}

impl Finding {
    /// The reason in the localizer's language (without file and line).
    pub fn user_message(&self, loc: &Localizer) -> String {
        self.message.format(loc)
    }
}

crate::user_error::impl_user_error!(QuestionnaireError);

impl QuestionnaireError {
    /// A stable code for scripts and apps (the CLI's JSON `kind`), never
    /// renamed once shipped; a nested error gives its own ([`crate::UserError`]).
    pub fn code(&self) -> &'static str {
        match self {
            QuestionnaireError::Vault(v) => v.code(),
            QuestionnaireError::Invalid { .. } => "invalid_questionnaire",
            QuestionnaireError::UnknownQuestion { .. } => "unknown_question",
            QuestionnaireError::UnknownSection { .. } => "unknown_section",
            QuestionnaireError::NotAnswerable { .. } => "not_answerable",
            QuestionnaireError::NotRelevant { .. } => "not_relevant",
            QuestionnaireError::WrongType { .. } => "wrong_type",
            QuestionnaireError::NotAChoice { .. } => "not_a_choice",
            QuestionnaireError::TooLong { .. } => "too_long",
            QuestionnaireError::ConstraintFailed { .. } => "constraint_failed",
            QuestionnaireError::Required { .. } => "required",
            QuestionnaireError::NoSuchInstance { .. } => "no_such_instance",
            QuestionnaireError::NoCurrentQuestion => "no_current_question",
            QuestionnaireError::Stopped => "stopped",
            QuestionnaireError::Finalized => "finalized",
            QuestionnaireError::DraftNotFound => "draft_not_found",
            QuestionnaireError::ReportNotFound => "report_not_found",
            QuestionnaireError::DraftMismatch { .. } => "draft_mismatch",
            QuestionnaireError::DraftDamaged => "draft_damaged",
        }
    }

    /// The Fluent message id for this error (`questionnaire-error-…`, or the
    /// vault's for a vault error).
    pub fn message_id(&self) -> &'static str {
        match self {
            QuestionnaireError::Vault(v) => v.message_id(),
            QuestionnaireError::Invalid { .. } => ids::QUESTIONNAIRE_ERROR_INVALID,
            QuestionnaireError::UnknownQuestion { .. } => ids::QUESTIONNAIRE_ERROR_UNKNOWN_QUESTION,
            QuestionnaireError::UnknownSection { .. } => ids::QUESTIONNAIRE_ERROR_UNKNOWN_SECTION,
            QuestionnaireError::NotAnswerable { .. } => ids::QUESTIONNAIRE_ERROR_NOT_ANSWERABLE,
            QuestionnaireError::NotRelevant { .. } => ids::QUESTIONNAIRE_ERROR_NOT_RELEVANT,
            QuestionnaireError::WrongType { .. } => ids::QUESTIONNAIRE_ERROR_WRONG_TYPE,
            QuestionnaireError::NotAChoice { .. } => ids::QUESTIONNAIRE_ERROR_NOT_A_CHOICE,
            QuestionnaireError::TooLong { .. } => ids::QUESTIONNAIRE_ERROR_TOO_LONG,
            QuestionnaireError::ConstraintFailed { .. } => ids::QUESTIONNAIRE_ERROR_CONSTRAINT,
            QuestionnaireError::Required { .. } => ids::QUESTIONNAIRE_ERROR_REQUIRED,
            QuestionnaireError::NoSuchInstance { .. } => ids::QUESTIONNAIRE_ERROR_NO_SUCH_INSTANCE,
            QuestionnaireError::NoCurrentQuestion => ids::QUESTIONNAIRE_ERROR_NO_CURRENT_QUESTION,
            QuestionnaireError::Stopped => ids::QUESTIONNAIRE_ERROR_STOPPED,
            QuestionnaireError::Finalized => ids::QUESTIONNAIRE_ERROR_FINALIZED,
            QuestionnaireError::DraftNotFound => ids::QUESTIONNAIRE_ERROR_DRAFT_NOT_FOUND,
            QuestionnaireError::ReportNotFound => ids::QUESTIONNAIRE_ERROR_REPORT_NOT_FOUND,
            QuestionnaireError::DraftMismatch { .. } => ids::QUESTIONNAIRE_ERROR_DRAFT_MISMATCH,
            QuestionnaireError::DraftDamaged => ids::QUESTIONNAIRE_ERROR_DRAFT_DAMAGED,
        }
    }

    /// A short, plain sentence for the person answering or the worker. A
    /// failed constraint shows the author's own message when the localizer
    /// holds the questionnaire's texts. Question names are the author's
    /// identifiers, never answers.
    pub fn user_message(&self, loc: &Localizer) -> String {
        let args: Vec<(&str, Arg)> = match self {
            QuestionnaireError::Vault(v) => return v.user_message(loc),
            QuestionnaireError::ConstraintFailed {
                message: Some(id), ..
            } if loc.has_message(id) => return loc.text(id, &[]),
            QuestionnaireError::Invalid { findings } => {
                vec![("count", Arg::from(findings.len()))]
            }
            QuestionnaireError::UnknownQuestion { name }
            | QuestionnaireError::NotAnswerable { name }
            | QuestionnaireError::NotRelevant { name }
            | QuestionnaireError::WrongType { name }
            | QuestionnaireError::NotAChoice { name }
            | QuestionnaireError::TooLong { name }
            | QuestionnaireError::ConstraintFailed { name, .. }
            | QuestionnaireError::Required { name } => vec![("name", name.as_str().into())],
            QuestionnaireError::UnknownSection { id } => vec![("id", id.as_str().into())],
            QuestionnaireError::NoSuchInstance { name, instance } => vec![
                ("name", name.as_str().into()),
                // People count blocks from 1.
                ("number", Arg::from(instance.saturating_add(1).to_string())),
            ],
            QuestionnaireError::DraftMismatch { id, version } => vec![
                ("id", id.as_str().into()),
                ("version", Arg::from(version.to_string())),
            ],
            QuestionnaireError::NoCurrentQuestion
            | QuestionnaireError::Stopped
            | QuestionnaireError::Finalized
            | QuestionnaireError::DraftNotFound
            | QuestionnaireError::ReportNotFound
            | QuestionnaireError::DraftDamaged => Vec::new(),
        };
        loc.text(self.message_id(), &args)
    }

    /// [`Self::user_message`] preceded by the question it is about and,
    /// inside a repeat, the block, for scripts that answer many questions
    /// at once (an answers file): "age, block 2: …". Other errors: the
    /// user message alone.
    pub fn located_message(&self, loc: &Localizer) -> String {
        let message = self.user_message(loc);
        let (name, instance) = match self {
            QuestionnaireError::ConstraintFailed { name, instance, .. } => (name, *instance),
            QuestionnaireError::WrongType { name }
            | QuestionnaireError::NotAChoice { name }
            | QuestionnaireError::TooLong { name } => (name, None),
            _ => return message,
        };
        let mut args: Vec<(&str, Arg)> =
            vec![("name", name.as_str().into()), ("message", message.into())];
        match instance {
            None => loc.text("questionnaire-error-at", &args),
            Some(i) => {
                // People count blocks from 1.
                args.push(("number", Arg::from(i.saturating_add(1).to_string())));
                loc.text("questionnaire-error-at-block", &args)
            }
        }
    }
}
