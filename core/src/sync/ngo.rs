//! The NGOs this vault sends to.
//!
//! A phone trusts an NGO by its Ed25519 signing key (from a content pack, a
//! QR code or a caseworker), and then accepts only directory entries that key
//! signed: endpoints, the HPKE key reports are sealed to, the receipt key and
//! the TLS pins all come from there. The entry is verified when it is stored
//! and again, with its expiry, every time it is used. A new entry replaces
//! the stored one only if its version is higher (or it is the same entry):
//! a seized server cannot bring back an old entry with an old key or pins.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::store::{with, SyncDb};
use super::transport::{InboxClient, TransportConfig};
use super::wire::{DirectoryEntry, SignedDirectory};
use super::SyncError;
use crate::content::PublicKey;
use crate::envelope::NgoPublicKey;
use crate::time::{from_stored, to_stored};
use crate::vault::Vault;

/// A trusted NGO, as listed. Holds public data only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TrustedNgo {
    /// `PublicKey::key_id` of the signing key: the NGO's handle in the app.
    pub key_id: String,
    /// The signing key, 64 hex characters.
    pub signing_key: String,
    pub label: String,
    /// The last verified directory entry, if one was fetched.
    pub directory: Option<DirectoryEntry>,
    pub added_at: DateTime<Utc>,
    pub refreshed_at: Option<DateTime<Utc>>,
}

/// A usable directory: verified, unexpired.
#[derive(Debug, Clone)]
pub(crate) struct VerifiedNgo {
    pub entry: DirectoryEntry,
    pub hpke: NgoPublicKey,
    pub receipt_key: PublicKey,
}

/// The trusted NGOs of one vault. `Send + Sync`; every call blocks.
#[derive(Clone)]
pub struct Ngos {
    db: Arc<dyn SyncDb>,
}

fn day(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d").to_string()
}

impl Ngos {
    pub fn new(vault: Arc<Vault>) -> Ngos {
        Ngos { db: vault }
    }

    /// The NGOs of the vault or of the courier.
    pub(crate) fn on(db: Arc<dyn SyncDb>) -> Ngos {
        Ngos { db }
    }

    /// Trusts `signing_key` (64 hex characters). Returns its key id. Trusting
    /// a key again only updates the label.
    pub fn trust(&self, signing_key: &str, label: &str) -> Result<String, SyncError> {
        let key = PublicKey::from_hex(signing_key).map_err(|_| SyncError::InvalidKey)?;
        if label.len() > 200 || label.chars().any(char::is_control) {
            return Err(SyncError::InvalidSetting("label"));
        }
        let key_id = key.key_id();
        with(&*self.db, |c| {
            c.execute(
                "INSERT INTO sync_ngos (key_id, signing_key, label, added_at)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (key_id) DO UPDATE SET label = excluded.label",
                params![key_id, key.to_hex(), label, to_stored(self.db.now())],
            )?;
            Ok(())
        })?;
        Ok(key_id)
    }

    /// Verifies `signed` with the NGO's trusted key and stores it, unless it
    /// is older than the entry already stored (`WireError::DirectoryRollback`;
    /// the stored entry stays).
    pub fn store_directory(
        &self,
        key_id: &str,
        signed: &SignedDirectory,
        now: DateTime<Utc>,
    ) -> Result<DirectoryEntry, SyncError> {
        let key = self.signing_key(key_id)?;
        let entry = signed.verify(&key, &day(now))?.clone();
        if let Some(stored) = self.stored_entry(key_id)? {
            entry.may_replace(&stored)?;
        }
        let json = serde_json::to_string(signed).map_err(|_| SyncError::Damaged)?;
        with(&*self.db, |c| {
            c.execute(
                "UPDATE sync_ngos SET directory = ?1, refreshed_at = ?2 WHERE key_id = ?3",
                params![json, to_stored(now), key_id],
            )?;
            Ok(())
        })?;
        Ok(entry)
    }

