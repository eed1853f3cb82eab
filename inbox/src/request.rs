//! Parsing of everything a request brings: headers, query strings, JSON
//! bodies and envelope bytes. Plain functions over bytes and header maps, so
//! that they can be fuzzed directly (`inbox/tests/fuzz.rs`): none of them
//! panics, whatever the input.

use std::net::IpAddr;

use axum::http::{header, HeaderMap, HeaderName};
use waymark_core::envelope::{self, EnvelopeKind};
use waymark_core::sync::wire::{
    self, FetchRepliesRequest, PostReplyRequest, HEADER_REPLY_LOOKUP, HEADER_REPORT_ID,
    MAX_PULL_LIMIT, MAX_SEALED_REPLY_LEN,
};

/// Why a request was refused before touching the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RequestError {
    #[error("malformed request")]
    Malformed,
    #[error("request too large")]
    TooLarge,
}

/// Largest body of `POST /v1/replies` (two fixed-width ids in JSON).
pub const MAX_FETCH_BODY: usize = 1024;
/// Largest body of `POST /v1/ngo/replies`: a base64 sealed reply and an id.
pub const MAX_POST_REPLY_BODY: usize = MAX_SEALED_REPLY_LEN * 4 / 3 + 1024;

/// The headers of a submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SubmitHeaders {
    pub report_id: [u8; 16],
    pub lookup_id: [u8; 32],
}

fn header_str<'a>(headers: &'a HeaderMap, name: &str) -> Result<Option<&'a str>, RequestError> {
    let mut values = headers.get_all(name).iter();
    let Some(first) = values.next() else {
        return Ok(None);
    };
    if values.next().is_some() {
        return Err(RequestError::Malformed);
    }
    first
        .to_str()
        .map(Some)
        .map_err(|_| RequestError::Malformed)
}

/// `waymark-report-id` and `waymark-reply-lookup`, both required, strict
/// lowercase hex. Nothing marks a dummy: that is inside the ciphertext.
pub fn parse_submit_headers(headers: &HeaderMap) -> Result<SubmitHeaders, RequestError> {
    let report_id = header_str(headers, HEADER_REPORT_ID)?
        .and_then(wire::parse_report_id)
        .ok_or(RequestError::Malformed)?;
    let lookup_id = header_str(headers, HEADER_REPLY_LOOKUP)?
        .and_then(wire::parse_lookup_id)
        .ok_or(RequestError::Malformed)?;
    Ok(SubmitHeaders {
        report_id,
        lookup_id,
    })
}

/// The declared `Content-Length`, if any. A larger declared body than the
/// limit is refused before a byte of it is read.
pub fn declared_length(headers: &HeaderMap) -> Result<Option<u64>, RequestError> {
    match header_str(headers, header::CONTENT_LENGTH.as_str())? {
        None => Ok(None),
        Some(v) => v.parse().map(Some).map_err(|_| RequestError::Malformed),
    }
}

/// What the server can check of an envelope without the NGO's key: the
/// header (magic, version, suite, kind "report", a known bucket, and a total
/// length exactly that bucket's), and that it is sealed to this inbox's key.
pub fn check_envelope(
    bytes: &[u8],
    inbox_key_id: &[u8; 8],
    max_len: usize,
) -> Result<(), RequestError> {
    if bytes.len() > max_len {
        return Err(RequestError::TooLarge);
    }
    let header = envelope::peek_header(bytes).map_err(|_| RequestError::Malformed)?;
    if header.kind != EnvelopeKind::Report || &header.key_id != inbox_key_id {
        return Err(RequestError::Malformed);
    }
    Ok(())
}

/// Body of `POST /v1/replies` → the lookup id and the last reply the phone
/// has (all zeros: none).
pub fn parse_fetch_replies(body: &[u8]) -> Result<([u8; 32], [u8; 16]), RequestError> {
    if body.len() > MAX_FETCH_BODY {
        return Err(RequestError::TooLarge);
    }
    let request: FetchRepliesRequest =
        serde_json::from_slice(body).map_err(|_| RequestError::Malformed)?;
    let lookup = wire::parse_lookup_id(&request.lookup).ok_or(RequestError::Malformed)?;
    let after = wire::parse_report_id(&request.after).ok_or(RequestError::Malformed)?;
    Ok((lookup, after))
}

/// A pull request's position and page size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PullQuery {
    pub after: u64,
    pub limit: u32,
}

/// `after=SEQ&limit=N` (both optional: 0 and [`MAX_PULL_LIMIT`]). A limit
/// of 0 or above the maximum, a repeated or unknown key, or a value that is
/// not a decimal number is refused.
pub fn parse_pull_query(query: Option<&str>) -> Result<PullQuery, RequestError> {
    let mut after = None;
    let mut limit = None;
    for pair in query.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').ok_or(RequestError::Malformed)?;
        if value.is_empty() || value.len() > 20 || !value.bytes().all(|b| b.is_ascii_digit()) {
            return Err(RequestError::Malformed);
        }
        let slot = match key {
            "after" => &mut after,
            "limit" => &mut limit,
            _ => return Err(RequestError::Malformed),
        };
        if slot.is_some() {
            return Err(RequestError::Malformed);
        }
        *slot = Some(value.parse::<u64>().map_err(|_| RequestError::Malformed)?);
    }
    let limit = limit.unwrap_or(u64::from(MAX_PULL_LIMIT));
    if limit == 0 || limit > u64::from(MAX_PULL_LIMIT) {
        return Err(RequestError::Malformed);
    }
    Ok(PullQuery {
        after: after.unwrap_or(0),
        limit: limit as u32,
    })
}

