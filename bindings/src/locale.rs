//! Localization: the 16 shipped locales, negotiation, text direction, and
//! Fluent formatting for the app's own screens and for questionnaire texts.

use std::sync::RwLock;

use waymark_core::i18n::{
    self, Arg, Localizer as CoreLocalizer, ReviewStatus, TextDirection as CoreDir,
};

use crate::errors::LocaleError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum TextDirection {
    LeftToRight,
    RightToLeft,
}

impl From<CoreDir> for TextDirection {
    fn from(d: CoreDir) -> Self {
        match d {
            CoreDir::LeftToRight => TextDirection::LeftToRight,
            CoreDir::RightToLeft => TextDirection::RightToLeft,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum TranslationStatus {
    Source,
    MachineAssisted,
    NativeReviewed,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LocaleInfo {
    pub code: String,
    pub english_name: String,
    pub native_name: String,
    pub direction: TextDirection,
    pub status: TranslationStatus,
}

/// The shipped locales, for a language picker. Fast.
#[waymark_ffi_macros::export]
pub fn available_locales() -> Vec<LocaleInfo> {
    i18n::locale_info()
        .into_iter()
        .map(|l| LocaleInfo {
            code: l.code,
            english_name: l.english_name,
            native_name: l.native_name,
            direction: l.direction.into(),
            status: match l.status {
                ReviewStatus::Source => TranslationStatus::Source,
                ReviewStatus::MachineAssisted => TranslationStatus::MachineAssisted,
                ReviewStatus::NativeReviewed => TranslationStatus::NativeReviewed,
            },
        })
        .collect()
}

/// The best of `available` for the user's `requested` list, with fallbacks
/// (pt-BR → pt → en), most preferred first.
#[waymark_ffi_macros::export]
pub fn negotiate_locales(requested: Vec<String>, available: Vec<String>) -> Vec<String> {
    let requested: Vec<&str> = requested.iter().map(String::as_str).collect();
    i18n::negotiate(&requested, &available)
}

/// A Fluent argument value.
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum FluentValue {
    Text { value: String },
    Number { value: f64 },
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct FluentArg {
    pub name: String,
    pub value: FluentValue,
}

fn to_args(args: &[FluentArg]) -> Vec<(&str, Arg)> {
    args.iter()
        .map(|a| {
            let v = match &a.value {
                FluentValue::Text { value } => Arg::Str(value.clone()),
                FluentValue::Number { value } => Arg::Num(*value),
            };
            (a.name.as_str(), v)
        })
        .collect()
}

/// Messages in one language, with its fallback chain. Thread-safe; formatting
/// is fast (no disk).
#[derive(uniffi::Object)]
pub struct Localizer {
    inner: RwLock<CoreLocalizer>,
}

#[waymark_ffi_macros::export]
impl Localizer {
    /// `requested`: the user's languages, most preferred first.
    #[uniffi::constructor]
    pub fn new(requested: Vec<String>) -> Self {
        let requested: Vec<&str> = requested.iter().map(String::as_str).collect();
        Localizer {
            inner: RwLock::new(CoreLocalizer::new(&requested)),
        }
    }

    /// The locale in use (the first of the fallback chain).
    pub fn locale(&self) -> String {
        self.read().locale().to_owned()
    }

    pub fn fallback_chain(&self) -> Vec<String> {
        self.read().fallback_chain()
    }

    pub fn direction(&self) -> TextDirection {
        self.read().direction().into()
    }

    /// Adds Fluent messages, e.g. a questionnaire's `locales/<lang>/<id>.ftl`.
    /// Messages for a locale outside the chain are ignored. Refuses syntax
    /// errors and ids that are already defined.
    pub fn add_resource(
        &self,
        lang: String,
        file_name: String,
        source: String,
    ) -> Result<(), LocaleError> {
        let mut inner = self.inner.write().unwrap_or_else(|e| e.into_inner());
        Ok(inner.add_resource(&lang, &file_name, &source)?)
    }

    /// Formats a message, or fails if it is missing or an argument is.
    pub fn format(&self, id: String, args: Vec<FluentArg>) -> Result<String, LocaleError> {
        Ok(self.read().format(&id, &to_args(&args))?)
    }

    /// Formats a message; never fails (a missing one shows a placeholder
    /// and is recorded in [`Localizer::missing_ids`]).
    pub fn text(&self, id: String, args: Vec<FluentArg>) -> String {
        self.read().text(&id, &to_args(&args))
    }

    pub fn has_message(&self, id: String) -> bool {
        self.read().has_message(&id)
    }

    /// Ids that [`Localizer::text`] could not find (for debug screens).
    pub fn missing_ids(&self) -> Vec<String> {
        self.read().missing_ids()
    }
}

impl Localizer {
    pub(crate) fn read(&self) -> std::sync::RwLockReadGuard<'_, CoreLocalizer> {
        self.inner.read().unwrap_or_else(|e| e.into_inner())
    }
}
