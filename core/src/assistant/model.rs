//! A checked flow: nodes, how each continues, and the actions it asks the
//! app for. Built only by [`super::flow::parse`]; every reference inside a
//! flow has been checked, so the engine can follow them without surprises.

use std::collections::HashMap;

use crate::content::{Audience, ChannelKind};
use crate::expression::Expr;

/// Variables every conversation has. `danger` is `yes` once a danger or
/// self-harm sentence was recognised; `crisis` is `yes` when it was about
/// self-harm, so the urgent flow can put a crisis line first.
pub const BUILTIN_VARIABLES: &[&str] = &["country", "locale", "danger", "crisis"];

/// Intents the engine itself listens for, in every locale.
pub const DANGER_INTENT: &str = "danger";
/// Thoughts of suicide or self-harm: also leads to the urgent flow, with
/// `crisis = "yes"`.
pub const SELF_HARM_INTENT: &str = "self_harm";
/// Optional: sentences that share words with danger phrases but are not
/// danger ("can my employer keep a copy of my passport"). A text matching
/// one confidently gets its danger match offered in "did you mean" instead.
pub const NOT_DANGER_INTENT: &str = "not_danger";
pub const BACK_INTENT: &str = "back";
pub const RESTART_INTENT: &str = "restart";
pub const SOMETHING_ELSE_INTENT: &str = "something_else";
pub const QUICK_EXIT_INTENT: &str = "quick_exit";
pub const RESERVED_INTENTS: &[&str] = &[
    DANGER_INTENT,
    SELF_HARM_INTENT,
    BACK_INTENT,
    RESTART_INTENT,
    SOMETHING_ELSE_INTENT,
    QUICK_EXIT_INTENT,
];
/// The reserved intents that are commands (matched strictly).
pub const COMMAND_INTENTS: &[&str] = &[
    BACK_INTENT,
    RESTART_INTENT,
    SOMETHING_ELSE_INTENT,
    QUICK_EXIT_INTENT,
];

/// Most choices one node may offer.
pub const MAX_CHOICES: usize = 12;

/// One decision flow.
#[derive(Debug, Clone)]
pub struct Flow {
    pub id: String,
    pub version: u32,
    /// Message id of its name.
    pub title: String,
    /// Position in the home menu; `None` keeps it out of the menu.
    pub menu: Option<i64>,
    pub intents: Vec<String>,
    pub locales: Vec<String>,
    pub start: String,
    pub urgent: bool,
    pub nodes: HashMap<String, Node>,
    /// Node ids in file order.
    pub order: Vec<String>,
    /// Every cross-file reference with its line, for the pack-level check.
    pub(crate) references: Vec<Reference>,
}

impl Flow {
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.get(id)
    }
}

#[derive(Debug, Clone)]
pub struct Node {
    pub id: String,
    pub line: u32,
    pub say: Vec<String>,
    pub set: Vec<(String, String)>,
    pub actions: Vec<Action>,
    pub next: Continuation,
}

/// How a node goes on.
#[derive(Debug, Clone)]
pub enum Continuation {
    Choices(Vec<Choice>),
    Ask {
        routes: Vec<Route>,
        save_as: Option<String>,
        otherwise: String,
    },
    Branch {
        cases: Vec<(Expr, String)>,
        otherwise: String,
    },
    Next(String),
    GotoFlow(String),
    Questionnaire {
        id: String,
        mode: QuestionnaireMode,
        save_as: Option<String>,
        next: String,
    },
    End,
}

impl Continuation {
    /// Whether the conversation stops here for the person (or the app).
    pub fn waits(&self) -> bool {
        matches!(
            self,
            Continuation::Choices(_)
                | Continuation::Ask { .. }
                | Continuation::Questionnaire { .. }
                | Continuation::End
        )
    }

    /// Nodes of the same flow this can lead to.
    pub fn targets(&self) -> Vec<&str> {
        match self {
            Continuation::Choices(choices) => choices
                .iter()
                .filter_map(|c| match &c.target {
                    Target::Node(n) => Some(n.as_str()),
                    Target::Flow(_) => None,
                })
                .collect(),
            Continuation::Ask {
                routes, otherwise, ..
            } => routes
                .iter()
                .map(|r| r.next.as_str())
                .chain(std::iter::once(otherwise.as_str()))
                .collect(),
            Continuation::Branch { cases, otherwise } => cases
                .iter()
                .map(|(_, n)| n.as_str())
                .chain(std::iter::once(otherwise.as_str()))
                .collect(),
            Continuation::Next(n) | Continuation::Questionnaire { next: n, .. } => vec![n],
            Continuation::GotoFlow(_) | Continuation::End => Vec::new(),
        }
    }

    /// Whether this leaves the flow (ends it or jumps to another one).
    pub fn exits(&self) -> bool {
        match self {
            Continuation::End | Continuation::GotoFlow(_) => true,
            Continuation::Choices(cs) => cs.iter().any(|c| matches!(c.target, Target::Flow(_))),
            _ => false,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Choice {
    pub label: String,
    pub target: Target,
    pub set: Vec<(String, String)>,
    pub when: Option<Expr>,
    pub intents: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Node(String),
    Flow(String),
}

#[derive(Debug, Clone)]
pub struct Route {
    pub intent: String,
    /// Message id offered in "did you mean"; unlabelled routes are only
    /// taken on a confident match.
    pub label: Option<String>,
    pub next: String,
    pub set: Vec<(String, String)>,
}

/// Who holds the phone while a questionnaire runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionnaireMode {
    #[serde(rename = "self")]
    SelfCheck,
    HandOver,
    Interviewer,
}

impl QuestionnaireMode {
    pub fn parse(s: &str) -> Option<QuestionnaireMode> {
        match s {
            "self" => Some(QuestionnaireMode::SelfCheck),
            "hand_over" => Some(QuestionnaireMode::HandOver),
            "interviewer" => Some(QuestionnaireMode::Interviewer),
            _ => None,
        }
    }
}

/// A number to dial or text: a directory entry, or digits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dial {
    Helpline(String),
    Number(String),
}

/// What a node asks the app to do (docs/assistant-flows.md §5).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    ShowHelplines {
        audience: Option<Audience>,
        channel: Option<ChannelKind>,
        limit: usize,
        /// Police and ambulance numbers before specialist services (for
        /// someone in danger right now).
        emergency_first: bool,
        /// For thoughts of self-harm: crisis lines open day and night
        /// first, then emergency numbers, then crisis lines with limited
        /// hours, then the rest.
        crisis_first: bool,
    },
    Call(Dial),
    Text(Dial),
    Open {
        url: String,
    },
    SafetyTip {
        text: String,
    },
    SafetyPlanItem {
        item: String,
        text: String,
    },
    ReportDraft {
        topic: String,
        include: Vec<String>,
    },
    QuickExit,
}

impl Action {
    /// Actions that only show something: repeated when a node is shown
    /// again (back, resume). Requests are not.
    pub fn is_display(&self) -> bool {
        matches!(
            self,
            Action::ShowHelplines { .. } | Action::SafetyTip { .. }
        )
    }
}

/// Something a flow names outside itself, with where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Reference {
    pub line: u32,
    pub kind: RefKind,
    pub name: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RefKind {
    Message,
    Intent,
    Flow,
    Helpline,
    Questionnaire,
    /// A variable read by a condition or a report.
    ReadsVariable,
    /// A variable set by `set` or `save_as`.
    SetsVariable,
}
