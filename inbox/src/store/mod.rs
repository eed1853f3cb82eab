//! Where the inbox keeps what it receives: sealed envelopes and sealed
//! replies, nothing else. Two real backends behind one trait:
//!
//! - [`sqlite::SqliteStore`]: one file, the embedded default;
//! - [`postgres::PostgresStore`]: several stateless inbox instances share
//!   one PostgreSQL database.
//!
//! Neither stores an address, a user agent, a time finer than the day, or
//! anything from the request besides the envelope, its report id and its
//! reply lookup id. Both run the same test suite (`inbox/tests/server.rs`).
//!
//! Retention ([`Retention`], [`Store::purge`]): once the NGO's pull has
//! moved past an envelope (its archive holds it), the envelope's bytes are
//! deleted after `envelope_days`; its ids (so a late retry still gets its
//! receipt and replies can still be filed) and its replies after
//! `reply_days`. Envelopes the NGO has not pulled are never deleted: the
//! quota ([`Store::usage`]) refuses new ones instead.

pub mod postgres;
pub mod sqlite;

use std::path::PathBuf;
use std::sync::Arc;

use async_trait::async_trait;

/// Why the store could not do what was asked. Messages name the operation,
/// never a value (database errors can quote row contents, so they are not
/// passed on).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// The database cannot be reached or refused the connection.
    #[error("the database is unavailable")]
    Unavailable,
    /// A statement failed; `op` names which one.
    #[error("the database failed during {op}")]
    Failed { op: &'static str },
    /// The database was made by a newer inbox.
    #[error("the database schema version {found} is newer than this inbox supports ({supported})")]
    SchemaTooNew { found: i64, supported: i64 },
    /// No report with that id (when posting a reply).
    #[error("no report with that id")]
    UnknownReport,
    /// A report already has the most replies one lookup returns.
    #[error("this report already has the maximum number of replies")]
    TooManyReplies,
}

/// An accepted envelope, as the submit handler hands it to the store.
#[derive(Debug, Clone)]
pub struct NewEnvelope {
    pub report_id: [u8; 16],
    /// `ReceiptCode::lookup_id()`: where the reporter will look for replies.
    pub lookup_id: [u8; 32],
    pub sha256: [u8; 32],
    /// UTC day of acceptance, `YYYY-MM-DD`.
    pub day: String,
    pub bytes: Vec<u8>,
}

/// What storing an envelope did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ingest {
    /// A new report id while the store is over its quota: nothing stored.
    Full,
    /// New: stored on `day`.
    Stored { day: String },
    /// The same report id with the same bytes was already stored on `day`:
    /// the phone retried. The receipt is signed again with that day, so it is
    /// byte for byte the first one.
    Duplicate { day: String },
    /// The same report id with different bytes: refused.
    Conflict,
}

/// One stored envelope, in inbox order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEnvelope {
    pub seq: u64,
    pub report_id: [u8; 16],
    pub day: String,
    pub bytes: Vec<u8>,
}

/// One stored reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredReply {
    pub id: [u8; 16],
    pub day: String,
    pub sealed: Vec<u8>,
}

/// Storage of one inbox. Implementations are `Send + Sync` and safe to call
/// from many requests at once; every write is durable when it returns
/// (a phone deletes its copy once it holds the receipt).
#[async_trait]
pub trait Store: Send + Sync {
    /// Stores `envelope` unless its report id is known (see [`Ingest`]).
    /// A new id is refused with [`Ingest::Full`] unless `accept_new`; a
    /// retry of a stored one is answered either way.
    async fn ingest(&self, envelope: NewEnvelope, accept_new: bool) -> Result<Ingest, StoreError>;

