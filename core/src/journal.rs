//! The private journal: timestamped incident notes, kept only in the vault.
//!
//! Like Bright Sky's journal, it lets someone record what happened and when,
//! for themselves or a caseworker later, without leaving anything readable on
//! the phone.

use crate::i18n::ids;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};

use crate::i18n::{Arg, Localizer};
use crate::time::{from_stored_or_epoch, to_stored};
use crate::vault::{Vault, VaultError};

/// Longest note accepted, in bytes.
pub const MAX_ENTRY_LEN: usize = 64 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct JournalEntry {
    pub id: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JournalError {
    #[error(transparent)]
    Vault(#[from] VaultError),
    #[error("no such journal entry")]
    NotFound,
    #[error("the note is empty")]
    Empty,
    #[error("the note is longer than {max} bytes")]
    TooLong { max: usize },
}

impl From<rusqlite::Error> for JournalError {
    fn from(e: rusqlite::Error) -> Self {
        JournalError::Vault(e.into())
    }
}

/// The journal of one vault. Cheap to clone; `Send + Sync`.
#[derive(Clone)]
pub struct Journal {
    vault: Arc<Vault>,
}

fn check_text(text: &str) -> Result<(), JournalError> {
    if text.trim().is_empty() {
        return Err(JournalError::Empty);
    }
    if text.len() > MAX_ENTRY_LEN {
        return Err(JournalError::TooLong { max: MAX_ENTRY_LEN });
    }
    Ok(())
}

const SELECT: &str = "SELECT id, created_at, updated_at, body FROM journal";

fn row_to_entry(row: &rusqlite::Row<'_>) -> rusqlite::Result<JournalEntry> {
    let created: String = row.get(1)?;
    let updated: Option<String> = row.get(2)?;
    Ok(JournalEntry {
        id: row.get(0)?,
        created_at: from_stored_or_epoch(&created),
        updated_at: from_stored_or_epoch(updated.as_deref().unwrap_or(&created)),
        text: row.get(3)?,
    })
}

impl Journal {
    pub fn new(vault: Arc<Vault>) -> Self {
        Journal { vault }
    }

    pub fn add(&self, text: &str) -> Result<JournalEntry, JournalError> {
        check_text(text)?;
        let now = to_stored(self.vault.now());
        let id = self.vault.with_connection(|c| {
            c.execute(
                "INSERT INTO journal (created_at, updated_at, body) VALUES (?1, ?1, ?2)",
                params![now, text],
            )?;
            Ok(c.last_insert_rowid())
        })?;
        self.get(id)
    }

    /// All entries, oldest first.
    pub fn list(&self) -> Result<Vec<JournalEntry>, JournalError> {
        Ok(self.vault.with_connection(|c| {
            let mut stmt = c.prepare(&format!("{SELECT} ORDER BY created_at, id"))?;
            let rows = stmt.query_map([], row_to_entry)?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })?)
    }

    pub fn get(&self, id: i64) -> Result<JournalEntry, JournalError> {
        self.vault
            .with_connection(|c| {
                Ok(
                    c.query_row(&format!("{SELECT} WHERE id = ?1"), [id], row_to_entry)
                        .optional()?,
                )
            })?
            .ok_or(JournalError::NotFound)
    }

    pub fn edit(&self, id: i64, text: &str) -> Result<JournalEntry, JournalError> {
        check_text(text)?;
        let now = to_stored(self.vault.now());
        let changed = self.vault.with_connection(|c| {
            Ok(c.execute(
                "UPDATE journal SET body = ?1, updated_at = ?2 WHERE id = ?3",
                params![text, now, id],
            )?)
        })?;
        if changed == 0 {
            return Err(JournalError::NotFound);
        }
        self.get(id)
    }

    /// Deletes an entry. secure_delete zeroes it inside the database file, and
    /// the checkpoint flushes the WAL, so the old text does not linger in
    /// either place for someone who later forces an unlock.
    pub fn delete(&self, id: i64) -> Result<(), JournalError> {
        let changed = self.vault.with_connection(|c| {
            let n = c.execute("DELETE FROM journal WHERE id = ?1", [id])?;
            crate::vault::checkpoint(c)?;
            Ok(n)
        })?;
        if changed == 0 {
            return Err(JournalError::NotFound);
        }
        Ok(())
    }
}

crate::user_error::impl_user_error!(JournalError);

impl JournalError {
    /// A stable code for scripts and apps (the CLI's JSON `kind`), never
    /// renamed once shipped; a nested error gives its own ([`crate::UserError`]).
    pub fn code(&self) -> &'static str {
        match self {
            JournalError::Vault(v) => v.code(),
            JournalError::NotFound => "entry_not_found",
            JournalError::Empty => "empty",
            JournalError::TooLong { .. } => "too_long",
        }
    }

    /// The Fluent message id for this error (`journal-error-…`, or the
    /// vault's for a vault error).
    pub fn message_id(&self) -> &'static str {
        match self {
            JournalError::Vault(v) => v.message_id(),
            JournalError::NotFound => ids::JOURNAL_ERROR_NOT_FOUND,
            JournalError::Empty => ids::JOURNAL_ERROR_EMPTY,
            JournalError::TooLong { .. } => ids::JOURNAL_ERROR_TOO_LONG,
        }
    }

    /// A short, plain sentence for the user, in the localizer's language.
    pub fn user_message(&self, loc: &Localizer) -> String {
        match self {
            JournalError::Vault(v) => v.user_message(loc),
            JournalError::TooLong { max } => {
                loc.text(self.message_id(), &[("max", Arg::from(*max))])
            }
            _ => loc.text(self.message_id(), &[]),
        }
    }
}
