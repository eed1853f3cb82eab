//! The questionnaires the desk can read reports of (the built-in pack), and
//! localizers that know their texts, made once per language and kept.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use waymark_core::i18n::Localizer;
use waymark_core::questionnaire::{Catalog, LoadedQuestionnaire};

/// Questionnaires by id, with a cache of localizers per (id, language).
pub struct Forms {
    loaded: HashMap<String, LoadedQuestionnaire>,
    localizers: Mutex<HashMap<(String, String), Arc<Localizer>>>,
}

impl Forms {
    /// Every questionnaire of the built-in pack. One that fails its checks
    /// is left out: its reports still show, with raw field names.
    pub fn builtin() -> Forms {
        let catalog = Catalog::builtin();
        let loaded = catalog
            .list()
            .unwrap_or_default()
            .into_iter()
            .filter_map(|e| catalog.load(&e.id).ok().map(|l| (e.id, l)))
            .collect();
        Forms {
            loaded,
            localizers: Mutex::new(HashMap::new()),
        }
    }

    pub fn get(&self, id: &str) -> Option<&LoadedQuestionnaire> {
        self.loaded.get(id)
    }

    /// The ids, sorted.
    pub fn ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self.loaded.keys().map(String::as_str).collect();
        ids.sort_unstable();
        ids
    }

    /// A localizer for `lang` that knows the desk's messages and
    /// questionnaire `id`'s texts.
    pub fn localizer(&self, id: &str, lang: &str) -> Option<Arc<Localizer>> {
        let form = self.loaded.get(id)?;
        let key = (id.to_owned(), lang.to_owned());
        let mut cache = self.localizers.lock().ok()?;
        if let Some(loc) = cache.get(&key) {
            return Some(loc.clone());
        }
        let loc = Arc::new(form.localizer(&[lang]).ok()?);
        cache.insert(key, loc.clone());
        Some(loc)
    }
}
