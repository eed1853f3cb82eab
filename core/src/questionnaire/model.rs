//! The compiled questionnaire and the records the engine hands out.
//!
//! Every text field is a Fluent message id: the app resolves it in the
//! reader's locale, so a questionnaire never carries literal text.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::expression::graph::DependencyGraph;
use crate::expression::{Expr, ValueType};

/// The ILO's 11 indicators of forced labour, as indicator ids.
pub const ILO_INDICATORS: [&str; 11] = [
    "abuse_of_vulnerability",
    "deception",
    "restriction_of_movement",
    "isolation",
    "physical_and_sexual_violence",
    "intimidation_and_threats",
    "retention_of_identity_documents",
    "withholding_of_wages",
    "debt_bondage",
    "abusive_working_and_living_conditions",
    "excessive_overtime",
];

/// Trafficking-specific indicator ids.
pub const TRAFFICKING_INDICATORS: [&str; 4] = [
    "deceptive_recruitment",
    "coercive_recruitment",
    "sexual_exploitation",
    "child",
];

/// Choice names every yes/no question accepts.
pub const YES: &str = "yes";
pub const NO: &str = "no";
/// How "not sure" and "prefer not to say" read in expressions on a yes/no
/// question (`${q} = 'not_sure'`).
pub const NOT_SURE: &str = "not_sure";
pub const PREFER_NOT_TO_SAY: &str = "prefer_not_to_say";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionType {
    YesNo,
    SingleChoice,
    MultipleChoice,
    Text,
    Integer,
    Decimal,
    Date,
    /// A coarse region from a choice list; never a GPS position.
    Region,
    /// Information shown, nothing answered.
    Note,
    /// "I have read / understood this".
    Acknowledgement,
    /// A hidden value computed from other answers.
    Calculate,
}

impl QuestionType {
    pub(crate) fn from_name(s: &str) -> Option<QuestionType> {
        Some(match s {
            "yes_no" => QuestionType::YesNo,
            "single_choice" => QuestionType::SingleChoice,
            "multiple_choice" => QuestionType::MultipleChoice,
            "text" => QuestionType::Text,
            "integer" => QuestionType::Integer,
            "decimal" => QuestionType::Decimal,
            "date" => QuestionType::Date,
            "region" => QuestionType::Region,
            "note" => QuestionType::Note,
            "acknowledgement" => QuestionType::Acknowledgement,
            "calculate" => QuestionType::Calculate,
            _ => return None,
        })
    }

    /// Whether the interviewee answers it (notes and calculations: no).
    pub fn is_answerable(self) -> bool {
        !matches!(self, QuestionType::Note | QuestionType::Calculate)
    }

    pub fn uses_choices(self) -> bool {
        matches!(
            self,
            QuestionType::SingleChoice | QuestionType::MultipleChoice | QuestionType::Region
        )
    }

    pub(crate) fn value_type(self) -> ValueType {
        match self {
            QuestionType::YesNo | QuestionType::SingleChoice | QuestionType::Region => {
                ValueType::Choice
            }
            QuestionType::MultipleChoice => ValueType::Choices,
            QuestionType::Text => ValueType::Text,
            QuestionType::Integer | QuestionType::Decimal => ValueType::Number,
            QuestionType::Date => ValueType::Date,
            QuestionType::Acknowledgement => ValueType::Bool,
            QuestionType::Note | QuestionType::Calculate => ValueType::Unknown,
        }
    }
}

/// An answer. Values never go into error messages or logs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Answer {
    /// Yes/no (`"yes"`/`"no"`), single choice and region: the choice name.
    Choice(String),
    Choices(Vec<String>),
    Text(String),
    Integer(i64),
    Decimal(f64),
    Date(NaiveDate),
    Acknowledged,
    /// Accepted by every question.
    NotSure,
    /// Accepted by every question.
    PreferNotToSay,
}

#[derive(Debug, Clone)]
pub struct Choice {
    pub name: String,
    pub label: String,
    /// Extra columns a choice filter can read (e.g. `country`).
    pub columns: BTreeMap<String, String>,
}

#[derive(Debug, Clone)]
pub struct Section {
    pub id: String,
    pub title: Option<String>,
    /// One block per instance (e.g. per employer), added by the user.
    pub repeat: bool,
    /// Node of its `relevant` in the dependency graph.
    pub(crate) relevant: Option<usize>,
    /// Its questions, as indices into `Questionnaire::questions`.
    pub(crate) questions: std::ops::Range<usize>,
}

