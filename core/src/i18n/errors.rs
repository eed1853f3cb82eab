//! User-facing, localized messages for the core's errors.
//!
//! The errors' `Display` texts are for logs and developers (English, no
//! personal data). What people read comes from `core.ftl` through these
//! functions, one message id per variant.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::{Arg, Localizer};
use crate::content::PackError;
use crate::expression::ExprError;
use crate::keystore::KeyStoreError;
use crate::questionnaire::{CatalogError, Finding, QuestionnaireError};
use crate::{JournalError, VaultError};

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

impl ExprError {
    /// A short, plain sentence for the author, in the localizer's language.
    pub fn user_message(&self, loc: &Localizer) -> String {
        self.message.format(loc)
    }
}

impl Finding {
    /// The reason in the localizer's language (without file and line).
    pub fn user_message(&self, loc: &Localizer) -> String {
        self.message.format(loc)
    }
}

impl QuestionnaireError {
    /// The Fluent message id for this error (`questionnaire-error-…`, or the
    /// vault's for a vault error).
    pub fn message_id(&self) -> &'static str {
        match self {
            QuestionnaireError::Vault(v) => v.message_id(),
            QuestionnaireError::Invalid { .. } => "questionnaire-error-invalid",
            QuestionnaireError::UnknownQuestion { .. } => "questionnaire-error-unknown-question",
            QuestionnaireError::UnknownSection { .. } => "questionnaire-error-unknown-section",
            QuestionnaireError::NotAnswerable { .. } => "questionnaire-error-not-answerable",
            QuestionnaireError::NotRelevant { .. } => "questionnaire-error-not-relevant",
            QuestionnaireError::WrongType { .. } => "questionnaire-error-wrong-type",
            QuestionnaireError::NotAChoice { .. } => "questionnaire-error-not-a-choice",
            QuestionnaireError::TooLong { .. } => "questionnaire-error-too-long",
            QuestionnaireError::ConstraintFailed { .. } => "questionnaire-error-constraint",
            QuestionnaireError::Required { .. } => "questionnaire-error-required",
            QuestionnaireError::NoSuchInstance { .. } => "questionnaire-error-no-such-instance",
            QuestionnaireError::NoCurrentQuestion => "questionnaire-error-no-current-question",
            QuestionnaireError::Stopped => "questionnaire-error-stopped",
            QuestionnaireError::Finalized => "questionnaire-error-finalized",
            QuestionnaireError::DraftNotFound => "questionnaire-error-draft-not-found",
            QuestionnaireError::ReportNotFound => "questionnaire-error-report-not-found",
            QuestionnaireError::DraftMismatch { .. } => "questionnaire-error-draft-mismatch",
            QuestionnaireError::DraftDamaged => "questionnaire-error-draft-damaged",
        }
    }

    /// A short, plain sentence for the person answering or the worker. A
    /// failed constraint shows the author's own message when the localizer
    /// holds the questionnaire's texts. Question names are the author's
    /// identifiers, never answers.
    pub fn user_message(&self, loc: &Localizer) -> String {
        let args: Vec<(&str, Arg)> = match self {
            QuestionnaireError::Vault(v) => return v.user_message(loc),
            QuestionnaireError::ConstraintFailed {
                message: Some(id), ..
            } if loc.has_message(id) => return loc.text(id, &[]),
            QuestionnaireError::Invalid { findings } => {
                vec![("count", Arg::from(findings.len()))]
            }
            QuestionnaireError::UnknownQuestion { name }
            | QuestionnaireError::NotAnswerable { name }
            | QuestionnaireError::NotRelevant { name }
            | QuestionnaireError::WrongType { name }
            | QuestionnaireError::NotAChoice { name }
            | QuestionnaireError::TooLong { name }
            | QuestionnaireError::ConstraintFailed { name, .. }
            | QuestionnaireError::Required { name } => vec![("name", name.as_str().into())],
            QuestionnaireError::UnknownSection { id } => vec![("id", id.as_str().into())],
            QuestionnaireError::NoSuchInstance { name, instance } => vec![
                ("name", name.as_str().into()),
                // People count blocks from 1.
                ("number", Arg::from(instance.saturating_add(1).to_string())),
            ],
            QuestionnaireError::DraftMismatch { id, version } => vec![
                ("id", id.as_str().into()),
                ("version", Arg::from(version.to_string())),
            ],
            QuestionnaireError::NoCurrentQuestion
            | QuestionnaireError::Stopped
            | QuestionnaireError::Finalized
            | QuestionnaireError::DraftNotFound
            | QuestionnaireError::ReportNotFound
            | QuestionnaireError::DraftDamaged => Vec::new(),
        };
        loc.text(self.message_id(), &args)
    }

    /// [`Self::user_message`] preceded by the question it is about and,
    /// inside a repeat, the block, for scripts that answer many questions
    /// at once (an answers file): "age, block 2: …". Other errors: the
    /// user message alone.
    pub fn located_message(&self, loc: &Localizer) -> String {
        let message = self.user_message(loc);
        let (name, instance) = match self {
            QuestionnaireError::ConstraintFailed { name, instance, .. } => (name, *instance),
            QuestionnaireError::WrongType { name }
            | QuestionnaireError::NotAChoice { name }
            | QuestionnaireError::TooLong { name } => (name, None),
            _ => return message,
        };
        let mut args: Vec<(&str, Arg)> =
            vec![("name", name.as_str().into()), ("message", message.into())];
        match instance {
            None => loc.text("questionnaire-error-at", &args),
            Some(i) => {
                // People count blocks from 1.
                args.push(("number", Arg::from(i.saturating_add(1).to_string())));
                loc.text("questionnaire-error-at-block", &args)
            }
        }
    }
}

impl CatalogError {
    /// The Fluent message id for this error (`catalog-error-…`, or the
    /// pack's for a pack error).
    pub fn message_id(&self) -> &'static str {
        match self {
            CatalogError::Pack(p) => p.message_id(),
            CatalogError::NotFound { .. } => "catalog-error-not-found",
            CatalogError::Invalid { .. } => "catalog-error-invalid",
            CatalogError::IdMismatch { .. } => "catalog-error-id-mismatch",
            CatalogError::Texts { .. } => "catalog-error-texts",
            CatalogError::NotUtf8 { .. } => "catalog-error-not-utf8",
            CatalogError::TooLarge { .. } => "catalog-error-too-large",
            CatalogError::Io { .. } => "catalog-error-io",
        }
    }

    /// A short, plain sentence for the user, in the localizer's language.
    pub fn user_message(&self, loc: &Localizer) -> String {
        let args: Vec<(&str, Arg)> = match self {
            CatalogError::Pack(p) => return p.user_message(loc),
            CatalogError::NotFound { id } => vec![("id", id.as_str().into())],
            CatalogError::Invalid { id, findings } => vec![
                ("id", id.as_str().into()),
                ("count", Arg::from(findings.len())),
            ],
            CatalogError::IdMismatch { file, id } => {
                vec![("file", file.as_str().into()), ("id", id.as_str().into())]
            }
            CatalogError::Texts { file, reason } => vec![
                ("file", file.as_str().into()),
                ("reason", reason.as_str().into()),
            ],
            CatalogError::NotUtf8 { file } => vec![("file", file.as_str().into())],
            CatalogError::TooLarge { file, max } => vec![
                ("file", file.as_str().into()),
                ("max", Arg::from(max.to_string())),
            ],
            CatalogError::Io { file, kind } => vec![
                ("file", file.as_str().into()),
                ("reason", format!("{kind:?}").into()),
            ],
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
