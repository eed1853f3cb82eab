//! The vault header: the small file that holds the wrapped data key.
//!
//! Byte layout (all integers little-endian), specified in docs/vault.md:
//!
//! ```text
//! 0   4  magic "WMKV"
//! 4   1  format version (1)
//! 5   1  KDF algorithm (1 = Argon2id v1.3)
//! 6   2  reserved, zero
//! 8   4  KDF memory (KiB)
//! 12  4  KDF iterations
//! 16  4  KDF lanes
//! 20  16 salt
//! 36  4  wipe after N failed attempts (0 = never)
//! 40  16 device key id (names the platform key store alias)
//! 56  2  L = length of the wrapped device secret (1..=1024)
//! 58  L  device secret, wrapped by the platform key store
//! +0  60 slot 0: nonce(12) || AES-256-GCM(data key) (48)
//! +60 60 slot 1: the same shape, random bytes unless a duress passcode is set
//! +120 32 HMAC-SHA256 over everything before it
//! ```
//!
//! Both slots always exist, so the header does not reveal whether a duress
//! passcode is set. The MAC key comes from the hardware-wrapped device secret,
//! so a changed byte is reported as tampering, not as a wrong passcode.

use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM, NONCE_LEN};
use ring::{hkdf, hmac};
use zeroize::Zeroizing;

use super::VaultError;
use crate::kdf::KdfParams;
use crate::keystore::{KeyStoreError, PlatformKeyStore};
use crate::secret::SecretKey;

const MAGIC: &[u8; 4] = b"WMKV";
pub(crate) const FORMAT_VERSION: u8 = 1;
const KDF_ARGON2ID: u8 = 1;
const FIXED_LEN: usize = 58;
const WIPE_AFTER_AT: usize = 36;
const MAX_WRAPPED_LEN: usize = 1024;
pub(crate) const SLOT_LEN: usize = NONCE_LEN + 32 + 16;
const MAC_LEN: usize = 32;
/// Nothing bigger than this is ever read as a header.
pub(crate) const MAX_HEADER_LEN: usize = FIXED_LEN + MAX_WRAPPED_LEN + 2 * SLOT_LEN + MAC_LEN;

/// Which slot a passcode opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Slot {
    Passcode = 0,
    Duress = 1,
}

#[derive(Clone)]
pub(crate) struct Header {
    pub kdf: KdfParams,
    pub salt: [u8; 16],
    pub wipe_after: Option<u32>,
    pub key_id: [u8; 16],
    pub wrapped_device_secret: Vec<u8>,
    pub slots: [[u8; SLOT_LEN]; 2],
}

impl Header {
    /// The platform key store alias of this vault's device key.
    pub fn key_alias(&self) -> String {
        format!("waymark-{}", crate::hex::encode(&self.key_id))
    }

    /// Checks the structure of a header file. Says nothing yet about whether
    /// it is authentic: see [`Header::device_secret`] and [`Header::verify`].
    pub fn parse(bytes: &[u8]) -> Result<Header, VaultError> {
        let corrupt = |reason| VaultError::HeaderCorrupt { reason };
        if bytes.len() < FIXED_LEN {
            return Err(corrupt("too short"));
        }
        if &bytes[0..4] != MAGIC {
            return Err(corrupt("not a vault header"));
        }
        if bytes[4] != FORMAT_VERSION {
            return Err(VaultError::UnsupportedVersion { found: bytes[4] });
        }
        if bytes[5] != KDF_ARGON2ID {
            return Err(corrupt("unknown KDF"));
        }
        if bytes[6..8] != [0, 0] {
            return Err(corrupt("reserved bytes are set"));
        }
        let kdf = KdfParams {
            memory_kib: u32_at(bytes, 8),
            iterations: u32_at(bytes, 12),
            lanes: u32_at(bytes, 16),
        };
        if !kdf.is_valid() {
            return Err(corrupt("KDF parameters out of range"));
        }
        let wrapped_len = u16::from_le_bytes([bytes[56], bytes[57]]) as usize;
        if wrapped_len == 0 || wrapped_len > MAX_WRAPPED_LEN {
            return Err(corrupt("bad wrapped key length"));
        }
        if bytes.len() != FIXED_LEN + wrapped_len + 2 * SLOT_LEN + MAC_LEN {
            return Err(corrupt("wrong length"));
        }
        let slots_at = FIXED_LEN + wrapped_len;
        let wipe_after = match u32_at(bytes, WIPE_AFTER_AT) {
            0 => None,
            n => Some(n),
        };
        Ok(Header {
            kdf,
            salt: bytes[20..36].try_into().expect("16 bytes"),
            wipe_after,
            key_id: bytes[40..56].try_into().expect("16 bytes"),
            wrapped_device_secret: bytes[FIXED_LEN..slots_at].to_vec(),
            slots: [
                bytes[slots_at..slots_at + SLOT_LEN]
                    .try_into()
                    .expect("slot"),
                bytes[slots_at + SLOT_LEN..slots_at + 2 * SLOT_LEN]
                    .try_into()
                    .expect("slot"),
            ],
        })
    }

