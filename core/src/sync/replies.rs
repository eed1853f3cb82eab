//! The NGO's answers to sent reports, decrypted and kept in the vault.
//!
//! The inbox files sealed replies under a report's reply lookup id (derived
//! from its receipt code); the phone fetches them one per poll (each poll
//! names the last reply it has), opens them with the report's reply secret
//! key and stores the text here, inside the encrypted database, like any
//! other private content.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use rusqlite::params;
use serde::Serialize;

use super::ngo::{parse_time, timestamp};
use super::SyncError;
use crate::vault::Vault;

/// One reply, as the user reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reply {
    /// The inbox's id for the reply.
    pub reply_id: String,
    /// Which of the user's reports it answers.
    pub report_id: String,
    /// The day the NGO sent it.
    pub day: String,
    pub text: String,
    pub received_at: DateTime<Utc>,
}

/// The replies of one vault. `Send + Sync`; every call blocks.
#[derive(Clone)]
pub struct Replies {
    vault: Arc<Vault>,
}

impl Replies {
    pub fn new(vault: Arc<Vault>) -> Replies {
        Replies { vault }
    }

    /// All replies, oldest first.
    pub fn list(&self) -> Result<Vec<Reply>, SyncError> {
        let rows = self.vault.with_connection(|c| {
            let mut stmt = c.prepare(
                "SELECT reply_id, report_id, day, body, received_at FROM sync_replies
                 ORDER BY received_at, day, reply_id",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                ))
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })?;
        rows.into_iter()
            .map(|(reply_id, report_id, day, text, received)| {
                Ok(Reply {
                    reply_id,
                    report_id,
                    day,
                    text,
                    received_at: parse_time(&received).ok_or(SyncError::Damaged)?,
                })
            })
            .collect()
    }

    pub(crate) fn has(&self, reply_id: &str) -> Result<bool, SyncError> {
        Ok(self.vault.with_connection(|c| {
            Ok(c.query_row(
                "SELECT EXISTS (SELECT 1 FROM sync_replies WHERE reply_id = ?1)",
                [reply_id],
                |r| r.get(0),
            )?)
        })?)
    }

    /// The id of the last reply stored for `report_id`: the `after` of the
    /// next poll for it (the inbox then answers with the one after).
    pub(crate) fn last_id(&self, report_id: &str) -> Result<Option<[u8; 16]>, SyncError> {
        use rusqlite::OptionalExtension;
        let id: Option<String> = self.vault.with_connection(|c| {
            Ok(c.query_row(
                "SELECT reply_id FROM sync_replies WHERE report_id = ?1
                 ORDER BY rowid DESC LIMIT 1",
                [report_id],
                |r| r.get(0),
            )
            .optional()?)
        })?;
        match id {
            None => Ok(None),
            Some(hex) => super::wire::parse_report_id(&hex)
                .map(Some)
                .ok_or(SyncError::Damaged),
        }
    }

    /// Stores a decrypted reply; a reply already stored is left as it is.
    pub(crate) fn store(
        &self,
        reply_id: &str,
        report_id: &str,
        day: &str,
        text: &str,
        now: DateTime<Utc>,
    ) -> Result<bool, SyncError> {
        let n = self.vault.with_connection(|c| {
            Ok(c.execute(
                "INSERT OR IGNORE INTO sync_replies (reply_id, report_id, day, body, received_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![reply_id, report_id, day, text, timestamp(now)],
            )?)
        })?;
        Ok(n == 1)
    }
}
