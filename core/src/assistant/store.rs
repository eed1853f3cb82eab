//! Conversations in the vault: their state as JSON inside the encrypted
//! database (table `assistant_conversations`, schema migration 5), saved
//! after every turn and nowhere else.

use std::sync::Arc;

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::error::AssistantError;
use super::state::State;
use crate::time::to_stored;
use crate::vault::Vault;

/// A saved conversation as listed: no content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConversationInfo {
    pub id: String,
    pub created_at: String,
    pub updated_at: String,
}

/// The conversations of one vault. Cheap to clone, `Send + Sync`; every
/// call touches the disk, so call it off the main thread.
#[derive(Clone)]
pub struct ConversationStore {
    vault: Arc<Vault>,
}

impl ConversationStore {
    pub fn new(vault: Arc<Vault>) -> ConversationStore {
        ConversationStore { vault }
    }

    pub(crate) fn create(&self, state: &State) -> Result<String, AssistantError> {
        let id = crate::hex::encode(&crate::random::array::<16>());
        let json = serde_json::to_string(state).map_err(|_| AssistantError::Damaged)?;
        let t = to_stored(self.vault.now());
        self.vault.with_connection(|c| {
            c.execute(
                "INSERT INTO assistant_conversations (id, created_at, updated_at, state)
                 VALUES (?1, ?2, ?2, ?3)",
                params![id, t, json],
            )?;
            Ok(())
        })?;
        Ok(id)
    }

    pub(crate) fn save(&self, id: &str, state: &State) -> Result<(), AssistantError> {
        let json = serde_json::to_string(state).map_err(|_| AssistantError::Damaged)?;
        let n = self.vault.with_connection(|c| {
            // secure_delete (vault pragma) zeroes the old row's pages.
            Ok(c.execute(
                "UPDATE assistant_conversations SET state = ?1, updated_at = ?2 WHERE id = ?3",
                params![json, to_stored(self.vault.now()), id],
            )?)
        })?;
        if n == 0 {
            return Err(AssistantError::NotFound);
        }
        Ok(())
    }

    pub(crate) fn load(&self, id: &str) -> Result<State, AssistantError> {
        let json: String = self
            .vault
            .with_connection(|c| {
                Ok(c.query_row(
                    "SELECT state FROM assistant_conversations WHERE id = ?1",
                    [id],
                    |r| r.get(0),
                )
                .optional()?)
            })?
            .ok_or(AssistantError::NotFound)?;
        serde_json::from_str(&json).map_err(|_| AssistantError::Damaged)
    }

    /// Saved conversations, most recently used first.
    pub fn list(&self) -> Result<Vec<ConversationInfo>, AssistantError> {
        Ok(self.vault.with_connection(|c| {
            let mut stmt = c.prepare(
                "SELECT id, created_at, updated_at FROM assistant_conversations
                 ORDER BY updated_at DESC, id",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok(ConversationInfo {
                    id: r.get(0)?,
                    created_at: r.get(1)?,
                    updated_at: r.get(2)?,
                })
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })?)
    }

    /// The most recently used conversation, if any.
    pub fn latest(&self) -> Result<Option<String>, AssistantError> {
        Ok(self.list()?.into_iter().next().map(|c| c.id))
    }

    /// Deletes a conversation; secure_delete and the checkpoint leave no
    /// trace of it in the database or the WAL.
    pub fn delete(&self, id: &str) -> Result<(), AssistantError> {
        let n = self.vault.with_connection(|c| {
            let n = c.execute("DELETE FROM assistant_conversations WHERE id = ?1", [id])?;
            crate::vault::checkpoint(c)?;
            Ok(n)
        })?;
        if n == 0 {
            return Err(AssistantError::NotFound);
        }
        Ok(())
    }
}
