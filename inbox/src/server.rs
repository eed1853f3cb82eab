//! The inbox's HTTP API (`waymark_core::sync::wire`, `docs/sync-api.md`).
//!
//! What it knows about a client is the envelope and its two ids. The peer
//! address is used only in memory, salted and hashed, for rate limiting
//! (`ratelimit`); the User-Agent is never read. Nothing is logged per
//! request unless the log level is `debug` (then the route and status,
//! never a time or duration).
//!
//! The server cannot tell a dummy send from a report, nor a cover poll from
//! a real one: it does the same work and gives the same answer for both
//! (`inbox/tests/server.rs`, `core/tests/sync_traffic.rs`).

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::Datelike;
use http_body_util::BodyExt;
use tokio::net::TcpListener;
use waymark_core::content::keys::{PublicKey, SigningKey};
use waymark_core::sync::wire::{
    self, ErrorBody, PullResponse, PulledEnvelope, Receipt, RepliesResponse, ReplyItem,
    SignedDirectory, MAX_REPLIES,
};

use crate::connection::{self, ConnectionLimits, OpenConnections};
use crate::metrics::{Metrics, Submission};
use crate::ratelimit::{RateLimit, RateLimiter};
use crate::request::{self, RequestError};
use crate::store::{Ingest, NewEnvelope, Retention, Store, StoreError};
use crate::InboxError;

/// How long a client may take to send a whole body.
pub const BODY_TIMEOUT: Duration = Duration::from_secs(30);
/// How often retention runs.
const PURGE_EVERY: Duration = Duration::from_secs(3600);

/// What a running inbox needs besides its store. The NGO's private keys are
/// not here: only the receipt-signing key, the hash of the NGO's token and
/// the already signed directory entry.
pub struct Settings {
    /// PKCS#8 of the Ed25519 key that signs receipts.
    pub receipt_key_pkcs8: zeroize::Zeroizing<Vec<u8>>,
    /// SHA-256 of the NGO's bearer token.
    pub ngo_token_sha256: [u8; 32],
    pub directory: SignedDirectory,
    /// The NGO's directory key; when given, the directory's signature is
    /// checked at start.
    pub directory_public_key: Option<PublicKey>,
    pub submit_limit: RateLimit,
    pub replies_limit: RateLimit,
    /// A header set by a trusted reverse proxy with the client's address
    /// (used for rate limiting only). `None`: the TCP peer.
    pub client_ip_header: Option<String>,
    /// Open connections, header-read and idle timeouts.
    pub connections: ConnectionLimits,
    /// When pulled envelopes are deleted.
    pub retention: Retention,
    /// Bytes of envelopes and replies at which new envelopes are refused
    /// (507 `storage_full`) instead of filling the disk.
    pub quota_bytes: u64,
    /// How long a measured usage is trusted before it is measured again
    /// (ingests in between are added to it).
    pub quota_recheck: Duration,
    /// Whether `/metrics` answers at all (behind the NGO's token).
    pub metrics: bool,
}

/// Default quota: 4 GiB (a million 4 KiB envelopes). Set it below the free
/// space of the server's disk.
pub const DEFAULT_QUOTA_BYTES: u64 = 4 << 30;

impl Settings {
    /// Settings with the defaults for everything but the keys and the
    /// directory: no rate limits (tests, benchmarks; `inbox.toml` has its
    /// own defaults).
    pub fn new(
        receipt_key_pkcs8: zeroize::Zeroizing<Vec<u8>>,
        ngo_token_sha256: [u8; 32],
        directory: SignedDirectory,
    ) -> Settings {
        Settings {
            receipt_key_pkcs8,
            ngo_token_sha256,
            directory,
            directory_public_key: None,
            submit_limit: RateLimit::OFF,
            replies_limit: RateLimit::OFF,
            client_ip_header: None,
            connections: ConnectionLimits::default(),
            retention: Retention::default(),
            quota_bytes: DEFAULT_QUOTA_BYTES,
            quota_recheck: Duration::from_secs(5),
            metrics: false,
        }
    }
}

