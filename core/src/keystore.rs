//! The platform key store: keys that stay in the phone's hardware.
//!
//! The app implements [`PlatformKeyStore`] with Android Keystore (an
//! HMAC-SHA256 key, in StrongBox where present) or the iOS Secure Enclave (a
//! P-256 key-agreement key). The vault asks the hardware to take part in
//! every passcode guess ([`PlatformKeyStore::derive`]) with a key that never
//! leaves it. So a copy of the vault's files is useless off the phone, and
//! even on the phone each guess costs one call into the secure hardware, at
//! whatever rate the hardware allows.
//!
//! [`crate::software_keystore`] is the implementation for desktop and tests.
//! Its keys live in files (or memory), so it gives no hardware binding: see
//! docs/vault.md, "Desktop and tests".

/// Why the key store could not do what was asked. Carries no key material.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyStoreError {
    /// The key for this alias does not exist (deleted, or invalidated by the
    /// OS). Only for a key that is truly gone: any other failure is
    /// `Unavailable`, because the vault tells the person "the key is gone".
    #[error("the device key is missing")]
    KeyMissing,
    /// The wrapped data did not authenticate under this key (format-1 vaults).
    #[error("the device key could not unwrap the data")]
    UnwrapFailed,
    /// The key store is not usable right now (locked device, hardware error).
    #[error("the device key store is unavailable")]
    Unavailable,
}

/// Length of [`PlatformKeyStore::derive`]'s input and output.
pub const DERIVE_LEN: usize = 32;

/// Hardware-held keys, implemented by the app shell.
///
/// Aliases are ASCII letters, digits and `-`, at most 100 characters; the
/// vault's start with `waymark-`. Keys are made only by
/// [`create`](PlatformKeyStore::create): every other call on a missing key
/// fails with [`KeyStoreError::KeyMissing`] and never makes one.
/// Implementations must be safe to call from any thread.
pub trait PlatformKeyStore: Send + Sync {
    /// Makes a new non-exportable key under `alias`, replacing any key there.
    /// On phones the key is usable only while the device is unlocked.
    fn create(&self, alias: String) -> Result<(), KeyStoreError>;
    /// A pseudo-random function of `input` (32 bytes) under the key
    /// `alias`, computed inside the hardware: 32 bytes, the same for the same
    /// key and input. Android: HMAC-SHA256. iOS: ECDH of the enclave key with
    /// the public point of the scalar `input`, hashed.
    fn derive(&self, alias: String, input: Vec<u8>) -> Result<Vec<u8>, KeyStoreError>;
    /// Every alias that starts with `prefix`, in any order.
    fn aliases(&self, prefix: String) -> Result<Vec<String>, KeyStoreError>;
    /// Destroys the key. Deleting a key that does not exist is not an error.
    fn delete(&self, alias: String) -> Result<(), KeyStoreError>;
    /// Format-1 vaults only (made before the vault asked the hardware in
    /// every guess): unwraps their device secret, once, to migrate them.
    /// `UnwrapFailed` when the data does not authenticate.
    fn unwrap(&self, alias: String, wrapped: Vec<u8>) -> Result<Vec<u8>, KeyStoreError>;
}

/// Longest alias accepted.
pub const MAX_ALIAS_LEN: usize = 100;

/// Whether `alias` uses only the characters every key store (and a file
/// name) can hold.
pub fn is_valid_alias(alias: &str) -> bool {
    !alias.is_empty()
        && alias.len() <= MAX_ALIAS_LEN
        && alias
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
}
