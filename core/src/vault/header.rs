//! The vault header (format 2): the small file that holds the keys of the
//! vault's databases, sealed twice.
//!
//! - The *outer* layer seals everything secret under a key the platform key
//!   store derives with the *epoch* key, whose alias changes on every header
//!   write. Once the old epoch key is deleted, a copy of an older header is
//!   noise: no header can ever be rolled back.
//! - Each of the two *slots* seals a database key under a key derived from
//!   the passcode (Argon2id) *and* a hardware derivation with that slot's own
//!   key-store key, so every guess needs the phone's hardware.
//!
//! Byte layout, all integers little-endian (docs/vault.md has the tables):
//!
//! ```text
//! 0   4  magic "WMKV"
//! 4   1  format version (2)
//! 5   1  KDF algorithm (1 = Argon2id v1.3)
//! 6   2  reserved, zero
//! 8   16 vault id: names every key-store alias of this vault
//! 24  16 epoch key id
//! 40  4  KDF memory (KiB)      44 4 KDF iterations     48 4 KDF lanes
//! 52  4  wipe after N failed attempts (0 = never)
//! 56  16 salt
//! 72  12 nonce
//! 84  …  AES-256-GCM(inner) with bytes 0..84 as AAD, then its 16-byte tag
//! ```
//!
//! The vault id and the epoch key id sit at fixed offsets so that a panic
//! wipe finds the keys even when the rest of the file is damaged.

use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM, NONCE_LEN};
use ring::digest;
use zeroize::{Zeroize, Zeroizing};

use super::files::MAGIC;
use super::ids::{alias, Id};
use super::keys::hkdf32;
use super::VaultError;
use crate::kdf::KdfParams;
use crate::secret::SecretKey;

pub(crate) const FORMAT_VERSION: u8 = 2;
const KDF_ARGON2ID: u8 = 1;
pub(crate) const VAULT_ID_AT: usize = 8;
pub(crate) const CLEAR_LEN: usize = 84;
const WIPE_AFTER_AT: usize = 52;
const TAG_LEN: usize = 16;
/// A slot: nonce ‖ AES-256-GCM(role ‖ 32-byte key) ‖ tag.
pub(crate) const SLOT_LEN: usize = NONCE_LEN + 1 + 32 + TAG_LEN;
const FIXED_INNER_LEN: usize = 2 * (16 + SLOT_LEN) + 16 + 16 + 32 + 2;
/// The longest format-1 slot AAD (its body with a 1,024-byte wrapped secret,
/// plus the slot number).
pub(crate) const MAX_LEGACY_AAD: usize = 58 + 1024 + 1;
const LEGACY_FIXED: usize = 32 + super::legacy::SLOT_LEN;
/// Nothing bigger than this is ever read as a header.
pub(crate) const MAX_HEADER_LEN: usize =
    CLEAR_LEN + FIXED_INNER_LEN + LEGACY_FIXED + MAX_LEGACY_AAD + TAG_LEN;

/// 16 random bytes naming a key or a database file.
/// What a slot's key opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// The passcode: the slot holds the live database's key.
    Passcode = 1,
    /// The duress passcode: the slot holds a random token.
    Duress = 2,
}

/// The part of the header anyone can read: what unlock needs before it can
/// ask the key store anything, and what the lock screen shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Clear {
    pub vault_id: Id,
    pub epoch_id: Id,
    pub kdf: KdfParams,
    pub wipe_after: Option<u32>,
    pub salt: [u8; 16],
}

/// One slot: the id of its key-store key and the sealed key.
#[derive(Clone)]
pub(crate) struct Slot {
    pub key_id: Id,
    pub sealed: [u8; SLOT_LEN],
}

/// A format-1 vault's duress slot, kept after migration so its duress
/// passcode still works (it cannot be re-sealed without that passcode).
#[derive(Clone)]
pub(crate) struct LegacyDuress {
    /// The format-1 device secret (the slot key needs it).
    pub secret: SecretKey,
    pub slot: [u8; super::legacy::SLOT_LEN],
    pub aad: Vec<u8>,
}

/// The sealed part.
#[derive(Clone)]
pub(crate) struct Inner {
    pub slots: [Slot; 2],
    /// The database the passcode opens.
    pub live_db: Id,
    /// The empty database a duress unlock switches to, and its key.
    pub spare_db: Id,
    pub spare_key: SecretKey,
    pub legacy: Option<LegacyDuress>,
}

impl Clear {
    pub fn epoch_alias(&self) -> String {
        alias(&self.vault_id, &self.epoch_id)
    }

