//! `waymark-inbox desk`: the NGO's caseworkers' web application, run on the
//! NGO's own computer next to its key file (docs/ngo-desk.md).
//!
//! It listens on a loopback address only and answers only requests whose
//! Host header names that address. A caseworker logs in with a name and the
//! key file's passphrase; the first login unlocks the key file, pulls from
//! the inbox and opens every sealed envelope in this process's memory. The
//! casework (status, assignment, notes, replies) lives in a SQLCipher file
//! keyed from the key file's secret. When the last session has been idle
//! for the idle time, the desk locks: keys and opened reports are dropped.
//!
//! Modules: `state` (lock, sessions, pulls), `casework` (the encrypted
//! store), `triage` (opened reports, filters), `reading` (a report in two
//! languages), `stats` + `svg` (the dashboard), `html` + `pages` (what the
//! browser gets), `routes` (HTTP, security headers, Host and CSRF checks),
//! `forms` and `lang` (questionnaires and localizers, cached).

pub mod casework;
pub mod forms;
pub mod html;
pub mod lang;
pub mod pages;
pub mod reading;
pub mod routes;
pub mod state;
pub mod stats;
pub mod svg;
pub mod triage;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

pub use state::Desk;

use crate::InboxError;

/// How the desk is run.
#[derive(Debug, Clone)]
pub struct DeskOptions {
    /// The NGO's encrypted key file (ngo-keys.json).
    pub keys: PathBuf,
    /// The inbox's base URL.
    pub server: String,
    /// The desk's folder: the sealed archive of pulled envelopes and the
    /// encrypted casework database.
    pub store: PathBuf,
    /// A loopback address.
    pub listen: SocketAddr,
    /// A session ends after this long without a request; the desk locks
    /// when no session is left.
    pub idle: Duration,
    /// Counts below this are shown and exported as "<N".
    pub suppress_below: u64,
    /// PEM certificate and key: serve HTTPS (and mark the cookie Secure).
    pub tls: Option<(PathBuf, PathBuf)>,
}

impl DeskOptions {
    pub const DEFAULT_IDLE: Duration = Duration::from_secs(15 * 60);
    pub const DEFAULT_SUPPRESS_BELOW: u64 = 5;
}

/// What can go wrong in the desk. Messages name what failed, never a
/// report's content, a note or a passphrase.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeskError {
    #[error("the desk listens on loopback addresses only")]
    NotLoopback,
    #[error("the key file is missing or unreadable")]
    KeyFileMissing,
    #[error("the passphrase is wrong (or the key file was altered)")]
    WrongPassphrase,
    #[error("this is not a Waymark NGO key file, or it is damaged")]
    KeyFileCorrupt,
    #[error("the inbox server could not be reached")]
    Unreachable,
    #[error("the inbox server refused the request or answered wrongly")]
    InboxRefused,
    #[error("the casework store could not be used")]
    Store,
    #[error("the casework store belongs to another key file")]
    StoreForeign,
    #[error("the casework store was made by a newer desk")]
    StoreTooNew,
    #[error("the archive of pulled envelopes could not be read")]
    Archive,
    #[error("the reply is empty or too long")]
    BadReplyText,
    #[error("no such report")]
    UnknownReport,
}

impl DeskError {
    /// The desk message that explains it.
    pub fn message_id(&self) -> &'static str {
        match self {
            DeskError::NotLoopback => "desk-error-not-loopback",
            DeskError::KeyFileMissing => "desk-error-key-file-missing",
            DeskError::WrongPassphrase => "desk-error-wrong-passphrase",
            DeskError::KeyFileCorrupt => "desk-error-key-file-corrupt",
            DeskError::Unreachable => "desk-error-unreachable",
            DeskError::InboxRefused => "desk-error-inbox-refused",
            DeskError::Store => "desk-error-store",
            DeskError::StoreForeign => "desk-error-store-foreign",
            DeskError::StoreTooNew => "desk-error-store-too-new",
            DeskError::Archive => "desk-error-archive",
            DeskError::BadReplyText => "desk-error-reply-text",
            DeskError::UnknownReport => "desk-error-unknown-report",
        }
    }
}

impl From<InboxError> for DeskError {
    fn from(e: InboxError) -> Self {
        match e {
            InboxError::WrongPassphrase => DeskError::WrongPassphrase,
            InboxError::KeyFileCorrupt => DeskError::KeyFileCorrupt,
            InboxError::Unreachable => DeskError::Unreachable,
            InboxError::Refused { .. }
            | InboxError::BadResponse
            | InboxError::BadArgument { .. } => DeskError::InboxRefused,
            InboxError::BadReplyText => DeskError::BadReplyText,
            InboxError::UnknownReport => DeskError::UnknownReport,
            _ => DeskError::Archive,
        }
    }
}

/// A desk serving in the background (tests, the CLI).
pub struct RunningDesk {
    pub addr: SocketAddr,
    pub desk: Arc<Desk>,
    shutdown: Option<tokio::sync::watch::Sender<bool>>,
    task: tokio::task::JoinHandle<()>,
}

impl RunningDesk {
    pub fn url(&self) -> String {
        let scheme = if self.desk.options().tls.is_some() {
            "https"
        } else {
            "http"
        };
        format!("{scheme}://{}", self.addr)
    }

    /// Stops serving and locks the desk.
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(true);
        }
        let _ = (&mut self.task).await;
        self.desk.lock();
    }
}

/// Binds the loopback address and serves the desk. Must run inside a tokio
/// runtime.
pub async fn start(options: DeskOptions) -> Result<RunningDesk, DeskError> {
    if !options.listen.ip().is_loopback() {
        return Err(DeskError::NotLoopback);
    }
    let listener = tokio::net::TcpListener::bind(options.listen)
        .await
        .map_err(|_| DeskError::NotLoopback)?;
    let addr = listener.local_addr().map_err(|_| DeskError::NotLoopback)?;
    let tls = match &options.tls {
        Some((cert, key)) => {
            Some(crate::tls::server_config(cert, key).map_err(|_| DeskError::KeyFileCorrupt)?)
        }
        None => None,
    };
    let desk = Arc::new(Desk::new(options, addr));
    let app = routes::router(desk.clone());
    let (tx, rx) = tokio::sync::watch::channel(false);
    let idle = desk.clone();
    let task = tokio::spawn(async move {
        let sweeper = tokio::spawn(async move {
            loop {
                tokio::time::sleep(idle.sweep_interval()).await;
                idle.sweep();
            }
        });
        // The inbox's own accept loop: timeouts and a connection cap, so a
        // stuck browser tab or a local process cannot hold the desk.
        let _ = crate::connection::serve(
            listener,
            tls.map(tokio_rustls::TlsAcceptor::from),
            app,
            crate::connection::ConnectionLimits::default(),
            Arc::new(crate::connection::OpenConnections::default()),
            rx,
        )
        .await;
        sweeper.abort();
    });
    Ok(RunningDesk {
        addr,
        desk,
        shutdown: Some(tx),
        task,
    })
}