/// The shared state of every request.
pub struct Inbox {
    store: Arc<dyn Store>,
    receipt_key: SigningKey,
    directory_json: Vec<u8>,
    hpke_key_id: [u8; 8],
    max_envelope_len: usize,
    token_sha256: [u8; 32],
    submit_limiter: RateLimiter,
    replies_limiter: RateLimiter,
    client_ip_header: Option<HeaderName>,
    metrics: Metrics,
    metrics_enabled: bool,
    connections: ConnectionLimits,
    retention: Retention,
    quota: Quota,
}

/// The store's usage as last measured, plus what was ingested since.
struct Quota {
    limit: u64,
    recheck: Duration,
    measured: tokio::sync::Mutex<Option<(Instant, u64)>>,
}

impl Quota {
    /// Whether a new envelope may be stored.
    async fn has_room(&self, store: &dyn Store) -> Result<bool, StoreError> {
        let mut measured = self.measured.lock().await;
        let used = match *measured {
            Some((at, used)) if at.elapsed() < self.recheck => used,
            _ => {
                let used = store.usage().await?;
                *measured = Some((Instant::now(), used));
                used
            }
        };
        Ok(used < self.limit)
    }

    async fn stored(&self, bytes: usize) {
        if let Some((_, used)) = self.measured.lock().await.as_mut() {
            *used = used.saturating_add(bytes as u64);
        }
    }
}

impl std::fmt::Debug for Inbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Inbox(<state>)")
    }
}

impl Inbox {
    /// Checks the settings against each other (the directory must name this
    /// receipt key and be signed by the directory key) and builds the state.
    pub fn new(settings: Settings, store: Arc<dyn Store>) -> Result<Inbox, InboxError> {
        let receipt_key = SigningKey::from_pkcs8(&settings.receipt_key_pkcs8).map_err(|_| {
            InboxError::Config {
                reason: "receipt_signing_key",
            }
        })?;
        let entry = &settings.directory.entry;
        entry.check().map_err(|_| InboxError::Config {
            reason: "directory",
        })?;
        if let Some(key) = &settings.directory_public_key {
            // Expiry is the phones' business; the signature must hold.
            settings
                .directory
                .verify(key, "0000-01-01")
                .map_err(|_| InboxError::Config {
                    reason: "directory signature",
                })?;
        }
        if entry.receipt_key != receipt_key.public_key().to_hex() {
            return Err(InboxError::Config {
                reason: "directory receipt_key does not match receipt_signing_key",
            });
        }
        let hpke = waymark_core::hex::decode(&entry.hpke_public_key)
            .and_then(|b| <[u8; 32]>::try_from(b).ok())
            .ok_or(InboxError::Config {
                reason: "directory",
            })?;
        let client_ip_header = match &settings.client_ip_header {
            None => None,
            Some(name) => {
                Some(
                    HeaderName::try_from(name.as_str()).map_err(|_| InboxError::Config {
                        reason: "client_ip_header",
                    })?,
                )
            }
        };
        let directory_json =
            serde_json::to_vec(&settings.directory).map_err(|_| InboxError::Config {
                reason: "directory",
            })?;
        Ok(Inbox {
            store,
            hpke_key_id: waymark_core::envelope::header::key_id(&hpke),
            max_envelope_len: entry.max_envelope_len as usize,
            receipt_key,
            directory_json,
            token_sha256: settings.ngo_token_sha256,
            submit_limiter: RateLimiter::new(settings.submit_limit),
            replies_limiter: RateLimiter::new(settings.replies_limit),
            client_ip_header,
            metrics: Metrics::default(),
            metrics_enabled: settings.metrics,
            connections: settings.connections,
            retention: settings.retention,
            quota: Quota {
                limit: settings.quota_bytes,
                recheck: settings.quota_recheck,
                measured: tokio::sync::Mutex::new(None),
            },
        })
    }

    pub fn metrics(&self) -> &Metrics {
        &self.metrics
    }

