//! The vault: an encrypted store that nobody who takes the phone can read,
//! and that its owner can destroy in one step, even under coercion.
//!
//! Key hierarchy (docs/vault.md has the details):
//! - a random 256-bit *data key* encrypts the SQLCipher database;
//! - the data key is sealed in a header slot under a key derived from the
//!   passcode (Argon2id) *and* a device secret that only the platform key
//!   store (Android Keystore, Secure Enclave) can unwrap;
//! - destroying the header and the device key is crypto-shredding: the
//!   database that remains is noise.
//!
//! [`Vault`] is `Send + Sync`. All methods block (disk, KDF): call them off the
//! main thread. There is one connection, so writes are serialised.

mod attempts;
mod database;
mod error;
pub(crate) mod files;
mod header;
mod schema;
pub(crate) use database::checkpoint;
#[cfg(test)]
mod tests;

use std::io::Read;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use rusqlite::Connection;

pub use error::VaultError;
use files::VaultFiles;
use header::{Header, Slot};

use crate::kdf::KdfParams;
use crate::keystore::PlatformKeyStore;
use crate::secret::SecretKey;
use crate::sync::UnlockKind;

/// Longest passcode accepted, in bytes.
pub const MAX_PASSCODE_LEN: usize = 1024;

/// Settings chosen when a vault is created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VaultOptions {
    pub kdf: KdfParams,
    /// Wipe the vault after this many wrong passcodes in a row. Opt-in.
    pub wipe_after: Option<u32>,
}

impl Default for VaultOptions {
    fn default() -> Self {
        VaultOptions {
            kdf: KdfParams::RECOMMENDED,
            wipe_after: None,
        }
    }
}

/// What can be known about a vault without its passcode. Deliberately says
/// nothing about whether a duress passcode is set.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct VaultStatus {
    pub exists: bool,
    pub unlocked: bool,
    pub failed_attempts: u32,
    pub wipe_after: Option<u32>,
}

pub struct Vault {
    files: VaultFiles,
    keystore: Arc<dyn PlatformKeyStore>,
    state: Mutex<Option<OpenVault>>,
    /// Held while the header or counter files are read or written, so a wipe
    /// can never be undone by a header write racing with it.
    header_guard: Mutex<()>,
    /// Raised by every wipe. An unlock that started before a wipe must not
    /// reopen anything after it.
    generation: AtomicU64,
}

struct OpenVault {
    conn: Connection,
    /// How this session was opened. Kept in memory only, never on disk: a
    /// record of a duress unlock in the fresh vault would be readable by the
    /// very person who forced it, with the passcode they now know.
    unlock: UnlockKind,
    // Kept for features that derive further keys (attachments); zeroized on lock.
    _data_key: SecretKey,
}

/// A passcode that proved itself, and what it unlocked.
struct Authenticated {
    header: Header,
    device_secret: SecretKey,
    data_key: SecretKey,
    generation: u64,
    unlock: UnlockKind,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic elsewhere must not make the vault unusable or unwipeable.
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn check_passcode(passcode: &str) -> Result<(), VaultError> {
    if passcode.is_empty() || passcode.len() > MAX_PASSCODE_LEN {
        return Err(VaultError::InvalidPasscode {
            max: MAX_PASSCODE_LEN,
        });
    }
    Ok(())
}

impl Vault {
    /// A handle on the vault in `dir`. Touches nothing on disk.
    pub fn new(dir: impl Into<PathBuf>, keystore: Arc<dyn PlatformKeyStore>) -> Self {
        Vault {
            files: VaultFiles::new(dir.into()),
            keystore,
            state: Mutex::new(None),
            header_guard: Mutex::new(()),
            generation: AtomicU64::new(0),
        }
    }

    pub fn exists(&self) -> bool {
        self.files.header().exists()
    }

    pub fn is_unlocked(&self) -> bool {
        lock(&self.state).is_some()
    }

