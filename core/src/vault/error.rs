//! The vault's public error type.

use crate::i18n::ids;
use crate::i18n::{Arg, Localizer};
use crate::keystore::KeyStoreError;

/// Everything that can go wrong with a vault. Messages name what happened,
/// never the passcode, the data or a file path.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VaultError {
    #[error("there is no vault here")]
    NotFound,
    #[error("a vault already exists here")]
    AlreadyExists,
    #[error("the vault is locked")]
    Locked,
    #[error("wrong passcode")]
    WrongPasscode {
        /// Attempts left before the vault wipes itself, when that is enabled.
        remaining_attempts: Option<u32>,
    },
    #[error("the passcode must be 1 to {max} bytes long")]
    InvalidPasscode { max: usize },
    #[error("the duress passcode must differ from the passcode")]
    DuressSameAsPasscode,
    #[error("the vault header is damaged: {reason}")]
    HeaderCorrupt { reason: &'static str },
    #[error("the vault header has been altered")]
    HeaderTampered,
    #[error("this vault was made by a newer version of the app (format {found})")]
    UnsupportedVersion { found: u8 },
    #[error("the vault's data is damaged")]
    DatabaseCorrupt,
    #[error("this vault was written by a newer version of the app (schema {found})")]
    SchemaTooNew { found: i64 },
    #[error("the device key store failed: {0}")]
    KeyStore(#[from] KeyStoreError),
    #[error("storage error ({0:?})")]
    Io(std::io::ErrorKind),
    #[error("database error (code {0})")]
    Database(i32),
    #[error("invalid setting: {0}")]
    InvalidSetting(&'static str),
}

impl From<std::io::Error> for VaultError {
    fn from(e: std::io::Error) -> Self {
        // Only the kind: io::Error's message may include a path.
        VaultError::Io(e.kind())
    }
}

impl From<rusqlite::Error> for VaultError {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match e {
            rusqlite::Error::SqliteFailure(err, _) => match err.code {
                ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt => VaultError::DatabaseCorrupt,
                _ => VaultError::Database(err.extended_code),
            },
            // Other rusqlite errors are programming errors (bad column types and
            // the like); their text may echo values, so keep only a marker.
            _ => VaultError::Database(-1),
        }
    }
}

crate::user_error::impl_user_error!(VaultError);

impl VaultError {
    /// A stable code for scripts and apps (the CLI's JSON `kind`), never
    /// renamed once shipped; a nested error gives its own ([`crate::UserError`]).
    pub fn code(&self) -> &'static str {
        match self {
            VaultError::NotFound => "not_found",
            VaultError::AlreadyExists => "already_exists",
            VaultError::Locked => "locked",
            VaultError::WrongPasscode { .. } => "wrong_passcode",
            VaultError::InvalidPasscode { .. } => "invalid_passcode",
            VaultError::DuressSameAsPasscode => "duress_same_as_passcode",
            VaultError::HeaderCorrupt { .. } => "header_corrupt",
            VaultError::HeaderTampered => "header_tampered",
            VaultError::UnsupportedVersion { .. } => "unsupported_version",
            VaultError::DatabaseCorrupt => "database_corrupt",
            VaultError::SchemaTooNew { .. } => "schema_too_new",
            VaultError::KeyStore(_) => "key_store",
            VaultError::Io(_) => "io",
            VaultError::Database(_) => "database",
            VaultError::InvalidSetting(_) => "invalid_setting",
        }
    }

    /// The Fluent message id for this error (`vault-error-…`).
    pub fn message_id(&self) -> &'static str {
        match self {
            VaultError::NotFound => ids::VAULT_ERROR_NOT_FOUND,
            VaultError::AlreadyExists => ids::VAULT_ERROR_ALREADY_EXISTS,
            VaultError::Locked => ids::VAULT_ERROR_LOCKED,
            VaultError::WrongPasscode {
                remaining_attempts: Some(n),
            } if *n > 0 => ids::VAULT_ERROR_WRONG_PASSCODE_REMAINING,
            VaultError::WrongPasscode { .. } => ids::VAULT_ERROR_WRONG_PASSCODE,
            VaultError::InvalidPasscode { .. } => ids::VAULT_ERROR_INVALID_PASSCODE,
            VaultError::DuressSameAsPasscode => ids::VAULT_ERROR_DURESS_SAME_AS_PASSCODE,
            VaultError::HeaderCorrupt { .. } => ids::VAULT_ERROR_HEADER_CORRUPT,
            VaultError::HeaderTampered => ids::VAULT_ERROR_HEADER_TAMPERED,
            VaultError::UnsupportedVersion { .. } => ids::VAULT_ERROR_UNSUPPORTED_VERSION,
            VaultError::DatabaseCorrupt => ids::VAULT_ERROR_DATABASE_CORRUPT,
            VaultError::SchemaTooNew { .. } => ids::VAULT_ERROR_SCHEMA_TOO_NEW,
            VaultError::KeyStore(KeyStoreError::KeyMissing) => ids::VAULT_ERROR_KEY_MISSING,
            VaultError::KeyStore(KeyStoreError::UnwrapFailed) => ids::VAULT_ERROR_KEY_UNWRAP_FAILED,
            VaultError::KeyStore(KeyStoreError::Unavailable) => {
                ids::VAULT_ERROR_KEY_STORE_UNAVAILABLE
            }
            VaultError::Io(_) => ids::VAULT_ERROR_IO,
            VaultError::Database(_) => ids::VAULT_ERROR_DATABASE,
            VaultError::InvalidSetting(_) => ids::VAULT_ERROR_INVALID_SETTING,
        }
    }

    /// A short, plain sentence for the user, in the localizer's language.
    pub fn user_message(&self, loc: &Localizer) -> String {
        let args: Vec<(&str, Arg)> = match self {
            VaultError::WrongPasscode {
                remaining_attempts: Some(n),
            } if *n > 0 => vec![("remaining", Arg::from(*n))],
            VaultError::InvalidPasscode { max } => vec![("max", Arg::from(*max))],
            VaultError::Database(code) => vec![("code", Arg::from(i64::from(*code)))],
            _ => Vec::new(),
        };
        loc.text(self.message_id(), &args)
    }
}
