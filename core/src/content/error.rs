//! The content packs' public error type.

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