    /// Envelopes with `seq > after`, in `seq` order, at most `limit`.
    /// Numbers only ever grow: an envelope that becomes visible later gets
    /// a larger `seq` than any already returned, so a puller that continues
    /// after the last `seq` it saw never misses one. Every envelope with
    /// `seq <= after` is marked as pulled on `today` (the NGO's archive holds
    /// it: it saves an envelope before moving its cursor), which starts its
    /// retention. Envelopes whose bytes retention deleted are skipped.
    async fn pull(
        &self,
        after: u64,
        limit: u32,
        today: &str,
    ) -> Result<Vec<StoredEnvelope>, StoreError>;

    /// Files a sealed reply under the lookup id of report `report_id`.
    async fn add_reply(
        &self,
        report_id: [u8; 16],
        reply_id: [u8; 16],
        day: String,
        sealed: Vec<u8>,
        max_replies: usize,
    ) -> Result<(), StoreError>;

    /// The first reply filed under `lookup_id` after the reply `after` (or
    /// the first of all when `after` is not one of them). The same queries
    /// run whether or not the lookup id or a reply exists.
    async fn reply_after(
        &self,
        lookup_id: [u8; 32],
        after: [u8; 16],
    ) -> Result<Option<StoredReply>, StoreError>;

    /// Bytes held in envelopes and replies, for the quota.
    async fn usage(&self) -> Result<u64, StoreError>;

    /// Applies `retention` as of `today` (`YYYY-MM-DD`).
    async fn purge(&self, retention: Retention, today: &str) -> Result<Purged, StoreError>;

    /// A cheap round trip to the database, for `/healthz`.
    async fn check(&self) -> Result<(), StoreError>;
}

/// How long pulled envelopes are kept (see the module comment).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    /// Days after the pull that an envelope's bytes are deleted.
    pub envelope_days: u32,
    /// Days after the pull that its ids and replies are deleted: longer than
    /// phones ask for replies (`sync::outbox::REPLY_WINDOW_DAYS`, 180).
    pub reply_days: u32,
}

impl Default for Retention {
    fn default() -> Self {
        Retention {
            envelope_days: 30,
            reply_days: 200,
        }
    }
}

/// What one purge deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Purged {
    /// Envelopes whose bytes were deleted.
    pub envelopes: u64,
    /// Envelope rows (ids) deleted, with their replies.
    pub rows: u64,
}

/// `today` minus `days`, `YYYY-MM-DD`; rows pulled before it are due.
pub(crate) fn cutoff(today: &str, days: u32) -> Result<String, StoreError> {
    let day = chrono::NaiveDate::parse_from_str(today, "%Y-%m-%d")
        .map_err(|_| StoreError::Failed { op: "purge" })?;
    Ok((day - chrono::Days::new(u64::from(days)))
        .format("%Y-%m-%d")
        .to_string())
}

/// Which database to use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageConfig {
    /// A SQLite file (created if missing).
    Sqlite { path: PathBuf },
    /// A PostgreSQL connection string (`postgresql://user:pass@host/db` or
    /// `host=… user=…`), an optional schema (created if missing) and the
    /// number of connections this instance keeps.
    Postgres {
        url: String,
        schema: Option<String>,
        pool_size: usize,
    },
}

/// Opens the store and creates or migrates its schema.
pub async fn open(config: &StorageConfig) -> Result<Arc<dyn Store>, StoreError> {
    Ok(match config {
        StorageConfig::Sqlite { path } => Arc::new(sqlite::SqliteStore::open(path.clone()).await?),
        StorageConfig::Postgres {
            url,
            schema,
            pool_size,
        } => Arc::new(postgres::PostgresStore::open(url, schema.as_deref(), *pool_size).await?),
    })
}

/// The schema version both backends migrate to. 2 added `pulled_day`.
pub const SCHEMA_VERSION: i64 = 2;

/// Turns a byte column back into a fixed-size id; a wrong length means the
/// row was not written by this code.
pub(crate) fn fixed<const N: usize>(
    bytes: Vec<u8>,
    op: &'static str,
) -> Result<[u8; N], StoreError> {
    bytes.try_into().map_err(|_| StoreError::Failed { op })
}
