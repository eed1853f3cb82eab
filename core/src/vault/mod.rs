//! The vault: an encrypted store that nobody who takes the phone can read,
//! and that its owner can destroy in one step, even under coercion.
//!
//! Key hierarchy (docs/vault.md has the details, ADR 0100 the reasons):
//! - a random 256-bit *data key* encrypts the live SQLCipher database;
//! - it is sealed in a header slot under a key derived from the passcode
//!   (Argon2id) *and* the platform key store's hardware answer for that
//!   passcode, so every guess needs the phone's secure hardware;
//! - the header's secret part is sealed again under an *epoch* key that is
//!   replaced on every header write, so an old header copy is useless;
//! - a spare, empty database with its own key waits in the header, so a
//!   duress unlock does exactly what a normal unlock does, only with the
//!   other database.
//!
//! [`Vault`] is `Send + Sync`. All methods block (disk, KDF, key store): call
//! them off the main thread. There is one connection, so writes are serialised.

mod attempts;
pub(crate) mod courier_key;
mod database;
mod error;
pub(crate) mod files;
mod header;
mod ids;
mod keys;
mod legacy;
mod migrate;
mod opened;
mod rotation;
mod schema;
mod trace;
mod wipe;
pub(crate) use database::{checkpoint, open as open_database};
#[cfg(test)]
mod tests;
#[cfg(feature = "crash-points")]
pub use trace::crash_points;

/// A kill point for crash tests in code outside the vault (the courier's
/// copy of a queued envelope). Nothing in normal builds.
pub(crate) fn crash_point(what: &'static str) {
    trace::step(|| trace::Step::Mark(what));
}

/// Entry points for the coverage-guided fuzz targets (fuzz/).
#[cfg(feature = "fuzzing")]
pub mod fuzzing {
    /// Parses `bytes` as a header of either format, and opens a format-2
    /// sealed part with a fixed epoch answer. Panics only on a bug.
    pub fn parse_header(bytes: &[u8]) {
        if let Ok(clear) = super::header::parse(bytes) {
            let _ = super::header::open(bytes, &clear, &[7; 32]);
            let _ = clear.epoch_alias();
        }
        if let Ok(old) = super::legacy::Header::parse(bytes) {
            let _ = old.slot_aad(1);
        }
    }
}

use chrono::{DateTime, Utc};
use std::io::Read;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use rusqlite::Connection;

use attempts::VaultLock;
pub use database::open_encrypted;
pub use error::VaultError;
use files::VaultFiles;
use header::{Clear, Inner, Role, Slot};
use ids::Id;
use keys::Keys;

use crate::kdf::KdfParams;
use crate::keystore::PlatformKeyStore;
use crate::secret::SecretKey;
use crate::time::{Clock, SystemClock};

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
/// nothing about whether a duress passcode is set or was used.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct VaultStatus {
    pub exists: bool,
    pub unlocked: bool,
    pub failed_attempts: u32,
    pub wipe_after: Option<u32>,
}

pub struct Vault {
    files: VaultFiles,
    keys: Keys,
    state: Mutex<Option<OpenVault>>,
    /// Raised by every wipe. An unlock that started before a wipe must not
    /// write a header or reopen anything after it.
    generation: AtomicU64,
    /// The old courier's key between an unlock and the courier's hand-over.
    courier_handover: Mutex<Option<courier_key::Handover>>,
    /// Where every store of this vault reads the time (crate::time).
    clock: Arc<dyn Clock>,
}

/// How the open session began. Kept in memory only, never on disk and never
/// in any output: a record of a duress unlock would be readable by the very
/// person who forced it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Session {
    Normal,
    Duress,
}

