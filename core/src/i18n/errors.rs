//! User-facing, localized messages for the core's errors.
//!
//! The errors' `Display` texts are for logs and developers (English, no
//! personal data). What people read comes from `core.ftl` through these
//! functions, one message id per variant.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::{Arg, Localizer};

/// A message id with its arguments, for problems found in one place and
/// shown in another, in whatever language the reader uses (questionnaire
/// findings, expression errors). Arguments are names, symbols and numbers
/// from the author's file: never an answer.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct MessageRef {
    pub id: String,
    pub args: Vec<(String, String)>,
}

impl MessageRef {
    pub fn new(id: &str) -> MessageRef {
        MessageRef {
            id: id.to_owned(),
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &str, value: impl ToString) -> MessageRef {
        self.args.push((name.to_owned(), value.to_string()));
        self
    }

    /// The message in the localizer's language.
    pub fn format(&self, loc: &Localizer) -> String {
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .map(|(k, v)| (k.as_str(), Arg::from(v.as_str())))
            .collect();
        loc.text(&self.id, &args)
    }

    /// The message in English, for `Display` and developers. English is
    /// the reference locale, so the text lives once, in `locales/en/`.
    pub fn english(&self) -> String {
        static ENGLISH: OnceLock<Localizer> = OnceLock::new();
        self.format(ENGLISH.get_or_init(|| Localizer::new(&["en"])))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::ErrorKind;

    use crate::content::PackError;
    use crate::keystore::KeyStoreError;
    use crate::questionnaire::{CatalogError, QuestionnaireError};
    use crate::{JournalError, VaultError};

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

    fn every_questionnaire_error() -> Vec<QuestionnaireError> {
        let name = || "age".to_owned();
        vec![
            QuestionnaireError::Invalid { findings: vec![] },
            QuestionnaireError::UnknownQuestion { name: name() },
            QuestionnaireError::UnknownSection { id: name() },
            QuestionnaireError::NotAnswerable { name: name() },
            QuestionnaireError::NotRelevant { name: name() },
            QuestionnaireError::WrongType { name: name() },
            QuestionnaireError::NotAChoice { name: name() },
            QuestionnaireError::TooLong { name: name() },
            QuestionnaireError::ConstraintFailed {
                name: name(),
                instance: None,
                message: None,
            },
            // The author's message is not in the app's catalog: the generic one.
            QuestionnaireError::ConstraintFailed {
                name: name(),
                instance: Some(1),
                message: Some("lq-age-check".into()),
            },
            QuestionnaireError::Required { name: name() },
            QuestionnaireError::NoSuchInstance {
                name: name(),
                instance: 2,
            },
            QuestionnaireError::NoCurrentQuestion,
            QuestionnaireError::Stopped,
            QuestionnaireError::Finalized,
            QuestionnaireError::DraftNotFound,
            QuestionnaireError::ReportNotFound,
            QuestionnaireError::DraftMismatch {
                id: "labour_quick".into(),
                version: 3,
            },
            QuestionnaireError::DraftDamaged,
            QuestionnaireError::Vault(VaultError::Locked),
        ]
    }

    fn every_catalog_error() -> Vec<CatalogError> {
        let file = || "questionnaires/x.toml".to_owned();
        vec![
            CatalogError::NotFound { id: "x".into() },
            CatalogError::Invalid {
                id: "x".into(),
                findings: vec![],
            },
            CatalogError::IdMismatch {
                file: file(),
                id: "y".into(),
            },
            CatalogError::Texts {
                file: file(),
                reason: "Fluent syntax error near line 2".into(),
            },
            CatalogError::NotUtf8 { file: file() },
            CatalogError::TooLarge {
                file: file(),
                max: 2 << 20,
            },
            CatalogError::Io {
                file: file(),
                kind: std::io::ErrorKind::NotFound,
            },
            CatalogError::Pack(PackError::SignatureInvalid),
        ]
    }

    /// Every `expr-error-…` and `questionnaire-finding-…` id the code uses,
    /// read from the sources, so that a new one without a message fails.
    fn message_ids_in_sources() -> Vec<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut ids = std::collections::BTreeSet::new();
        // Every file under the two folders (the importer is a sub-folder).
        let mut files = Vec::new();
        let mut dirs = vec![root.join("expression"), root.join("questionnaire")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else {
                    files.push(path);
                }
            }
        }
        for path in files {
            {
                let src = std::fs::read_to_string(path).unwrap();
                for prefix in ["\"expr-error-", "\"questionnaire-finding-", "\"import-"] {
                    for (at, _) in src.match_indices(prefix) {
                        let rest = &src[at + 1..];
                        let end = rest.find('"').unwrap();
                        ids.insert(rest[..end].to_owned());
                    }
                }
            }
        }
        assert!(ids.len() > 50, "{ids:?}");
        ids.into_iter().collect()
    }

    #[test]
    fn questionnaire_errors_and_findings_read_well_in_every_locale() {
        let ids = message_ids_in_sources();
        for code in Localizer::available_locales() {
            let loc = Localizer::new(&[code.as_str()]);
            for e in every_questionnaire_error() {
                let text = e.user_message(&loc);
                assert!(!text.contains("questionnaire-error"), "{code}: {text}");
                if let QuestionnaireError::UnknownQuestion { name } = &e {
                    assert!(text.contains(name.as_str()), "{code}: {text}");
                }
            }
            for e in every_catalog_error() {
                let text = e.user_message(&loc);
                assert!(!text.contains("catalog-error"), "{code}: {text}");
            }
            for id in &ids {
                assert!(loc.has_message(id), "{code} lacks {id}");
            }
            assert!(
                loc.missing_ids().is_empty(),
                "{code}: {:?}",
                loc.missing_ids()
            );
        }
        // A finding and an expression error carry their message with them.
        let e = crate::expression::parse("${a} +").unwrap_err();
        assert_eq!(e.message.id, "expr-error-ends-early");
        let fr = Localizer::new(&["fr"]);
        assert_ne!(e.user_message(&fr), e.reason);
        let f = crate::questionnaire::validate("x.toml", "id = 1", None);
        assert!(!f[0].user_message(&fr).is_empty());
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
