//! Installed packs and trusted publishers, kept in the vault's database.

use std::path::Path;
use std::sync::Arc;

use rusqlite::{params, OptionalExtension, Transaction};

use super::builtin;
use super::error::PackError;
use super::helplines::{self, Helpline, HelplineDirectory, HelplineQuery};
use super::keys::PublicKey;
use super::manifest::Manifest;
use super::pack::{self, PackFile, VerifiedPack};
use super::text::LocalizedText;
use crate::time::to_stored;
use crate::vault::Vault;

/// Longest publisher label, in bytes.
pub const MAX_PUBLISHER_NAME: usize = 100;

/// A publisher whose packs this vault accepts.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TrustedPublisher {
    pub key_id: String,
    /// 64 hex characters.
    pub public_key: String,
    /// A label chosen by whoever added it (e.g. the NGO's name).
    pub name: String,
    pub added_at: String,
}

/// A pack installed in the vault.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct InstalledPack {
    pub pack_id: String,
    pub version: u64,
    pub publisher: String,
    pub locales: Vec<String>,
    pub file_count: u32,
    pub installed_at: String,
}

/// A helpline and the pack it came from (whose texts translate its notes).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct HelplineEntry {
    pub pack_id: String,
    pub helpline: Helpline,
}

/// Content of one vault: the built-in pack plus the packs installed there.
/// `Send + Sync`; every method blocks on the database, so call it off the
/// main thread.
#[derive(Clone)]
pub struct ContentStore {
    vault: Arc<Vault>,
}

