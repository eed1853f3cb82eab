//! Publisher keys: Ed25519 (ring), their ids, and manifest signatures.

use ring::signature::{Ed25519KeyPair, KeyPair, UnparsedPublicKey, ED25519};

use super::error::PackError;

/// What is actually signed: this context string, then the canonical manifest.
/// The prefix keeps a pack signature from ever being valid for anything else
/// the same key might sign (directory entries, receipts).
pub const SIGNING_CONTEXT: &[u8] = b"waymark-content-pack-manifest-v1\n";

/// Length of manifest.sig: a raw Ed25519 signature.
pub const SIGNATURE_LEN: usize = 64;

/// A publisher's Ed25519 public key (32 raw bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PublicKey(pub [u8; 32]);

impl PublicKey {
    /// Parses 64 hex characters (surrounding whitespace ignored).
    pub fn from_hex(s: &str) -> Result<PublicKey, PackError> {
        let bytes = crate::hex::decode(s.trim()).ok_or(PackError::InvalidPublicKey)?;
        let raw: [u8; 32] = bytes.try_into().map_err(|_| PackError::InvalidPublicKey)?;
        Ok(PublicKey(raw))
    }

    pub fn to_hex(&self) -> String {
        crate::hex::encode(&self.0)
    }

    /// The first 16 lowercase hex characters (8 bytes) of SHA-256 of the 32
    /// raw key bytes. Names the key in manifests and messages.
    pub fn key_id(&self) -> String {
        let digest = ring::digest::digest(&ring::digest::SHA256, &self.0);
        crate::hex::encode(&digest.as_ref()[..8])
    }

    /// Checks `signature` over `canonical_manifest` (context prefix added here).
    pub fn verify(&self, canonical_manifest: &[u8], signature: &[u8]) -> Result<(), PackError> {
        if self.verify_in_context(SIGNING_CONTEXT, canonical_manifest, signature) {
            Ok(())
        } else {
            Err(PackError::SignatureInvalid)
        }
    }

    /// Checks a signature made by [`SigningKey::sign_in_context`] with the
    /// same `context`. Other signed things (directory entries, receipts) use
    /// this with their own context string.
    pub fn verify_in_context(&self, context: &[u8], message: &[u8], signature: &[u8]) -> bool {
        signature.len() == SIGNATURE_LEN
            && UnparsedPublicKey::new(&ED25519, &self.0)
                .verify(&in_context(context, message), signature)
                .is_ok()
    }
}

/// `context ‖ message`: the bytes actually signed. Each kind of signed thing
/// has its own context, so a signature is never valid for another kind.
fn in_context(context: &[u8], message: &[u8]) -> Vec<u8> {
    let mut msg = Vec::with_capacity(context.len() + message.len());
    msg.extend_from_slice(context);
    msg.extend_from_slice(message);
    msg
}

/// A publisher's private key. Only the CLI and tests sign; phones never do.
pub struct SigningKey(Ed25519KeyPair);

impl SigningKey {
    /// A new key, as PKCS#8 v2 DER bytes (what `waymark content keygen` writes).
    pub fn generate_pkcs8() -> Result<Vec<u8>, PackError> {
        let rng = ring::rand::SystemRandom::new();
        Ed25519KeyPair::generate_pkcs8(&rng)
            .map(|doc| doc.as_ref().to_vec())
            .map_err(|_| PackError::InvalidPrivateKey)
    }

    /// Reads PKCS#8 DER: v2 (ring, `waymark content keygen`) or v1
    /// (`openssl genpkey -algorithm ed25519 -outform DER`).
    pub fn from_pkcs8(der: &[u8]) -> Result<SigningKey, PackError> {
        Ed25519KeyPair::from_pkcs8_maybe_unchecked(der)
            .map(SigningKey)
            .map_err(|_| PackError::InvalidPrivateKey)
    }

    pub fn public_key(&self) -> PublicKey {
        let mut raw = [0; 32];
        raw.copy_from_slice(self.0.public_key().as_ref());
        PublicKey(raw)
    }

    pub fn sign(&self, canonical_manifest: &[u8]) -> Vec<u8> {
        self.sign_in_context(SIGNING_CONTEXT, canonical_manifest)
    }

    /// Signs `context ‖ message`; see [`PublicKey::verify_in_context`].
    pub fn sign_in_context(&self, context: &[u8], message: &[u8]) -> Vec<u8> {
        self.0.sign(&in_context(context, message)).as_ref().to_vec()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_verify_and_key_id() {
        let key = SigningKey::from_pkcs8(&SigningKey::generate_pkcs8().unwrap()).unwrap();
        let public = key.public_key();
        let sig = key.sign(b"{}");
        assert!(public.verify(b"{}", &sig).is_ok());
        assert_eq!(
            public.verify(b"{ }", &sig),
            Err(PackError::SignatureInvalid)
        );
        assert_eq!(
            public.verify(b"{}", &sig[..63]),
            Err(PackError::SignatureInvalid)
        );
        assert_eq!(public.key_id().len(), 16);
        assert_eq!(PublicKey::from_hex(&public.to_hex()), Ok(public));
        assert_eq!(
            PublicKey::from_hex("abcd"),
            Err(PackError::InvalidPublicKey)
        );
    }
}
