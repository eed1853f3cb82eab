//! The inbox's accept loop: what a connection may cost the server.
//!
//! `axum::serve` has no timer, so a client that opens a connection and sends
//! half a request line holds it forever; a few hundred of them starve the
//! server. Here every connection is served by hyper with:
//!
//! - a **cap** on open connections ([`ConnectionLimits::max_connections`]):
//!   at the cap the loop stops accepting, so new clients wait in the
//!   kernel's backlog (they are not refused) until a slot frees;
//! - a **header-read timeout**: the request head (and, on a kept-alive
//!   connection, the wait for the next one) must arrive within it;
//! - an **idle timeout**: a connection on which no byte moves either way for
//!   that long is dropped (a client that stops reading its answer, a
//!   stalled TLS handshake);
//! - a **TLS handshake timeout** when the inbox terminates TLS itself.
//!
//! Request bodies have their own limit (`server::BODY_TIMEOUT`).
//! `inbox/tests/connections.rs` holds hundreds of half-open connections and
//! checks that they are dropped while honest clients are served.

use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::extract::ConnectInfo;
use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpListener;
use tokio::sync::{watch, Semaphore};
use tower::ServiceExt as _;

use crate::server::Peer;

/// Limits on what one connection may hold. All configurable
/// (`[connections]` in inbox.toml).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConnectionLimits {
    /// Most connections open at once.
    pub max_connections: usize,
    /// Longest wait for a whole request head.
    pub header_read_timeout: Duration,
    /// Longest time with no byte read or written.
    pub idle_timeout: Duration,
    /// Longest TLS handshake (when the inbox terminates TLS).
    pub tls_handshake_timeout: Duration,
}

impl Default for ConnectionLimits {
    /// A phone's request is small and quick; Tor adds seconds, not tens.
    fn default() -> Self {
        ConnectionLimits {
            max_connections: 256,
            header_read_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(30),
            tls_handshake_timeout: Duration::from_secs(10),
        }
    }
}

/// How many connections are open now (tests and the cap's proof).
#[derive(Debug, Default)]
pub struct OpenConnections(AtomicUsize);

impl OpenConnections {
    pub fn get(&self) -> usize {
        self.0.load(Ordering::SeqCst)
    }
}

/// Decrements the count when a connection ends, however it ends.
struct Counted(Arc<OpenConnections>);

impl Drop for Counted {
    fn drop(&mut self) {
        self.0 .0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Accepts and serves connections until `shutdown` turns true, then lets
/// the requests in flight finish.
pub(crate) async fn serve(
    listener: TcpListener,
    tls: Option<tokio_rustls::TlsAcceptor>,
    app: Router,
    limits: ConnectionLimits,
    open: Arc<OpenConnections>,
    mut shutdown: watch::Receiver<bool>,
) -> std::io::Result<()> {
    let slots = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let mut tasks = tokio::task::JoinSet::new();
    loop {
        while tasks.try_join_next().is_some() {}
        // Wait for a free slot before accepting: at the cap, new clients
        // wait in the backlog instead of being refused.
        let permit = tokio::select! {
            permit = Arc::clone(&slots).acquire_owned() => match permit {
                Ok(p) => p,
                Err(_) => break,
            },
            _ = shutdown.changed() => break,
        };
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = shutdown.changed() => break,
        };
        let (stream, peer) = match accepted {
            Ok(pair) => pair,
            Err(_) => {
                // Out of file descriptors and the like: back off.
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        open.0.fetch_add(1, Ordering::SeqCst);
        let counted = Counted(Arc::clone(&open));
        let (tls, app, shutdown) = (tls.clone(), app.clone(), shutdown.clone());
        tasks.spawn(async move {
            let _slot = permit;
            let _counted = counted;
            let activity = Arc::new(Activity::new());
            let io = Watched {
                inner: stream,
                activity: Arc::clone(&activity),
            };
            match tls {
                None => connection(io, peer, app, limits, activity, shutdown).await,
                Some(acceptor) => {
                    let handshake =
                        tokio::time::timeout(limits.tls_handshake_timeout, acceptor.accept(io));
                    if let Ok(Ok(tls)) = handshake.await {
                        connection(tls, peer, app, limits, activity, shutdown).await;
                    }
                }
            }
        });
    }
    drop(listener);
    while tasks.join_next().await.is_some() {}
    Ok(())
}

/// Serves HTTP/1.1 on one connection until it ends, idles out or the
/// server stops (then after the request in flight).
async fn connection<I>(
    io: I,
    peer: SocketAddr,
    app: Router,
    limits: ConnectionLimits,
    activity: Arc<Activity>,
    mut shutdown: watch::Receiver<bool>,
) where
    I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let service = hyper::service::service_fn(move |mut request: axum::http::Request<_>| {
        // Only the rate limiter ever reads it.
        request
            .extensions_mut()
            .insert(ConnectInfo(Peer(peer.ip())));
        app.clone().oneshot(request)
    });
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_read_timeout)
        .keep_alive(true);
    let conn = builder.serve_connection(TokioIo::new(io), service);
    tokio::pin!(conn);
    let mut stopping = *shutdown.borrow();
    if stopping {
        conn.as_mut().graceful_shutdown();
    }
    loop {
        tokio::select! {
            _ = conn.as_mut() => return,
            () = activity.idle_for(limits.idle_timeout) => return,
            changed = shutdown.changed(), if !stopping => {
                stopping = true;
                if changed.is_err() || *shutdown.borrow() {
                    conn.as_mut().graceful_shutdown();
                }
            }
        }
    }
}

/// When a byte last moved on a connection.
struct Activity {
    start: Instant,
    /// Milliseconds after `start`.
    last: AtomicU64,
}

impl Activity {
    fn new() -> Activity {
        Activity {
            start: Instant::now(),
            last: AtomicU64::new(0),
        }
    }

    fn touch(&self) {
        let now = self.start.elapsed().as_millis() as u64;
        self.last.store(now, Ordering::Relaxed);
    }

    /// Resolves once nothing has moved for `limit`.
    async fn idle_for(&self, limit: Duration) {
        loop {
            let last = self.start + Duration::from_millis(self.last.load(Ordering::Relaxed));
            let deadline = last + limit;
            if Instant::now() >= deadline {
                return;
            }
            tokio::time::sleep_until(deadline.into()).await;
        }
    }
}

/// A stream that records when bytes move.
struct Watched<T> {
    inner: T,
    activity: Arc<Activity>,
}

impl<T: AsyncRead + Unpin> AsyncRead for Watched<T> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let result = Pin::new(&mut self.inner).poll_read(cx, buf);
        if buf.filled().len() > before {
            self.activity.touch();
        }
        result
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for Watched<T> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        let result = Pin::new(&mut self.inner).poll_write(cx, data);
        if matches!(result, Poll::Ready(Ok(n)) if n > 0) {
            self.activity.touch();
        }
        result
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}
