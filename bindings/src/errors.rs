//! Typed errors per area. Each carries `user_message`: a sentence for the
//! person using the app, in the language chosen with [`set_error_locale`],
//! that names what happened and never quotes a passcode, an answer, a note
//! or a file path. Variants are grouped by what an app does differently
//! (ask again, show "locked", offer to start over), not by every cause.

use std::sync::{Arc, RwLock};

use waymark_core::content::PackError;
use waymark_core::i18n::{I18nError, Localizer as CoreLocalizer};
use waymark_core::questionnaire::QuestionnaireError as CoreQuestionnaireError;
use waymark_core::VaultError as CoreVaultError;
use waymark_core::{JournalError as CoreJournalError, KeyStoreError as CoreKeyStoreError};

use crate::guard::InternalError;
use crate::questionnaire::Finding;

static ERROR_LOCALIZER: RwLock<Option<Arc<CoreLocalizer>>> = RwLock::new(None);

/// The localizer error messages are written with (English until set).
pub(crate) fn error_localizer() -> Arc<CoreLocalizer> {
    if let Some(loc) = ERROR_LOCALIZER
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .as_ref()
    {
        return loc.clone();
    }
    let loc = Arc::new(CoreLocalizer::new(&["en"]));
    *ERROR_LOCALIZER.write().unwrap_or_else(|e| e.into_inner()) = Some(loc.clone());
    loc
}

/// Chooses the language of every error's `user_message`, e.g. the app's
/// language (`["uk"]`, or the system's list of preferred languages).
/// Returns the locale actually used, after negotiation and fallback.
#[uniffi::export]
pub fn set_error_locale(requested: Vec<String>) -> String {
    let requested: Vec<&str> = requested.iter().map(String::as_str).collect();
    let loc = Arc::new(CoreLocalizer::new(&requested));
    let chosen = loc.locale().to_owned();
    *ERROR_LOCALIZER.write().unwrap_or_else(|e| e.into_inner()) = Some(loc);
    chosen
}

fn text(id: &str) -> String {
    error_localizer().text(id, &[])
}

fn internal_message() -> String {
    text("ffi-error-internal")
}

// ---------------------------------------------------------------- vault

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum VaultError {
    /// No vault in this folder (never created, or wiped).
    #[error("{user_message}")]
    NotFound { user_message: String },
    #[error("{user_message}")]
    AlreadyExists { user_message: String },
    /// Unlock first.
    #[error("{user_message}")]
    Locked { user_message: String },
    /// `remaining_attempts` is set when wipe-after-N is on; 0 means the vault
    /// has just been wiped.
    #[error("{user_message}")]
    WrongPasscode {
        remaining_attempts: Option<u32>,
        user_message: String,
    },
    /// A passcode or setting that is not allowed (empty, too long, the duress
    /// passcode equal to the passcode, wipe-after 0).
    #[error("{user_message}")]
    InvalidInput { user_message: String },
    /// The vault's files are damaged, altered, or from a newer app.
    #[error("{user_message}")]
    Damaged { user_message: String },
    /// The platform key store failed or lost the device key.
    #[error("{user_message}")]
    KeyStore { user_message: String },
    /// The disk or the database failed.
    #[error("{user_message}")]
    Storage { user_message: String },
    /// A bug inside the core (a caught panic). Nothing saved was lost.
    #[error("{user_message}")]
    Internal { user_message: String },
}

impl InternalError for VaultError {
    fn internal() -> Self {
        VaultError::Internal {
            user_message: internal_message(),
        }
    }
}