    pub fn slot_alias(&self, slot: &Slot) -> String {
        alias(&self.vault_id, &slot.key_id)
    }

    /// The key store's input for the epoch key: fixed per epoch.
    pub fn epoch_input(&self) -> [u8; 32] {
        let mut ctx = digest::Context::new(&digest::SHA256);
        ctx.update(b"waymark vault epoch v2");
        ctx.update(&self.vault_id);
        ctx.update(&self.epoch_id);
        ctx.finish().as_ref().try_into().expect("32 bytes")
    }

    fn to_bytes(&self) -> [u8; CLEAR_LEN - NONCE_LEN] {
        let mut out = [0u8; CLEAR_LEN - NONCE_LEN];
        out[0..4].copy_from_slice(MAGIC);
        out[4] = FORMAT_VERSION;
        out[5] = KDF_ARGON2ID;
        out[8..24].copy_from_slice(&self.vault_id);
        out[24..40].copy_from_slice(&self.epoch_id);
        out[40..44].copy_from_slice(&self.kdf.memory_kib.to_le_bytes());
        out[44..48].copy_from_slice(&self.kdf.iterations.to_le_bytes());
        out[48..52].copy_from_slice(&self.kdf.lanes.to_le_bytes());
        out[WIPE_AFTER_AT..WIPE_AFTER_AT + 4]
            .copy_from_slice(&self.wipe_after.unwrap_or(0).to_le_bytes());
        out[56..72].copy_from_slice(&self.salt);
        out
    }
}

/// Checks the clear part of a format-2 header. Says nothing yet about
/// whether it is authentic: that needs the epoch key ([`open`]).
pub(crate) fn parse(bytes: &[u8]) -> Result<Clear, VaultError> {
    let corrupt = |reason| VaultError::HeaderCorrupt { reason };
    if bytes.len() < CLEAR_LEN {
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
        memory_kib: u32_at(bytes, 40),
        iterations: u32_at(bytes, 44),
        lanes: u32_at(bytes, 48),
    };
    if !kdf.is_valid() {
        return Err(corrupt("KDF parameters out of range"));
    }
    let sealed = bytes.len() - CLEAR_LEN;
    let inner = sealed.checked_sub(TAG_LEN).ok_or(corrupt("wrong length"))?;
    let legacy = inner
        .checked_sub(FIXED_INNER_LEN)
        .ok_or(corrupt("wrong length"))?;
    if legacy != 0 && !(LEGACY_FIXED + 2..=LEGACY_FIXED + MAX_LEGACY_AAD).contains(&legacy) {
        return Err(corrupt("wrong length"));
    }
    Ok(Clear {
        vault_id: bytes[8..24].try_into().expect("16 bytes"),
        epoch_id: bytes[24..40].try_into().expect("16 bytes"),
        kdf,
        wipe_after: match u32_at(bytes, WIPE_AFTER_AT) {
            0 => None,
            n => Some(n),
        },
        salt: bytes[56..72].try_into().expect("16 bytes"),
    })
}

/// Opens the sealed part with the epoch key's derivation.
pub(crate) fn open(bytes: &[u8], clear: &Clear, epoch: &[u8; 32]) -> Result<Inner, VaultError> {
    let key = outer_key(epoch, clear);
    let nonce = Nonce::try_assume_unique_for_key(&bytes[CLEAR_LEN - NONCE_LEN..CLEAR_LEN])
        .map_err(|_| VaultError::HeaderTampered)?;
    let mut sealed = Zeroizing::new(bytes[CLEAR_LEN..].to_vec());
    let plain = key
        .open_in_place(nonce, Aad::from(&bytes[..CLEAR_LEN]), &mut sealed)
        .map_err(|_| VaultError::HeaderTampered)?;
    Inner::from_bytes(plain).ok_or(VaultError::HeaderTampered)
}

/// The whole file: clear part, nonce, sealed inner part.
pub(crate) fn seal(clear: &Clear, inner: &Inner, epoch: &[u8; 32]) -> Vec<u8> {
    let nonce: [u8; NONCE_LEN] = crate::random::array();
    let mut out = clear.to_bytes().to_vec();
    out.extend_from_slice(&nonce);
    let mut body = inner.to_bytes();
    outer_key(epoch, clear)
        .seal_in_place_append_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(out.as_slice()),
            &mut *body,
        )
        .expect("sealing a header cannot fail");
    out.extend_from_slice(&body);
    out
}