    /// Everything before the slots: the part each slot binds as AAD.
    fn body(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(FIXED_LEN + self.wrapped_device_secret.len());
        out.extend_from_slice(MAGIC);
        out.push(FORMAT_VERSION);
        out.push(KDF_ARGON2ID);
        out.extend_from_slice(&[0, 0]);
        out.extend_from_slice(&self.kdf.memory_kib.to_le_bytes());
        out.extend_from_slice(&self.kdf.iterations.to_le_bytes());
        out.extend_from_slice(&self.kdf.lanes.to_le_bytes());
        out.extend_from_slice(&self.salt);
        out.extend_from_slice(&self.wipe_after.unwrap_or(0).to_le_bytes());
        out.extend_from_slice(&self.key_id);
        out.extend_from_slice(&(self.wrapped_device_secret.len() as u16).to_le_bytes());
        out.extend_from_slice(&self.wrapped_device_secret);
        out
    }

    /// The full file: body, slots and MAC.
    pub fn to_bytes(&self, device_secret: &SecretKey) -> Vec<u8> {
        let mut out = self.body();
        out.extend_from_slice(&self.slots[0]);
        out.extend_from_slice(&self.slots[1]);
        let tag = hmac::sign(&mac_key(device_secret, &self.salt), &out);
        out.extend_from_slice(tag.as_ref());
        out
    }

    /// Asks the platform key store to unwrap the device secret.
    pub fn device_secret(&self, keystore: &dyn PlatformKeyStore) -> Result<SecretKey, VaultError> {
        // The key exists but the blob does not authenticate: it was altered.
        let plain = Zeroizing::new(
            keystore
                .unwrap(self.key_alias(), self.wrapped_device_secret.clone())
                .map_err(|e| match e {
                    KeyStoreError::UnwrapFailed => VaultError::HeaderTampered,
                    other => VaultError::KeyStore(other),
                })?,
        );
        SecretKey::from_slice(&plain).ok_or(VaultError::HeaderTampered)
    }

    /// Checks the MAC over the file's bytes.
    pub fn verify(
        raw: &[u8],
        salt: &[u8; 16],
        device_secret: &SecretKey,
    ) -> Result<(), VaultError> {
        let (signed, tag) = raw.split_at(raw.len() - MAC_LEN);
        hmac::verify(&mac_key(device_secret, salt), signed, tag)
            .map_err(|_| VaultError::HeaderTampered)
    }

