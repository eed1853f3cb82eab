//! Where the assistant finds helplines: the built-in pack, or a vault's
//! content store (built-in plus installed packs).

use std::collections::HashSet;
use std::sync::OnceLock;

use serde::Serialize;

use crate::content::helplines::{self, HelplineDirectory};
use crate::content::{
    builtin, Channel, ChannelKind, ContentStore, HelplineEntry, HelplineQuery, PackError,
};

/// The helpline directory as the assistant sees it. `Send + Sync`.
pub trait HelplineSource: Send + Sync {
    /// Entries matching `q`, in the directory's documented order.
    fn helplines(&self, q: &HelplineQuery) -> Result<Vec<HelplineEntry>, PackError>;
    /// A directory message (hours, confidentiality) in the best locale.
    fn text(&self, pack_id: &str, locale: &str, id: &str) -> Option<String>;
}

/// The built-in pack's directory; needs no vault.
#[derive(Debug, Clone, Copy, Default)]
pub struct BuiltinHelplines;

impl HelplineSource for BuiltinHelplines {
    fn helplines(&self, q: &HelplineQuery) -> Result<Vec<HelplineEntry>, PackError> {
        // Parsed once per process: a turn that shows helplines should not
        // re-read the directory.
        static DIRECTORY: OnceLock<Result<HelplineDirectory, PackError>> = OnceLock::new();
        let dir = DIRECTORY
            .get_or_init(builtin::helpline_directory)
            .as_ref()
            .map_err(Clone::clone)?;
        Ok(helplines::query(&dir.services, q)
            .into_iter()
            .map(|helpline| HelplineEntry {
                pack_id: builtin::PACK_ID.to_owned(),
                helpline,
            })
            .collect())
    }

    fn text(&self, _pack_id: &str, locale: &str, id: &str) -> Option<String> {
        builtin::text(locale, id).map(|t| t.text)
    }
}

impl HelplineSource for ContentStore {
    fn helplines(&self, q: &HelplineQuery) -> Result<Vec<HelplineEntry>, PackError> {
        ContentStore::helplines(self, q)
    }

    fn text(&self, pack_id: &str, locale: &str, id: &str) -> Option<String> {
        ContentStore::text(self, pack_id, locale, id)
            .ok()
            .flatten()
            .map(|t| t.text)
    }
}

/// Every helpline id a source knows (for checking flows).
pub fn ids(source: &dyn HelplineSource) -> HashSet<String> {
    source
        .helplines(&HelplineQuery::default())
        .map(|v| v.into_iter().map(|e| e.helpline.id).collect())
        .unwrap_or_default()
}

/// A helpline as shown in a conversation: its facts and its notes in the
/// person's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HelplineCard {
    pub id: String,
    /// The service's own name (never translated).
    pub name: String,
    pub operator: String,
    pub country: String,
    pub channels: Vec<Channel>,
    pub always_open: bool,
    pub emergency: bool,
    /// A suicide-prevention or emotional-crisis line.
    pub crisis_line: bool,
    pub free: bool,
    pub hours: String,
    pub confidentiality: String,
    /// The entry's own notes ("from mobile phones only"…), translated.
    pub notices: Vec<String>,
    /// "We could not confirm this number" (or, when only who runs it or
    /// its hours are unconfirmed, a note saying so) for uncertain entries.
    pub uncertain: Option<String>,
}

impl HelplineCard {
    pub fn new(entry: &HelplineEntry, source: &dyn HelplineSource, locale: &str) -> HelplineCard {
        let h = &entry.helpline;
        let text = |id: &str| source.text(&entry.pack_id, locale, id).unwrap_or_default();
        HelplineCard {
            id: h.id.clone(),
            name: h.name.clone(),
            operator: h.operator.clone(),
            country: h.country.clone(),
            channels: h.channels.clone(),
            always_open: h.hours.always_open,
            emergency: h.emergency,
            crisis_line: h.is_crisis_line(),
            free: h.free,
            hours: text(&h.hours.note),
            confidentiality: text(&h.confidentiality),
            notices: h.notices.iter().map(|n| text(n)).collect(),
            uncertain: h.uncertainty_message().map(text),
        }
    }

    /// The first channel of `kind`.
    pub fn channel(&self, kind: ChannelKind) -> Option<&Channel> {
        self.channels.iter().find(|c| c.kind == kind)
    }
}
