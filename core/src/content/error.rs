//! The content packs' public error type.

use crate::i18n::{Arg, Localizer};
use crate::vault::VaultError;

/// Why a pack, a key or a query was refused. Every variant names the file (a
/// path inside the pack, never a path on disk) and the reason; none carries
/// personal data or file contents.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    #[error("the pack has no manifest.json")]
    ManifestMissing,
    #[error("manifest.json is invalid: {reason}")]
    ManifestInvalid { reason: String },
    #[error("the pack has no manifest.sig")]
    SignatureMissing,
    #[error("manifest.sig does not verify: the manifest or the signature was altered, or signed by another key")]
    SignatureInvalid,
    #[error("the pack is signed by publisher {key_id}, which is not trusted here")]
    UnknownPublisher { key_id: String },
    #[error("not a valid Ed25519 public key (expected 64 hex characters)")]
    InvalidPublicKey,
    #[error("the development key signs only the built-in pack and cannot be trusted for installed packs")]
    DevelopmentKeyNotTrustable,
    #[error("not a valid Ed25519 private key (PKCS#8 expected)")]
    InvalidPrivateKey,
    #[error("{file}: contents do not match the manifest's SHA-256")]
    HashMismatch { file: String },
    #[error("{file}: size does not match the manifest")]
    SizeMismatch { file: String },
    #[error("{file}: listed in the manifest but missing from the pack")]
    MissingFile { file: String },
    #[error("{file}: in the pack but not listed in the manifest")]
    ExtraFile { file: String },
    #[error("{file}: unsafe file name ({reason})")]
    UnsafePath { file: String, reason: &'static str },
    #[error("{file}: appears more than once")]
    DuplicatePath { file: String },
    #[error("{file}: larger than the limit of {max} bytes")]
    FileTooLarge { file: String, max: u64 },
    #[error("the pack is larger than the limit of {max} bytes")]
    PackTooLarge { max: u64 },
    #[error("the pack has more than {max} files")]
    TooManyFiles { max: usize },
    #[error(
        "pack {pack_id} version {offered} is not newer than the installed version {installed}"
    )]
    Rollback {
        pack_id: String,
        installed: u64,
        offered: u64,
    },
    #[error("pack {pack_id} is already installed from another publisher")]
    PublisherMismatch { pack_id: String },
    #[error("pack id {pack_id} is reserved for the built-in pack")]
    ReservedPackId { pack_id: String },
    #[error("{file}: invalid content: {reason}")]
    InvalidContent { file: String, reason: String },
    #[error(transparent)]
    Vault(#[from] VaultError),
    #[error("storage error ({0:?})")]
    Io(std::io::ErrorKind),
}

impl From<std::io::Error> for PackError {
    fn from(e: std::io::Error) -> Self {
        // Only the kind: io::Error's message may include a path.
        PackError::Io(e.kind())
    }
}

impl From<rusqlite::Error> for PackError {
    fn from(e: rusqlite::Error) -> Self {
        PackError::Vault(e.into())
    }
}

/// A file name from an untrusted pack, made safe to print: control and
/// non-ASCII characters escaped, long names cut.
pub(crate) fn display_name(name: &str) -> String {
    const MAX: usize = 120;
    let escaped: String = name.chars().flat_map(char::escape_default).collect();
    if escaped.len() <= MAX {
        escaped
    } else {
        let mut cut = MAX;
        while !escaped.is_char_boundary(cut) {
            cut -= 1;
        }
        format!("{}…", &escaped[..cut])
    }
}

/// A serde_json error without the value it choked on: the category and the
/// position only.
pub(crate) fn json_reason(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let what = match e.classify() {
        Category::Io => "could not be read",
        Category::Syntax => "is not valid JSON",
        Category::Eof => "ends too early",
        Category::Data => "does not match the schema (wrong, missing, unknown or repeated field)",
    };
    format!("{what} at line {}, column {}", e.line(), e.column())
}

crate::user_error::impl_user_error!(PackError);

impl PackError {
    /// A stable code for scripts and apps (the CLI's JSON `kind`), never
    /// renamed once shipped; a nested error gives its own ([`crate::UserError`]).
    pub fn code(&self) -> &'static str {
        match self {
            PackError::Vault(v) => v.code(),
            PackError::ManifestMissing => "manifest_missing",
            PackError::ManifestInvalid { .. } => "manifest_invalid",
            PackError::SignatureMissing => "signature_missing",
            PackError::SignatureInvalid => "signature_invalid",
            PackError::UnknownPublisher { .. } => "unknown_publisher",
            PackError::InvalidPublicKey => "invalid_public_key",
            PackError::DevelopmentKeyNotTrustable => "development_key",
            PackError::InvalidPrivateKey => "invalid_private_key",
            PackError::HashMismatch { .. } => "hash_mismatch",
            PackError::SizeMismatch { .. } => "size_mismatch",
            PackError::MissingFile { .. } => "missing_file",
            PackError::ExtraFile { .. } => "extra_file",
            PackError::UnsafePath { .. } => "unsafe_path",
            PackError::DuplicatePath { .. } => "duplicate_path",
            PackError::FileTooLarge { .. } => "file_too_large",
            PackError::PackTooLarge { .. } => "pack_too_large",
            PackError::TooManyFiles { .. } => "too_many_files",
            PackError::Rollback { .. } => "rollback",
            PackError::PublisherMismatch { .. } => "publisher_mismatch",
            PackError::ReservedPackId { .. } => "reserved_pack_id",
            PackError::InvalidContent { .. } => "invalid_content",
            PackError::Io(_) => "io",
        }
    }

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