    /// Puts `content` (the data key, or a duress token) in `slot`, sealed
    /// under the key derived from a passcode.
    pub fn seal_slot(
        &mut self,
        slot: Slot,
        passcode_key: &SecretKey,
        device_secret: &SecretKey,
        content: &SecretKey,
    ) {
        let key = slot_key(passcode_key, device_secret, &self.salt, slot);
        let nonce: [u8; NONCE_LEN] = crate::random::array();
        let mut sealed = content.expose().to_vec();
        key.seal_in_place_append_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(self.slot_aad(slot)),
            &mut sealed,
        )
        .expect("sealing 32 bytes cannot fail");
        let out = &mut self.slots[slot as usize];
        out[..NONCE_LEN].copy_from_slice(&nonce);
        out[NONCE_LEN..].copy_from_slice(&sealed);
    }

    /// Fills a slot with random bytes: indistinguishable from a sealed one.
    pub fn clear_slot(&mut self, slot: Slot) {
        crate::random::fill(&mut self.slots[slot as usize]);
    }

    /// Tries a passcode key on both slots. Both are always tried, so the work
    /// done does not depend on which slot (if any) matches.
    pub fn open_slots(
        &self,
        passcode_key: &SecretKey,
        device_secret: &SecretKey,
    ) -> Option<(Slot, SecretKey)> {
        let first = self.open_slot(Slot::Passcode, passcode_key, device_secret);
        let second = self.open_slot(Slot::Duress, passcode_key, device_secret);
        first
            .map(|k| (Slot::Passcode, k))
            .or(second.map(|k| (Slot::Duress, k)))
    }

    fn open_slot(
        &self,
        slot: Slot,
        passcode_key: &SecretKey,
        device_secret: &SecretKey,
    ) -> Option<SecretKey> {
        let key = slot_key(passcode_key, device_secret, &self.salt, slot);
        let raw = &self.slots[slot as usize];
        let nonce = Nonce::try_assume_unique_for_key(&raw[..NONCE_LEN]).ok()?;
        let mut sealed = Zeroizing::new(raw[NONCE_LEN..].to_vec());
        let plain = key
            .open_in_place(nonce, Aad::from(self.slot_aad(slot)), &mut sealed)
            .ok()?;
        SecretKey::from_slice(plain)
    }

    /// The body with the wipe-after field zeroed, plus the slot number. The
    /// wipe-after setting can change without the duress passcode at hand, so
    /// it is covered by the MAC only, not by the slots.
    fn slot_aad(&self, slot: Slot) -> Vec<u8> {
        let mut aad = self.body();
        aad[WIPE_AFTER_AT..WIPE_AFTER_AT + 4].fill(0);
        aad.push(slot as u8);
        aad
    }
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes[at..at + 4].try_into().expect("4 bytes"))
}

struct Len(usize);
impl hkdf::KeyType for Len {
    fn len(&self) -> usize {
        self.0
    }
}

/// HKDF-SHA256(ikm, salt, info) → 32 bytes.
fn hkdf32(ikm: &[&[u8]], salt: &[u8], info: &[u8]) -> Zeroizing<[u8; 32]> {
    let ikm: Zeroizing<Vec<u8>> = Zeroizing::new(ikm.concat());
    let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, salt).extract(&ikm);
    let mut out = Zeroizing::new([0u8; 32]);
    prk.expand(&[info], Len(32))
        .and_then(|okm| okm.fill(out.as_mut()))
        .expect("32 bytes is a valid HKDF-SHA256 length");
    out
}

fn mac_key(device_secret: &SecretKey, salt: &[u8; 16]) -> hmac::Key {
    let k = hkdf32(
        &[device_secret.expose()],
        salt,
        b"waymark vault header mac v1",
    );
    hmac::Key::new(hmac::HMAC_SHA256, k.as_ref())
}

/// The key-encryption key of one slot: needs both the passcode (through the
/// KDF) and the hardware-held device secret.
fn slot_key(
    passcode_key: &SecretKey,
    device_secret: &SecretKey,
    salt: &[u8; 16],
    slot: Slot,
) -> LessSafeKey {
    let info = [b"waymark vault slot v1 ".as_slice(), &[slot as u8]].concat();
    let k = hkdf32(
        &[passcode_key.expose(), device_secret.expose()],
        salt,
        &info,
    );
    LessSafeKey::new(UnboundKey::new(&AES_256_GCM, k.as_ref()).expect("32-byte key"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Any byte string parses to a header or a typed error, never a panic.
        #[test]
        fn parse_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..1400)) {
            let _ = Header::parse(&bytes);
        }

        /// Valid-looking prefixes with arbitrary tails don't panic either.
        #[test]
        fn parse_never_panics_after_magic(tail in proptest::collection::vec(any::<u8>(), 0..1400)) {
            let mut bytes = b"WMKV\x01\x01\0\0".to_vec();
            bytes.extend(tail);
            let _ = Header::parse(&bytes);
        }
    }
}
