//! The outbox: sealed reports waiting to reach their NGO.
//!
//! A report is sealed to the NGO's HPKE key the moment it is queued, so the
//! outbox never holds a plaintext copy. Beside each envelope the vault keeps
//! the report's reply secret key and receipt code (to read the NGO's
//! answers), and its delivery state. After the inbox's signed receipt has been
//! verified the envelope itself is deleted ("send, confirm, forget"); the row
//! stays, with the receipt, so replies can still be fetched and read.
//!
//! Dummy sends (cover traffic, `super::cover`) are rows of kind `dummy`:
//! queued, sent, retried and polled for replies exactly like reports, and
//! never listed or counted. Their receipt code and reply key are random and
//! never shown.
//!
//! The plaintext source (a questionnaire report, journal notes) is deleted in
//! the same transaction when the caller asks for it ([`AfterQueue`]): the
//! app asks the user, because some want a copy to show a caseworker and some
//! must not keep one on a phone that may be checked. docs/outbox.md.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use zeroize::Zeroizing;

use super::courier::Courier;
use super::ngo::Ngos;
use super::settings::SyncSettings;
use super::transport::FailureKind;
use super::SyncError;
use crate::envelope::{self, ReceiptCode, ReplySecretKey, Report, ReportField, ReportKind};
use crate::questionnaire::{Drafts, QuestionnaireError};
use crate::time::{from_stored, to_stored};
use crate::vault::Vault;
use crate::Journal;

/// How long after its receipt a report's replies are still asked for. Every
/// ask is traffic; an NGO answers within weeks, not years.
pub const REPLY_WINDOW_DAYS: i64 = 180;
/// How long a sent dummy's row (its lookup id, used for cover polls) is kept.
pub const DUMMY_KEEP_DAYS: i64 = 30;

/// What happens to the plaintext a report was made from, once it is sealed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterQueue {
    /// Keep the questionnaire report or journal notes in the vault.
    KeepSource,
    /// Delete them in the same transaction that queues the envelope.
    DeleteSource,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OutboxState {
    /// Waiting to be sent (or to be retried).
    Queued,
    /// The inbox's receipt was verified; the envelope is gone.
    Sent,
}

/// One outbox entry, as listed. No content, no secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutboxItem {
    pub report_id: String,
    pub ngo_key_id: String,
    pub kind: ReportKind,
    /// Envelope size in bytes (the bucket).
    pub size: u32,
    pub state: OutboxState,
    pub attempts: u32,
    /// Not before this time (backoff after a failure). `None` = when allowed.
    pub next_attempt_at: Option<DateTime<Utc>>,
    pub last_failure: Option<FailureKind>,
    pub queued_at: DateTime<Utc>,
    /// The day on the inbox's receipt.
    pub sent_day: Option<String>,
}

/// What queuing returns: the id, and the receipt code to show the user once
/// (it stays readable in the vault through [`Outbox::receipt_code`]).
#[derive(Debug)]
pub struct Queued {
    pub report_id: String,
    pub receipt_code: ReceiptCode,
    /// The reply key's fingerprint, which the NGO desk shows on the report:
    /// read aloud to match a report without saying the code.
    pub fingerprint: String,
}

/// The outbox of one vault. `Send + Sync`; every call blocks.
#[derive(Clone)]
pub struct Outbox {
    vault: Arc<Vault>,
}

fn kind_name(kind: ReportKind) -> &'static str {
    match kind {
        ReportKind::Questionnaire => "questionnaire",
        ReportKind::Journal => "journal",
        ReportKind::Assistant => "assistant",
        ReportKind::FreeText => "free_text",
    }
}

fn kind_from_name(name: &str) -> Option<ReportKind> {
    [
        ReportKind::Questionnaire,
        ReportKind::Journal,
        ReportKind::Assistant,
        ReportKind::FreeText,
    ]
    .into_iter()
    .find(|k| kind_name(*k) == name)
}