impl From<CoreVaultError> for VaultError {
    fn from(e: CoreVaultError) -> Self {
        let user_message = e.user_message(&error_localizer());
        use CoreVaultError as V;
        match e {
            V::NotFound => VaultError::NotFound { user_message },
            V::AlreadyExists => VaultError::AlreadyExists { user_message },
            V::Locked => VaultError::Locked { user_message },
            V::WrongPasscode { remaining_attempts } => VaultError::WrongPasscode {
                remaining_attempts,
                user_message,
            },
            V::InvalidPasscode { .. } | V::DuressSameAsPasscode | V::InvalidSetting(_) => {
                VaultError::InvalidInput { user_message }
            }
            V::HeaderCorrupt { .. }
            | V::HeaderTampered
            | V::UnsupportedVersion { .. }
            | V::DatabaseCorrupt
            | V::SchemaTooNew { .. } => VaultError::Damaged { user_message },
            V::KeyStore(_) => VaultError::KeyStore { user_message },
            V::Io(_) | V::Database(_) => VaultError::Storage { user_message },
        }
    }
}

// ---------------------------------------------------------------- journal

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum JournalError {
    #[error("{user_message}")]
    Locked { user_message: String },
    #[error("{user_message}")]
    NotFound { user_message: String },
    /// Empty or too long.
    #[error("{user_message}")]
    InvalidInput { user_message: String },
    /// The vault failed underneath (disk, database, no vault).
    #[error("{user_message}")]
    Storage { user_message: String },
    #[error("{user_message}")]
    Internal { user_message: String },
}

impl InternalError for JournalError {
    fn internal() -> Self {
        JournalError::Internal {
            user_message: internal_message(),
        }
    }
}

impl From<CoreJournalError> for JournalError {
    fn from(e: CoreJournalError) -> Self {
        let user_message = e.user_message(&error_localizer());
        match e {
            CoreJournalError::Vault(CoreVaultError::Locked) => {
                JournalError::Locked { user_message }
            }
            CoreJournalError::Vault(_) => JournalError::Storage { user_message },
            CoreJournalError::NotFound => JournalError::NotFound { user_message },
            CoreJournalError::Empty | CoreJournalError::TooLong { .. } => {
                JournalError::InvalidInput { user_message }
            }
        }
    }
}

// ---------------------------------------------------------------- content

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum ContentError {
    #[error("{user_message}")]
    Locked { user_message: String },
    /// Not signed by a publisher this vault trusts, or the signature does not
    /// verify, or the pack id belongs to another publisher.
    #[error("{user_message}")]
    Untrusted { user_message: String },
    /// Older than (or as old as) the installed version: refused.
    #[error("{user_message}")]
    Rollback {
        installed: u64,
        offered: u64,
        user_message: String,
    },
    /// Malformed manifest, files that do not match it, unsafe names, sizes
    /// over the limits, or invalid content.
    #[error("{user_message}")]
    InvalidPack { user_message: String },
    /// Not a valid publisher key, or the development key.
    #[error("{user_message}")]
    InvalidKey { user_message: String },
    #[error("{user_message}")]
    Storage { user_message: String },
    #[error("{user_message}")]
    Internal { user_message: String },
}

impl InternalError for ContentError {
    fn internal() -> Self {
        ContentError::Internal {
            user_message: internal_message(),
        }
    }
}

impl From<PackError> for ContentError {
    fn from(e: PackError) -> Self {
        let user_message = e.user_message(&error_localizer());
        use PackError as P;
        match e {
            P::Vault(CoreVaultError::Locked) => ContentError::Locked { user_message },
            P::Vault(_) | P::Io(_) => ContentError::Storage { user_message },
            P::SignatureMissing
            | P::SignatureInvalid
            | P::UnknownPublisher { .. }
            | P::PublisherMismatch { .. } => ContentError::Untrusted { user_message },
            P::Rollback {
                installed, offered, ..
            } => ContentError::Rollback {
                installed,
                offered,
                user_message,
            },
            P::InvalidPublicKey | P::InvalidPrivateKey | P::DevelopmentKeyNotTrustable => {
                ContentError::InvalidKey { user_message }
            }
            P::ManifestMissing
            | P::ManifestInvalid { .. }
            | P::HashMismatch { .. }
            | P::SizeMismatch { .. }
            | P::MissingFile { .. }
            | P::ExtraFile { .. }
            | P::UnsafePath { .. }
            | P::DuplicatePath { .. }
            | P::FileTooLarge { .. }
            | P::PackTooLarge { .. }
            | P::TooManyFiles { .. }
            | P::ReservedPackId { .. }
            | P::InvalidContent { .. } => ContentError::InvalidPack { user_message },
        }
    }
}