/// Body of `POST /v1/ngo/replies` → report id and the sealed reply, whose
/// header must be a reply's.
pub fn parse_post_reply(body: &[u8]) -> Result<([u8; 16], Vec<u8>), RequestError> {
    if body.len() > MAX_POST_REPLY_BODY {
        return Err(RequestError::TooLarge);
    }
    let request: PostReplyRequest =
        serde_json::from_slice(body).map_err(|_| RequestError::Malformed)?;
    let report_id = wire::parse_report_id(&request.report_id).ok_or(RequestError::Malformed)?;
    if request.sealed.len() > MAX_SEALED_REPLY_LEN {
        return Err(RequestError::TooLarge);
    }
    let header = envelope::peek_header(&request.sealed).map_err(|_| RequestError::Malformed)?;
    if header.kind != EnvelopeKind::Reply {
        return Err(RequestError::Malformed);
    }
    Ok((report_id, request.sealed))
}

/// The token of `Authorization: Bearer <token>`.
pub fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    let value = header_str(headers, header::AUTHORIZATION.as_str()).ok()??;
    let (scheme, token) = value.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("bearer") {
        return None;
    }
    let token = token.trim();
    (!token.is_empty()).then_some(token)
}

/// SHA-256 of a token, as stored in the server's config.
pub fn token_hash(token: &str) -> [u8; 32] {
    wire::sha256(token.as_bytes())
}

/// Whether `presented` is the token whose SHA-256 is `expected`. Compares
/// the hashes in constant time.
pub fn token_matches(presented: Option<&str>, expected: &[u8; 32]) -> bool {
    let Some(presented) = presented else {
        return false;
    };
    let actual = token_hash(presented);
    actual
        .iter()
        .zip(expected.iter())
        .fold(0u8, |acc, (a, b)| acc | (a ^ b))
        == 0
}

/// The client's address for rate limiting only: the peer, or the value of
/// `trusted_header` when the inbox sits behind a proxy that sets it. Never
/// stored and never logged.
pub fn client_address(
    peer: IpAddr,
    headers: &HeaderMap,
    trusted_header: Option<&HeaderName>,
) -> IpAddr {
    trusted_header
        .and_then(|name| header_str(headers, name.as_str()).ok().flatten())
        .and_then(|v| v.trim().parse::<IpAddr>().ok())
        .unwrap_or(peer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn pull_query_rules() {
        assert_eq!(
            parse_pull_query(None),
            Ok(PullQuery {
                after: 0,
                limit: MAX_PULL_LIMIT
            })
        );
        assert_eq!(
            parse_pull_query(Some("after=5&limit=2")),
            Ok(PullQuery { after: 5, limit: 2 })
        );
        for bad in [
            "limit=0",
            "limit=9",
            "after=-1",
            "after=1&after=2",
            "x=1",
            "after",
            "after=1e3",
        ] {
            assert_eq!(
                parse_pull_query(Some(bad)),
                Err(RequestError::Malformed),
                "{bad}"
            );
        }
    }

    #[test]
    fn bearer_and_constant_time_match() {
        let mut h = HeaderMap::new();
        assert_eq!(bearer_token(&h), None);
        h.insert(
            header::AUTHORIZATION,
            HeaderValue::from_static("Bearer abc"),
        );
        assert_eq!(bearer_token(&h), Some("abc"));
        assert!(token_matches(bearer_token(&h), &token_hash("abc")));
        assert!(!token_matches(bearer_token(&h), &token_hash("abd")));
        assert!(!token_matches(None, &token_hash("")));
        h.insert(header::AUTHORIZATION, HeaderValue::from_static("Basic abc"));
        assert_eq!(bearer_token(&h), None);
    }

    #[test]
    fn submit_headers_are_strict() {
        let mut h = HeaderMap::new();
        h.insert(
            HEADER_REPORT_ID,
            HeaderValue::from_str(&"ab".repeat(16)).unwrap(),
        );
        h.insert(
            HEADER_REPLY_LOOKUP,
            HeaderValue::from_str(&"cd".repeat(32)).unwrap(),
        );
        assert_eq!(
            parse_submit_headers(&h).map(|s| s.report_id),
            Ok([0xab; 16])
        );
        h.insert(
            HEADER_REPORT_ID,
            HeaderValue::from_str(&"AB".repeat(16)).unwrap(),
        );
        assert_eq!(parse_submit_headers(&h), Err(RequestError::Malformed));
    }
}