    /// Applies retention as of `today` (`YYYY-MM-DD`); the server does this
    /// at start and every hour with the real day.
    pub async fn purge(&self, today: &str) -> Result<crate::store::Purged, StoreError> {
        let purged = self.store.purge(self.retention, today).await?;
        // Usage changed: measure again before the next decision.
        *self.quota.measured.lock().await = None;
        Ok(purged)
    }
}

/// The client's TCP address, set by the accept loop (`connection`). Only
/// the rate limiter ever sees it.
#[derive(Clone, Copy)]
pub struct Peer(pub IpAddr);

/// Every route of the API.
pub fn router(inbox: Arc<Inbox>) -> Router {
    Router::new()
        .route(wire::SUBMIT_PATH, post(submit))
        .route(wire::REPLIES_PATH, post(fetch_replies))
        .route(wire::DIRECTORY_PATH, get(directory))
        .route(wire::NGO_ENVELOPES_PATH, get(ngo_pull))
        .route(wire::NGO_REPLIES_PATH, post(ngo_reply))
        .route(wire::HEALTH_PATH, get(health))
        .route(wire::METRICS_PATH, get(metrics))
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(Arc::clone(&inbox), observe))
        .with_state(inbox)
}

/// A server on a listener, until [`RunningInbox::stop`].
pub struct RunningInbox {
    pub addr: SocketAddr,
    shutdown: Option<tokio::sync::watch::Sender<bool>>,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
    purger: tokio::task::JoinHandle<()>,
    open: Arc<OpenConnections>,
}

impl RunningInbox {
    /// Stops accepting, lets requests in flight finish, and waits.
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(true);
        }
        self.purger.abort();
        let _ = (&mut self.task).await;
    }

    /// Waits until the server ends on its own (never, unless it fails).
    pub async fn wait(mut self) -> std::io::Result<()> {
        let _keep = self.shutdown.take();
        match (&mut self.task).await {
            Ok(result) => result,
            Err(_) => Err(std::io::Error::other("server task failed")),
        }
    }

    /// Connections open right now.
    pub fn open_connections(&self) -> usize {
        self.open.get()
    }
}

/// Serves `inbox` on a bound TCP listener (plain HTTP: loopback, a reverse
/// proxy in front, or a Tor onion service).
pub fn spawn(inbox: Arc<Inbox>, listener: TcpListener) -> std::io::Result<RunningInbox> {
    spawn_inner(inbox, listener, None)
}

/// Serves `inbox` over TLS terminated here (see `tls`).
pub fn spawn_tls(
    inbox: Arc<Inbox>,
    listener: TcpListener,
    tls: Arc<rustls::ServerConfig>,
) -> std::io::Result<RunningInbox> {
    spawn_inner(inbox, listener, Some(tokio_rustls::TlsAcceptor::from(tls)))
}

fn spawn_inner(
    inbox: Arc<Inbox>,
    listener: TcpListener,
    tls: Option<tokio_rustls::TlsAcceptor>,
) -> std::io::Result<RunningInbox> {
    let addr = listener.local_addr()?;
    let (tx, rx) = tokio::sync::watch::channel(false);
    let open = Arc::new(OpenConnections::default());
    let limits = inbox.connections;
    let app = router(Arc::clone(&inbox));
    let task = tokio::spawn(connection::serve(
        listener,
        tls,
        app,
        limits,
        Arc::clone(&open),
        rx,
    ));
    let purger = tokio::spawn(async move {
        loop {
            if let Err(e) = inbox.purge(&today().0).await {
                inbox.metrics.storage_error();
                tracing::warn!(target: "waymark_inbox::store", error = %e, "retention failed");
            }
            tokio::time::sleep(PURGE_EVERY).await;
        }
    });
    Ok(RunningInbox {
        addr,
        shutdown: Some(tx),
        task,
        purger,
        open,
    })
}

// ------------------------------------------------------------------ errors

/// An API error: a status and a stable code from [`ErrorBody`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ApiError {
    Malformed,
    TooLarge,
    RateLimited(Duration),
    Unauthorized,
    Conflict,
    NotFound,
    Unavailable,
    /// The quota is reached: new envelopes wait until retention frees room.
    Full,
}

