//! What one turn of the conversation gives the app: the texts to show,
//! the choices, what the conversation waits for and the effects to carry
//! out (helplines, calls, quick exit…).

use serde::{Deserialize, Serialize};

use super::directory::HelplineCard;
use super::model::QuestionnaireMode;
use crate::questionnaire::RiskLevel;

/// Who is talking and where: decides the language, and which helplines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Context {
    /// The person's language (BCP 47; negotiated against the flows').
    pub locale: String,
    /// ISO 3166-1 alpha-2, when known.
    pub country: Option<String>,
}

/// What one turn shows and asks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Turn {
    /// Chat bubbles, formatted in the person's language.
    pub messages: Vec<String>,
    /// Quick replies, in order. Pick one with `choose(index)`.
    pub choices: Vec<ChoiceView>,
    pub waiting_for: Waiting,
    /// Requests for the app: helplines to show, a number to call…
    pub effects: Vec<Effect>,
    /// Where the conversation is (for tests and debugging screens).
    pub flow: Option<String>,
    pub node: Option<String>,
    pub can_go_back: bool,
    pub locale: String,
    pub right_to_left: bool,
}

impl Turn {
    /// After a quick exit: nothing of the last screen, and the `QuickExit`
    /// effect, so that one effect handler in every shell closes the screen
    /// whatever caused the exit (a button, a typed "exit", a flow's leave
    /// node).
    pub(super) fn blank() -> Turn {
        Turn {
            messages: Vec::new(),
            choices: Vec::new(),
            waiting_for: Waiting::Nothing,
            effects: vec![Effect::QuickExit],
            flow: None,
            node: None,
            can_go_back: false,
            locale: String::new(),
            right_to_left: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct ChoiceView {
    pub index: usize,
    pub label: String,
}

/// What the conversation waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Waiting {
    /// A choice (typed text is understood too).
    Choice,
    /// Free text.
    Text,
    /// The outcome of a questionnaire the app is running.
    Questionnaire,
    /// Nothing: the conversation was left by a quick exit.
    Nothing,
}

/// A request for the app (docs/assistant-flows.md §5). Its `Debug` output
/// leaves out what the person wrote (report fields).
#[derive(Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Effect {
    /// Helplines to show, 24/7 first.
    Helplines {
        helplines: Vec<HelplineCard>,
    },
    /// Offer to open the dialler with this number.
    Call {
        number: String,
        helpline: Option<String>,
    },
    /// Offer to open the SMS app.
    Text {
        number: String,
        keyword: Option<String>,
        helpline: Option<String>,
    },
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
    /// Create or add to the report draft.
    ReportDraft {
        topic: String,
        fields: Vec<(String, String)>,
    },
    /// Run this questionnaire, then call `questionnaire_finished`.
    StartQuestionnaire {
        id: String,
        mode: QuestionnaireMode,
    },
    QuickExit,
}

impl std::fmt::Debug for Effect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Effect::ReportDraft { topic, fields } => f
                .debug_struct("ReportDraft")
                .field("topic", topic)
                .field(
                    "fields",
                    &fields.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(),
                )
                .finish_non_exhaustive(),
            Effect::Helplines { helplines } => f
                .debug_struct("Helplines")
                .field("helplines", helplines)
                .finish(),
            Effect::Call { number, helpline } => f
                .debug_struct("Call")
                .field("number", number)
                .field("helpline", helpline)
                .finish(),
            Effect::Text {
                number,
                keyword,
                helpline,
            } => f
                .debug_struct("Text")
                .field("number", number)
                .field("keyword", keyword)
                .field("helpline", helpline)
                .finish(),
            Effect::Open { url } => f.debug_struct("Open").field("url", url).finish(),
            Effect::SafetyTip { text } => f.debug_struct("SafetyTip").field("text", text).finish(),
            Effect::SafetyPlanItem { item, text } => f
                .debug_struct("SafetyPlanItem")
                .field("item", item)
                .field("text", text)
                .finish(),
            Effect::StartQuestionnaire { id, mode } => f
                .debug_struct("StartQuestionnaire")
                .field("id", id)
                .field("mode", mode)
                .finish(),
            Effect::QuickExit => f.write_str("QuickExit"),
        }
    }
}

/// How a questionnaire the assistant handed over to ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum QuestionnaireResult {
    Finished(RiskLevel),
    /// The person stopped before the end.
    Stopped,
}

impl QuestionnaireResult {
    pub fn as_str(self) -> &'static str {
        match self {
            QuestionnaireResult::Finished(RiskLevel::None) => "none",
            QuestionnaireResult::Finished(RiskLevel::Low) => "low",
            QuestionnaireResult::Finished(RiskLevel::Medium) => "medium",
            QuestionnaireResult::Finished(RiskLevel::High) => "high",
            QuestionnaireResult::Finished(RiskLevel::Urgent) => "urgent",
            QuestionnaireResult::Stopped => "stopped",
        }
    }

    pub fn parse(s: &str) -> Option<QuestionnaireResult> {
        Some(match s {
            "none" => QuestionnaireResult::Finished(RiskLevel::None),
            "low" => QuestionnaireResult::Finished(RiskLevel::Low),
            "medium" => QuestionnaireResult::Finished(RiskLevel::Medium),
            "high" => QuestionnaireResult::Finished(RiskLevel::High),
            "urgent" => QuestionnaireResult::Finished(RiskLevel::Urgent),
            "stopped" => QuestionnaireResult::Stopped,
            _ => return None,
        })
    }
}