/// Where the plaintext came from, to refuse queuing it twice and to delete it.
enum Source {
    None,
    Questionnaire(String),
    Journal(Vec<i64>),
}

impl Source {
    fn key(&self) -> Option<String> {
        match self {
            Source::None => None,
            Source::Questionnaire(id) => Some(format!("questionnaire:{id}")),
            Source::Journal(ids) => Some(format!(
                "journal:{}",
                ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
            )),
        }
    }
}

impl Outbox {
    pub fn new(vault: Arc<Vault>) -> Outbox {
        Outbox { vault }
    }

    /// Seals text the user wrote (an assistant draft, a free-text report)
    /// and queues it.
    pub fn queue_text(
        &self,
        ngo_key_id: &str,
        kind: ReportKind,
        locale: &str,
        text: &str,
        now: DateTime<Utc>,
    ) -> Result<Queued, SyncError> {
        if text.trim().is_empty() {
            return Err(SyncError::NothingToSend);
        }
        let body = vec![ReportField {
            name: "text".into(),
            value: text.to_owned(),
        }];
        self.queue_fields(
            ngo_key_id,
            kind,
            locale,
            body,
            (Source::None, AfterQueue::KeepSource),
            now,
        )
    }

    /// Seals a finalized questionnaire report (only the answers that were
    /// relevant, and the outcome) and queues it.
    pub fn queue_questionnaire(
        &self,
        ngo_key_id: &str,
        report_id: &str,
        locale: &str,
        after: AfterQueue,
        now: DateTime<Utc>,
    ) -> Result<Queued, SyncError> {
        let report = Drafts::new(self.vault.clone())
            .report(report_id)
            .map_err(|e| match e {
                QuestionnaireError::ReportNotFound => SyncError::NothingToSend,
                QuestionnaireError::Vault(v) => SyncError::Vault(v),
                _ => SyncError::Damaged,
            })?;
        let mut body = vec![
            field("questionnaire", &report.questionnaire_id),
            field("questionnaire_version", &report.version.to_string()),
            field("mode", &json(&report.mode)?),
            field("stopped_early", &report.stopped_early.to_string()),
            field(
                "consent_to_show_answers",
                &report.consent_to_show_answers.to_string(),
            ),
        ];
        for answer in &report.answers {
            let name = match answer.slot.instance {
                Some(i) => format!("answer:{}[{i}]", answer.slot.question),
                None => format!("answer:{}", answer.slot.question),
            };
            body.push(field(&name, &json(&answer.answer)?));
        }
        body.push(field("outcome", &json(&report.outcome)?));
        self.queue_fields(
            ngo_key_id,
            ReportKind::Questionnaire,
            locale,
            body,
            (Source::Questionnaire(report.id.clone()), after),
            now,
        )
    }

    /// Seals journal notes the user chose to attach, as one report, and
    /// queues it. Each note goes with its day only, never its time.
    pub fn queue_journal(
        &self,
        ngo_key_id: &str,
        entry_ids: &[i64],
        locale: &str,
        after: AfterQueue,
        now: DateTime<Utc>,
    ) -> Result<Queued, SyncError> {
        if entry_ids.is_empty() {
            return Err(SyncError::NothingToSend);
        }
        let journal = Journal::new(self.vault.clone());
        let mut ids = entry_ids.to_vec();
        ids.sort_unstable();
        ids.dedup();
        let mut body = Vec::with_capacity(ids.len());
        for (n, id) in ids.iter().enumerate() {
            let entry = journal.get(*id).map_err(|e| match e {
                crate::JournalError::Vault(v) => SyncError::Vault(v),
                _ => SyncError::NothingToSend,
            })?;
            let name = format!("note {} ({})", n + 1, entry.created_at.format("%Y-%m-%d"));
            body.push(field(&name, &entry.text));
        }
        self.queue_fields(
            ngo_key_id,
            ReportKind::Journal,
            locale,
            body,
            (Source::Journal(ids), after),
            now,
        )
    }