#[derive(Debug, Clone)]
pub struct Question {
    pub name: String,
    pub kind: QuestionType,
    pub(crate) section: usize,
    /// Text read to (or by) the interviewee.
    pub label: Option<String>,
    /// Guidance for the interviewer only.
    pub hint: Option<String>,
    pub required: bool,
    /// Message id shown when a required question is left unanswered.
    pub required_message: Option<String>,
    pub constraint_message: Option<String>,
    pub choices: Option<String>,
    /// Locale → audio file path, for people who cannot read.
    pub audio: BTreeMap<String, String>,
    pub(crate) relevant: Option<usize>,
    pub(crate) calculation: Option<usize>,
    pub(crate) constraint: Option<Expr>,
    pub(crate) choice_filter: Option<Expr>,
    /// Filled in when a draft starts (or a block is added), as ODK does.
    pub default: Option<Answer>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    Weak,
    Medium,
    Strong,
}

#[derive(Debug, Clone)]
pub struct IndicatorRule {
    pub id: String,
    pub(crate) when: Expr,
    pub weight: f64,
    pub strength: Strength,
}

impl IndicatorRule {
    /// The names of the questions (and calculations) its rule reads: what an
    /// NGO shows as the reason an indicator was met.
    pub fn reads(&self) -> Vec<String> {
        self.when.references().names.into_iter().collect()
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum RiskLevel {
    #[default]
    None,
    Low,
    Medium,
    High,
    Urgent,
}

impl RiskLevel {
    pub(crate) fn from_name(s: &str) -> Option<RiskLevel> {
        Some(match s {
            "none" => RiskLevel::None,
            "low" => RiskLevel::Low,
            "medium" => RiskLevel::Medium,
            "high" => RiskLevel::High,
            "urgent" => RiskLevel::Urgent,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Rule {
    /// At least one of the indicators.
    AnyOf(Vec<String>),
    /// At least `n` of the indicators.
    AtLeast { n: u32, of: Vec<String> },
    /// At least one indicator from every set (e.g. involuntariness AND
    /// menace of penalty).
    AllOfSets(Vec<Vec<String>>),
    /// The weights of the triggered indicators (among `of`, or all when
    /// empty) add up to at least `threshold`.
    Weight { threshold: f64, of: Vec<String> },
}

/// A recommended next step.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type", content = "id", rename_all = "snake_case")]
pub enum Action {
    /// A Fluent message id describing the step.
    Message(String),
    /// Refer to helplines: the app resolves it with the helpline directory
    /// for the person's country and language.
    ReferHelplines,
}

#[derive(Debug, Clone)]
pub struct OutcomeRule {
    pub level: RiskLevel,
    pub rule: Rule,
    pub actions: Vec<Action>,
}

/// What a graph node computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NodeKind {
    SectionRelevant(usize),
    QuestionRelevant(usize),
    Calculation(usize),
    /// A question's choice filter: when what it reads changes, an answer
    /// it no longer offers is deleted (as ODK drops it).
    ChoiceFilter(usize),
}

/// A parsed, checked questionnaire, ready to run. Immutable; share it in an
/// `Arc` between sessions.
#[derive(Debug, Clone)]
pub struct Questionnaire {
    pub id: String,
    pub version: u32,
    pub title: String,
    pub locales: Vec<String>,
    pub sections: Vec<Section>,
    /// Grouped by section, in section order.
    pub questions: Vec<Question>,
    pub choice_lists: BTreeMap<String, Vec<Choice>>,
    pub indicators: Vec<IndicatorRule>,
    pub outcomes: Vec<OutcomeRule>,
    pub(crate) nodes: Vec<(NodeKind, Expr)>,
    pub(crate) graph: DependencyGraph,
    pub(crate) index: HashMap<String, usize>,
    pub(crate) section_index: HashMap<String, usize>,
}

impl Questionnaire {
    pub fn question(&self, name: &str) -> Option<&Question> {
        self.index.get(name).and_then(|&i| self.questions.get(i))
    }

    pub(crate) fn is_repeat(&self, q: &Question) -> bool {
        self.sections.get(q.section).is_some_and(|s| s.repeat)
    }

    pub fn section_of(&self, q: &Question) -> Option<&Section> {
        self.sections.get(q.section)
    }
}
