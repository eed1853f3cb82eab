//! The files a vault is made of, and every way the vault touches them.
//!
//! All creation, writing, renaming and deletion by the vault goes through the
//! functions here, so that (1) files are private (0600, folders 0700, on Unix
//! whatever the umask), (2) a crash never leaves a torn file, and (3) tests
//! can record the exact sequence of file operations (`trace`) and compare a
//! normal unlock with a duress unlock.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::trace::{self, Step};

/// Names of the fixed files. Database files are named by random ids kept
/// inside the encrypted header, so their names say nothing about their role.
pub(crate) const HEADER: &str = "vault.header";
/// The first bytes of `vault.header`, in every format.
pub(crate) const MAGIC: &[u8; 4] = b"WMKV";
pub(crate) const ATTEMPTS: &str = "vault.attempts";
/// The one database name of format-1 vaults, renamed when they migrate.
pub(crate) const LEGACY_DATABASE: &str = "vault.db";
const TEMP_SUFFIX: &str = ".tmp";
/// What SQLite keeps beside a database.
const SIDE_SUFFIXES: [&str; 3] = ["-wal", "-shm", "-journal"];

/// Where each file of one vault lives.
#[derive(Debug, Clone)]
pub(crate) struct VaultFiles {
    pub dir: PathBuf,
}

impl VaultFiles {
    pub fn new(dir: PathBuf) -> Self {
        VaultFiles { dir }
    }
    pub fn header(&self) -> PathBuf {
        self.dir.join(HEADER)
    }
    pub fn attempts(&self) -> PathBuf {
        self.dir.join(ATTEMPTS)
    }
    /// The database named by `id` (16 random bytes, from the header).
    pub fn database(&self, id: &[u8; 16]) -> PathBuf {
        self.dir.join(database_name(id))
    }
    pub fn legacy_database(&self) -> PathBuf {
        self.dir.join(LEGACY_DATABASE)
    }

    /// Every file in the folder that a vault makes (databases of any name
    /// with their side files, the header, the counter, temp files). Used by
    /// wipe, which cannot trust the header to name them.
    pub fn every_vault_file(&self) -> Vec<PathBuf> {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut out: Vec<PathBuf> = entries
            .flatten()
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|name| is_vault_file(name))
            .map(|name| self.dir.join(name))
            .collect();
        out.sort();
        out
    }

    /// Every file of the courier beside the vault (docs/courier.md).
    pub fn every_courier_file(&self) -> Vec<PathBuf> {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut out: Vec<PathBuf> = entries
            .flatten()
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|name| super::courier_key::is_courier_file(name))
            .map(|name| self.dir.join(name))
            .collect();
        out.sort();
        out
    }

    /// Database files (and side files and temp files) that are not one of
    /// `keep` (nor, with `keep_legacy`, a format-1 `vault.db`): leftovers of
    /// a crash between writing a header and deleting what it no longer names.
    pub fn strays(&self, keep: &[[u8; 16]], keep_legacy: bool) -> Vec<PathBuf> {
        let mut keep: Vec<String> = keep.iter().map(database_name).collect();
        if keep_legacy {
            keep.push(LEGACY_DATABASE.to_owned());
        }
        self.every_vault_file()
            .into_iter()
            .filter(|p| {
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
                if name == HEADER || name == ATTEMPTS {
                    return false;
                }
                let base = SIDE_SUFFIXES
                    .iter()
                    .find_map(|s| name.strip_suffix(s))
                    .unwrap_or(name);
                !keep.iter().any(|k| k == base)
            })
            .collect()
    }
}

fn database_name(id: &[u8; 16]) -> String {
    format!("{}.db", crate::hex::encode(id))
}

