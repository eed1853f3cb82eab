//! `waymark content …`: tools for publishers (keygen, sign, verify, check)
//! and for installing packs into a vault (trust, install, list).

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Subcommand;
use serde_json::json;
use waymark_core::content::{
    builtin, load, pack, ContentStore, PackError, PackInfo, PublicKey, SigningKey,
};

use crate::output::{loc, text, Failure, Output};
use crate::vault_cmd::{unlocked, DirArg};

#[derive(Subcommand)]
pub enum ContentCommand {
    /// Make a new publisher key: writes the private key (PKCS#8) to FILE and
    /// prints the public key and its key id.
    Keygen {
        /// Where to write the private key. Never overwritten.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Write manifest.json and manifest.sig for the files in PACK_DIR.
    Sign {
        pack_dir: PathBuf,
        /// The publisher's private key (PKCS#8 DER).
        #[arg(long, value_name = "FILE")]
        key: PathBuf,
        #[arg(long)]
        pack_id: String,
        /// Must be higher than every version already shipped.
        #[arg(long)]
        version: u64,
        /// Locales the pack covers (default: the folders in PACK_DIR/locales).
        #[arg(long = "locale", value_name = "TAG")]
        locales: Vec<String>,
    },
    /// Check a pack's signature and every file against a publisher key.
    Verify {
        pack_dir: PathBuf,
        /// The publisher's public key (64 hex characters).
        #[arg(long, value_name = "HEX", required_unless_present = "dev")]
        key: Option<String>,
        /// Verify against the built-in development key instead.
        #[arg(long, conflicts_with = "key")]
        dev: bool,
    },
    /// Check a pack's structure, hashes and helplines (no signature check).
    Check { pack_dir: PathBuf },
    /// Trust a publisher's key to sign packs for this vault.
    Trust {
        #[command(flatten)]
        dir: DirArg,
        /// The publisher's public key (64 hex characters).
        key: String,
        /// A label for the publisher, e.g. the NGO's name.
        #[arg(long, default_value = "")]
        name: String,
    },
    /// Stop trusting a key and remove every pack it signed.
    Untrust {
        #[command(flatten)]
        dir: DirArg,
        /// The key id (16 hex characters) shown by `list`.
        key_id: String,
    },
    /// Remove an installed pack.
    Remove {
        #[command(flatten)]
        dir: DirArg,
        pack_id: String,
    },
    /// Verify a pack and install it into the vault.
    Install {
        #[command(flatten)]
        dir: DirArg,
        pack_dir: PathBuf,
    },
    /// List trusted publishers and installed packs.
    List(DirArg),
}

/// A pack error for people and scripts. Vault errors keep their own kinds.
pub fn failure(e: PackError) -> Failure {
    if let PackError::Vault(v) = &e {
        return Failure::from(v.clone());
    }
    let kind = e.code();
    let reason = e.user_message(loc());
    let message = match &e {
        // About a key, not a pack: said on its own.
        PackError::InvalidPublicKey
        | PackError::InvalidPrivateKey
        | PackError::DevelopmentKeyNotTrustable => reason,
        _ => text("cli-content-refused", &[("reason", reason.into())]),
    };
    Failure::new(kind, message)
}

/// A file the command could not read or write; `id` is a CLI message.
fn io_failure(id: &str) -> Failure {
    Failure::localized("io", id)
}

/// Locale folders present in `pack_dir/locales`, sorted.
fn locale_folders(pack_dir: &Path) -> Vec<String> {
    let mut found: Vec<String> = std::fs::read_dir(pack_dir.join("locales"))
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().to_str().map(str::to_owned))
        .collect();
    found.sort();
    found
}

fn write_new_private(path: &Path, data: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(data)?;
    file.sync_all()
}

