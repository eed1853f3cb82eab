//! The shared backend: PostgreSQL, for NGOs that run several stateless inbox
//! instances (behind one load balancer, or one per onion service) against
//! one database.
//!
//! Ordering across instances: a `BIGSERIAL` hands out numbers at insert
//! time, and a transaction holding number 10 can commit after one holding
//! 11; a puller that had already continued past 11 would never see 10. So
//! ingest does not number rows at all: it inserts them with `seq` NULL
//! (fully concurrent, so commits share fsyncs). A pull first numbers every
//! committed, unnumbered row under a transaction-scoped advisory lock, then
//! reads. Numbers are handed out only under that lock and only to rows that
//! are already visible, so every new number is larger than every number any
//! puller has seen: continuing after the last `seq` never misses a row.
//!
//! The schema is created or migrated at start, under another advisory lock,
//! so instances starting together do not race.

use std::str::FromStr;
use std::time::Duration;

use async_trait::async_trait;
use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod, Runtime};
use tokio_postgres::NoTls;

use super::{
    cutoff, fixed, Ingest, NewEnvelope, Purged, Retention, Store, StoreError, StoredEnvelope,
    StoredReply, SCHEMA_VERSION,
};

pub struct PostgresStore {
    pool: Pool,
    /// Advisory lock keys, derived from the schema name so that two inboxes
    /// in two schemas of one database do not wait for each other.
    numbering_lock: i64,
    migrate_lock: i64,
}

const MIGRATION_1: &str = "
CREATE SEQUENCE envelope_seq;
CREATE TABLE envelopes (
    n BIGSERIAL PRIMARY KEY,
    seq BIGINT UNIQUE,
    report_id BYTEA NOT NULL UNIQUE,
    lookup_id BYTEA NOT NULL,
    envelope_sha256 BYTEA NOT NULL,
    day TEXT NOT NULL,
    envelope BYTEA NOT NULL
);
CREATE TABLE replies (
    n BIGSERIAL PRIMARY KEY,
    id BYTEA NOT NULL UNIQUE,
    lookup_id BYTEA NOT NULL,
    day TEXT NOT NULL,
    sealed BYTEA NOT NULL
);
CREATE INDEX replies_by_lookup ON replies (lookup_id, n);
CREATE INDEX envelopes_unnumbered ON envelopes (n) WHERE seq IS NULL;
";

/// 2: retention (see `store::Retention`): the day the NGO's pull moved past
/// an envelope.
const MIGRATION_2: &str = "
ALTER TABLE envelopes ADD COLUMN pulled_day TEXT;
CREATE INDEX envelopes_unpulled ON envelopes (seq) WHERE pulled_day IS NULL AND seq IS NOT NULL;
CREATE INDEX envelopes_by_pulled_day ON envelopes (pulled_day) WHERE pulled_day IS NOT NULL;
";

fn failed(op: &'static str) -> impl Fn(tokio_postgres::Error) -> StoreError {
    move |e| {
        if e.is_closed() || e.as_db_error().is_none() {
            StoreError::Unavailable
        } else {
            StoreError::Failed { op }
        }
    }
}

/// A schema name we are willing to put into SQL: it is quoted, but keep it
/// to plain identifiers anyway.
pub fn valid_schema_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 63
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && !name.as_bytes()[0].is_ascii_digit()
}

