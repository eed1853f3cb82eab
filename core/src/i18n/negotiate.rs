//! Locale negotiation: from what the phone or the shell asks for to a chain
//! of embedded locales, always ending in English.

use unic_langid::LanguageIdentifier;

/// The reference locale: every chain ends here, and the lint compares every
/// other locale against it.
pub const REFERENCE_LOCALE: &str = "en";

/// Parses one requested locale in any of the forms apps and shells use:
/// BCP 47 (`pt-BR`, `zh-Hans-CN`), POSIX (`pt_BR.UTF-8`, `sr_RS@latin`),
/// or an Accept-Language item (`pt-BR;q=0.8`). `C` and `POSIX` mean "no
/// preference". Returns `None` for anything unusable.
pub fn normalize_tag(raw: &str) -> Option<LanguageIdentifier> {
    let tag = raw.trim();
    let tag = tag.split(['.', '@', ';']).next().unwrap_or("").trim();
    if tag.is_empty() || tag.eq_ignore_ascii_case("c") || tag.eq_ignore_ascii_case("posix") {
        return None;
    }
    let tag = tag.replace('_', "-");
    let mut id: LanguageIdentifier = tag.parse().ok()?;
    let alias = match id.language.as_str() {
        // Android and iOS report Filipino as `fil`; our Tagalog locale serves it.
        "fil" => Some("tl"),
        // Legacy and macro-language codes that phones still send.
        "iw" => Some("he"),
        "ji" => Some("yi"),
        "in" => Some("id"),
        "mo" => Some("ro"),
        "pes" | "prs" => Some("fa"),
        "swh" | "swc" => Some("sw"),
        "arb" => Some("ar"),
        "cmn" => Some("zh"),
        _ => None,
    };
    if let Some(alias) = alias {
        if let Ok(lang) = alias.parse() {
            id.language = lang;
        }
    }
    if id.language.is_empty() {
        return None;
    }
    Some(id)
}

/// The embedded locale that best serves `id`, if any.
fn best_match(id: &LanguageIdentifier, available: &[String]) -> Option<String> {
    let lang = id.language.as_str();
    let script = id.script.map(|s| s.as_str().to_owned());
    let region = id.region.map(|r| r.as_str().to_owned());
    let mut candidates = Vec::new();
    if let (Some(s), Some(r)) = (&script, &region) {
        candidates.push(format!("{lang}-{s}-{r}"));
    }
    if let Some(s) = &script {
        candidates.push(format!("{lang}-{s}"));
    }
    if let Some(r) = &region {
        candidates.push(format!("{lang}-{r}"));
    }
    candidates.push(lang.to_owned());
    if lang == "zh" {
        // Chinese needs its script: the region implies it when it is missing.
        // Traditional readers get Simplified until a zh-Hant locale ships,
        // which they read far more easily than the English fallback.
        let traditional = script.as_deref() == Some("Hant")
            || (script.is_none() && matches!(region.as_deref(), Some("TW" | "HK" | "MO")));
        if traditional {
            candidates.push("zh-Hant".to_owned());
        }
        candidates.push("zh-Hans".to_owned());
    }
    for candidate in &candidates {
        if let Some(found) = available.iter().find(|a| a.eq_ignore_ascii_case(candidate)) {
            return Some(found.clone());
        }
    }
    // Same language, another region or script (e.g. only `pt-BR` embedded and
    // `pt-PT` asked): better than another language.
    available
        .iter()
        .find(|a| {
            a.split('-')
                .next()
                .is_some_and(|l| l.eq_ignore_ascii_case(lang))
        })
        .cloned()
}

/// Negotiates the requested locales (best first) against `available`.
///
/// Each request may itself be a list (`pt_BR:es` as in `$LANGUAGE`, or
/// `pt-BR, es` as in Accept-Language). The result keeps every matched locale
/// in order of preference, without repeats, and ends with English when
/// English is available. It is empty only when nothing at all is available.
pub fn negotiate(requested: &[&str], available: &[String]) -> Vec<String> {
    let mut chain: Vec<String> = Vec::new();
    for item in requested.iter().flat_map(|r| r.split([':', ','])) {
        let Some(id) = normalize_tag(item) else {
            continue;
        };
        if let Some(found) = best_match(&id, available) {
            if !chain.contains(&found) {
                chain.push(found);
            }
        }
    }
    if let Some(en) = available.iter().find(|a| a.as_str() == REFERENCE_LOCALE) {
        if !chain.contains(en) {
            chain.push(en.clone());
        }
    }
    if chain.is_empty() {
        if let Some(first) = available.first() {
            chain.push(first.clone());
        }
    }
    chain
}

#[cfg(test)]
mod tests {
    use super::*;

    fn avail() -> Vec<String> {
        ["ar", "en", "es", "fa", "pt", "tl", "zh-Hans"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    #[test]
    fn posix_and_bcp47_forms() {
        assert_eq!(negotiate(&["pt_BR.UTF-8"], &avail()), ["pt", "en"]);
        assert_eq!(negotiate(&["pt-BR;q=0.9"], &avail()), ["pt", "en"]);
        assert_eq!(negotiate(&["C.UTF-8"], &avail()), ["en"]);
        assert_eq!(negotiate(&["fil-PH"], &avail()), ["tl", "en"]);
        assert_eq!(negotiate(&["zh_TW"], &avail()), ["zh-Hans", "en"]);
        assert_eq!(negotiate(&["es_MX:pt"], &avail()), ["es", "pt", "en"]);
        assert_eq!(negotiate(&["en-GB", "ar"], &avail()), ["en", "ar"]);
    }

    #[test]
    fn garbage_is_ignored() {
        assert_eq!(
            negotiate(&["", "!!", "x-y-z-very-long-garbage", "\u{0}"], &avail()),
            ["en"]
        );
        assert!(negotiate(&["en"], &[]).is_empty());
    }
}
