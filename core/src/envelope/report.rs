//! The report inside an envelope, and its canonical encoding.
//!
//! Canonical encoding: compact JSON (RFC 8259) with the keys in sorted order,
//! no whitespace, and serde_json's minimal string escaping (`\"`, `\\`, `\b`,
//! `\f`, `\n`, `\r`, `\t`, other control characters as `\u00xx`; everything
//! else, non-ASCII included, as raw UTF-8). Strings are not Unicode-normalised:
//! what the user typed is what is sealed.
//!
//! ```text
//! {"body":[["name","value"],…],"created_day":"2026-11-22","id":"<32 hex>",
//!  "kind":"questionnaire","locale":"pt-BR","reply_key":"<64 hex>","v":1}
//! ```
//!
//! JSON so that an NGO can read a report with any language's standard library;
//! canonical so that one report has exactly one encoding: the decoder re-encodes
//! what it parsed and rejects the input unless the bytes are identical.
//!
//! There is deliberately no device identifier and no time of day: only the day.

use std::collections::HashSet;
use std::io;

use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

use super::keys::{ReplyPublicKey, ReplySecretKey};
use super::padding::Bucket;
use super::EnvelopeError;

/// The encoding's version, the `v` field.
pub const REPORT_FORMAT_VERSION: u8 = 1;
const MAX_LOCALE_LEN: usize = 35;
const MAX_NAME_LEN: usize = 128;

/// A report's random id: the idempotency key that lets the server drop duplicates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Zeroize)]
pub struct ReportId {
    pub bytes: [u8; 16],
}

impl ReportId {
    pub fn random() -> Self {
        ReportId {
            bytes: crate::random::array(),
        }
    }

    /// Lowercase hex, as in the encoded report.
    pub fn to_hex(&self) -> String {
        crate::hex::encode(&self.bytes)
    }
}

/// Where the report came from in the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportKind {
    Questionnaire,
    Journal,
    Assistant,
    FreeText,
}

/// One named answer or piece of text. Names are unique within a report.
#[derive(Debug, Clone, PartialEq, Eq, Zeroize)]
pub struct ReportField {
    pub name: String,
    pub value: String,
}

/// A report, as the NGO reads it after opening the envelope.
///
/// Not wiped on drop (a plain record, so that it can cross the FFI); call
/// `zeroize()` when done with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub id: ReportId,
    /// Where the NGO seals its replies.
    pub reply_key: ReplyPublicKey,
    /// `YYYY-MM-DD`, the day only.
    pub created_day: String,
    pub kind: ReportKind,
    /// A BCP 47 language tag, e.g. `pt-BR`.
    pub locale: String,
    /// Answers or text, in the order the app shows them.
    pub body: Vec<ReportField>,
}

impl Zeroize for Report {
    fn zeroize(&mut self) {
        self.id.zeroize();
        self.reply_key.zeroize();
        self.created_day.zeroize();
        self.locale.zeroize();
        self.body.zeroize();
    }
}

impl Report {
    /// A new report with a fresh random id and a fresh reply key pair. The
    /// caller keeps the returned secret key (in the vault) to read replies.
    pub fn new(
        kind: ReportKind,
        locale: &str,
        created_day: &str,
        body: Vec<ReportField>,
    ) -> (Report, ReplySecretKey) {
        let reply_secret = ReplySecretKey::generate();
        let report = Report {
            id: ReportId::random(),
            reply_key: reply_secret.public_key(),
            created_day: created_day.to_owned(),
            kind,
            locale: locale.to_owned(),
            body,
        };
        (report, reply_secret)
    }

    /// The canonical encoding. It wipes itself when dropped; fails if a field
    /// is invalid or the report does not fit the largest bucket.
    pub fn to_canonical_bytes(&self) -> Result<Zeroizing<Vec<u8>>, EnvelopeError> {
        validate(self)?;
        encode(self)
    }

