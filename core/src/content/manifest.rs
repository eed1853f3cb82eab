//! manifest.json: what a pack is, who signed it, and the hash of every file.

use serde::{Deserialize, Serialize};

use super::canonical::{self, MAX_SAFE_INTEGER};
use super::error::{display_name, json_reason, PackError};
use super::path;
use super::{MAX_FILES, MAX_FILE_SIZE, MAX_MANIFEST_SIZE, MAX_PACK_SIZE};

/// The only manifest format this version understands.
pub const FORMAT: u32 = 1;

/// A pack's manifest. Unknown fields are refused, so a field this version
/// does not understand can never be silently ignored (and still signed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: u32,
    /// Reverse-DNS style, e.g. `org.example.helplines`.
    pub pack_id: String,
    /// Monotonic: an installed pack is only replaced by a higher version.
    pub version: u64,
    /// Key id of the publisher's signing key (see [`super::key_id`]).
    pub publisher: String,
    /// BCP 47 tags of the locales the pack's texts cover.
    pub locales: Vec<String>,
    /// Every file of the pack except manifest.json and manifest.sig.
    pub files: Vec<FileEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileEntry {
    pub path: String,
    pub size: u64,
    /// Lowercase hex SHA-256 of the file's bytes.
    pub sha256: String,
}

fn invalid(reason: impl Into<String>) -> PackError {
    PackError::ManifestInvalid {
        reason: reason.into(),
    }
}

fn is_lower_hex(s: &str, len: usize) -> bool {
    s.len() == len
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// `[a-z0-9][a-z0-9.-]{0,63}`.
pub fn is_valid_pack_id(id: &str) -> bool {
    let mut bytes = id.bytes();
    matches!(bytes.next(), Some(b) if b.is_ascii_lowercase() || b.is_ascii_digit())
        && id.len() <= 64
        && bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-')
}

/// A BCP 47-shaped tag: 1–35 ASCII letters, digits and hyphens.
pub fn is_valid_locale(tag: &str) -> bool {
    (1..=35).contains(&tag.len())
        && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !tag.starts_with('-')
}

impl Manifest {
    /// Parses and validates manifest.json. Never panics on any input.
    pub fn parse(bytes: &[u8]) -> Result<Manifest, PackError> {
        if bytes.len() > MAX_MANIFEST_SIZE {
            return Err(PackError::FileTooLarge {
                file: path::MANIFEST.to_owned(),
                max: MAX_MANIFEST_SIZE as u64,
            });
        }
        let manifest: Manifest =
            serde_json::from_slice(bytes).map_err(|e| invalid(json_reason(&e)))?;
        manifest.validate()?;
        Ok(manifest)
    }

    /// Checks every field against the rules in docs/content-packs.md.
    pub fn validate(&self) -> Result<(), PackError> {
        if self.format != FORMAT {
            return Err(invalid(format!("unsupported format {}", self.format)));
        }
        if !is_valid_pack_id(&self.pack_id) {
            return Err(invalid("pack_id must match [a-z0-9][a-z0-9.-]{0,63}"));
        }
        if self.version == 0 || self.version > MAX_SAFE_INTEGER {
            return Err(invalid("version must be between 1 and 2^53-1"));
        }
        if !is_lower_hex(&self.publisher, 16) {
            return Err(invalid("publisher must be 16 lowercase hex characters"));
        }
        if self.locales.len() > 64 {
            return Err(invalid("more than 64 locales"));
        }
        let mut seen_locales = std::collections::HashSet::new();
        for tag in &self.locales {
            if !is_valid_locale(tag) {
                return Err(invalid("a locale is not a valid language tag"));
            }
            if !seen_locales.insert(tag.to_ascii_lowercase()) {
                return Err(invalid("a locale is listed twice"));
            }
        }
        if self.files.len() > MAX_FILES {
            return Err(PackError::TooManyFiles { max: MAX_FILES });
        }
        let mut seen = std::collections::HashSet::new();
        let mut total: u64 = 0;
        for entry in &self.files {
            path::check(&entry.path)?;
            if entry.path == path::MANIFEST || entry.path == path::SIGNATURE {
                return Err(PackError::UnsafePath {
                    file: entry.path.clone(),
                    reason: "reserved name",
                });
            }
            if !seen.insert(path::fold(&entry.path)) {
                return Err(PackError::DuplicatePath {
                    file: display_name(&entry.path),
                });
            }
            if entry.size > MAX_FILE_SIZE {
                return Err(PackError::FileTooLarge {
                    file: entry.path.clone(),
                    max: MAX_FILE_SIZE,
                });
            }
            total = total.saturating_add(entry.size);
            if total > MAX_PACK_SIZE {
                return Err(PackError::PackTooLarge { max: MAX_PACK_SIZE });
            }
            if !is_lower_hex(&entry.sha256, 64) {
                return Err(PackError::ManifestInvalid {
                    reason: format!("{}: sha256 must be 64 lowercase hex characters", entry.path),
                });
            }
        }
        Ok(())
    }

    /// The bytes the signature covers: canonical JSON of this manifest.
    pub fn canonical_bytes(&self) -> Result<Vec<u8>, PackError> {
        let value = serde_json::to_value(self).map_err(|e| invalid(json_reason(&e)))?;
        canonical::to_bytes(&value).ok_or_else(|| invalid("a number is outside 0..2^53-1"))
    }

    /// Human-friendly manifest.json (indented, keys sorted). Any formatting
    /// verifies; this is just what `waymark content sign` writes.
    pub fn to_pretty_json(&self) -> Vec<u8> {
        let value = serde_json::to_value(self).unwrap_or_default();
        let mut out = serde_json::to_vec_pretty(&sorted(value)).unwrap_or_default();
        out.push(b'\n');
        out
    }

    pub fn file(&self, path: &str) -> Option<&FileEntry> {
        self.files.iter().find(|f| f.path == path)
    }
}

/// serde_json's map is ordered by insertion when another crate turns on its
/// `preserve_order` feature; rebuild it sorted so the output never depends on
/// that.
fn sorted(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            let mut entries: Vec<_> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
        other => other,
    }
}
