//! Sealed report envelopes: what leaves the phone on its way to an NGO.
//!
//! A report is canonically encoded (`report`), padded to a fixed size bucket
//! (`padding`), and sealed with HPKE (RFC 9180, base mode, X25519 /
//! HKDF-SHA256 / ChaCha20-Poly1305) to the NGO's public key (`hpke`). A clear
//! header (`header`) says which version, suite, bucket and key; it is bound to
//! the ciphertext as HPKE's AAD, so altering it makes opening fail.
//!
//! ```text
//! envelope = header (21 bytes) ‖ enc (32 bytes) ‖ ct (bucket − 53 bytes)
//! ```
//!
//! Any RFC 9180 implementation can open one with the NGO's private key:
//! `info` is [`REPORT_INFO`], `aad` is the 21 header bytes. `docs/envelope.md`
//! has the byte-by-byte format and a worked example.
//!
//! Replies travel the other way in the same format (kind "reply"), sealed to
//! the reply public key that the report carries, with [`REPLY_INFO`].
//!
//! Dummy envelopes (cover traffic) seal an *empty* plaintext in a bucket of
//! the caller's choice: the mark lives only inside the ciphertext, so the
//! inbox stores a dummy like any report and only the NGO, after opening it,
//! knows to drop it ([`open_any`]).
//!
//! Receipt codes (`receipt_code`) derive the lookup id under which the inbox
//! files replies; the reply key that opens them never leaves the device.

mod error;
pub mod header;
pub mod hpke;
mod keys;
mod layout;
pub mod padding;
pub mod receipt_code;
mod report;

pub use error::EnvelopeError;
pub use header::{EnvelopeHeader, EnvelopeKind};
pub use keys::{NgoPrivateKey, NgoPublicKey, ReplyPublicKey, ReplySecretKey};
pub use layout::HEADER_LEN;
pub use padding::Bucket;
pub use receipt_code::ReceiptCode;
pub use report::{Report, ReportField, ReportId, ReportKind, REPORT_FORMAT_VERSION};

use zeroize::Zeroizing;

use hpke::{HpkeFailure, ENC_LEN};

/// HPKE `info` for reports: domain separation from replies and other protocols.
pub const REPORT_INFO: &[u8] = b"waymark/report/v1";
/// HPKE `info` for replies.
pub const REPLY_INFO: &[u8] = b"waymark/reply/v1";

/// A sealed report, ready for the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealedEnvelope {
    /// The whole envelope: exactly `bucket.envelope_len()` bytes.
    pub bytes: Vec<u8>,
    /// The report's id, kept in clear by the device and sent beside the
    /// envelope so the server can drop duplicates.
    pub report_id: ReportId,
    pub bucket: Bucket,
}

/// Seals `report` to the NGO's key, in the smallest bucket that fits it.
pub fn seal(report: &Report, ngo: &NgoPublicKey) -> Result<SealedEnvelope, EnvelopeError> {
    seal_in_bucket(report, ngo, Bucket::Kib4)
}

/// Seals `report` in the smallest bucket that fits it and is no smaller than
/// `min_bucket` (an app may send everything as e.g. 16 KiB to blur sizes more).
pub fn seal_in_bucket(
    report: &Report,
    ngo: &NgoPublicKey,
    min_bucket: Bucket,
) -> Result<SealedEnvelope, EnvelopeError> {
    let encoded = report.to_canonical_bytes()?;
    let (bucket, bytes) = seal_bytes(
        &encoded,
        &ngo.bytes,
        EnvelopeKind::Report,
        REPORT_INFO,
        min_bucket,
    )?;
    Ok(SealedEnvelope {
        bytes,
        report_id: report.id,
        bucket,
    })
}

/// Seals a dummy: an empty plaintext in `bucket`, with a fresh random report
/// id. On the wire and at the inbox it is a report envelope like any other
/// of that bucket; opened, it is [`Opened::Dummy`].
pub fn seal_dummy(ngo: &NgoPublicKey, bucket: Bucket) -> Result<SealedEnvelope, EnvelopeError> {
    let (sealed_in, bytes) =
        seal_bytes(&[], &ngo.bytes, EnvelopeKind::Report, REPORT_INFO, bucket)?;
    Ok(SealedEnvelope {
        bytes,
        report_id: ReportId::random(),
        bucket: sealed_in,
    })
}

/// What a report envelope held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    Report(Report),
    /// Cover traffic ([`seal_dummy`]): nothing to read; the NGO drops it.
    Dummy,
}

