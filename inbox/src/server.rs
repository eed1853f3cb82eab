//! The inbox's HTTP API (`waymark_core::sync::wire`, `docs/sync-api.md`).
//!
//! What it knows about a client is the envelope and its two ids. The peer
//! address is used only in memory, salted and hashed, for rate limiting
//! (`ratelimit`); the User-Agent is never read. The request log has the
//! route, the status and the duration, nothing else.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::connect_info::Connected;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::serve::IncomingStream;
use axum::{Json, Router};
use chrono::Datelike;
use http_body_util::BodyExt;
use tokio::net::TcpListener;
use waymark_core::content::keys::{PublicKey, SigningKey};
use waymark_core::sync::wire::{
    self, ErrorBody, PullResponse, PulledEnvelope, Receipt, RepliesResponse, ReplyItem,
    SignedDirectory, MAX_REPLIES,
};

use crate::metrics::{Metrics, Submission};
use crate::ratelimit::{RateLimit, RateLimiter};
use crate::request::{self, RequestError};
use crate::store::{Ingest, NewEnvelope, Store, StoreError};
use crate::tls::TlsListener;
use crate::InboxError;

/// How long a client may take to send a whole body.
const BODY_TIMEOUT: Duration = Duration::from_secs(30);

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
        })
    }

    pub fn metrics(&self) -> &Metrics {
        &self.metrics
    }
}

/// The client's TCP address, as a connection-info extractor for plain and
/// TLS listeners. Only the rate limiter ever sees it.
#[derive(Clone, Copy)]
pub struct Peer(pub IpAddr);

impl Connected<IncomingStream<'_, TcpListener>> for Peer {
    fn connect_info(stream: IncomingStream<'_, TcpListener>) -> Self {
        Peer(stream.remote_addr().ip())
    }
}

impl Connected<IncomingStream<'_, TlsListener>> for Peer {
    fn connect_info(stream: IncomingStream<'_, TlsListener>) -> Self {
        Peer(stream.remote_addr().ip())
    }
}

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
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl RunningInbox {
    /// Stops accepting, lets requests in flight finish, and waits.
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        let _ = self.task.await;
    }

    /// Waits until the server ends on its own (never, unless it fails).
    pub async fn wait(mut self) -> std::io::Result<()> {
        let _keep = self.shutdown.take();
        match (&mut self.task).await {
            Ok(result) => result,
            Err(_) => Err(std::io::Error::other("server task failed")),
        }
    }
}

/// Serves `inbox` on a bound TCP listener (plain HTTP: loopback, a reverse
/// proxy in front, or a Tor onion service).
pub fn spawn(inbox: Arc<Inbox>, listener: TcpListener) -> std::io::Result<RunningInbox> {
    let addr = listener.local_addr()?;
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let app = router(inbox).into_make_service_with_connect_info::<Peer>();
    let task = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = rx.await;
            })
            .await
    });
    Ok(RunningInbox {
        addr,
        shutdown: Some(tx),
        task,
    })
}

/// Serves `inbox` over TLS terminated here (see `tls`).
pub fn spawn_tls(inbox: Arc<Inbox>, listener: TlsListener) -> std::io::Result<RunningInbox> {
    let addr = axum::serve::Listener::local_addr(&listener)?;
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let app = router(inbox).into_make_service_with_connect_info::<Peer>();
    let task = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = rx.await;
            })
            .await
    });
    Ok(RunningInbox {
        addr,
        shutdown: Some(tx),
        task,
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
        Err(ApiError::Unavailable) => Submission::Failed,
        Err(_) => Submission::Malformed,
    };
    inbox.metrics.submission(outcome);
    match result {
        Ok(receipt) => Json(receipt).into_response(),
        Err(e) => e.into_response(),
    }
}

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
    if ids.dummy {
        // Same answer as a real send, nothing stored; the lookup costs about
        // what a real insert's duplicate check does.
        inbox
            .store
            .contains(ids.report_id)
            .await
            .map_err(|e| store_error(inbox, e))?;
        return Ok(Receipt::sign(
            &inbox.receipt_key,
            &ids.report_id,
            &bytes,
            &day,
        ));
    }
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
        .ingest(new)
        .await
        .map_err(|e| store_error(inbox, e))?
    {
        Ingest::Stored { day } | Ingest::Duplicate { day } => Ok(Receipt::sign(
            &inbox.receipt_key,
            &ids.report_id,
            &digest_input,
            &day,
        )),
        Ingest::Conflict => Err(ApiError::Conflict),
    }
}

async fn fetch_replies(
    State(inbox): State<Arc<Inbox>>,
    ConnectInfo(Peer(peer)): ConnectInfo<Peer>,
    headers: HeaderMap,
    body: Body,
) -> Result<Json<RepliesResponse>, ApiError> {
    if let Err(e) = rate_check(&inbox.replies_limiter, &inbox, peer, &headers) {
        inbox.metrics.replies_rate_limited();
        return Err(e);
    }
    let body = read_body(&headers, body, request::MAX_FETCH_BODY).await?;
    let lookup = request::parse_fetch_replies(&body)?;
    let replies = inbox
        .store
        .replies(lookup, MAX_REPLIES)
        .await
        .map_err(|e| store_error(&inbox, e))?;
    Ok(Json(RepliesResponse {
        replies: replies
            .into_iter()
            .map(|r| ReplyItem {
                id: waymark_core::hex::encode(&r.id),
                day: r.day,
                sealed: r.sealed,
            })
            .collect(),
    }))
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
        .pull(query.after, query.limit)
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

async fn metrics(State(inbox): State<Arc<Inbox>>) -> Response {
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

/// Logs one line per request (route, method, status, milliseconds), counts
/// it, and marks answers as not cacheable.
async fn observe(State(inbox): State<Arc<Inbox>>, req: Request, next: Next) -> Response {
    let route = route_name(req.uri().path());
    let method = req.method().as_str().to_owned();
    let start = Instant::now();
    let mut response = next.run(req).await;
    let status = response.status().as_u16();
    inbox.metrics.request(route, status);
    if route != "directory" {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    tracing::info!(
        target: "waymark_inbox::request",
        route,
        method = %method,
        status,
        ms = start.elapsed().as_millis() as u64,
    );
    response
}
