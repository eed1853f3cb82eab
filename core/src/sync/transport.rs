//! The HTTP client that talks to an NGO's inbox.
//!
//! Rules (docs/outbox.md, "Transport"):
//! - rustls on the ring provider with the webpki roots, plus the NGO's SPKI
//!   pins when its directory has any ([`super::pinning`]);
//! - an optional SOCKS5h proxy (Tor/Orbot): names, `.onion` included, are
//!   resolved by the proxy, never by the phone; without a proxy, `.onion`
//!   endpoints are skipped;
//! - connect, read and total timeouts; no cookies, no redirects, no referer,
//!   no system proxy; one fixed User-Agent ([`wire::USER_AGENT`]) and no other
//!   identifying header;
//! - a fresh connection and a full TLS handshake per request (no pooling, no
//!   session resumption), so neither the server nor an observer can link two
//!   requests by their connection or a session ticket;
//! - every answer is read with a size limit enforced while reading.
//!
//! The client is async reqwest on a private current-thread tokio runtime (only
//! the async builder has a read timeout); every method here blocks. Do not
//! call them from inside another tokio runtime.

use crate::i18n::ids;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderValue, CONTENT_TYPE};
use rustls::pki_types::CertificateDer;
use rustls::RootCertStore;
use serde::{Deserialize, Serialize};

use super::pinning::{CertFailures, PinningVerifier};
use super::wire::{self, Receipt, RepliesResponse, SignedDirectory};
use crate::envelope::ReportId;

/// How to reach the inboxes. Part of the sync settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransportConfig {
    /// `socks5h://127.0.0.1:9050` (Orbot/Tor). `None` = direct.
    pub socks_proxy: Option<String>,
    pub connect_timeout_ms: u64,
    /// Longest silence while waiting for or reading an answer.
    pub read_timeout_ms: u64,
    /// Longest whole request, upload and answer included.
    pub total_timeout_ms: u64,
    /// Extra trust anchors (DER certificates) beside the webpki roots, for an
    /// NGO that runs its own CA, and for tests. Pins still apply on top.
    #[serde(default)]
    pub extra_roots_der: Vec<Vec<u8>>,
}

impl Default for TransportConfig {
    fn default() -> Self {
        TransportConfig {
            socks_proxy: None,
            connect_timeout_ms: 30_000,
            read_timeout_ms: 60_000,
            total_timeout_ms: 180_000,
            extra_roots_der: Vec::new(),
        }
    }
}

impl TransportConfig {
    /// Checks the proxy URL and the timeouts.
    pub fn check(&self) -> Result<(), super::SyncError> {
        if let Some(proxy) = &self.socks_proxy {
            if !proxy.starts_with("socks5h://") || proxy.len() > 200 {
                // socks5:// would resolve names on the phone, leaking them
                // to the local network and breaking .onion.
                return Err(super::SyncError::InvalidSetting("socks_proxy"));
            }
        }
        let ok = |ms: u64| (100..=600_000).contains(&ms);
        if !ok(self.connect_timeout_ms) || !ok(self.read_timeout_ms) || !ok(self.total_timeout_ms) {
            return Err(super::SyncError::InvalidSetting("timeout"));
        }
        Ok(())
    }
}

/// Why a request failed. Carries no URL, no body, no address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TransportError {
    /// Could not connect (server down, no route, proxy refused).
    #[error("could not connect")]
    Connect,
    #[error("timed out")]
    Timeout,
    /// The TLS handshake failed (untrusted certificate, protocol error).
    #[error("TLS failed")]
    Tls,
    /// The certificate chained to a trusted root but matched none of the
    /// NGO's pins: possibly an interception.
    #[error("the server's key does not match the NGO's pins")]
    PinMismatch,
    /// The connection broke mid-request or mid-answer.
    #[error("the connection was interrupted")]
    Interrupted,
    /// 5xx.
    #[error("server error (HTTP {0})")]
    Server(u16),
    /// 429.
    #[error("rate limited")]
    RateLimited,
    /// 413, or an answer larger than the protocol allows.
    #[error("too large")]
    TooLarge,
    /// Another 4xx, or a 1xx/3xx (redirects are never followed).
    #[error("refused (HTTP {0})")]
    Refused(u16),
    /// An answer that is not what the API specifies (garbage, truncated JSON).
    #[error("malformed answer")]
    Malformed,
    /// No endpoint can be used (only `.onion` ones and no proxy set).
    #[error("no usable endpoint")]
    NoEndpoint,
    /// The client could not be set up (bad proxy URL, TLS configuration).
    #[error("client set-up failed")]
    Setup,
}