/// Opens a report envelope with the NGO's private key: a report, or a
/// dummy (an empty plaintext; a real report is never empty). Never panics;
/// any altered, truncated or foreign input gives a typed error.
pub fn open_any(envelope: &[u8], ngo: &NgoPrivateKey) -> Result<Opened, EnvelopeError> {
    let public = ngo.public_key();
    let (bucket, padded) = open_bytes(
        envelope,
        ngo.expose(),
        &public.bytes,
        EnvelopeKind::Report,
        REPORT_INFO,
    )?;
    match padding::unpad(&padded, bucket)? {
        [] => Ok(Opened::Dummy),
        content => Report::from_canonical_bytes(content).map(Opened::Report),
    }
}

/// Opens a report envelope that must hold a report: a dummy is
/// `MalformedReport`. See [`open_any`].
pub fn open(envelope: &[u8], ngo: &NgoPrivateKey) -> Result<Report, EnvelopeError> {
    match open_any(envelope, ngo)? {
        Opened::Report(report) => Ok(report),
        Opened::Dummy => Err(EnvelopeError::MalformedReport {
            reason: "a dummy, not a report",
        }),
    }
}

/// Checks an envelope's header and length without any key: what a server can
/// verify before storing it.
pub fn peek_header(envelope: &[u8]) -> Result<EnvelopeHeader, EnvelopeError> {
    EnvelopeHeader::parse(envelope)
}

/// Seals an NGO's reply text to a report's reply key (same suite, base mode,
/// [`REPLY_INFO`], header kind "reply", padded like reports). Text longer
/// than the smallest bucket holds is sealed in a larger one, which the sync
/// API refuses ([`crate::sync::wire::MAX_SEALED_REPLY_LEN`]): send long
/// answers as several replies.
pub fn seal_reply(text: &str, reply_key: &ReplyPublicKey) -> Result<Vec<u8>, EnvelopeError> {
    let (_, bytes) = seal_bytes(
        text.as_bytes(),
        &reply_key.bytes,
        EnvelopeKind::Reply,
        REPLY_INFO,
        Bucket::Kib4,
    )?;
    Ok(bytes)
}

/// Opens a reply with the report's reply secret key.
pub fn open_reply(
    envelope: &[u8],
    reply_secret: &ReplySecretKey,
) -> Result<Zeroizing<String>, EnvelopeError> {
    let public = reply_secret.public_key();
    let (bucket, padded) = open_bytes(
        envelope,
        reply_secret.expose(),
        &public.bytes,
        EnvelopeKind::Reply,
        REPLY_INFO,
    )?;
    let text = padding::unpad(&padded, bucket)?;
    let text = std::str::from_utf8(text).map_err(|_| EnvelopeError::MalformedReport {
        reason: "reply is not UTF-8",
    })?;
    Ok(Zeroizing::new(text.to_owned()))
}

fn seal_bytes(
    content: &[u8],
    recipient: &[u8; 32],
    kind: EnvelopeKind,
    info: &[u8],
    min_bucket: Bucket,
) -> Result<(Bucket, Vec<u8>), EnvelopeError> {
    let (bucket, padded) = padding::pad(content, min_bucket)?;
    let header = EnvelopeHeader {
        kind,
        bucket,
        key_id: header::key_id(recipient),
    }
    .to_bytes();
    let (enc, ct) = hpke::seal_base(recipient, info, &header, &padded).map_err(|e| match e {
        HpkeFailure::InvalidKey => EnvelopeError::InvalidKey,
        _ => EnvelopeError::SealFailed,
    })?;
    let mut out = Vec::with_capacity(bucket.envelope_len());
    out.extend_from_slice(&header);
    out.extend_from_slice(&enc);
    out.extend_from_slice(&ct);
    if out.len() != bucket.envelope_len() {
        return Err(EnvelopeError::SealFailed);
    }
    Ok((bucket, out))
}

fn open_bytes(
    envelope: &[u8],
    private: &[u8; 32],
    public: &[u8; 32],
    kind: EnvelopeKind,
    info: &[u8],
) -> Result<(Bucket, Zeroizing<Vec<u8>>), EnvelopeError> {
    let header = EnvelopeHeader::parse(envelope)?;
    if header.kind != kind {
        return Err(EnvelopeError::WrongKind);
    }
    if header.key_id != header::key_id(public) {
        return Err(EnvelopeError::WrongKey);
    }
    // parse() checked the length, so these splits are in bounds.
    let (aad, rest) = envelope.split_at(HEADER_LEN);
    let (enc, ct) = rest.split_at(ENC_LEN);
    let padded = hpke::open_base(private, enc, info, aad, ct)
        .map_err(|_| EnvelopeError::DecryptionFailed)?;
    Ok((header.bucket, padded))
}
