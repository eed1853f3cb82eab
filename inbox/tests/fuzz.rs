//! Property-based fuzzing of everything the server parses from a request:
//! arbitrary bytes and strings into each parsing function directly. None may
//! panic, and what they accept must really be valid.

use axum::http::{HeaderMap, HeaderName, HeaderValue};
use proptest::prelude::*;
use waymark_core::envelope::{self, EnvelopeKind, NgoPrivateKey, Report, ReportKind};
use waymark_core::sync::wire::{self, MAX_ENVELOPE_LEN};
use waymark_inbox::request::{self, RequestError};

fn key_id() -> [u8; 8] {
    [7; 8]
}

/// A real envelope, to mutate.
fn real_envelope() -> (Vec<u8>, [u8; 8]) {
    let ngo = NgoPrivateKey::generate();
    let (report, _) = Report::new(ReportKind::FreeText, "en", "2026-11-22", vec![]);
    let sealed = envelope::seal(&report, &ngo.public_key()).unwrap();
    (sealed.bytes, ngo.public_key().key_id())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn envelope_check_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..5000)) {
        let result = request::check_envelope(&bytes, &key_id(), MAX_ENVELOPE_LEN);
        if result.is_ok() {
            let header = envelope::peek_header(&bytes).unwrap();
            prop_assert_eq!(header.kind, EnvelopeKind::Report);
        }
    }

    #[test]
    fn envelope_with_a_valid_header_prefix_never_panics(
        cut in 0usize..4200,
        flip in 0usize..21,
        bit in 0u8..8,
        tail in proptest::collection::vec(any::<u8>(), 0..64),
    ) {
        let (good, id) = real_envelope();
        prop_assert_eq!(request::check_envelope(&good, &id, MAX_ENVELOPE_LEN), Ok(()));
        let mut bytes = good[..cut.min(good.len())].to_vec();
        bytes.extend_from_slice(&tail);
        let _ = request::check_envelope(&bytes, &id, MAX_ENVELOPE_LEN);
        let mut flipped = good.clone();
        flipped[flip] ^= 1 << bit;
        // A flipped header bit is refused unless it is in the key id
        // (then the key id no longer matches) — either way never accepted.
        prop_assert!(request::check_envelope(&flipped, &id, MAX_ENVELOPE_LEN).is_err());
    }

    #[test]
    fn json_bodies_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..3000)) {
        let _ = request::parse_fetch_replies(&bytes);
        let _ = request::parse_post_reply(&bytes);
    }

    #[test]
    fn json_shaped_bodies_never_panic(
        lookup in "[0-9a-fA-F]{0,70}",
        id in "[0-9a-f]{0,40}",
        sealed in "[A-Za-z0-9+/=]{0,200}",
        noise in "[{}\\[\\]\":,a-z0-9 ]{0,40}",
    ) {
        let fetch = format!("{{\"lookup\":\"{lookup}\",\"after\":\"{id}\"{noise}}}");
        if let Ok((parsed, after)) = request::parse_fetch_replies(fetch.as_bytes()) {
            prop_assert_eq!(waymark_core::hex::encode(&parsed), lookup);
            prop_assert_eq!(waymark_core::hex::encode(&after), id.clone());
        }
        let post = format!("{{\"report_id\":\"{id}\",\"sealed\":\"{sealed}\"{noise}}}");
        // Never accepted: no sealed reply fits in 200 base64 characters.
        prop_assert!(request::parse_post_reply(post.as_bytes()).is_err());
    }

    #[test]
    fn pull_queries_never_panic(query in "[a-z0-9=&%+\\-]{0,60}") {
        if let Ok(q) = request::parse_pull_query(Some(&query)) {
            prop_assert!(q.limit >= 1 && q.limit <= wire::MAX_PULL_LIMIT);
        }
    }

    #[test]
    fn headers_never_panic(
        values in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 0..80), 0..6),
        names in proptest::collection::vec(0usize..6, 0..6),
    ) {
        let known = [
            wire::HEADER_REPORT_ID,
            wire::HEADER_REPLY_LOOKUP,
            "content-type",
            "content-length",
            "authorization",
            "x-real-ip",
        ];
        let mut headers = HeaderMap::new();
        for (name, value) in names.iter().zip(&values) {
            if let Ok(v) = HeaderValue::from_bytes(value) {
                headers.append(HeaderName::from_static(known[*name]), v);
            }
        }
        if let Ok(parsed) = request::parse_submit_headers(&headers) {
            let id = headers[wire::HEADER_REPORT_ID].to_str().unwrap();
            prop_assert_eq!(waymark_core::hex::encode(&parsed.report_id), id);
        }
        let _ = request::declared_length(&headers);
        let _ = request::bearer_token(&headers);
        let peer = "192.0.2.1".parse().unwrap();
        let _ = request::client_address(peer, &headers, Some(&HeaderName::from_static("x-real-ip")));
    }
}

#[test]
fn oversize_is_too_large_not_malformed() {
    let bytes = vec![0u8; MAX_ENVELOPE_LEN + 1];
    assert_eq!(
        request::check_envelope(&bytes, &key_id(), MAX_ENVELOPE_LEN),
        Err(RequestError::TooLarge)
    );
    let (good, id) = real_envelope();
    assert_eq!(
        request::check_envelope(&good, &id, 1000),
        Err(RequestError::TooLarge)
    );
}
