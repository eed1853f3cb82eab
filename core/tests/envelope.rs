//! Report envelopes: the RFC 9180 known answers for our suite, tamper and
//! truncation resistance, padding buckets, replies, receipt codes, and that a
//! plain RFC 9180 implementation opens an envelope as `docs/envelope.md` says.

use std::convert::Infallible;

use hpke::rand_core::{TryCryptoRng, TryRng};
use hpke::{
    aead::ChaCha20Poly1305, kdf::HkdfSha256, kem::X25519HkdfSha256, Deserializable, Kem, OpModeR,
    OpModeS, PskBundle, Serializable,
};
use proptest::prelude::*;
use serde_json::Value;
use waymark_core::envelope::{
    self, hpke as suite, open, open_reply, padding, receipt_code, seal, seal_in_bucket, seal_reply,
    Bucket, EnvelopeError, EnvelopeHeader, EnvelopeKind, NgoPrivateKey, ReceiptCode,
    ReplyPublicKey, ReplySecretKey, Report, ReportField, ReportId, ReportKind, HEADER_LEN,
    REPLY_INFO, REPORT_INFO,
};
use waymark_core::hex;

type K = X25519HkdfSha256;
type F = HkdfSha256;
type A = ChaCha20Poly1305;

// ---------------------------------------------------------------------------
// RFC 9180 Appendix A.2 vectors
// ---------------------------------------------------------------------------

const VECTORS: &str = include_str!("fixtures/hpke/rfc9180-x25519-sha256-chacha20poly1305.json");

fn h(v: &Value, key: &str) -> Vec<u8> {
    let s = v[key]
        .as_str()
        .unwrap_or_else(|| panic!("vector field {key} missing"));
    hex::decode(s).unwrap_or_else(|| panic!("vector field {key} is not hex"))
}

fn n(v: &Value, key: &str) -> u64 {
    v[key].as_str().unwrap().parse().unwrap()
}

/// Hands out the vector's ikmE, so the crate derives the RFC's ephemeral key.
struct Fixed(Vec<u8>);

impl TryRng for Fixed {
    type Error = Infallible;
    fn try_next_u32(&mut self) -> Result<u32, Infallible> {
        unreachable!("only fill_bytes is used for key generation")
    }
    fn try_next_u64(&mut self) -> Result<u64, Infallible> {
        unreachable!("only fill_bytes is used for key generation")
    }
    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Infallible> {
        assert_eq!(dst.len(), self.0.len(), "ikmE is exactly Nsk bytes");
        dst.copy_from_slice(&self.0);
        Ok(())
    }
}
impl TryCryptoRng for Fixed {}

fn clamp(mut sk: Vec<u8>) -> Vec<u8> {
    sk[0] &= 248;
    sk[31] &= 127;
    sk[31] |= 64;
    sk
}

// An independent RFC 9180 §5.1 key schedule over ring's HMAC-SHA256, to check
// the intermediate values the crate does not expose.
const HPKE_SUITE_ID: &[u8] = b"HPKE\x00\x20\x00\x01\x00\x03";

fn hmac(key: &[u8], parts: &[&[u8]]) -> Vec<u8> {
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, key);
    let mut ctx = ring::hmac::Context::with_key(&key);
    for p in parts {
        ctx.update(p);
    }
    ctx.sign().as_ref().to_vec()
}

fn labeled_extract(salt: &[u8], label: &[u8], ikm: &[u8]) -> Vec<u8> {
    hmac(salt, &[b"HPKE-v1", HPKE_SUITE_ID, label, ikm])
}

fn labeled_expand(prk: &[u8], label: &[u8], info: &[u8], len: usize) -> Vec<u8> {
    assert!(len <= 32, "one HMAC block is enough for every output here");
    let l = (len as u16).to_be_bytes();
    let mut t = hmac(prk, &[&l, b"HPKE-v1", HPKE_SUITE_ID, label, info, &[1u8]]);
    t.truncate(len);
    t
}

