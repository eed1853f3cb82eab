//! The inbox HTTP API's messages, shared by the phone (client) and the NGO
//! inbox server, so the two can never drift apart. `docs/sync-api.md`
//! documents the same contract for other implementations.
//!
//! Everything a server returns is hostile input to the phone: every type here
//! has size limits and `check()`s that parsing alone does not give.

use serde::{Deserialize, Serialize};

use crate::content::canonical;
use crate::content::keys::{PublicKey, SigningKey};
use crate::envelope::Bucket;

/// Every path starts with this; a new incompatible API gets a new prefix.
pub const API_PREFIX: &str = "/v1";
/// `POST`, body = the envelope bytes (`application/octet-stream`).
pub const SUBMIT_PATH: &str = "/v1/envelopes";
/// `POST`, JSON [`FetchRepliesRequest`] → [`RepliesResponse`]. A POST body
/// rather than a URL, so the lookup id never lands in a proxy's access log.
pub const REPLIES_PATH: &str = "/v1/replies";
/// `GET` → [`SignedDirectory`].
pub const DIRECTORY_PATH: &str = "/v1/directory";
/// `GET ?after=SEQ&limit=N` (NGO token) → [`PullResponse`].
pub const NGO_ENVELOPES_PATH: &str = "/v1/ngo/envelopes";
/// `POST` JSON [`PostReplyRequest`] (NGO token) → 201.
pub const NGO_REPLIES_PATH: &str = "/v1/ngo/replies";
pub const HEALTH_PATH: &str = "/healthz";
pub const METRICS_PATH: &str = "/metrics";

/// Submit header: the report id, 32 lowercase hex characters.
pub const HEADER_REPORT_ID: &str = "waymark-report-id";
/// Submit header: `ReceiptCode::lookup_id()`, 64 lowercase hex characters.
/// The server files replies under it; it never sees the receipt code.
pub const HEADER_REPLY_LOOKUP: &str = "waymark-reply-lookup";

/// The one User-Agent every Waymark device sends: nothing in it tells
/// devices, versions or platforms apart.
pub const USER_AGENT: &str = "Waymark";

/// Largest envelope the protocol allows: the largest padding bucket.
pub const MAX_ENVELOPE_LEN: usize = 262_144;
/// Largest JSON body either side accepts. A pull page of envelopes is the
/// biggest message: [`MAX_PULL_LIMIT`] base64 envelopes at most.
pub const MAX_JSON_LEN: usize = 4 * 1024 * 1024;
/// Most envelopes in one pull page (keeps a page under [`MAX_JSON_LEN`]).
pub const MAX_PULL_LIMIT: u32 = 8;
/// Most replies the inbox files under one lookup id.
pub const MAX_REPLIES: usize = 64;
/// Largest sealed reply: one envelope of the smallest bucket. Longer
/// answers are sent as several replies, each fetched by its own poll, so
/// that every poll's answer has the same size ([`REPLIES_ANSWER_LEN`]).
pub const MAX_SEALED_REPLY_LEN: usize = 4096;
/// Every answer to `POST /v1/replies` is exactly this long: the JSON of
/// [`RepliesResponse`] (no reply, or one reply of at most
/// [`MAX_SEALED_REPLY_LEN`] sealed bytes: 5,550 bytes of JSON), then spaces.
/// An observer cannot tell an answer with a reply from one without.
pub const REPLIES_ANSWER_LEN: usize = 6144;
/// Most replies in one answer: one, so the answer always fits
/// [`REPLIES_ANSWER_LEN`]. The phone asks again with the reply's id as
/// `after` in a later poll.
pub const MAX_REPLIES_PER_ANSWER: usize = 1;

const RECEIPT_CONTEXT: &[u8] = b"waymark-inbox-receipt-v1\n";
const DIRECTORY_CONTEXT: &[u8] = b"waymark-directory-entry-v1\n";
/// Version of [`DirectoryEntry`]'s layout. 2 added `version` and `issued`.
pub const DIRECTORY_FORMAT: u32 = 2;
/// Longest endpoint URL accepted.
const MAX_URL_LEN: usize = 512;

