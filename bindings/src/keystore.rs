//! The platform key store, implemented by the app: Android Keystore (an
//! HMAC-SHA256 key, StrongBox when present) or the iOS Secure Enclave (a
//! P-256 key-agreement key). The core asks it to take part in every passcode
//! guess, so a copy of the vault's files is useless away from the phone and
//! even on the phone guessing runs at the secure hardware's pace.

use std::sync::Arc;

use waymark_core::{PlatformKeyStore as CoreKeyStore, SoftwareKeyStore};

use crate::errors::KeyStoreError;
use crate::log::{emit, LogLevel};

/// Keys that never leave the phone's secure hardware.
///
/// - `alias`: ASCII letters, digits and `-`, at most 100 characters. The
///   vault's all start with `waymark-`.
/// - `create` makes a new non-exportable key, replacing any under that
///   alias, usable only while the device is unlocked (Android
///   `setUnlockedDeviceRequired(true)`, iOS `WhenUnlockedThisDeviceOnly`).
///   It is the only call that makes a key.
/// - `derive` computes 32 bytes from a 32-byte `input` inside the hardware,
///   the same for the same key and input: Android HMAC-SHA256, iOS ECDH of
///   the enclave key with the public point of the scalar `input`, hashed.
/// - `aliases` lists the aliases starting with `prefix`.
/// - `delete` destroys the key; deleting a missing key is not an error.
/// - `unwrap` is needed only by vaults made before format 2 (it undoes the
///   older `wrap`, once, to migrate them); raise `UnwrapFailed` when the
///   data does not authenticate.
///
/// Raise `KeyMissing` only for a key that truly does not exist (deleted, or
/// invalidated by the OS): the app then tells the person their vault cannot
/// be opened again. Every other failure (a locked device, a key the store
/// cannot recover right now, hardware trouble) is `Unavailable`.
///
/// Called from Rust threads as well as the caller's: implementations must be
/// thread-safe. Calls block the calling thread.
#[uniffi::export(with_foreign)]
pub trait PlatformKeyStore: Send + Sync {
    fn create(&self, alias: String) -> Result<(), KeyStoreError>;
    fn derive(&self, alias: String, input: Vec<u8>) -> Result<Vec<u8>, KeyStoreError>;
    fn aliases(&self, prefix: String) -> Result<Vec<String>, KeyStoreError>;
    fn delete(&self, alias: String) -> Result<(), KeyStoreError>;
    fn unwrap(&self, alias: String, wrapped: Vec<u8>) -> Result<Vec<u8>, KeyStoreError>;
}

/// The app's key store, seen by the core.
pub(crate) struct Bridge(pub(crate) Arc<dyn PlatformKeyStore>);

fn logged<T>(event: &'static str, r: Result<T, KeyStoreError>) -> Result<T, KeyStoreError> {
    if r.is_err() {
        emit(LogLevel::Warn, "keystore", event);
    }
    r
}

type CoreResult<T> = Result<T, waymark_core::KeyStoreError>;

impl CoreKeyStore for Bridge {
    fn create(&self, alias: String) -> CoreResult<()> {
        Ok(logged("create-failed", self.0.create(alias))?)
    }

    fn derive(&self, alias: String, input: Vec<u8>) -> CoreResult<Vec<u8>> {
        Ok(logged("derive-failed", self.0.derive(alias, input))?)
    }

    fn aliases(&self, prefix: String) -> CoreResult<Vec<String>> {
        Ok(logged("aliases-failed", self.0.aliases(prefix))?)
    }

    fn delete(&self, alias: String) -> CoreResult<()> {
        Ok(logged("delete-failed", self.0.delete(alias))?)
    }

    fn unwrap(&self, alias: String, wrapped: Vec<u8>) -> CoreResult<Vec<u8>> {
        Ok(logged("unwrap-failed", self.0.unwrap(alias, wrapped))?)
    }
}

