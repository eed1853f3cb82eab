//! The content packs' public error type.

use crate::i18n::ids;
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
            PackError::ManifestMissing => ids::PACK_ERROR_MANIFEST_MISSING,
            PackError::ManifestInvalid { .. } => ids::PACK_ERROR_MANIFEST_INVALID,
            PackError::SignatureMissing => ids::PACK_ERROR_SIGNATURE_MISSING,
            PackError::SignatureInvalid => ids::PACK_ERROR_SIGNATURE_INVALID,
            PackError::UnknownPublisher { .. } => ids::PACK_ERROR_UNKNOWN_PUBLISHER,
            PackError::InvalidPublicKey => ids::PACK_ERROR_INVALID_PUBLIC_KEY,
            PackError::DevelopmentKeyNotTrustable => ids::PACK_ERROR_DEVELOPMENT_KEY,
            PackError::InvalidPrivateKey => ids::PACK_ERROR_INVALID_PRIVATE_KEY,
            PackError::HashMismatch { .. } => ids::PACK_ERROR_HASH_MISMATCH,
            PackError::SizeMismatch { .. } => ids::PACK_ERROR_SIZE_MISMATCH,
            PackError::MissingFile { .. } => ids::PACK_ERROR_MISSING_FILE,
            PackError::ExtraFile { .. } => ids::PACK_ERROR_EXTRA_FILE,
            PackError::UnsafePath { .. } => ids::PACK_ERROR_UNSAFE_PATH,
            PackError::DuplicatePath { .. } => ids::PACK_ERROR_DUPLICATE_PATH,
            PackError::FileTooLarge { .. } => ids::PACK_ERROR_FILE_TOO_LARGE,
            PackError::PackTooLarge { .. } => ids::PACK_ERROR_PACK_TOO_LARGE,
            PackError::TooManyFiles { .. } => ids::PACK_ERROR_TOO_MANY_FILES,
            PackError::Rollback { .. } => ids::PACK_ERROR_ROLLBACK,
            PackError::PublisherMismatch { .. } => ids::PACK_ERROR_PUBLISHER_MISMATCH,
            PackError::ReservedPackId { .. } => ids::PACK_ERROR_RESERVED_PACK_ID,
            PackError::InvalidContent { .. } => ids::PACK_ERROR_INVALID_CONTENT,
            PackError::Io(_) => ids::PACK_ERROR_IO,
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