    /// How the open vault was unlocked: `Duress` after the duress passcode
    /// (the vault is then the fresh, empty one), `Normal` after the passcode
    /// or `create`. `None` while locked. The send policy refuses to send
    /// after a duress unlock. Lives in memory for as long as the vault stays
    /// open and is never written anywhere (docs/vault.md).
    pub fn last_unlock(&self) -> Option<UnlockKind> {
        lock(&self.state).as_ref().map(|open| open.unlock)
    }

    pub fn status(&self) -> VaultStatus {
        let wipe_after = read_limited(&self.files.header())
            .ok()
            .and_then(|raw| Header::parse(&raw).ok())
            .and_then(|h| h.wipe_after);
        VaultStatus {
            exists: self.exists(),
            unlocked: self.is_unlocked(),
            failed_attempts: attempts::read(&self.files.attempts()),
            wipe_after,
        }
    }

    /// Creates a new vault protected by `passcode` and leaves it unlocked.
    pub fn create(&self, passcode: &str, options: &VaultOptions) -> Result<(), VaultError> {
        check_passcode(passcode)?;
        if !options.kdf.is_valid() {
            return Err(VaultError::InvalidSetting("KDF parameters out of range"));
        }
        if options.wipe_after == Some(0) {
            return Err(VaultError::InvalidSetting("wipe-after must be at least 1"));
        }
        if self.exists() {
            return Err(VaultError::AlreadyExists);
        }
        let salt: [u8; 16] = crate::random::array();
        let passcode_key = options
            .kdf
            .derive(passcode.as_bytes(), &salt)
            .ok_or(VaultError::InvalidSetting("KDF parameters out of range"))?;
        let auth = self.fresh_vault(
            options.kdf,
            salt,
            options.wipe_after,
            &passcode_key,
            schema::LATEST,
        )?;
        self.open_with(auth)
    }

    /// Unlocks with the passcode, or with the duress passcode, which silently
    /// destroys the real vault and opens an empty one. Both look the same to
    /// the caller: `Ok(())`.
    pub fn unlock(&self, passcode: &str) -> Result<(), VaultError> {
        let auth = self.authenticate(passcode)?;
        self.open_with(auth)
    }

    /// Closes the database and forgets the keys (zeroized on drop).
    pub fn lock(&self) {
        if let Some(open) = lock(&self.state).take() {
            let _ = database::checkpoint(&open.conn);
        }
    }

    /// Re-wraps the data key under a new passcode. The database is untouched.
    pub fn change_passcode(&self, current: &str, new: &str) -> Result<(), VaultError> {
        check_passcode(new)?;
        let mut auth = self.authenticate(current)?;
        let new_key = self.derive(&auth.header, new)?;
        if let Some((Slot::Duress, _)) = auth.header.open_slots(&new_key, &auth.device_secret) {
            return Err(VaultError::DuressSameAsPasscode);
        }
        auth.header.seal_slot(
            Slot::Passcode,
            &new_key,
            &auth.device_secret,
            &auth.data_key,
        );
        self.write_header(&auth)
    }

    /// Sets (or replaces) the duress passcode.
    pub fn set_duress_passcode(&self, current: &str, duress: &str) -> Result<(), VaultError> {
        check_passcode(duress)?;
        let mut auth = self.authenticate(current)?;
        let duress_key = self.derive(&auth.header, duress)?;
        if let Some((Slot::Passcode, _)) = auth.header.open_slots(&duress_key, &auth.device_secret)
        {
            return Err(VaultError::DuressSameAsPasscode);
        }
        // The slot holds a random token: the duress passcode unlocks nothing.
        auth.header.seal_slot(
            Slot::Duress,
            &duress_key,
            &auth.device_secret,
            &SecretKey::random(),
        );
        self.write_header(&auth)
    }

    pub fn clear_duress_passcode(&self, current: &str) -> Result<(), VaultError> {
        let mut auth = self.authenticate(current)?;
        auth.header.clear_slot(Slot::Duress);
        self.write_header(&auth)
    }

    /// Turns wipe-after-N-failures on (`Some(n)`, n ≥ 1) or off (`None`).
    pub fn set_wipe_after(&self, current: &str, limit: Option<u32>) -> Result<(), VaultError> {
        if limit == Some(0) {
            return Err(VaultError::InvalidSetting("wipe-after must be at least 1"));
        }
        let mut auth = self.authenticate(current)?;
        auth.header.wipe_after = limit;
        self.write_header(&auth)
    }

