//! What is known about each embedded locale: names, direction, review status.

use serde::Serialize;

use super::{direction_of, Localizer, TextDirection};

/// How far a locale's translation has been checked. NGOs use this to know
/// what to have reviewed before they rely on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewStatus {
    /// The reference locale the others are translated from.
    Source,
    /// Machine-assisted translation, not yet reviewed by a native speaker.
    MachineAssisted,
    /// Reviewed by a native speaker (none yet).
    NativeReviewed,
}

/// One embedded locale, for language pickers and `waymark locales list`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocaleInfo {
    pub code: String,
    pub english_name: String,
    /// The locale's own name for itself (its `locale-name` message).
    pub native_name: String,
    pub direction: TextDirection,
    pub status: ReviewStatus,
}

/// English names of the locales we ship or expect. Unknown codes show the code.
const ENGLISH_NAMES: &[(&str, &str)] = &[
    ("ar", "Arabic"),
    ("en", "English"),
    ("es", "Spanish"),
    ("fa", "Persian"),
    ("fr", "French"),
    ("hi", "Hindi"),
    ("my", "Burmese"),
    ("pt", "Portuguese"),
    ("ro", "Romanian"),
    ("ru", "Russian"),
    ("sw", "Swahili"),
    ("th", "Thai"),
    ("tl", "Tagalog"),
    ("uk", "Ukrainian"),
    ("vi", "Vietnamese"),
    ("zh-Hans", "Chinese (Simplified)"),
];

/// Locales a native speaker has reviewed. Keep in step with locales/README.md.
const NATIVE_REVIEWED: &[&str] = &[];

/// Every embedded locale, sorted by code.
pub fn locale_info() -> Vec<LocaleInfo> {
    Localizer::available_locales()
        .into_iter()
        .map(|code| {
            let english_name = ENGLISH_NAMES
                .iter()
                .find(|(c, _)| *c == code)
                .map_or_else(|| code.clone(), |(_, n)| (*n).to_owned());
            let native_name = Localizer::new(&[code.as_str()])
                .format("locale-name", &[])
                .unwrap_or_else(|_| english_name.clone());
            let status = if code == super::REFERENCE_LOCALE {
                ReviewStatus::Source
            } else if NATIVE_REVIEWED.contains(&code.as_str()) {
                ReviewStatus::NativeReviewed
            } else {
                ReviewStatus::MachineAssisted
            };
            LocaleInfo {
                direction: direction_of(&code),
                code,
                english_name,
                native_name,
                status,
            }
        })
        .collect()
}
