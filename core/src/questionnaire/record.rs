//! What a questionnaire session saves: the draft's state (answers and
//! position; derived values are recomputed on resume) and the finalized
//! report. Its own module so that the engine, which moves a session on, and
//! the drafts, which seal these in the vault, both depend on it rather than
//! on each other.

use std::collections::BTreeMap;

use chrono::{NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::model::Answer;
use super::scoring::Outcome;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// The worker reads the questions and records the answers.
    Interviewer,
    /// The at-risk person alone, on their own phone.
    SelfCheck,
    /// The worker hands the phone over; the interviewee answers privately.
    HandOver,
}

/// One answerable place: a question, and its repeat instance if it is
/// inside a repeat (0-based).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Slot {
    pub question: String,
    pub instance: Option<u32>,
}

impl Slot {
    pub fn top(question: &str) -> Slot {
        Slot {
            question: question.to_string(),
            instance: None,
        }
    }

    pub fn at(question: &str, instance: u32) -> Slot {
        Slot {
            question: question.to_string(),
            instance: Some(instance),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Position {
    Start,
    At(Slot),
    End,
}

/// Everything a draft stores. Derived values (relevance, calculations) are
/// recomputed on resume, so they cannot disagree with the answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct State {
    pub questionnaire_id: String,
    pub version: u32,
    pub mode: Mode,
    pub answers: BTreeMap<String, Answer>,
    /// Section id → one answer map per instance.
    pub repeats: BTreeMap<String, Vec<BTreeMap<String, Answer>>>,
    pub position: Position,
    pub consent_to_show_answers: bool,
    pub stopped: bool,
    pub finalized: bool,
    pub today: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportAnswer {
    pub slot: Slot,
    pub answer: Answer,
}

/// A finalized questionnaire: only answers of questions that were relevant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub id: String,
    pub questionnaire_id: String,
    pub version: u32,
    pub mode: Mode,
    pub created_at: chrono::DateTime<Utc>,
    pub stopped_early: bool,
    pub consent_to_show_answers: bool,
    pub answers: Vec<ReportAnswer>,
    pub outcome: Outcome,
}
