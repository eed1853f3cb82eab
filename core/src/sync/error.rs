//! The sync module's error type, and its messages for people.
//!
//! Like every error of the core, a `SyncError` says what went wrong and never
//! with what: no report text, no receipt code, no URL, no key.

use crate::envelope::EnvelopeError;
use crate::i18n::ids;
use crate::i18n::{Arg, Localizer};
use crate::vault::VaultError;

use super::transport::TransportError;
use super::wire::WireError;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SyncError {
    #[error(transparent)]
    Vault(#[from] VaultError),
    /// No trusted NGO has this key id.
    #[error("no trusted NGO with this key")]
    UnknownNgo,
    /// The NGO is trusted but its directory entry has not been fetched yet.
    #[error("the NGO's directory entry has not been fetched")]
    NoDirectory,
    /// The stored directory entry has expired: fetch a fresh one.
    #[error("the NGO's directory entry has expired")]
    DirectoryExpired,
    /// An NGO signing key that is not 64 hex characters.
    #[error("invalid NGO signing key")]
    InvalidKey,
    /// No queued or sent report has this id.
    #[error("no such report in the outbox")]
    UnknownReport,
    /// The source to queue (a questionnaire report, journal notes) is
    /// missing, or there is nothing to send.
    #[error("nothing to send")]
    NothingToSend,
    /// This questionnaire report or these notes are already in the outbox.
    #[error("already in the outbox")]
    AlreadyQueued,
    /// Sealing failed (the report is too large or has an invalid field).
    #[error("the report could not be sealed: {0}")]
    Envelope(#[from] EnvelopeError),
    /// The NGO's answer broke the sync API's rules.
    #[error("the inbox's answer was refused: {0}")]
    Wire(#[from] WireError),
    /// The network round trip failed.
    #[error("sending failed: {0}")]
    Transport(#[from] TransportError),
    /// Stored sync data that no longer parses.
    #[error("the stored sync data is damaged")]
    Damaged,
    /// A setting outside its allowed range; names the setting only.
    #[error("invalid sync setting: {0}")]
    InvalidSetting(&'static str),
}

impl From<rusqlite::Error> for SyncError {
    fn from(e: rusqlite::Error) -> Self {
        SyncError::Vault(e.into())
    }
}

crate::user_error::impl_user_error!(SyncError);

impl SyncError {
    /// A stable code for scripts and apps (the CLI's JSON `kind`), never
    /// renamed once shipped; a nested error gives its own ([`crate::UserError`]).
    pub fn code(&self) -> &'static str {
        match self {
            SyncError::Vault(v) => v.code(),
            SyncError::UnknownNgo => "unknown_ngo",
            SyncError::NoDirectory => "no_directory",
            SyncError::DirectoryExpired => "directory_expired",
            SyncError::InvalidKey => "invalid_key",
            SyncError::UnknownReport => "unknown_report",
            SyncError::NothingToSend => "nothing_to_send",
            SyncError::AlreadyQueued => "already_queued",
            SyncError::Envelope(_) => "seal_failed",
            SyncError::Wire(_) => "bad_answer",
            SyncError::Transport(t) => t.kind().code(),
            SyncError::Damaged => "damaged",
            SyncError::InvalidSetting(_) => "invalid_setting",
        }
    }

    /// The Fluent message id (`sync-error-…`, in `locales/<lang>/sync.ftl`),
    /// or the vault's own for a vault error.
    pub fn message_id(&self) -> &'static str {
        match self {
            SyncError::Vault(v) => v.message_id(),
            SyncError::UnknownNgo => ids::SYNC_ERROR_UNKNOWN_NGO,
            SyncError::NoDirectory => ids::SYNC_ERROR_NO_DIRECTORY,
            SyncError::DirectoryExpired => ids::SYNC_ERROR_DIRECTORY_EXPIRED,
            SyncError::InvalidKey => ids::SYNC_ERROR_INVALID_KEY,
            SyncError::UnknownReport => ids::SYNC_ERROR_UNKNOWN_REPORT,
            SyncError::NothingToSend => ids::SYNC_ERROR_NOTHING_TO_SEND,
            SyncError::AlreadyQueued => ids::SYNC_ERROR_ALREADY_QUEUED,
            SyncError::Envelope(EnvelopeError::TooLarge { .. }) => ids::SYNC_ERROR_TOO_LARGE,
            SyncError::Envelope(_) => ids::SYNC_ERROR_SEAL,
            SyncError::Wire(WireError::DirectoryExpired) => ids::SYNC_ERROR_DIRECTORY_EXPIRED,
            SyncError::Wire(WireError::SignatureInvalid) => ids::SYNC_ERROR_SIGNATURE,
            SyncError::Wire(WireError::DirectoryRollback) => ids::SYNC_ERROR_DIRECTORY_ROLLBACK,
            SyncError::Wire(_) => ids::SYNC_ERROR_BAD_ANSWER,
            SyncError::Transport(t) => t.kind().message_id(),
            SyncError::Damaged => ids::SYNC_ERROR_DAMAGED,
            SyncError::InvalidSetting(_) => ids::SYNC_ERROR_INVALID_SETTING,
        }
    }

    /// A short, plain sentence for the user, in the localizer's language.
    pub fn user_message(&self, loc: &Localizer) -> String {
        match self {
            SyncError::Vault(v) => v.user_message(loc),
            SyncError::InvalidSetting(name) => {
                loc.text(self.message_id(), &[("setting", Arg::from(*name))])
            }
            _ => loc.text(self.message_id(), &[]),
        }
    }
}
