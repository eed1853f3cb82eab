//! A flow file as authors write it (docs/assistant-flows.md), with the byte
//! spans that findings point at.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

pub(crate) type S = Spanned<String>;
pub(crate) type Vars = BTreeMap<String, S>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFlow {
    pub id: S,
    #[serde(default)]
    pub version: Option<u32>,
    pub title: S,
    #[serde(default)]
    pub menu: Option<Spanned<i64>>,
    #[serde(default)]
    pub intents: Vec<S>,
    #[serde(default)]
    pub locales: Vec<S>,
    pub start: S,
    #[serde(default)]
    pub urgent: bool,
    #[serde(default)]
    pub nodes: Vec<Spanned<RawNode>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawNode {
    pub id: S,
    #[serde(default)]
    pub say: Vec<S>,
    #[serde(default)]
    pub set: Vars,
    #[serde(default)]
    pub actions: Vec<Spanned<RawAction>>,
    #[serde(default)]
    pub choices: Option<Spanned<Vec<Spanned<RawChoice>>>>,
    #[serde(default)]
    pub ask: Option<Spanned<RawAsk>>,
    #[serde(default)]
    pub branch: Option<Spanned<Vec<Spanned<RawCase>>>>,
    #[serde(default)]
    pub next: Option<S>,
    #[serde(default)]
    pub otherwise: Option<S>,
    #[serde(default)]
    pub goto_flow: Option<S>,
    #[serde(default)]
    pub questionnaire: Option<Spanned<RawQuestionnaire>>,
    #[serde(default)]
    pub end: Option<Spanned<bool>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawChoice {
    pub label: S,
    #[serde(default)]
    pub next: Option<S>,
    #[serde(default)]
    pub goto_flow: Option<S>,
    #[serde(default)]
    pub set: Vars,
    #[serde(default)]
    pub when: Option<S>,
    #[serde(default)]
    pub intents: Vec<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAsk {
    #[serde(default)]
    pub routes: Vec<Spanned<RawRoute>>,
    #[serde(default)]
    pub save_as: Option<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRoute {
    pub intent: S,
    #[serde(default)]
    pub label: Option<S>,
    pub next: S,
    #[serde(default)]
    pub set: Vars,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCase {
    pub when: S,
    pub next: S,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawQuestionnaire {
    pub id: S,
    #[serde(default)]
    pub mode: Option<S>,
    #[serde(default)]
    pub save_as: Option<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAction {
    #[serde(rename = "do")]
    pub kind: S,
    #[serde(default)]
    pub audience: Option<S>,
    #[serde(default)]
    pub channel: Option<S>,
    #[serde(default)]
    pub limit: Option<i64>,
    #[serde(default)]
    pub emergency_first: Option<bool>,
    #[serde(default)]
    pub crisis_first: Option<bool>,
    #[serde(default)]
    pub helpline: Option<S>,
    #[serde(default)]
    pub number: Option<S>,
    #[serde(default)]
    pub url: Option<S>,
    #[serde(default)]
    pub text: Option<S>,
    #[serde(default)]
    pub item: Option<S>,
    #[serde(default)]
    pub topic: Option<S>,
    #[serde(default)]
    pub include: Vec<S>,
}
