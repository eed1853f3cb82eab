//! Panic wipe: crypto-shredding that works whatever state the files are in.

use std::io::Read;
use std::path::Path;
use std::sync::atomic::Ordering;
use std::time::Duration;

use super::attempts::VaultLock;
use super::ids;
use super::keys::NAMESPACE;
use super::{files, header, legacy, lock, Vault, VaultError};

/// How long a wipe waits for an unlock in another thread or process to
/// finish (one KDF run) before it goes ahead without the lock.
const PATIENCE: Duration = Duration::from_secs(3);

impl Vault {
    /// Panic wipe: destroys the vault at once. Needs no passcode, works
    /// locked or unlocked, from any thread, with a damaged header or none.
    ///
    /// Keys go first, before the lock is even taken: with the epoch and slot
    /// keys gone, the header and the databases are noise, even if the app is
    /// killed a moment later. Then the files, then the keys once more (an
    /// unlock that was under way may have made new ones).
    pub fn wipe(&self) -> Result<(), VaultError> {
        self.wipe_holding(None)
    }

    pub(super) fn wipe_holding(&self, held: Option<VaultLock>) -> Result<(), VaultError> {
        self.generation.fetch_add(1, Ordering::SeqCst);
        // The courier's keys first (ADR 0210): a locked phone's reports
        // must be noise before anything else happens.
        let courier = self.destroy_courier_keys();
        lock(&self.courier_handover).take();
        let prefix = key_prefix(&self.files.header());
        let first = self.destroy_keys(&prefix);
        let held = held.or_else(|| VaultLock::acquire_within(&self.files.attempts(), PATIENCE));
        let shredded = files::shred_file(&self.files.header());
        // Waits for an operation in progress on this handle; by now it can
        // only ever see data whose keys are gone.
        lock(&self.state).take();
        let mut removed = Ok(());
        for path in self
            .files
            .every_vault_file()
            .into_iter()
            .chain(self.files.every_courier_file())
        {
            removed = removed.and(files::remove_if_present(&path));
        }
        let second = match &first {
            Ok(used) => self.keys.delete_all_but(used, &[]).map(drop),
            Err(_) => self.destroy_keys(&prefix).map(drop),
        };
        drop(held);
        shredded?;
        removed?;
        courier?;
        first?;
        second
    }

    /// Deletes every key under `prefix`. If there is none (the header named
    /// no key that exists: damaged, or copied back), deletes every vault key
    /// in the store. Returns the prefix it used.
    fn destroy_keys(&self, prefix: &str) -> Result<String, VaultError> {
        let found = self.keys.delete_all_but(prefix, &[])?;
        if found == 0 && prefix != NAMESPACE {
            self.keys.delete_all_but(NAMESPACE, &[])?;
            return Ok(NAMESPACE.to_owned());
        }
        Ok(prefix.to_owned())
    }
}

/// The prefix of this vault's keys, read at fixed offsets so that it works
/// on a header that no longer parses: the vault id (format 2) or the device
/// key id (format 1). Without either, every vault key of the store.
fn key_prefix(path: &Path) -> String {
    let mut head = Vec::new();
    let _ = std::fs::File::open(path).and_then(|f| f.take(64).read_to_end(&mut head));
    let id = |at: usize| -> Option<ids::Id> { head.get(at..at + 16)?.try_into().ok() };
    if !head.starts_with(files::MAGIC) {
        return NAMESPACE.to_owned();
    }
    let found = match head.get(4) {
        Some(&header::FORMAT_VERSION) => id(header::VAULT_ID_AT),
        Some(&legacy::FORMAT_VERSION) => id(legacy::KEY_ID_AT),
        _ => None,
    };
    found.map_or_else(|| NAMESPACE.to_owned(), |id| ids::vault_prefix(&id))
}