/// Why a message from the other side was refused. No variant carries any
/// of the message's content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum WireError {
    #[error("the message is not valid for the Waymark sync API")]
    Malformed,
    #[error("the message is larger than the sync API allows")]
    TooLarge,
    #[error("the signature does not verify")]
    SignatureInvalid,
    #[error("the receipt is for a different report or envelope")]
    ReceiptMismatch,
    #[error("the directory entry has expired")]
    DirectoryExpired,
    #[error("the directory entry uses an unknown format version")]
    UnknownFormat,
    /// A directory entry older than (or conflicting with) the one already
    /// stored: a seized server may be replaying an old entry.
    #[error("the directory entry is older than the one already trusted")]
    DirectoryRollback,
}

// ------------------------------------------------------------------ receipts

/// What the inbox returns for an accepted envelope: proof that it holds this
/// exact envelope. The phone deletes its copy only after [`Receipt::verify`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    /// 32 lowercase hex characters.
    pub report_id: String,
    /// SHA-256 of the envelope bytes, 64 lowercase hex characters.
    pub envelope_sha256: String,
    /// Day the server accepted it, `YYYY-MM-DD` (UTC): no finer time.
    pub day: String,
    /// Key id (`PublicKey::key_id`) of the key that signed it.
    pub key_id: String,
    /// Ed25519 over [`Receipt::signed_bytes`], 128 hex characters.
    pub signature: String,
}

impl Receipt {
    /// Signs a receipt for `envelope`, submitted under `report_id`.
    pub fn sign(key: &SigningKey, report_id: &[u8; 16], envelope: &[u8], day: &str) -> Receipt {
        let digest = sha256(envelope);
        let signed = receipt_bytes(report_id, &digest, day);
        Receipt {
            report_id: crate::hex::encode(report_id),
            envelope_sha256: crate::hex::encode(&digest),
            day: day.to_owned(),
            key_id: key.public_key().key_id(),
            signature: crate::hex::encode(&key.sign_in_context(RECEIPT_CONTEXT, &signed)),
        }
    }

    /// Checks that this receipt is signed by `key` and is for exactly this
    /// report id and these envelope bytes.
    pub fn verify(
        &self,
        key: &PublicKey,
        report_id: &[u8; 16],
        envelope: &[u8],
    ) -> Result<(), WireError> {
        let digest = sha256(envelope);
        if self.report_id != crate::hex::encode(report_id)
            || self.envelope_sha256 != crate::hex::encode(&digest)
        {
            return Err(WireError::ReceiptMismatch);
        }
        if !is_day(&self.day) {
            return Err(WireError::Malformed);
        }
        let signature = crate::hex::decode(&self.signature).ok_or(WireError::SignatureInvalid)?;
        let signed = receipt_bytes(report_id, &digest, &self.day);
        if key.verify_in_context(RECEIPT_CONTEXT, &signed, &signature) {
            Ok(())
        } else {
            Err(WireError::SignatureInvalid)
        }
    }
}

/// `report_id (16) ‖ SHA-256(envelope) (32) ‖ day (10 ASCII bytes)`.
fn receipt_bytes(report_id: &[u8; 16], digest: &[u8; 32], day: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(16 + 32 + day.len());
    out.extend_from_slice(report_id);
    out.extend_from_slice(digest);
    out.extend_from_slice(day.as_bytes());
    out
}

pub fn sha256(data: &[u8]) -> [u8; 32] {
    let digest = ring::digest::digest(&ring::digest::SHA256, data);
    let mut out = [0; 32];
    out.copy_from_slice(digest.as_ref());
    out
}

// ----------------------------------------------------------------- directory