/// A key store in software (HMAC-SHA256 keys in files under `dir`, or in
/// memory when `dir` is `None`). For desktop builds and tests only: it gives
/// no hardware binding, so anyone with a copy of its files can try
/// passcodes offline.
#[waymark_ffi_macros::export]
pub fn software_key_store(dir: Option<String>) -> Arc<dyn PlatformKeyStore> {
    let store = match dir {
        Some(dir) => SoftwareKeyStore::in_directory(dir),
        None => SoftwareKeyStore::in_memory(),
    };
    Arc::new(Software(store))
}

struct Software(SoftwareKeyStore);

impl PlatformKeyStore for Software {
    fn create(&self, alias: String) -> Result<(), KeyStoreError> {
        Ok(self.0.create(alias)?)
    }
    fn derive(&self, alias: String, input: Vec<u8>) -> Result<Vec<u8>, KeyStoreError> {
        Ok(self.0.derive(alias, input)?)
    }
    fn aliases(&self, prefix: String) -> Result<Vec<String>, KeyStoreError> {
        Ok(self.0.aliases(prefix)?)
    }
    fn delete(&self, alias: String) -> Result<(), KeyStoreError> {
        Ok(self.0.delete(alias)?)
    }
    fn unwrap(&self, alias: String, wrapped: Vec<u8>) -> Result<Vec<u8>, KeyStoreError> {
        Ok(self.0.unwrap(alias, wrapped)?)
    }
}

/// Checks an app's key store before the first vault is made: on `threads`
/// Rust threads at once, under a throw-away alias each, checks that a key is
/// never made implicitly (`derive` before `create` is `KeyMissing`), that
/// `derive` gives 32 bytes, the same twice, different for another input and
/// for another key, that `aliases` lists the keys, and that `delete` makes
/// the key missing. Returns the number of threads that passed (all of them,
/// or an error). Catches a store that is not thread-safe, that creates keys
/// behind the vault's back, that is not deterministic, or whose hardware is
/// not available. Blocking.
#[waymark_ffi_macros::export]
pub fn self_test_key_store(
    store: Arc<dyn PlatformKeyStore>,
    threads: u32,
) -> Result<u32, KeyStoreError> {
    let threads = threads.clamp(1, 16);
    let run = waymark_core::hex::encode(&waymark_core::secret::SecretKey::random().expose()[..4]);
    let handles: Vec<_> = (0..threads)
        .map(|i| {
            let store = store.clone();
            let alias = format!("selftest-{run}-{i:02x}");
            std::thread::spawn(move || round_trip(&*store, &alias))
        })
        .collect();
    let mut passed = 0;
    let mut first_error = None;
    for h in handles {
        match h.join() {
            Ok(Ok(())) => passed += 1,
            Ok(Err(e)) => {
                first_error.get_or_insert(e);
            }
            Err(_) => {
                first_error.get_or_insert(KeyStoreError::Unavailable);
            }
        }
    }
    match first_error {
        Some(e) => Err(e),
        None => Ok(passed),
    }
}

fn round_trip(store: &dyn PlatformKeyStore, alias: &str) -> Result<(), KeyStoreError> {
    let other = format!("{alias}-b");
    let input = waymark_core::secret::SecretKey::random().expose().to_vec();
    let mut second = input.clone();
    second[0] ^= 1;
    let broken = || Err(KeyStoreError::Unavailable);
    let result = (|| {
        if store.derive(alias.to_owned(), input.clone()) != Err(KeyStoreError::KeyMissing) {
            // A key made (or found) without `create`.
            return broken();
        }
        store.create(alias.to_owned())?;
        store.create(other.clone())?;
        let a = store.derive(alias.to_owned(), input.clone())?;
        if a.len() != 32
            || a != store.derive(alias.to_owned(), input.clone())?
            || a == store.derive(alias.to_owned(), second)?
            || a == store.derive(other.clone(), input.clone())?
            || a == input
        {
            return broken();
        }
        let mut listed = store.aliases(alias.to_owned())?;
        listed.sort();
        if listed != [alias.to_owned(), other.clone()] {
            return broken();
        }
        store.delete(alias.to_owned())?;
        if store.derive(alias.to_owned(), input.clone()) != Err(KeyStoreError::KeyMissing) {
            return broken();
        }
        Ok(())
    })();
    let deleted = store
        .delete(alias.to_owned())
        .and(store.delete(other.clone()));
    result.and(deleted)
}
