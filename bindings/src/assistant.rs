//! The support assistant: an offline, chat-like guide through authored
//! flows (docs/assistant-flows.md). Nothing here generates text: every
//! message comes from a signed content pack, in the person's language.
//!
//! An [`Assistant`] holds the flows (checked once); it starts or resumes
//! [`Conversation`]s. Each call on a conversation returns the next [`Turn`]:
//! chat bubbles, quick replies, and [`AssistantEffect`]s, requests for the
//! app (show helplines, offer to call, run a questionnaire, leave at once).
//! With a vault ([`crate::Vault::assistant`]) every turn is saved in the
//! vault before it is returned, so those calls block.

use std::sync::Arc;
use std::time::SystemTime;

use waymark_core::assistant::{
    self as core_assistant, BuiltinHelplines, ConversationStore, Effect, Library,
    QuestionnaireMode, QuestionnaireResult as CoreResult, Waiting,
};
use waymark_core::content::ContentStore as CoreContentStore;
use waymark_core::questionnaire::RiskLevel as CoreRisk;
use waymark_core::Vault as CoreVault;

use crate::content::{channel, HelplineChannel};
use crate::errors::AssistantError;
use crate::questionnaire::{InterviewMode, RiskLevel};

// ---------------------------------------------------------------- records

/// One quick reply. Pick it with [`Conversation::choose`]`(index)`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct QuickReply {
    pub index: u32,
    pub label: String,
}

/// What the conversation waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum WaitingFor {
    /// A quick reply (typed text is understood too).
    Choice,
    /// Free text ([`Conversation::say`]).
    Text,
    /// The outcome of the questionnaire an effect asked the app to run
    /// ([`Conversation::questionnaire_finished`]).
    Questionnaire,
    /// Nothing: the person left with a quick exit.
    Nothing,
}

/// A helpline as shown in the chat: its facts, and its notes already in the
/// person's language.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct HelplineCard {
    pub id: String,
    /// The service's own name (never translated).
    pub name: String,
    pub operator: String,
    pub country: String,
    pub channels: Vec<HelplineChannel>,
    pub always_open: bool,
    pub emergency: bool,
    /// A suicide-prevention or emotional-crisis line (shown first when
    /// someone wrote about ending their life).
    pub crisis_line: bool,
    pub free: bool,
    pub hours: String,
    pub confidentiality: String,
    /// The entry's own notes ("from mobile phones only"…), translated.
    pub notices: Vec<String>,
    /// "We could not confirm this number" (or that who runs it or its hours
    /// are unconfirmed), when the entry is uncertain.
    pub uncertain: Option<String>,
}

/// One field of a report draft: a variable of the flow and what the person
/// wrote.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReportDraftField {
    pub name: String,
    pub value: String,
}

/// A request for the app. Handle the ones you support; ignore the rest.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum AssistantEffect {
    /// Show these helplines (24/7 and, where the flow asks, emergency first).
    ShowHelplines { helplines: Vec<HelplineCard> },
    /// Offer to open the dialler with this number. Never dial by itself.
    Call {
        number: String,
        helpline: Option<String>,
    },
    /// Offer to open the SMS app with this number (and keyword).
    Sms {
        number: String,
        keyword: Option<String>,
        helpline: Option<String>,
    },
    /// Offer to open this https link.
    Open { url: String },
    /// A safety tip to show, already in the person's language.
    SafetyTip { text: String },
    /// An item to add to the person's safety plan.
    SafetyPlanItem { item: String, text: String },
    /// Start or add to a report draft with what the person wrote (for the
    /// outbox, [`crate::Outbox::queue_text`], only if they choose to send).
    ReportDraft {
        topic: String,
        fields: Vec<ReportDraftField>,
    },
    /// Run this questionnaire in this mode, then call
    /// [`Conversation::questionnaire_finished`].
    StartQuestionnaire { id: String, mode: InterviewMode },
    /// Leave now: close the chat screen and show something harmless. The
    /// saved conversation is already deleted.
    QuickExit,
}

/// What one turn shows and asks.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Turn {
    /// Chat bubbles, in order, in the person's language.
    pub messages: Vec<String>,
    pub quick_replies: Vec<QuickReply>,
    pub waiting_for: WaitingFor,
    pub effects: Vec<AssistantEffect>,
    /// Where the conversation is (flow and node ids): for tests and
    /// debugging screens, not for people.
    pub flow: Option<String>,
    pub node: Option<String>,
    pub can_go_back: bool,
    /// The locale the messages are in (after negotiation).
    pub locale: String,
    /// Lay the chat out right to left (Arabic, Persian).
    pub right_to_left: bool,
}

/// How the questionnaire the assistant handed over ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum QuestionnaireResult {
    Finished {
        risk: RiskLevel,
    },
    /// The person stopped before the end.
    Stopped,
}

/// A saved conversation, as listed: no content.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ConversationInfo {
    pub id: String,
    pub created_at: SystemTime,
    pub updated_at: SystemTime,
}

