//! Typed errors per area. Each carries `user_message`: a sentence for the
//! person using the app, in the language chosen with [`set_error_locale`],
//! that names what happened and never quotes a passcode, an answer, a note
//! or a file path. Variants are grouped by what an app does differently
//! (ask again, show "locked", offer to start over), not by every cause.

use std::sync::{Arc, RwLock};

use waymark_core::assistant::AssistantError as CoreAssistantError;
use waymark_core::content::PackError;
use waymark_core::envelope::EnvelopeError;
use waymark_core::i18n::{I18nError, Localizer as CoreLocalizer};
use waymark_core::questionnaire::QuestionnaireError as CoreQuestionnaireError;
use waymark_core::sync::SyncError as CoreSyncError;
use waymark_core::VaultError as CoreVaultError;
use waymark_core::{JournalError as CoreJournalError, KeyStoreError as CoreKeyStoreError};

use crate::guard::InternalError;
use crate::questionnaire::Finding;
use crate::sync::FailureKind;

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
#[waymark_ffi_macros::export]
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

/// `InternalError` for the error enums whose `Internal` variant carries a
/// `user_message` (all but `LocaleError`).
macro_rules! internal_with_user_message {
    ($($error:ident),+) => {$(
        impl InternalError for $error {
            fn internal() -> Self {
                $error::Internal {
                    user_message: internal_message(),
                }
            }
        }
    )+};
}

internal_with_user_message!(
    VaultError,
    JournalError,
    ContentError,
    QuestionnaireError,
    AssistantError,
    SyncError
);

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