    /// Fetches the NGO's directory entry, verifies it and stores it. From
    /// `url` (the first time, e.g. from a QR code), else from the endpoints
    /// of the entry already stored, with its pins.
    pub fn fetch_directory(
        &self,
        key_id: &str,
        url: Option<&str>,
        transport: &TransportConfig,
        now: DateTime<Utc>,
    ) -> Result<DirectoryEntry, SyncError> {
        let stored = self.get(key_id)?;
        let client = match (url, &stored.directory) {
            (Some(url), _) => InboxClient::new(transport, &[url.to_owned()], &[])?,
            (None, Some(entry)) => {
                InboxClient::new(transport, &entry.endpoints, &entry.tls_spki_sha256)?
            }
            (None, None) => return Err(SyncError::NoDirectory),
        }
        .cut_off(self.db.cut_off());
        let signed = client.fetch_directory()?;
        self.store_directory(key_id, &signed, now)
    }

    pub fn get(&self, key_id: &str) -> Result<TrustedNgo, SyncError> {
        self.list()?
            .into_iter()
            .find(|n| n.key_id == key_id)
            .ok_or(SyncError::UnknownNgo)
    }

    /// Every trusted NGO, in the order they were added.
    pub fn list(&self) -> Result<Vec<TrustedNgo>, SyncError> {
        let rows = with(&*self.db, |c| {
            let mut stmt = c.prepare(
                "SELECT key_id, signing_key, label, directory, added_at, refreshed_at
                 FROM sync_ngos ORDER BY added_at, key_id",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, Option<String>>(5)?,
                ))
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })?;
        rows.into_iter()
            .map(|(key_id, signing_key, label, dir, added, refreshed)| {
                let directory = match dir {
                    Some(json) => Some(
                        serde_json::from_str::<SignedDirectory>(&json)
                            .map_err(|_| SyncError::Damaged)?
                            .entry,
                    ),
                    None => None,
                };
                Ok(TrustedNgo {
                    key_id,
                    signing_key,
                    label,
                    directory,
                    added_at: from_stored(&added).ok_or(SyncError::Damaged)?,
                    refreshed_at: refreshed.as_deref().and_then(from_stored),
                })
            })
            .collect()
    }

    /// The stored entry as it was verified when stored (expired or not).
    fn stored_entry(&self, key_id: &str) -> Result<Option<DirectoryEntry>, SyncError> {
        Ok(self.stored_signed(key_id)?.map(|s| s.entry))
    }

    /// The stored signed directory of a trusted NGO, if one was fetched.
    fn stored_signed(&self, key_id: &str) -> Result<Option<SignedDirectory>, SyncError> {
        let json: Option<String> = with(&*self.db, |c| {
            Ok(c.query_row(
                "SELECT directory FROM sync_ngos WHERE key_id = ?1",
                [key_id],
                |r| r.get(0),
            )?)
        })?;
        json.map(|j| serde_json::from_str(&j).map_err(|_| SyncError::Damaged))
            .transpose()
    }

    fn signing_key(&self, key_id: &str) -> Result<PublicKey, SyncError> {
        let hex: String = with(&*self.db, |c| {
            Ok(c.query_row(
                "SELECT signing_key FROM sync_ngos WHERE key_id = ?1",
                [key_id],
                |r| r.get(0),
            )
            .optional()?)
        })?
        .ok_or(SyncError::UnknownNgo)?;
        PublicKey::from_hex(&hex).map_err(|_| SyncError::Damaged)
    }

    /// The NGO's directory, verified again against its trusted key and
    /// `now`'s day: a stored entry is used only while it is unexpired.
    pub(crate) fn verified(
        &self,
        key_id: &str,
        now: DateTime<Utc>,
    ) -> Result<VerifiedNgo, SyncError> {
        let key = self.signing_key(key_id)?;
        let signed = self.stored_signed(key_id)?.ok_or(SyncError::NoDirectory)?;
        if signed.entry.format < super::wire::DIRECTORY_FORMAT {
            // Stored before entries had versions: fetch a current one from
            // its own endpoints, as for an expired entry.
            return Err(SyncError::DirectoryExpired);
        }
        let entry = match signed.verify(&key, &day(now)) {
            Ok(entry) => entry.clone(),
            Err(super::wire::WireError::DirectoryExpired) => {
                return Err(SyncError::DirectoryExpired)
            }
            Err(_) => return Err(SyncError::Damaged),
        };
        let hpke: [u8; 32] = crate::hex::decode(&entry.hpke_public_key)
            .and_then(|b| b.try_into().ok())
            .ok_or(SyncError::Damaged)?;
        Ok(VerifiedNgo {
            receipt_key: entry.receipt_public_key()?,
            hpke: NgoPublicKey { bytes: hpke },
            entry,
        })
    }
}