pub fn run(cmd: ContentCommand, out: &Output) -> Result<(), Failure> {
    match cmd {
        ContentCommand::Keygen { out: path } => {
            let der = SigningKey::generate_pkcs8().map_err(failure)?;
            let public = SigningKey::from_pkcs8(&der).map_err(failure)?.public_key();
            write_new_private(&path, &der).map_err(|e| {
                if e.kind() == std::io::ErrorKind::AlreadyExists {
                    Failure::localized("already_exists", "cli-content-key-exists")
                } else {
                    io_failure("cli-content-error-write-key")
                }
            })?;
            out.done(
                &text(
                    "cli-content-keygen-done",
                    &[
                        ("public_key", public.to_hex().into()),
                        ("key_id", public.key_id().into()),
                    ],
                ),
                json!({ "public_key": public.to_hex(), "key_id": public.key_id() }),
            );
        }
        ContentCommand::Sign {
            pack_dir,
            key,
            pack_id,
            version,
            locales,
        } => {
            let der = std::fs::read(&key).map_err(|_| io_failure("cli-content-error-read-key"))?;
            let key = SigningKey::from_pkcs8(&der).map_err(failure)?;
            let files = load::read_dir(&pack_dir).map_err(failure)?;
            let locales = if locales.is_empty() {
                locale_folders(&pack_dir)
            } else {
                locales
            };
            let info = PackInfo {
                pack_id,
                version,
                locales,
            };
            let envelope = pack::sign(&files, &info, &key).map_err(failure)?;
            for file in &envelope {
                std::fs::write(pack_dir.join(&file.path), &file.data)
                    .map_err(|_| io_failure("cli-content-error-write-manifest"))?;
            }
            let key_id = key.public_key().key_id();
            out.done(
                &text(
                    "cli-content-signed",
                    &[
                        ("pack_id", info.pack_id.as_str().into()),
                        ("version", info.version.to_string().into()),
                        ("key_id", key_id.as_str().into()),
                        (
                            "count",
                            files
                                .iter()
                                .filter(|f| !f.path.starts_with("manifest."))
                                .count()
                                .into(),
                        ),
                    ],
                ),
                json!({ "pack_id": info.pack_id, "version": info.version, "key_id": key_id, "locales": info.locales }),
            );
        }
        ContentCommand::Verify { pack_dir, key, dev } => {
            let key = match key {
                Some(hex) => PublicKey::from_hex(&hex).map_err(failure)?,
                None if dev => builtin::DEV_PUBLIC_KEY,
                None => return Err(failure(PackError::InvalidPublicKey)),
            };
            let files = load::read_dir(&pack_dir).map_err(failure)?;
            let verified = pack::verify(&files, &[key]).map_err(failure)?;
            let m = &verified.manifest;
            out.done(
                &text(
                    "cli-content-verified",
                    &[
                        ("pack_id", m.pack_id.as_str().into()),
                        ("version", m.version.to_string().into()),
                        ("key_id", m.publisher.as_str().into()),
                        ("count", m.files.len().into()),
                    ],
                ),
                json!({ "valid": true, "manifest": m }),
            );
        }
        ContentCommand::Check { pack_dir } => {
            let files = load::read_dir(&pack_dir).map_err(failure)?;
            let m = pack::inspect(&files).map_err(failure)?;
            out.done(
                &text(
                    "cli-content-checked",
                    &[
                        ("pack_id", m.pack_id.as_str().into()),
                        ("version", m.version.to_string().into()),
                        ("files", m.files.len().into()),
                        ("locales", m.locales.len().into()),
                    ],
                ),
                json!({ "well_formed": true, "manifest": m }),
            );
        }
        ContentCommand::Trust { dir, key, name } => {
            // Parse first: a typo should not cost a passcode prompt.
            PublicKey::from_hex(&key).map_err(failure)?;
            let store = ContentStore::new(unlocked(&dir.dir)?);
            let p = store.trust_publisher(&key, &name).map_err(failure)?;
            out.done(
                &text(
                    "cli-content-trusted",
                    &[("key_id", p.key_id.as_str().into())],
                ),
                json!(p),
            );
        }
        ContentCommand::Untrust { dir, key_id } => {
            let store = ContentStore::new(unlocked(&dir.dir)?);
            let removed = store.untrust_publisher(&key_id).map_err(failure)?;
            let id = if removed {
                "cli-content-untrusted"
            } else {
                "cli-content-not-trusted"
            };
            out.done(
                &text(id, &[("key_id", key_id.as_str().into())]),
                json!({ "untrusted": removed }),
            );
        }
        ContentCommand::Remove { dir, pack_id } => {
            let store = ContentStore::new(unlocked(&dir.dir)?);
            let removed = store.remove(&pack_id).map_err(failure)?;
            let id = if removed {
                "cli-content-removed"
            } else {
                "cli-content-not-installed"
            };
            out.done(
                &text(id, &[("pack_id", pack_id.as_str().into())]),
                json!({ "removed": removed }),
            );
        }
        ContentCommand::Install { dir, pack_dir } => {
            let files = load::read_dir(&pack_dir).map_err(failure)?;
            let store = ContentStore::new(unlocked(&dir.dir)?);
            let p = store.install(&files).map_err(failure)?;
            out.done(
                &text(
                    "cli-content-installed",
                    &[
                        ("pack_id", p.pack_id.as_str().into()),
                        ("version", p.version.to_string().into()),
                        ("count", p.file_count.into()),
                    ],
                ),
                json!(p),
            );
        }
        ContentCommand::List(dir) => {
            let store = ContentStore::new(unlocked(&dir.dir)?);
            let publishers = store.trusted_publishers().map_err(failure)?;
            let packs = store.installed().map_err(failure)?;
            let mut lines = vec![text(
                "cli-content-list-publishers",
                &[("count", publishers.len().into())],
            )];
            lines.extend(
                publishers
                    .iter()
                    .map(|p| format!("  {} {}", p.key_id, p.name)),
            );
            lines.push(text(
                "cli-content-list-packs",
                &[("count", packs.len().into())],
            ));
            lines.extend(packs.iter().map(|p| {
                let pack = text(
                    "cli-content-list-pack",
                    &[
                        ("pack_id", p.pack_id.as_str().into()),
                        ("version", p.version.to_string().into()),
                        ("key_id", p.publisher.as_str().into()),
                    ],
                );
                format!("  {pack}")
            }));
            out.done(
                &lines.join("\n"),
                json!({ "publishers": publishers, "packs": packs }),
            );
        }
    }
    Ok(())
}
