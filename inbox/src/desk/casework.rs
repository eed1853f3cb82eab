//! The desk's own store of casework: status, assignment, private notes and
//! the replies sent, each event with who and when.
//!
//! One SQLCipher file (`STORE/desk.db`) keyed with a raw 256-bit key derived
//! by HKDF-SHA256 from the key file's HPKE private key
//! (info `waymark-desk-casework-v1`), so only someone who can unlock the key
//! file can read it, and no second passphrase exists to forget. The format
//! is in docs/ngo-desk.md.

use std::path::Path;
use std::sync::Mutex;

use chrono::{DateTime, SecondsFormat, Utc};
use ring::hkdf;
use rusqlite::{params, Connection, OptionalExtension};
use waymark_core::envelope::NgoPrivateKey;
use waymark_core::secret::SecretKey;
use waymark_core::vault::open_encrypted;
use waymark_core::VaultError;
use zeroize::Zeroizing;

use super::DeskError;

/// File name of the casework database inside the desk's store folder.
pub const CASEWORK_FILE: &str = "desk.db";
const KEY_INFO: &[u8] = b"waymark-desk-casework-v1";
const SCHEMA_VERSION: i64 = 1;

/// Where a case stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    New,
    InProgress,
    Referred,
    Closed,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::New,
        Status::InProgress,
        Status::Referred,
        Status::Closed,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::InProgress => "in_progress",
            Status::Referred => "referred",
            Status::Closed => "closed",
        }
    }

    pub fn from_code(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// What an event records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    Status,
    Assign,
    Note,
    Reply,
}

impl EventKind {
    fn code(self) -> &'static str {
        match self {
            EventKind::Status => "status",
            EventKind::Assign => "assign",
            EventKind::Note => "note",
            EventKind::Reply => "reply",
        }
    }

    fn from_code(code: &str) -> Option<EventKind> {
        [
            EventKind::Status,
            EventKind::Assign,
            EventKind::Note,
            EventKind::Reply,
        ]
        .into_iter()
        .find(|k| k.code() == code)
    }
}

/// One line of a case's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub kind: EventKind,
    /// UTC, to the second.
    pub at: String,
    /// The caseworker's name as given at login.
    pub who: String,
    /// The new status code, the assignee, the note or the reply text.
    pub body: String,
}

/// The current state of one case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseState {
    pub status: Status,
    pub assignee: Option<String>,
    pub replies: u32,
}

impl Default for CaseState {
    fn default() -> Self {
        CaseState {
            status: Status::New,
            assignee: None,
            replies: 0,
        }
    }
}

/// The open casework database. `Send + Sync` (one connection behind a lock).
pub struct Casework {
    conn: Mutex<Connection>,
}

/// The store key: HKDF-SHA256 over the HPKE private key.
fn store_key(key: &NgoPrivateKey) -> Zeroizing<[u8; 32]> {
    struct Len32;
    impl hkdf::KeyType for Len32 {
        fn len(&self) -> usize {
            32
        }
    }
    let secret = key.to_bytes();
    let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, b"").extract(&secret[..]);
    let mut out = Zeroizing::new([0u8; 32]);
    // Cannot fail: 32 bytes is far below HKDF-SHA256's limit.
    if let Ok(okm) = prk.expand(&[KEY_INFO], Len32) {
        let _ = okm.fill(&mut out[..]);
    }
    out
}

impl Casework {
    /// Opens (or creates) `dir/desk.db` with the key derived from `key`.
    /// Blocking.
    pub fn open(dir: &Path, key: &NgoPrivateKey) -> Result<Casework, DeskError> {
        std::fs::create_dir_all(dir).map_err(|_| DeskError::Store)?;
        let path = dir.join(CASEWORK_FILE);
        let key = SecretKey::from_bytes(*store_key(key));
        // The core's keyed open: raw key through sqlite3_key_v2, logging off,
        // temp files in memory, secure delete, WAL, and the wait for
        // SQLCipher's set-up. A store made under another key file is refused
        // (its first read fails), never overwritten.
        let conn = open_encrypted(&path, &key, !path.exists()).map_err(|e| match e {
            VaultError::DatabaseCorrupt => DeskError::StoreForeign,
            _ => DeskError::Store,
        })?;
        migrate(&conn)?;
        Ok(Casework {
            conn: Mutex::new(conn),
        })
    }

    fn with<T>(&self, f: impl FnOnce(&Connection) -> rusqlite::Result<T>) -> Result<T, DeskError> {
        let conn = self.conn.lock().map_err(|_| DeskError::Store)?;
        f(&conn).map_err(|_| DeskError::Store)
    }

    /// Every case's state, by report id.
    pub fn states(&self) -> Result<Vec<(String, CaseState)>, DeskError> {
        self.with(|c| {
            let mut stmt = c.prepare(
                "SELECT report_id, status, assignee,
                   (SELECT count(*) FROM events e WHERE e.report_id = cases.report_id AND e.kind = 'reply')
                 FROM cases",
            )?;
            let rows = stmt.query_map([], |r| {
                let status: String = r.get(1)?;
                Ok((
                    r.get::<_, String>(0)?,
                    CaseState {
                        status: Status::from_code(&status).unwrap_or(Status::New),
                        assignee: r.get(2)?,
                        replies: r.get(3)?,
                    },
                ))
            })?;
            rows.collect()
        })
    }