/// An NGO's signed directory entry: everything a phone needs to send to it.
/// Phones trust an NGO by its signing key (from a content pack or a QR
/// code), then accept only entries that key signed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryEntry {
    /// [`DIRECTORY_FORMAT`].
    pub format: u32,
    /// Grows with every entry the NGO signs. A phone refuses an entry with a
    /// lower version than the one it holds (a replayed old entry with an old
    /// key or old pins), and a different entry with the same version.
    /// (Absent in format 1, read as 0, so a stored old entry still parses
    /// and can be refreshed.)
    #[serde(default)]
    pub version: u64,
    /// Day the NGO signed the entry, `YYYY-MM-DD`; never later than `expires`
    /// and never earlier than the stored entry's. (Absent in format 1.)
    #[serde(default)]
    pub issued: String,
    /// Short stable id, e.g. `org.example.helpdesk`.
    pub ngo_id: String,
    /// Display name.
    pub name: String,
    /// Base URLs, tried in order: `https://…`, or `http://…` only for
    /// `.onion` hosts (Tor already encrypts) and loopback IP addresses
    /// (tests, demo). See [`endpoint_allowed`].
    pub endpoints: Vec<String>,
    /// HPKE public key reports are sealed to, 64 hex characters.
    pub hpke_public_key: String,
    /// Ed25519 key that signs receipts, 64 hex characters.
    pub receipt_key: String,
    /// Accepted TLS certificate SPKI pins: base64 of SHA-256 of the
    /// DER SubjectPublicKeyInfo (as in HPKP). Empty = webpki roots only.
    pub tls_spki_sha256: Vec<String>,
    /// Largest envelope the inbox accepts (≤ [`MAX_ENVELOPE_LEN`]).
    pub max_envelope_len: u32,
    /// Whether the NGO welcomes dummy sends (they are stored like reports
    /// and dropped by the NGO's tools after opening).
    pub accepts_dummy: bool,
    /// Last day (`YYYY-MM-DD`) phones may use this entry.
    pub expires: String,
}

/// A directory entry with its signature, as served at [`DIRECTORY_PATH`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedDirectory {
    pub entry: DirectoryEntry,
    /// Ed25519 over the canonical JSON of `entry`, 128 hex characters.
    pub signature: String,
}

impl SignedDirectory {
    pub fn sign(entry: DirectoryEntry, key: &SigningKey) -> Result<SignedDirectory, WireError> {
        entry.check()?;
        let bytes = canonical_entry(&entry)?;
        Ok(SignedDirectory {
            signature: crate::hex::encode(&key.sign_in_context(DIRECTORY_CONTEXT, &bytes)),
            entry,
        })
    }

    /// Verifies the signature with the NGO's trusted key, then the entry's
    /// fields and expiry against `today` (`YYYY-MM-DD`).
    pub fn verify(&self, key: &PublicKey, today: &str) -> Result<&DirectoryEntry, WireError> {
        let signature = crate::hex::decode(&self.signature).ok_or(WireError::SignatureInvalid)?;
        let bytes = canonical_entry(&self.entry)?;
        if !key.verify_in_context(DIRECTORY_CONTEXT, &bytes, &signature) {
            return Err(WireError::SignatureInvalid);
        }
        self.entry.check()?;
        // ISO days compare correctly as strings.
        if self.entry.expires.as_str() < today {
            return Err(WireError::DirectoryExpired);
        }
        Ok(&self.entry)
    }
}

fn canonical_entry(entry: &DirectoryEntry) -> Result<Vec<u8>, WireError> {
    let value = serde_json::to_value(entry).map_err(|_| WireError::Malformed)?;
    canonical::to_bytes(&value).ok_or(WireError::Malformed)
}

impl DirectoryEntry {
    /// Field rules that serde cannot express.
    pub fn check(&self) -> Result<(), WireError> {
        if self.format != DIRECTORY_FORMAT {
            return Err(WireError::UnknownFormat);
        }
        let fine = is_short_text(&self.ngo_id)
            && is_short_text(&self.name)
            && !self.endpoints.is_empty()
            && self.endpoints.len() <= 8
            && self.endpoints.iter().all(|u| endpoint_allowed(u))
            && is_hex_key(&self.hpke_public_key)
            && is_hex_key(&self.receipt_key)
            && self.tls_spki_sha256.len() <= 8
            && self.tls_spki_sha256.iter().all(|p| is_pin(p))
            && self.max_envelope_len as usize >= Bucket::Kib4.envelope_len()
            && self.max_envelope_len as usize <= MAX_ENVELOPE_LEN
            && is_day(&self.issued)
            && is_day(&self.expires)
            // ISO days compare correctly as strings.
            && self.issued <= self.expires;
        if fine {
            Ok(())
        } else {
            Err(WireError::Malformed)
        }
    }