fn check_vector(v: &Value) {
    let setup = &v["setup"];
    let name = v["name"].as_str().unwrap();
    let mode = n(setup, "mode");
    assert_eq!(
        (n(setup, "kem_id"), n(setup, "kdf_id"), n(setup, "aead_id")),
        (
            u64::from(suite::KEM_ID),
            u64::from(suite::KDF_ID),
            u64::from(suite::AEAD_ID)
        ),
        "{name}: suite"
    );
    let info = h(setup, "info");

    // DeriveKeyPair for every key in the vector. The crate serialises private
    // keys clamped (RFC 9180 §7.1.2), the vectors list them unclamped.
    let (sk_r, pk_r) = K::derive_keypair(&h(setup, "ikmR"));
    assert_eq!(pk_r.to_bytes().to_vec(), h(setup, "pkRm"), "{name}: pkRm");
    assert_eq!(
        sk_r.to_bytes().to_vec(),
        clamp(h(setup, "skRm")),
        "{name}: skRm"
    );
    let sk_r2 = <K as Kem>::PrivateKey::from_bytes(&h(setup, "skRm")).unwrap();
    assert_eq!(K::sk_to_pk(&sk_r2), pk_r, "{name}: skRm deserialises");
    let (_, pk_e) = K::derive_keypair(&h(setup, "ikmE"));
    assert_eq!(pk_e.to_bytes().to_vec(), h(setup, "pkEm"), "{name}: pkEm");
    let sender = if mode >= 2 {
        let (sk_s, pk_s) = K::derive_keypair(&h(setup, "ikmS"));
        assert_eq!(pk_s.to_bytes().to_vec(), h(setup, "pkSm"), "{name}: pkSm");
        assert_eq!(
            sk_s.to_bytes().to_vec(),
            clamp(h(setup, "skSm")),
            "{name}: skSm"
        );
        Some((sk_s, pk_s))
    } else {
        None
    };
    let (psk, psk_id) = if mode == 1 || mode == 3 {
        (h(setup, "psk"), h(setup, "psk_id"))
    } else {
        (vec![], vec![])
    };
    let bundle = PskBundle::new(&psk, &psk_id).unwrap();
    let (mode_s, mode_r) = match (mode, &sender) {
        (0, None) => (OpModeS::Base, OpModeR::Base),
        (1, None) => (OpModeS::Psk(bundle), OpModeR::Psk(bundle)),
        (2, Some((sk, pk))) => (
            OpModeS::Auth((sk.clone(), pk.clone())),
            OpModeR::Auth(pk.clone()),
        ),
        (3, Some((sk, pk))) => (
            OpModeS::AuthPsk((sk.clone(), pk.clone()), bundle),
            OpModeR::AuthPsk(pk.clone(), bundle),
        ),
        _ => panic!("{name}: unknown mode"),
    };

    // Encap with the vector's ephemeral key gives its enc.
    let (enc, mut ctx_s) =
        hpke::setup_sender_with_rng::<A, F, K>(&mode_s, &pk_r, &info, &mut Fixed(h(setup, "ikmE")))
            .unwrap();
    assert_eq!(enc.to_bytes().to_vec(), h(setup, "enc"), "{name}: enc");

    // The KEM's shared secret (decap is the crate's hidden but public API).
    let shared = K::decap(&sk_r, sender.as_ref().map(|(_, pk)| pk), &enc).unwrap();
    assert_eq!(
        shared.0.to_vec(),
        h(setup, "shared_secret"),
        "{name}: shared_secret"
    );

    // The key schedule, recomputed independently from the vector's inputs.
    let psk_id_hash = labeled_extract(b"", b"psk_id_hash", &psk_id);
    let info_hash = labeled_extract(b"", b"info_hash", &info);
    let ksc = [&[mode as u8][..], &psk_id_hash, &info_hash].concat();
    assert_eq!(
        ksc,
        h(setup, "key_schedule_context"),
        "{name}: key_schedule_context"
    );
    let secret = labeled_extract(&h(setup, "shared_secret"), b"secret", &psk);
    assert_eq!(secret, h(setup, "secret"), "{name}: secret");
    assert_eq!(
        labeled_expand(&secret, b"key", &ksc, 32),
        h(setup, "key"),
        "{name}: key"
    );
    let base_nonce = labeled_expand(&secret, b"base_nonce", &ksc, 12);
    assert_eq!(base_nonce, h(setup, "base_nonce"), "{name}: base_nonce");
    assert_eq!(
        labeled_expand(&secret, b"exp", &ksc, 32),
        h(setup, "exporter_secret"),
        "{name}: exporter_secret"
    );

    // Every encryption at its sequence number. The sender seals filler
    // messages in between; the receiver opens all of them in order.
    let mut ctx_r = hpke::setup_receiver::<A, F, K>(&mode_r, &sk_r, &enc, &info).unwrap();
    let encryptions = v["encryptions"].as_array().unwrap();
    let last = encryptions
        .iter()
        .map(|e| n(e, "sequence number"))
        .max()
        .unwrap();
    for seq in 0..=last {
        let expected = encryptions.iter().find(|e| n(e, "sequence number") == seq);
        let (pt, aad) = match expected {
            Some(e) => (h(e, "pt"), h(e, "aad")),
            None => (b"filler".to_vec(), seq.to_be_bytes().to_vec()),
        };
        let ct = ctx_s.seal(&pt, &aad).unwrap();
        if let Some(e) = expected {
            assert_eq!(ct, h(e, "ct"), "{name}: ct at seq {seq}");
            let mut nonce = base_nonce.clone();
            for (i, b) in seq.to_be_bytes().iter().enumerate() {
                nonce[4 + i] ^= b;
            }
            assert_eq!(nonce, h(e, "nonce"), "{name}: nonce at seq {seq}");
        }
        assert_eq!(
            ctx_r.open(&ct, &aad).unwrap(),
            pt,
            "{name}: open at seq {seq}"
        );
    }

    for e in v["exports"].as_array().unwrap() {
        let l = n(e, "L") as usize;
        let want = h(e, "exported_value");
        let mut out_s = vec![0u8; l];
        let mut out_r = vec![0u8; l];
        ctx_s.export(&h(e, "exporter_context"), &mut out_s).unwrap();
        ctx_r.export(&h(e, "exporter_context"), &mut out_r).unwrap();
        assert_eq!(out_s, want, "{name}: export (sender)");
        assert_eq!(out_r, want, "{name}: export (receiver)");
    }
}

#[test]
fn envelope_rfc9180_vectors_all_modes() {
    let doc: Value = serde_json::from_str(VECTORS).unwrap();
    let vectors = doc["vectors"].as_array().unwrap();
    let modes: Vec<u64> = vectors.iter().map(|v| n(&v["setup"], "mode")).collect();
    assert_eq!(
        modes,
        vec![0, 1, 2, 3],
        "base, psk, auth and authpsk are all there"
    );
    for v in vectors {
        check_vector(v);
    }
}

