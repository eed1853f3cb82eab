//! The desk's language: the `desk_lang` cookie the switcher sets, else the
//! browser's Accept-Language, negotiated against the shipped locales. One
//! localizer per language, made on first use and kept.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use waymark_core::i18n::{negotiate, Localizer};

pub struct Languages {
    available: Vec<String>,
    cache: Mutex<HashMap<String, Arc<Localizer>>>,
}

impl Default for Languages {
    fn default() -> Self {
        Languages {
            available: Localizer::available_locales(),
            cache: Mutex::new(HashMap::new()),
        }
    }
}

impl Languages {
    /// The shipped locale codes, sorted.
    pub fn available(&self) -> &[String] {
        &self.available
    }

    /// The best shipped locale for a switcher choice (if any) then an
    /// Accept-Language header.
    pub fn choose(&self, chosen: Option<&str>, accept_language: Option<&str>) -> String {
        let mut requested: Vec<&str> = Vec::new();
        if let Some(c) = chosen.filter(|c| self.available.iter().any(|a| a == c)) {
            requested.push(c);
        }
        if let Some(h) = accept_language {
            requested.push(h);
        }
        negotiate(&requested, &self.available)
            .into_iter()
            .next()
            .unwrap_or_else(|| "en".to_owned())
    }

    pub fn localizer(&self, lang: &str) -> Arc<Localizer> {
        let mut cache = match self.cache.lock() {
            Ok(c) => c,
            Err(poisoned) => poisoned.into_inner(),
        };
        cache
            .entry(lang.to_owned())
            .or_insert_with(|| Arc::new(Localizer::new(&[lang])))
            .clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_then_accept_language() {
        let l = Languages::default();
        assert_eq!(l.choose(None, Some("uk-UA,uk;q=0.9,en;q=0.8")), "uk");
        assert_eq!(l.choose(Some("ar"), Some("fr-FR")), "ar");
        assert_eq!(l.choose(Some("xx"), Some("fr-FR")), "fr");
        assert_eq!(l.choose(None, None), "en");
    }
}
