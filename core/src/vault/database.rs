//! Opening the SQLCipher database with the vault's data key.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};
use zeroize::Zeroizing;

use super::VaultError;
use crate::secret::SecretKey;

/// Opens (or, with `create`, creates) the encrypted database.
///
/// The raw 256-bit key skips SQLCipher's own PBKDF2: the passcode KDF has
/// already run. SQLCipher's logging is silenced first, because by default it
/// prints decryption failures to stderr (logcat on Android).
pub(crate) fn open(path: &Path, key: &SecretKey, create: bool) -> Result<Connection, VaultError> {
    if !create && !path.exists() {
        return Err(VaultError::DatabaseCorrupt);
    }
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    let conn = Connection::open_with_flags(path, flags)?;
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    let keying = Zeroizing::new(format!("PRAGMA key = \"x'{}'\";", Zeroizing::new(crate::hex::encode(key.expose())).as_str()));
    conn.execute_batch(&keying)?;
    // The first read proves the key (or finds the file damaged).
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0))?;
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
