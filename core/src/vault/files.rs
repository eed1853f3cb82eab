//! The files a vault is made of, and how they are written and destroyed.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Where each file of one vault lives. Names are deliberately plain.
#[derive(Debug, Clone)]
pub(crate) struct VaultFiles {
    pub dir: PathBuf,
}

impl VaultFiles {
    pub fn new(dir: PathBuf) -> Self {
        VaultFiles { dir }
    }
    pub fn header(&self) -> PathBuf {
        self.dir.join("vault.header")
    }
    pub fn attempts(&self) -> PathBuf {
        self.dir.join("vault.attempts")
    }
    pub fn database(&self) -> PathBuf {
        self.dir.join("vault.db")
    }
    /// The database and the files SQLite keeps beside it.
    pub fn database_files(&self) -> [PathBuf; 4] {
        let db = self.database();
        let with = |suffix: &str| {
            let mut s = db.clone().into_os_string();
            s.push(suffix);
            PathBuf::from(s)
        };
        [with("-wal"), with("-shm"), with("-journal"), db]
    }
}

/// Writes `bytes` to `path` so that a crash leaves either the old or the new
/// content, never a torn file: write a sibling, fsync, rename, fsync the folder.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".new");
    let tmp = PathBuf::from(tmp);
    {
        let mut f = File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    fs::rename(&tmp, path)?;
    sync_dir(path);
    Ok(())
}

/// Overwrites a file with random bytes, flushes, then deletes it. On flash the
/// old blocks may survive in the controller, which is why the vault relies on
/// destroying keys (crypto-shredding) rather than on overwriting data.
pub(crate) fn shred_file(path: &Path) -> io::Result<()> {
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
    match fs::remove_file(path) {
        Ok(()) => {
            sync_dir(path);
            Ok(())
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
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