    /// Panic wipe: crypto-shreds the vault at once. Needs no passcode, works
    /// locked or unlocked, and is safe to call from any thread. The header goes
    /// first, so the data is unreadable even if deleting the rest is cut short.
    pub fn wipe(&self) -> Result<(), VaultError> {
        let alias = {
            let _guard = lock(&self.header_guard);
            self.generation.fetch_add(1, Ordering::SeqCst);
            let alias = read_limited(&self.files.header())
                .ok()
                .and_then(|raw| Header::parse(&raw).ok())
                .map(|h| h.key_alias());
            files::shred_file(&self.files.header())?;
            files::remove_if_present(&self.files.attempts())?;
            alias
        };
        let key_result = match alias {
            Some(alias) => self.keystore.delete(alias),
            None => Ok(()),
        };
        // Waits for an operation in progress to finish; by now it can only
        // ever see data whose key is gone.
        lock(&self.state).take();
        for path in self.files.database_files() {
            files::remove_if_present(&path)?;
        }
        key_result?;
        Ok(())
    }

    /// Runs `f` on the open database, or fails with [`VaultError::Locked`].
    pub(crate) fn with_connection<T>(
        &self,
        f: impl FnOnce(&mut Connection) -> Result<T, VaultError>,
    ) -> Result<T, VaultError> {
        match lock(&self.state).as_mut() {
            Some(open) => f(&mut open.conn),
            None => Err(VaultError::Locked),
        }
    }

    /// Every passcode check goes through here, so the passcode and the duress
    /// passcode take the same path and the same single KDF run.
    fn authenticate(&self, passcode: &str) -> Result<Authenticated, VaultError> {
        check_passcode(passcode)?;
        let (header, device_secret, generation) = {
            let _guard = lock(&self.header_guard);
            let raw = read_limited(&self.files.header())?;
            let header = Header::parse(&raw)?;
            let device_secret = header.device_secret(&*self.keystore)?;
            Header::verify(&raw, &header.salt, &device_secret)?;
            // Counted before the KDF: killing the app mid-guess still counts.
            attempts::increment(&self.files.attempts())?;
            (
                header,
                device_secret,
                self.generation.load(Ordering::SeqCst),
            )
        };
        let passcode_key = self.derive(&header, passcode)?;
        match header.open_slots(&passcode_key, &device_secret) {
            Some((Slot::Passcode, data_key)) => {
                attempts::reset(&self.files.attempts())?;
                Ok(Authenticated {
                    header,
                    device_secret,
                    data_key,
                    generation,
                    unlock: UnlockKind::Normal,
                })
            }
            Some((Slot::Duress, _)) => {
                self.wipe()?;
                let mut fresh = self.fresh_vault(
                    header.kdf,
                    header.salt,
                    header.wipe_after,
                    &passcode_key,
                    schema::LATEST,
                )?;
                fresh.unlock = UnlockKind::Duress;
                Ok(fresh)
            }
            None => {
                let failures = attempts::read(&self.files.attempts());
                match header.wipe_after {
                    Some(limit) if failures >= limit => {
                        self.wipe()?;
                        Err(VaultError::WrongPasscode {
                            remaining_attempts: Some(0),
                        })
                    }
                    Some(limit) => Err(VaultError::WrongPasscode {
                        remaining_attempts: Some(limit - failures),
                    }),
                    None => Err(VaultError::WrongPasscode {
                        remaining_attempts: None,
                    }),
                }
            }
        }
    }

    fn derive(&self, header: &Header, passcode: &str) -> Result<SecretKey, VaultError> {
        header
            .kdf
            .derive(passcode.as_bytes(), &header.salt)
            .ok_or(VaultError::HeaderCorrupt {
                reason: "KDF parameters out of range",
            })
    }

