//! The envelope header: 21 bytes in clear, bound to the ciphertext as HPKE's AAD.
//!
//! ```text
//! offset len  field
//!  0      4   magic "WMKE"
//!  4      1   version (1)
//!  5      1   kind: 1 = report (to an NGO), 2 = reply (to a reporter)
//!  6      2   kem_id  (0x0020, DHKEM(X25519, HKDF-SHA256)), big-endian
//!  8      2   kdf_id  (0x0001, HKDF-SHA256)
//! 10      2   aead_id (0x0003, ChaCha20-Poly1305)
//! 12      1   bucket: log2 of the whole envelope's length (12, 14, 16 or 18)
//! 13      8   key id: the first 8 bytes of SHA-256(recipient's public key)
//! ```
//!
//! Everything a server may check without the key is here; nothing in it
//! depends on the report or on the device.

use super::hpke::{AEAD_ID, KDF_ID, KEM_ID};
use super::layout::HEADER_LEN;
use super::padding::Bucket;
use super::EnvelopeError;

pub const MAGIC: [u8; 4] = *b"WMKE";
pub const VERSION: u8 = 1;

/// What an envelope carries, and so who can open it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EnvelopeKind {
    /// A report sealed to an NGO's key.
    Report,
    /// An NGO's reply sealed to a report's reply key.
    Reply,
}

impl EnvelopeKind {
    fn wire_id(self) -> u8 {
        match self {
            EnvelopeKind::Report => 1,
            EnvelopeKind::Reply => 2,
        }
    }
}

/// A parsed header. Parsing checks everything that can be checked without a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct EnvelopeHeader {
    pub kind: EnvelopeKind,
    pub bucket: Bucket,
    pub key_id: [u8; 8],
}

impl EnvelopeHeader {
    pub fn to_bytes(&self) -> [u8; HEADER_LEN] {
        let mut out = [0u8; HEADER_LEN];
        out[0..4].copy_from_slice(&MAGIC);
        out[4] = VERSION;
        out[5] = self.kind.wire_id();
        out[6..8].copy_from_slice(&KEM_ID.to_be_bytes());
        out[8..10].copy_from_slice(&KDF_ID.to_be_bytes());
        out[10..12].copy_from_slice(&AEAD_ID.to_be_bytes());
        out[12] = self.bucket.wire_id();
        out[13..21].copy_from_slice(&self.key_id);
        out
    }

    /// Parses the header at the start of `envelope` and checks that the whole
    /// envelope is exactly as long as its bucket.
    pub fn parse(envelope: &[u8]) -> Result<EnvelopeHeader, EnvelopeError> {
        let h = envelope
            .get(..HEADER_LEN)
            .ok_or(EnvelopeError::NotAnEnvelope)?;
        if h[0..4] != MAGIC {
            return Err(EnvelopeError::NotAnEnvelope);
        }
        if h[4] != VERSION {
            return Err(EnvelopeError::UnsupportedVersion(h[4]));
        }
        let kind = match h[5] {
            1 => EnvelopeKind::Report,
            2 => EnvelopeKind::Reply,
            _ => return Err(EnvelopeError::WrongKind),
        };
        let (kem, kdf, aead) = (be16(h[6], h[7]), be16(h[8], h[9]), be16(h[10], h[11]));
        if (kem, kdf, aead) != (KEM_ID, KDF_ID, AEAD_ID) {
            return Err(EnvelopeError::UnsupportedSuite { kem, kdf, aead });
        }
        let bucket = Bucket::from_wire_id(h[12]).ok_or(EnvelopeError::UnknownBucket)?;
        if envelope.len() != bucket.envelope_len() {
            return Err(EnvelopeError::LengthMismatch);
        }
        let mut key_id = [0u8; 8];
        key_id.copy_from_slice(&h[13..21]);
        Ok(EnvelopeHeader {
            kind,
            bucket,
            key_id,
        })
    }
}

fn be16(hi: u8, lo: u8) -> u16 {
    u16::from_be_bytes([hi, lo])
}

/// The key id of an X25519 public key: the first 8 bytes of its SHA-256.
/// It only tells the NGO which of its keys to use; it is not secret.
pub fn key_id(public_key: &[u8; 32]) -> [u8; 8] {
    let digest = ring::digest::digest(&ring::digest::SHA256, public_key);
    let mut id = [0u8; 8];
    id.copy_from_slice(&digest.as_ref()[..8]);
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_length_check() {
        let h = EnvelopeHeader {
            kind: EnvelopeKind::Reply,
            bucket: Bucket::Kib4,
            key_id: [9; 8],
        };
        let mut env = vec![0u8; 4096];
        env[..HEADER_LEN].copy_from_slice(&h.to_bytes());
        assert_eq!(EnvelopeHeader::parse(&env), Ok(h));
        assert_eq!(
            EnvelopeHeader::parse(&env[..4095]),
            Err(EnvelopeError::LengthMismatch)
        );
        assert_eq!(
            EnvelopeHeader::parse(&env[..20]),
            Err(EnvelopeError::NotAnEnvelope)
        );
        env[5] = 3;
        assert_eq!(EnvelopeHeader::parse(&env), Err(EnvelopeError::WrongKind));
    }
}