#[test]
fn envelope_rfc9180_base_vector_through_our_wrapper() {
    // The module's own seal/open (single-shot base mode, sequence number 0).
    let doc: Value = serde_json::from_str(VECTORS).unwrap();
    let v = &doc["vectors"][0];
    let s = &v["setup"];
    let e = &v["encryptions"][0];
    let (sk, pk) = suite::derive_keypair(&h(s, "ikmR"));
    assert_eq!(pk.to_vec(), h(s, "pkRm"));
    let ikm_e: [u8; 32] = h(s, "ikmE").try_into().unwrap();
    let pk_arr: [u8; 32] = pk;
    let (enc, ct) =
        suite::seal_base_with_ikm_e(&pk_arr, &h(s, "info"), &h(e, "aad"), &h(e, "pt"), &ikm_e)
            .unwrap();
    assert_eq!(enc.to_vec(), h(s, "enc"));
    assert_eq!(ct, h(e, "ct"));
    let pt = suite::open_base(&sk, &enc, &h(s, "info"), &h(e, "aad"), &ct).unwrap();
    assert_eq!(pt.to_vec(), h(e, "pt"));
}

// ---------------------------------------------------------------------------
// Envelopes
// ---------------------------------------------------------------------------

fn report(text: &str) -> (Report, ReplySecretKey) {
    Report::new(
        ReportKind::Questionnaire,
        "pt-BR",
        "2026-11-22",
        vec![
            ReportField {
                name: "q.passport_taken".into(),
                value: "yes".into(),
            },
            ReportField {
                name: "note".into(),
                value: text.into(),
            },
        ],
    )
}

fn encoded_len(r: &Report) -> usize {
    r.to_canonical_bytes().unwrap().len()
}

/// A report whose canonical encoding is exactly `target` bytes long.
fn report_of_len(target: usize) -> Report {
    let (mut r, _) = report("");
    let base = encoded_len(&r);
    assert!(target >= base);
    r.body[1].value = "x".repeat(target - base);
    assert_eq!(encoded_len(&r), target);
    r
}

#[test]
fn envelope_round_trip_with_unicode() {
    let ngo = NgoPrivateKey::generate();
    let texts = [
        "",
        "Они забрали мой паспорт.",
        "صاحب العمل يحتفظ بجواز سفري",
        "我不能离开 🏭 — \"quoted\" \\ \n\t\u{0}",
        "e\u{301} vs é",
    ];
    for text in texts {
        let (r, _) = report(text);
        let sealed = seal(&r, &ngo.public_key()).unwrap();
        assert_eq!(sealed.report_id, r.id);
        assert_eq!(sealed.bucket, Bucket::Kib4);
        assert_eq!(sealed.bytes.len(), 4096);
        assert_eq!(open(&sealed.bytes, &ngo).unwrap(), r);
    }
}

#[test]
fn envelope_every_kind_round_trips() {
    let ngo = NgoPrivateKey::generate();
    for kind in [
        ReportKind::Questionnaire,
        ReportKind::Journal,
        ReportKind::Assistant,
        ReportKind::FreeText,
    ] {
        let (mut r, _) = report("x");
        r.kind = kind;
        let sealed = seal(&r, &ngo.public_key()).unwrap();
        assert_eq!(open(&sealed.bytes, &ngo).unwrap().kind, kind);
    }
}

#[test]
fn envelope_same_bucket_same_size_and_boundaries() {
    let ngo = NgoPrivateKey::generate();
    let pk = ngo.public_key();
    for bucket in Bucket::ALL {
        let cap = bucket.capacity();
        // The smallest and the largest report of a bucket: identical sizes.
        let lower = match bucket {
            Bucket::Kib4 => encoded_len(&report("").0),
            b => Bucket::ALL[Bucket::ALL.iter().position(|x| *x == b).unwrap() - 1].capacity() + 1,
        };
        for len in [lower, cap] {
            let r = report_of_len(len);
            let sealed = seal(&r, &pk).unwrap();
            assert_eq!(sealed.bucket, bucket, "len {len}");
            assert_eq!(sealed.bytes.len(), bucket.envelope_len(), "len {len}");
            assert_eq!(open(&sealed.bytes, &ngo).unwrap(), r);
        }
        // One byte more moves to the next bucket, or is too large.
        let mut over = report_of_len(cap);
        over.body[1].value.push('x');
        match bucket {
            Bucket::Kib256 => assert_eq!(
                seal(&over, &pk).err(),
                Some(EnvelopeError::TooLarge { max: cap })
            ),
            _ => assert_ne!(seal(&over, &pk).unwrap().bucket, bucket),
        }
    }
    assert_eq!(
        Bucket::ALL.map(|b| b.envelope_len()),
        [4096, 16384, 65536, 262144]
    );
}

#[test]
fn envelope_oversized_report_is_a_typed_error() {
    let ngo = NgoPrivateKey::generate();
    let (mut r, _) = report("");
    r.body[1].value = "€".repeat(200_000);
    assert_eq!(
        seal(&r, &ngo.public_key()).err(),
        Some(EnvelopeError::TooLarge {
            max: Bucket::Kib256.capacity()
        })
    );
}

