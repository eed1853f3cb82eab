//! The embedded backend: one SQLite file, one connection.
//!
//! rusqlite is built with SQLCipher for the phone's vault; opened without a
//! key, as here, it is plain SQLite. The envelopes are already sealed, so
//! encrypting the file again would add nothing.
//!
//! WAL with `synchronous = FULL`: a commit is on disk before the receipt is
//! signed, because the phone deletes its copy once it has the receipt. One
//! connection behind a mutex is the single writer SQLite wants; calls run on
//! tokio's blocking pool.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use rusqlite::{params, Connection, OptionalExtension};

use super::{
    cutoff, fixed, Ingest, NewEnvelope, Purged, Retention, Store, StoreError, StoredEnvelope,
    StoredReply, SCHEMA_VERSION,
};

pub struct SqliteStore {
    conn: Arc<Mutex<Connection>>,
}

const MIGRATION_1: &str = "
CREATE TABLE envelopes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id BLOB NOT NULL UNIQUE,
    lookup_id BLOB NOT NULL,
    envelope_sha256 BLOB NOT NULL,
    day TEXT NOT NULL,
    envelope BLOB NOT NULL
);
CREATE TABLE replies (
    n INTEGER PRIMARY KEY AUTOINCREMENT,
    id BLOB NOT NULL UNIQUE,
    lookup_id BLOB NOT NULL,
    day TEXT NOT NULL,
    sealed BLOB NOT NULL
);
CREATE INDEX replies_by_lookup ON replies (lookup_id, n);
";

/// 2: retention. The day the NGO's pull moved past an envelope; an index of
/// the envelopes not pulled yet (what each pull marks).
const MIGRATION_2: &str = "
ALTER TABLE envelopes ADD COLUMN pulled_day TEXT;
CREATE INDEX envelopes_unpulled ON envelopes (seq) WHERE pulled_day IS NULL;
CREATE INDEX envelopes_by_pulled_day ON envelopes (pulled_day) WHERE pulled_day IS NOT NULL;
";

fn failed(op: &'static str) -> impl Fn(rusqlite::Error) -> StoreError {
    move |_| StoreError::Failed { op }
}