    /// The history of one case, oldest first.
    pub fn events(&self, report_id: &str) -> Result<Vec<Event>, DeskError> {
        self.with(|c| {
            let mut stmt = c.prepare(
                "SELECT kind, at, who, body FROM events WHERE report_id = ?1 ORDER BY id",
            )?;
            let rows = stmt.query_map([report_id], |r| {
                let kind: String = r.get(0)?;
                Ok((kind, r.get(1)?, r.get(2)?, r.get(3)?))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let (kind, at, who, body): (String, String, String, String) = row?;
                if let Some(kind) = EventKind::from_code(&kind) {
                    out.push(Event {
                        kind,
                        at,
                        who,
                        body,
                    });
                }
            }
            Ok(out)
        })
    }

    /// Records an event and updates the case's state, in one transaction.
    pub fn record(
        &self,
        report_id: &str,
        kind: EventKind,
        who: &str,
        body: &str,
        now: DateTime<Utc>,
    ) -> Result<(), DeskError> {
        let at = now.to_rfc3339_opts(SecondsFormat::Secs, true);
        let mut conn = self.conn.lock().map_err(|_| DeskError::Store)?;
        let tx = conn.transaction().map_err(|_| DeskError::Store)?;
        let run = |tx: &rusqlite::Transaction<'_>| -> rusqlite::Result<()> {
            tx.execute(
                "INSERT INTO cases (report_id, status) VALUES (?1, 'new')
                 ON CONFLICT (report_id) DO NOTHING",
                [report_id],
            )?;
            match kind {
                EventKind::Status => {
                    tx.execute(
                        "UPDATE cases SET status = ?1 WHERE report_id = ?2",
                        params![body, report_id],
                    )?;
                }
                EventKind::Assign => {
                    let assignee = Some(body).filter(|b| !b.is_empty());
                    tx.execute(
                        "UPDATE cases SET assignee = ?1 WHERE report_id = ?2",
                        params![assignee, report_id],
                    )?;
                }
                EventKind::Note | EventKind::Reply => {}
            }
            tx.execute(
                "INSERT INTO events (report_id, kind, at, who, body) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![report_id, kind.code(), at, who, body],
            )?;
            Ok(())
        };
        run(&tx).map_err(|_| DeskError::Store)?;
        tx.commit().map_err(|_| DeskError::Store)
    }

    /// The state of one case (the default for a case never touched).
    pub fn state(&self, report_id: &str) -> Result<CaseState, DeskError> {
        let found = self.with(|c| {
            c.query_row(
                "SELECT status, assignee,
                   (SELECT count(*) FROM events WHERE report_id = ?1 AND kind = 'reply')
                 FROM cases WHERE report_id = ?1",
                [report_id],
                |r| {
                    let status: String = r.get(0)?;
                    Ok(CaseState {
                        status: Status::from_code(&status).unwrap_or(Status::New),
                        assignee: r.get(1)?,
                        replies: r.get(2)?,
                    })
                },
            )
            .optional()
        })?;
        Ok(found.unwrap_or_default())
    }

    /// Folds the WAL into the database, so nothing lingers beside it.
    pub fn checkpoint(&self) -> Result<(), DeskError> {
        self.with(|c| c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())))
    }
}

fn migrate(conn: &Connection) -> Result<(), DeskError> {
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|_| DeskError::Store)?;
    if version > SCHEMA_VERSION {
        return Err(DeskError::StoreTooNew);
    }
    if version < 1 {
        conn.execute_batch(
            "BEGIN;
             CREATE TABLE cases (
               report_id TEXT PRIMARY KEY,
               status TEXT NOT NULL,
               assignee TEXT
             );
             CREATE TABLE events (
               id INTEGER PRIMARY KEY,
               report_id TEXT NOT NULL,
               kind TEXT NOT NULL,
               at TEXT NOT NULL,
               who TEXT NOT NULL,
               body TEXT NOT NULL
             );
             CREATE INDEX events_by_report ON events (report_id, id);
             PRAGMA user_version = 1;
             COMMIT;",
        )
        .map_err(|_| DeskError::Store)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_history_and_refuses_another_key() {
        let dir = tempfile::tempdir().unwrap();
        let key = NgoPrivateKey::generate();
        let store = Casework::open(dir.path(), &key).unwrap();
        let now = Utc::now();
        store
            .record("r1", EventKind::Status, "Ana", "in_progress", now)
            .unwrap();
        store
            .record("r1", EventKind::Assign, "Ana", "Ben", now)
            .unwrap();
        store
            .record("r1", EventKind::Reply, "Ben", "Hello", now)
            .unwrap();
        let state = store.state("r1").unwrap();
        assert_eq!(state.status, Status::InProgress);
        assert_eq!(state.assignee.as_deref(), Some("Ben"));
        assert_eq!(state.replies, 1);
        assert_eq!(store.events("r1").unwrap().len(), 3);
        assert_eq!(store.state("r2").unwrap(), CaseState::default());
        drop(store);
        assert!(matches!(
            Casework::open(dir.path(), &NgoPrivateKey::generate()),
            Err(DeskError::StoreForeign)
        ));
        let again = Casework::open(dir.path(), &key).unwrap();
        assert_eq!(again.states().unwrap().len(), 1);
    }
}
