//! Schema migrations, tracked by `PRAGMA user_version`.
//!
//! Each migration runs in one transaction together with its version bump, so
//! a crash leaves the database at the old version or the new one. Migrations
//! are append-only: never edit one that has shipped.

use rusqlite::Connection;

use super::VaultError;

const MIGRATIONS: &[&str] = &[
    // 1: the private journal.
    "CREATE TABLE journal (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        body TEXT NOT NULL
    );",
    // 2: entries can be edited; remember when.
    "ALTER TABLE journal ADD COLUMN updated_at TEXT;
     UPDATE journal SET updated_at = created_at;",
    // 3: signed content packs (core/src/content/store.rs): trusted publisher
    // keys, and installed packs with their manifest, signature and files.
    "CREATE TABLE content_publishers (
        key_id TEXT PRIMARY KEY,
        public_key BLOB NOT NULL,
        name TEXT NOT NULL,
        added_at TEXT NOT NULL
    );
    CREATE TABLE content_packs (
        pack_id TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        publisher TEXT NOT NULL,
        manifest BLOB NOT NULL,
        signature BLOB NOT NULL,
        installed_at TEXT NOT NULL
    );
    CREATE TABLE content_files (
        pack_id TEXT NOT NULL REFERENCES content_packs (pack_id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (pack_id, path)
    );",
    // 4: questionnaire drafts (saved after every answer) and finalized
    // reports (core/src/questionnaire/draft.rs). State and body are JSON.
    "CREATE TABLE questionnaire_drafts (
        id TEXT PRIMARY KEY,
        questionnaire_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        mode TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        state TEXT NOT NULL
    );
    CREATE TABLE questionnaire_reports (
        id TEXT PRIMARY KEY,
        questionnaire_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        body TEXT NOT NULL
    );",
    // 5: assistant conversations (core/src/assistant/store.rs), saved after
    // every turn. State is JSON.
    "CREATE TABLE assistant_conversations (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        state TEXT NOT NULL
    );",
    // 6: the sync outbox (core/src/sync/, docs/outbox.md). Trusted NGOs and
    // their verified directory entries; sealed envelopes (never plaintext)
    // with their reply key, receipt code and delivery state; decrypted
    // replies; one row of sync settings and scheduling state.
    "CREATE TABLE sync_ngos (
        key_id TEXT PRIMARY KEY,
        signing_key TEXT NOT NULL,
        label TEXT NOT NULL,
        directory TEXT,
        added_at TEXT NOT NULL,
        refreshed_at TEXT
    );
    CREATE TABLE sync_outbox (
        report_id TEXT PRIMARY KEY,
        ngo_key_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        bucket INTEGER NOT NULL,
        envelope BLOB,
        reply_secret BLOB NOT NULL,
        receipt_code BLOB NOT NULL,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT,
        last_error TEXT,
        queued_at TEXT NOT NULL,
        sent_day TEXT,
        receipt TEXT,
        source TEXT
    );
    CREATE INDEX sync_outbox_due ON sync_outbox (state, next_attempt_at);
    CREATE TABLE sync_replies (
        reply_id TEXT PRIMARY KEY,
        report_id TEXT NOT NULL,
        day TEXT NOT NULL,
        body TEXT NOT NULL,
        received_at TEXT NOT NULL
    );
    CREATE TABLE sync_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        settings TEXT,
        round_at TEXT,
        last_dummy_at TEXT,
        last_replies_at TEXT
    );",
];

pub(crate) const LATEST: i64 = MIGRATIONS.len() as i64;

pub(crate) fn version(conn: &Connection) -> Result<i64, VaultError> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Brings the database up to `target` (normally [`LATEST`]).
pub(crate) fn migrate_to(conn: &mut Connection, target: i64) -> Result<(), VaultError> {
    let mut current = version(conn)?;
    if current > LATEST {
        return Err(VaultError::SchemaTooNew { found: current });
    }
    while current < target {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute_batch(MIGRATIONS[current as usize])?;
        tx.pragma_update(None, "user_version", current + 1)?;
        tx.commit()?;
        current += 1;
    }
    Ok(())
}