/// [`TransportError`] without its details: what is stored per outbox item
/// and shown to the user. Stable snake_case names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FailureKind {
    Connect,
    Timeout,
    Tls,
    PinMismatch,
    Interrupted,
    ServerError,
    RateLimited,
    TooLarge,
    Refused,
    Malformed,
    NoEndpoint,
    Setup,
    /// The receipt's signature did not verify, or it was for another
    /// envelope: the envelope is kept.
    BadReceipt,
}

impl TransportError {
    pub fn kind(&self) -> FailureKind {
        match self {
            TransportError::Connect => FailureKind::Connect,
            TransportError::Timeout => FailureKind::Timeout,
            TransportError::Tls => FailureKind::Tls,
            TransportError::PinMismatch => FailureKind::PinMismatch,
            TransportError::Interrupted => FailureKind::Interrupted,
            TransportError::Server(_) => FailureKind::ServerError,
            TransportError::RateLimited => FailureKind::RateLimited,
            TransportError::TooLarge => FailureKind::TooLarge,
            TransportError::Refused(_) => FailureKind::Refused,
            TransportError::Malformed => FailureKind::Malformed,
            TransportError::NoEndpoint => FailureKind::NoEndpoint,
            TransportError::Setup => FailureKind::Setup,
        }
    }

    /// Whether another endpoint of the same NGO might do better. An HTTP
    /// answer is the inbox speaking: other endpoints share its storage.
    fn try_next_endpoint(&self) -> bool {
        matches!(
            self,
            TransportError::Connect
                | TransportError::Timeout
                | TransportError::Tls
                | TransportError::PinMismatch
                | TransportError::Interrupted
        )
    }
}

impl FailureKind {
    pub fn code(&self) -> &'static str {
        match self {
            FailureKind::Connect => "connect",
            FailureKind::Timeout => "timeout",
            FailureKind::Tls => "tls",
            FailureKind::PinMismatch => "pin_mismatch",
            FailureKind::Interrupted => "interrupted",
            FailureKind::ServerError => "server_error",
            FailureKind::RateLimited => "rate_limited",
            FailureKind::TooLarge => "too_large",
            FailureKind::Refused => "refused",
            FailureKind::Malformed => "malformed",
            FailureKind::NoEndpoint => "no_endpoint",
            FailureKind::Setup => "setup",
            FailureKind::BadReceipt => "bad_receipt",
        }
    }

    pub fn from_code(code: &str) -> Option<FailureKind> {
        ALL_FAILURES.iter().copied().find(|k| k.code() == code)
    }

    /// The Fluent message id (`sync-failure-…`).
    pub fn message_id(&self) -> &'static str {
        match self {
            FailureKind::Connect => ids::SYNC_FAILURE_CONNECT,
            FailureKind::Timeout => ids::SYNC_FAILURE_TIMEOUT,
            FailureKind::Tls => ids::SYNC_FAILURE_TLS,
            FailureKind::PinMismatch => ids::SYNC_FAILURE_PIN_MISMATCH,
            FailureKind::Interrupted => ids::SYNC_FAILURE_INTERRUPTED,
            FailureKind::ServerError => ids::SYNC_FAILURE_SERVER_ERROR,
            FailureKind::RateLimited => ids::SYNC_FAILURE_RATE_LIMITED,
            FailureKind::TooLarge => ids::SYNC_FAILURE_TOO_LARGE,
            FailureKind::Refused => ids::SYNC_FAILURE_REFUSED,
            FailureKind::Malformed => ids::SYNC_FAILURE_MALFORMED,
            FailureKind::NoEndpoint => ids::SYNC_FAILURE_NO_ENDPOINT,
            FailureKind::Setup => ids::SYNC_FAILURE_SETUP,
            FailureKind::BadReceipt => ids::SYNC_FAILURE_BAD_RECEIPT,
        }
    }

    pub fn user_message(&self, loc: &crate::i18n::Localizer) -> String {
        loc.text(self.message_id(), &[])
    }
}

