//! The NGO's private keys, encrypted under a passphrase (`ngo-keys.json`).
//!
//! This file stays on the NGO's own machine; the inbox server never gets it.
//! It holds the HPKE private key that opens reports, the Ed25519 key that
//! signs the directory entry, and the bearer token of the NGO endpoints.
//!
//! ```json
//! {"format":"waymark-ngo-keys","version":1,
//!  "kdf":{"memory_kib":65536,"iterations":3,"lanes":1},
//!  "salt":"<32 hex>","nonce":"<24 hex>","ciphertext":"<base64>"}
//! ```
//!
//! key = Argon2id(passphrase, salt, kdf) (`waymark_core::kdf`); ciphertext =
//! ChaCha20-Poly1305(key, nonce, plaintext, aad) with
//! aad = `"waymark-ngo-keys-v1\n" ‖ memory_kib ‖ iterations ‖ lanes` (u32
//! big-endian each), so the cost parameters cannot be lowered unnoticed.
//! The plaintext is JSON ([`NgoSecrets`]). A wrong passphrase and an altered
//! file give the same error.

use base64::Engine as _;
use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, CHACHA20_POLY1305};
use ring::rand::{SecureRandom, SystemRandom};
use serde::{Deserialize, Serialize};
use waymark_core::envelope::NgoPrivateKey;
use waymark_core::KdfParams;
use zeroize::{Zeroize, Zeroizing};

use crate::InboxError;

const FORMAT: &str = "waymark-ngo-keys";
const VERSION: u32 = 1;
const AAD_PREFIX: &[u8] = b"waymark-ngo-keys-v1\n";
/// Shortest passphrase keygen accepts.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

/// What the key file protects.
pub struct NgoSecrets {
    /// Opens reports.
    pub hpke: NgoPrivateKey,
    /// PKCS#8 of the Ed25519 key that signs the directory entry.
    pub directory_key_pkcs8: Zeroizing<Vec<u8>>,
    /// Public half of the server's receipt key, for the directory entry.
    pub receipt_public_key: String,
    /// Bearer token of the NGO endpoints.
    pub ngo_token: Zeroizing<String>,
}

impl std::fmt::Debug for NgoSecrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NgoSecrets(<redacted>)")
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Plain {
    hpke_private_key: String,
    directory_signing_key: String,
    receipt_public_key: String,
    ngo_token: String,
}

impl Drop for Plain {
    fn drop(&mut self) {
        self.hpke_private_key.zeroize();
        self.directory_signing_key.zeroize();
        self.ngo_token.zeroize();
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileFormat {
    format: String,
    version: u32,
    kdf: KdfParams,
    salt: String,
    nonce: String,
    ciphertext: String,
}

fn aad(kdf: &KdfParams) -> Vec<u8> {
    let mut out = AAD_PREFIX.to_vec();
    for v in [kdf.memory_kib, kdf.iterations, kdf.lanes] {
        out.extend_from_slice(&v.to_be_bytes());
    }
    out
}

fn aead_key(passphrase: &str, salt: &[u8; 16], kdf: &KdfParams) -> Result<LessSafeKey, InboxError> {
    let derived = kdf
        .derive(passphrase.as_bytes(), salt)
        .ok_or(InboxError::KeyFileCorrupt)?;
    let unbound = UnboundKey::new(&CHACHA20_POLY1305, derived.expose())
        .map_err(|_| InboxError::KeyFileCorrupt)?;
    Ok(LessSafeKey::new(unbound))
}

/// Encrypts `secrets` under `passphrase`: the key file's bytes.
/// Blocking: runs Argon2id once.
pub fn seal(secrets: &NgoSecrets, passphrase: &str, kdf: KdfParams) -> Result<Vec<u8>, InboxError> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(InboxError::WeakPassphrase);
    }
    let b64 = base64::engine::general_purpose::STANDARD;
    let plain = Plain {
        hpke_private_key: waymark_core::hex::encode(&secrets.hpke.to_bytes()[..]),
        directory_signing_key: b64.encode(&secrets.directory_key_pkcs8[..]),
        receipt_public_key: secrets.receipt_public_key.clone(),
        ngo_token: secrets.ngo_token.to_string(),
    };
    let mut buf =
        Zeroizing::new(serde_json::to_vec(&plain).map_err(|_| InboxError::KeyFileCorrupt)?);
    let rng = SystemRandom::new();
    let mut salt = [0u8; 16];
    let mut nonce = [0u8; 12];
    rng.fill(&mut salt)
        .map_err(|_| InboxError::KeyFileCorrupt)?;
    rng.fill(&mut nonce)
        .map_err(|_| InboxError::KeyFileCorrupt)?;
    let key = aead_key(passphrase, &salt, &kdf)?;
    let mut in_out = buf.to_vec();
    buf.zeroize();
    key.seal_in_place_append_tag(
        Nonce::assume_unique_for_key(nonce),
        Aad::from(aad(&kdf)),
        &mut in_out,
    )
    .map_err(|_| InboxError::KeyFileCorrupt)?;
    let file = FileFormat {
        format: FORMAT.into(),
        version: VERSION,
        kdf,
        salt: waymark_core::hex::encode(&salt),
        nonce: waymark_core::hex::encode(&nonce),
        ciphertext: b64.encode(&in_out),
    };
    let mut out = serde_json::to_vec_pretty(&file).map_err(|_| InboxError::KeyFileCorrupt)?;
    out.push(b'\n');
    Ok(out)
}