impl From<RequestError> for ApiError {
    fn from(e: RequestError) -> Self {
        match e {
            RequestError::Malformed => ApiError::Malformed,
            RequestError::TooLarge => ApiError::TooLarge,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code) = match self {
            ApiError::Malformed => (StatusCode::BAD_REQUEST, "malformed"),
            ApiError::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "too_large"),
            ApiError::RateLimited(_) => (StatusCode::TOO_MANY_REQUESTS, "rate_limited"),
            ApiError::Unauthorized => (StatusCode::UNAUTHORIZED, "unauthorized"),
            ApiError::Conflict => (StatusCode::CONFLICT, "conflict"),
            ApiError::NotFound => (StatusCode::NOT_FOUND, "not_found"),
            ApiError::Unavailable => (StatusCode::SERVICE_UNAVAILABLE, "unavailable"),
            ApiError::Full => (StatusCode::INSUFFICIENT_STORAGE, "storage_full"),
        };
        let mut response = (
            status,
            Json(ErrorBody {
                error: code.to_owned(),
            }),
        )
            .into_response();
        if let ApiError::RateLimited(wait) = self {
            let secs = wait.as_secs_f64().ceil().max(1.0) as u64;
            if let Ok(v) = HeaderValue::from_str(&secs.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, v);
            }
        }
        if let ApiError::Unauthorized = self {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}

fn store_error(inbox: &Inbox, e: StoreError) -> ApiError {
    match e {
        StoreError::UnknownReport => ApiError::NotFound,
        StoreError::TooManyReplies => ApiError::Conflict,
        StoreError::Unavailable | StoreError::Failed { .. } | StoreError::SchemaTooNew { .. } => {
            inbox.metrics.storage_error();
            tracing::warn!(target: "waymark_inbox::store", error = %e, "storage error");
            ApiError::Unavailable
        }
    }
}

// --------------------------------------------------------------- helpers

/// Today (UTC) as `YYYY-MM-DD` and as a day number for the rate limiter.
fn today() -> (String, i64) {
    let date = chrono::Utc::now().date_naive();
    (
        date.format("%Y-%m-%d").to_string(),
        i64::from(date.num_days_from_ce()),
    )
}

fn rate_check(
    limiter: &RateLimiter,
    inbox: &Inbox,
    peer: IpAddr,
    headers: &HeaderMap,
) -> Result<(), ApiError> {
    let client = request::client_address(peer, headers, inbox.client_ip_header.as_ref());
    limiter
        .check(client, Instant::now(), today().1)
        .map_err(ApiError::RateLimited)
}

fn authorize(inbox: &Inbox, headers: &HeaderMap) -> Result<(), ApiError> {
    if request::token_matches(request::bearer_token(headers), &inbox.token_sha256) {
        Ok(())
    } else {
        inbox.metrics.unauthorized();
        Err(ApiError::Unauthorized)
    }
}

/// Reads a body of at most `max` bytes. A declared `Content-Length` above it
/// is refused before reading; a body that grows past it is cut off.
async fn read_body(headers: &HeaderMap, body: Body, max: usize) -> Result<Vec<u8>, ApiError> {
    let declared = request::declared_length(headers)?;
    if declared.is_some_and(|n| n > max as u64) {
        return Err(ApiError::TooLarge);
    }
    let read = async {
        let mut body = body;
        let mut buf = Vec::with_capacity(declared.unwrap_or(0).min(max as u64) as usize);
        while let Some(frame) = body.frame().await {
            let frame = frame.map_err(|_| ApiError::Malformed)?;
            if let Ok(data) = frame.into_data() {
                if buf.len() + data.len() > max {
                    return Err(ApiError::TooLarge);
                }
                buf.extend_from_slice(&data);
            }
        }
        Ok(buf)
    };
    tokio::time::timeout(BODY_TIMEOUT, read)
        .await
        .map_err(|_| ApiError::Malformed)?
}

// -------------------------------------------------------------- handlers