    /// Parses a canonical encoding. Never panics; rejects anything that is not
    /// exactly what `to_canonical_bytes` would produce.
    pub fn from_canonical_bytes(bytes: &[u8]) -> Result<Report, EnvelopeError> {
        if bytes.len() > Bucket::Kib256.capacity() {
            return Err(malformed("too long"));
        }
        let wire: WireIn =
            serde_json::from_slice(bytes).map_err(|_| malformed("not the report schema"))?;
        let id = hex_array::<16>(&wire.id);
        let reply_key = hex_array::<32>(&wire.reply_key);
        let mut report = Report {
            id: ReportId {
                bytes: id.unwrap_or_default(),
            },
            reply_key: ReplyPublicKey {
                bytes: reply_key.unwrap_or_default(),
            },
            created_day: wire.created_day,
            kind: wire.kind,
            locale: wire.locale,
            body: wire
                .body
                .into_iter()
                .map(|(name, value)| ReportField { name, value })
                .collect(),
        };
        let checked = if wire.v != REPORT_FORMAT_VERSION {
            Err(malformed("unknown report format version"))
        } else if id.is_none() {
            Err(malformed("bad id"))
        } else if reply_key.is_none() {
            Err(malformed("bad reply key"))
        } else if validate(&report).is_err() {
            Err(malformed("invalid field"))
        } else {
            match encode(&report) {
                Ok(again) if again.as_slice() == bytes => Ok(()),
                Ok(_) => Err(malformed("not canonical")),
                Err(_) => Err(malformed("too long")),
            }
        };
        match checked {
            Ok(()) => Ok(report),
            Err(e) => {
                // What was decrypted but rejected is still someone's words.
                report.zeroize();
                Err(e)
            }
        }
    }
}

fn malformed(reason: &'static str) -> EnvelopeError {
    EnvelopeError::MalformedReport { reason }
}

// Field order is the sorted key order: serde writes struct fields as declared.
#[derive(Serialize)]
struct WireOut<'a> {
    body: Vec<(&'a str, &'a str)>,
    created_day: &'a str,
    id: &'a str,
    kind: ReportKind,
    locale: &'a str,
    reply_key: &'a str,
    v: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WireIn {
    body: Vec<(String, String)>,
    created_day: String,
    id: String,
    kind: ReportKind,
    locale: String,
    reply_key: String,
    v: u8,
}

fn encode(report: &Report) -> Result<Zeroizing<Vec<u8>>, EnvelopeError> {
    let id = report.id.to_hex();
    let reply_key = crate::hex::encode(&report.reply_key.bytes);
    let wire = WireOut {
        body: report
            .body
            .iter()
            .map(|f| (f.name.as_str(), f.value.as_str()))
            .collect(),
        created_day: &report.created_day,
        id: &id,
        kind: report.kind,
        locale: &report.locale,
        reply_key: &reply_key,
        v: REPORT_FORMAT_VERSION,
    };
    let max = Bucket::Kib256.capacity();
    // Allocated once at full size and never grown, so no stray copy of the
    // plaintext is left behind in freed memory by a reallocation.
    let mut out = Zeroizing::new(Vec::with_capacity(max));
    serde_json::to_writer(Bounded(&mut out, max), &wire)
        .map_err(|_| EnvelopeError::TooLarge { max })?;
    Ok(out)
}

/// A writer that refuses to grow a buffer past `limit`.
struct Bounded<'a>(&'a mut Vec<u8>, usize);

impl io::Write for Bounded<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.0.len() + buf.len() > self.1 {
            return Err(io::Error::other("limit"));
        }
        self.0.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

fn validate(report: &Report) -> Result<(), EnvelopeError> {
    if !valid_day(&report.created_day) {
        return Err(EnvelopeError::InvalidReport {
            field: "created_day",
        });
    }
    if !valid_locale(&report.locale) {
        return Err(EnvelopeError::InvalidReport { field: "locale" });
    }
    let mut names = HashSet::with_capacity(report.body.len());
    for field in &report.body {
        let ok_name = !field.name.is_empty()
            && field.name.len() <= MAX_NAME_LEN
            && !field.name.chars().any(char::is_control);
        if !ok_name || !names.insert(field.name.as_str()) {
            return Err(EnvelopeError::InvalidReport { field: "body" });
        }
    }
    Ok(())
}

