//! The support assistant: an offline, multilingual, chat-like guide built
//! on authored decision flows (docs/assistant-flows.md).
//!
//! Nothing here generates text: every message is a Fluent message of a
//! signed content pack. Typed text is understood with per-locale phrase
//! sets ([`matcher`]); danger and self-harm phrases, concept rules
//! ([`concepts`]) and a small classifier ([`classifier`], for what neither
//! matches) always lead to the urgent flow first (self-harm with a crisis
//! line first); unclear text gets "did you mean", never a guess.
//!
//! - [`flow`] parses and checks one flow file; [`check`] a pack's flows,
//!   texts and intents together (`waymark flow check`);
//! - [`Library`] holds every checked flow, text and phrase;
//! - [`Conversation`] runs one conversation and saves it in the vault
//!   ([`ConversationStore`]) after every turn.

pub mod check;
pub mod classifier;
pub mod concepts;
mod directory;
mod engine;
mod error;
pub mod flow;
mod format;
pub mod intents;
mod library;
pub mod matcher;
mod model;
pub mod normalize;
mod recognise;
mod state;
mod store;
mod turn;

pub use check::{check, Checked, Sources};
pub use directory::{BuiltinHelplines, HelplineCard, HelplineSource};
pub use engine::{Conversation, MAX_HISTORY, MAX_INPUT_CHARS};
pub use error::{AssistantError, Finding, FindingKind};
pub use library::{merge, pack_sources, sources_of, Library};
pub use model::{
    Action, Choice, Continuation, Dial, Flow, Node, QuestionnaireMode, Route, Target,
    BUILTIN_VARIABLES, COMMAND_INTENTS, DANGER_INTENT, NOT_DANGER_INTENT, RESERVED_INTENTS,
    SELF_HARM_INTENT,
};
pub use store::{ConversationInfo, ConversationStore};
pub use turn::{ChoiceView, Context, Effect, QuestionnaireResult, Turn, Waiting};

/// Questionnaires the built-in pack is expected to ship (the questionnaire
/// catalog, issue 4). Flow checks accept these ids before the catalog is
/// there; the app passes its own list when it knows better.
pub const BUILTIN_QUESTIONNAIRES: &[&str] = &[
    "frontline_adult",
    "quick_screen",
    "self_check",
    "youth_screen",
];
