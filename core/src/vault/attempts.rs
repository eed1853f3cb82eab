//! The vault's lock and its failed-attempt counter, in one small file.
//!
//! Every operation that reads and rewrites the header, or counts a guess,
//! holds an exclusive lock on `vault.attempts` (flock on Unix), across
//! threads, `Vault` handles and processes. The counter is the file's first
//! four bytes (little-endian u32), rewritten in place while the lock is held:
//! one locked read-modify-write, with no temp file whose name two processes
//! could share. A missing or empty file counts zero.
//!
//! The counter is raised *before* the KDF runs and reset only after a correct
//! passcode, so killing the app in the middle of a guess still counts it.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::Path;
use std::time::{Duration, Instant};

use super::files::private_options;
use super::trace::{self, Step};

/// Held for the length of one header operation. Dropping it unlocks.
pub(crate) struct VaultLock {
    file: File,
}

impl VaultLock {
    /// Waits for the lock (for as long as it takes).
    pub fn acquire(path: &Path) -> io::Result<VaultLock> {
        loop {
            let file = open(path)?;
            os::lock(&file, true)?;
            // A wipe may have deleted the file while we waited: a lock on a
            // deleted file protects nothing, so take the one now in place.
            if same_file(&file, path) {
                return Ok(VaultLock { file });
            }
        }
    }

    /// Tries for up to `patience`; `None` if another holder keeps it. The
    /// panic wipe uses this: it must never hang on a stuck process.
    pub fn acquire_within(path: &Path, patience: Duration) -> Option<VaultLock> {
        let until = Instant::now() + patience;
        loop {
            let file = open(path).ok()?;
            match os::lock(&file, false) {
                Ok(()) if same_file(&file, path) => return Some(VaultLock { file }),
                Ok(()) => continue,
                Err(_) if Instant::now() < until => std::thread::sleep(Duration::from_millis(5)),
                Err(_) => return None,
            }
        }
    }

    pub fn failures(&mut self) -> u32 {
        let mut buf = [0u8; 4];
        let read = self
            .file
            .seek(SeekFrom::Start(0))
            .and_then(|_| self.file.read_exact(&mut buf));
        match read {
            Ok(()) => u32::from_le_bytes(buf),
            // Empty (just created) or damaged: counting a damaged file as
            // zero keeps a glitch from wiping the vault.
            Err(_) => 0,
        }
    }

    /// Writes the counter in place and makes it durable before returning.
    pub fn set_failures(&mut self, n: u32) -> io::Result<()> {
        trace::step(|| Step::Write(super::files::ATTEMPTS.into(), 4));
        self.file.seek(SeekFrom::Start(0))?;
        self.file.write_all(&n.to_le_bytes())?;
        self.file.set_len(4)?;
        self.file.sync_data()
    }

    /// One more failure, counted durably. Returns the new count.
    pub fn count_failure(&mut self) -> io::Result<u32> {
        let n = self.failures().saturating_add(1);
        self.set_failures(n)?;
        Ok(n)
    }
}

/// The counter file, made (0600) if it is not there yet.
fn open(path: &Path) -> io::Result<File> {
    private_options()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
}

/// The counter, read without the lock (for `status`).
pub(crate) fn read(path: &Path) -> u32 {
    match std::fs::read(path) {
        Ok(b) if b.len() == 4 => u32::from_le_bytes([b[0], b[1], b[2], b[3]]),
        _ => 0,
    }
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_file: &File, path: &Path) -> bool {
    path.exists()
}

#[cfg(unix)]
mod os {
    use std::fs::File;
    use std::io;
    use std::os::unix::io::AsRawFd;

    /// flock, not std's `File::lock`: std has no lock on Android.
    pub fn lock(file: &File, wait: bool) -> io::Result<()> {
        let op = if wait {
            libc::LOCK_EX
        } else {
            libc::LOCK_EX | libc::LOCK_NB
        };
        loop {
            // SAFETY: a valid, open file descriptor.
            #[allow(unsafe_code)] // std's File::lock is missing on Android
            if unsafe { libc::flock(file.as_raw_fd(), op) } == 0 {
                return Ok(());
            }
            let e = io::Error::last_os_error();
            if e.kind() != io::ErrorKind::Interrupted {
                return Err(e);
            }
        }
    }
}

#[cfg(not(unix))]
mod os {
    use std::fs::File;
    use std::io;

    pub fn lock(file: &File, wait: bool) -> io::Result<()> {
        if wait {
            file.lock()
        } else {
            file.try_lock()
                .map_err(|_| io::ErrorKind::WouldBlock.into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_in_place_and_survives_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a");
        assert_eq!(read(&p), 0);
        {
            let mut l = VaultLock::acquire(&p).unwrap();
            assert_eq!(l.failures(), 0);
            assert_eq!(l.count_failure().unwrap(), 1);
            assert_eq!(l.count_failure().unwrap(), 2);
        }
        assert_eq!(read(&p), 2);
        let mut l = VaultLock::acquire(&p).unwrap();
        l.set_failures(0).unwrap();
        assert_eq!(read(&p), 0);
    }

    #[test]
    fn a_second_holder_waits() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a");
        let held = VaultLock::acquire(&p).unwrap();
        assert!(VaultLock::acquire_within(&p, Duration::from_millis(30)).is_none());
        drop(held);
        assert!(VaultLock::acquire_within(&p, Duration::from_millis(30)).is_some());
    }

    #[test]
    fn threads_never_lose_a_count() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a");
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let p = p.clone();
                std::thread::spawn(move || {
                    for _ in 0..25 {
                        VaultLock::acquire(&p).unwrap().count_failure().unwrap();
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        assert_eq!(read(&p), 200);
    }
}