fn card(c: core_assistant::HelplineCard) -> HelplineCard {
    HelplineCard {
        id: c.id,
        name: c.name,
        operator: c.operator,
        country: c.country,
        channels: c.channels.into_iter().map(channel).collect(),
        always_open: c.always_open,
        emergency: c.emergency,
        crisis_line: c.crisis_line,
        free: c.free,
        hours: c.hours,
        confidentiality: c.confidentiality,
        notices: c.notices,
        uncertain: c.uncertain,
    }
}

fn mode(m: QuestionnaireMode) -> InterviewMode {
    match m {
        QuestionnaireMode::SelfCheck => InterviewMode::SelfCheck,
        QuestionnaireMode::HandOver => InterviewMode::HandOver,
        QuestionnaireMode::Interviewer => InterviewMode::Interviewer,
    }
}

fn effect(e: Effect) -> AssistantEffect {
    match e {
        Effect::Helplines { helplines } => AssistantEffect::ShowHelplines {
            helplines: helplines.into_iter().map(card).collect(),
        },
        Effect::Call { number, helpline } => AssistantEffect::Call { number, helpline },
        Effect::Text {
            number,
            keyword,
            helpline,
        } => AssistantEffect::Sms {
            number,
            keyword,
            helpline,
        },
        Effect::Open { url } => AssistantEffect::Open { url },
        Effect::SafetyTip { text } => AssistantEffect::SafetyTip { text },
        Effect::SafetyPlanItem { item, text } => AssistantEffect::SafetyPlanItem { item, text },
        Effect::ReportDraft { topic, fields } => AssistantEffect::ReportDraft {
            topic,
            fields: fields
                .into_iter()
                .map(|(name, value)| ReportDraftField { name, value })
                .collect(),
        },
        Effect::StartQuestionnaire { id, mode: m } => {
            AssistantEffect::StartQuestionnaire { id, mode: mode(m) }
        }
        Effect::QuickExit => AssistantEffect::QuickExit,
    }
}

fn turn(t: core_assistant::Turn) -> Turn {
    let waiting_for = match t.waiting_for {
        Waiting::Choice => WaitingFor::Choice,
        Waiting::Text => WaitingFor::Text,
        Waiting::Questionnaire => WaitingFor::Questionnaire,
        Waiting::Nothing => WaitingFor::Nothing,
    };
    let effects: Vec<AssistantEffect> = t.effects.into_iter().map(effect).collect();
    Turn {
        messages: t.messages,
        quick_replies: t
            .choices
            .into_iter()
            .map(|c| QuickReply {
                index: u32::try_from(c.index).unwrap_or(u32::MAX),
                label: c.label,
            })
            .collect(),
        waiting_for,
        effects,
        flow: t.flow,
        node: t.node,
        can_go_back: t.can_go_back,
        locale: t.locale,
        right_to_left: t.right_to_left,
    }
}

fn time(s: &str) -> Result<SystemTime, AssistantError> {
    chrono::DateTime::parse_from_rfc3339(s)
        .map(SystemTime::from)
        .map_err(|_| core_assistant::AssistantError::Damaged.into())
}

// ---------------------------------------------------------------- objects

/// The assistant's flows, texts and phrases, checked once; shared by every
/// conversation. Thread-safe.
#[derive(uniffi::Object)]
pub struct Assistant {
    library: Arc<Library>,
    store: Option<ConversationStore>,
}

impl Assistant {
    /// The built-in flows plus those of packs installed in the vault, with
    /// its helplines; conversations saved in the vault.
    pub(crate) fn for_vault(vault: Arc<CoreVault>) -> Result<Arc<Self>, AssistantError> {
        let content = Arc::new(CoreContentStore::new(vault.clone()));
        Ok(Arc::new(Assistant {
            library: Arc::new(Library::with_installed(content)?),
            store: Some(ConversationStore::new(vault)),
        }))
    }

    fn store(&self) -> Result<&ConversationStore, AssistantError> {
        // Without a vault nothing was ever saved.
        self.store
            .as_ref()
            .ok_or_else(|| core_assistant::AssistantError::NotFound.into())
    }
}

#[waymark_ffi_macros::export]
impl Assistant {
    /// The built-in flows and helplines, prepared for `locale` (and English,
    /// the fallback), without a vault: nothing is saved, so it works before
    /// a vault exists. About 5 ms on a laptop; no disk.
    #[uniffi::constructor]
    pub fn builtin(locale: String) -> Result<Arc<Self>, AssistantError> {
        Ok(Arc::new(Assistant {
            library: Arc::new(Library::builtin_for(&locale, Arc::new(BuiltinHelplines))?),
            store: None,
        }))
    }

    /// Locales the flows can speak.
    pub fn locales(&self) -> Vec<String> {
        self.library.locales().to_vec()
    }

    /// Starts a conversation at the home menu, in the best locale for
    /// `locale`; `country` (ISO 3166-1 alpha-2) chooses the helplines.
    /// Call [`Conversation::current`] for the first turn. Blocking with a
    /// vault (saved at once).
    pub fn start(
        &self,
        locale: String,
        country: Option<String>,
    ) -> Result<Arc<Conversation>, AssistantError> {
        let (inner, _) = core_assistant::Conversation::start(
            self.library.clone(),
            core_assistant::Context { locale, country },
            self.store.clone(),
        )?;
        Ok(Arc::new(Conversation { inner }))
    }

