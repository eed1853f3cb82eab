//! An NGO's keys: making them (`keygen`) and signing its directory entry.
//!
//! Three keys, kept apart on purpose:
//! - the **HPKE key pair**: phones seal reports to the public half; the
//!   private half opens them and stays in the encrypted key file;
//! - the **directory key** (Ed25519): phones trust the NGO by it, and accept
//!   only directory entries it signed. Also only in the key file, so that a
//!   seized server cannot point phones at another address or key;
//! - the **receipt key** (Ed25519): the server signs receipts with it, so it
//!   lives in the server's config. The directory names it.
//!
//! Plus the NGO's bearer token: its hash goes to the server, the token
//! itself into the key file.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use serde::{Deserialize, Serialize};
use waymark_core::content::keys::SigningKey;
use waymark_core::envelope::NgoPrivateKey;
use waymark_core::sync::wire::{DirectoryEntry, SignedDirectory, DIRECTORY_FORMAT};
use waymark_core::KdfParams;
use zeroize::Zeroizing;

use crate::config::{ConfigFile, ConnectionsSection, LimitsSection, StorageSection};
use crate::keyfile::{self, NgoSecrets};
use crate::InboxError;

/// File names `keygen` writes into its folder.
pub const KEY_FILE: &str = "ngo-keys.json";
pub const SERVER_CONFIG: &str = "inbox.toml";
pub const PUBLIC_FILE: &str = "ngo-public.json";
pub const DIRECTORY_FILE: &str = "directory.json";
pub const DATABASE_FILE: &str = "inbox.sqlite3";

/// A freshly generated NGO identity, before it is written anywhere.
pub struct NgoIdentity {
    pub secrets: NgoSecrets,
    pub receipt_key_pkcs8: Zeroizing<Vec<u8>>,
}

/// What may be shown to anyone: it goes to phones (through a content pack
/// or a QR code) and into the directory entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicKeys {
    /// X25519, 64 hex: reports are sealed to it.
    pub hpke_public_key: String,
    /// Ed25519, 64 hex: phones trust directory entries signed by it.
    pub directory_public_key: String,
    /// `PublicKey::key_id` of the directory key, to compare by eye.
    pub directory_key_id: String,
    /// Ed25519, 64 hex: the server signs receipts with it.
    pub receipt_public_key: String,
}

fn random_token() -> Zeroizing<String> {
    let mut bytes = Zeroizing::new([0u8; 32]);
    // The OS generator failing would leave no safe way to make keys at all.
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut bytes[..])
        .expect("the operating system's random number generator failed");
    Zeroizing::new(waymark_core::hex::encode(&bytes[..]))
}

impl NgoIdentity {
    pub fn generate() -> Result<NgoIdentity, InboxError> {
        let key_error = |_| InboxError::Config {
            reason: "key generation",
        };
        let directory_key_pkcs8 = Zeroizing::new(SigningKey::generate_pkcs8().map_err(key_error)?);
        let receipt_key_pkcs8 = Zeroizing::new(SigningKey::generate_pkcs8().map_err(key_error)?);
        let receipt = SigningKey::from_pkcs8(&receipt_key_pkcs8).map_err(key_error)?;
        Ok(NgoIdentity {
            secrets: NgoSecrets {
                hpke: NgoPrivateKey::generate(),
                directory_key_pkcs8,
                receipt_public_key: receipt.public_key().to_hex(),
                ngo_token: random_token(),
            },
            receipt_key_pkcs8,
        })
    }
}

/// The public keys of an unlocked key file.
pub fn public_keys(secrets: &NgoSecrets) -> Result<PublicKeys, InboxError> {
    let directory = SigningKey::from_pkcs8(&secrets.directory_key_pkcs8)
        .map_err(|_| InboxError::KeyFileCorrupt)?
        .public_key();
    Ok(PublicKeys {
        hpke_public_key: waymark_core::hex::encode(&secrets.hpke.public_key().bytes),
        directory_public_key: directory.to_hex(),
        directory_key_id: directory.key_id(),
        receipt_public_key: secrets.receipt_public_key.clone(),
    })
}

