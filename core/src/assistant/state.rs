//! What is saved about a conversation, in the vault after every turn: the
//! screen it waits on, its variables and the history for "back". Its own
//! module so that the engine (which moves it on) and the store (which
//! seals it) both depend on it rather than on each other.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Version of the saved state's shape.
pub(crate) const STATE_FORMAT: u32 = 1;

/// Everything saved about a conversation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct State {
    pub(crate) format: u32,
    pub(crate) locale: String,
    pub(crate) country: Option<String>,
    pub(crate) vars: BTreeMap<String, String>,
    pub(crate) screen: Screen,
    pub(crate) history: Vec<Snapshot>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Snapshot {
    pub(crate) screen: Screen,
    pub(crate) vars: BTreeMap<String, String>,
}

/// The screen the conversation waits on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(crate) enum Screen {
    Home,
    /// A node that waits (choices, ask, questionnaire, end).
    Node {
        flow: String,
        version: u32,
        node: String,
    },
    /// "Did you mean …?" over another screen.
    DidYouMean {
        over: Box<Screen>,
        options: Vec<Suggestion>,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(crate) enum Suggestion {
    Urgent,
    /// Urgent help for thoughts of self-harm (a crisis line first).
    Crisis,
    Flow {
        id: String,
    },
    /// An option of the screen underneath.
    Option {
        index: usize,
    },
    /// A route of the ask node underneath.
    Route {
        index: usize,
    },
}