/// FNV-1a, for advisory lock keys only.
fn lock_key(purpose: &str, schema: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in b"waymark-inbox/"
        .iter()
        .chain(purpose.as_bytes())
        .chain(b"/")
        .chain(schema.as_bytes())
    {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h as i64
}

impl PostgresStore {
    /// Connects (`pool_size` connections at most) and creates or migrates the
    /// schema. `schema` (created if missing) keeps the inbox's tables apart
    /// from anything else in the database.
    pub async fn open(
        url: &str,
        schema: Option<&str>,
        pool_size: usize,
    ) -> Result<PostgresStore, StoreError> {
        let mut config =
            tokio_postgres::Config::from_str(url).map_err(|_| StoreError::Unavailable)?;
        let schema_name = schema.unwrap_or("public");
        if let Some(schema) = schema {
            if !valid_schema_name(schema) {
                return Err(StoreError::Failed { op: "schema name" });
            }
            config.options(format!("-c search_path={schema}"));
        }
        config.connect_timeout(Duration::from_secs(10));
        config.application_name("waymark-inbox");
        let manager = Manager::from_config(
            config,
            NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(pool_size.max(1))
            .runtime(Runtime::Tokio1)
            .wait_timeout(Some(Duration::from_secs(10)))
            .create_timeout(Some(Duration::from_secs(10)))
            .build()
            .map_err(|_| StoreError::Unavailable)?;
        let store = PostgresStore {
            pool,
            numbering_lock: lock_key("numbering", schema_name),
            migrate_lock: lock_key("migrate", schema_name),
        };
        store.migrate(schema).await?;
        Ok(store)
    }

    async fn client(&self) -> Result<deadpool_postgres::Object, StoreError> {
        self.pool.get().await.map_err(|_| StoreError::Unavailable)
    }

    async fn migrate(&self, schema: Option<&str>) -> Result<(), StoreError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(failed("migrate"))?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&self.migrate_lock])
            .await
            .map_err(failed("migrate"))?;
        if let Some(schema) = schema {
            // Checked by valid_schema_name: a plain lowercase identifier.
            tx.batch_execute(&format!("CREATE SCHEMA IF NOT EXISTS \"{schema}\""))
                .await
                .map_err(failed("migrate"))?;
        }
        tx.batch_execute("CREATE TABLE IF NOT EXISTS waymark_schema (version BIGINT NOT NULL)")
            .await
            .map_err(failed("migrate"))?;
        let version: i64 = tx
            .query_opt("SELECT version FROM waymark_schema", &[])
            .await
            .map_err(failed("migrate"))?
            .map(|row| row.get(0))
            .unwrap_or(0);
        if version > SCHEMA_VERSION {
            return Err(StoreError::SchemaTooNew {
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        for (target, sql) in [(1i64, MIGRATION_1), (2, MIGRATION_2)] {
            if version < target {
                tx.batch_execute(sql).await.map_err(failed("migrate"))?;
                tx.execute("DELETE FROM waymark_schema", &[])
                    .await
                    .map_err(failed("migrate"))?;
                tx.execute(
                    "INSERT INTO waymark_schema (version) VALUES ($1)",
                    &[&target],
                )
                .await
                .map_err(failed("migrate"))?;
            }
        }
        tx.commit().await.map_err(failed("migrate"))
    }
}

#[async_trait]
impl Store for PostgresStore {
    async fn ingest(&self, e: NewEnvelope, accept_new: bool) -> Result<Ingest, StoreError> {
        let client = self.client().await?;
        if !accept_new {
            // Over quota: only a retry of a stored envelope is answered.
            let row = client
                .query_opt(
                    "SELECT envelope_sha256, day FROM envelopes WHERE report_id = $1",
                    &[&&e.report_id[..]],
                )
                .await
                .map_err(failed("ingest"))?;
            return Ok(match row {
                None => Ingest::Full,
                Some(row) if row.get::<_, Vec<u8>>(0) == e.sha256 => {
                    Ingest::Duplicate { day: row.get(1) }
                }
                Some(_) => Ingest::Conflict,
            });
        }
        // One statement: concurrent ingests commit together. On a known
        // report id nothing is written, and the stored row decides.
        let inserted = client
            .execute(
                "INSERT INTO envelopes (report_id, lookup_id, envelope_sha256, day, envelope)
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (report_id) DO NOTHING",
                &[
                    &&e.report_id[..],
                    &&e.lookup_id[..],
                    &&e.sha256[..],
                    &e.day,
                    &e.bytes,
                ],
            )
            .await
            .map_err(failed("ingest"))?;
        if inserted == 1 {
            return Ok(Ingest::Stored { day: e.day });
        }
        let row = client
            .query_one(
                "SELECT envelope_sha256, day FROM envelopes WHERE report_id = $1",
                &[&&e.report_id[..]],
            )
            .await
            .map_err(failed("ingest"))?;
        let hash: Vec<u8> = row.get(0);
        Ok(if hash == e.sha256 {
            Ingest::Duplicate { day: row.get(1) }
        } else {
            Ingest::Conflict
        })
    }

    async fn pull(
        &self,
        after: u64,
        limit: u32,
        today: &str,
    ) -> Result<Vec<StoredEnvelope>, StoreError> {
        let mut client = self.client().await?;
        let after = i64::try_from(after).unwrap_or(i64::MAX);
        let tx = client.transaction().await.map_err(failed("pull"))?;
        tx.execute(
            "UPDATE envelopes SET pulled_day = $1
             WHERE pulled_day IS NULL AND seq IS NOT NULL AND seq <= $2",
            &[&today, &after],
        )
        .await
        .map_err(failed("pull"))?;
        // See the module comment: number what is committed, under the lock.
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&self.numbering_lock])
            .await
            .map_err(failed("pull"))?;
        tx.execute(
            "UPDATE envelopes SET seq = nextval('envelope_seq')
             WHERE n IN (SELECT n FROM envelopes WHERE seq IS NULL ORDER BY n)",
            &[],
        )
        .await
        .map_err(failed("pull"))?;
        let rows = tx
            .query(
                "SELECT seq, report_id, day, envelope FROM envelopes
                 WHERE seq > $1 AND length(envelope) > 0 ORDER BY seq LIMIT $2",
                &[&after, &i64::from(limit)],
            )
            .await
            .map_err(failed("pull"))?;
        tx.commit().await.map_err(failed("pull"))?;
        rows.into_iter()
            .map(|row| {
                let seq: i64 = row.get(0);
                Ok(StoredEnvelope {
                    seq: u64::try_from(seq).map_err(|_| StoreError::Failed { op: "pull" })?,
                    report_id: fixed(row.get(1), "pull")?,
                    day: row.get(2),
                    bytes: row.get(3),
                })
            })
            .collect()
    }

    async fn add_reply(
        &self,
        report_id: [u8; 16],
        reply_id: [u8; 16],
        day: String,
        sealed: Vec<u8>,
        max_replies: usize,
    ) -> Result<(), StoreError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(failed("add_reply"))?;
        let lookup: Vec<u8> = tx
            .query_opt(
                "SELECT lookup_id FROM envelopes WHERE report_id = $1 FOR UPDATE",
                &[&&report_id[..]],
            )
            .await
            .map_err(failed("add_reply"))?
            .ok_or(StoreError::UnknownReport)?
            .get(0);
        let count: i64 = tx
            .query_one(
                "SELECT COUNT(*) FROM replies WHERE lookup_id = $1",
                &[&lookup],
            )
            .await
            .map_err(failed("add_reply"))?
            .get(0);
        if count as usize >= max_replies {
            return Err(StoreError::TooManyReplies);
        }
        tx.execute(
            "INSERT INTO replies (id, lookup_id, day, sealed) VALUES ($1, $2, $3, $4)",
            &[&&reply_id[..], &lookup, &day, &sealed],
        )
        .await
        .map_err(failed("add_reply"))?;
        tx.commit().await.map_err(failed("add_reply"))
    }

    async fn reply_after(
        &self,
        lookup_id: [u8; 32],
        after: [u8; 16],
    ) -> Result<Option<StoredReply>, StoreError> {
        let client = self.client().await?;
        let row = client
            .query_opt(
                "SELECT id, day, sealed FROM replies
                 WHERE lookup_id = $1 AND n > COALESCE(
                     (SELECT n FROM replies WHERE lookup_id = $1 AND id = $2), 0)
                 ORDER BY n LIMIT 1",
                &[&&lookup_id[..], &&after[..]],
            )
            .await
            .map_err(failed("replies"))?;
        row.map(|row| {
            Ok(StoredReply {
                id: fixed(row.get(0), "replies")?,
                day: row.get(1),
                sealed: row.get(2),
            })
        })
        .transpose()
    }

    async fn usage(&self) -> Result<u64, StoreError> {
        let client = self.client().await?;
        let row = client
            .query_one(
                "SELECT ((SELECT COALESCE(SUM(length(envelope)), 0) FROM envelopes)
                       + (SELECT COALESCE(SUM(length(sealed)), 0) FROM replies))::BIGINT",
                &[],
            )
            .await
            .map_err(failed("usage"))?;
        Ok(u64::try_from(row.get::<_, i64>(0)).unwrap_or(0))
    }

    async fn purge(&self, retention: Retention, today: &str) -> Result<Purged, StoreError> {
        let envelope_cut = cutoff(today, retention.envelope_days)?;
        let row_cut = cutoff(today, retention.reply_days)?;
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(failed("purge"))?;
        let envelopes = tx
            .execute(
                "UPDATE envelopes SET envelope = ''::BYTEA
                 WHERE pulled_day IS NOT NULL AND pulled_day < $1 AND length(envelope) > 0",
                &[&envelope_cut],
            )
            .await
            .map_err(failed("purge"))?;
        tx.execute(
            "DELETE FROM replies WHERE lookup_id IN
               (SELECT lookup_id FROM envelopes WHERE pulled_day IS NOT NULL AND pulled_day < $1)",
            &[&row_cut],
        )
        .await
        .map_err(failed("purge"))?;
        let rows = tx
            .execute(
                "DELETE FROM envelopes WHERE pulled_day IS NOT NULL AND pulled_day < $1",
                &[&row_cut],
            )
            .await
            .map_err(failed("purge"))?;
        tx.commit().await.map_err(failed("purge"))?;
        Ok(Purged { envelopes, rows })
    }

    async fn check(&self) -> Result<(), StoreError> {
        let client = self.client().await?;
        client
            .simple_query("SELECT 1")
            .await
            .map(|_| ())
            .map_err(|_| StoreError::Unavailable)
    }
}
