//! Drafts and reports in the vault. Answers are stored only here, as JSON
//! inside the encrypted database: never in a file, a log or a temp dir
//! (ODK keeps drafts in plaintext until finalized; Waymark does not).

use std::sync::Arc;

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::error::QuestionnaireError;
use super::record::{Mode, Report, State};
use crate::time::{from_stored_or_epoch, to_stored, Clock};
use crate::vault::Vault;

/// A draft as listed: no answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftInfo {
    pub id: String,
    pub questionnaire_id: String,
    pub version: u32,
    pub mode: Mode,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// The questionnaire drafts and reports of one vault. Cheap to clone;
/// `Send + Sync`. Every call touches the disk: call off the main thread.
#[derive(Clone)]
pub struct Drafts {
    vault: Arc<Vault>,
}

fn to_json<T: Serialize>(v: &T) -> Result<String, QuestionnaireError> {
    serde_json::to_string(v).map_err(|_| QuestionnaireError::DraftDamaged)
}

impl Drafts {
    pub fn new(vault: Arc<Vault>) -> Drafts {
        Drafts { vault }
    }

    /// The vault's clock, for the sessions that save here.
    pub(crate) fn clock(&self) -> Arc<dyn Clock> {
        self.vault.clock()
    }

    pub(crate) fn create(&self, state: &State) -> Result<String, QuestionnaireError> {
        let id = crate::hex::encode(&crate::random::array::<16>());
        let json = to_json(state)?;
        let t = to_stored(self.vault.now());
        let mode = to_json(&state.mode)?;
        self.vault.with_connection(|c| {
            c.execute(
                "INSERT INTO questionnaire_drafts
                 (id, questionnaire_id, version, mode, created_at, updated_at, state)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6)",
                params![id, state.questionnaire_id, state.version, mode, t, json],
            )?;
            Ok(())
        })?;
        Ok(id)
    }

    pub(crate) fn save(&self, id: &str, state: &State) -> Result<(), QuestionnaireError> {
        let json = to_json(state)?;
        let t = to_stored(self.vault.now());
        let n = self.vault.with_connection(|c| {
            Ok(c.execute(
                "UPDATE questionnaire_drafts SET state = ?1, updated_at = ?2 WHERE id = ?3",
                params![json, t, id],
            )?)
        })?;
        if n == 0 {
            return Err(QuestionnaireError::DraftNotFound);
        }
        Ok(())
    }

    /// The saved state of a draft (`Drafts::resume`, in the engine, makes
    /// a session of it).
    pub(crate) fn load_state(&self, draft_id: &str) -> Result<State, QuestionnaireError> {
        let json: String = self
            .vault
            .with_connection(|c| {
                Ok(c.query_row(
                    "SELECT state FROM questionnaire_drafts WHERE id = ?1",
                    [draft_id],
                    |r| r.get(0),
                )
                .optional()?)
            })?
            .ok_or(QuestionnaireError::DraftNotFound)?;
        serde_json::from_str(&json).map_err(|_| QuestionnaireError::DraftDamaged)
    }

    /// All drafts, most recently changed first.
    pub fn list(&self) -> Result<Vec<DraftInfo>, QuestionnaireError> {
        let rows = self.vault.with_connection(|c| {
            let mut stmt = c.prepare(
                "SELECT id, questionnaire_id, version, mode, created_at, updated_at
                 FROM questionnaire_drafts ORDER BY updated_at DESC, id",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, u32>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                ))
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })?;
        rows.into_iter()
            .map(|(id, questionnaire_id, version, mode, created, updated)| {
                Ok(DraftInfo {
                    id,
                    questionnaire_id,
                    version,
                    mode: serde_json::from_str(&mode)
                        .map_err(|_| QuestionnaireError::DraftDamaged)?,
                    created_at: from_stored_or_epoch(&created),
                    updated_at: from_stored_or_epoch(&updated),
                })
            })
            .collect()
    }

    /// Deletes a draft; secure_delete and the checkpoint leave no trace of
    /// its answers in the database or the WAL.
    pub fn delete(&self, draft_id: &str) -> Result<(), QuestionnaireError> {
        let n = self.vault.with_connection(|c| {
            let n = c.execute("DELETE FROM questionnaire_drafts WHERE id = ?1", [draft_id])?;
            crate::vault::checkpoint(c)?;
            Ok(n)
        })?;
        if n == 0 {
            return Err(QuestionnaireError::DraftNotFound);
        }
        Ok(())
    }

    /// Stores a report and deletes its draft, in one transaction.
    pub(crate) fn store_report(
        &self,
        draft_id: &str,
        report: &Report,
    ) -> Result<(), QuestionnaireError> {
        let json = to_json(report)?;
        let created = to_stored(report.created_at);
        Ok(self.vault.with_connection(|c| {
            let tx = c.transaction()?;
            tx.execute(
                "INSERT INTO questionnaire_reports (id, questionnaire_id, created_at, body)
                 VALUES (?1, ?2, ?3, ?4)",
                params![report.id, report.questionnaire_id, created, json],
            )?;
            tx.execute("DELETE FROM questionnaire_drafts WHERE id = ?1", [draft_id])?;
            tx.commit()?;
            crate::vault::checkpoint(c)?;
            Ok(())
        })?)
    }

    pub fn report(&self, report_id: &str) -> Result<Report, QuestionnaireError> {
        let json: String = self
            .vault
            .with_connection(|c| {
                Ok(c.query_row(
                    "SELECT body FROM questionnaire_reports WHERE id = ?1",
                    [report_id],
                    |r| r.get(0),
                )
                .optional()?)
            })?
            .ok_or(QuestionnaireError::ReportNotFound)?;
        serde_json::from_str(&json).map_err(|_| QuestionnaireError::DraftDamaged)
    }

    /// Report ids, oldest first.
    pub fn reports(&self) -> Result<Vec<String>, QuestionnaireError> {
        Ok(self.vault.with_connection(|c| {
            let mut stmt =
                c.prepare("SELECT id FROM questionnaire_reports ORDER BY created_at, id")?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            Ok(rows.collect::<Result<Vec<String>, _>>()?)
        })?)
    }
}