    /// Seals `body` to the NGO and, in one transaction, stores the envelope,
    /// the reply key and a fresh receipt code, and deletes the plaintext
    /// source if asked to. A crash leaves either both or neither.
    fn queue_fields(
        &self,
        ngo_key_id: &str,
        kind: ReportKind,
        locale: &str,
        body: Vec<ReportField>,
        (source, after): (Source, AfterQueue),
        now: DateTime<Utc>,
    ) -> Result<Queued, SyncError> {
        let ngo = Ngos::new(self.vault.clone()).verified(ngo_key_id, now)?;
        let settings = SyncSettings::load(&self.vault)?;
        let (mut report, reply_secret) =
            Report::new(kind, locale, &now.format("%Y-%m-%d").to_string(), body);
        let fingerprint = report.reply_key.fingerprint();
        let sealed = envelope::seal_in_bucket(&report, &ngo.hpke, settings.min_bucket);
        // The plaintext is not needed past this point.
        zeroize::Zeroize::zeroize(&mut report);
        let sealed = sealed?;
        if sealed.bytes.len() > ngo.entry.max_envelope_len as usize {
            return Err(SyncError::Envelope(envelope::EnvelopeError::TooLarge {
                max: ngo.entry.max_envelope_len as usize,
            }));
        }
        let code = ReceiptCode::generate();
        let report_id = sealed.report_id.to_hex();
        let source_key = source.key();
        self.vault
            .with_connection(|c| {
                let tx = c.transaction()?;
                if let Some(key) = &source_key {
                    let already: Option<String> = tx
                        .query_row(
                            "SELECT report_id FROM sync_outbox WHERE source = ?1",
                            [key],
                            |r| r.get(0),
                        )
                        .optional()?;
                    if already.is_some() {
                        return Ok(false);
                    }
                }
                insert_row(
                    &tx,
                    &NewRow {
                        ngo_key_id,
                        kind: kind_name(kind),
                        sealed: &sealed,
                        reply_secret: &reply_secret,
                        code: &code,
                        queued_at: now,
                        source: source_key.as_deref(),
                    },
                )?;
                if after == AfterQueue::DeleteSource {
                    // Other modules' tables, deleted here so that the envelope and
                    // the deletion commit together.
                    match &source {
                        Source::None => {}
                        Source::Questionnaire(id) => {
                            tx.execute("DELETE FROM questionnaire_reports WHERE id = ?1", [id])?;
                        }
                        Source::Journal(ids) => {
                            for id in ids {
                                tx.execute("DELETE FROM journal WHERE id = ?1", [id])?;
                            }
                        }
                    }
                }
                tx.commit()?;
                if after == AfterQueue::DeleteSource {
                    // secure_delete zeroed the pages; the checkpoint empties the WAL.
                    crate::vault::checkpoint(c)?;
                }
                Ok(true)
            })?
            .then_some(())
            .ok_or(SyncError::AlreadyQueued)?;
        // The vault has committed; now the courier gets its copy. If this
        // fails or the app dies first, the next refill (every sync with the
        // vault unlocked, every unlock) copies it: the courier never holds
        // an envelope the vault does not know (docs/courier.md).
        crate::vault::crash_point("queue: vault committed");
        let _ = Courier::beside(&self.vault).catch_up(&self.vault);
        Ok(Queued {
            report_id,
            receipt_code: code,
            fingerprint,
        })
    }