impl SqliteStore {
    /// Opens (or creates) the database file and migrates it. Blocking work
    /// runs off the async threads.
    pub async fn open(path: PathBuf) -> Result<SqliteStore, StoreError> {
        let conn = tokio::task::spawn_blocking(move || open_blocking(&path))
            .await
            .map_err(|_| StoreError::Failed { op: "open" })??;
        Ok(SqliteStore {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    async fn with<T: Send + 'static>(
        &self,
        op: &'static str,
        f: impl FnOnce(&mut Connection) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let conn = Arc::clone(&self.conn);
        tokio::task::spawn_blocking(move || {
            // A panic while holding the lock poisons it; the connection itself
            // is still consistent (SQLite rolled back), so keep using it.
            let mut guard = conn.lock().unwrap_or_else(|p| p.into_inner());
            f(&mut guard)
        })
        .await
        .map_err(|_| StoreError::Failed { op })?
    }
}

fn open_blocking(path: &std::path::Path) -> Result<Connection, StoreError> {
    let mut conn = Connection::open(path).map_err(|_| StoreError::Unavailable)?;
    conn.pragma_update(None, "journal_mode", "WAL")
        .map_err(failed("open"))?;
    conn.pragma_update(None, "synchronous", "FULL")
        .map_err(failed("open"))?;
    conn.busy_timeout(std::time::Duration::from_secs(5))
        .map_err(failed("open"))?;
    // Deleted envelopes (retention) are overwritten with zeros in the file.
    conn.pragma_update(None, "secure_delete", "ON")
        .map_err(failed("open"))?;
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|_| StoreError::Unavailable)?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::SchemaTooNew {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    for (target, sql) in [(1, MIGRATION_1), (2, MIGRATION_2)] {
        if version < target {
            let tx = conn.transaction().map_err(failed("migrate"))?;
            tx.execute_batch(sql).map_err(failed("migrate"))?;
            tx.pragma_update(None, "user_version", target)
                .map_err(failed("migrate"))?;
            tx.commit().map_err(failed("migrate"))?;
        }
    }
    Ok(conn)
}

#[async_trait]
impl Store for SqliteStore {
    async fn ingest(&self, e: NewEnvelope, accept_new: bool) -> Result<Ingest, StoreError> {
        self.with("ingest", move |conn| {
            let tx = conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
                .map_err(failed("ingest"))?;
            let existing: Option<(Vec<u8>, String)> = tx
                .query_row(
                    "SELECT envelope_sha256, day FROM envelopes WHERE report_id = ?1",
                    params![&e.report_id[..]],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()
                .map_err(failed("ingest"))?;
            let outcome = match existing {
                Some((hash, day)) if hash == e.sha256 => Ingest::Duplicate { day },
                Some(_) => Ingest::Conflict,
                None if !accept_new => Ingest::Full,
                None => {
                    tx.execute(
                        "INSERT INTO envelopes (report_id, lookup_id, envelope_sha256, day, envelope)
                         VALUES (?1, ?2, ?3, ?4, ?5)",
                        params![&e.report_id[..], &e.lookup_id[..], &e.sha256[..], e.day, e.bytes],
                    )
                    .map_err(failed("ingest"))?;
                    Ingest::Stored { day: e.day }
                }
            };
            tx.commit().map_err(failed("ingest"))?;
            Ok(outcome)
        })
        .await
    }

    async fn pull(
        &self,
        after: u64,
        limit: u32,
        today: &str,
    ) -> Result<Vec<StoredEnvelope>, StoreError> {
        let after = i64::try_from(after).unwrap_or(i64::MAX);
        let today = today.to_owned();
        self.with("pull", move |conn| {
            let tx = conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
                .map_err(failed("pull"))?;
            tx.execute(
                "UPDATE envelopes SET pulled_day = ?1 WHERE pulled_day IS NULL AND seq <= ?2",
                params![today, after],
            )
            .map_err(failed("pull"))?;
            let mut out = Vec::new();
            {
                let mut stmt = tx
                    .prepare(
                        "SELECT seq, report_id, day, envelope FROM envelopes
                         WHERE seq > ?1 AND length(envelope) > 0 ORDER BY seq LIMIT ?2",
                    )
                    .map_err(failed("pull"))?;
                let rows = stmt
                    .query_map(params![after, limit], |r| {
                        Ok((
                            r.get::<_, i64>(0)?,
                            r.get::<_, Vec<u8>>(1)?,
                            r.get::<_, String>(2)?,
                            r.get::<_, Vec<u8>>(3)?,
                        ))
                    })
                    .map_err(failed("pull"))?;
                for row in rows {
                    let (seq, id, day, bytes) = row.map_err(failed("pull"))?;
                    out.push(StoredEnvelope {
                        seq: u64::try_from(seq).map_err(|_| StoreError::Failed { op: "pull" })?,
                        report_id: fixed(id, "pull")?,
                        day,
                        bytes,
                    });
                }
            }
            tx.commit().map_err(failed("pull"))?;
            Ok(out)
        })
        .await
    }

    async fn add_reply(
        &self,
        report_id: [u8; 16],
        reply_id: [u8; 16],
        day: String,
        sealed: Vec<u8>,
        max_replies: usize,
    ) -> Result<(), StoreError> {
        self.with("add_reply", move |conn| {
            let tx = conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
                .map_err(failed("add_reply"))?;
            let lookup: Vec<u8> = tx
                .query_row(
                    "SELECT lookup_id FROM envelopes WHERE report_id = ?1",
                    params![&report_id[..]],
                    |r| r.get(0),
                )
                .optional()
                .map_err(failed("add_reply"))?
                .ok_or(StoreError::UnknownReport)?;
            let count: i64 = tx
                .query_row(
                    "SELECT COUNT(*) FROM replies WHERE lookup_id = ?1",
                    params![lookup],
                    |r| r.get(0),
                )
                .map_err(failed("add_reply"))?;
            if count as usize >= max_replies {
                return Err(StoreError::TooManyReplies);
            }
            tx.execute(
                "INSERT INTO replies (id, lookup_id, day, sealed) VALUES (?1, ?2, ?3, ?4)",
                params![&reply_id[..], lookup, day, sealed],
            )
            .map_err(failed("add_reply"))?;
            tx.commit().map_err(failed("add_reply"))
        })
        .await
    }

    async fn reply_after(
        &self,
        lookup_id: [u8; 32],
        after: [u8; 16],
    ) -> Result<Option<StoredReply>, StoreError> {
        self.with("replies", move |conn| {
            let row = conn
                .query_row(
                    "SELECT id, day, sealed FROM replies
                     WHERE lookup_id = ?1 AND n > COALESCE(
                         (SELECT n FROM replies WHERE lookup_id = ?1 AND id = ?2), 0)
                     ORDER BY n LIMIT 1",
                    params![&lookup_id[..], &after[..]],
                    |r| {
                        Ok((
                            r.get::<_, Vec<u8>>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, Vec<u8>>(2)?,
                        ))
                    },
                )
                .optional()
                .map_err(failed("replies"))?;
            row.map(|(id, day, sealed)| {
                Ok(StoredReply {
                    id: fixed(id, "replies")?,
                    day,
                    sealed,
                })
            })
            .transpose()
        })
        .await
    }

    async fn usage(&self) -> Result<u64, StoreError> {
        self.with("usage", |conn| {
            conn.query_row(
                "SELECT (SELECT COALESCE(SUM(length(envelope)), 0) FROM envelopes)
                      + (SELECT COALESCE(SUM(length(sealed)), 0) FROM replies)",
                [],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| u64::try_from(n).unwrap_or(0))
            .map_err(failed("usage"))
        })
        .await
    }

    async fn purge(&self, retention: Retention, today: &str) -> Result<Purged, StoreError> {
        let envelope_cut = cutoff(today, retention.envelope_days)?;
        let row_cut = cutoff(today, retention.reply_days)?;
        self.with("purge", move |conn| {
            let tx = conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
                .map_err(failed("purge"))?;
            let envelopes = tx
                .execute(
                    "UPDATE envelopes SET envelope = X''
                     WHERE pulled_day IS NOT NULL AND pulled_day < ?1 AND length(envelope) > 0",
                    params![envelope_cut],
                )
                .map_err(failed("purge"))?;
            tx.execute(
                "DELETE FROM replies WHERE lookup_id IN
                   (SELECT lookup_id FROM envelopes
                    WHERE pulled_day IS NOT NULL AND pulled_day < ?1)",
                params![row_cut],
            )
            .map_err(failed("purge"))?;
            let rows = tx
                .execute(
                    "DELETE FROM envelopes WHERE pulled_day IS NOT NULL AND pulled_day < ?1",
                    params![row_cut],
                )
                .map_err(failed("purge"))?;
            tx.commit().map_err(failed("purge"))?;
            Ok(Purged {
                envelopes: envelopes as u64,
                rows: rows as u64,
            })
        })
        .await
    }

    async fn check(&self) -> Result<(), StoreError> {
        self.with("check", |conn| {
            conn.query_row("SELECT 1", [], |_| Ok(()))
                .map_err(|_| StoreError::Unavailable)
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn durable_pragmas_are_in_force() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(dir.path().join("x.sqlite3"))
            .await
            .unwrap();
        let (mode, sync): (String, i64) = store
            .with("test", |c| {
                let mode = c
                    .pragma_query_value(None, "journal_mode", |r| r.get(0))
                    .unwrap();
                let sync = c
                    .pragma_query_value(None, "synchronous", |r| r.get(0))
                    .unwrap();
                Ok((mode, sync))
            })
            .await
            .unwrap();
        assert_eq!(mode, "wal");
        assert_eq!(sync, 2, "synchronous = FULL");
    }
}
