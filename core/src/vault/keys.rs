//! The vault's side of the platform key store: every call the vault makes,
//! in one place, each noted as a step (see `trace`), with answers checked.

use std::sync::Arc;

use ring::hkdf;
use zeroize::Zeroizing;

use super::trace::{self, Step};
use super::VaultError;
use crate::keystore::{KeyStoreError, PlatformKeyStore, DERIVE_LEN};

/// The prefix of every vault key in a key store.
pub(crate) const NAMESPACE: &str = "waymark-";

pub(crate) struct Keys(pub Arc<dyn PlatformKeyStore>);

impl Keys {
    pub fn create(&self, alias: &str) -> Result<(), VaultError> {
        trace::step(|| Step::KeyStore("create", alias.to_owned()));
        Ok(self.0.create(alias.to_owned())?)
    }

    /// The hardware's answer for `input`. A wrong-sized answer is a broken
    /// key store, not a wrong passcode.
    pub fn derive(&self, alias: &str, input: &[u8; 32]) -> Result<Zeroizing<[u8; 32]>, VaultError> {
        trace::step(|| Step::KeyStore("derive", alias.to_owned()));
        let out = Zeroizing::new(self.0.derive(alias.to_owned(), input.to_vec())?);
        let out: [u8; DERIVE_LEN] = out
            .as_slice()
            .try_into()
            .map_err(|_| VaultError::KeyStore(KeyStoreError::Unavailable))?;
        Ok(Zeroizing::new(out))
    }

    pub fn aliases(&self, prefix: &str) -> Result<Vec<String>, VaultError> {
        trace::step(|| Step::KeyStore("aliases", prefix.to_owned()));
        Ok(self.0.aliases(prefix.to_owned())?)
    }

    pub fn delete(&self, alias: &str) -> Result<(), VaultError> {
        trace::step(|| Step::KeyStore("delete", alias.to_owned()));
        Ok(self.0.delete(alias.to_owned())?)
    }

    /// Format-1 migration only. A blob that does not authenticate means the
    /// header was altered.
    pub fn unwrap(&self, alias: &str, wrapped: &[u8]) -> Result<Zeroizing<Vec<u8>>, VaultError> {
        trace::step(|| Step::KeyStore("unwrap", alias.to_owned()));
        self.0
            .unwrap(alias.to_owned(), wrapped.to_vec())
            .map(Zeroizing::new)
            .map_err(|e| match e {
                KeyStoreError::UnwrapFailed => VaultError::HeaderTampered,
                other => VaultError::KeyStore(other),
            })
    }

    /// Deletes every alias under `prefix` except those in `keep`. Returns
    /// how many it found under the prefix.
    pub fn delete_all_but(&self, prefix: &str, keep: &[String]) -> Result<usize, VaultError> {
        let found = self.aliases(prefix)?;
        let mut result = Ok(());
        for alias in found.iter().filter(|a| !keep.contains(a)) {
            // Keep going: one failure must not leave the other keys behind.
            result = result.and(self.delete(alias));
        }
        result.map(|()| found.len())
    }
}

struct Len(usize);
impl hkdf::KeyType for Len {
    fn len(&self) -> usize {
        self.0
    }
}

/// HKDF-SHA256(ikm, salt, info) → 32 bytes.
pub(crate) fn hkdf32(ikm: &[&[u8]], salt: &[u8], info: &[&[u8]]) -> Zeroizing<[u8; 32]> {
    let ikm: Zeroizing<Vec<u8>> = Zeroizing::new(ikm.concat());
    let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, salt).extract(&ikm);
    let mut out = Zeroizing::new([0u8; 32]);
    prk.expand(info, Len(32))
        .and_then(|okm| okm.fill(out.as_mut()))
        .expect("32 bytes is a valid HKDF-SHA256 length");
    out
}
