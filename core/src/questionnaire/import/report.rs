//! The import report: one line per row of the form (or XML element), saying
//! what became of it.

use serde::{Deserialize, Serialize};

use crate::i18n::MessageRef;

/// Where in the form a line is about.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "in", rename_all = "snake_case")]
pub enum Place {
    /// A sheet and its 1-based row, as the spreadsheet shows it.
    Sheet { sheet: String, row: u32 },
    /// An element of an XForm, by its path (`/h:html/h:body/input[3]`).
    Xml { path: String },
    /// The form as a whole.
    Form,
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Place::Sheet { sheet, row } => write!(f, "{sheet}:{row}"),
            Place::Xml { path } => f.write_str(path),
            Place::Form => f.write_str("form"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImportAction {
    /// Carried over with the same meaning.
    Converted,
    /// Carried over, but something about it differs (said in the line).
    Changed,
    /// Left out on purpose, harmlessly (presentation only, metadata).
    Dropped,
    /// Left out because Waymark cannot or will not do it.
    Refused,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportLine {
    pub place: Place,
    pub action: ImportAction,
    /// What happened, as a Fluent message (`import-…`).
    pub message: MessageRef,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportReport {
    pub lines: Vec<ImportLine>,
}

impl ImportReport {
    pub(crate) fn push(&mut self, place: &Place, action: ImportAction, message: MessageRef) {
        self.lines.push(ImportLine {
            place: place.clone(),
            action,
            message,
        });
    }

    pub fn count(&self, action: ImportAction) -> usize {
        self.lines.iter().filter(|l| l.action == action).count()
    }
}
