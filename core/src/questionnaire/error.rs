//! Typed errors and validation findings. Messages name questions, sections
//! and lines of the questionnaire file, never an answer value.

use crate::i18n::MessageRef;
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
