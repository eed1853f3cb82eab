//! The vault and the journal. Every method blocks (disk, the passcode KDF,
//! the key store): call off the main thread.

use std::sync::{Arc, OnceLock};
use std::time::SystemTime;

use zeroize::Zeroizing;

use waymark_core::{
    Journal as CoreJournal, KdfParams as CoreKdfParams, Vault as CoreVault,
    VaultOptions as CoreVaultOptions,
};

use crate::assistant::Assistant;
use crate::content::ContentStore;
use crate::errors::{AssistantError, JournalError, VaultError};
use crate::keystore::{Bridge, PlatformKeyStore};
use crate::network::NetworkMonitor;
use crate::questionnaire::Drafts;
use crate::sync::{Ngos, Outbox, Replies, SyncEngine, SyncShared};

/// Argon2id cost. Use [`recommended_kdf`] in apps; lower values only in tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct KdfParams {
    pub memory_kib: u32,
    pub iterations: u32,
    pub lanes: u32,
}

impl From<KdfParams> for CoreKdfParams {
    fn from(k: KdfParams) -> Self {
        CoreKdfParams {
            memory_kib: k.memory_kib,
            iterations: k.iterations,
            lanes: k.lanes,
        }
    }
}

/// The cost new vaults should use (about 0.5–1 s on a mid-range phone).
#[waymark_ffi_macros::export]
pub fn recommended_kdf() -> KdfParams {
    let k = CoreKdfParams::RECOMMENDED;
    KdfParams {
        memory_kib: k.memory_kib,
        iterations: k.iterations,
        lanes: k.lanes,
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct VaultOptions {
    pub kdf: KdfParams,
    /// Wipe after this many wrong passcodes in a row (opt-in, ≥ 1).
    pub wipe_after: Option<u32>,
}

/// What can be known without the passcode. Deliberately says nothing about
/// a duress passcode.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct VaultStatus {
    pub exists: bool,
    pub unlocked: bool,
    pub failed_attempts: u32,
    pub wipe_after: Option<u32>,
}

/// The encrypted vault in one folder. Keep the folder in the app's private
/// storage (on iOS never in an App Group container: docs/mobile-integration.md).
#[derive(uniffi::Object)]
pub struct Vault {
    pub(crate) inner: Arc<CoreVault>,
    /// Shared by every `SyncEngine` of this vault: one run at a time.
    sync: OnceLock<Arc<SyncShared>>,
}

/// After every unlock (and creation): the vault takes in what the courier
/// fetched while it was locked, and a new courier is built (ADR 0210). A
/// failure is not reported: the unlock worked, the next sync or unlock
/// tries again, and an error here would make a duress unlock look different.
fn hand_over(vault: &CoreVault) {
    let _ = waymark_core::sync::Courier::beside(vault).hand_over(vault);
}

#[waymark_ffi_macros::export]
impl Vault {
    /// A handle on the vault in `dir`. Touches nothing on disk.
    #[uniffi::constructor]
    pub fn new(dir: String, key_store: Arc<dyn PlatformKeyStore>) -> Arc<Self> {
        Arc::new(Vault {
            inner: Arc::new(CoreVault::new(dir, Arc::new(Bridge(key_store)))),
            sync: OnceLock::new(),
        })
    }

    pub fn status(&self) -> Result<VaultStatus, VaultError> {
        let s = self.inner.status();
        Ok(VaultStatus {
            exists: s.exists,
            unlocked: s.unlocked,
            failed_attempts: s.failed_attempts,
            wipe_after: s.wipe_after,
        })
    }

    /// Creates the vault and leaves it unlocked. Blocking (KDF, key store).
    ///
    /// Every passcode argument is moved into a buffer that is overwritten
    /// when the call returns (uniffi hands the foreign bytes over without a
    /// copy). What the app must do with its own copy:
    /// docs/mobile-integration.md, "Passcodes".
    pub fn create(&self, passcode: String, options: VaultOptions) -> Result<(), VaultError> {
        let passcode = Zeroizing::new(passcode);

        let options = CoreVaultOptions {
            kdf: options.kdf.into(),
            wipe_after: options.wipe_after,
        };
        self.inner.create(&passcode, &options)?;
        hand_over(&self.inner);
        Ok(())
    }

    /// Unlocks with the passcode, or with the duress passcode, which silently
    /// destroys the real data and opens an empty vault. Both take the same
    /// steps and succeed the same way, and nothing the app can read
    /// afterwards tells them apart. Blocking (KDF, key store).
    pub fn unlock(&self, passcode: String) -> Result<(), VaultError> {
        let passcode = Zeroizing::new(passcode);

        self.inner.unlock(&passcode)?;
        hand_over(&self.inner);
        Ok(())
    }

    /// Closes the database and forgets the keys. Call when the app goes to
    /// the background.
    pub fn lock(&self) -> Result<(), VaultError> {
        self.inner.lock();
        Ok(())
    }

    pub fn change_passcode(&self, current: String, new_passcode: String) -> Result<(), VaultError> {
        let (current, new_passcode) = (Zeroizing::new(current), Zeroizing::new(new_passcode));

        Ok(self.inner.change_passcode(&current, &new_passcode)?)
    }

    pub fn set_duress_passcode(&self, current: String, duress: String) -> Result<(), VaultError> {
        let (current, duress) = (Zeroizing::new(current), Zeroizing::new(duress));

        Ok(self.inner.set_duress_passcode(&current, &duress)?)
    }

    pub fn clear_duress_passcode(&self, current: String) -> Result<(), VaultError> {
        let current = Zeroizing::new(current);

        Ok(self.inner.clear_duress_passcode(&current)?)
    }

    /// Wipe after `limit` wrong passcodes in a row; `None` turns it off.
    pub fn set_wipe_after(&self, current: String, limit: Option<u32>) -> Result<(), VaultError> {
        let current = Zeroizing::new(current);

        Ok(self.inner.set_wipe_after(&current, limit)?)
    }

    /// Panic wipe: destroys the vault now. Needs no passcode, works locked
    /// or unlocked, from any thread.
    pub fn wipe(&self) -> Result<(), VaultError> {
        Ok(self.inner.wipe()?)
    }

    pub fn journal(&self) -> Arc<Journal> {
        Arc::new(Journal {
            inner: CoreJournal::new(self.inner.clone()),
        })
    }

    pub fn content(&self) -> Arc<ContentStore> {
        ContentStore::for_vault(self.inner.clone())
    }

    pub fn drafts(&self) -> Arc<Drafts> {
        Drafts::for_vault(self.inner.clone())
    }

    /// The support assistant with the built-in flows and those of packs
    /// installed here; conversations are saved in this vault. Blocking
    /// (reads the installed packs; about 15 ms for all sixteen locales).
    pub fn assistant(&self) -> Result<Arc<Assistant>, AssistantError> {
        Assistant::for_vault(self.inner.clone())
    }

    pub fn outbox(&self) -> Arc<Outbox> {
        Outbox::for_vault(self.inner.clone())
    }

    pub fn ngos(&self) -> Arc<Ngos> {
        Ngos::for_vault(self.inner.clone())
    }

    pub fn replies(&self) -> Arc<Replies> {
        Replies::for_vault(self.inner.clone())
    }

    /// The sync of this vault, asking `monitor` for network facts before
    /// every run. Every engine of one `Vault` shares one run at a time and
    /// one status.
    pub fn sync_engine(&self, monitor: Arc<dyn NetworkMonitor>) -> Arc<SyncEngine> {
        SyncEngine::new(self.inner.clone(), &self.sync, monitor)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct JournalEntry {
    pub id: i64,
    pub created_at: SystemTime,
    pub updated_at: SystemTime,
    pub text: String,
}

impl From<waymark_core::JournalEntry> for JournalEntry {
    fn from(e: waymark_core::JournalEntry) -> Self {
        JournalEntry {
            id: e.id,
            created_at: e.created_at.into(),
            updated_at: e.updated_at.into(),
            text: e.text,
        }
    }
}

/// The private journal, inside the vault. Blocking.
#[derive(uniffi::Object)]
pub struct Journal {
    inner: CoreJournal,
}

#[waymark_ffi_macros::export]
impl Journal {
    pub fn add(&self, text: String) -> Result<JournalEntry, JournalError> {
        Ok(self.inner.add(&text)?.into())
    }

    pub fn list(&self) -> Result<Vec<JournalEntry>, JournalError> {
        Ok(self.inner.list()?.into_iter().map(Into::into).collect())
    }

    pub fn get(&self, id: i64) -> Result<JournalEntry, JournalError> {
        Ok(self.inner.get(id)?.into())
    }

    pub fn edit(&self, id: i64, text: String) -> Result<JournalEntry, JournalError> {
        Ok(self.inner.edit(id, &text)?.into())
    }

    pub fn delete(&self, id: i64) -> Result<(), JournalError> {
        Ok(self.inner.delete(id)?)
    }
}
