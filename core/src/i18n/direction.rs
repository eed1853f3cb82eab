//! Text direction per locale.

use serde::Serialize;
use unic_langid::LanguageIdentifier;

/// Which way a locale's text runs. Apps mirror their layout for
/// `RightToLeft`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TextDirection {
    LeftToRight,
    RightToLeft,
}

/// Languages written right to left by default. Shipped: ar, fa. The others
/// are listed so that a locale added later gets the right direction at once.
const RTL_LANGUAGES: &[&str] = &[
    "ar", "fa", "he", "ur", "ps", "ckb", "dv", "yi", "sd", "ug", "syr", "prs", "pes", "iw", "ji",
];

/// Scripts that are always right to left, whatever the language
/// (e.g. `pa-Arab`, `ku-Arab`).
const RTL_SCRIPTS: &[&str] = &[
    "Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand", "Samr",
];

/// Direction of a locale code such as `ar`, `fa-IR`, `pa-Arab` or `en`.
/// Unknown or malformed codes are left to right.
pub fn direction_of(code: &str) -> TextDirection {
    let Some(id) = super::negotiate::normalize_tag(code) else {
        return TextDirection::LeftToRight;
    };
    direction_of_id(&id)
}

pub(crate) fn direction_of_id(id: &LanguageIdentifier) -> TextDirection {
    if let Some(script) = id.script {
        // An explicit script decides: `az-Arab` is RTL, `ku-Latn` is not.
        return if RTL_SCRIPTS.contains(&script.as_str()) {
            TextDirection::RightToLeft
        } else {
            TextDirection::LeftToRight
        };
    }
    if RTL_LANGUAGES.contains(&id.language.as_str()) {
        TextDirection::RightToLeft
    } else {
        TextDirection::LeftToRight
    }
}