impl Inner {
    fn to_bytes(&self) -> Zeroizing<Vec<u8>> {
        let mut out = Zeroizing::new(Vec::with_capacity(FIXED_INNER_LEN + LEGACY_FIXED));
        for slot in &self.slots {
            out.extend_from_slice(&slot.key_id);
            out.extend_from_slice(&slot.sealed);
        }
        out.extend_from_slice(&self.live_db);
        out.extend_from_slice(&self.spare_db);
        out.extend_from_slice(self.spare_key.expose());
        match &self.legacy {
            None => out.extend_from_slice(&0u16.to_le_bytes()),
            Some(l) => {
                out.extend_from_slice(&((LEGACY_FIXED + l.aad.len()) as u16).to_le_bytes());
                out.extend_from_slice(l.secret.expose());
                out.extend_from_slice(&l.slot);
                out.extend_from_slice(&l.aad);
            }
        }
        out
    }

    fn from_bytes(b: &[u8]) -> Option<Inner> {
        let mut r = Reader(b);
        let slot = |r: &mut Reader| -> Option<Slot> {
            Some(Slot {
                key_id: r.array()?,
                sealed: r.array()?,
            })
        };
        let slots = [slot(&mut r)?, slot(&mut r)?];
        let live_db = r.array()?;
        let spare_db = r.array()?;
        let spare_key = SecretKey::from_bytes(r.array()?);
        let legacy_len = u16::from_le_bytes(r.array()?) as usize;
        let legacy = match legacy_len {
            0 => None,
            n => {
                let secret = SecretKey::from_bytes(r.array()?);
                let slot = r.array()?;
                let aad = r.take(n.checked_sub(LEGACY_FIXED)?)?.to_vec();
                Some(LegacyDuress { secret, slot, aad })
            }
        };
        r.0.is_empty().then_some(Inner {
            slots,
            live_db,
            spare_db,
            spare_key,
            legacy,
        })
    }
}

struct Reader<'a>(&'a [u8]);
impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        if self.0.len() < n {
            return None;
        }
        let (head, tail) = self.0.split_at(n);
        self.0 = tail;
        Some(head)
    }
    fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        self.take(N)?.try_into().ok()
    }
}

impl Slot {
    /// Seals `content` for `role` under the slot key that `derived` (the key
    /// store's answer for this slot's key and `x`) and `x` (the passcode's
    /// Argon2id output) give.
    pub fn seal(
        key_id: Id,
        vault_id: &Id,
        derived: &[u8; 32],
        x: &SecretKey,
        role: Role,
        content: &SecretKey,
    ) -> Slot {
        let key = slot_key(derived, x, vault_id, &key_id);
        let nonce: [u8; NONCE_LEN] = crate::random::array();
        let mut body = Zeroizing::new(Vec::with_capacity(1 + 32 + TAG_LEN));
        body.push(role as u8);
        body.extend_from_slice(content.expose());
        key.seal_in_place_append_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(slot_aad(vault_id, &key_id)),
            &mut *body,
        )
        .expect("sealing 33 bytes cannot fail");
        let mut sealed = [0u8; SLOT_LEN];
        sealed[..NONCE_LEN].copy_from_slice(&nonce);
        sealed[NONCE_LEN..].copy_from_slice(&body);
        Slot { key_id, sealed }
    }

    /// Random bytes under `key_id`: looks exactly like a sealed slot, and
    /// nothing opens it.
    pub fn random(key_id: Id) -> Slot {
        Slot {
            key_id,
            sealed: crate::random::array(),
        }
    }

    pub fn open(
        &self,
        vault_id: &Id,
        derived: &[u8; 32],
        x: &SecretKey,
    ) -> Option<(Role, SecretKey)> {
        let key = slot_key(derived, x, vault_id, &self.key_id);
        let nonce = Nonce::try_assume_unique_for_key(&self.sealed[..NONCE_LEN]).ok()?;
        let mut body = Zeroizing::new(self.sealed[NONCE_LEN..].to_vec());
        let plain = key
            .open_in_place(
                nonce,
                Aad::from(slot_aad(vault_id, &self.key_id)),
                &mut body,
            )
            .ok()?;
        let role = match plain[0] {
            1 => Role::Passcode,
            2 => Role::Duress,
            _ => return None,
        };
        Some((role, SecretKey::from_slice(&plain[1..])?))
    }
}

impl LegacyDuress {
    /// The same size, nothing in it: what a duress unlock leaves behind, so
    /// that the header's size does not change.
    pub fn random_like(&self) -> LegacyDuress {
        let mut aad = vec![0u8; self.aad.len()];
        crate::random::fill(&mut aad);
        LegacyDuress {
            secret: SecretKey::random(),
            slot: crate::random::array(),
            aad,
        }
    }