#[test]
fn envelope_min_bucket_is_respected() {
    let ngo = NgoPrivateKey::generate();
    let (r, _) = report("short");
    let sealed = seal_in_bucket(&r, &ngo.public_key(), Bucket::Kib64).unwrap();
    assert_eq!(sealed.bucket, Bucket::Kib64);
    assert_eq!(sealed.bytes.len(), 65536);
    assert_eq!(open(&sealed.bytes, &ngo).unwrap(), r);
}

/// Seals arbitrary padded bytes correctly, as a buggy or hostile sender could.
fn seal_raw(ngo: &NgoPrivateKey, kind: EnvelopeKind, info: &[u8], padded: &[u8]) -> Vec<u8> {
    let pk = ngo.public_key();
    let header = EnvelopeHeader {
        kind,
        bucket: Bucket::Kib4,
        key_id: pk.key_id(),
    }
    .to_bytes();
    let (enc, ct) = suite::seal_base(&pk.bytes, info, &header, padded).unwrap();
    [&header[..], &enc, &ct].concat()
}

#[test]
fn envelope_authentic_but_malformed_contents_are_typed_errors() {
    let ngo = NgoPrivateKey::generate();
    let size = Bucket::Kib4.padded_len();
    let report_len = |content: &[u8]| {
        let mut p = vec![0u8; size];
        p[..4].copy_from_slice(&(content.len() as u32).to_be_bytes());
        p[4..4 + content.len()].copy_from_slice(content);
        p
    };
    // Non-zero padding, a length past the end, a short plaintext.
    let mut dirty = report_len(b"{}");
    dirty[size - 1] = 1;
    let mut overlong = report_len(b"");
    overlong[..4].copy_from_slice(&(size as u32).to_be_bytes());
    for padded in [dirty, overlong, vec![0u8; 10]] {
        let env = seal_raw(&ngo, EnvelopeKind::Report, REPORT_INFO, &padded);
        let err = open(&env, &ngo).unwrap_err();
        assert!(
            matches!(
                err,
                EnvelopeError::MalformedPadding | EnvelopeError::LengthMismatch
            ),
            "{err:?}"
        );
    }
    // Well padded, but not a canonical report.
    let (r, _) = report("x");
    let good = r.to_canonical_bytes().unwrap();
    let spaced = String::from_utf8(good.to_vec()).unwrap().replace(',', ", ");
    for content in [&b"not json"[..], b"{}", spaced.as_bytes(), &[0xff, 0xfe]] {
        let env = seal_raw(
            &ngo,
            EnvelopeKind::Report,
            REPORT_INFO,
            &report_len(content),
        );
        assert!(matches!(
            open(&env, &ngo),
            Err(EnvelopeError::MalformedReport { .. })
        ));
    }
    // The right content under the reply label does not open as a report.
    let env = seal_raw(&ngo, EnvelopeKind::Report, REPLY_INFO, &report_len(&good));
    assert_eq!(open(&env, &ngo), Err(EnvelopeError::DecryptionFailed));
    let env = seal_raw(&ngo, EnvelopeKind::Report, REPORT_INFO, &report_len(&good));
    assert_eq!(open(&env, &ngo).unwrap(), r);
    // A reply that is not UTF-8.
    let reply = ReplySecretKey::from_bytes(&ngo.to_bytes()[..]).unwrap();
    let env = seal_raw(&ngo, EnvelopeKind::Reply, REPLY_INFO, &report_len(&[0xff]));
    assert!(matches!(
        open_reply(&env, &reply),
        Err(EnvelopeError::MalformedReport { .. })
    ));
}

#[test]
fn envelope_low_order_ngo_key_is_refused() {
    // The all-zero point gives an all-zero X25519 result: HPKE must refuse it.
    let (r, _) = report("x");
    let bad = envelope::NgoPublicKey { bytes: [0; 32] };
    assert_eq!(seal(&r, &bad).err(), Some(EnvelopeError::SealFailed));
}

#[test]
fn envelope_invalid_reports_are_refused_when_sealing() {
    let pk = NgoPrivateKey::generate().public_key();
    let (mut r, _) = report("x");
    r.created_day = "2026-11-22 14:03".into();
    assert_eq!(
        seal(&r, &pk).err(),
        Some(EnvelopeError::InvalidReport {
            field: "created_day"
        })
    );
}

#[test]
fn envelope_every_flipped_byte_is_rejected() {
    let ngo = NgoPrivateKey::generate();
    let (r, _) = report("small");
    let sealed = seal(&r, &ngo.public_key()).unwrap();
    for i in 0..sealed.bytes.len() {
        for mask in [0x01u8, 0x80] {
            let mut bad = sealed.bytes.clone();
            bad[i] ^= mask;
            let err = open(&bad, &ngo).expect_err("a flipped byte must not open");
            let expected_region = match i {
                0..=3 => matches!(err, EnvelopeError::NotAnEnvelope),
                4 => matches!(err, EnvelopeError::UnsupportedVersion(_)),
                5 => matches!(err, EnvelopeError::WrongKind),
                6..=11 => matches!(err, EnvelopeError::UnsupportedSuite { .. }),
                12 => matches!(
                    err,
                    EnvelopeError::UnknownBucket | EnvelopeError::LengthMismatch
                ),
                13..=20 => matches!(err, EnvelopeError::WrongKey),
                _ => matches!(err, EnvelopeError::DecryptionFailed),
            };
            assert!(expected_region, "byte {i} mask {mask:#x}: {err:?}");
        }
    }
}