const ALL_FAILURES: [FailureKind; 13] = [
    FailureKind::Connect,
    FailureKind::Timeout,
    FailureKind::Tls,
    FailureKind::PinMismatch,
    FailureKind::Interrupted,
    FailureKind::ServerError,
    FailureKind::RateLimited,
    FailureKind::TooLarge,
    FailureKind::Refused,
    FailureKind::Malformed,
    FailureKind::NoEndpoint,
    FailureKind::Setup,
    FailureKind::BadReceipt,
];

/// One submission, as the inbox receives it.
pub struct Submission<'a> {
    pub envelope: &'a [u8],
    pub report_id: ReportId,
    /// `ReceiptCode::lookup_id()`: where the inbox files replies.
    pub reply_lookup: [u8; 32],
}

/// A client for one NGO: its endpoints, its pins. `Send + Sync`; blocking.
pub struct InboxClient {
    runtime: tokio::runtime::Runtime,
    client: reqwest::Client,
    endpoints: Vec<String>,
    cert_failures: Arc<CertFailures>,
    /// Bytes sent and received in bodies (for the benchmark and the status).
    bytes_up: std::sync::atomic::AtomicU64,
    bytes_down: std::sync::atomic::AtomicU64,
    /// Every request fails with `Connect` before touching the network.
    cut_off: bool,
}