// ---------------------------------------------------------------- questionnaires

#[derive(Debug, Clone, PartialEq, thiserror::Error, uniffi::Error)]
pub enum QuestionnaireError {
    /// The questionnaire file has problems; `findings` says where and why
    /// (for content authors; they name lines, never answers).
    #[error("{user_message}")]
    Invalid {
        findings: Vec<Finding>,
        user_message: String,
    },
    /// This question needs an answer before going on or finishing.
    #[error("{user_message}")]
    Required {
        question: String,
        user_message: String,
    },
    /// The answer does not fit the question (type, choice, length, or the
    /// author's constraint). `constraint_message_id` is the questionnaire's
    /// own Fluent message for a failed constraint, when it has one.
    #[error("{user_message}")]
    NotAccepted {
        question: String,
        constraint_message_id: Option<String>,
        user_message: String,
    },
    /// No such question, section or repeat instance, or not shown now.
    #[error("{user_message}")]
    NotAvailable { user_message: String },
    /// Stopped or finalized: no more answers.
    #[error("{user_message}")]
    Closed { user_message: String },
    #[error("{user_message}")]
    DraftNotFound { user_message: String },
    /// The draft was started with another questionnaire or version.
    #[error("{user_message}")]
    DraftMismatch { user_message: String },
    #[error("{user_message}")]
    DraftDamaged { user_message: String },
    #[error("{user_message}")]
    Locked { user_message: String },
    #[error("{user_message}")]
    Storage { user_message: String },
    #[error("{user_message}")]
    Internal { user_message: String },
}

impl InternalError for QuestionnaireError {
    fn internal() -> Self {
        QuestionnaireError::Internal {
            user_message: internal_message(),
        }
    }
}

impl From<CoreQuestionnaireError> for QuestionnaireError {
    fn from(e: CoreQuestionnaireError) -> Self {
        use CoreQuestionnaireError as Q;
        let msg = |id: &str| text(id);
        match e {
            Q::Invalid { findings } => QuestionnaireError::Invalid {
                findings: findings.into_iter().map(Finding::from).collect(),
                user_message: msg("ffi-questionnaire-invalid"),
            },
            Q::Required { name } => QuestionnaireError::Required {
                question: name,
                user_message: msg("ffi-questionnaire-required"),
            },
            Q::WrongType { name } | Q::NotAChoice { name } => QuestionnaireError::NotAccepted {
                question: name,
                constraint_message_id: None,
                user_message: msg("ffi-questionnaire-not-accepted"),
            },
            Q::TooLong { name } => QuestionnaireError::NotAccepted {
                question: name,
                constraint_message_id: None,
                user_message: msg("ffi-questionnaire-too-long"),
            },
            Q::ConstraintFailed { name, message } => QuestionnaireError::NotAccepted {
                question: name,
                constraint_message_id: message,
                user_message: msg("ffi-questionnaire-not-accepted"),
            },
            Q::UnknownQuestion { .. }
            | Q::UnknownSection { .. }
            | Q::NoSuchInstance { .. }
            | Q::NotAnswerable { .. }
            | Q::NotRelevant { .. }
            | Q::NoCurrentQuestion => QuestionnaireError::NotAvailable {
                user_message: msg("ffi-questionnaire-not-available"),
            },
            Q::Stopped | Q::Finalized => QuestionnaireError::Closed {
                user_message: msg("ffi-questionnaire-closed"),
            },
            Q::DraftNotFound | Q::ReportNotFound => QuestionnaireError::DraftNotFound {
                user_message: msg("ffi-questionnaire-draft-not-found"),
            },
            Q::DraftMismatch { .. } => QuestionnaireError::DraftMismatch {
                user_message: msg("ffi-questionnaire-draft-mismatch"),
            },
            Q::DraftDamaged => QuestionnaireError::DraftDamaged {
                user_message: msg("ffi-questionnaire-draft-damaged"),
            },
            Q::Vault(v) => {
                let user_message = v.user_message(&error_localizer());
                match v {
                    CoreVaultError::Locked => QuestionnaireError::Locked { user_message },
                    _ => QuestionnaireError::Storage { user_message },
                }
            }
        }
    }
}