impl From<CoreQuestionnaireError> for QuestionnaireError {
    fn from(e: CoreQuestionnaireError) -> Self {
        use CoreQuestionnaireError as Q;
        // The core's own sentence (it names the question, never the answer).
        let user_message = e.user_message(&error_localizer());
        match e {
            Q::Invalid { findings } => QuestionnaireError::Invalid {
                findings: findings.into_iter().map(Finding::from).collect(),
                user_message,
            },
            Q::Required { name } => QuestionnaireError::Required {
                question: name,
                user_message,
            },
            Q::WrongType { name } | Q::NotAChoice { name } | Q::TooLong { name } => {
                QuestionnaireError::NotAccepted {
                    question: name,
                    constraint_message_id: None,
                    user_message,
                }
            }
            Q::ConstraintFailed { name, message, .. } => QuestionnaireError::NotAccepted {
                question: name,
                constraint_message_id: message,
                user_message,
            },
            Q::UnknownQuestion { .. }
            | Q::UnknownSection { .. }
            | Q::NoSuchInstance { .. }
            | Q::NotAnswerable { .. }
            | Q::NotRelevant { .. }
            | Q::NoCurrentQuestion => QuestionnaireError::NotAvailable { user_message },
            Q::Stopped | Q::Finalized => QuestionnaireError::Closed { user_message },
            Q::DraftNotFound | Q::ReportNotFound => {
                QuestionnaireError::DraftNotFound { user_message }
            }
            Q::DraftMismatch { .. } => QuestionnaireError::DraftMismatch { user_message },
            Q::DraftDamaged => QuestionnaireError::DraftDamaged { user_message },
            Q::Vault(CoreVaultError::Locked) => QuestionnaireError::Locked { user_message },
            Q::Vault(_) => QuestionnaireError::Storage { user_message },
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

// ---------------------------------------------------------------- assistant

/// One problem in a flow or intents file (for content authors: it names
/// files and lines, never what anyone typed).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FlowFinding {
    pub file: String,
    pub line: u32,
    /// A stable snake_case word: `syntax`, `unknown_node`, `loop`…
    pub kind: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum AssistantError {
    /// The flows of a pack do not pass their checks (or a flow misbehaved):
    /// the assistant cannot use them. `findings` are for content authors.
    #[error("{user_message}")]
    InvalidContent {
        findings: Vec<FlowFinding>,
        user_message: String,
    },
    /// No flow with this id.
    #[error("{user_message}")]
    UnknownFlow { user_message: String },
    /// No quick reply with this index on the current screen.
    #[error("{user_message}")]
    NoSuchChoice { user_message: String },
    /// The conversation waits for something else (e.g. a questionnaire's
    /// result, not text).
    #[error("{user_message}")]
    NotWaitingForThis { user_message: String },
    #[error("{user_message}")]
    TextTooLong { max: u32, user_message: String },
    /// Left with a quick exit, or deleted: start a new conversation.
    #[error("{user_message}")]
    Ended { user_message: String },
    /// No saved conversation with this id (or no vault to save in).
    #[error("{user_message}")]
    NotFound { user_message: String },
    #[error("{user_message}")]
    Damaged { user_message: String },
    #[error("{user_message}")]
    Locked { user_message: String },
    #[error("{user_message}")]
    Storage { user_message: String },
    #[error("{user_message}")]
    Internal { user_message: String },
}

impl From<CoreAssistantError> for AssistantError {
    fn from(e: CoreAssistantError) -> Self {
        use CoreAssistantError as A;
        let user_message = e.user_message(&error_localizer());
        match e {
            A::Invalid { findings } => AssistantError::InvalidContent {
                findings: findings
                    .into_iter()
                    .map(|f| FlowFinding {
                        line: f.line,
                        kind: f.kind.as_str().to_owned(),
                        file: f.file,
                        reason: f.reason,
                    })
                    .collect(),
                user_message,
            },
            A::Runaway { .. } => AssistantError::InvalidContent {
                findings: Vec::new(),
                user_message,
            },
            A::UnknownFlow { .. } => AssistantError::UnknownFlow { user_message },
            A::NoSuchChoice { .. } => AssistantError::NoSuchChoice { user_message },
            A::NotWaitingForThis => AssistantError::NotWaitingForThis { user_message },
            A::TextTooLong { max } => AssistantError::TextTooLong {
                max: u32::try_from(max).unwrap_or(u32::MAX),
                user_message,
            },
            A::Ended => AssistantError::Ended { user_message },
            A::NotFound => AssistantError::NotFound { user_message },
            A::Damaged => AssistantError::Damaged { user_message },
            A::Vault(CoreVaultError::Locked)
            | A::Pack(PackError::Vault(CoreVaultError::Locked)) => {
                AssistantError::Locked { user_message }
            }
            A::Vault(_) | A::Pack(PackError::Vault(_)) | A::Pack(PackError::Io(_)) => {
                AssistantError::Storage { user_message }
            }
            A::Pack(_) => AssistantError::InvalidContent {
                findings: Vec::new(),
                user_message,
            },
        }
    }
}

// ---------------------------------------------------------------- sync

/// Errors of the outbox, the trusted NGOs, the replies and the sync.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum SyncError {
    /// The app's network monitor failed; nothing is sent.
    #[error("{user_message}")]
    NetworkFactsUnavailable { user_message: String },
    /// Unlock the vault first (background sync waits for the next unlock).
    #[error("{user_message}")]
    Locked { user_message: String },
    /// No trusted NGO has this key id.
    #[error("{user_message}")]
    UnknownNgo { user_message: String },
    /// The NGO's signed directory entry is missing or expired: fetch it.
    #[error("{user_message}")]
    NoDirectory { user_message: String },
    /// Not a valid NGO key, or a setting out of range.
    #[error("{user_message}")]
    InvalidInput { user_message: String },
    /// The report, the notes or the text to send is missing or empty.
    #[error("{user_message}")]
    NothingToSend { user_message: String },
    /// This questionnaire report or these notes are already in the outbox.
    #[error("{user_message}")]
    AlreadyQueued { user_message: String },
    /// No report with this id in the outbox.
    #[error("{user_message}")]
    UnknownReport { user_message: String },
    /// The report is larger than the NGO accepts.
    #[error("{user_message}")]
    TooLarge { user_message: String },
    /// The network round trip failed; `failure` says how (for a calm status
    /// line: [`crate::sync_failure_message`]).
    #[error("{user_message}")]
    Network {
        failure: FailureKind,
        user_message: String,
    },
    /// The inbox's answer broke the sync API's rules (bad signature,
    /// garbage): nothing was trusted from it.
    #[error("{user_message}")]
    BadAnswer { user_message: String },
    /// Stored sync data that no longer parses.
    #[error("{user_message}")]
    Damaged { user_message: String },
    #[error("{user_message}")]
    Storage { user_message: String },
    #[error("{user_message}")]
    Internal { user_message: String },
}

impl SyncError {
    pub(crate) fn network_facts_unavailable() -> Self {
        SyncError::NetworkFactsUnavailable {
            user_message: text("ffi-network-facts-unavailable"),
        }
    }
}

impl From<CoreSyncError> for SyncError {
    fn from(e: CoreSyncError) -> Self {
        use CoreSyncError as S;
        let user_message = e.user_message(&error_localizer());
        match e {
            S::Vault(CoreVaultError::Locked) => SyncError::Locked { user_message },
            S::Vault(_) => SyncError::Storage { user_message },
            S::UnknownNgo => SyncError::UnknownNgo { user_message },
            S::NoDirectory | S::DirectoryExpired => SyncError::NoDirectory { user_message },
            S::Envelope(EnvelopeError::TooLarge { .. }) => SyncError::TooLarge { user_message },
            S::InvalidKey | S::InvalidSetting(_) | S::Envelope(_) => {
                SyncError::InvalidInput { user_message }
            }
            S::UnknownReport => SyncError::UnknownReport { user_message },
            S::NothingToSend => SyncError::NothingToSend { user_message },
            S::AlreadyQueued => SyncError::AlreadyQueued { user_message },
            S::Wire(_) => SyncError::BadAnswer { user_message },
            S::Transport(t) => SyncError::Network {
                failure: t.kind().into(),
                user_message,
            },
            S::Damaged => SyncError::Damaged { user_message },
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

/// Only `self_test_key_store` returns it: a panic during the self-test means
/// the store cannot be trusted, which is what `Unavailable` tells the app.
impl InternalError for KeyStoreError {
    fn internal() -> Self {
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