impl InboxClient {
    /// A client for `endpoints` (tried in order) with the directory's `pins`.
    pub fn new(
        config: &TransportConfig,
        endpoints: &[String],
        pins: &[String],
    ) -> Result<InboxClient, TransportError> {
        config.check().map_err(|_| TransportError::Setup)?;
        // Parsed, never matched as strings: the host decides what is onion.
        let endpoints: Vec<String> = endpoints
            .iter()
            .filter_map(|e| wire::parse_endpoint(e))
            .filter(|e| config.socks_proxy.is_some() || !e.onion)
            .map(|e| e.base)
            .collect();
        if endpoints.is_empty() {
            return Err(TransportError::NoEndpoint);
        }
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let mut roots = RootCertStore::empty();
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        for der in &config.extra_roots_der {
            roots
                .add(CertificateDer::from(der.clone()))
                .map_err(|_| TransportError::Setup)?;
        }
        let cert_failures = Arc::new(CertFailures::default());
        let verifier = PinningVerifier::new(roots, pins, provider.clone(), cert_failures.clone())
            .map_err(|_| TransportError::Setup)?;
        let mut tls = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|_| TransportError::Setup)?
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(verifier))
            .with_no_client_auth();
        tls.alpn_protocols = vec![b"http/1.1".to_vec()];
        // No session tickets or IDs: every request is a full handshake, so a
        // resumed session cannot link two requests (sync_traffic tests it).
        tls.resumption = rustls::client::Resumption::disabled();
        tls.enable_early_data = false;

        let ms = Duration::from_millis;
        let mut builder = reqwest::Client::builder()
            .use_preconfigured_tls(tls)
            .http1_only()
            .redirect(reqwest::redirect::Policy::none())
            .referer(false)
            .user_agent(wire::USER_AGENT)
            .pool_max_idle_per_host(0)
            .connect_timeout(ms(config.connect_timeout_ms))
            .read_timeout(ms(config.read_timeout_ms))
            .timeout(ms(config.total_timeout_ms));
        builder = match &config.socks_proxy {
            // Setting a proxy also turns off the system/environment proxies.
            Some(url) => {
                builder.proxy(reqwest::Proxy::all(url).map_err(|_| TransportError::Setup)?)
            }
            None => builder.no_proxy(),
        };
        let client = builder.build().map_err(|_| TransportError::Setup)?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .enable_time()
            .build()
            .map_err(|_| TransportError::Setup)?;
        Ok(InboxClient {
            runtime,
            client,
            endpoints,
            cert_failures,
            bytes_up: Default::default(),
            bytes_down: Default::default(),
            cut_off: false,
        })
    }

    /// With `cut`, every request fails at once as an unreachable server's
    /// does (`Connect`), and nothing leaves the phone. The sync of a session
    /// that began with the duress passcode uses this: sending stays off, and
    /// no output says why (docs/vault.md, "After a duress unlock").
    pub(crate) fn cut_off(mut self, cut: bool) -> InboxClient {
        self.cut_off = cut;
        self
    }

    /// `(bytes sent, bytes received)` in request and answer bodies so far.
    pub fn body_bytes(&self) -> (u64, u64) {
        (
            self.bytes_up.load(Ordering::Relaxed),
            self.bytes_down.load(Ordering::Relaxed),
        )
    }

    /// Uploads an envelope; returns the inbox's receipt, NOT yet verified
    /// (the caller holds the directory's receipt key).
    pub fn submit(&self, s: &Submission<'_>) -> Result<Receipt, TransportError> {
        if s.envelope.len() > wire::MAX_ENVELOPE_LEN {
            return Err(TransportError::TooLarge);
        }
        let mut headers = HeaderMap::new();
        headers.insert(
            CONTENT_TYPE,
            HeaderValue::from_static("application/octet-stream"),
        );
        let id = HeaderValue::from_str(&s.report_id.to_hex()).map_err(|_| TransportError::Setup)?;
        headers.insert(wire::HEADER_REPORT_ID, id);
        let lookup = HeaderValue::from_str(&crate::hex::encode(&s.reply_lookup))
            .map_err(|_| TransportError::Setup)?;
        headers.insert(wire::HEADER_REPLY_LOOKUP, lookup);
        let body = self.each_endpoint(
            |base| {
                self.client
                    .post(format!("{base}{}", wire::SUBMIT_PATH))
                    .headers(headers.clone())
                    .body(s.envelope.to_vec())
            },
            s.envelope.len(),
        )?;
        serde_json::from_slice(&body).map_err(|_| TransportError::Malformed)
    }

    /// Asks for the reply filed under `lookup` after reply `after` (`None`:
    /// the first). The request and the answer have the same sizes whether
    /// the lookup id is a report's or cover, and whether a reply comes back.
    pub fn fetch_reply(
        &self,
        lookup: &[u8; 32],
        after: Option<&[u8; 16]>,
    ) -> Result<Option<wire::ReplyItem>, TransportError> {
        let request = wire::FetchRepliesRequest::new(lookup, after);
        let json = serde_json::to_vec(&request).map_err(|_| TransportError::Setup)?;
        let body = self.each_endpoint(
            |base| {
                self.client
                    .post(format!("{base}{}", wire::REPLIES_PATH))
                    .header(CONTENT_TYPE, "application/json")
                    .body(json.clone())
            },
            json.len(),
        )?;
        let replies: RepliesResponse =
            serde_json::from_slice(&body).map_err(|_| TransportError::Malformed)?;
        replies.check().map_err(|e| match e {
            wire::WireError::TooLarge => TransportError::TooLarge,
            _ => TransportError::Malformed,
        })?;
        Ok(replies.replies.into_iter().next())
    }

    /// Fetches the NGO's signed directory entry, NOT yet verified.
    pub fn fetch_directory(&self) -> Result<SignedDirectory, TransportError> {
        let body = self.each_endpoint(
            |base| self.client.get(format!("{base}{}", wire::DIRECTORY_PATH)),
            0,
        )?;
        serde_json::from_slice(&body).map_err(|_| TransportError::Malformed)
    }

    /// Sends the request built by `make` to each endpoint in turn until one
    /// answers over HTTP; returns that answer's body (2xx only).
    fn each_endpoint(
        &self,
        make: impl Fn(&str) -> reqwest::RequestBuilder,
        upload_len: usize,
    ) -> Result<Vec<u8>, TransportError> {
        if self.cut_off {
            return Err(TransportError::Connect);
        }
        let mut last = TransportError::NoEndpoint;
        for base in &self.endpoints {
            self.cert_failures.reset();
            self.bytes_up
                .fetch_add(upload_len as u64, Ordering::Relaxed);
            let result = self.runtime.block_on(async {
                let response = make(base).send().await.map_err(|e| self.classify(&e))?;
                let status = response.status().as_u16();
                let body =
                    read_limited(response, wire::MAX_JSON_LEN)
                        .await
                        .map_err(|e| match e {
                            ReadError::TooLarge => TransportError::TooLarge,
                            ReadError::Http(e) => self.classify(&e),
                        })?;
                Ok::<_, TransportError>((status, body))
            });
            match result {
                Ok((status, body)) => {
                    self.bytes_down
                        .fetch_add(body.len() as u64, Ordering::Relaxed);
                    return match status {
                        200..=299 => Ok(body),
                        413 => Err(TransportError::TooLarge),
                        429 => Err(TransportError::RateLimited),
                        500..=599 => Err(TransportError::Server(status)),
                        other => Err(TransportError::Refused(other)),
                    };
                }
                Err(e) if e.try_next_endpoint() => last = e,
                Err(e) => return Err(e),
            }
        }
        Err(last)
    }

    fn classify(&self, e: &reqwest::Error) -> TransportError {
        if self.cert_failures.pin.load(Ordering::SeqCst) {
            return TransportError::PinMismatch;
        }
        if self.cert_failures.chain.load(Ordering::SeqCst) {
            return TransportError::Tls;
        }
        if e.is_timeout() {
            return TransportError::Timeout;
        }
        if has_source::<rustls::Error>(e) {
            return TransportError::Tls;
        }
        if e.is_builder() {
            return TransportError::Setup;
        }
        if e.is_connect() {
            return TransportError::Connect;
        }
        // Reset or closed mid-way, or an answer that is not HTTP at all.
        TransportError::Interrupted
    }
}

