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

use super::ngo::{parse_time, timestamp, Ngos};
use super::settings::SyncSettings;
use super::transport::FailureKind;
use super::wire::Receipt;
use super::SyncError;
use crate::envelope::{
    self, ReceiptCode, ReplySecretKey, Report, ReportField, ReportId, ReportKind,
};
use crate::questionnaire::{Drafts, QuestionnaireError};
use crate::vault::Vault;
use crate::Journal;

/// How long after its receipt a report's replies are still asked for. Every
/// ask is traffic; an NGO answers within weeks, not years.
pub const REPLY_WINDOW_DAYS: i64 = 180;
/// How long a sent dummy's row (its lookup id, used for cover polls) is kept.
pub const DUMMY_KEEP_DAYS: i64 = 30;
/// The `kind` of dummy rows; never a `ReportKind`.
const DUMMY_KIND: &str = "dummy";

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

/// A queued envelope that is due, for the scheduler.
pub(crate) struct DueItem {
    pub report_id: ReportId,
    pub ngo_key_id: String,
    pub envelope: Vec<u8>,
    pub reply_lookup: [u8; 32],
    /// Attempts already made (for the backoff).
    pub attempts: u32,
    /// Cover traffic: not counted as a report when it goes.
    pub dummy: bool,
}

/// A sent report (or dummy) that reply polls may ask about. Holds what a
/// poll sends and nothing that opens a reply: the reply key stays in the
/// vault until a reply has arrived ([`Outbox::reply_secret`]).
pub(crate) struct PollCandidate {
    pub report_id: String,
    pub ngo_key_id: String,
    pub lookup: [u8; 32],
    pub dummy: bool,
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
        Ok(Queued {
            report_id,
            receipt_code: code,
            fingerprint,
        })
    }

    /// Seals a dummy (an empty plaintext in `bucket`, or the largest bucket
    /// the NGO accepts if that is smaller) to the NGO and queues it like a
    /// report, with a random receipt code and reply key that are
    /// never shown: its lookup id feeds cover polls once it is sent.
    pub(crate) fn queue_dummy(
        &self,
        ngo_key_id: &str,
        bucket: envelope::Bucket,
        now: DateTime<Utc>,
    ) -> Result<(), SyncError> {
        let ngo = Ngos::new(self.vault.clone()).verified(ngo_key_id, now)?;
        // No larger than this NGO accepts, as no report to it can be.
        let max = ngo.entry.max_envelope_len as usize;
        let bucket = envelope::Bucket::ALL
            .into_iter()
            .rfind(|b| *b <= bucket && b.envelope_len() <= max)
            .unwrap_or(envelope::Bucket::Kib4);
        let sealed = envelope::seal_dummy(&ngo.hpke, bucket)?;
        let reply_secret = ReplySecretKey::generate();
        let code = ReceiptCode::generate();
        self.vault.with_connection(|c| {
            insert_row(
                c,
                &NewRow {
                    ngo_key_id,
                    kind: DUMMY_KIND,
                    sealed: &sealed,
                    reply_secret: &reply_secret,
                    code: &code,
                    queued_at: now,
                    source: None,
                },
            )?;
            Ok(())
        })?;
        Ok(())
    }

    /// Forgets sent dummies whose receipt day is before `oldest_day`: their
    /// lookup ids are no longer needed for cover polls.
    pub(crate) fn forget_dummies_before(&self, oldest_day: &str) -> Result<(), SyncError> {
        self.vault.with_connection(|c| {
            c.execute(
                "DELETE FROM sync_outbox WHERE kind = ?1 AND state = 'sent' AND sent_day < ?2",
                params![DUMMY_KIND, oldest_day],
            )?;
            Ok(())
        })?;
        Ok(())
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
                        next_attempt_at: next.as_deref().and_then(parse_time),
                        last_failure: err.as_deref().and_then(FailureKind::from_code),
                        queued_at: parse_time(&queued).ok_or(SyncError::Damaged)?,
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

    /// Queued envelopes due at `now` (or all queued ones with
    /// `ignore_backoff`), oldest first, at most `limit`.
    pub(crate) fn due(
        &self,
        now: DateTime<Utc>,
        ignore_backoff: bool,
        limit: u32,
    ) -> Result<Vec<DueItem>, SyncError> {
        let rows = self.vault.with_connection(|c| {
            let mut stmt = c.prepare(
                "SELECT report_id, ngo_key_id, envelope, receipt_code, attempts, kind
                 FROM sync_outbox
                 WHERE state = 'queued' AND envelope IS NOT NULL
                   AND (?1 OR next_attempt_at IS NULL OR next_attempt_at <= ?2)
                 ORDER BY queued_at, rowid LIMIT ?3",
            )?;
            let rows = stmt.query_map(params![ignore_backoff, timestamp(now), limit], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Vec<u8>>(2)?,
                    Zeroizing::new(r.get::<_, Vec<u8>>(3)?),
                    r.get::<_, u32>(4)?,
                    r.get::<_, String>(5)?,
                ))
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })?;
        rows.into_iter()
            .map(|(id, ngo, envelope, code, attempts, kind)| {
                let bytes = super::wire::parse_report_id(&id).ok_or(SyncError::Damaged)?;
                Ok(DueItem {
                    report_id: ReportId { bytes },
                    ngo_key_id: ngo,
                    envelope,
                    reply_lookup: lookup_of(&code)?,
                    attempts,
                    dummy: kind == DUMMY_KIND,
                })
            })
            .collect()
    }

    /// Counts an attempt and sets when the next one may happen, BEFORE the
    /// network is touched: if the app is killed mid-send, the retry still
    /// waits its backoff.
    pub(crate) fn begin_attempt(
        &self,
        report_id: &ReportId,
        retry_at: DateTime<Utc>,
    ) -> Result<(), SyncError> {
        self.vault.with_connection(|c| {
            c.execute(
                "UPDATE sync_outbox SET attempts = attempts + 1, next_attempt_at = ?1
                 WHERE report_id = ?2 AND state = 'queued'",
                params![timestamp(retry_at), report_id.to_hex()],
            )?;
            Ok(())
        })?;
        Ok(())
    }

    pub(crate) fn record_failure(
        &self,
        report_id: &ReportId,
        failure: FailureKind,
    ) -> Result<(), SyncError> {
        self.vault.with_connection(|c| {
            c.execute(
                "UPDATE sync_outbox SET last_error = ?1 WHERE report_id = ?2",
                params![failure.code(), report_id.to_hex()],
            )?;
            Ok(())
        })?;
        Ok(())
    }

    /// Stores a VERIFIED receipt and forgets the envelope, in one step.
    pub(crate) fn confirm(&self, report_id: &ReportId, receipt: &Receipt) -> Result<(), SyncError> {
        let json = serde_json::to_string(receipt).map_err(|_| SyncError::Damaged)?;
        self.vault.with_connection(|c| {
            c.execute(
                "UPDATE sync_outbox SET state = 'sent', envelope = NULL, receipt = ?1,
                   sent_day = ?2, last_error = NULL, next_attempt_at = NULL
                 WHERE report_id = ?3",
                params![json, receipt.day, report_id.to_hex()],
            )?;
            Ok(())
        })?;
        Ok(())
    }

    /// Reports and dummies sent on `oldest_day` or later: what reply polls
    /// may ask about. Lookup ids only, no reply key.
    pub(crate) fn poll_candidates(
        &self,
        oldest_day: &str,
    ) -> Result<Vec<PollCandidate>, SyncError> {
        let rows = self.vault.with_connection(|c| {
            let mut stmt = c.prepare(
                "SELECT report_id, ngo_key_id, receipt_code, kind FROM sync_outbox
                 WHERE state = 'sent' AND sent_day >= ?1 ORDER BY queued_at, rowid",
            )?;
            let rows = stmt.query_map([oldest_day], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    Zeroizing::new(r.get::<_, Vec<u8>>(2)?),
                    r.get::<_, String>(3)?,
                ))
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })?;
        rows.into_iter()
            .map(|(report_id, ngo_key_id, code, kind)| {
                Ok(PollCandidate {
                    report_id,
                    ngo_key_id,
                    lookup: lookup_of(&code)?,
                    dummy: kind == DUMMY_KIND,
                })
            })
            .collect()
    }

    /// The reply key of a sent report: only to open a reply that arrived.
    pub(crate) fn reply_secret(&self, report_id: &str) -> Result<ReplySecretKey, SyncError> {
        let secret: Zeroizing<Vec<u8>> = Zeroizing::new(
            self.vault
                .with_connection(|c| {
                    Ok(c.query_row(
                        "SELECT reply_secret FROM sync_outbox WHERE report_id = ?1",
                        [report_id],
                        |r| r.get::<_, Vec<u8>>(0),
                    )
                    .optional()?)
                })?
                .ok_or(SyncError::UnknownReport)?,
        );
        ReplySecretKey::from_bytes(&secret).map_err(|_| SyncError::Damaged)
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

    /// The earliest retry time among queued envelopes.
    pub(crate) fn next_retry(&self) -> Result<Option<DateTime<Utc>>, SyncError> {
        let next: Option<String> = self.vault.with_connection(|c| {
            Ok(c.query_row(
                "SELECT MIN(next_attempt_at) FROM sync_outbox WHERE state = 'queued'",
                [],
                |r| r.get(0),
            )?)
        })?;
        Ok(next.as_deref().and_then(parse_time))
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
            timestamp(row.queued_at),
            row.source,
        ],
    )?;
    Ok(())
}

/// The lookup id of a stored receipt-code secret.
fn lookup_of(code: &[u8]) -> Result<[u8; 32], SyncError> {
    let secret: [u8; 10] = code.try_into().map_err(|_| SyncError::Damaged)?;
    Ok(ReceiptCode::from_secret(secret).lookup_id())
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