async fn submit(
    State(inbox): State<Arc<Inbox>>,
    ConnectInfo(Peer(peer)): ConnectInfo<Peer>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let result = submit_inner(&inbox, peer, &headers, body).await;
    let outcome = match &result {
        Ok(_) => Submission::Accepted,
        Err(ApiError::Conflict) => Submission::Conflict,
        Err(ApiError::TooLarge) => Submission::TooLarge,
        Err(ApiError::RateLimited(_)) => Submission::RateLimited,
        Err(ApiError::Full) => Submission::Full,
        Err(ApiError::Unavailable) => Submission::Failed,
        Err(_) => Submission::Malformed,
    };
    inbox.metrics.submission(outcome);
    match result {
        Ok(receipt) => Json(receipt).into_response(),
        Err(e) => e.into_response(),
    }
}

/// Every envelope that passes the checks is stored durably and answered
/// with a receipt: a report and a dummy are the same bytes to the server.
async fn submit_inner(
    inbox: &Inbox,
    peer: IpAddr,
    headers: &HeaderMap,
    body: Body,
) -> Result<Receipt, ApiError> {
    rate_check(&inbox.submit_limiter, inbox, peer, headers)?;
    let ids = request::parse_submit_headers(headers)?;
    let bytes = read_body(headers, body, inbox.max_envelope_len).await?;
    request::check_envelope(&bytes, &inbox.hpke_key_id, inbox.max_envelope_len)?;
    let (day, _) = today();
    let room = inbox
        .quota
        .has_room(inbox.store.as_ref())
        .await
        .map_err(|e| store_error(inbox, e))?;
    let new = NewEnvelope {
        report_id: ids.report_id,
        lookup_id: ids.lookup_id,
        sha256: wire::sha256(&bytes),
        day,
        bytes,
    };
    let digest_input = new.bytes.clone();
    match inbox
        .store
        .ingest(new, room)
        .await
        .map_err(|e| store_error(inbox, e))?
    {
        Ingest::Stored { day } => {
            inbox.quota.stored(digest_input.len()).await;
            Ok(Receipt::sign(
                &inbox.receipt_key,
                &ids.report_id,
                &digest_input,
                &day,
            ))
        }
        Ingest::Duplicate { day } => Ok(Receipt::sign(
            &inbox.receipt_key,
            &ids.report_id,
            &digest_input,
            &day,
        )),
        Ingest::Conflict => Err(ApiError::Conflict),
        Ingest::Full => Err(ApiError::Full),
    }
}

/// The next reply after the one the phone names, padded to
/// `wire::REPLIES_ANSWER_LEN` bytes: a known lookup id, an unknown one, a
/// reply or none all get an answer of the same size after the same query.
async fn fetch_replies(
    State(inbox): State<Arc<Inbox>>,
    ConnectInfo(Peer(peer)): ConnectInfo<Peer>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    if let Err(e) = rate_check(&inbox.replies_limiter, &inbox, peer, &headers) {
        inbox.metrics.replies_rate_limited();
        return Err(e);
    }
    let body = read_body(&headers, body, request::MAX_FETCH_BODY).await?;
    let (lookup, after) = request::parse_fetch_replies(&body)?;
    let reply = inbox
        .store
        .reply_after(lookup, after)
        .await
        .map_err(|e| store_error(&inbox, e))?;
    let answer = RepliesResponse {
        replies: reply
            .into_iter()
            .map(|r| ReplyItem {
                id: waymark_core::hex::encode(&r.id),
                day: r.day,
                sealed: r.sealed,
            })
            .collect(),
    };
    // Only a reply stored before replies were limited to one small bucket
    // can fail to fit; it is never sent (the answer's size must not vary).
    let padded = answer
        .to_padded_json()
        .or_else(|| RepliesResponse { replies: vec![] }.to_padded_json())
        .ok_or(ApiError::Unavailable)?;
    Ok(([(header::CONTENT_TYPE, "application/json")], padded).into_response())
}

async fn directory(State(inbox): State<Arc<Inbox>>) -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, "max-age=300"),
        ],
        inbox.directory_json.clone(),
    )
        .into_response()
}