#[test]
fn envelope_truncation_and_extension_are_rejected() {
    let ngo = NgoPrivateKey::generate();
    let (r, _) = report("small");
    let sealed = seal(&r, &ngo.public_key()).unwrap();
    for len in 0..sealed.bytes.len() {
        let err = open(&sealed.bytes[..len], &ngo).expect_err("truncated");
        if len < HEADER_LEN {
            assert_eq!(err, EnvelopeError::NotAnEnvelope, "len {len}");
        } else {
            assert_eq!(err, EnvelopeError::LengthMismatch, "len {len}");
        }
    }
    let mut longer = sealed.bytes.clone();
    longer.push(0);
    assert_eq!(open(&longer, &ngo), Err(EnvelopeError::LengthMismatch));
}

#[test]
fn envelope_wrong_key_is_rejected() {
    let ngo = NgoPrivateKey::generate();
    let other = NgoPrivateKey::generate();
    let (r, _) = report("x");
    let sealed = seal(&r, &ngo.public_key()).unwrap();
    assert_eq!(open(&sealed.bytes, &other), Err(EnvelopeError::WrongKey));
    // Even with the key id forged to match, the wrong key cannot decrypt.
    let mut forged = sealed.bytes.clone();
    forged[13..21].copy_from_slice(&other.public_key().key_id());
    assert_eq!(open(&forged, &other), Err(EnvelopeError::DecryptionFailed));
}

#[test]
fn envelope_wrong_version_and_unknown_suite_are_rejected() {
    let ngo = NgoPrivateKey::generate();
    let (r, _) = report("x");
    let sealed = seal(&r, &ngo.public_key()).unwrap();
    for version in [0u8, 2, 255] {
        let mut bad = sealed.bytes.clone();
        bad[4] = version;
        assert_eq!(
            open(&bad, &ngo),
            Err(EnvelopeError::UnsupportedVersion(version))
        );
    }
    // AES-128-GCM (0x0001) instead of ChaCha20-Poly1305; P-256 KEM (0x0010); SHA-512 (0x0003).
    for (offset, value) in [(10usize, 0x0001u16), (6, 0x0010), (8, 0x0003)] {
        let mut bad = sealed.bytes.clone();
        bad[offset..offset + 2].copy_from_slice(&value.to_be_bytes());
        assert!(matches!(
            open(&bad, &ngo),
            Err(EnvelopeError::UnsupportedSuite { .. })
        ));
    }
    let mut bad = sealed.bytes.clone();
    bad[12] = 13;
    assert_eq!(open(&bad, &ngo), Err(EnvelopeError::UnknownBucket));
    // A reply is not a report.
    let mut bad = sealed.bytes.clone();
    bad[5] = 2;
    assert_eq!(open(&bad, &ngo), Err(EnvelopeError::WrongKind));
}

#[test]
fn envelope_header_is_readable_without_the_key() {
    let ngo = NgoPrivateKey::generate();
    let (r, _) = report("x");
    let sealed = seal(&r, &ngo.public_key()).unwrap();
    let header = envelope::peek_header(&sealed.bytes).unwrap();
    assert_eq!(
        header,
        EnvelopeHeader {
            kind: EnvelopeKind::Report,
            bucket: Bucket::Kib4,
            key_id: ngo.public_key().key_id(),
        }
    );
    // No report content, id or device data in clear: the header is the only
    // plaintext, and enc is a fresh ephemeral key each time.
    let again = seal(&r, &ngo.public_key()).unwrap();
    assert_eq!(sealed.bytes[..HEADER_LEN], again.bytes[..HEADER_LEN]);
    assert_ne!(sealed.bytes[HEADER_LEN..], again.bytes[HEADER_LEN..]);
    let id_hex = r.id.to_hex();
    assert!(!sealed
        .bytes
        .windows(16)
        .any(|w| w == r.id.bytes || w == &id_hex.as_bytes()[..16]));
}

#[test]
fn envelope_errors_carry_no_report_content() {
    let ngo = NgoPrivateKey::generate();
    let secret = "SECRET-NAME-Maria";
    let (r, _) = report(secret);
    let sealed = seal(&r, &ngo.public_key()).unwrap();
    let mut bad = sealed.bytes.clone();
    bad[100] ^= 1;
    let err = open(&bad, &ngo).unwrap_err();
    assert!(!format!("{err} {err:?}").contains("Maria"));
    let (mut big, _) = report(&secret.repeat(20_000));
    big.locale = "en".into();
    let err = seal(&big, &ngo.public_key()).unwrap_err();
    assert!(!format!("{err} {err:?}").contains("Maria"));
}

/// Opens an envelope with nothing but the `hpke` crate's single-shot API and
/// the constants `docs/envelope.md` documents: what any RFC 9180 library does.
#[test]
fn envelope_opens_with_plain_rfc9180_single_shot() {
    let ngo = NgoPrivateKey::generate();
    let (r, _) = report("interop ✓");
    let sealed = seal(&r, &ngo.public_key()).unwrap();
    let bytes = &sealed.bytes;
    let aad = &bytes[..21];
    let enc = &bytes[21..53];
    let ct = &bytes[53..];
    let sk = <K as Kem>::PrivateKey::from_bytes(&ngo.to_bytes()[..]).unwrap();
    let enc = <K as Kem>::EncappedKey::from_bytes(enc).unwrap();
    let pt =
        hpke::single_shot_open::<A, F, K>(&OpModeR::Base, &sk, &enc, b"waymark/report/v1", ct, aad)
            .unwrap();
    assert_eq!(pt.len(), 4096 - 21 - 32 - 16);
    let len = u32::from_be_bytes(pt[..4].try_into().unwrap()) as usize;
    assert!(pt[4 + len..].iter().all(|&b| b == 0));
    let json: Value = serde_json::from_slice(&pt[4..4 + len]).unwrap();
    assert_eq!(json["v"], 1);
    assert_eq!(json["id"], r.id.to_hex());
    assert_eq!(json["kind"], "questionnaire");
    assert_eq!(json["created_day"], "2026-11-22");
    assert_eq!(json["body"][1][1], "interop ✓");
    assert_eq!(REPORT_INFO, b"waymark/report/v1");
    assert_eq!(REPLY_INFO, b"waymark/reply/v1");
}