fn has_source<T: std::error::Error + 'static>(e: &(dyn std::error::Error + 'static)) -> bool {
    let mut current = Some(e);
    while let Some(err) = current {
        if err.is::<T>() {
            return true;
        }
        // io::Error wraps the rustls error in its payload.
        if let Some(io) = err.downcast_ref::<std::io::Error>() {
            if io.get_ref().is_some_and(|inner| inner.is::<T>()) {
                return true;
            }
        }
        current = err.source();
    }
    false
}

enum ReadError {
    TooLarge,
    Http(reqwest::Error),
}

/// Reads a body, refusing it as soon as it passes `limit` bytes (by its
/// Content-Length, or while streaming when there is none).
async fn read_limited(mut response: reqwest::Response, limit: usize) -> Result<Vec<u8>, ReadError> {
    if response.content_length().is_some_and(|n| n > limit as u64) {
        return Err(ReadError::TooLarge);
    }
    let mut out = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(ReadError::Http)? {
        if out.len() + chunk.len() > limit {
            return Err(ReadError::TooLarge);
        }
        out.extend_from_slice(&chunk);
    }
    Ok(out)
}

#[allow(dead_code)]
fn assert_thread_safe() {
    fn is<T: Send + Sync>() {}
    is::<InboxClient>();
}
