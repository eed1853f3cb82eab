//! X25519 keys: the NGO's long-term key pair, and each report's reply key pair.
//!
//! Public halves are plain records. Private halves are opaque, wipe themselves
//! on drop, and are never printed; the caller persists them (the NGO under its
//! passphrase, the device in its vault) via `to_bytes`/`from_bytes`.

use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use super::header::key_id;
use super::hpke;
use super::EnvelopeError;

/// An NGO's HPKE public key, to which reports are sealed. Published in the
/// NGO's signed directory entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NgoPublicKey {
    pub bytes: [u8; 32],
}

/// An NGO's HPKE private key. Lives on the NGO's machine, never on the server.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct NgoPrivateKey([u8; 32]);

/// A report's reply public key: travels inside the report so that the NGO can
/// seal replies to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Zeroize)]
pub struct ReplyPublicKey {
    pub bytes: [u8; 32],
}

/// A report's reply private key: stays on the device, in the vault.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct ReplySecretKey([u8; 32]);

impl NgoPublicKey {
    /// First 8 bytes of SHA-256 of the key: names the key in envelope headers.
    pub fn key_id(&self) -> [u8; 8] {
        key_id(&self.bytes)
    }
}

macro_rules! private_key {
    ($private:ident, $public:ident) => {
        impl $private {
            /// A fresh random key.
            pub fn generate() -> Self {
                let (sk, _) = hpke::generate_keypair();
                $private(*sk)
            }

            /// Restores a stored key. Any 32 bytes are a valid X25519 private key
            /// (they are clamped, as RFC 9180 specifies).
            pub fn from_bytes(bytes: &[u8]) -> Result<Self, EnvelopeError> {
                let arr: [u8; 32] = bytes.try_into().map_err(|_| EnvelopeError::InvalidKey)?;
                let mut key = $private(arr);
                // Store the clamped form, so that to_bytes gives what RFC 9180's
                // SerializePrivateKey would.
                key.0[0] &= 248;
                key.0[31] &= 127;
                key.0[31] |= 64;
                Ok(key)
            }

            /// The key's bytes, for storage; they wipe themselves when dropped.
            pub fn to_bytes(&self) -> Zeroizing<[u8; 32]> {
                Zeroizing::new(self.0)
            }

            pub fn public_key(&self) -> $public {
                $public {
                    bytes: hpke::public_key_of(&self.0),
                }
            }

            pub(crate) fn expose(&self) -> &[u8; 32] {
                &self.0
            }
        }

        impl std::fmt::Debug for $private {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(concat!(stringify!($private), "(<redacted>)"))
            }
        }
    };
}

private_key!(NgoPrivateKey, NgoPublicKey);
private_key!(ReplySecretKey, ReplyPublicKey);

impl ReplyPublicKey {
    pub fn key_id(&self) -> [u8; 8] {
        key_id(&self.bytes)
    }

    /// What a reporter and a caseworker can read to each other to match a
    /// report without saying the receipt code (docs/ngo-desk.md): the phone
    /// shows it beside the code, the NGO desk on the report. The first 64
    /// bits of SHA-256 over a domain tag and the key, as four groups of four
    /// hex digits. It reveals neither the code nor anything that polls for
    /// replies.
    pub fn fingerprint(&self) -> String {
        let mut ctx = ring::digest::Context::new(&ring::digest::SHA256);
        ctx.update(b"waymark-reply-key-fingerprint-v1");
        ctx.update(&self.bytes);
        let hex = crate::hex::encode(&ctx.finish().as_ref()[..8]);
        let groups: Vec<&str> = (0..4).map(|i| &hex[i * 4..i * 4 + 4]).collect();
        groups.join("-")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reply_key_fingerprints_are_short_and_differ() {
        let fp = |b| ReplyPublicKey { bytes: [b; 32] }.fingerprint();
        assert_eq!(fp(7).len(), 19);
        assert_eq!(fp(7).matches('-').count(), 3);
        assert_eq!(fp(7), fp(7));
        assert_ne!(fp(7), fp(8));
    }

    #[test]
    fn storage_round_trip_and_redaction() {
        let sk = NgoPrivateKey::generate();
        let again = NgoPrivateKey::from_bytes(&sk.to_bytes()[..]).unwrap();
        assert_eq!(sk.public_key(), again.public_key());
        assert_eq!(
            NgoPrivateKey::from_bytes(&[0u8; 31]).err(),
            Some(EnvelopeError::InvalidKey)
        );
        assert_eq!(format!("{sk:?}"), "NgoPrivateKey(<redacted>)");
        let reply = ReplySecretKey::generate();
        assert_ne!(reply.public_key().bytes, sk.public_key().bytes);
    }
}
