//! The courier's key in the platform key store, and the small header file
//! that names it. The courier itself (`crate::sync::courier`, docs/courier.md)
//! makes and uses this key; it lives here because the vault destroys it:
//! first thing in a panic wipe, and at every unlock, with the same key-store
//! calls whichever passcode was given (ADR 0210).

use std::path::Path;

use super::{lock, Vault, VaultError};
use crate::secret::SecretKey;

/// Every courier key's alias starts so; a random key id follows.
pub(crate) const PREFIX: &str = "waymark-courier-";
/// The courier's header file, beside the vault's.
pub(crate) const HEADER: &str = "courier.header";
const MAGIC: &[u8; 4] = b"WMCR";
const FORMAT: u8 = 1;
const HEADER_LEN: usize = 4 + 1 + 16 + 32;

/// What `courier.header` holds: which key-store key, and the input whose
/// `derive` answer is the courier database's key. Nothing secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CourierKeyRef {
    pub id: [u8; 16],
    pub input: [u8; 32],
}

impl CourierKeyRef {
    pub fn random() -> Self {
        CourierKeyRef {
            id: crate::random::array(),
            input: crate::random::array(),
        }
    }

    pub fn alias(&self) -> String {
        format!("{PREFIX}{}", crate::hex::encode(&self.id))
    }

    /// The database this key opens.
    pub fn database_name(&self) -> String {
        format!("courier-{}.db", crate::hex::encode(&self.id))
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        [&MAGIC[..], &[FORMAT], &self.id, &self.input].concat()
    }

    pub fn parse(bytes: &[u8]) -> Option<Self> {
        if bytes.len() != HEADER_LEN || !bytes.starts_with(MAGIC) || bytes[4] != FORMAT {
            return None;
        }
        Some(CourierKeyRef {
            id: bytes[5..21].try_into().ok()?,
            input: bytes[21..53].try_into().ok()?,
        })
    }

    /// The header in `dir`, if there is a well-formed one.
    pub fn read(dir: &Path) -> Option<Self> {
        use std::io::Read;
        let mut raw = Vec::new();
        std::fs::File::open(dir.join(HEADER))
            .and_then(|f| f.take(HEADER_LEN as u64 + 1).read_to_end(&mut raw))
            .ok()?;
        Self::parse(&raw)
    }
}

/// Whether `name` is one of the courier's files (header, databases with
/// their side files, temp files of an atomic write).
pub(crate) fn is_courier_file(name: &str) -> bool {
    name == HEADER
        || (name.starts_with(HEADER) && name.ends_with(".tmp"))
        || (name.starts_with("courier-") && name.contains(".db"))
}

/// The old courier's key, taken at an unlock for the hand-over to read the
/// old courier with. Zeroized when dropped.
pub(crate) struct Handover {
    pub old: CourierKeyRef,
    pub key: SecretKey,
}

impl Vault {
    /// At every unlock and settings change, before any database is opened:
    /// the current courier key's answer is taken, then every courier alias
    /// is deleted. The same calls whichever passcode opened; only after the
    /// passcode is the answer kept, for [`crate::sync::courier`]'s hand-over.
    /// Never fails: a key store that refuses here must not make a duress
    /// unlock look different.
    pub(super) fn retire_courier_key(&self, keep_answer: bool) {
        let old = CourierKeyRef::read(&self.files.dir);
        let answer = old
            .as_ref()
            .and_then(|r| self.keys.derive(&r.alias(), &r.input).ok());
        let _ = self.keys.delete_all_but(PREFIX, &[]);
        let mut kept = lock(&self.courier_handover);
        match (keep_answer, old, answer) {
            // A key kept by an earlier unlock whose hand-over never ran goes
            // too: after duress nothing may open the old courier.
            (false, ..) => *kept = None,
            (true, Some(old), Some(answer)) => {
                *kept = Some(Handover {
                    old,
                    key: SecretKey::from_bytes(*answer),
                })
            }
            // Nothing to take: an earlier unlock's key, if any, stays.
            (true, ..) => {}
        }
    }

    /// Panic wipe's first step.
    pub(super) fn destroy_courier_keys(&self) -> Result<(), VaultError> {
        self.keys.delete_all_but(PREFIX, &[]).map(drop)
    }

    /// The old courier's key kept by the last unlock, once.
    pub(crate) fn take_courier_handover(&self) -> Option<Handover> {
        lock(&self.courier_handover).take()
    }

    /// The vault's folder and key store: the courier lives beside it.
    pub(crate) fn place(
        &self,
    ) -> (
        std::path::PathBuf,
        std::sync::Arc<dyn crate::keystore::PlatformKeyStore>,
    ) {
        (self.files.dir.clone(), self.keys.0.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_round_trips_and_refuses_damage() {
        let r = CourierKeyRef::random();
        assert_eq!(CourierKeyRef::parse(&r.to_bytes()), Some(r.clone()));
        let mut bad = r.to_bytes();
        bad[4] = 9;
        assert_eq!(CourierKeyRef::parse(&bad), None);
        assert_eq!(CourierKeyRef::parse(&r.to_bytes()[..20]), None);
        assert!(crate::keystore::is_valid_alias(&r.alias()));
        assert!(is_courier_file(&r.database_name()));
        assert!(is_courier_file(&format!("{}-wal", r.database_name())));
        assert!(is_courier_file("courier.header"));
        assert!(!is_courier_file("vault.header"));
    }
}