async fn ngo_pull(
    State(inbox): State<Arc<Inbox>>,
    headers: HeaderMap,
    uri: axum::http::Uri,
) -> Result<Json<PullResponse>, ApiError> {
    authorize(&inbox, &headers)?;
    let query = request::parse_pull_query(uri.query())?;
    let envelopes = inbox
        .store
        .pull(query.after, query.limit, &today().0)
        .await
        .map_err(|e| store_error(&inbox, e))?;
    inbox.metrics.pulled(envelopes.len());
    let next_after = envelopes.last().map_or(query.after, |e| e.seq);
    Ok(Json(PullResponse {
        envelopes: envelopes
            .into_iter()
            .map(|e| PulledEnvelope {
                seq: e.seq,
                report_id: waymark_core::hex::encode(&e.report_id),
                day: e.day,
                envelope: e.bytes,
            })
            .collect(),
        next_after,
    }))
}

/// Answer to `POST /v1/ngo/replies`: the new reply's id.
#[derive(serde::Serialize, serde::Deserialize)]
pub struct PostedReply {
    pub id: String,
}

async fn ngo_reply(
    State(inbox): State<Arc<Inbox>>,
    headers: HeaderMap,
    body: Body,
) -> Result<(StatusCode, Json<PostedReply>), ApiError> {
    authorize(&inbox, &headers)?;
    let body = read_body(&headers, body, request::MAX_POST_REPLY_BODY).await?;
    let (report_id, sealed) = request::parse_post_reply(&body)?;
    let mut reply_id = [0u8; 16];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut reply_id)
        .map_err(|_| ApiError::Unavailable)?;
    inbox
        .store
        .add_reply(report_id, reply_id, today().0, sealed, MAX_REPLIES)
        .await
        .map_err(|e| store_error(&inbox, e))?;
    inbox.metrics.reply_posted();
    Ok((
        StatusCode::CREATED,
        Json(PostedReply {
            id: waymark_core::hex::encode(&reply_id),
        }),
    ))
}

async fn health(State(inbox): State<Arc<Inbox>>) -> Response {
    match inbox.store.check().await {
        Ok(()) => (StatusCode::OK, "ok\n").into_response(),
        Err(_) => ApiError::Unavailable.into_response(),
    }
}

/// Off unless the config turns it on; then only with the NGO's token.
async fn metrics(State(inbox): State<Arc<Inbox>>, headers: HeaderMap) -> Response {
    if !inbox.metrics_enabled {
        return ApiError::NotFound.into_response();
    }
    if let Err(e) = authorize(&inbox, &headers) {
        return e.into_response();
    }
    let up = inbox.store.check().await.is_ok();
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        inbox.metrics.render(up),
    )
        .into_response()
}

async fn not_found() -> ApiError {
    ApiError::NotFound
}

/// The route's name for logs and metrics, from the path alone (the query,
/// which the NGO's pull uses, is never looked at).
fn route_name(path: &str) -> &'static str {
    match path {
        wire::SUBMIT_PATH => "submit",
        wire::REPLIES_PATH => "replies",
        wire::DIRECTORY_PATH => "directory",
        wire::NGO_ENVELOPES_PATH => "ngo_pull",
        wire::NGO_REPLIES_PATH => "ngo_reply",
        wire::HEALTH_PATH => "health",
        wire::METRICS_PATH => "metrics",
        _ => "other",
    }
}

/// Counts the request, marks the answer as not cacheable, and logs route,
/// method and status at `debug` only (never a time or a duration: a
/// per-request line is a record of when someone sent something).
async fn observe(State(inbox): State<Arc<Inbox>>, req: Request, next: Next) -> Response {
    let route = route_name(req.uri().path());
    let method = req.method().as_str().to_owned();
    let mut response = next.run(req).await;
    let status = response.status().as_u16();
    inbox.metrics.request(route, status);
    if route != "directory" {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    tracing::debug!(
        target: "waymark_inbox::request",
        route,
        method = %method,
        status,
    );
    response
}