/// Decrypts a key file. Blocking: runs Argon2id once.
pub fn open(bytes: &[u8], passphrase: &str) -> Result<NgoSecrets, InboxError> {
    let file: FileFormat = serde_json::from_slice(bytes).map_err(|_| InboxError::KeyFileCorrupt)?;
    if file.format != FORMAT || file.version != VERSION || !file.kdf.is_valid() {
        return Err(InboxError::KeyFileCorrupt);
    }
    let salt: [u8; 16] = waymark_core::hex::decode(&file.salt)
        .and_then(|b| b.try_into().ok())
        .ok_or(InboxError::KeyFileCorrupt)?;
    let nonce: [u8; 12] = waymark_core::hex::decode(&file.nonce)
        .and_then(|b| b.try_into().ok())
        .ok_or(InboxError::KeyFileCorrupt)?;
    let mut in_out = base64::engine::general_purpose::STANDARD
        .decode(&file.ciphertext)
        .map_err(|_| InboxError::KeyFileCorrupt)?;
    let key = aead_key(passphrase, &salt, &file.kdf)?;
    let plain_len = key
        .open_in_place(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(aad(&file.kdf)),
            &mut in_out,
        )
        .map_err(|_| InboxError::WrongPassphrase)?
        .len();
    let plain_bytes = Zeroizing::new(in_out[..plain_len].to_vec());
    in_out.zeroize();
    let plain: Plain =
        serde_json::from_slice(&plain_bytes).map_err(|_| InboxError::KeyFileCorrupt)?;
    let hpke_bytes = Zeroizing::new(
        waymark_core::hex::decode(&plain.hpke_private_key).ok_or(InboxError::KeyFileCorrupt)?,
    );
    let hpke = NgoPrivateKey::from_bytes(&hpke_bytes).map_err(|_| InboxError::KeyFileCorrupt)?;
    let directory_key_pkcs8 = Zeroizing::new(
        base64::engine::general_purpose::STANDARD
            .decode(&plain.directory_signing_key)
            .map_err(|_| InboxError::KeyFileCorrupt)?,
    );
    Ok(NgoSecrets {
        hpke,
        directory_key_pkcs8,
        receipt_public_key: plain.receipt_public_key.clone(),
        ngo_token: Zeroizing::new(plain.ngo_token.clone()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secrets() -> NgoSecrets {
        NgoSecrets {
            hpke: NgoPrivateKey::generate(),
            directory_key_pkcs8: Zeroizing::new(vec![1, 2, 3]),
            receipt_public_key: "ab".repeat(32),
            ngo_token: Zeroizing::new("token".into()),
        }
    }

    #[test]
    fn round_trip_wrong_passphrase_and_tampering() {
        let s = secrets();
        let file = seal(&s, "correct horse battery", KdfParams::MINIMUM).unwrap();
        let text = String::from_utf8(file.clone()).unwrap();
        assert!(!text.contains("token") && !text.contains(&"ab".repeat(32)));
        let back = open(&file, "correct horse battery").unwrap();
        assert_eq!(back.hpke.public_key(), s.hpke.public_key());
        assert_eq!(*back.ngo_token, "token");
        assert!(matches!(
            open(&file, "wrong horse battery"),
            Err(InboxError::WrongPassphrase)
        ));
        // Lowering the KDF cost in the file breaks authentication.
        let lowered = text.replace("\"iterations\": 1", "\"iterations\": 2");
        assert!(matches!(
            open(lowered.as_bytes(), "correct horse battery"),
            Err(InboxError::WrongPassphrase)
        ));
        assert!(matches!(open(b"{}", "x"), Err(InboxError::KeyFileCorrupt)));
        assert!(matches!(
            seal(&s, "short", KdfParams::MINIMUM),
            Err(InboxError::WeakPassphrase)
        ));
    }
}