// ---------------------------------------------------------------------------
// The worked example in docs/envelope.md
// ---------------------------------------------------------------------------

fn worked_example() -> (NgoPrivateKey, Report, Vec<u8>) {
    // Deterministic keys, so that the documentation's bytes can be reproduced.
    let (ngo_sk, _) = suite::derive_keypair(&[0x11; 32]);
    let ngo = NgoPrivateKey::from_bytes(&ngo_sk[..]).unwrap();
    let (_, reply_pk) = suite::derive_keypair(&[0x22; 32]);
    let r = Report {
        id: ReportId {
            bytes: *b"\x00\x11\x22\x33\x44\x55\x66\x77\x88\x99\xaa\xbb\xcc\xdd\xee\xff",
        },
        reply_key: ReplyPublicKey { bytes: reply_pk },
        created_day: "2026-11-22".into(),
        kind: ReportKind::FreeText,
        locale: "en".into(),
        body: vec![ReportField {
            name: "text".into(),
            value: "They took my passport.".into(),
        }],
    };
    let encoded = r.to_canonical_bytes().unwrap();
    let (bucket, padded) = padding::pad(&encoded, Bucket::Kib4).unwrap();
    let header = EnvelopeHeader {
        kind: EnvelopeKind::Report,
        bucket,
        key_id: ngo.public_key().key_id(),
    }
    .to_bytes();
    let (enc, ct) = suite::seal_base_with_ikm_e(
        &ngo.public_key().bytes,
        REPORT_INFO,
        &header,
        &padded,
        &[0x33; 32],
    )
    .unwrap();
    let bytes = [&header[..], &enc, &ct].concat();
    (ngo, r, bytes)
}

#[test]
fn envelope_worked_example_matches_docs() {
    let (ngo, r, bytes) = worked_example();
    assert_eq!(open(&bytes, &ngo).unwrap(), r);
    // WAYMARK_PRINT_EXAMPLE=1 prints the values the documentation quotes.
    if std::env::var_os("WAYMARK_PRINT_EXAMPLE").is_some() {
        println!("ngo_sk {}", hex::encode(&ngo.to_bytes()[..]));
        println!("ngo_pk {}", hex::encode(&ngo.public_key().bytes));
        println!(
            "report {}",
            String::from_utf8_lossy(&r.to_canonical_bytes().unwrap())
        );
        println!("header {}", hex::encode(&bytes[..21]));
        println!("enc {}", hex::encode(&bytes[21..53]));
        println!("ct_head {}", hex::encode(&bytes[53..85]));
        println!("ct_tail {}", hex::encode(&bytes[bytes.len() - 32..]));
        let digest = ring::digest::digest(&ring::digest::SHA256, &bytes);
        println!("sha256 {}", hex::encode(digest.as_ref()));
        println!("full {}", hex::encode(&bytes));
    }
    let fixture = include_str!("fixtures/envelope/worked-example.hex");
    let fixture: String = fixture.split_whitespace().collect();
    assert_eq!(hex::encode(&bytes), fixture);
}

// ---------------------------------------------------------------------------
// Replies
// ---------------------------------------------------------------------------

#[test]
fn envelope_reply_round_trip_and_wrong_key() {
    let (r, reply_secret) = report("please help");
    let sealed = seal_reply("Нам жаль. Call 112 — we will help.", &r.reply_key).unwrap();
    assert_eq!(sealed.len(), 4096);
    assert_eq!(
        envelope::peek_header(&sealed).unwrap().kind,
        EnvelopeKind::Reply
    );
    assert_eq!(
        &*open_reply(&sealed, &reply_secret).unwrap(),
        "Нам жаль. Call 112 — we will help."
    );
    let other = ReplySecretKey::generate();
    assert_eq!(open_reply(&sealed, &other), Err(EnvelopeError::WrongKey));
    let mut bad = sealed.clone();
    bad[3000] ^= 4;
    assert_eq!(
        open_reply(&bad, &reply_secret),
        Err(EnvelopeError::DecryptionFailed)
    );
    // A reply is not a report, and a report is not a reply, even with the same key bytes.
    let ngo = NgoPrivateKey::from_bytes(&reply_secret.to_bytes()[..]).unwrap();
    assert_eq!(open(&sealed, &ngo), Err(EnvelopeError::WrongKind));
    // The reply key survives storage.
    let restored = ReplySecretKey::from_bytes(&reply_secret.to_bytes()[..]).unwrap();
    assert!(open_reply(&sealed, &restored).is_ok());
}

// ---------------------------------------------------------------------------
// Receipt codes
// ---------------------------------------------------------------------------

// Checked when compiling, and again below against the actual renderings.
const _: () = assert!(receipt_code::ENTROPY_BITS >= 80);