struct OpenVault {
    conn: Connection,
    session: Session,
    // Kept for features that derive further keys (attachments); zeroized on lock.
    _data_key: SecretKey,
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

fn kdf(params: &KdfParams, passcode: &str, salt: &[u8; 16]) -> Result<SecretKey, VaultError> {
    params
        .derive(passcode.as_bytes(), salt)
        .ok_or(VaultError::HeaderCorrupt {
            reason: "KDF parameters out of range",
        })
}

/// A coin flip: where the passcode's slot sits in the header, so that the
/// order of key-store calls says nothing about which slot opened.
fn coin() -> bool {
    crate::random::array::<1>()[0] & 1 == 1
}

impl Vault {
    /// A handle on the vault in `dir`. Touches nothing on disk.
    ///
    /// One key store serves one vault: a panic wipe of a vault whose header
    /// is too damaged to name its keys deletes every vault key in the store.
    pub fn new(dir: impl Into<PathBuf>, keystore: Arc<dyn PlatformKeyStore>) -> Self {
        Vault {
            files: VaultFiles::new(dir.into()),
            keys: Keys(keystore),
            state: Mutex::new(None),
            generation: AtomicU64::new(0),
            courier_handover: Mutex::new(None),
            clock: Arc::new(SystemClock),
        }
    }

    /// This vault, reading the time from `clock` instead of the system's
    /// (tests and demos put a whole vault at a chosen moment).
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// Now, by this vault's clock: what every store of the vault stamps.
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// The clock itself, for what outlives one call (a questionnaire
    /// session's `today()`).
    pub fn clock(&self) -> Arc<dyn Clock> {
        Arc::clone(&self.clock)
    }

    pub fn exists(&self) -> bool {
        self.files.header().exists()
    }

    pub fn is_unlocked(&self) -> bool {
        lock(&self.state).is_some()
    }

    /// Whether the open session began with the duress passcode. Crate-only:
    /// the sync uses it to keep everything off the network, silently, and
    /// nothing else may ever show it.
    pub(crate) fn is_duress_session(&self) -> bool {
        lock(&self.state)
            .as_ref()
            .is_some_and(|open| open.session == Session::Duress)
    }

    /// Reads nothing but the header's clear part and the counter: no key
    /// store call, no passcode.
    pub fn status(&self) -> VaultStatus {
        let wipe_after = read_limited(&self.files.header())
            .ok()
            .and_then(|raw| match raw.get(4) {
                Some(&legacy::FORMAT_VERSION) => {
                    legacy::Header::parse(&raw).ok().map(|h| h.wipe_after)
                }
                _ => header::parse(&raw).ok().map(|c| c.wipe_after),
            })
            .flatten();
        VaultStatus {
            exists: self.exists(),
            unlocked: self.is_unlocked(),
            failed_attempts: attempts::read(&self.files.attempts()),
            wipe_after,
        }
    }

    /// Creates a new vault protected by `passcode` and leaves it unlocked.
    pub fn create(&self, passcode: &str, options: &VaultOptions) -> Result<(), VaultError> {
        self.create_at_schema(passcode, options, schema::LATEST)
    }

    /// `create`, with the live database at `schema_version` (tests of
    /// schema migrations make older databases this way).
    fn create_at_schema(
        &self,
        passcode: &str,
        options: &VaultOptions,
        schema_version: i64,
    ) -> Result<(), VaultError> {
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
        files::create_private_dir(&self.files.dir)?;
        let mut held = VaultLock::acquire(&self.files.attempts())?;
        if self.exists() {
            return Err(VaultError::AlreadyExists);
        }
        let generation = self.generation.load(Ordering::SeqCst);
        // Leftovers of a creation cut short.
        for stray in self.files.strays(&[], false) {
            files::remove_if_present(&stray)?;
        }
        let mut clear = Clear {
            vault_id: ids::random_id(),
            epoch_id: ids::random_id(),
            kdf: options.kdf,
            wipe_after: options.wipe_after,
            salt: crate::random::array(),
        };
        let x = kdf(&options.kdf, passcode, &clear.salt)?;
        let (live_db, live_key) = (ids::random_id(), SecretKey::random());
        self.make_database_at(&live_db, &live_key, schema_version)?;
        let (spare_db, spare_key) = (ids::random_id(), SecretKey::random());
        self.make_database(&spare_db, &spare_key)?;
        let passcode_slot = self.new_slot(&clear.vault_id, &x, Role::Passcode, &live_key)?;
        let empty_slot = self.new_empty_slot(&clear.vault_id)?;
        let slots = if coin() {
            [passcode_slot, empty_slot]
        } else {
            [empty_slot, passcode_slot]
        };
        let inner = Inner {
            slots,
            live_db,
            spare_db,
            spare_key,
            legacy: None,
        };
        self.write_new_epoch(&mut clear, &inner, generation)?;
        held.set_failures(0)?;
        drop(held);
        let conn = database::open(&self.files.database(&live_db), Some(&live_key), false)?;
        self.open_with(conn, live_key, Session::Normal, generation)
    }