/// Runs `f` in one immediate transaction that commits only if `f` succeeds,
/// so a refused pack never leaves a half-written install behind.
fn in_transaction<T>(
    vault: &Vault,
    f: impl FnOnce(&Transaction<'_>) -> Result<T, PackError>,
) -> Result<T, PackError> {
    vault.with_connection(|conn| {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        match f(&tx) {
            Ok(v) => {
                tx.commit()?;
                Ok(Ok(v))
            }
            // Dropping the transaction rolls it back.
            Err(e) => Ok(Err(e)),
        }
    })?
}

fn trusted_keys(tx: &Transaction<'_>) -> Result<Vec<PublicKey>, PackError> {
    let mut stmt = tx.prepare("SELECT public_key FROM content_publishers")?;
    let keys = stmt
        .query_map([], |r| r.get::<_, Vec<u8>>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(keys
        .into_iter()
        .filter_map(|raw| raw.try_into().ok().map(PublicKey))
        // Defence in depth: even if the development key got into the table,
        // it never verifies an installed pack.
        .filter(|k| *k != builtin::DEV_PUBLIC_KEY)
        .collect())
}

fn to_installed(manifest: &Manifest, installed_at: String) -> InstalledPack {
    InstalledPack {
        pack_id: manifest.pack_id.clone(),
        version: manifest.version,
        publisher: manifest.publisher.clone(),
        locales: manifest.locales.clone(),
        file_count: manifest.files.len() as u32,
        installed_at,
    }
}

impl ContentStore {
    pub fn new(vault: Arc<Vault>) -> Self {
        ContentStore { vault }
    }

    /// The vault's clock, for a library built over this store.
    pub(crate) fn clock(&self) -> Arc<dyn crate::time::Clock> {
        self.vault.clock()
    }

    /// Trusts `public_key_hex` (64 hex characters) to sign packs for this
    /// vault. Adding a key twice updates its label.
    pub fn trust_publisher(
        &self,
        public_key_hex: &str,
        name: &str,
    ) -> Result<TrustedPublisher, PackError> {
        let key = PublicKey::from_hex(public_key_hex)?;
        if key == builtin::DEV_PUBLIC_KEY {
            return Err(PackError::DevelopmentKeyNotTrustable);
        }
        let name = name.trim();
        if name.len() > MAX_PUBLISHER_NAME || name.chars().any(char::is_control) {
            return Err(PackError::InvalidContent {
                file: "publisher name".to_owned(),
                reason: format!("must be one line of at most {MAX_PUBLISHER_NAME} bytes"),
            });
        }
        let publisher = TrustedPublisher {
            key_id: key.key_id(),
            public_key: key.to_hex(),
            name: name.to_owned(),
            added_at: to_stored(self.vault.now()),
        };
        in_transaction(&self.vault, |tx| {
            tx.execute(
                "INSERT INTO content_publishers (key_id, public_key, name, added_at)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (key_id) DO UPDATE SET name = excluded.name",
                params![
                    publisher.key_id,
                    key.0.as_slice(),
                    publisher.name,
                    publisher.added_at
                ],
            )?;
            Ok(())
        })?;
        Ok(publisher)
    }

    pub fn trusted_publishers(&self) -> Result<Vec<TrustedPublisher>, PackError> {
        in_transaction(&self.vault, |tx| {
            let mut stmt = tx.prepare(
                "SELECT key_id, public_key, name, added_at FROM content_publishers ORDER BY key_id",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok(TrustedPublisher {
                    key_id: r.get(0)?,
                    public_key: crate::hex::encode(&r.get::<_, Vec<u8>>(1)?),
                    name: r.get(2)?,
                    added_at: r.get(3)?,
                })
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
    }

    /// Verifies and installs a pack, replacing an older version of it. In one
    /// transaction: the publisher must be trusted in this vault, the pack
    /// must verify, its id must not be the built-in one or belong to another
    /// publisher, and its version must be newer than the installed one.
    pub fn install(&self, files: &[PackFile]) -> Result<InstalledPack, PackError> {
        in_transaction(&self.vault, |tx| {
            let verified = pack::verify(files, &trusted_keys(tx)?)?;
            let m = &verified.manifest;
            if m.pack_id == builtin::PACK_ID {
                return Err(PackError::ReservedPackId {
                    pack_id: m.pack_id.clone(),
                });
            }
            let current: Option<(i64, String)> = tx
                .query_row(
                    "SELECT version, publisher FROM content_packs WHERE pack_id = ?1",
                    [&m.pack_id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            if let Some((installed, publisher)) = current {
                if publisher != m.publisher {
                    return Err(PackError::PublisherMismatch {
                        pack_id: m.pack_id.clone(),
                    });
                }
                let installed = u64::try_from(installed).unwrap_or(u64::MAX);
                if m.version <= installed {
                    return Err(PackError::Rollback {
                        pack_id: m.pack_id.clone(),
                        installed,
                        offered: m.version,
                    });
                }
            }
            let installed_at = to_stored(self.vault.now());
            tx.execute("DELETE FROM content_files WHERE pack_id = ?1", [&m.pack_id])?;
            tx.execute("DELETE FROM content_packs WHERE pack_id = ?1", [&m.pack_id])?;
            tx.execute(
                "INSERT INTO content_packs
                 (pack_id, version, publisher, manifest, signature, installed_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    m.pack_id,
                    // validate() keeps versions below 2^53.
                    m.version as i64,
                    m.publisher,
                    verified.manifest_bytes,
                    verified.signature,
                    installed_at
                ],
            )?;
            let mut insert =
                tx.prepare("INSERT INTO content_files (pack_id, path, data) VALUES (?1, ?2, ?3)")?;
            for (path, data) in &verified.files {
                insert.execute(params![m.pack_id, path, data])?;
            }
            Ok(to_installed(m, installed_at))
        })
    }

    /// Reads a pack folder and installs it (see [`ContentStore::install`]).
    pub fn install_dir(&self, dir: &Path) -> Result<InstalledPack, PackError> {
        self.install(&super::load::read_dir(dir)?)
    }

    /// Stops trusting a key (e.g. when an NGO's key is lost or rotated) and
    /// removes every pack it signed, in one transaction. Returns whether the
    /// key was trusted. A pack removed this way can later be installed again
    /// at any version: removing is an explicit decision, not a rollback.
    pub fn untrust_publisher(&self, key_id: &str) -> Result<bool, PackError> {
        in_transaction(&self.vault, |tx| {
            tx.execute(
                "DELETE FROM content_files WHERE pack_id IN
                 (SELECT pack_id FROM content_packs WHERE publisher = ?1)",
                [key_id],
            )?;
            tx.execute("DELETE FROM content_packs WHERE publisher = ?1", [key_id])?;
            Ok(tx.execute("DELETE FROM content_publishers WHERE key_id = ?1", [key_id])? > 0)
        })
    }

    /// Removes an installed pack. Returns whether it was installed.
    pub fn remove(&self, pack_id: &str) -> Result<bool, PackError> {
        in_transaction(&self.vault, |tx| {
            tx.execute("DELETE FROM content_files WHERE pack_id = ?1", [pack_id])?;
            Ok(tx.execute("DELETE FROM content_packs WHERE pack_id = ?1", [pack_id])? > 0)
        })
    }

    /// Installed packs, by id (the built-in pack is not listed).
    pub fn installed(&self) -> Result<Vec<InstalledPack>, PackError> {
        Ok(self
            .installed_packs()?
            .iter()
            .map(|(p, at)| to_installed(&p.manifest, at.clone()))
            .collect())
    }

    /// Every installed pack with its files, as verified at install time.
    pub(crate) fn installed_packs(&self) -> Result<Vec<(VerifiedPack, String)>, PackError> {
        in_transaction(&self.vault, |tx| {
            let mut packs = Vec::new();
            let mut stmt = tx.prepare(
                "SELECT pack_id, manifest, signature, installed_at FROM content_packs ORDER BY pack_id",
            )?;
            let rows = stmt
                .query_map([], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, Vec<u8>>(1)?,
                        r.get::<_, Vec<u8>>(2)?,
                        r.get::<_, String>(3)?,
                    ))
                })?
                .collect::<Result<Vec<_>, _>>()?;
            let mut files_stmt =
                tx.prepare("SELECT path, data FROM content_files WHERE pack_id = ?1")?;
            for (pack_id, manifest_bytes, signature, installed_at) in rows {
                let files = files_stmt
                    .query_map([&pack_id], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<Result<_, _>>()?;
                let manifest = Manifest::parse(&manifest_bytes)?;
                packs.push((
                    VerifiedPack {
                        manifest,
                        manifest_bytes,
                        signature,
                        files,
                    },
                    installed_at,
                ));
            }
            Ok(packs)
        })
    }

    /// Helplines from the installed packs and the built-in pack, matching
    /// `q`, in the documented order. An installed entry replaces a built-in
    /// one with the same id.
    pub fn helplines(&self, q: &HelplineQuery) -> Result<Vec<HelplineEntry>, PackError> {
        let mut sources: Vec<(String, HelplineDirectory)> = Vec::new();
        for (p, _) in self.installed_packs()? {
            // Checked at install. If a later app version reads it stricter,
            // skip that pack rather than hide every helpline.
            if let Some(Ok(dir)) = p.file(helplines::FILE).map(HelplineDirectory::parse) {
                sources.push((p.manifest.pack_id.clone(), dir));
            }
        }
        sources.push((builtin::PACK_ID.to_owned(), builtin::helpline_directory()?));
        let mut seen = std::collections::HashSet::new();
        let mut all: Vec<(String, Helpline)> = Vec::new();
        for (pack_id, dir) in sources {
            for h in dir.services {
                if seen.insert(h.id.clone()) {
                    all.push((pack_id.clone(), h));
                }
            }
        }
        let mut found: Vec<Helpline> = Vec::new();
        let mut origin = std::collections::HashMap::new();
        for (pack_id, h) in all {
            if h.matches(q) {
                origin.insert(h.id.clone(), pack_id);
                found.push(h);
            }
        }
        helplines::sort(&mut found, q);
        Ok(found
            .into_iter()
            .map(|helpline| HelplineEntry {
                pack_id: origin.remove(&helpline.id).unwrap_or_default(),
                helpline,
            })
            .collect())
    }

    /// Message `id` of pack `pack_id` in the best locale for `requested`.
    pub fn text(
        &self,
        pack_id: &str,
        requested: &str,
        id: &str,
    ) -> Result<Option<LocalizedText>, PackError> {
        if pack_id == builtin::PACK_ID {
            return Ok(builtin::text(requested, id));
        }
        Ok(self
            .installed_packs()?
            .iter()
            .find(|(p, _)| p.manifest.pack_id == pack_id)
            .and_then(|(p, _)| builtin::pack_text(p, requested, id)))
    }
}

#[allow(dead_code)]
fn assert_thread_safe() {
    fn is<T: Send + Sync>() {}
    is::<ContentStore>();
}
