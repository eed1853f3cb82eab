//! The NGO tools' HTTP client for the authenticated endpoints. Everything
//! the server answers is checked against the wire contract's limits.

use std::time::Duration;

use reqwest::StatusCode;
use waymark_core::sync::wire::{
    self, ErrorBody, PostReplyRequest, PullResponse, MAX_ENVELOPE_LEN, MAX_JSON_LEN, MAX_PULL_LIMIT,
};
use zeroize::Zeroizing;

use crate::server::PostedReply;
use crate::InboxError;

pub struct InboxClient {
    http: reqwest::Client,
    base: String,
    token: Zeroizing<String>,
}

impl std::fmt::Debug for InboxClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("InboxClient(<token redacted>)")
    }
}

/// rustls on ring, once per process.
pub fn install_crypto_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

impl InboxClient {
    /// `base` is the inbox's base URL: `https://…`, or `http://` to a
    /// `.onion` host or loopback (the same rule as directory endpoints).
    pub fn new(base: &str, token: &str) -> Result<InboxClient, InboxError> {
        let base = base.trim_end_matches('/');
        if !wire::endpoint_allowed(base) {
            return Err(InboxError::BadArgument { what: "--server" });
        }
        install_crypto_provider();
        let http = reqwest::Client::builder()
            .use_rustls_tls()
            .https_only(!base.starts_with("http://"))
            .connect_timeout(Duration::from_secs(20))
            .timeout(Duration::from_secs(120))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|_| InboxError::Unreachable)?;
        Ok(InboxClient {
            http,
            base: base.to_owned(),
            token: Zeroizing::new(token.to_owned()),
        })
    }

    /// One page of envelopes after `after`, checked: at most a page, in
    /// increasing order after `after`, each no larger than the protocol allows.
    pub async fn pull_page(&self, after: u64) -> Result<PullResponse, InboxError> {
        let url = format!(
            "{}{}?after={after}&limit={MAX_PULL_LIMIT}",
            self.base,
            wire::NGO_ENVELOPES_PATH
        );
        let response = self
            .http
            .get(url)
            .bearer_auth(self.token.as_str())
            .send()
            .await
            .map_err(|_| InboxError::Unreachable)?;
        let body = read_limited(response, StatusCode::OK).await?;
        let page: PullResponse =
            serde_json::from_slice(&body).map_err(|_| InboxError::BadResponse)?;
        let mut last = after;
        for e in &page.envelopes {
            if e.seq <= last
                || wire::parse_report_id(&e.report_id).is_none()
                || !wire::is_day(&e.day)
                || e.envelope.len() > MAX_ENVELOPE_LEN
            {
                return Err(InboxError::BadResponse);
            }
            last = e.seq;
        }
        if page.envelopes.len() > MAX_PULL_LIMIT as usize || page.next_after != last {
            return Err(InboxError::BadResponse);
        }
        Ok(page)
    }

    /// Posts a sealed reply; returns the reply's id.
    pub async fn post_reply(&self, report_id: &str, sealed: Vec<u8>) -> Result<String, InboxError> {
        let url = format!("{}{}", self.base, wire::NGO_REPLIES_PATH);
        let response = self
            .http
            .post(url)
            .bearer_auth(self.token.as_str())
            .json(&PostReplyRequest {
                report_id: report_id.to_owned(),
                sealed,
            })
            .send()
            .await
            .map_err(|_| InboxError::Unreachable)?;
        let body = read_limited(response, StatusCode::CREATED).await?;
        let posted: PostedReply =
            serde_json::from_slice(&body).map_err(|_| InboxError::BadResponse)?;
        Ok(posted.id)
    }
}

/// The body of a response with status `expected`, at most [`MAX_JSON_LEN`]
/// bytes; any other status becomes [`InboxError::Refused`] with the
/// server's error code.
async fn read_limited(
    mut response: reqwest::Response,
    expected: StatusCode,
) -> Result<Vec<u8>, InboxError> {
    let status = response.status();
    if response
        .content_length()
        .is_some_and(|n| n > MAX_JSON_LEN as u64)
    {
        return Err(InboxError::BadResponse);
    }
    let mut body = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|_| InboxError::Unreachable)?
    {
        if body.len() + chunk.len() > MAX_JSON_LEN {
            return Err(InboxError::BadResponse);
        }
        body.extend_from_slice(&chunk);
    }
    if status != expected {
        let code = serde_json::from_slice::<ErrorBody>(&body)
            .ok()
            .map(|e| e.error)
            .filter(|c| c.len() <= 32 && c.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'))
            .unwrap_or_else(|| "unknown".into());
        return Err(InboxError::Refused {
            status: status.as_u16(),
            code,
        });
    }
    Ok(body)
}
