//! The platform key store: a secret that stays in the phone's hardware.
//!
//! The app implements [`PlatformKeyStore`] with Android Keystore (StrongBox
//! where present) or the iOS Secure Enclave/Keychain: a non-exportable key that
//! wraps and unwraps small secrets. Because that key never leaves the hardware,
//! a copy of the vault's files is useless without the phone, and even a short
//! PIN cannot be brute-forced elsewhere.
//!
//! [`SoftwareKeyStore`] is the implementation for desktop and tests. It keeps
//! its keys in files (or memory), so it gives no hardware binding.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM, NONCE_LEN};
use zeroize::Zeroizing;

use crate::secret::SecretKey;

/// Why the key store could not do what was asked. Carries no key material.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyStoreError {
    /// The key for this alias does not exist (deleted, or invalidated by the OS).
    #[error("the device key is missing")]
    KeyMissing,
    /// The wrapped data did not authenticate under this key.
    #[error("the device key could not unwrap the data")]
    UnwrapFailed,
    /// The key store is not usable right now (locked device, hardware error).
    #[error("the device key store is unavailable")]
    Unavailable,
}

/// Hardware-backed wrapping of small secrets, implemented by the app shell.
///
/// `alias` names one key; the vault uses one alias per vault, made of
/// lowercase hex digits. `wrap` creates the key on first use. Implementations
/// must be safe to call from any thread.
pub trait PlatformKeyStore: Send + Sync {
    fn wrap(&self, alias: String, plaintext: Vec<u8>) -> Result<Vec<u8>, KeyStoreError>;
    fn unwrap(&self, alias: String, wrapped: Vec<u8>) -> Result<Vec<u8>, KeyStoreError>;
    /// Destroys the key. Deleting a key that does not exist is not an error.
    fn delete(&self, alias: String) -> Result<(), KeyStoreError>;
}

/// A key store in software, for desktop use and tests: AES-256-GCM under keys
/// kept in memory or in files.
pub struct SoftwareKeyStore {
    place: Place,
}

enum Place {
    Memory(Mutex<HashMap<String, SecretKey>>),
    Directory(PathBuf),
}

impl SoftwareKeyStore {
    pub fn in_memory() -> Self {
        SoftwareKeyStore {
            place: Place::Memory(Mutex::new(HashMap::new())),
        }
    }

    /// Keys live as files in `dir`, one per alias.
    pub fn in_directory(dir: impl Into<PathBuf>) -> Self {
        SoftwareKeyStore {
            place: Place::Directory(dir.into()),
        }
    }

    fn key_for(&self, alias: &str, create: bool) -> Result<SecretKey, KeyStoreError> {
        // Aliases become file names: only accept a safe alphabet.
        if alias.is_empty()
            || alias.len() > 64
            || !alias
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            return Err(KeyStoreError::KeyMissing);
        }
        match &self.place {
            Place::Memory(map) => {
                let mut map = map.lock().unwrap_or_else(|e| e.into_inner());
                match map.get(alias) {
                    Some(k) => Ok(k.clone()),
                    None if create => {
                        let key = SecretKey::random();
                        map.insert(alias.to_owned(), key.clone());
                        Ok(key)
                    }
                    None => Err(KeyStoreError::KeyMissing),
                }
            }
            Place::Directory(dir) => {
                let path = key_path(dir, alias);
                match std::fs::read(&path) {
                    Ok(bytes) => {
                        let bytes = Zeroizing::new(bytes);
                        SecretKey::from_slice(&bytes).ok_or(KeyStoreError::KeyMissing)
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound && create => {
                        let key = SecretKey::random();
                        std::fs::create_dir_all(dir).map_err(|_| KeyStoreError::Unavailable)?;
                        crate::vault::files::write_atomically(&path, key.expose())
                            .map_err(|_| KeyStoreError::Unavailable)?;
                        Ok(key)
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                        Err(KeyStoreError::KeyMissing)
                    }
                    Err(_) => Err(KeyStoreError::Unavailable),
                }
            }
        }
    }
}

fn key_path(dir: &Path, alias: &str) -> PathBuf {
    dir.join(format!("{alias}.key"))
}

fn aead_key(key: &SecretKey) -> LessSafeKey {
    LessSafeKey::new(UnboundKey::new(&AES_256_GCM, key.expose()).expect("32-byte key"))
}

