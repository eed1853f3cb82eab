//! The one error type of the envelope module.
//!
//! Messages name what was wrong with the bytes, never what they said: an error
//! may end up in a log or a crash report, and a report's content must not.

/// Why sealing or opening an envelope, a reply or a receipt code failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EnvelopeError {
    /// The bytes do not start with the envelope magic, or are too short to hold a header.
    #[error("not a Waymark envelope")]
    NotAnEnvelope,
    /// A header from a newer (or unknown) format version.
    #[error("unsupported envelope version {0}")]
    UnsupportedVersion(u8),
    /// The header names an HPKE suite other than X25519 / HKDF-SHA256 / ChaCha20-Poly1305.
    #[error("unsupported HPKE suite (kem {kem:#06x}, kdf {kdf:#06x}, aead {aead:#06x})")]
    UnsupportedSuite { kem: u16, kdf: u16, aead: u16 },
    /// A report where a reply was expected, or the other way round, or an unknown kind byte.
    #[error("wrong envelope kind")]
    WrongKind,
    /// The header names a padding bucket that does not exist.
    #[error("unknown padding bucket")]
    UnknownBucket,
    /// The envelope is not exactly as long as its bucket says (truncated or extended).
    #[error("envelope length does not match its bucket")]
    LengthMismatch,
    /// The envelope was sealed to a different key than the one given.
    #[error("envelope was sealed to a different key")]
    WrongKey,
    /// Authentication failed: the envelope was altered, or the key is wrong.
    #[error("envelope failed authentication")]
    DecryptionFailed,
    /// The decrypted padding is not well formed.
    #[error("malformed padding")]
    MalformedPadding,
    /// The decrypted report is not in canonical form. `reason` is a fixed phrase.
    #[error("malformed report: {reason}")]
    MalformedReport { reason: &'static str },
    /// A report (or reply) field is invalid when sealing. `field` is the field's name only.
    #[error("invalid report field: {field}")]
    InvalidReport { field: &'static str },
    /// The encoded report does not fit the largest bucket.
    #[error("report too large: at most {max} encoded bytes fit in an envelope")]
    TooLarge { max: usize },
    /// A key is not 32 bytes or otherwise unusable.
    #[error("invalid key")]
    InvalidKey,
    /// HPKE refused to seal (only possible for an invalid public key).
    #[error("sealing failed")]
    SealFailed,
    /// A receipt code with a character outside its alphabet, or the wrong length.
    #[error("malformed receipt code")]
    MalformedReceiptCode,
    /// A receipt code whose check character does not match: a typo.
    #[error("receipt code check character does not match")]
    ReceiptCodeTypo,
}