    /// Unlocks with the passcode, or with the duress passcode, which silently
    /// destroys the real vault and opens the empty spare. Both do the same
    /// steps and both return `Ok(())`.
    pub fn unlock(&self, passcode: &str) -> Result<(), VaultError> {
        let opened = self.authenticate(passcode)?;
        let generation = opened.generation;
        let (conn, key, session) = self.rotate(opened, rotation::Change::Nothing, true)?;
        let conn = conn.expect("rotate opens the database when asked");
        self.open_with(conn, key, session, generation)
    }

    /// Closes the database and forgets the keys (zeroized on drop).
    pub fn lock(&self) {
        if let Some(open) = lock(&self.state).take() {
            let _ = database::checkpoint(&open.conn);
        }
    }

    /// Seals the data key for a new passcode, under a new key-store key.
    /// The database is untouched.
    pub fn change_passcode(&self, current: &str, new: &str) -> Result<(), VaultError> {
        check_passcode(new)?;
        let opened = self.authenticate(current)?;
        let x_new = kdf(&opened.clear.kdf, new, &opened.clear.salt)?;
        if opened.role == Role::Passcode && self.opens_other_slot(&opened, &x_new)? {
            return Err(VaultError::DuressSameAsPasscode);
        }
        self.rotate_settings(opened, rotation::Change::Passcode(x_new))
    }

    /// Sets (or replaces) the duress passcode.
    pub fn set_duress_passcode(&self, current: &str, duress: &str) -> Result<(), VaultError> {
        check_passcode(duress)?;
        if duress == current {
            return Err(VaultError::DuressSameAsPasscode);
        }
        let opened = self.authenticate(current)?;
        let x_duress = kdf(&opened.clear.kdf, duress, &opened.clear.salt)?;
        self.rotate_settings(opened, rotation::Change::SetDuress(x_duress))
    }

    pub fn clear_duress_passcode(&self, current: &str) -> Result<(), VaultError> {
        let opened = self.authenticate(current)?;
        self.rotate_settings(opened, rotation::Change::ClearDuress)
    }

