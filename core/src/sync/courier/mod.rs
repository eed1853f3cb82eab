//! The courier: a second, small encrypted store beside the vault that holds
//! only what sending needs, keyed through the platform key store with no
//! passcode, so that reports leave a locked phone (ADR 0210,
//! docs/courier.md).
//!
//! - [`queue`]: its sealed envelopes, their delivery state, receipts and
//!   fetched reply ciphertexts: what `sync_once` works on.
//! - [`handover`]: the vault's side: copying what the courier lacks
//!   (`refill`), taking in receipts and replies (`take_in`), and the new
//!   courier built at every unlock (`hand_over`).
//!
//! The NGO list (`sync_ngos`) and the settings (`sync_state`) have the same
//! tables as in the vault, so `Ngos` and `SyncSettings` read either.

pub(crate) mod handover;
pub(crate) mod queue;

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use rusqlite::Connection;

use super::store::SyncDb;
use crate::keystore::{KeyStoreError, PlatformKeyStore};
use crate::secret::SecretKey;
use crate::vault::courier_key::{self, CourierKeyRef};
use crate::vault::files;
use crate::vault::{Vault, VaultError};

/// The courier's schema. Its own versions, in `PRAGMA user_version`;
/// append-only like the vault's.
const MIGRATIONS: &[&str] = &[
    // 1: the NGOs and settings exactly as in the vault (its migration 6);
    // the queue without receipt codes or reply keys (the reply lookup id,
    // which the inbox sees anyway, instead); fetched reply ciphertexts.
    "CREATE TABLE sync_ngos (
        key_id TEXT PRIMARY KEY,
        signing_key TEXT NOT NULL,
        label TEXT NOT NULL,
        directory TEXT,
        added_at TEXT NOT NULL,
        refreshed_at TEXT
    );
    CREATE TABLE sync_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        settings TEXT,
        round_at TEXT,
        last_dummy_at TEXT,
        last_replies_at TEXT
    );
    CREATE TABLE courier_queue (
        report_id TEXT PRIMARY KEY,
        ngo_key_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('report', 'dummy')),
        bucket INTEGER NOT NULL,
        envelope BLOB,
        reply_lookup BLOB NOT NULL,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT,
        last_error TEXT,
        queued_at TEXT NOT NULL,
        sent_day TEXT,
        receipt TEXT,
        last_reply_id TEXT
    );
    CREATE TABLE courier_fetched (
        reply_id TEXT PRIMARY KEY,
        report_id TEXT NOT NULL,
        day TEXT NOT NULL,
        sealed BLOB NOT NULL
    );",
];