impl PlatformKeyStore for SoftwareKeyStore {
    fn wrap(&self, alias: String, plaintext: Vec<u8>) -> Result<Vec<u8>, KeyStoreError> {
        let plaintext = Zeroizing::new(plaintext);
        let key = aead_key(&self.key_for(&alias, true)?);
        let nonce_bytes: [u8; NONCE_LEN] = crate::random::array();
        let mut out = nonce_bytes.to_vec();
        let mut body = plaintext.to_vec();
        key.seal_in_place_append_tag(
            Nonce::assume_unique_for_key(nonce_bytes),
            Aad::from(alias.as_bytes()),
            &mut body,
        )
        .map_err(|_| KeyStoreError::Unavailable)?;
        out.extend_from_slice(&body);
        Ok(out)
    }

    fn unwrap(&self, alias: String, wrapped: Vec<u8>) -> Result<Vec<u8>, KeyStoreError> {
        let key = aead_key(&self.key_for(&alias, false)?);
        if wrapped.len() < NONCE_LEN + AES_256_GCM.tag_len() {
            return Err(KeyStoreError::UnwrapFailed);
        }
        let (nonce, body) = wrapped.split_at(NONCE_LEN);
        let nonce =
            Nonce::try_assume_unique_for_key(nonce).map_err(|_| KeyStoreError::UnwrapFailed)?;
        let mut body = Zeroizing::new(body.to_vec());
        let plain = key
            .open_in_place(nonce, Aad::from(alias.as_bytes()), &mut body)
            .map_err(|_| KeyStoreError::UnwrapFailed)?;
        Ok(plain.to_vec())
    }

    fn delete(&self, alias: String) -> Result<(), KeyStoreError> {
        match &self.place {
            Place::Memory(map) => {
                map.lock().unwrap_or_else(|e| e.into_inner()).remove(&alias);
                Ok(())
            }
            Place::Directory(dir) => {
                if alias.contains(['/', '\\', '.']) {
                    return Ok(());
                }
                crate::vault::files::shred_file(&key_path(dir, &alias))
                    .map_err(|_| KeyStoreError::Unavailable)?;
                // An empty key folder left behind would still show that
                // Waymark was used here. remove_dir never removes other keys.
                let _ = std::fs::remove_dir(dir);
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(store: &SoftwareKeyStore) {
        let wrapped = store.wrap("abc".into(), b"secret".to_vec()).unwrap();
        assert!(!wrapped.windows(6).any(|w| w == b"secret"));
        assert_eq!(
            store.unwrap("abc".into(), wrapped.clone()).unwrap(),
            b"secret"
        );
        // Another alias is another key.
        assert!(store.unwrap("abd".into(), wrapped.clone()).is_err());
        let mut bad = wrapped.clone();
        *bad.last_mut().unwrap() ^= 1;
        assert_eq!(
            store.unwrap("abc".into(), bad),
            Err(KeyStoreError::UnwrapFailed)
        );
        assert_eq!(
            store.unwrap("abc".into(), vec![1, 2]),
            Err(KeyStoreError::UnwrapFailed)
        );
        store.delete("abc".into()).unwrap();
        assert_eq!(
            store.unwrap("abc".into(), wrapped),
            Err(KeyStoreError::KeyMissing)
        );
        store.delete("abc".into()).unwrap();
    }

    #[test]
    fn memory_store_round_trip() {
        round_trip(&SoftwareKeyStore::in_memory());
    }

    #[test]
    fn directory_store_round_trip_and_persists() {
        let dir = tempfile::tempdir().unwrap();
        let store = SoftwareKeyStore::in_directory(dir.path());
        round_trip(&store);
        let wrapped = store.wrap("k1".into(), b"x".to_vec()).unwrap();
        let again = SoftwareKeyStore::in_directory(dir.path());
        assert_eq!(again.unwrap("k1".into(), wrapped).unwrap(), b"x");
    }

    #[test]
    fn deleting_the_last_key_removes_the_folder_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let keys = dir.path().join("keystore");
        let store = SoftwareKeyStore::in_directory(&keys);
        store.wrap("a".into(), vec![1]).unwrap();
        let b = store.wrap("b".into(), vec![2]).unwrap();
        store.delete("a".into()).unwrap();
        assert_eq!(store.unwrap("b".into(), b).unwrap(), vec![2]);
        store.delete("b".into()).unwrap();
        assert!(!keys.exists(), "an empty key folder was left behind");
        // And a new key can be made afterwards.
        store.wrap("c".into(), vec![3]).unwrap();
        assert!(keys.exists());
    }

    #[test]
    fn hostile_aliases_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let store = SoftwareKeyStore::in_directory(dir.path().join("ks"));
        for alias in ["../x", "a/b", "", "a.b"] {
            assert!(store.wrap(alias.into(), vec![1]).is_err(), "{alias}");
        }
        assert!(!dir.path().join("x.key").exists());
    }
}
