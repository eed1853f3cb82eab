//! Starting a server from a loaded configuration: open (and migrate) the
//! store, check the settings, bind, and serve plain HTTP or TLS.

use std::net::SocketAddr;
use std::sync::Arc;

use crate::config::Loaded;
use crate::server::{self, Inbox, RunningInbox};
use crate::{store, tls, InboxError};

/// Starts the inbox described by `loaded`, listening on `listen` (or the
/// configured address). Must run inside a tokio runtime.
pub async fn start(loaded: Loaded, listen: Option<SocketAddr>) -> Result<RunningInbox, InboxError> {
    let store = store::open(&loaded.storage).await?;
    let inbox = Arc::new(Inbox::new(loaded.settings, store)?);
    let addr = listen.unwrap_or(loaded.listen);
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|_| InboxError::Config {
            reason: "listen (address in use or not allowed)",
        })?;
    let running = match loaded.tls {
        None => server::spawn(inbox, listener),
        Some((cert, key)) => {
            let config = tls::server_config(&cert, &key)?;
            server::spawn_tls(inbox, listener, config)
        }
    };
    running.map_err(|_| InboxError::Config { reason: "listen" })
}

/// Sends the server's log to standard error, without timestamps (a log line
/// with a time says when someone sent something). At the default level
/// (`info`) there is no line per request; `debug` adds one with route,
/// method and status only (troubleshooting; journald stamps every line
/// with its time). Never an address or a user agent.
/// `WAYMARK_INBOX_LOG` = `error`, `warn`, `info` (default), `debug` or `off`.
pub fn init_logging() {
    let level = match std::env::var("WAYMARK_INBOX_LOG").as_deref() {
        Ok("off") => return,
        Ok("error") => tracing::Level::ERROR,
        Ok("warn") => tracing::Level::WARN,
        Ok("debug") => tracing::Level::DEBUG,
        Ok("trace") => tracing::Level::TRACE,
        _ => tracing::Level::INFO,
    };
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .without_time()
        .with_max_level(level)
        .try_init();
}

/// Runs the inbox until Ctrl-C or SIGTERM, on its own multi-threaded
/// runtime. `on_ready` gets the address once it listens.
pub fn serve_until_signal(
    loaded: Loaded,
    listen: Option<SocketAddr>,
    on_ready: impl FnOnce(SocketAddr),
) -> Result<(), InboxError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|_| InboxError::Config { reason: "runtime" })?;
    runtime.block_on(async {
        let running = start(loaded, listen).await?;
        on_ready(running.addr);
        shutdown_signal().await;
        running.stop().await;
        Ok(())
    })
}

/// Waits for Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(_) => {
                    let _ = tokio::signal::ctrl_c().await;
                    return;
                }
            };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {},
            _ = term.recv() => {},
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