/// How long a courier connection waits for another process's write (the
/// app and a background worker may both hold one).
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// The courier beside one vault. `Send + Sync`; every call blocks. Opens
/// its database on first use, with only the key store.
pub struct Courier {
    dir: PathBuf,
    keys: Arc<dyn PlatformKeyStore>,
    /// The open database, with the header it was opened by.
    conn: Mutex<Option<(CourierKeyRef, Connection)>>,
    /// Set by a sync that runs for a duress session (`SyncDb::cut_off`).
    cut_off: AtomicBool,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Courier {
    /// The courier in `dir` (the vault's folder), keyed through `keys`.
    /// Touches nothing.
    pub fn new(dir: impl Into<PathBuf>, keys: Arc<dyn PlatformKeyStore>) -> Courier {
        Courier {
            dir: dir.into(),
            keys,
            conn: Mutex::new(None),
            cut_off: AtomicBool::new(false),
        }
    }

    /// The courier beside `vault`, with its key store.
    pub fn beside(vault: &Vault) -> Courier {
        let (dir, keys) = vault.place();
        Courier::new(dir, keys)
    }

    /// Whether a courier database opens with its key. A missing or
    /// unreadable courier is treated as an empty one: it has nothing to send.
    pub fn is_usable(&self) -> bool {
        self.with_connection(|_| Ok(())).is_ok()
    }

    /// Closes the database (a background worker does when it is done).
    pub fn close(&self) {
        lock(&self.conn).take();
    }

    pub(crate) fn set_cut_off(&self, cut_off: bool) {
        self.cut_off.store(cut_off, Ordering::SeqCst);
    }

    /// Runs `f` on the courier's database, opening it first if needed. A
    /// connection is used only while the header still names its database:
    /// a hand-over in this or another process (an unlock, a duress unlock)
    /// replaces the courier, and the old one must never be read again.
    pub(crate) fn with_connection<T>(
        &self,
        f: impl FnOnce(&mut Connection) -> Result<T, VaultError>,
    ) -> Result<T, VaultError> {
        let mut guard = lock(&self.conn);
        let current = CourierKeyRef::read(&self.dir);
        let stale = match (&*guard, &current) {
            (Some((opened, _)), Some(now)) => opened != now,
            _ => true,
        };
        if stale {
            *guard = None;
            let current = current.ok_or(VaultError::NotFound)?;
            let conn = self.open(&current)?;
            *guard = Some((current, conn));
        }
        match guard.as_mut() {
            Some((_, conn)) => f(conn),
            None => Err(VaultError::NotFound),
        }
    }

    fn open(&self, current: &CourierKeyRef) -> Result<Connection, VaultError> {
        let key = self.key_of(current)?;
        open_database(&self.dir.join(current.database_name()), &key, false)
    }

    fn key_of(&self, r: &CourierKeyRef) -> Result<SecretKey, VaultError> {
        let answer = zeroize::Zeroizing::new(self.keys.derive(r.alias(), r.input.to_vec())?);
        SecretKey::from_slice(&answer).ok_or(VaultError::KeyStore(KeyStoreError::Unavailable))
    }

    /// Replaces the courier by an empty one under a new key: a new key-store
    /// key, a new database, then the header that names them (atomically);
    /// the old ones stay until [`Courier::remove_stale`], so that a
    /// hand-over can still read the old database.
    pub(crate) fn start_fresh(&self) -> Result<(), VaultError> {
        self.close();
        files::create_private_dir(&self.dir)?;
        let fresh = CourierKeyRef::random();
        self.keys.create(fresh.alias())?;
        let key = self.key_of(&fresh)?;
        let db = self.dir.join(fresh.database_name());
        files::remove_database(&db)?;
        let conn = open_database(&db, &key, true)?;
        files::write_atomically(&self.dir.join(courier_key::HEADER), &fresh.to_bytes())?;
        *lock(&self.conn) = Some((fresh, conn));
        Ok(())
    }

    /// Deletes every courier key and database the header no longer names
    /// (the one a hand-over replaced, or what a crash left behind).
    pub(crate) fn remove_stale(&self) -> Result<(), VaultError> {
        let current = CourierKeyRef::read(&self.dir).ok_or(VaultError::NotFound)?;
        for alias in self.keys.aliases(courier_key::PREFIX.to_owned())? {
            if alias != current.alias() {
                self.keys.delete(alias)?;
            }
        }
        self.remove_databases_but(&current.database_name())
    }

    /// Deletes every courier database (with side files) but `keep`.
    fn remove_databases_but(&self, keep: &str) -> Result<(), VaultError> {
        for path in files::VaultFiles::new(self.dir.clone()).every_courier_file() {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name.starts_with("courier-") && !name.starts_with(keep) {
                files::remove_if_present(&path)?;
            }
        }
        Ok(())
    }
}

/// Opens (or creates) a courier database with `key`, at the latest schema.
pub(crate) fn open_database(
    path: &std::path::Path,
    key: &SecretKey,
    create: bool,
) -> Result<Connection, VaultError> {
    let mut conn = crate::vault::open_database(path, Some(key), create)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    let mut current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if current > MIGRATIONS.len() as i64 {
        return Err(VaultError::SchemaTooNew { found: current });
    }
    while current < MIGRATIONS.len() as i64 {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute_batch(MIGRATIONS[current as usize])?;
        tx.pragma_update(None, "user_version", current + 1)?;
        tx.commit()?;
        current += 1;
    }
    Ok(conn)
}

impl SyncDb for Courier {
    fn run(
        &self,
        f: &mut dyn FnMut(&mut Connection) -> Result<(), VaultError>,
    ) -> Result<(), VaultError> {
        self.with_connection(f)
    }

    fn cut_off(&self) -> bool {
        self.cut_off.load(Ordering::SeqCst)
    }

    /// The courier runs without a vault, so without its clock; nothing
    /// stamps rows through it outside a sync run (which takes its `now`).
    fn now(&self) -> chrono::DateTime<chrono::Utc> {
        crate::time::Clock::now(&crate::time::SystemClock)
    }
}

#[allow(dead_code)]
fn assert_thread_safe() {
    fn is<T: Send + Sync>() {}
    is::<Courier>();
}