    /// Whether `passcode_key` (Argon2id output) is the format-1 duress passcode.
    pub fn opens(&self, passcode_key: &SecretKey, salt: &[u8; 16]) -> bool {
        super::legacy::open_slot(&self.slot, &self.aad, passcode_key, &self.secret, salt, 1)
            .is_some()
    }
}

impl Drop for LegacyDuress {
    fn drop(&mut self) {
        self.aad.zeroize();
    }
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes[at..at + 4].try_into().expect("4 bytes"))
}

fn aes_key(k: &[u8; 32]) -> LessSafeKey {
    LessSafeKey::new(UnboundKey::new(&AES_256_GCM, k).expect("a 32-byte key"))
}

fn outer_key(epoch: &[u8; 32], clear: &Clear) -> LessSafeKey {
    aes_key(&hkdf32(
        &[epoch],
        &clear.vault_id,
        &[b"waymark vault header v2"],
    ))
}

/// A slot's key needs both the hardware's answer and the passcode's KDF
/// output: neither alone opens anything.
fn slot_key(derived: &[u8; 32], x: &SecretKey, vault_id: &Id, key_id: &Id) -> LessSafeKey {
    aes_key(&hkdf32(
        &[derived, x.expose()],
        vault_id,
        &[b"waymark vault slot v2", key_id],
    ))
}

fn slot_aad(vault_id: &Id, key_id: &Id) -> Vec<u8> {
    [b"waymark vault slot v2".as_slice(), vault_id, key_id].concat()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::ids::random_id;
    use proptest::prelude::*;

    fn sample(legacy: bool) -> (Clear, Inner) {
        let clear = Clear {
            vault_id: random_id(),
            epoch_id: random_id(),
            kdf: KdfParams::MINIMUM,
            wipe_after: Some(3),
            salt: [9; 16],
        };
        let inner = Inner {
            slots: [Slot::random(random_id()), Slot::random(random_id())],
            live_db: random_id(),
            spare_db: random_id(),
            spare_key: SecretKey::random(),
            legacy: legacy.then(|| LegacyDuress {
                secret: SecretKey::random(),
                slot: [5; super::super::legacy::SLOT_LEN],
                aad: vec![1; 119],
            }),
        };
        (clear, inner)
    }

    #[test]
    fn round_trip_and_every_changed_byte_is_refused() {
        for legacy in [false, true] {
            let (clear, inner) = sample(legacy);
            let epoch = [3u8; 32];
            let bytes = seal(&clear, &inner, &epoch);
            assert!(bytes.len() <= MAX_HEADER_LEN);
            assert_eq!(parse(&bytes).unwrap(), clear);
            let back = open(&bytes, &clear, &epoch).unwrap();
            assert_eq!(back.live_db, inner.live_db);
            assert_eq!(back.spare_key.expose(), inner.spare_key.expose());
            assert_eq!(back.legacy.is_some(), legacy);
            assert!(open(&bytes, &clear, &[4u8; 32]).is_err(), "another epoch");
            for i in 0..bytes.len() {
                let mut bad = bytes.clone();
                bad[i] ^= 1;
                let refused = match parse(&bad) {
                    Err(_) => true,
                    Ok(c) => open(&bad, &c, &epoch).is_err(),
                };
                assert!(refused, "byte {i}");
            }
        }
    }

    #[test]
    fn slots_open_only_with_both_halves() {
        let vault_id = random_id();
        let x = SecretKey::random();
        let d = [1u8; 32];
        let content = SecretKey::random();
        let slot = Slot::seal(random_id(), &vault_id, &d, &x, Role::Duress, &content);
        let (role, back) = slot.open(&vault_id, &d, &x).unwrap();
        assert_eq!(role, Role::Duress);
        assert_eq!(back.expose(), content.expose());
        assert!(slot.open(&vault_id, &[2u8; 32], &x).is_none());
        assert!(slot.open(&vault_id, &d, &SecretKey::random()).is_none());
        assert!(slot.open(&random_id(), &d, &x).is_none());
        assert!(Slot::random(slot.key_id).open(&vault_id, &d, &x).is_none());
    }

    proptest! {
        /// Any byte string parses to a header or a typed error, never a panic.
        #[test]
        fn parse_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..1800)) {
            if let Ok(clear) = parse(&bytes) {
                let _ = open(&bytes, &clear, &[0; 32]);
            }
        }

        #[test]
        fn parse_never_panics_after_magic(tail in proptest::collection::vec(any::<u8>(), 0..1800)) {
            let mut bytes = b"WMKV\x02\x01\0\0".to_vec();
            bytes.extend(tail);
            let _ = parse(&bytes);
        }
    }
}
