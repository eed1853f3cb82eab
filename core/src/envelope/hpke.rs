//! A thin wrapper around the `hpke` crate (RFC 9180), fixed to one suite:
//! DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305.
//!
//! Only single-shot base mode is used: one message per encapsulation, so the
//! sequence number is always 0 and nothing here keeps state between calls.
//! Randomness comes from ring (the crate's one source of randomness) through a
//! `rand_core` adapter.

use std::convert::Infallible;

use ::hpke::rand_core::{TryCryptoRng, TryRng};
use ::hpke::{
    aead::ChaCha20Poly1305, kdf::HkdfSha256, kem::X25519HkdfSha256, Deserializable, Kem as _,
    OpModeR, OpModeS, Serializable,
};
use zeroize::Zeroizing;

type Kem = X25519HkdfSha256;
type Kdf = HkdfSha256;
type Aead = ChaCha20Poly1305;

/// RFC 9180 §7.1: DHKEM(X25519, HKDF-SHA256).
pub const KEM_ID: u16 = 0x0020;
/// RFC 9180 §7.2: HKDF-SHA256.
pub const KDF_ID: u16 = 0x0001;
/// RFC 9180 §7.3: ChaCha20Poly1305.
pub const AEAD_ID: u16 = 0x0003;
/// Bytes of `enc` (the encapsulated ephemeral public key).
pub const ENC_LEN: usize = 32;
/// Bytes the AEAD adds to the plaintext (the Poly1305 tag).
pub const TAG_LEN: usize = 16;

/// Why an HPKE operation failed; the callers map this to their own errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HpkeFailure {
    InvalidKey,
    Seal,
    Open,
}

/// ring's system RNG as a `rand_core` generator.
struct RingRng;

impl TryRng for RingRng {
    type Error = Infallible;
    fn try_next_u32(&mut self) -> Result<u32, Infallible> {
        Ok(u32::from_le_bytes(crate::random::array()))
    }
    fn try_next_u64(&mut self) -> Result<u64, Infallible> {
        Ok(u64::from_le_bytes(crate::random::array()))
    }
    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Infallible> {
        crate::random::fill(dst);
        Ok(())
    }
}

impl TryCryptoRng for RingRng {}

/// Hands out fixed bytes: the ephemeral key's input keying material, so that
/// known-answer tests can reproduce RFC 9180's `ikmE`. Never used for sealing.
#[cfg(feature = "test-vectors")]
struct FixedIkm<'a>(&'a [u8]);

#[cfg(feature = "test-vectors")]
impl TryRng for FixedIkm<'_> {
    type Error = Infallible;
    fn try_next_u32(&mut self) -> Result<u32, Infallible> {
        let mut b = [0u8; 4];
        self.try_fill_bytes(&mut b)?;
        Ok(u32::from_le_bytes(b))
    }
    fn try_next_u64(&mut self) -> Result<u64, Infallible> {
        let mut b = [0u8; 8];
        self.try_fill_bytes(&mut b)?;
        Ok(u64::from_le_bytes(b))
    }
    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Infallible> {
        for (i, d) in dst.iter_mut().enumerate() {
            *d = self.0.get(i).copied().unwrap_or(0);
        }
        self.0 = self.0.get(dst.len()..).unwrap_or(&[]);
        Ok(())
    }
}

#[cfg(feature = "test-vectors")]
impl TryCryptoRng for FixedIkm<'_> {}

/// A fresh X25519 key pair: (private, public). The private half is clamped,
/// as RFC 9180's SerializePrivateKey requires.
pub fn generate_keypair() -> (Zeroizing<[u8; 32]>, [u8; 32]) {
    let (sk, pk) = Kem::gen_keypair_with_rng(&mut RingRng);
    (serialize_private(&sk), serialize_public(&pk))
}

/// RFC 9180 DeriveKeyPair: the same `ikm` always gives the same pair.
pub fn derive_keypair(ikm: &[u8]) -> (Zeroizing<[u8; 32]>, [u8; 32]) {
    let (sk, pk) = Kem::derive_keypair(ikm);
    (serialize_private(&sk), serialize_public(&pk))
}

/// The public key of a private key.
pub fn public_key_of(private: &[u8; 32]) -> [u8; 32] {
    // 32 bytes always deserialize for X25519 (the input is clamped).
    match <Kem as ::hpke::Kem>::PrivateKey::from_bytes(private) {
        Ok(sk) => serialize_public(&Kem::sk_to_pk(&sk)),
        Err(_) => [0u8; 32],
    }
}

