//! The neutral form both importers produce: the rows of an XLSForm survey
//! sheet, its choices and settings, each with where it came from.

use std::collections::BTreeMap;

use super::report::Place;

/// Text per language key: the column suffix (`English (en)`) or the
/// XForm's `lang`; "" for a column without a language.
pub(crate) type Texts = BTreeMap<String, String>;

#[derive(Debug, Clone, Default)]
pub(crate) struct Row {
    pub place: Option<Place>,
    /// The raw type, trimmed: `select_one yes_no`, `begin group`, `integer`…
    pub kind: String,
    pub name: String,
    pub label: Texts,
    pub hint: Texts,
    pub required: String,
    pub required_message: Texts,
    pub relevant: String,
    pub constraint: String,
    pub constraint_message: Texts,
    pub calculation: String,
    pub choice_filter: String,
    pub appearance: String,
    pub default: String,
    pub repeat_count: String,
    pub read_only: String,
    /// XForm only: the type was already resolved (`select_one LIST`).
    pub trigger: String,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct ChoiceRow {
    pub place: Option<Place>,
    pub list: String,
    pub name: String,
    pub label: Texts,
    /// Extra columns a choice filter may read.
    pub columns: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Form {
    pub id: Option<String>,
    pub title: Option<String>,
    pub version: Option<String>,
    pub default_language: Option<String>,
    pub rows: Vec<Row>,
    pub choices: Vec<ChoiceRow>,
    /// Lines the readers already have to say (e.g. unreadable sheets).
    pub notes: Vec<(Place, super::ImportAction, crate::i18n::MessageRef)>,
}
