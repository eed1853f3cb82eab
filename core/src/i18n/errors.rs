//! User-facing, localized messages for the core's errors.
//!
//! The errors' `Display` texts are for logs and developers (English, no
//! personal data). What people read comes from `core.ftl` through these
//! functions, one message id per variant.

use super::{Arg, Localizer};
use crate::keystore::KeyStoreError;
use crate::{JournalError, VaultError};

impl VaultError {
    /// The Fluent message id for this error (`vault-error-…`).
    pub fn message_id(&self) -> &'static str {
        match self {
            VaultError::NotFound => "vault-error-not-found",
            VaultError::AlreadyExists => "vault-error-already-exists",
            VaultError::Locked => "vault-error-locked",
            VaultError::WrongPasscode {
                remaining_attempts: Some(n),
            } if *n > 0 => "vault-error-wrong-passcode-remaining",
            VaultError::WrongPasscode { .. } => "vault-error-wrong-passcode",
            VaultError::InvalidPasscode { .. } => "vault-error-invalid-passcode",
            VaultError::DuressSameAsPasscode => "vault-error-duress-same-as-passcode",
            VaultError::HeaderCorrupt { .. } => "vault-error-header-corrupt",
            VaultError::HeaderTampered => "vault-error-header-tampered",
            VaultError::UnsupportedVersion { .. } => "vault-error-unsupported-version",
            VaultError::DatabaseCorrupt => "vault-error-database-corrupt",
            VaultError::SchemaTooNew { .. } => "vault-error-schema-too-new",
            VaultError::KeyStore(KeyStoreError::KeyMissing) => "vault-error-key-missing",
            VaultError::KeyStore(KeyStoreError::UnwrapFailed) => "vault-error-key-unwrap-failed",
            VaultError::KeyStore(KeyStoreError::Unavailable) => "vault-error-key-store-unavailable",
            VaultError::Io(_) => "vault-error-io",
            VaultError::Database(_) => "vault-error-database",
            VaultError::InvalidSetting(_) => "vault-error-invalid-setting",
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

impl JournalError {
    /// The Fluent message id for this error (`journal-error-…`, or the
    /// vault's for a vault error).
    pub fn message_id(&self) -> &'static str {
        match self {
            JournalError::Vault(v) => v.message_id(),
            JournalError::NotFound => "journal-error-not-found",
            JournalError::Empty => "journal-error-empty",
            JournalError::TooLong { .. } => "journal-error-too-long",
        }
    }

    /// A short, plain sentence for the user, in the localizer's language.
    pub fn user_message(&self, loc: &Localizer) -> String {
        match self {
            JournalError::Vault(v) => v.user_message(loc),
            JournalError::TooLong { max } => {
                loc.text(self.message_id(), &[("max", Arg::from(*max))])
            }
            _ => loc.text(self.message_id(), &[]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::ErrorKind;

    /// One of every variant, so that a new variant without a message is noticed.
    fn every_error() -> Vec<VaultError> {
        vec![
            VaultError::NotFound,
            VaultError::AlreadyExists,
            VaultError::Locked,
            VaultError::WrongPasscode {
                remaining_attempts: None,
            },
            VaultError::WrongPasscode {
                remaining_attempts: Some(3),
            },
            VaultError::InvalidPasscode { max: 1024 },
            VaultError::DuressSameAsPasscode,
            VaultError::HeaderCorrupt { reason: "x" },
            VaultError::HeaderTampered,
            VaultError::UnsupportedVersion { found: 9 },
            VaultError::DatabaseCorrupt,
            VaultError::SchemaTooNew { found: 99 },
            VaultError::KeyStore(KeyStoreError::KeyMissing),
            VaultError::KeyStore(KeyStoreError::UnwrapFailed),
            VaultError::KeyStore(KeyStoreError::Unavailable),
            VaultError::Io(ErrorKind::NotFound),
            VaultError::Database(11),
            VaultError::InvalidSetting("x"),
        ]
    }

    #[test]
    fn every_error_has_a_clean_message_in_every_locale() {
        let journal = [
            JournalError::NotFound,
            JournalError::Empty,
            JournalError::TooLong { max: 65536 },
        ];
        for code in Localizer::available_locales() {
            let loc = Localizer::new(&[code.as_str()]);
            for e in every_error() {
                // The lint proves each locale complete; here: every variant has
                // a message that formats with the arguments given.
                let text = e.user_message(&loc);
                assert!(
                    loc.missing_ids().is_empty(),
                    "{code}: {:?} → {:?}",
                    e,
                    loc.missing_ids()
                );
                assert!(!text.contains("vault-error"), "{code}: {text}");
            }
            for e in &journal {
                e.user_message(&loc);
            }
            assert!(
                loc.missing_ids().is_empty(),
                "{code}: {:?}",
                loc.missing_ids()
            );
        }
    }

    #[test]
    fn english_wrong_passcode_wording() {
        let en = Localizer::new(&["en"]);
        assert_eq!(
            VaultError::WrongPasscode {
                remaining_attempts: None
            }
            .user_message(&en),
            "Wrong passcode."
        );
        assert_eq!(
            VaultError::WrongPasscode {
                remaining_attempts: Some(0)
            }
            .user_message(&en),
            "Wrong passcode."
        );
        assert_eq!(
            VaultError::WrongPasscode {
                remaining_attempts: Some(1)
            }
            .user_message(&en),
            "Wrong passcode. 1 attempt left before the vault is wiped."
        );
        assert_eq!(
            VaultError::WrongPasscode {
                remaining_attempts: Some(4)
            }
            .user_message(&en),
            "Wrong passcode. 4 attempts left before the vault is wiped."
        );
    }
}
