//! Opening the SQLCipher database with the vault's data key.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};
use zeroize::Zeroizing;

use super::trace::{self, Step};
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
    if create {
        super::files::create_database_file(path)?;
    } else if !path.exists() {
        return Err(VaultError::DatabaseCorrupt);
    }
    trace::step(|| Step::OpenDatabase(file_name(path)));
    wait_for_sqlcipher()?;
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    if let Some(key) = key {
        set_key(&conn, key)?;
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

/// [`open`] for the workspace's other SQLCipher stores (the NGO desk's
/// casework), so that every encrypted database is keyed, configured and
/// guarded against the start-up race in one place.
pub fn open_encrypted(
    path: &Path,
    key: &SecretKey,
    create: bool,
) -> Result<Connection, VaultError> {
    open(path, Some(key), create)
}

/// Waits until SQLCipher has finished its one-time set-up in this process.
///
/// SQLite marks itself initialized *before* it runs SQLCipher's set-up
/// (`SQLITE_EXTRA_INIT`), so a second thread opening a database at that
/// moment gets `sqlite3_key_v2` = SQLITE_ERROR ("sqlcipher not initialized").
/// On a phone that is the app and its background worker opening the vault at
/// process start; in CI, a rare `Vault::create` failure (`Database(1)`).
/// SQLCipher's set-up holds SQLite's main mutex throughout and returns at
/// once when done, so calling it here blocks exactly until it is finished.
fn wait_for_sqlcipher() -> Result<(), VaultError> {
    extern "C" {
        // Defined by SQLCipher; libsqlite3-sys builds it in with
        // -DSQLITE_EXTRA_INIT=sqlcipher_extra_init.
        fn sqlcipher_extra_init(arg: *const std::ffi::c_char) -> std::ffi::c_int;
    }
    // SAFETY: both take no pointers we own (NULL is the documented argument
    // SQLite itself passes) and are safe to call from any thread, any number
    // of times.
    #[allow(unsafe_code)] // rusqlite exposes neither call safely
    let rc = unsafe {
        match rusqlite::ffi::sqlite3_initialize() {
            rusqlite::ffi::SQLITE_OK => sqlcipher_extra_init(std::ptr::null()),
            rc => rc,
        }
    };
    if rc != rusqlite::ffi::SQLITE_OK {
        return Err(VaultError::Database(rc));
    }
    Ok(())
}

/// Keys the connection through `sqlite3_key_v2`, not `PRAGMA key`: the key
/// never becomes SQL text, so it is never parsed, prepared or traced as a
/// statement. SQLCipher only accepts a raw key in its `x'<64 hex>'` form, so
/// the hex lives in a buffer that is wiped when this returns.
fn set_key(conn: &Connection, key: &SecretKey) -> Result<(), VaultError> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut raw = Zeroizing::new(Vec::with_capacity(67));
    raw.extend_from_slice(b"x'");
    for b in key.expose() {
        raw.push(DIGITS[(b >> 4) as usize]);
        raw.push(DIGITS[(b & 15) as usize]);
    }
    raw.push(b'\'');
    // SAFETY: the handle is open for the lifetime of `conn`; the key buffer
    // outlives the call; SQLCipher copies what it needs.
    #[allow(unsafe_code)] // rusqlite has no safe call that keys with bytes
    let rc = unsafe {
        rusqlite::ffi::sqlite3_key_v2(
            conn.handle(),
            c"main".as_ptr(),
            raw.as_ptr().cast(),
            raw.len() as std::ffi::c_int,
        )
    };
    if rc != rusqlite::ffi::SQLITE_OK {
        return Err(VaultError::Database(rc));
    }
    Ok(())
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
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
        let key = SecretKey::random();
        let conn = open(&dir.path().join("t.db"), Some(&key), true).unwrap();
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
        // The same key, given as SQLCipher's documented raw-key pragma,
        // reads it: the key really is the raw 256-bit key, no PBKDF2.
        let plain = Connection::open(dir.path().join("t.db")).unwrap();
        plain
            .execute_batch(&format!(
                "PRAGMA key = \"x'{}'\";",
                crate::hex::encode(key.expose())
            ))
            .unwrap();
        let x: String = plain
            .query_row("SELECT x FROM t", [], |r| r.get(0))
            .unwrap();
        assert_eq!(x, "hello");
    }

    #[cfg(unix)]
    #[test]
    fn the_database_and_its_wal_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let conn = open(&path, Some(&SecretKey::random()), true).unwrap();
        conn.execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
            .unwrap();
        for p in super::super::files::with_side_files(&path) {
            if let Ok(m) = std::fs::metadata(&p) {
                assert_eq!(m.permissions().mode() & 0o777, 0o600, "{p:?}");
            }
        }
        assert!(dir.path().join("t.db-wal").exists());
    }
}
