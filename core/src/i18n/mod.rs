//! Localization: every user-visible string of the core is a Fluent message.
//!
//! Messages live in `locales/<lang>/*.ftl` at the repository root and are
//! embedded at build time (`core/build.rs`). [`Localizer`] negotiates the
//! locale (`pt-BR` → `pt` → `en`), knows its text direction, and formats
//! messages with plural and select forms. Content packs add their own `.ftl`
//! files with [`Localizer::add_resource`]. [`lint`] checks that every locale
//! has the same messages with the same variables as English.
//!
//! Unicode isolation marks (U+2068 FSI … U+2069 PDI) around placeables are
//! ON for right-to-left locales and OFF for left-to-right ones; see
//! docs/localization.md for why.

mod catalog;
mod direction;
mod errors;
/// Every message id of the reference locale as a constant
/// (`ids::VAULT_ERROR_LOCKED`), generated from `locales/en/*.ftl` by
/// `core/build.rs`: naming a message through these makes a missing or
/// misspelt id a compile error rather than a test failure.
#[allow(missing_docs)]
pub mod ids {
    include!(concat!(env!("OUT_DIR"), "/message_ids.rs"));
}
pub mod lint;
mod negotiate;
pub(crate) mod syntax;

use std::collections::HashSet;
use std::sync::Mutex;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use catalog::{locale_info, LocaleInfo, ReviewStatus};
pub use direction::{direction_of, TextDirection};
pub use errors::MessageRef;
pub use negotiate::{negotiate, normalize_tag, REFERENCE_LOCALE};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_locales.rs"));
}

/// The id of the generic "this text is missing" message that [`Localizer::text`]
/// shows instead of a message it cannot format.
pub const TEXT_MISSING_ID: &str = "i18n-text-missing";

/// Last resort when even the English "text missing" message is absent (a
/// broken build; the lint test prevents it). Never a message id.
const LAST_RESORT_TEXT: &str = "(text missing)";

/// How many distinct missing ids a localizer remembers for diagnostics.
const MAX_RECORDED_MISSING: usize = 64;

/// Every embedded `.ftl` file: `(lang, file name, source)`, sorted.
pub fn embedded_files() -> &'static [(&'static str, &'static str, &'static str)] {
    embedded::EMBEDDED
}

/// A value for a message variable.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Str(String),
    /// Numbers select plural forms (`one`, `few`, `many`…).
    Num(f64),
}

impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Str(v.to_owned())
    }
}
impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Str(v)
    }
}
impl From<i64> for Arg {
    fn from(v: i64) -> Self {
        Arg::Num(v as f64)
    }
}
impl From<u32> for Arg {
    fn from(v: u32) -> Self {
        Arg::Num(f64::from(v))
    }
}
impl From<usize> for Arg {
    fn from(v: usize) -> Self {
        Arg::Num(v as f64)
    }
}
impl From<f64> for Arg {
    fn from(v: f64) -> Self {
        Arg::Num(v)
    }
}

/// Localization errors. They name message ids and files, never the values
/// passed in, which may be personal.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum I18nError {
    #[error("no message \"{id}\" in any locale of the chain")]
    MissingMessage { id: String },
    #[error("message \"{id}\" formatted with {count} error(s) (missing variable or reference)")]
    FormatErrors { id: String, count: usize },
    #[error("{file}:{line}: {reason}")]
    BadResource {
        file: String,
        line: usize,
        reason: String,
    },
    #[error("{file}: message \"{id}\" is already defined")]
    DuplicateMessage { file: String, id: String },
    #[error("\"{lang}\" is not a usable locale code")]
    BadLocale { lang: String },
}

/// One locale of the chain: its bundle and the ids it defines.
struct Locale {
    code: String,
    bundle: FluentBundle<FluentResource>,
    /// Message and term ids (terms with their `-`), to refuse duplicates
    /// before the bundle half-adds a resource.
    ids: HashSet<String>,
}

impl Locale {
    fn new(code: &str, isolate: bool) -> Locale {
        let langid: LanguageIdentifier = code.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(isolate);
        // NUMBER() only; failure would mean it is already there.
        let _ = bundle.add_builtins();
        Locale {
            code: code.to_owned(),
            bundle,
            ids: HashSet::new(),
        }
    }

    /// Adds a parsed resource whose ids are already known to be new.
    fn add(&mut self, resource: FluentResource) {
        for id in entry_ids(&resource) {
            self.ids.insert(id);
        }
        // Overriding errors cannot happen for checked resources; embedded
        // ones with duplicates keep their first definition (the lint reports
        // them).
        let _ = self.bundle.add_resource(resource);
    }