// ---------------------------------------------------------------- locales

/// Problems with Fluent text. For developers and content authors: `detail`
/// names the file, line and message id, never a formatted value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum LocaleError {
    #[error("{detail}")]
    BadResource { detail: String },
    #[error("{detail}")]
    DuplicateMessage { detail: String },
    #[error("{detail}")]
    BadLocale { detail: String },
    #[error("{detail}")]
    MissingMessage { detail: String },
    #[error("{detail}")]
    FormatFailed { detail: String },
    #[error("{detail}")]
    Internal { detail: String },
}

impl InternalError for LocaleError {
    fn internal() -> Self {
        LocaleError::Internal {
            detail: internal_message(),
        }
    }
}

impl From<I18nError> for LocaleError {
    fn from(e: I18nError) -> Self {
        let detail = e.to_string();
        match e {
            I18nError::BadResource { .. } => LocaleError::BadResource { detail },
            I18nError::DuplicateMessage { .. } => LocaleError::DuplicateMessage { detail },
            I18nError::BadLocale { .. } => LocaleError::BadLocale { detail },
            I18nError::MissingMessage { .. } => LocaleError::MissingMessage { detail },
            I18nError::FormatErrors { .. } => LocaleError::FormatFailed { detail },
        }
    }
}

// ---------------------------------------------------------------- sync

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum SyncError {
    /// The app's network monitor failed; nothing is sent.
    #[error("{user_message}")]
    NetworkFactsUnavailable { user_message: String },
    #[error("{user_message}")]
    Internal { user_message: String },
}

impl InternalError for SyncError {
    fn internal() -> Self {
        SyncError::Internal {
            user_message: internal_message(),
        }
    }
}

// ---------------------------------------------------------------- errors the app raises

/// What the app's [`crate::PlatformKeyStore`] raises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum KeyStoreError {
    /// The key for this alias does not exist (deleted, or invalidated by the
    /// OS, e.g. after the screen lock was removed).
    #[error("the device key is missing")]
    KeyMissing,
    /// The wrapped data did not authenticate under this key.
    #[error("the device key could not unwrap the data")]
    UnwrapFailed,
    /// The key store cannot be used now (device locked, hardware error).
    #[error("the device key store is unavailable")]
    Unavailable,
}

impl From<uniffi::UnexpectedUniFFICallbackError> for KeyStoreError {
    fn from(_: uniffi::UnexpectedUniFFICallbackError) -> Self {
        // The app's code threw something undeclared: treat as unavailable,
        // never as "key missing" (which could read as "data gone").
        KeyStoreError::Unavailable
    }
}

impl From<KeyStoreError> for CoreKeyStoreError {
    fn from(e: KeyStoreError) -> Self {
        match e {
            KeyStoreError::KeyMissing => CoreKeyStoreError::KeyMissing,
            KeyStoreError::UnwrapFailed => CoreKeyStoreError::UnwrapFailed,
            KeyStoreError::Unavailable => CoreKeyStoreError::Unavailable,
        }
    }
}

impl From<CoreKeyStoreError> for KeyStoreError {
    fn from(e: CoreKeyStoreError) -> Self {
        match e {
            CoreKeyStoreError::KeyMissing => KeyStoreError::KeyMissing,
            CoreKeyStoreError::UnwrapFailed => KeyStoreError::UnwrapFailed,
            CoreKeyStoreError::Unavailable => KeyStoreError::Unavailable,
        }
    }
}

/// What the app's other services ([`crate::NetworkMonitor`],
/// [`crate::LogSink`]) raise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum PlatformError {
    #[error("the platform service is unavailable")]
    Unavailable,
}

impl From<uniffi::UnexpectedUniFFICallbackError> for PlatformError {
    fn from(_: uniffi::UnexpectedUniFFICallbackError) -> Self {
        PlatformError::Unavailable
    }
}
