//! A pack as a set of files: checking it, verifying it, signing it.

use std::collections::{BTreeMap, HashMap};

use super::error::{display_name, PackError};
use super::keys::{PublicKey, SigningKey};
use super::manifest::{FileEntry, Manifest, FORMAT};
use super::path;
use super::{MAX_FILES, MAX_FILE_SIZE, MAX_MANIFEST_SIZE, MAX_PACK_SIZE};

/// One file of a pack: its name inside the pack and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackFile {
    pub path: String,
    pub data: Vec<u8>,
}

impl PackFile {
    pub fn new(path: impl Into<String>, data: impl Into<Vec<u8>>) -> Self {
        PackFile {
            path: path.into(),
            data: data.into(),
        }
    }
}

/// A pack whose signature and hashes have been checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedPack {
    pub manifest: Manifest,
    /// manifest.json exactly as received (what the store keeps).
    pub manifest_bytes: Vec<u8>,
    pub signature: Vec<u8>,
    /// Content files by name (manifest.json and manifest.sig excluded).
    pub files: BTreeMap<String, Vec<u8>>,
}

impl VerifiedPack {
    pub fn file(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(Vec::as_slice)
    }
}

fn sha256_hex(data: &[u8]) -> String {
    crate::hex::encode(ring::digest::digest(&ring::digest::SHA256, data).as_ref())
}

/// A pack split into its envelope (manifest, signature) and its content.
struct Parts<'a> {
    manifest_bytes: &'a [u8],
    signature: Option<&'a [u8]>,
    content: HashMap<&'a str, &'a [u8]>,
}

/// Checks names, counts and sizes before anything is parsed or hashed.
fn split(files: &[PackFile]) -> Result<Parts<'_>, PackError> {
    if files.len() > MAX_FILES + 2 {
        return Err(PackError::TooManyFiles { max: MAX_FILES });
    }
    let mut folded = std::collections::HashSet::new();
    let mut total: u64 = 0;
    let mut manifest = None;
    let mut signature = None;
    let mut content = HashMap::new();
    for file in files {
        path::check(&file.path)?;
        if !folded.insert(path::fold(&file.path)) {
            return Err(PackError::DuplicatePath {
                file: display_name(&file.path),
            });
        }
        let size = file.data.len() as u64;
        total = total.saturating_add(size);
        if total > MAX_PACK_SIZE + MAX_MANIFEST_SIZE as u64 {
            return Err(PackError::PackTooLarge { max: MAX_PACK_SIZE });
        }
        match file.path.as_str() {
            path::MANIFEST => manifest = Some(file.data.as_slice()),
            path::SIGNATURE => signature = Some(file.data.as_slice()),
            name => {
                if size > MAX_FILE_SIZE {
                    return Err(PackError::FileTooLarge {
                        file: name.to_owned(),
                        max: MAX_FILE_SIZE,
                    });
                }
                content.insert(name, file.data.as_slice());
            }
        }
    }
    Ok(Parts {
        manifest_bytes: manifest.ok_or(PackError::ManifestMissing)?,
        signature,
        content,
    })
}

/// Every listed file present with its size and hash; nothing unlisted.
fn check_files(manifest: &Manifest, content: &HashMap<&str, &[u8]>) -> Result<(), PackError> {
    for entry in &manifest.files {
        let data = content
            .get(entry.path.as_str())
            .ok_or_else(|| PackError::MissingFile {
                file: entry.path.clone(),
            })?;
        if data.len() as u64 != entry.size {
            return Err(PackError::SizeMismatch {
                file: entry.path.clone(),
            });
        }
        if sha256_hex(data) != entry.sha256 {
            return Err(PackError::HashMismatch {
                file: entry.path.clone(),
            });
        }
    }
    let mut extra: Vec<&str> = content
        .keys()
        .copied()
        .filter(|name| manifest.file(name).is_none())
        .collect();
    extra.sort_unstable();
    if let Some(name) = extra.first() {
        return Err(PackError::ExtraFile {
            file: (*name).to_owned(),
        });
    }
    Ok(())
}

/// Checks a pack's structure, hashes and content without its signature:
/// what `waymark content check` runs before signing or sending a pack.
pub fn inspect(files: &[PackFile]) -> Result<Manifest, PackError> {
    let parts = split(files)?;
    let manifest = Manifest::parse(parts.manifest_bytes)?;
    check_files(&manifest, &parts.content)?;
    super::helplines::check_pack(&manifest, |p| parts.content.get(p).copied())?;
    Ok(manifest)
}

/// Verifies a pack against a set of trusted publisher keys: the manifest
/// parses, its publisher is trusted, the signature over its canonical bytes
/// verifies, every file matches its hash, no file is missing or extra, and
/// the content (helplines) is well formed.
pub fn verify(files: &[PackFile], trusted: &[PublicKey]) -> Result<VerifiedPack, PackError> {
    let parts = split(files)?;
    let manifest = Manifest::parse(parts.manifest_bytes)?;
    let signature = parts.signature.ok_or(PackError::SignatureMissing)?;
    let key = trusted
        .iter()
        .find(|k| k.key_id() == manifest.publisher)
        .ok_or_else(|| PackError::UnknownPublisher {
            key_id: manifest.publisher.clone(),
        })?;
    key.verify(&manifest.canonical_bytes()?, signature)?;
    check_files(&manifest, &parts.content)?;
    super::helplines::check_pack(&manifest, |p| parts.content.get(p).copied())?;
    Ok(VerifiedPack {
        manifest_bytes: parts.manifest_bytes.to_vec(),
        signature: signature.to_vec(),
        files: parts
            .content
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.to_vec()))
            .collect(),
        manifest,
    })
}

/// What the publisher chooses when signing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackInfo {
    pub pack_id: String,
    pub version: u64,
    pub locales: Vec<String>,
}

/// Builds and signs the manifest for `content` (the pack's files, without
/// manifest.json and manifest.sig). Returns the two envelope files.
pub fn sign(
    content: &[PackFile],
    info: &PackInfo,
    key: &SigningKey,
) -> Result<[PackFile; 2], PackError> {
    // Re-signing a folder: its old envelope is not content.
    let content: Vec<PackFile> = content
        .iter()
        .filter(|f| f.path != path::MANIFEST && f.path != path::SIGNATURE)
        .cloned()
        .collect();
    let mut files: Vec<FileEntry> = content
        .iter()
        .map(|f| FileEntry {
            path: f.path.clone(),
            size: f.data.len() as u64,
            sha256: sha256_hex(&f.data),
        })
        .collect();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let mut locales = info.locales.clone();
    locales.sort();
    let manifest = Manifest {
        format: FORMAT,
        pack_id: info.pack_id.clone(),
        version: info.version,
        publisher: key.public_key().key_id(),
        locales,
        files,
    };
    manifest.validate()?;
    let envelope = [
        PackFile::new(path::MANIFEST, manifest.to_pretty_json()),
        PackFile::new(path::SIGNATURE, key.sign(&manifest.canonical_bytes()?)),
    ];
    // Refuse to produce a pack that would not pass its own checks.
    let mut all = content;
    all.extend(envelope.iter().cloned());
    verify(&all, &[key.public_key()])?;
    Ok(envelope)
}