/// SealBase(pkR, info, aad, pt) with a fresh ephemeral key: returns (enc, ct).
pub fn seal_base(
    recipient: &[u8; 32],
    info: &[u8],
    aad: &[u8],
    plaintext: &[u8],
) -> Result<([u8; ENC_LEN], Vec<u8>), HpkeFailure> {
    seal_with(recipient, info, aad, plaintext, &mut RingRng)
}

/// SealBase with the ephemeral key derived from `ikm_e` (RFC 9180 DeriveKeyPair),
/// for known-answer tests and the documentation's worked example only: reusing
/// an `ikm_e` destroys the envelope's secrecy, so it exists only with the
/// `test-vectors` feature, which no app, CLI or server build enables.
#[cfg(feature = "test-vectors")]
pub fn seal_base_with_ikm_e(
    recipient: &[u8; 32],
    info: &[u8],
    aad: &[u8],
    plaintext: &[u8],
    ikm_e: &[u8; 32],
) -> Result<([u8; ENC_LEN], Vec<u8>), HpkeFailure> {
    seal_with(recipient, info, aad, plaintext, &mut FixedIkm(ikm_e))
}

fn seal_with(
    recipient: &[u8; 32],
    info: &[u8],
    aad: &[u8],
    plaintext: &[u8],
    rng: &mut impl ::hpke::rand_core::CryptoRng,
) -> Result<([u8; ENC_LEN], Vec<u8>), HpkeFailure> {
    let pk = <Kem as ::hpke::Kem>::PublicKey::from_bytes(recipient)
        .map_err(|_| HpkeFailure::InvalidKey)?;
    let (enc, ct) = ::hpke::single_shot_seal_with_rng::<Aead, Kdf, Kem>(
        &OpModeS::Base,
        &pk,
        info,
        plaintext,
        aad,
        rng,
    )
    .map_err(|_| HpkeFailure::Seal)?;
    let mut enc_bytes = [0u8; ENC_LEN];
    enc.write_exact(&mut enc_bytes);
    Ok((enc_bytes, ct))
}

/// OpenBase(enc, skR, info, aad, ct). The plaintext wipes itself when dropped.
pub fn open_base(
    private: &[u8; 32],
    enc: &[u8],
    info: &[u8],
    aad: &[u8],
    ciphertext: &[u8],
) -> Result<Zeroizing<Vec<u8>>, HpkeFailure> {
    let sk = <Kem as ::hpke::Kem>::PrivateKey::from_bytes(private)
        .map_err(|_| HpkeFailure::InvalidKey)?;
    let enc = <Kem as ::hpke::Kem>::EncappedKey::from_bytes(enc).map_err(|_| HpkeFailure::Open)?;
    ::hpke::single_shot_open::<Aead, Kdf, Kem>(&OpModeR::Base, &sk, &enc, info, ciphertext, aad)
        .map(Zeroizing::new)
        .map_err(|_| HpkeFailure::Open)
}

fn serialize_private(sk: &<Kem as ::hpke::Kem>::PrivateKey) -> Zeroizing<[u8; 32]> {
    let mut out = Zeroizing::new([0u8; 32]);
    sk.write_exact(&mut out[..]);
    out
}

fn serialize_public(pk: &<Kem as ::hpke::Kem>::PublicKey) -> [u8; 32] {
    let mut out = [0u8; 32];
    pk.write_exact(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suite_ids_match_the_crate() {
        assert_eq!(KEM_ID, <Kem as ::hpke::Kem>::KEM_ID);
        assert_eq!(KDF_ID, <Kdf as ::hpke::kdf::Kdf>::KDF_ID);
        assert_eq!(AEAD_ID, <Aead as ::hpke::aead::Aead>::AEAD_ID);
    }

    #[test]
    fn round_trip_and_wrong_key() {
        let (sk, pk) = generate_keypair();
        assert_eq!(public_key_of(&sk), pk);
        let (enc, ct) = seal_base(&pk, b"info", b"aad", b"hello").unwrap();
        assert_eq!(ct.len(), 5 + TAG_LEN);
        let pt = open_base(&sk, &enc, b"info", b"aad", &ct).unwrap();
        assert_eq!(&pt[..], b"hello");
        assert_eq!(
            open_base(&sk, &enc, b"info", b"other", &ct),
            Err(HpkeFailure::Open)
        );
        let (other, _) = generate_keypair();
        assert_eq!(
            open_base(&other, &enc, b"info", b"aad", &ct),
            Err(HpkeFailure::Open)
        );
        assert_eq!(
            open_base(&sk, &enc[..31], b"info", b"aad", &ct),
            Err(HpkeFailure::Open)
        );
    }
}
