//! The NGO's answers to sent reports, decrypted and kept in the vault.
//!
//! The inbox files sealed replies under a report's reply lookup id (derived
//! from its receipt code); the phone fetches them one per poll (each poll
//! names the last reply it has), opens them with the report's reply secret
//! key and stores the text here, inside the encrypted database, like any
//! other private content.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::SyncError;
use crate::time::from_stored;
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
                    received_at: from_stored(&received).ok_or(SyncError::Damaged)?,
                })
            })
            .collect()
    }
}
