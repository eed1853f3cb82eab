//! [`SoftwareKeyStore`]: the [`PlatformKeyStore`] for desktop and tests.
//!
//! Its keys live in files (or memory), so it gives no hardware binding: see
//! docs/vault.md, "Desktop and tests". A module of its own because it writes
//! files the vault's way (`vault::files`), while the vault itself only needs
//! the trait: kept in `keystore`, the two modules depended on each other.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM, NONCE_LEN};
use ring::hmac;
use zeroize::Zeroizing;

use crate::keystore::{is_valid_alias, KeyStoreError, PlatformKeyStore, DERIVE_LEN};
use crate::secret::SecretKey;

/// A key store in software, for desktop use and tests: HMAC-SHA256 (and, for
/// format-1 vaults, AES-256-GCM) under 32-byte keys kept in memory or in
/// files. The keys never leave it through the trait, but anyone who can read
/// its files has them.
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

    /// Keys live as files in `dir` (`<alias>.key`, 0600, in a 0700 folder).
    pub fn in_directory(dir: impl Into<PathBuf>) -> Self {
        SoftwareKeyStore {
            place: Place::Directory(dir.into()),
        }
    }

    fn key(&self, alias: &str) -> Result<SecretKey, KeyStoreError> {
        if !is_valid_alias(alias) {
            return Err(KeyStoreError::KeyMissing);
        }
        match &self.place {
            Place::Memory(map) => lock(map)
                .get(alias)
                .cloned()
                .ok_or(KeyStoreError::KeyMissing),
            Place::Directory(dir) => match std::fs::read(key_path(dir, alias)) {
                Ok(bytes) => {
                    let bytes = Zeroizing::new(bytes);
                    // A damaged key file is not a missing key.
                    SecretKey::from_slice(&bytes).ok_or(KeyStoreError::Unavailable)
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    Err(KeyStoreError::KeyMissing)
                }
                Err(_) => Err(KeyStoreError::Unavailable),
            },
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn key_path(dir: &Path, alias: &str) -> PathBuf {
    dir.join(format!("{alias}.key"))
}

impl PlatformKeyStore for SoftwareKeyStore {
    fn create(&self, alias: String) -> Result<(), KeyStoreError> {
        if !is_valid_alias(&alias) {
            return Err(KeyStoreError::Unavailable);
        }
        let key = SecretKey::random();
        match &self.place {
            Place::Memory(map) => {
                lock(map).insert(alias, key);
                Ok(())
            }
            Place::Directory(dir) => {
                crate::vault::files::create_private_dir(dir)
                    .map_err(|_| KeyStoreError::Unavailable)?;
                crate::vault::files::write_atomically(&key_path(dir, &alias), key.expose())
                    .map_err(|_| KeyStoreError::Unavailable)
            }
        }
    }

    fn derive(&self, alias: String, input: Vec<u8>) -> Result<Vec<u8>, KeyStoreError> {
        let key = self.key(&alias)?;
        let input = Zeroizing::new(input);
        if input.len() != DERIVE_LEN {
            return Err(KeyStoreError::Unavailable);
        }
        let tag = hmac::sign(&hmac::Key::new(hmac::HMAC_SHA256, key.expose()), &input);
        Ok(tag.as_ref().to_vec())
    }

    fn aliases(&self, prefix: String) -> Result<Vec<String>, KeyStoreError> {
        match &self.place {
            Place::Memory(map) => Ok(lock(map)
                .keys()
                .filter(|a| a.starts_with(&prefix))
                .cloned()
                .collect()),
            Place::Directory(dir) => {
                let entries = match std::fs::read_dir(dir) {
                    Ok(entries) => entries,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
                    Err(_) => return Err(KeyStoreError::Unavailable),
                };
                let mut out = Vec::new();
                for entry in entries {
                    let entry = entry.map_err(|_| KeyStoreError::Unavailable)?;
                    let name = entry.file_name();
                    let Some(alias) = name.to_str().and_then(|n| n.strip_suffix(".key")) else {
                        continue;
                    };
                    if is_valid_alias(alias) && alias.starts_with(&prefix) {
                        out.push(alias.to_owned());
                    }
                }
                Ok(out)
            }
        }
    }

    fn delete(&self, alias: String) -> Result<(), KeyStoreError> {
        if !is_valid_alias(&alias) {
            return Ok(());
        }
        match &self.place {
            Place::Memory(map) => {
                lock(map).remove(&alias);
                Ok(())
            }
            Place::Directory(dir) => {
                crate::vault::files::shred_file(&key_path(dir, &alias))
                    .map_err(|_| KeyStoreError::Unavailable)?;
                // An empty key folder left behind would still show that
                // Waymark was used here. remove_dir never removes other keys.
                let _ = std::fs::remove_dir(dir);
                Ok(())
            }
        }
    }

    fn unwrap(&self, alias: String, wrapped: Vec<u8>) -> Result<Vec<u8>, KeyStoreError> {
        let key = self.key(&alias)?;
        let key =
            LessSafeKey::new(UnboundKey::new(&AES_256_GCM, key.expose()).expect("a 32-byte key"));
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
}

/// What format-1 vaults' `wrap` produced (nonce ‖ AES-256-GCM, the alias as
/// AAD). Only tests make such blobs now, to build format-1 vaults.
#[cfg(test)]
pub(crate) fn legacy_wrap(store: &SoftwareKeyStore, alias: &str, plaintext: &[u8]) -> Vec<u8> {
    let key = match store.key(alias) {
        Ok(k) => k,
        Err(_) => {
            store.create(alias.to_owned()).unwrap();
            store.key(alias).unwrap()
        }
    };
    let key = LessSafeKey::new(UnboundKey::new(&AES_256_GCM, key.expose()).unwrap());
    let nonce: [u8; NONCE_LEN] = crate::random::array();
    let mut body = plaintext.to_vec();
    key.seal_in_place_append_tag(
        Nonce::assume_unique_for_key(nonce),
        Aad::from(alias.as_bytes()),
        &mut body,
    )
    .unwrap();
    [nonce.as_slice(), &body].concat()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keystore::MAX_ALIAS_LEN;

    fn behaves_like_hardware(store: &SoftwareKeyStore) {
        let input = vec![7u8; 32];
        // Nothing is made implicitly.
        assert_eq!(
            store.derive("abc".into(), input.clone()),
            Err(KeyStoreError::KeyMissing)
        );
        store.create("abc".into()).unwrap();
        store.create("abd".into()).unwrap();
        let a = store.derive("abc".into(), input.clone()).unwrap();
        assert_eq!(a.len(), 32);
        assert_eq!(a, store.derive("abc".into(), input.clone()).unwrap());
        assert_ne!(a, store.derive("abd".into(), input.clone()).unwrap());
        assert_ne!(a, store.derive("abc".into(), vec![8u8; 32]).unwrap());
        assert_eq!(
            store.derive("abc".into(), vec![1, 2]),
            Err(KeyStoreError::Unavailable)
        );
        let mut listed = store.aliases("ab".into()).unwrap();
        listed.sort();
        assert_eq!(listed, ["abc", "abd"]);
        assert_eq!(store.aliases("x".into()).unwrap(), Vec::<String>::new());
        // Creating again replaces the key.
        store.create("abc".into()).unwrap();
        assert_ne!(a, store.derive("abc".into(), input.clone()).unwrap());
        store.delete("abc".into()).unwrap();
        assert_eq!(
            store.derive("abc".into(), input),
            Err(KeyStoreError::KeyMissing)
        );
        store.delete("abc".into()).unwrap();
        store.delete("abd".into()).unwrap();
    }

    #[test]
    fn memory_store_behaves_like_hardware() {
        behaves_like_hardware(&SoftwareKeyStore::in_memory());
    }

    #[test]
    fn directory_store_behaves_like_hardware_and_persists() {
        let dir = tempfile::tempdir().unwrap();
        let store = SoftwareKeyStore::in_directory(dir.path().join("ks"));
        behaves_like_hardware(&store);
        store.create("k1".into()).unwrap();
        let out = store.derive("k1".into(), vec![0; 32]).unwrap();
        let again = SoftwareKeyStore::in_directory(dir.path().join("ks"));
        assert_eq!(again.derive("k1".into(), vec![0; 32]).unwrap(), out);
    }

    #[cfg(unix)]
    #[test]
    fn key_files_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let ks = dir.path().join("ks");
        SoftwareKeyStore::in_directory(&ks)
            .create("k".into())
            .unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&ks), 0o700);
        assert_eq!(mode(&ks.join("k.key")), 0o600);
    }

    #[test]
    fn legacy_unwrap_authenticates() {
        let store = SoftwareKeyStore::in_memory();
        let wrapped = legacy_wrap(&store, "old", b"secret");
        assert_eq!(
            store.unwrap("old".into(), wrapped.clone()).unwrap(),
            b"secret"
        );
        let mut bad = wrapped.clone();
        *bad.last_mut().unwrap() ^= 1;
        assert_eq!(
            store.unwrap("old".into(), bad),
            Err(KeyStoreError::UnwrapFailed)
        );
        assert_eq!(
            store.unwrap("old".into(), vec![1, 2]),
            Err(KeyStoreError::UnwrapFailed)
        );
        assert_eq!(
            store.unwrap("gone".into(), wrapped),
            Err(KeyStoreError::KeyMissing)
        );
    }

    #[test]
    fn deleting_the_last_key_removes_the_folder_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let keys = dir.path().join("keystore");
        let store = SoftwareKeyStore::in_directory(&keys);
        store.create("a".into()).unwrap();
        store.create("b".into()).unwrap();
        let b = store.derive("b".into(), vec![0; 32]).unwrap();
        store.delete("a".into()).unwrap();
        assert_eq!(store.derive("b".into(), vec![0; 32]).unwrap(), b);
        store.delete("b".into()).unwrap();
        assert!(!keys.exists(), "an empty key folder was left behind");
        store.create("c".into()).unwrap();
        assert!(keys.exists());
    }

    #[test]
    fn hostile_aliases_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let store = SoftwareKeyStore::in_directory(dir.path().join("ks"));
        for alias in ["../x", "a/b", "", "a.b", &"a".repeat(MAX_ALIAS_LEN + 1)] {
            assert!(store.create(alias.into()).is_err(), "{alias}");
            assert!(store.derive(alias.into(), vec![0; 32]).is_err(), "{alias}");
        }
        assert!(!dir.path().join("x.key").exists());
    }
}