    pub fn receipt_public_key(&self) -> Result<PublicKey, WireError> {
        PublicKey::from_hex(&self.receipt_key).map_err(|_| WireError::Malformed)
    }

    /// Whether this (verified) entry may replace `stored`, the entry the
    /// phone already trusts: a higher version issued no earlier, or the very
    /// same entry again. Anything else is a rollback, refused.
    pub fn may_replace(&self, stored: &DirectoryEntry) -> Result<(), WireError> {
        let newer = self.version > stored.version && self.issued >= stored.issued;
        if newer || self == stored {
            Ok(())
        } else {
            Err(WireError::DirectoryRollback)
        }
    }
}

/// A base URL parsed with the `url` crate, and what the rules need of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// The URL as given, without a trailing `/`: requests go to
    /// `base + path` (it has no query or fragment to get in the way).
    pub base: String,
    /// Whether the host is a Tor onion service (`….onion`), decided by the
    /// parsed host alone.
    pub onion: bool,
}

/// Parses an inbox base URL and applies the transport rules:
/// - `https://` to any host;
/// - plain `http://` only to a `.onion` host (Tor encrypts and
///   authenticates it) or to a loopback IP address (127.0.0.0/8, `::1`:
///   tests and the demo; such traffic never leaves the device);
/// - no user name or password, no query, no fragment, no control
///   characters or spaces, at most 512 bytes.
///
/// The host is what the URL parser says it is, so neither
/// `http://inbox.example.org?.onion` nor `http://inbox.example.org#.onion`
/// passes for an onion address.
pub fn parse_endpoint(text: &str) -> Option<Endpoint> {
    if text.len() > MAX_URL_LEN || text.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return None;
    }
    let url = url::Url::parse(text).ok()?;
    if !url.username().is_empty()
        || url.password().is_some()
        || url.query().is_some()
        || url.fragment().is_some()
        || text.contains(['?', '#'])
    {
        return None;
    }
    let onion = match url.host()? {
        url::Host::Domain(name) => is_onion_name(name),
        _ => false,
    };
    let loopback = match url.host()? {
        url::Host::Ipv4(ip) => ip.is_loopback(),
        url::Host::Ipv6(ip) => ip.is_loopback(),
        url::Host::Domain(_) => false,
    };
    let allowed = match url.scheme() {
        "https" => true,
        "http" => onion || loopback,
        _ => false,
    };
    // The parsed form, not the text: what the transport will connect to
    // ("https:host//x" is `https://host//x`), with the host lower-cased.
    allowed.then(|| Endpoint {
        base: url.as_str().trim_end_matches('/').to_owned(),
        onion,
    })
}

/// `label.onion`: the last label is `onion` and something precedes it.
fn is_onion_name(name: &str) -> bool {
    name.strip_suffix(".onion")
        .is_some_and(|rest| !rest.is_empty() && !rest.ends_with('.'))
}

/// Whether `url` is a usable inbox base URL ([`parse_endpoint`]).
pub fn endpoint_allowed(url: &str) -> bool {
    parse_endpoint(url).is_some()
}

/// Standard base64 of exactly 32 bytes (a SHA-256). A pin that does not
/// decode could otherwise be skipped by a client, turning pinning off.
fn is_pin(s: &str) -> bool {
    use base64::Engine as _;
    s.len() == 44
        && base64::engine::general_purpose::STANDARD
            .decode(s)
            .is_ok_and(|b| b.len() == 32)
}

fn is_short_text(s: &str) -> bool {
    !s.trim().is_empty() && s.len() <= 200 && !s.chars().any(char::is_control)
}

