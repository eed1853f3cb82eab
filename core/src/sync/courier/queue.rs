//! The courier's queue: sealed envelopes waiting to go, their delivery
//! state and verified receipts, and the reply ciphertexts that polls
//! brought back. Everything `sync_once` reads and writes about reports;
//! nothing that opens a reply or shows a receipt code.
//!
//! Dummy sends (cover traffic, `super::super::cover`) are rows of kind
//! `dummy`, made here and never seen by the vault.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};

use super::super::ngo::Ngos;
use super::super::transport::FailureKind;
use super::super::wire::{self, Receipt, ReplyItem};
use super::super::SyncError;
use super::Courier;
use crate::envelope::{self, ReceiptCode, ReportId};
use crate::time::{from_stored, to_stored};

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

/// A sent report (or dummy) that reply polls may ask about.
pub(crate) struct PollCandidate {
    pub report_id: String,
    pub ngo_key_id: String,
    pub lookup: [u8; 32],
    pub dummy: bool,
}

/// A new queue row.
pub(crate) struct NewEnvelope<'a> {
    pub report_id: &'a str,
    pub ngo_key_id: &'a str,
    pub dummy: bool,
    pub bucket_len: i64,
    pub envelope: Option<&'a [u8]>,
    pub reply_lookup: &'a [u8; 32],
    pub queued_at: &'a str,
}

fn lookup(bytes: Vec<u8>) -> Result<[u8; 32], SyncError> {
    bytes.try_into().map_err(|_| SyncError::Damaged)
}