    /// Every report, oldest first (dummies are not listed).
    pub fn list(&self) -> Result<Vec<OutboxItem>, SyncError> {
        let rows = self.vault.with_connection(|c| {
            let mut stmt = c.prepare(
                "SELECT report_id, ngo_key_id, kind, bucket, state, attempts,
                        next_attempt_at, last_error, queued_at, sent_day
                 FROM sync_outbox WHERE kind != 'dummy' ORDER BY queued_at, rowid",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, i64>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, i64>(5)?,
                    r.get::<_, Option<String>>(6)?,
                    r.get::<_, Option<String>>(7)?,
                    r.get::<_, String>(8)?,
                    r.get::<_, Option<String>>(9)?,
                ))
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })?;
        rows.into_iter()
            .map(
                |(id, ngo, kind, size, state, attempts, next, err, queued, sent)| {
                    Ok(OutboxItem {
                        report_id: id,
                        ngo_key_id: ngo,
                        kind: kind_from_name(&kind).ok_or(SyncError::Damaged)?,
                        size: size as u32,
                        state: match state.as_str() {
                            "queued" => OutboxState::Queued,
                            "sent" => OutboxState::Sent,
                            _ => return Err(SyncError::Damaged),
                        },
                        attempts: attempts as u32,
                        next_attempt_at: next.as_deref().and_then(from_stored),
                        last_failure: err.as_deref().and_then(FailureKind::from_code),
                        queued_at: from_stored(&queued).ok_or(SyncError::Damaged)?,
                        sent_day: sent,
                    })
                },
            )
            .collect()
    }

    /// The receipt code of a queued or sent report, to show again.
    pub fn receipt_code(&self, report_id: &str) -> Result<ReceiptCode, SyncError> {
        let secret: Zeroizing<Vec<u8>> = Zeroizing::new(
            self.vault
                .with_connection(|c| {
                    Ok(c.query_row(
                        "SELECT receipt_code FROM sync_outbox
                         WHERE report_id = ?1 AND kind != 'dummy'",
                        [report_id],
                        |r| r.get::<_, Vec<u8>>(0),
                    )
                    .optional()?)
                })?
                .ok_or(SyncError::UnknownReport)?,
        );
        let bytes = secret[..].try_into().map_err(|_| SyncError::Damaged)?;
        Ok(ReceiptCode::from_secret(bytes))
    }

    /// (queued, sent) counts of reports (dummies are not counted).
    pub fn counts(&self) -> Result<(u32, u32), SyncError> {
        Ok(self.vault.with_connection(|c| {
            Ok(c.query_row(
                "SELECT COALESCE(SUM(state = 'queued'), 0), COALESCE(SUM(state = 'sent'), 0)
                 FROM sync_outbox WHERE kind != 'dummy'",
                [],
                |r| Ok((r.get::<_, u32>(0)?, r.get::<_, u32>(1)?)),
            )?)
        })?)
    }
}

/// A new outbox row: a sealed envelope and what opens its replies.
struct NewRow<'a> {
    ngo_key_id: &'a str,
    kind: &'a str,
    sealed: &'a envelope::SealedEnvelope,
    reply_secret: &'a ReplySecretKey,
    code: &'a ReceiptCode,
    queued_at: DateTime<Utc>,
    source: Option<&'a str>,
}

fn insert_row(c: &rusqlite::Connection, row: &NewRow<'_>) -> Result<(), rusqlite::Error> {
    c.execute(
        "INSERT INTO sync_outbox (report_id, ngo_key_id, kind, bucket, envelope,
           reply_secret, receipt_code, state, attempts, queued_at, source)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'queued', 0, ?8, ?9)",
        params![
            row.sealed.report_id.to_hex(),
            row.ngo_key_id,
            row.kind,
            row.sealed.bucket.envelope_len() as i64,
            row.sealed.bytes,
            &row.reply_secret.to_bytes()[..],
            &row.code.secret()[..],
            to_stored(row.queued_at),
            row.source,
        ],
    )?;
    Ok(())
}

fn field(name: &str, value: &str) -> ReportField {
    ReportField {
        name: name.to_owned(),
        value: value.to_owned(),
    }
}

/// A questionnaire value as JSON text, for a report field.
fn json<T: Serialize>(value: &T) -> Result<String, SyncError> {
    serde_json::to_string(value).map_err(|_| SyncError::Damaged)
}

#[allow(dead_code)]
fn assert_thread_safe() {
    fn is<T: Send + Sync>() {}
    is::<Outbox>();
}