    /// Turns wipe-after-N-failures on (`Some(n)`, n ≥ 1) or off (`None`).
    pub fn set_wipe_after(&self, current: &str, limit: Option<u32>) -> Result<(), VaultError> {
        if limit == Some(0) {
            return Err(VaultError::InvalidSetting("wipe-after must be at least 1"));
        }
        let opened = self.authenticate(current)?;
        self.rotate_settings(opened, rotation::Change::WipeAfter(limit))
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

    /// A settings change: the same rotation as an unlock, without opening a
    /// session. If `current` was the duress passcode, the real vault is gone
    /// now, and a session this handle had open on it closes.
    fn rotate_settings(
        &self,
        opened: opened::Opened,
        change: rotation::Change,
    ) -> Result<(), VaultError> {
        let role = opened.role;
        self.rotate(opened, change, false)?;
        if role == Role::Duress {
            lock(&self.state).take();
        }
        Ok(())
    }

    /// Whether `x` (a passcode's KDF output) opens the slot that the current
    /// passcode did not: the duress passcode.
    fn opens_other_slot(&self, opened: &opened::Opened, x: &SecretKey) -> Result<bool, VaultError> {
        let other = &opened.inner.slots[1 - opened.slot];
        let d = self
            .keys
            .derive(&opened.clear.slot_alias(other), x.expose())?;
        let legacy = opened
            .inner
            .legacy
            .as_ref()
            .is_some_and(|l| l.opens(x, &opened.clear.salt));
        Ok(other.open(&opened.clear.vault_id, &d, x).is_some() || legacy)
    }

    /// A new key-store key for a slot, and the slot sealed under its answer.
    fn new_slot(
        &self,
        vault_id: &Id,
        x: &SecretKey,
        role: Role,
        content: &SecretKey,
    ) -> Result<Slot, VaultError> {
        let key_id = ids::random_id();
        let alias = ids::alias(vault_id, &key_id);
        self.keys.create(&alias)?;
        let derived = self.keys.derive(&alias, x.expose())?;
        Ok(Slot::seal(key_id, vault_id, &derived, x, role, content))
    }

    /// A slot that nothing opens, with a key-store key of its own like any
    /// other slot, so the key store never shows whether a duress passcode is set.
    fn new_empty_slot(&self, vault_id: &Id) -> Result<Slot, VaultError> {
        let key_id = ids::random_id();
        self.keys.create(&ids::alias(vault_id, &key_id))?;
        Ok(Slot::random(key_id))
    }

    /// Seals `inner` under a brand-new epoch key and writes the header
    /// atomically. The caller retires the old epoch key afterwards.
    fn write_new_epoch(
        &self,
        clear: &mut Clear,
        inner: &Inner,
        generation: u64,
    ) -> Result<(), VaultError> {
        clear.epoch_id = ids::random_id();
        let alias = clear.epoch_alias();
        self.keys.create(&alias)?;
        let epoch = self.keys.derive(&alias, &clear.epoch_input())?;
        let bytes = header::seal(clear, inner, &epoch);
        if self.generation.load(Ordering::SeqCst) != generation {
            return Err(VaultError::NotFound);
        }
        files::write_atomically(&self.files.header(), &bytes)?;
        Ok(())
    }

    /// A new, empty database at the latest schema. Closed again at once;
    /// closing removes its WAL.
    fn make_database(&self, id: &Id, key: &SecretKey) -> Result<(), VaultError> {
        self.make_database_at(id, key, schema::LATEST)
    }

    fn make_database_at(&self, id: &Id, key: &SecretKey, version: i64) -> Result<(), VaultError> {
        let mut conn = database::open(&self.files.database(id), Some(key), true)?;
        schema::migrate_to(&mut conn, version)?;
        Ok(())
    }

    fn open_database(&self, id: &Id, key: &SecretKey) -> Result<Connection, VaultError> {
        let mut conn = database::open(&self.files.database(id), Some(key), false)?;
        schema::migrate_to(&mut conn, schema::LATEST)?;
        Ok(conn)
    }

    fn open_with(
        &self,
        conn: Connection,
        key: SecretKey,
        session: Session,
        generation: u64,
    ) -> Result<(), VaultError> {
        let mut state = lock(&self.state);
        if self.generation.load(Ordering::SeqCst) != generation {
            return Err(VaultError::NotFound);
        }
        *state = Some(OpenVault {
            conn,
            session,
            _data_key: key,
        });
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
    let max = header::MAX_HEADER_LEN.max(legacy::MAX_HEADER_LEN);
    let mut raw = Vec::new();
    file.take(max as u64 + 1).read_to_end(&mut raw)?;
    if raw.len() > max {
        return Err(VaultError::HeaderCorrupt { reason: "too long" });
    }
    Ok(raw)
}

#[cfg(feature = "bench-baseline")]
impl Vault {
    /// An UNENCRYPTED database with the vault's schema and settings, already
    /// open: the baseline that benchmarks measure SQLCipher against, through
    /// the very same code. Only exists with the `bench-baseline` feature.
    pub fn plaintext_baseline(
        dir: impl Into<PathBuf>,
        key_store: Arc<dyn PlatformKeyStore>,
    ) -> Result<Vault, VaultError> {
        let vault = Vault::new(dir, key_store);
        files::create_private_dir(&vault.files.dir)?;
        let mut conn = database::open(&vault.files.dir.join("baseline.db"), None, true)?;
        schema::migrate_to(&mut conn, schema::LATEST)?;
        *lock(&vault.state) = Some(OpenVault {
            conn,
            session: Session::Normal,
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