impl Courier {
    /// Adds an envelope; one already there is left as it is.
    pub(crate) fn add(&self, row: &NewEnvelope<'_>) -> Result<(), SyncError> {
        self.with_connection(|c| {
            c.execute(
                "INSERT OR IGNORE INTO courier_queue (report_id, ngo_key_id, kind, bucket,
                   envelope, reply_lookup, state, attempts, queued_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'queued', 0, ?7)",
                params![
                    row.report_id,
                    row.ngo_key_id,
                    if row.dummy { "dummy" } else { "report" },
                    row.bucket_len,
                    row.envelope,
                    &row.reply_lookup[..],
                    row.queued_at,
                ],
            )?;
            Ok(())
        })?;
        Ok(())
    }

    /// Seals a dummy (an empty plaintext in `bucket`, or the largest bucket
    /// the NGO accepts if that is smaller) and queues it like a report, with
    /// a random lookup id that feeds cover polls once it is sent.
    pub(crate) fn queue_dummy(
        &self,
        ngos: &Ngos,
        ngo_key_id: &str,
        bucket: envelope::Bucket,
        now: DateTime<Utc>,
    ) -> Result<(), SyncError> {
        let ngo = ngos.verified(ngo_key_id, now)?;
        let max = ngo.entry.max_envelope_len as usize;
        let bucket = envelope::Bucket::ALL
            .into_iter()
            .rfind(|b| *b <= bucket && b.envelope_len() <= max)
            .unwrap_or(envelope::Bucket::Kib4);
        let sealed = envelope::seal_dummy(&ngo.hpke, bucket)?;
        // Made like a report's: the lookup id of a receipt code nobody sees.
        let lookup = ReceiptCode::generate().lookup_id();
        self.add(&NewEnvelope {
            report_id: &sealed.report_id.to_hex(),
            ngo_key_id,
            dummy: true,
            bucket_len: sealed.bucket.envelope_len() as i64,
            envelope: Some(&sealed.bytes),
            reply_lookup: &lookup,
            queued_at: &to_stored(now),
        })
    }

    /// Forgets sent dummies whose receipt day is before `oldest_day`.
    pub(crate) fn forget_dummies_before(&self, oldest_day: &str) -> Result<(), SyncError> {
        self.with_connection(|c| {
            c.execute(
                "DELETE FROM courier_queue WHERE kind = 'dummy' AND state = 'sent'
                   AND sent_day < ?1",
                [oldest_day],
            )?;
            Ok(())
        })?;
        Ok(())
    }

    /// Queued envelopes due at `now` (or all queued ones with
    /// `ignore_backoff`), oldest first, at most `limit`.
    pub(crate) fn due(
        &self,
        now: DateTime<Utc>,
        ignore_backoff: bool,
        limit: u32,
    ) -> Result<Vec<DueItem>, SyncError> {
        let rows = self.with_connection(|c| {
            let mut stmt = c.prepare(
                "SELECT report_id, ngo_key_id, envelope, reply_lookup, attempts, kind
                 FROM courier_queue
                 WHERE state = 'queued' AND envelope IS NOT NULL
                   AND (?1 OR next_attempt_at IS NULL OR next_attempt_at <= ?2)
                 ORDER BY queued_at, rowid LIMIT ?3",
            )?;
            let rows = stmt.query_map(params![ignore_backoff, to_stored(now), limit], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Vec<u8>>(2)?,
                    r.get::<_, Vec<u8>>(3)?,
                    r.get::<_, u32>(4)?,
                    r.get::<_, String>(5)?,
                ))
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })?;
        rows.into_iter()
            .map(|(id, ngo, envelope, lookup_id, attempts, kind)| {
                let bytes = wire::parse_report_id(&id).ok_or(SyncError::Damaged)?;
                Ok(DueItem {
                    report_id: ReportId { bytes },
                    ngo_key_id: ngo,
                    envelope,
                    reply_lookup: lookup(lookup_id)?,
                    attempts,
                    dummy: kind == "dummy",
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
        self.with_connection(|c| {
            c.execute(
                "UPDATE courier_queue SET attempts = attempts + 1, next_attempt_at = ?1
                 WHERE report_id = ?2 AND state = 'queued'",
                params![to_stored(retry_at), report_id.to_hex()],
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
        self.with_connection(|c| {
            c.execute(
                "UPDATE courier_queue SET last_error = ?1 WHERE report_id = ?2",
                params![failure.code(), report_id.to_hex()],
            )?;
            Ok(())
        })?;
        Ok(())
    }

    /// Stores a VERIFIED receipt and forgets the envelope, in one step.
    pub(crate) fn confirm(&self, report_id: &ReportId, receipt: &Receipt) -> Result<(), SyncError> {
        let json = serde_json::to_string(receipt).map_err(|_| SyncError::Damaged)?;
        self.with_connection(|c| {
            c.execute(
                "UPDATE courier_queue SET state = 'sent', envelope = NULL, receipt = ?1,
                   sent_day = ?2, last_error = NULL, next_attempt_at = NULL
                 WHERE report_id = ?3",
                params![json, receipt.day, report_id.to_hex()],
            )?;
            Ok(())
        })?;
        Ok(())
    }

    /// Reports and dummies sent on `oldest_day` or later.
    pub(crate) fn poll_candidates(
        &self,
        oldest_day: &str,
    ) -> Result<Vec<PollCandidate>, SyncError> {
        let rows = self.with_connection(|c| {
            let mut stmt = c.prepare(
                "SELECT report_id, ngo_key_id, reply_lookup, kind FROM courier_queue
                 WHERE state = 'sent' AND sent_day >= ?1 ORDER BY queued_at, rowid",
            )?;
            let rows = stmt.query_map([oldest_day], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Vec<u8>>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })?;
        rows.into_iter()
            .map(|(report_id, ngo_key_id, lookup_id, kind)| {
                Ok(PollCandidate {
                    report_id,
                    ngo_key_id,
                    lookup: lookup(lookup_id)?,
                    dummy: kind == "dummy",
                })
            })
            .collect()
    }

    /// The last reply fetched for `report_id`: the `after` of its next poll.
    pub(crate) fn last_reply_id(&self, report_id: &str) -> Result<Option<[u8; 16]>, SyncError> {
        let id: Option<String> = self.with_connection(|c| {
            Ok(c.query_row(
                "SELECT last_reply_id FROM courier_queue WHERE report_id = ?1",
                [report_id],
                |r| r.get(0),
            )
            .optional()?
            .flatten())
        })?;
        match id {
            None => Ok(None),
            Some(hex) => wire::parse_report_id(&hex)
                .map(Some)
                .ok_or(SyncError::Damaged),
        }
    }

    /// Keeps a fetched reply, still sealed, and moves the report's poll
    /// cursor past it. Returns whether it was new.
    pub(crate) fn keep_fetched(
        &self,
        report_id: &str,
        reply: &ReplyItem,
    ) -> Result<bool, SyncError> {
        if wire::parse_report_id(&reply.id).is_none() {
            return Err(SyncError::Damaged);
        }
        Ok(self.with_connection(|c| {
            let tx = c.transaction()?;
            let n = tx.execute(
                "INSERT OR IGNORE INTO courier_fetched (reply_id, report_id, day, sealed)
                 VALUES (?1, ?2, ?3, ?4)",
                params![reply.id, report_id, reply.day, reply.sealed],
            )?;
            tx.execute(
                "UPDATE courier_queue SET last_reply_id = ?1 WHERE report_id = ?2",
                params![reply.id, report_id],
            )?;
            tx.commit()?;
            Ok(n == 1)
        })?)
    }

    /// Queued reports (dummies are not counted).
    pub(crate) fn queued_reports(&self) -> Result<u32, SyncError> {
        Ok(self.with_connection(|c| {
            Ok(c.query_row(
                "SELECT COUNT(*) FROM courier_queue WHERE kind = 'report' AND state = 'queued'
                   AND envelope IS NOT NULL",
                [],
                |r| r.get(0),
            )?)
        })?)
    }

    /// The earliest retry time among queued envelopes.
    pub(crate) fn next_retry(&self) -> Result<Option<DateTime<Utc>>, SyncError> {
        let next: Option<String> = self.with_connection(|c| {
            Ok(c.query_row(
                "SELECT MIN(next_attempt_at) FROM courier_queue
                 WHERE state = 'queued' AND envelope IS NOT NULL",
                [],
                |r| r.get(0),
            )?)
        })?;
        Ok(next.as_deref().and_then(from_stored))
    }
}