    /// Makes a new, empty vault keyed to `passcode_key`: new data key, new
    /// device key, empty database at `schema_version`. The header is written
    /// last, so a crash part-way leaves no vault rather than a broken one.
    fn fresh_vault(
        &self,
        kdf: KdfParams,
        salt: [u8; 16],
        wipe_after: Option<u32>,
        passcode_key: &SecretKey,
        schema_version: i64,
    ) -> Result<Authenticated, VaultError> {
        let _guard = lock(&self.header_guard);
        if self.exists() {
            return Err(VaultError::AlreadyExists);
        }
        std::fs::create_dir_all(&self.files.dir)?;
        for path in self.files.database_files() {
            files::remove_if_present(&path)?;
        }
        let device_secret = SecretKey::random();
        let data_key = SecretKey::random();
        let mut header = Header {
            kdf,
            salt,
            wipe_after,
            key_id: crate::random::array(),
            wrapped_device_secret: Vec::new(),
            slots: [[0; header::SLOT_LEN]; 2],
        };
        header.wrapped_device_secret = self
            .keystore
            .wrap(header.key_alias(), device_secret.expose().to_vec())?;
        header.seal_slot(Slot::Passcode, passcode_key, &device_secret, &data_key);
        header.clear_slot(Slot::Duress);
        {
            let mut conn = database::open(&self.files.database(), Some(&data_key), true)?;
            schema::migrate_to(&mut conn, schema_version)?;
        }
        files::write_atomically(&self.files.header(), &header.to_bytes(&device_secret))?;
        attempts::reset(&self.files.attempts())?;
        Ok(Authenticated {
            header,
            device_secret,
            data_key,
            generation: self.generation.load(Ordering::SeqCst),
            unlock: UnlockKind::Normal,
        })
    }

    fn open_with(&self, auth: Authenticated) -> Result<(), VaultError> {
        let mut state = lock(&self.state);
        if self.generation.load(Ordering::SeqCst) != auth.generation {
            return Err(VaultError::NotFound);
        }
        state.take();
        let mut conn = database::open(&self.files.database(), Some(&auth.data_key), false)?;
        schema::migrate_to(&mut conn, schema::LATEST)?;
        *state = Some(OpenVault {
            conn,
            unlock: auth.unlock,
            _data_key: auth.data_key,
        });
        Ok(())
    }

    fn write_header(&self, auth: &Authenticated) -> Result<(), VaultError> {
        let _guard = lock(&self.header_guard);
        if self.generation.load(Ordering::SeqCst) != auth.generation {
            return Err(VaultError::NotFound);
        }
        files::write_atomically(
            &self.files.header(),
            &auth.header.to_bytes(&auth.device_secret),
        )?;
        Ok(())
    }
}

/// Reads the header file, refusing anything larger than a header can be.
fn read_limited(path: &std::path::Path) -> Result<Vec<u8>, VaultError> {
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(VaultError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let mut raw = Vec::new();
    file.take(header::MAX_HEADER_LEN as u64 + 1)
        .read_to_end(&mut raw)?;
    if raw.len() > header::MAX_HEADER_LEN {
        return Err(VaultError::HeaderCorrupt { reason: "too long" });
    }
    Ok(raw)
}

#[cfg(feature = "bench-baseline")]
impl Vault {
    /// An UNENCRYPTED database with the vault's schema and settings, already
    /// open: the baseline that benchmarks measure SQLCipher against, through
    /// the very same code. Only exists with the `bench-baseline` feature.
    pub fn plaintext_baseline(dir: impl Into<PathBuf>) -> Result<Vault, VaultError> {
        let vault = Vault::new(
            dir,
            Arc::new(crate::keystore::SoftwareKeyStore::in_memory()),
        );
        std::fs::create_dir_all(&vault.files.dir)?;
        let mut conn = database::open(&vault.files.database(), None, true)?;
        schema::migrate_to(&mut conn, schema::LATEST)?;
        *lock(&vault.state) = Some(OpenVault {
            conn,
            unlock: UnlockKind::Normal,
            _data_key: SecretKey::random(),
        });
        Ok(vault)
    }
}

#[allow(dead_code)]
fn assert_thread_safe() {
    fn is<T: Send + Sync>() {}
    is::<Vault>();
}