fn is_hex_key(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// `YYYY-MM-DD` that is a real date.
pub fn is_day(s: &str) -> bool {
    s.len() == 10 && chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
}

/// 32 lowercase hex characters → a report id's 16 bytes.
pub fn parse_report_id(s: &str) -> Option<[u8; 16]> {
    parse_lower_hex(s)
}

/// 64 lowercase hex characters → a reply lookup id's 32 bytes.
pub fn parse_lookup_id(s: &str) -> Option<[u8; 32]> {
    parse_lower_hex(s)
}

fn parse_lower_hex<const N: usize>(s: &str) -> Option<[u8; N]> {
    if s.len() != 2 * N || !s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        return None;
    }
    crate::hex::decode(s)?.try_into().ok()
}

// ------------------------------------------------------------------- replies

/// Body of `POST /v1/replies`. Always the same length (both ids are
/// fixed-width hex), whether the lookup id is a real report's or cover.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FetchRepliesRequest {
    /// `ReceiptCode::lookup_id()`, 64 lowercase hex characters.
    pub lookup: String,
    /// The id of the last reply the phone already has for this lookup, 32
    /// lowercase hex characters; [`NO_REPLY_YET`] for none. The inbox
    /// answers with the next one.
    pub after: String,
}

/// `after` when the phone has no reply for this lookup yet.
pub const NO_REPLY_YET: &str = "00000000000000000000000000000000";

impl FetchRepliesRequest {
    /// A request for the reply after `after` (`None`: the first).
    pub fn new(lookup: &[u8; 32], after: Option<&[u8; 16]>) -> FetchRepliesRequest {
        FetchRepliesRequest {
            lookup: crate::hex::encode(lookup),
            after: after.map_or_else(|| NO_REPLY_YET.to_owned(), |id| crate::hex::encode(id)),
        }
    }
}

/// Answer to `POST /v1/replies`: the next reply filed under the lookup id
/// after the one named in the request, or none. An unknown lookup id gets an
/// empty list, exactly like a known one without (further) replies. Sent
/// padded with spaces to [`REPLIES_ANSWER_LEN`] bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RepliesResponse {
    pub replies: Vec<ReplyItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplyItem {
    /// Server-assigned random id, 32 hex characters (the phone's `after`
    /// in its next poll).
    pub id: String,
    pub day: String,
    /// The sealed reply (`envelope::seal_reply`), standard base64.
    #[serde(with = "base64_bytes")]
    pub sealed: Vec<u8>,
}

impl RepliesResponse {
    pub fn check(&self) -> Result<(), WireError> {
        if self.replies.len() > MAX_REPLIES_PER_ANSWER {
            return Err(WireError::TooLarge);
        }
        for reply in &self.replies {
            if parse_report_id(&reply.id).is_none() || !is_day(&reply.day) {
                return Err(WireError::Malformed);
            }
            if reply.sealed.len() > MAX_SEALED_REPLY_LEN {
                return Err(WireError::TooLarge);
            }
        }
        Ok(())
    }

    /// The JSON, padded with spaces (JSON whitespace) to exactly
    /// [`REPLIES_ANSWER_LEN`] bytes. `None` if it does not fit (a reply over
    /// [`MAX_SEALED_REPLY_LEN`]).
    pub fn to_padded_json(&self) -> Option<Vec<u8>> {
        self.check().ok()?;
        let mut out = serde_json::to_vec(self).ok()?;
        if out.len() > REPLIES_ANSWER_LEN {
            return None;
        }
        out.resize(REPLIES_ANSWER_LEN, b' ');
        Some(out)
    }
}

// --------------------------------------------------------------- NGO side

/// One stored envelope, as the NGO pulls it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PulledEnvelope {
    /// Position in the inbox; pull with `after=<seq>` to continue.
    pub seq: u64,
    pub report_id: String,
    pub day: String,
    #[serde(with = "base64_bytes")]
    pub envelope: Vec<u8>,
}

/// Answer to `GET /v1/ngo/envelopes`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PullResponse {
    pub envelopes: Vec<PulledEnvelope>,
    /// `seq` of the last envelope returned (or the request's `after`).
    pub next_after: u64,
}