#[test]
fn envelope_receipt_code_entropy_is_at_least_80_bits() {
    let code = ReceiptCode::generate();
    let bits = code.secret().len() * 8;
    assert!(bits >= 80);
    assert_eq!(bits, receipt_code::ENTROPY_BITS as usize);
    // The letters form carries 16 base32 data characters of 5 bits each.
    let data_chars = code.to_letters().chars().filter(|c| *c != '-').count() - 1;
    assert!(data_chars as f64 * 32f64.log2() >= 80.0);
    // The digits form carries 25 data digits: log2(10^25) ≈ 83.05 bits.
    let data_digits = code
        .to_digits()
        .chars()
        .filter(char::is_ascii_digit)
        .count()
        - 1;
    assert!(data_digits as f64 * 10f64.log2() >= 80.0);
    // Every rendering has room for every secret: the largest one round-trips.
    let max = ReceiptCode::from_secret([0xff; 10]);
    assert_eq!(ReceiptCode::parse(&max.to_digits()).unwrap(), max);
    assert_eq!(ReceiptCode::parse(&max.to_letters()).unwrap(), max);
    // And codes are not repeated (no RNG failure shortcut).
    let codes: std::collections::HashSet<[u8; 10]> = (0..1000)
        .map(|_| *ReceiptCode::generate().secret())
        .collect();
    assert_eq!(codes.len(), 1000);
}