/// The server config for an identity: SQLite next to it, listening on
/// `listen`, default limits, no TLS.
pub fn server_config(identity: &NgoIdentity, listen: &str) -> Result<ConfigFile, InboxError> {
    let public = public_keys(&identity.secrets)?;
    Ok(ConfigFile {
        listen: listen.to_owned(),
        directory: DIRECTORY_FILE.into(),
        directory_public_key: public.directory_public_key,
        receipt_signing_key: base64::engine::general_purpose::STANDARD
            .encode(&identity.receipt_key_pkcs8[..]),
        ngo_token_sha256: waymark_core::hex::encode(&crate::request::token_hash(
            &identity.secrets.ngo_token,
        )),
        client_ip_header: None,
        metrics: false,
        storage: StorageSection {
            sqlite: Some(DATABASE_FILE.into()),
            ..StorageSection::default()
        },
        limits: LimitsSection::default(),
        connections: ConnectionsSection::default(),
        tls: None,
    })
}

/// Writes a new file that only its owner can read; refuses to overwrite.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<(), InboxError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            InboxError::AlreadyExists
        } else {
            InboxError::File { what: "key folder" }
        }
    })?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(|_| InboxError::File { what: "key folder" })
}

/// Writes `bytes` to `path` through a temporary file and a rename, so a
/// crash leaves the old or the new file, never half of one. New files are
/// readable by their owner only (exports hold decrypted reports).
pub fn write_atomic(path: &Path, bytes: &[u8], what: &'static str) -> Result<(), InboxError> {
    let tmp = path.with_extension("tmp");
    let result = (|| {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut f = options.open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    result.map_err(|_| {
        let _ = std::fs::remove_file(&tmp);
        InboxError::File { what }
    })
}

/// The paths `keygen` wrote.
#[derive(Debug, Clone, Serialize)]
pub struct KeygenOutput {
    pub key_file: PathBuf,
    pub server_config: PathBuf,
    pub public_file: PathBuf,
    pub public: PublicKeys,
}

/// Generates an identity and writes the key file (encrypted under
/// `passphrase`), the server config and the public keys into `dir`.
/// Refuses to overwrite any of them. Blocking: runs Argon2id once.
pub fn keygen(
    dir: &Path,
    passphrase: &str,
    listen: &str,
    kdf: KdfParams,
) -> Result<KeygenOutput, InboxError> {
    keygen_identity(dir, passphrase, listen, kdf).map(|(out, _)| out)
}

/// [`keygen`], also returning the identity (to sign a first directory
/// entry without asking for the passphrase again).
pub fn keygen_identity(
    dir: &Path,
    passphrase: &str,
    listen: &str,
    kdf: KdfParams,
) -> Result<(KeygenOutput, NgoIdentity), InboxError> {
    std::fs::create_dir_all(dir).map_err(|_| InboxError::File { what: "key folder" })?;
    let key_file = dir.join(KEY_FILE);
    let server_config_path = dir.join(SERVER_CONFIG);
    let public_file = dir.join(PUBLIC_FILE);
    if key_file.exists() || server_config_path.exists() {
        return Err(InboxError::AlreadyExists);
    }
    let identity = NgoIdentity::generate()?;
    let sealed = keyfile::seal(&identity.secrets, passphrase, kdf)?;
    let public = public_keys(&identity.secrets)?;
    let config = server_config(&identity, listen)?;
    write_private(&key_file, &sealed)?;
    write_private(
        &server_config_path,
        server_config_header(&config.to_toml()?).as_bytes(),
    )?;
    let mut public_json = serde_json::to_vec_pretty(&public).map_err(|_| InboxError::File {
        what: "public keys",
    })?;
    public_json.push(b'\n');
    write_atomic(&public_file, &public_json, "public keys")?;
    Ok((
        KeygenOutput {
            key_file,
            server_config: server_config_path,
            public_file,
            public,
        },
        identity,
    ))
}

/// A complete inbox for this computer only, in `dir`: keys (the key file
/// under `passphrase`), a server config listening on `addr` (a loopback
/// address), and a directory entry for `http://addr` valid for a year. For
/// demos and tests; `waymark inbox serve` uses it.
pub fn create_local_inbox(
    dir: &Path,
    passphrase: &str,
    addr: std::net::SocketAddr,
    kdf: KdfParams,
) -> Result<KeygenOutput, InboxError> {
    if !addr.ip().is_loopback() {
        return Err(InboxError::BadArgument {
            what: "address (loopback only)",
        });
    }
    let (made, identity) = keygen_identity(dir, passphrase, &addr.to_string(), kdf)?;
    let expires = (chrono::Utc::now().date_naive() + chrono::Days::new(365))
        .format("%Y-%m-%d")
        .to_string();
    let signed = sign_directory(
        &identity.secrets,
        DirectoryInput {
            ngo_id: "org.example.local".into(),
            name: "Waymark local inbox".into(),
            endpoints: vec![format!("http://{addr}")],
            tls_spki_sha256: vec![],
            max_envelope_len: waymark_core::sync::wire::MAX_ENVELOPE_LEN as u32,
            accepts_dummy: true,
            expires,
            version: None,
        },
    )?;
    let mut bytes =
        serde_json::to_vec_pretty(&signed).map_err(|_| InboxError::File { what: "directory" })?;
    bytes.push(b'\n');
    write_atomic(&dir.join(DIRECTORY_FILE), &bytes, "directory")?;
    Ok(made)
}

fn server_config_header(body: &str) -> String {
    format!(
        "# Waymark inbox server configuration (inbox/README.md).\n\
         # Secret: it holds the receipt-signing key. Keep it readable only by the\n\
         # server's user. The NGO's private keys are NOT here (see ngo-keys.json).\n\n{body}"
    )
}

/// What the NGO puts in its directory entry besides its keys.
#[derive(Debug, Clone)]
pub struct DirectoryInput {
    pub ngo_id: String,
    pub name: String,
    pub endpoints: Vec<String>,
    pub tls_spki_sha256: Vec<String>,
    pub max_envelope_len: u32,
    pub accepts_dummy: bool,
    pub expires: String,
    /// The entry's version; `None`: the seconds since 1970 now, which grow
    /// with every entry signed on a computer whose clock is right.
    pub version: Option<u64>,
}

/// Signs a directory entry with the key file's directory key, issued today
/// (UTC).
pub fn sign_directory(
    secrets: &NgoSecrets,
    input: DirectoryInput,
) -> Result<SignedDirectory, InboxError> {
    let public = public_keys(secrets)?;
    let key = SigningKey::from_pkcs8(&secrets.directory_key_pkcs8)
        .map_err(|_| InboxError::KeyFileCorrupt)?;
    let now = chrono::Utc::now();
    let entry = DirectoryEntry {
        format: DIRECTORY_FORMAT,
        version: input
            .version
            .unwrap_or_else(|| u64::try_from(now.timestamp()).unwrap_or(0)),
        issued: now.format("%Y-%m-%d").to_string(),
        ngo_id: input.ngo_id,
        name: input.name,
        endpoints: input.endpoints,
        hpke_public_key: public.hpke_public_key,
        receipt_key: public.receipt_public_key,
        tls_spki_sha256: input.tls_spki_sha256,
        max_envelope_len: input.max_envelope_len,
        accepts_dummy: input.accepts_dummy,
        expires: input.expires,
    };
    SignedDirectory::sign(entry, &key).map_err(|_| InboxError::BadArgument {
        what: "directory entry",
    })
}