    /// Formats `id` (or `id.attribute`) here: `None` when this locale lacks
    /// it, else the text and the number of formatting errors.
    fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<(String, usize)> {
        let (msg_id, attr) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let message = self.bundle.get_message(msg_id)?;
        let pattern = match attr {
            Some(a) => message.get_attribute(a)?.value(),
            None => message.value()?,
        };
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        Some((text, errors.len()))
    }
}

fn entry_ids(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            fluent_syntax::ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

/// Parses a source strictly: any syntax error refuses the whole file.
fn parse_strict(file_name: &str, source: &str) -> Result<FluentResource, I18nError> {
    if let Some((line, reason)) = syntax::guard(source) {
        return Err(I18nError::BadResource {
            file: file_name.to_owned(),
            line,
            reason,
        });
    }
    match FluentResource::try_new(source.to_owned()) {
        Ok(resource) => Ok(resource),
        Err((_, errors)) => {
            let (line, reason) = errors
                .first()
                .map(|e| (syntax::error_line(source, e), e.kind.to_string()))
                .unwrap_or((0, "syntax error".to_owned()));
            Err(I18nError::BadResource {
                file: file_name.to_owned(),
                line,
                reason,
            })
        }
    }
}

/// Formats Waymark's messages in the best locale for the user.
///
/// `Send + Sync`: share one per app behind an `Arc`. Formatting only reads;
/// adding a content pack's resources needs `&mut` (build the localizer, add
/// the packs, then share it).
pub struct Localizer {
    /// Best first; never empty; ends with English when English is embedded.
    chain: Vec<Locale>,
    direction: TextDirection,
    /// Ids that [`Localizer::text`] could not format, for diagnostics. Ids
    /// only: arguments may be personal and are never recorded.
    missing: Mutex<Vec<String>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("chain", &self.fallback_chain())
            .finish_non_exhaustive()
    }
}

impl Localizer {
    /// Negotiates `requested` (best first; BCP 47 or POSIX forms) against the
    /// embedded locales. Never fails: an unknown locale gives English.
    pub fn new(requested: &[&str]) -> Localizer {
        let available = Self::available_locales();
        let mut codes = negotiate(requested, &available);
        if codes.is_empty() {
            codes.push(REFERENCE_LOCALE.to_owned());
        }
        let direction = codes
            .first()
            .map(|c| direction_of(c))
            .unwrap_or(TextDirection::LeftToRight);
        // Isolation follows the UI's direction, also for fallback messages:
        // English text shown inside an Arabic screen still needs it.
        let isolate = direction == TextDirection::RightToLeft;
        let chain = codes
            .iter()
            .map(|code| {
                let mut locale = Locale::new(code, isolate);
                for (lang, _file, source) in embedded_files() {
                    if lang == code {
                        // Embedded files are checked by the lint; a broken one
                        // still contributes the messages that did parse.
                        let resource = match FluentResource::try_new((*source).to_owned()) {
                            Ok(r) => r,
                            Err((r, _)) => r,
                        };
                        locale.add(resource);
                    }
                }
                locale
            })
            .collect();
        Localizer {
            chain,
            direction,
            missing: Mutex::new(Vec::new()),
        }
    }

    /// The embedded locale codes, sorted (`ar`, `en`, …, `zh-Hans`).
    pub fn available_locales() -> Vec<String> {
        let mut codes: Vec<String> = embedded_files()
            .iter()
            .map(|(lang, _, _)| (*lang).to_owned())
            .collect();
        codes.dedup();
        codes
    }

    /// The locale actually used, e.g. `pt` when `pt-BR` was asked.
    pub fn locale(&self) -> &str {
        self.chain
            .first()
            .map(|l| l.code.as_str())
            .unwrap_or(REFERENCE_LOCALE)
    }

    /// Locales tried in order, e.g. `["pt", "en"]`.
    pub fn fallback_chain(&self) -> Vec<String> {
        self.chain.iter().map(|l| l.code.clone()).collect()
    }

    /// Direction of [`Localizer::locale`].
    pub fn direction(&self) -> TextDirection {
        self.direction
    }

    /// Whether placeables are wrapped in FSI/PDI isolation marks (RTL only).
    pub fn uses_isolation_marks(&self) -> bool {
        self.direction == TextDirection::RightToLeft
    }