    /// Continues a saved conversation on the screen where it stopped (a
    /// flow that changed since restarts at the home menu). Blocking.
    pub fn resume(&self, id: String) -> Result<Arc<Conversation>, AssistantError> {
        let (inner, _) =
            core_assistant::Conversation::resume(self.library.clone(), self.store()?.clone(), &id)?;
        Ok(Arc::new(Conversation { inner }))
    }

    /// Saved conversations, most recently used first. Blocking; empty
    /// without a vault.
    pub fn conversations(&self) -> Result<Vec<ConversationInfo>, AssistantError> {
        let Some(store) = &self.store else {
            return Ok(Vec::new());
        };
        store
            .list()?
            .into_iter()
            .map(|c| {
                Ok(ConversationInfo {
                    created_at: time(&c.created_at)?,
                    updated_at: time(&c.updated_at)?,
                    id: c.id,
                })
            })
            .collect()
    }

    /// Deletes a saved conversation; nothing of it stays in the database.
    /// Blocking.
    pub fn delete_conversation(&self, id: String) -> Result<(), AssistantError> {
        Ok(self.store()?.delete(&id)?)
    }
}

/// One conversation. Thread-safe; with a vault every call saves the turn
/// before returning it, so call off the main thread.
#[derive(uniffi::Object)]
pub struct Conversation {
    inner: core_assistant::Conversation,
}

#[waymark_ffi_macros::export]
impl Conversation {
    /// The saved conversation's id (`None` without a vault, or after a
    /// quick exit or delete).
    pub fn id(&self) -> Option<String> {
        self.inner.id()
    }

    /// The current screen again (after start, resume, or when the screen
    /// is shown anew).
    pub fn current(&self) -> Result<Turn, AssistantError> {
        Ok(turn(self.inner.current()?))
    }

    /// Picks quick reply `index` of the last turn.
    pub fn choose(&self, index: u32) -> Result<Turn, AssistantError> {
        let index = usize::try_from(index).unwrap_or(usize::MAX);
        Ok(turn(self.inner.choose(index)?))
    }

    /// Takes typed text. Danger and self-harm sentences always lead to
    /// urgent help first; unclear text gets "did you mean", never a guess.
    pub fn say(&self, text: String) -> Result<Turn, AssistantError> {
        Ok(turn(self.inner.say(&text)?))
    }

    /// A text answer typed inside the questionnaire this conversation
    /// handed over (`StartQuestionnaire`): call it with every one. A danger
    /// or self-harm answer moves the conversation to urgent help and that
    /// turn comes back, for the app to show at once (the interview's draft
    /// stays; "back" returns to it). Otherwise `None`.
    pub fn interview_text(&self, text: String) -> Result<Option<Turn>, AssistantError> {
        Ok(self.inner.interview_text(&text)?.map(turn))
    }

    /// Starts a flow directly (e.g. a "help now" button).
    pub fn start_flow(&self, flow_id: String) -> Result<Turn, AssistantError> {
        Ok(turn(self.inner.start_flow(&flow_id)?))
    }

    /// The urgent-help flow, straight away.
    pub fn urgent(&self) -> Result<Turn, AssistantError> {
        Ok(turn(self.inner.urgent()?))
    }

    pub fn back(&self) -> Result<Turn, AssistantError> {
        Ok(turn(self.inner.back()?))
    }

    /// The current flow from its start (the home menu at home).
    pub fn restart(&self) -> Result<Turn, AssistantError> {
        Ok(turn(self.inner.restart()?))
    }

    /// "Talk about something else": the home menu.
    pub fn something_else(&self) -> Result<Turn, AssistantError> {
        Ok(turn(self.inner.something_else()?))
    }

    /// Hands back how the questionnaire a `StartQuestionnaire` effect asked
    /// for ended.
    pub fn questionnaire_finished(
        &self,
        result: QuestionnaireResult,
    ) -> Result<Turn, AssistantError> {
        let result = match result {
            QuestionnaireResult::Stopped => CoreResult::Stopped,
            QuestionnaireResult::Finished { risk } => CoreResult::Finished(match risk {
                RiskLevel::None => CoreRisk::None,
                RiskLevel::Low => CoreRisk::Low,
                RiskLevel::Medium => CoreRisk::Medium,
                RiskLevel::High => CoreRisk::High,
                RiskLevel::Urgent => CoreRisk::Urgent,
            }),
        };
        Ok(turn(self.inner.questionnaire_finished(result)?))
    }

    /// Leaves at once: the saved conversation is deleted and the returned
    /// turn is blank, with the `QuickExit` effect. The conversation cannot
    /// be used afterwards (`Ended`).
    pub fn quick_exit(&self) -> Result<Turn, AssistantError> {
        Ok(turn(self.inner.quick_exit()?))
    }

    /// Deletes the saved conversation now; it cannot be used afterwards.
    pub fn delete(&self) -> Result<(), AssistantError> {
        Ok(self.inner.delete()?)
    }
}
