//! Opening the SQLCipher database with the vault's data key.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};
use zeroize::Zeroizing;

use super::VaultError;
use crate::secret::SecretKey;

/// Opens (or, with `create`, creates) the encrypted database. `key` is `None`
/// only for the benchmark's plaintext baseline.
///
/// The raw 256-bit key skips SQLCipher's own PBKDF2: the passcode KDF has
/// already run. SQLCipher's logging is silenced first, because by default it
/// prints decryption failures to stderr (logcat on Android).
pub(crate) fn open(
    path: &Path,
    key: Option<&SecretKey>,
    create: bool,
) -> Result<Connection, VaultError> {
    if !create && !path.exists() {
        return Err(VaultError::DatabaseCorrupt);
    }
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    let conn = Connection::open_with_flags(path, flags)?;
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    if let Some(key) = key {
        let hex = Zeroizing::new(crate::hex::encode(key.expose()));
        let keying = Zeroizing::new(format!("PRAGMA key = \"x'{}'\";", hex.as_str()));
        conn.execute_batch(&keying)?;
    }
    // The first read proves the key (or finds the file damaged).
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })?;
    // temp_store: Android has no usable temp folder, and temp files would be
    // plaintext. secure_delete: deleted notes are zeroed inside the file, so a
    // coerced unlock later does not reveal them. NORMAL sync in WAL mode
    // survives an app kill; only a power cut can lose the last commit.
    conn.execute_batch(
        "PRAGMA temp_store = MEMORY;
         PRAGMA secure_delete = ON;
         PRAGMA journal_mode = WAL;
         PRAGMA synchronous = NORMAL;
         PRAGMA foreign_keys = ON;",
    )?;
    Ok(conn)
}

/// Folds the WAL into the database and truncates it, so that nothing lingers
/// in the WAL after deletes or on lock.
pub(crate) fn checkpoint(conn: &Connection) -> Result<(), VaultError> {
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// SQLite ignores unknown pragmas silently, so check that SQLCipher really
    /// took the logging setting and the key, rather than trusting the names.
    #[test]
    fn sqlcipher_is_keyed_and_silent() {
        let dir = tempfile::tempdir().unwrap();
        let conn = open(&dir.path().join("t.db"), Some(&SecretKey::random()), true).unwrap();
        let version: String = conn
            .query_row("PRAGMA cipher_version", [], |r| r.get(0))
            .unwrap();
        assert!(
            version.starts_with('4'),
            "SQLCipher 4 expected, got {version}"
        );
        let level: String = conn
            .query_row("PRAGMA cipher_log_level", [], |r| r.get(0))
            .unwrap();
        assert_eq!(level, "NONE");
        let temp: i64 = conn
            .query_row("PRAGMA temp_store", [], |r| r.get(0))
            .unwrap();
        assert_eq!(temp, 2, "temp_store = MEMORY");
        let mode: String = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        conn.execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES ('hello');")
            .unwrap();
        drop(conn);
        // A different key cannot read it.
        let err = open(&dir.path().join("t.db"), Some(&SecretKey::random()), false).unwrap_err();
        assert_eq!(err, VaultError::DatabaseCorrupt);
    }
}
