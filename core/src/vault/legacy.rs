//! Format-1 headers, read only to migrate them (docs/vault.md, "Migration").
//!
//! In format 1 the platform key store unwrapped a device secret once per
//! unlock, and everything per guess ran in software. The first successful
//! unlock of such a vault rewrites it as format 2.
//!
//! ```text
//! 0   4  magic "WMKV"          4  1 format version (1)    5 1 KDF (1)   6 2 reserved
//! 8   4  KDF memory (KiB)      12 4 KDF iterations        16 4 KDF lanes
//! 20  16 salt                  36 4 wipe after (0 = never)
//! 40  16 device key id (alias "waymark-" + hex)
//! 56  2  L                     58 L device secret, wrapped by the key store
//! +0  60 slot 0   +60 60 slot 1   +120 32 HMAC-SHA256 over everything before it
//! ```

use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM, NONCE_LEN};
use ring::hmac;
use zeroize::Zeroizing;

use super::keys::hkdf32;
use super::VaultError;
use crate::kdf::KdfParams;
use crate::secret::SecretKey;

pub(crate) const FORMAT_VERSION: u8 = 1;
const FIXED_LEN: usize = 58;
pub(crate) const KEY_ID_AT: usize = 40;
const WIPE_AFTER_AT: usize = 36;
const MAX_WRAPPED_LEN: usize = 1024;
pub(crate) const SLOT_LEN: usize = NONCE_LEN + 32 + 16;
const MAC_LEN: usize = 32;
pub(crate) const MAX_HEADER_LEN: usize = FIXED_LEN + MAX_WRAPPED_LEN + 2 * SLOT_LEN + MAC_LEN;

pub(crate) struct Header {
    pub kdf: KdfParams,
    pub salt: [u8; 16],
    pub wipe_after: Option<u32>,
    pub key_id: [u8; 16],
    pub wrapped_device_secret: Vec<u8>,
    pub slots: [[u8; SLOT_LEN]; 2],
    /// Bytes 0..58+L: what the MAC and the slots' AAD cover.
    body: Vec<u8>,
}

/// What a passcode opened in a format-1 header.
pub(crate) enum Opened {
    Passcode(SecretKey),
    Duress,
}

impl Header {
    /// The key store alias of the device key.
    pub fn alias(&self) -> String {
        super::ids::vault_prefix(&self.key_id)
    }

    pub fn parse(bytes: &[u8]) -> Result<Header, VaultError> {
        let corrupt = |reason| VaultError::HeaderCorrupt { reason };
        if bytes.len() < FIXED_LEN {
            return Err(corrupt("too short"));
        }
        if &bytes[0..4] != super::files::MAGIC {
            return Err(corrupt("not a vault header"));
        }
        if bytes[4] != FORMAT_VERSION {
            return Err(VaultError::UnsupportedVersion { found: bytes[4] });
        }
        if bytes[5] != 1 {
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
        Ok(Header {
            kdf,
            salt: bytes[20..36].try_into().expect("16 bytes"),
            wipe_after: match u32_at(bytes, WIPE_AFTER_AT) {
                0 => None,
                n => Some(n),
            },
            key_id: bytes[KEY_ID_AT..KEY_ID_AT + 16]
                .try_into()
                .expect("16 bytes"),
            wrapped_device_secret: bytes[FIXED_LEN..slots_at].to_vec(),
            slots: [
                bytes[slots_at..slots_at + SLOT_LEN]
                    .try_into()
                    .expect("slot"),
                bytes[slots_at + SLOT_LEN..slots_at + 2 * SLOT_LEN]
                    .try_into()
                    .expect("slot"),
            ],
            body: bytes[..slots_at].to_vec(),
        })
    }

    /// Checks the MAC over the file's bytes with the unwrapped device secret.
    pub fn verify(&self, raw: &[u8], device_secret: &SecretKey) -> Result<(), VaultError> {
        let (signed, tag) = raw.split_at(raw.len() - MAC_LEN);
        let k = hkdf32(
            &[device_secret.expose()],
            &self.salt,
            &[b"waymark vault header mac v1"],
        );
        hmac::verify(&hmac::Key::new(hmac::HMAC_SHA256, k.as_ref()), signed, tag)
            .map_err(|_| VaultError::HeaderTampered)
    }

    /// The AAD of slot `n`: the body with the wipe-after field zeroed, then
    /// the slot number.
    pub fn slot_aad(&self, n: u8) -> Vec<u8> {
        let mut aad = self.body.clone();
        aad[WIPE_AFTER_AT..WIPE_AFTER_AT + 4].fill(0);
        aad.push(n);
        aad
    }

    /// Tries a passcode key on both slots (both always tried).
    pub fn open(&self, passcode_key: &SecretKey, device_secret: &SecretKey) -> Option<Opened> {
        let first = open_slot(
            &self.slots[0],
            &self.slot_aad(0),
            passcode_key,
            device_secret,
            &self.salt,
            0,
        );
        let second = open_slot(
            &self.slots[1],
            &self.slot_aad(1),
            passcode_key,
            device_secret,
            &self.salt,
            1,
        );
        match (first, second) {
            (Some(k), _) => Some(Opened::Passcode(k)),
            (None, Some(_)) => Some(Opened::Duress),
            (None, None) => None,
        }
    }
}

/// Opens one format-1 slot.
pub(crate) fn open_slot(
    sealed: &[u8; SLOT_LEN],
    aad: &[u8],
    passcode_key: &SecretKey,
    device_secret: &SecretKey,
    salt: &[u8; 16],
    n: u8,
) -> Option<SecretKey> {
    let k = hkdf32(
        &[passcode_key.expose(), device_secret.expose()],
        salt,
        &[b"waymark vault slot v1 ", &[n]],
    );
    let key = LessSafeKey::new(UnboundKey::new(&AES_256_GCM, k.as_ref()).ok()?);
    let nonce = Nonce::try_assume_unique_for_key(&sealed[..NONCE_LEN]).ok()?;
    let mut body = Zeroizing::new(sealed[NONCE_LEN..].to_vec());
    let plain = key.open_in_place(nonce, Aad::from(aad), &mut body).ok()?;
    SecretKey::from_slice(plain)
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes[at..at + 4].try_into().expect("4 bytes"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn parse_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..1400)) {
            let _ = Header::parse(&bytes);
        }

        #[test]
        fn parse_never_panics_after_magic(tail in proptest::collection::vec(any::<u8>(), 0..1400)) {
            let mut bytes = b"WMKV\x01\x01\0\0".to_vec();
            bytes.extend(tail);
            let _ = Header::parse(&bytes);
        }
    }
}
