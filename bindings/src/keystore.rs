//! The platform key store, implemented by the app: Android Keystore
//! (StrongBox when present) or the iOS Keychain/Secure Enclave. The core
//! uses it to wrap a device secret that every passcode check needs, so a
//! copy of the vault's files is useless away from the phone.

use std::sync::Arc;

use waymark_core::{PlatformKeyStore as CoreKeyStore, SoftwareKeyStore};

use crate::errors::KeyStoreError;
use crate::log::{emit, LogLevel};

/// Hardware-backed wrapping of small secrets (32 bytes).
///
/// - `alias` names one key (lowercase hex, one per vault). `wrap` creates the
///   key on first use; it must be non-exportable and stay usable after the
///   first unlock of the device (background sync needs it).
/// - `unwrap` raises `UnwrapFailed` when the data does not authenticate and
///   `KeyMissing` when the key is gone.
/// - `delete` destroys the key; deleting a missing key is not an error.
///
/// Called from Rust threads as well as the caller's: implementations must be
/// thread-safe. Calls block the calling thread.
#[uniffi::export(with_foreign)]
pub trait PlatformKeyStore: Send + Sync {
    fn wrap(&self, alias: String, plaintext: Vec<u8>) -> Result<Vec<u8>, KeyStoreError>;
    fn unwrap(&self, alias: String, wrapped: Vec<u8>) -> Result<Vec<u8>, KeyStoreError>;
    fn delete(&self, alias: String) -> Result<(), KeyStoreError>;
}

/// The app's key store, seen by the core.
pub(crate) struct Bridge(pub(crate) Arc<dyn PlatformKeyStore>);

fn logged<T>(event: &'static str, r: Result<T, KeyStoreError>) -> Result<T, KeyStoreError> {
    if r.is_err() {
        emit(LogLevel::Warn, "keystore", event);
    }
    r
}

impl CoreKeyStore for Bridge {
    fn wrap(
        &self,
        alias: String,
        plaintext: Vec<u8>,
    ) -> Result<Vec<u8>, waymark_core::KeyStoreError> {
        Ok(logged("wrap-failed", self.0.wrap(alias, plaintext))?)
    }

    fn unwrap(
        &self,
        alias: String,
        wrapped: Vec<u8>,
    ) -> Result<Vec<u8>, waymark_core::KeyStoreError> {
        Ok(logged("unwrap-failed", self.0.unwrap(alias, wrapped))?)
    }

    fn delete(&self, alias: String) -> Result<(), waymark_core::KeyStoreError> {
        Ok(logged("delete-failed", self.0.delete(alias))?)
    }
}

/// A key store in software (AES-256-GCM keys in files under `dir`, or in
/// memory when `dir` is `None`). For desktop builds and tests only: it gives
/// no hardware binding, so anyone with a copy of the files can try
/// passcodes offline.
#[uniffi::export]
pub fn software_key_store(dir: Option<String>) -> Arc<dyn PlatformKeyStore> {
    let store = match dir {
        Some(dir) => SoftwareKeyStore::in_directory(dir),
        None => SoftwareKeyStore::in_memory(),
    };
    Arc::new(Software(store))
}

struct Software(SoftwareKeyStore);

impl PlatformKeyStore for Software {
    fn wrap(&self, alias: String, plaintext: Vec<u8>) -> Result<Vec<u8>, KeyStoreError> {
        Ok(self.0.wrap(alias, plaintext)?)
    }
    fn unwrap(&self, alias: String, wrapped: Vec<u8>) -> Result<Vec<u8>, KeyStoreError> {
        Ok(self.0.unwrap(alias, wrapped)?)
    }
    fn delete(&self, alias: String) -> Result<(), KeyStoreError> {
        Ok(self.0.delete(alias)?)
    }
}

/// Checks an app's key store before the first vault is made: on `threads`
/// Rust threads at once, wraps a random secret under a throw-away alias,
/// unwraps it, compares, unwraps a tampered copy (which must fail) and
/// deletes the key. Returns the number of threads that passed (all of them,
/// or an error). Catches a store that is not thread-safe, that does not
/// authenticate, or whose hardware is not available. Blocking.
#[uniffi::export]
pub fn self_test_key_store(
    store: Arc<dyn PlatformKeyStore>,
    threads: u32,
) -> Result<u32, KeyStoreError> {
    let threads = threads.clamp(1, 16);
    let handles: Vec<_> = (0..threads)
        .map(|i| {
            let store = store.clone();
            std::thread::spawn(move || round_trip(&*store, &format!("selftest{i:02x}")))
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
    let secret = waymark_core::secret::SecretKey::random();
    let result = (|| {
        let wrapped = store.wrap(alias.to_owned(), secret.expose().to_vec())?;
        if wrapped
            .windows(8)
            .any(|w| secret.expose().windows(8).any(|s| s == w))
        {
            // The "wrapped" value contains the secret in clear.
            return Err(KeyStoreError::UnwrapFailed);
        }
        let back = store.unwrap(alias.to_owned(), wrapped.clone())?;
        if back.as_slice() != secret.expose() {
            return Err(KeyStoreError::UnwrapFailed);
        }
        let mut tampered = wrapped;
        if let Some(last) = tampered.last_mut() {
            *last ^= 0x01;
        }
        if store.unwrap(alias.to_owned(), tampered).is_ok() {
            return Err(KeyStoreError::UnwrapFailed);
        }
        Ok(())
    })();
    let deleted = store.delete(alias.to_owned());
    result.and(deleted)
}