/// Exactly `YYYY-MM-DD`, and a day that exists.
fn valid_day(day: &str) -> bool {
    let b = day.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let s = day.get(r)?;
        if !s.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    };
    match (digits(0..4), digits(5..7), digits(8..10)) {
        (Some(y), Some(m), Some(d)) => chrono::NaiveDate::from_ymd_opt(y as i32, m, d).is_some(),
        _ => false,
    }
}

/// A BCP 47-shaped tag: ASCII letters, digits and inner hyphens.
fn valid_locale(locale: &str) -> bool {
    !locale.is_empty()
        && locale.len() <= MAX_LOCALE_LEN
        && locale
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'-')
        && !locale.starts_with('-')
        && !locale.ends_with('-')
        && !locale.contains("--")
}

/// Lowercase hex of exactly N bytes (uppercase would not be canonical anyway).
fn hex_array<const N: usize>(s: &str) -> Option<[u8; N]> {
    crate::hex::decode(s)?.try_into().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Report {
        Report {
            id: ReportId { bytes: [0xab; 16] },
            reply_key: ReplyPublicKey { bytes: [1; 32] },
            created_day: "2026-11-22".into(),
            kind: ReportKind::FreeText,
            locale: "pt-BR".into(),
            body: vec![ReportField {
                name: "text".into(),
                value: "São Paulo \"quoted\"\n\u{1}".into(),
            }],
        }
    }

    #[test]
    fn canonical_form_is_exact() {
        let bytes = sample().to_canonical_bytes().unwrap();
        let expected = format!(
            "{{\"body\":[[\"text\",\"São Paulo \\\"quoted\\\"\\n\\u0001\"]],\
             \"created_day\":\"2026-11-22\",\"id\":\"{}\",\"kind\":\"free_text\",\
             \"locale\":\"pt-BR\",\"reply_key\":\"{}\",\"v\":1}}",
            "ab".repeat(16),
            "01".repeat(32)
        );
        assert_eq!(std::str::from_utf8(&bytes).unwrap(), expected);
        assert_eq!(Report::from_canonical_bytes(&bytes).unwrap(), sample());
    }

    #[test]
    fn non_canonical_inputs_are_rejected() {
        let bytes = sample().to_canonical_bytes().unwrap();
        let text = std::str::from_utf8(&bytes).unwrap().to_owned();
        let variants = [
            text.replacen("{", "{ ", 1),
            text.replace("\"v\":1", "\"v\":2"),
            text.replace("\"v\":1", "\"v\":1,\"x\":1"),
            text.replace(&"ab".repeat(16), &"AB".repeat(16)),
            text.replace("2026-11-22", "2026-02-30"),
            text.replace("free_text", "other"),
            text.replace("\\u0001", "\\u0001 ")
                .replace("\\n", "\\u000a"),
        ];
        for v in variants {
            assert!(Report::from_canonical_bytes(v.as_bytes()).is_err(), "{v}");
        }
    }

    #[test]
    fn field_validation() {
        let mut r = sample();
        r.created_day = "2026-1-22".into();
        assert_eq!(
            r.to_canonical_bytes().err(),
            Some(EnvelopeError::InvalidReport {
                field: "created_day"
            })
        );
        let mut r = sample();
        r.created_day = "2026-11-22T10:00".into();
        assert!(r.to_canonical_bytes().is_err());
        let mut r = sample();
        r.locale = "en_US".into();
        assert!(r.to_canonical_bytes().is_err());
        let mut r = sample();
        r.body.push(r.body[0].clone());
        assert_eq!(
            r.to_canonical_bytes().err(),
            Some(EnvelopeError::InvalidReport { field: "body" })
        );
    }
}