/// Body of `POST /v1/ngo/replies`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostReplyRequest {
    pub report_id: String,
    #[serde(with = "base64_bytes")]
    pub sealed: Vec<u8>,
}

/// Body of every error response: a stable code, never request content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// e.g. `too_large`, `malformed`, `rate_limited`, `unauthorized`,
    /// `conflict`, `not_found`, `unavailable`.
    pub error: String,
}

/// Standard base64 for byte fields in JSON.
mod base64_bytes {
    use base64::Engine as _;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&base64::engine::general_purpose::STANDARD.encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let text = <&str>::deserialize(d)?;
        base64::engine::general_purpose::STANDARD
            .decode(text)
            .map_err(|_| serde::de::Error::custom("invalid base64"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> SigningKey {
        SigningKey::from_pkcs8(&SigningKey::generate_pkcs8().unwrap()).unwrap()
    }

    fn entry(key: &SigningKey) -> DirectoryEntry {
        DirectoryEntry {
            format: DIRECTORY_FORMAT,
            version: 7,
            issued: "2026-11-01".into(),
            ngo_id: "org.example.inbox".into(),
            name: "Example".into(),
            endpoints: vec!["http://127.0.0.1:8080".into()],
            hpke_public_key: "ab".repeat(32),
            receipt_key: key.public_key().to_hex(),
            tls_spki_sha256: vec![],
            max_envelope_len: MAX_ENVELOPE_LEN as u32,
            accepts_dummy: true,
            expires: "2030-01-01".into(),
        }
    }

    #[test]
    fn receipt_verifies_only_for_its_report_and_envelope() {
        let k = key();
        let id = [7u8; 16];
        let receipt = Receipt::sign(&k, &id, b"envelope", "2026-11-22");
        assert_eq!(receipt.verify(&k.public_key(), &id, b"envelope"), Ok(()));
        assert_eq!(
            receipt.verify(&k.public_key(), &id, b"envelopf"),
            Err(WireError::ReceiptMismatch)
        );
        assert_eq!(
            receipt.verify(&k.public_key(), &[8u8; 16], b"envelope"),
            Err(WireError::ReceiptMismatch)
        );
        assert_eq!(
            receipt.verify(&key().public_key(), &id, b"envelope"),
            Err(WireError::SignatureInvalid)
        );
        let mut moved = receipt.clone();
        moved.day = "2026-11-23".into();
        assert_eq!(
            moved.verify(&k.public_key(), &id, b"envelope"),
            Err(WireError::SignatureInvalid)
        );
        let mut garbage = receipt;
        garbage.signature = "zz".into();
        assert_eq!(
            garbage.verify(&k.public_key(), &id, b"envelope"),
            Err(WireError::SignatureInvalid)
        );
    }

    #[test]
    fn directory_signature_fields_and_expiry() {
        let k = key();
        let signed = SignedDirectory::sign(entry(&k), &k).unwrap();
        assert!(signed.verify(&k.public_key(), "2026-11-22").is_ok());
        assert_eq!(
            signed.verify(&k.public_key(), "2030-01-02"),
            Err(WireError::DirectoryExpired)
        );
        assert_eq!(
            signed.verify(&key().public_key(), "2026-11-22"),
            Err(WireError::SignatureInvalid)
        );
        let mut tampered = signed.clone();
        tampered.entry.endpoints = vec!["https://evil.example".into()];
        assert_eq!(
            tampered.verify(&k.public_key(), "2026-11-22"),
            Err(WireError::SignatureInvalid)
        );
        // Pins must be real base64 SHA-256s, not just 44 characters.
        let mut bad_pin = entry(&k);
        bad_pin.tls_spki_sha256 = vec!["!".repeat(44)];
        assert_eq!(
            SignedDirectory::sign(bad_pin, &k),
            Err(WireError::Malformed)
        );
        let mut good_pin = entry(&k);
        good_pin.tls_spki_sha256 = vec![format!("{}=", "A".repeat(43))];
        assert!(SignedDirectory::sign(good_pin, &k).is_ok());
        // Plain http to a public host is refused before signing.
        let mut bad = entry(&k);
        bad.endpoints = vec!["http://example.com".into()];
        assert_eq!(SignedDirectory::sign(bad, &k), Err(WireError::Malformed));
        // JSON round trip keeps the signature valid.
        let json = serde_json::to_string(&signed).unwrap();
        let back: SignedDirectory = serde_json::from_str(&json).unwrap();
        assert!(back.verify(&k.public_key(), "2026-11-22").is_ok());
    }

    #[test]
    fn endpoints_need_tls_unless_onion_or_loopback() {
        assert!(endpoint_allowed("https://inbox.example.org"));
        assert!(endpoint_allowed("https://inbox.example.org/waymark/"));
        assert!(endpoint_allowed("http://abcdefghijklmnop.onion/"));
        assert!(endpoint_allowed("HTTP://ABCDEFGHIJKLMNOP.ONION"));
        assert!(endpoint_allowed("http://127.0.0.1:9000"));
        assert!(endpoint_allowed("http://127.0.0.2:9000"));
        assert!(endpoint_allowed("http://[::1]:9000"));
        assert!(!endpoint_allowed("http://inbox.example.org"));
        assert!(!endpoint_allowed("http://127.0.0.1.evil.org"));
        assert!(
            !endpoint_allowed("http://localhost:9000"),
            "a name, not an address"
        );
        assert!(!endpoint_allowed("ftp://x"));
        assert!(!endpoint_allowed("https://a b"));
        // The host is what the parser says: a query or fragment that ends
        // in ".onion" does not make a host an onion service.
        for sneaky in [
            "http://inbox.example.org?.onion",
            "http://inbox.example.org/?.onion",
            "http://inbox.example.org#.onion",
            "http://inbox.example.org/x#.onion",
            "http://inbox.example.org\\@x.onion",
            "http://x.onion@inbox.example.org",
            "http://user:pw@abc.onion",
            "http://abc.onion.example.org",
            "http://.onion",
            "http://onion",
            "http://abc.onion.",
            // Queries and fragments are refused on https too: requests
            // append paths to the base.
            "https://inbox.example.org?x=1",
            "https://inbox.example.org#frag",
            "https://inbox.example.org?",
        ] {
            assert!(!endpoint_allowed(sneaky), "{sneaky}");
        }
        assert_eq!(
            parse_endpoint("http://abcdefghijklmnop.onion/"),
            Some(Endpoint {
                base: "http://abcdefghijklmnop.onion".into(),
                onion: true
            })
        );
        assert_eq!(
            parse_endpoint("https://a.example.org/x/").map(|e| e.onion),
            Some(false)
        );
        assert!(!endpoint_allowed(&format!(
            "https://{}.org",
            "a".repeat(600)
        )));
    }

    #[test]
    fn directory_entries_only_move_forward() {
        let k = key();
        let stored = entry(&k);
        let mut newer = stored.clone();
        newer.version = 8;
        newer.issued = "2026-11-02".into();
        newer.tls_spki_sha256 = vec![format!("{}=", "B".repeat(43))];
        assert_eq!(newer.may_replace(&stored), Ok(()));
        assert_eq!(stored.may_replace(&stored), Ok(()), "the same entry again");
        assert_eq!(
            stored.may_replace(&newer),
            Err(WireError::DirectoryRollback),
            "an older entry"
        );
        let mut same_version = stored.clone();
        same_version.endpoints = vec!["https://other.example".into()];
        assert_eq!(
            same_version.may_replace(&stored),
            Err(WireError::DirectoryRollback),
            "a different entry under the same version"
        );
        let mut backdated = newer.clone();
        backdated.issued = "2026-10-01".into();
        assert_eq!(
            backdated.may_replace(&stored),
            Err(WireError::DirectoryRollback),
            "a higher version issued earlier"
        );
        // Issued after it expires: malformed, refused before signing.
        let mut odd = entry(&k);
        odd.issued = "2031-01-01".into();
        assert_eq!(SignedDirectory::sign(odd, &k), Err(WireError::Malformed));
        let mut no_day = entry(&k);
        no_day.issued = "soon".into();
        assert_eq!(SignedDirectory::sign(no_day, &k), Err(WireError::Malformed));
    }

    #[test]
    fn a_format_1_entry_still_parses_but_never_verifies() {
        let k = key();
        let mut old = serde_json::to_value(entry(&k)).unwrap();
        let object = old.as_object_mut().unwrap();
        object.remove("version");
        object.remove("issued");
        object.insert("format".into(), 1.into());
        let signed = SignedDirectory {
            signature: crate::hex::encode(
                &k.sign_in_context(DIRECTORY_CONTEXT, &canonical::to_bytes(&old).unwrap()),
            ),
            entry: serde_json::from_value(old).unwrap(),
        };
        assert_eq!(signed.entry.version, 0);
        assert!(signed.verify(&k.public_key(), "2026-11-22").is_err());
        // A current entry replaces it.
        assert_eq!(entry(&k).may_replace(&signed.entry), Ok(()));
    }

    #[test]
    fn reply_answers_are_padded_to_one_size() {
        let none = RepliesResponse { replies: vec![] };
        let largest = RepliesResponse {
            replies: vec![ReplyItem {
                id: "f".repeat(32),
                day: "2026-11-22".into(),
                sealed: vec![0xff; MAX_SEALED_REPLY_LEN],
            }],
        };
        let a = none.to_padded_json().unwrap();
        let b = largest.to_padded_json().unwrap();
        assert_eq!(a.len(), REPLIES_ANSWER_LEN);
        assert_eq!(b.len(), REPLIES_ANSWER_LEN);
        assert_eq!(serde_json::from_slice::<RepliesResponse>(&a).unwrap(), none);
        assert_eq!(
            serde_json::from_slice::<RepliesResponse>(&b).unwrap(),
            largest
        );
        let mut too_long = largest.clone();
        too_long.replies[0].sealed.push(0);
        assert_eq!(too_long.to_padded_json(), None);
        let mut two = largest;
        two.replies.push(two.replies[0].clone());
        assert_eq!(two.to_padded_json(), None);
        // Every request has the same length, first poll or later.
        let first = serde_json::to_vec(&FetchRepliesRequest::new(&[1; 32], None)).unwrap();
        let later =
            serde_json::to_vec(&FetchRepliesRequest::new(&[2; 32], Some(&[9; 16]))).unwrap();
        assert_eq!(first.len(), later.len());
    }

    #[test]
    fn hostile_replies_are_refused() {
        let ok = RepliesResponse {
            replies: vec![ReplyItem {
                id: "0".repeat(32),
                day: "2026-11-22".into(),
                sealed: vec![1, 2, 3],
            }],
        };
        assert_eq!(ok.check(), Ok(()));
        let json = serde_json::to_string(&ok).unwrap();
        assert!(json.contains("\"AQID\""));
        let mut big = ok.clone();
        big.replies[0].sealed = vec![0; MAX_SEALED_REPLY_LEN + 1];
        assert_eq!(big.check(), Err(WireError::TooLarge));
        let mut many = ok.clone();
        many.replies = vec![ok.replies[0].clone(); MAX_REPLIES_PER_ANSWER + 1];
        assert_eq!(many.check(), Err(WireError::TooLarge));
        let mut bad_day = ok;
        bad_day.replies[0].day = "yesterday".into();
        assert_eq!(bad_day.check(), Err(WireError::Malformed));
        assert!(serde_json::from_str::<RepliesResponse>(
            r#"{"replies":[{"id":"x","day":"d","sealed":"***"}]}"#
        )
        .is_err());
    }

    #[test]
    fn ids_are_strict_lowercase_hex() {
        assert_eq!(parse_report_id(&"ab".repeat(16)), Some([0xab; 16]));
        assert_eq!(parse_report_id(&"AB".repeat(16)), None);
        assert_eq!(parse_report_id("abc"), None);
        assert_eq!(parse_lookup_id(&"01".repeat(32)), Some([1; 32]));
        assert_eq!(MAX_ENVELOPE_LEN, Bucket::Kib256.envelope_len());
    }
}