fn is_vault_file(name: &str) -> bool {
    if name == HEADER || name == ATTEMPTS || name.ends_with(TEMP_SUFFIX) {
        return true;
    }
    let base = SIDE_SUFFIXES
        .iter()
        .find_map(|s| name.strip_suffix(s))
        .unwrap_or(name);
    if base == LEGACY_DATABASE {
        return true;
    }
    base.strip_suffix(".db")
        .is_some_and(|id| id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The paths of a database and the files SQLite keeps beside it, side files
/// first (deleting the database before its WAL would leave a WAL that a
/// later database of the same name could pick up).
pub(crate) fn with_side_files(db: &Path) -> [PathBuf; 4] {
    let with = |suffix: &str| {
        let mut s = db.as_os_str().to_owned();
        s.push(suffix);
        PathBuf::from(s)
    };
    [
        with(SIDE_SUFFIXES[0]),
        with(SIDE_SUFFIXES[1]),
        with(SIDE_SUFFIXES[2]),
        db.to_path_buf(),
    ]
}

fn name_of(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Creates `dir` (and missing parents) with 0700 on Unix.
pub(crate) fn create_private_dir(dir: &Path) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Options that create files readable by the owner only.
pub(crate) fn private_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
}

/// Creates an empty private file for SQLite to fill: SQLite would create it
/// with 0644, and gives its WAL and SHM the database's own mode.
pub(crate) fn create_database_file(path: &Path) -> io::Result<()> {
    trace::step(|| Step::CreateDatabase(name_of(path)));
    private_options().write(true).create_new(true).open(path)?;
    Ok(())
}

/// Writes `bytes` to `path` so that a crash leaves either the old or the new
/// content, never a torn file: write a randomly named sibling, fsync, rename,
/// fsync the folder. A random name, because two processes may write at once.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(format!(
        ".{}{TEMP_SUFFIX}",
        crate::hex::encode(&crate::random::array::<8>())
    ));
    let tmp = PathBuf::from(tmp);
    trace::step(|| Step::Write(name_of(path), bytes.len()));
    let written = (|| {
        let mut f = private_options().write(true).create_new(true).open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()
    })();
    if let Err(e) = written {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    trace::step(|| Step::Rename(name_of(path)));
    if let Err(e) = fs::rename(&tmp, path) {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    sync_dir(path);
    Ok(())
}

/// Renames a file (format-1 migration). Missing sources are not an error.
pub(crate) fn rename_if_present(from: &Path, to: &Path) -> io::Result<()> {
    trace::step(|| Step::Rename(name_of(to)));
    match fs::rename(from, to) {
        Ok(()) => {
            sync_dir(to);
            Ok(())
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

/// Overwrites a file with random bytes, flushes, then deletes it. On flash the
/// old blocks may survive in the controller, which is why the vault relies on
/// destroying keys (crypto-shredding) rather than on overwriting data.
pub(crate) fn shred_file(path: &Path) -> io::Result<()> {
    trace::step(|| Step::Shred(name_of(path)));
    match OpenOptions::new().write(true).open(path) {
        Ok(mut f) => {
            let len = f.metadata()?.len() as usize;
            let mut noise = vec![0u8; len.min(1 << 20)];
            crate::random::fill(&mut noise);
            let mut written = 0;
            while written < len {
                let n = (len - written).min(noise.len());
                f.write_all(&noise[..n])?;
                written += n;
            }
            f.sync_all()?;
            drop(f);
            remove_if_present(path)
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

pub(crate) fn remove_if_present(path: &Path) -> io::Result<()> {
    trace::step(|| Step::Remove(name_of(path)));
    match fs::remove_file(path) {
        Ok(()) => {
            sync_dir(path);
            Ok(())
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

/// Deletes a database with its side files.
pub(crate) fn remove_database(db: &Path) -> io::Result<()> {
    for path in with_side_files(db) {
        remove_if_present(&path)?;
    }
    Ok(())
}

/// Makes a rename or delete durable. Best effort: not every platform can open
/// a directory for syncing.
fn sync_dir(path: &Path) {
    if let Some(parent) = path.parent() {
        if let Ok(d) = File::open(parent) {
            let _ = d.sync_all();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_only_vault_files() {
        for name in [
            "vault.header",
            "vault.attempts",
            "vault.db",
            "vault.db-wal",
            "vault.header.0011223344556677.tmp",
            "00112233445566778899aabbccddeeff.db",
            "00112233445566778899aabbccddeeff.db-shm",
        ] {
            assert!(is_vault_file(name), "{name}");
        }
        for name in ["notes.txt", "keystore", "abc.db", "vault.dbx", "x.db-wal"] {
            assert!(!is_vault_file(name), "{name}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn atomic_writes_are_private_whatever_the_umask() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("f");
        write_atomically(&p, b"x").unwrap();
        let mode = fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "no temp left");
    }
}
