//! User-facing, localized messages for the core's errors.
//!
//! The errors' `Display` texts are for logs and developers (English, no
//! personal data). What people read comes from `core.ftl` through these
//! functions, one message id per variant.

use super::{Arg, Localizer};
use crate::content::PackError;
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

impl PackError {
    /// The Fluent message id for this error (`pack-error-…`, or the vault's
    /// for a vault error).
    pub fn message_id(&self) -> &'static str {
        match self {
            PackError::Vault(v) => v.message_id(),
            PackError::ManifestMissing => "pack-error-manifest-missing",
            PackError::ManifestInvalid { .. } => "pack-error-manifest-invalid",
            PackError::SignatureMissing => "pack-error-signature-missing",
            PackError::SignatureInvalid => "pack-error-signature-invalid",
            PackError::UnknownPublisher { .. } => "pack-error-unknown-publisher",
            PackError::InvalidPublicKey => "pack-error-invalid-public-key",
            PackError::DevelopmentKeyNotTrustable => "pack-error-development-key",
            PackError::InvalidPrivateKey => "pack-error-invalid-private-key",
            PackError::HashMismatch { .. } => "pack-error-hash-mismatch",
            PackError::SizeMismatch { .. } => "pack-error-size-mismatch",
            PackError::MissingFile { .. } => "pack-error-missing-file",
            PackError::ExtraFile { .. } => "pack-error-extra-file",
            PackError::UnsafePath { .. } => "pack-error-unsafe-path",
            PackError::DuplicatePath { .. } => "pack-error-duplicate-path",
            PackError::FileTooLarge { .. } => "pack-error-file-too-large",
            PackError::PackTooLarge { .. } => "pack-error-pack-too-large",
            PackError::TooManyFiles { .. } => "pack-error-too-many-files",
            PackError::Rollback { .. } => "pack-error-rollback",
            PackError::PublisherMismatch { .. } => "pack-error-publisher-mismatch",
            PackError::ReservedPackId { .. } => "pack-error-reserved-pack-id",
            PackError::InvalidContent { .. } => "pack-error-invalid-content",
            PackError::Io(_) => "pack-error-io",
        }
    }

    /// A short, plain sentence for the user, in the localizer's language.
    /// File names (already escaped by `PackError`), ids and technical
    /// reasons are passed as variables, never translated.
    pub fn user_message(&self, loc: &Localizer) -> String {
        // Big numbers go in as text: they are limits and versions, never
        // plural selectors, and u64 does not fit every `Arg` number.
        let num = |n: u64| Arg::from(n.to_string());
        let args: Vec<(&str, Arg)> = match self {
            PackError::Vault(v) => return v.user_message(loc),
            PackError::ManifestInvalid { reason } => vec![("reason", reason.as_str().into())],
            PackError::UnknownPublisher { key_id } => vec![("key_id", key_id.as_str().into())],
            PackError::HashMismatch { file }
            | PackError::SizeMismatch { file }
            | PackError::MissingFile { file }
            | PackError::ExtraFile { file }
            | PackError::DuplicatePath { file } => vec![("file", file.as_str().into())],
            PackError::UnsafePath { file, reason } => {
                vec![("file", file.as_str().into()), ("reason", (*reason).into())]
            }
            PackError::FileTooLarge { file, max } => {
                vec![("file", file.as_str().into()), ("max", num(*max))]
            }
            PackError::PackTooLarge { max } => vec![("max", num(*max))],
            PackError::TooManyFiles { max } => vec![("max", num(*max as u64))],
            PackError::Rollback {
                pack_id,
                installed,
                offered,
            } => vec![
                ("pack_id", pack_id.as_str().into()),
                ("installed", num(*installed)),
                ("offered", num(*offered)),
            ],
            PackError::PublisherMismatch { pack_id } | PackError::ReservedPackId { pack_id } => {
                vec![("pack_id", pack_id.as_str().into())]
            }
            PackError::InvalidContent { file, reason } => {
                vec![
                    ("file", file.as_str().into()),
                    ("reason", reason.as_str().into()),
                ]
            }
            // The kind's name only ("PermissionDenied"): never a path.
            PackError::Io(kind) => vec![("reason", format!("{kind:?}").into())],
            PackError::ManifestMissing
            | PackError::SignatureMissing
            | PackError::SignatureInvalid
            | PackError::InvalidPublicKey
            | PackError::DevelopmentKeyNotTrustable
            | PackError::InvalidPrivateKey => Vec::new(),
        };
        loc.text(self.message_id(), &args)
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

    /// One of every `PackError` variant (vault errors are covered above).
    fn every_pack_error() -> Vec<PackError> {
        let file = || "locales/en/x\\u{202e}.ftl".to_owned();
        vec![
            PackError::ManifestMissing,
            PackError::ManifestInvalid {
                reason: "is not valid JSON at line 1, column 2".into(),
            },
            PackError::SignatureMissing,
            PackError::SignatureInvalid,
            PackError::UnknownPublisher {
                key_id: "0123456789abcdef".into(),
            },
            PackError::InvalidPublicKey,
            PackError::DevelopmentKeyNotTrustable,
            PackError::InvalidPrivateKey,
            PackError::HashMismatch { file: file() },
            PackError::SizeMismatch { file: file() },
            PackError::MissingFile { file: file() },
            PackError::ExtraFile { file: file() },
            PackError::UnsafePath {
                file: file(),
                reason: "hidden file",
            },
            PackError::DuplicatePath { file: file() },
            PackError::FileTooLarge {
                file: file(),
                max: 1 << 20,
            },
            PackError::PackTooLarge { max: 1 << 24 },
            PackError::TooManyFiles { max: 4096 },
            PackError::Rollback {
                pack_id: "org.example".into(),
                installed: 3,
                offered: 2,
            },
            PackError::PublisherMismatch {
                pack_id: "org.example".into(),
            },
            PackError::ReservedPackId {
                pack_id: "org.waymark.builtin".into(),
            },
            PackError::InvalidContent {
                file: file(),
                reason: "message x is missing".into(),
            },
            PackError::Vault(VaultError::Locked),
            PackError::Io(ErrorKind::PermissionDenied),
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
            for e in every_pack_error() {
                let text = e.user_message(&loc);
                assert!(
                    loc.missing_ids().is_empty(),
                    "{code}: {:?} → {:?}",
                    e,
                    loc.missing_ids()
                );
                assert!(!text.contains("pack-error"), "{code}: {text}");
                assert!(
                    !text.contains("{ $") && !text.contains("{$"),
                    "{code}: {text}"
                );
                // File names, ids and limits reach the sentence untouched.
                match &e {
                    PackError::HashMismatch { file } | PackError::UnsafePath { file, .. } => {
                        assert!(text.contains(file.as_str()), "{code}: {text}")
                    }
                    PackError::FileTooLarge { max, .. } => {
                        assert!(text.contains(&max.to_string()), "{code}: {text}")
                    }
                    PackError::Rollback { pack_id, .. } => {
                        assert!(text.contains(pack_id.as_str()), "{code}: {text}")
                    }
                    _ => {}
                }
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
