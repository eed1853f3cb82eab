//! Guided questionnaires: screening interviews and self-checks with skip
//! logic, repeats, scoring and drafts kept only in the vault.
//!
//! A questionnaire is a TOML file ([`parse`], [`validate`]); its text is
//! Fluent message ids. A [`Session`] runs it in one of three [`Mode`]s and
//! saves every change to [`Drafts`]. The format is documented in
//! `docs/questionnaires.md`.

pub mod catalog;
mod conventions;
mod draft;
mod engine;
mod error;
pub(crate) mod format;
#[cfg(feature = "import")]
pub mod import;
pub mod input;
mod model;
mod present;
mod record;
mod scoring;
mod solar_hijri;
mod undo;
mod validate;

#[cfg(test)]
mod tests;

pub use catalog::{Catalog, CatalogEntry, CatalogError, LoadedQuestionnaire, QuestionnaireSource};
pub use conventions::{write_date, write_decimal};
pub use draft::{DraftInfo, Drafts};
pub use engine::{
    ChoiceView, Progress, QuestionView, ReviewItem, Session, Summary, Viewer, MAX_TEXT_LEN,
};
pub use error::{Finding, FindingKind, QuestionnaireError};
pub use format::MAX_SOURCE_LEN;
pub use model::{
    Action, Answer, Choice, IndicatorRule, OutcomeRule, Question, QuestionType, Questionnaire,
    RiskLevel, Rule, Section, Strength, ILO_INDICATORS, NO, NOT_SURE, PREFER_NOT_TO_SAY,
    TRAFFICKING_INDICATORS, YES,
};
pub use present::{
    answer_options, answer_text, indicator_message_id, indicator_name, outcome_text,
    result_helplines, risk_message_id, strength_message_id, AnswerOption, IndicatorText,
    NextStepText, OutcomeText,
};
pub use record::{Mode, Report, ReportAnswer, Slot};
pub use scoring::{Outcome, TriggeredIndicator};
pub use validate::{parse, validate, HasMessage};