#[test]
fn envelope_receipt_code_both_renderings_round_trip() {
    for _ in 0..500 {
        let code = ReceiptCode::generate();
        let letters = code.to_letters();
        let digits = code.to_digits();
        assert_eq!(letters.len(), 21);
        assert_eq!(letters.matches('-').count(), 4);
        assert_eq!(digits.chars().filter(|c| c.is_ascii_digit()).count(), 26);
        assert!(digits.chars().all(|c| c.is_ascii_digit() || c == ' '));
        assert_eq!(ReceiptCode::parse(&letters).unwrap(), code);
        assert_eq!(ReceiptCode::parse(&digits).unwrap(), code);
        // Lower case, no separators, and phone-style punctuation all parse.
        assert_eq!(ReceiptCode::parse(&letters.to_lowercase()).unwrap(), code);
        assert_eq!(ReceiptCode::parse(&letters.replace('-', "")).unwrap(), code);
        let phone = format!("+{}", digits.replacen(' ', " (", 1).replacen(' ', ") ", 1));
        assert_eq!(ReceiptCode::parse(&phone).unwrap(), code);
        assert_eq!(
            code.lookup_id(),
            ReceiptCode::parse(&digits).unwrap().lookup_id()
        );
    }
    // Known values: the example in docs/envelope.md, and the zero secret.
    let doc =
        ReceiptCode::from_secret([0x3a, 0x91, 0x5c, 0x07, 0xe2, 0x48, 0xbd, 0x16, 0x7f, 0xc4]);
    assert_eq!(&*doc.to_letters(), "7A8N-R1Z2-92YH-CZY4-V");
    assert_eq!(&*doc.to_digits(), "027 657 8665 414 905 6716 144 045");
    assert_eq!(
        ReceiptCode::parse("+027 (657) 866-5414 / 905 6716 144 045").unwrap(),
        doc
    );
    let zero = ReceiptCode::from_secret([0; 10]);
    assert_eq!(&*zero.to_letters(), "0000-0000-0000-0000-0");
    assert_eq!(&*zero.to_digits(), "000 000 0000 000 000 0000 000 000");
    // Crockford's look-alikes read as digits.
    let one = ReceiptCode::from_secret([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    let letters = one.to_letters();
    assert_eq!(&*letters, "0000-0000-0000-0001-1");
    assert_eq!(ReceiptCode::parse("OOOO-oooo-0000-000I-l").unwrap(), one);
}

#[test]
fn envelope_receipt_code_typos_are_detected() {
    for _ in 0..50 {
        let code = ReceiptCode::generate();
        let letters: Vec<char> = code.to_letters().chars().filter(|c| *c != '-').collect();
        let alphabet: Vec<char> = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".chars().collect();
        for i in 0..letters.len() {
            for &c in &alphabet {
                if c == letters[i] {
                    continue;
                }
                let mut typo = letters.clone();
                typo[i] = c;
                let s: String = typo.iter().collect();
                assert_eq!(
                    ReceiptCode::parse(&s),
                    Err(EnvelopeError::ReceiptCodeTypo),
                    "{i}"
                );
            }
            // Swapped neighbours (within the data characters).
            if i + 1 < 16 && letters[i] != letters[i + 1] {
                let mut swap = letters.clone();
                swap.swap(i, i + 1);
                let s: String = swap.iter().collect();
                assert!(ReceiptCode::parse(&s).is_err());
            }
        }
        let digits: Vec<u8> = code
            .to_digits()
            .bytes()
            .filter(u8::is_ascii_digit)
            .collect();
        for i in 0..digits.len() {
            for d in b'0'..=b'9' {
                if d == digits[i] {
                    continue;
                }
                let mut typo = digits.clone();
                typo[i] = d;
                let s = String::from_utf8(typo).unwrap();
                assert_eq!(
                    ReceiptCode::parse(&s),
                    Err(EnvelopeError::ReceiptCodeTypo),
                    "{i}"
                );
            }
            if i + 1 < digits.len() && digits[i] != digits[i + 1] {
                let mut swap = digits.clone();
                swap.swap(i, i + 1);
                assert_eq!(
                    ReceiptCode::parse(std::str::from_utf8(&swap).unwrap()),
                    Err(EnvelopeError::ReceiptCodeTypo)
                );
            }
        }
    }
}

#[test]
fn envelope_receipt_code_malformed_inputs() {
    for bad in [
        "",
        "0000-0000-0000-0000",
        "0000-0000-0000-0000-00",
        "0000-0000-0000-0000-U",
        "ÅÅÅÅ-0000-0000-0000-0",
        "123",
        "000 000 0000 000 000 0000 000 00",
    ] {
        assert_eq!(
            ReceiptCode::parse(bad),
            Err(EnvelopeError::MalformedReceiptCode),
            "{bad}"
        );
    }
    // 25 nines is above 2^80: well-formed digits, but not a code.
    let mut nines = vec![9u8; 25];
    let check = damm_check(&nines);
    nines.push(check);
    let s: String = nines.iter().map(|d| char::from(b'0' + d)).collect();
    assert_eq!(
        ReceiptCode::parse(&s),
        Err(EnvelopeError::MalformedReceiptCode)
    );
    assert_eq!(
        format!("{:?}", ReceiptCode::generate()),
        "ReceiptCode(<redacted>)"
    );
}

fn damm_check(digits: &[u8]) -> u8 {
    const T: [[u8; 10]; 10] = [
        [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
        [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
        [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
        [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
        [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
        [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
        [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
        [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
        [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
        [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
    ];
    digits.iter().fold(0, |i, &d| T[i as usize][d as usize])
}

// ---------------------------------------------------------------------------
// Never a panic
// ---------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn envelope_open_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..5000)) {
        let ngo = NgoPrivateKey::from_bytes(&[7u8; 32]).unwrap();
        prop_assert!(open(&bytes, &ngo).is_err());
        prop_assert!(open_reply(&bytes, &ReplySecretKey::from_bytes(&[7u8; 32]).unwrap()).is_err());
    }

    #[test]
    fn envelope_open_never_panics_on_a_valid_header_with_garbage(
        body in proptest::collection::vec(any::<u8>(), 4096 - 21..=4096 - 21),
    ) {
        let ngo = NgoPrivateKey::from_bytes(&[7u8; 32]).unwrap();
        let header = EnvelopeHeader {
            kind: EnvelopeKind::Report,
            bucket: Bucket::Kib4,
            key_id: ngo.public_key().key_id(),
        };
        let bytes = [&header.to_bytes()[..], &body].concat();
        prop_assert_eq!(open(&bytes, &ngo), Err(EnvelopeError::DecryptionFailed));
    }

    #[test]
    fn envelope_report_decoder_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = Report::from_canonical_bytes(&bytes);
    }

    #[test]
    fn envelope_report_decoder_never_panics_on_json_like_input(s in "[\\[\\]{}\":,0-9a-z_\\\\ -]{0,300}") {
        let _ = Report::from_canonical_bytes(s.as_bytes());
    }

    #[test]
    fn envelope_reports_round_trip(
        text in "\\PC{0,200}",
        name in "[a-z][a-z0-9_.]{0,30}",
        kind in prop_oneof![
            Just(ReportKind::Questionnaire),
            Just(ReportKind::Journal),
            Just(ReportKind::Assistant),
            Just(ReportKind::FreeText),
        ],
    ) {
        let (mut r, _) = Report::new(kind, "fa-IR", "2027-02-28", vec![]);
        r.body.push(ReportField { name, value: text });
        let bytes = r.to_canonical_bytes().unwrap();
        prop_assert_eq!(Report::from_canonical_bytes(&bytes).unwrap(), r);
    }

    #[test]
    fn envelope_receipt_code_parser_never_panics(s in "\\PC{0,40}") {
        let _ = ReceiptCode::parse(&s);
    }
}

#[test]
fn envelope_a_dummy_is_a_report_envelope_until_opened() {
    let ngo = NgoPrivateKey::generate();
    for bucket in Bucket::ALL {
        let dummy = envelope::seal_dummy(&ngo.public_key(), bucket).unwrap();
        let (r, _) = report("a real one");
        let real = envelope::seal_in_bucket(&r, &ngo.public_key(), bucket).unwrap();
        // Everything the inbox can check is the same: length, header.
        assert_eq!(dummy.bytes.len(), real.bytes.len());
        assert_eq!(dummy.bucket, bucket);
        assert_eq!(
            envelope::peek_header(&dummy.bytes).unwrap(),
            envelope::peek_header(&real.bytes).unwrap()
        );
        assert_eq!(dummy.bytes[..HEADER_LEN], real.bytes[..HEADER_LEN]);
        assert_ne!(dummy.report_id, real.report_id);
        // Only the NGO's key tells them apart.
        assert_eq!(
            envelope::open_any(&dummy.bytes, &ngo).unwrap(),
            envelope::Opened::Dummy
        );
        assert_eq!(
            envelope::open_any(&real.bytes, &ngo).unwrap(),
            envelope::Opened::Report(r.clone())
        );
        assert!(matches!(
            envelope::open(&dummy.bytes, &ngo),
            Err(EnvelopeError::MalformedReport { .. })
        ));
        // Another key opens neither.
        assert!(envelope::open_any(&dummy.bytes, &NgoPrivateKey::generate()).is_err());
    }
}