    /// Whether some locale of the chain defines message `id`.
    pub fn has_message(&self, id: &str) -> bool {
        let msg_id = id.split_once('.').map_or(id, |(m, _)| m);
        self.chain.iter().any(|l| l.bundle.has_message(msg_id))
    }

    /// Adds a content pack's `.ftl` file for `lang`. The whole file is
    /// refused on any syntax error, or when it redefines an existing message
    /// or term. A file for a locale outside this localizer's chain is
    /// checked and then not needed: `Ok`.
    pub fn add_resource(
        &mut self,
        lang: &str,
        file_name: &str,
        ftl_source: &str,
    ) -> Result<(), I18nError> {
        let Some(id) = normalize_tag(lang) else {
            return Err(I18nError::BadLocale {
                lang: lang.chars().take(32).collect(),
            });
        };
        let resource = parse_strict(file_name, ftl_source)?;
        let code = id.to_string();
        let Some(locale) = self
            .chain
            .iter_mut()
            .find(|l| l.code.eq_ignore_ascii_case(&code))
        else {
            return Ok(());
        };
        let mut seen = HashSet::new();
        for entry_id in entry_ids(&resource) {
            if locale.ids.contains(&entry_id) || !seen.insert(entry_id.clone()) {
                return Err(I18nError::DuplicateMessage {
                    file: file_name.to_owned(),
                    id: entry_id,
                });
            }
        }
        locale.add(resource);
        Ok(())
    }

    /// Formats message `id` (or `id.attribute`) from the first locale of the
    /// chain that has it. Strict: a missing message, variable or reference is
    /// an error, never a half-formatted string.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> Result<String, I18nError> {
        let fluent_args = to_fluent_args(args);
        for locale in &self.chain {
            if let Some((text, errors)) = locale.format(id, fluent_args.as_ref()) {
                if errors > 0 {
                    return Err(I18nError::FormatErrors {
                        id: id.to_owned(),
                        count: errors,
                    });
                }
                return Ok(text);
            }
        }
        Err(I18nError::MissingMessage { id: id.to_owned() })
    }

    /// Formats `id` for a screen. Tries each locale of the chain until one
    /// formats without error. If none can, records `id` (see
    /// [`Localizer::missing_ids`]) and returns the localized generic "text
    /// missing" message: never a bare id, never `{$variable}` debris.
    pub fn text(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let fluent_args = to_fluent_args(args);
        for locale in &self.chain {
            if let Some((text, 0)) = locale.format(id, fluent_args.as_ref()) {
                return text;
            }
        }
        self.record_missing(id);
        for locale in &self.chain {
            if let Some((text, 0)) = locale.format(TEXT_MISSING_ID, None) {
                return text;
            }
        }
        LAST_RESORT_TEXT.to_owned()
    }

    /// Ids that [`Localizer::text`] could not format since this localizer was
    /// made (at most 64, oldest first). For debug screens and tests; ids
    /// carry no personal data.
    pub fn missing_ids(&self) -> Vec<String> {
        self.missing.lock().map(|m| m.clone()).unwrap_or_default()
    }

    fn record_missing(&self, id: &str) {
        if let Ok(mut missing) = self.missing.lock() {
            if missing.len() < MAX_RECORDED_MISSING && !missing.iter().any(|m| m == id) {
                // Ids come from code or signed packs; cap the length anyway.
                missing.push(id.chars().take(128).collect());
            }
        }
    }
}

fn to_fluent_args<'a>(args: &'a [(&'a str, Arg)]) -> Option<FluentArgs<'a>> {
    if args.is_empty() {
        return None;
    }
    let mut fluent = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let value: FluentValue<'a> = match value {
            Arg::Str(s) => FluentValue::from(s.as_str()),
            Arg::Num(n) => FluentValue::from(*n),
        };
        fluent.set(*name, value);
    }
    Some(fluent)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn localizer_is_send_and_sync() {
        assert_send_sync::<Localizer>();
        assert_send_sync::<std::sync::Arc<Localizer>>();
    }

    #[test]
    fn strict_parse_reports_line() {
        let err = parse_strict("x.ftl", "ok = fine\n\nbroken = { $\n").unwrap_err();
        match err {
            I18nError::BadResource { file, line, .. } => {
                assert_eq!(file, "x.ftl");
                assert_eq!(line, 3);
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let source = format!("a = {}", "{".repeat(100_000));
        assert!(matches!(
            parse_strict("deep.ftl", &source),
            Err(I18nError::BadResource { .. })
        ));
    }
}
