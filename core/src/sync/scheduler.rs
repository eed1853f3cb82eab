//! `sync_once`: the one entry point that background schedulers call
//! (Android WorkManager, iOS BGTaskScheduler, the CLI).
//!
//! One call: ask the policy; if it allows, wait out a random delay (drawn
//! once, stored in the vault, so it survives the app being killed); then run
//! a round: send what is due, verify each receipt before forgetting the
//! envelope, back off with full jitter on failures, optionally send a dummy,
//! and fetch replies. It returns a [`SyncReport`] saying what happened and
//! when to call again. It blocks (network, disk): call it off the main
//! thread, and never from inside a tokio runtime.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration as ChronoDuration, TimeZone, Utc};
use rusqlite::params;
use serde::Serialize;

use super::backoff::{send_delay, Jitter, OsJitter};
use super::ngo::{parse_time, timestamp, Ngos, VerifiedNgo};
use super::outbox::{DueItem, Outbox};
use super::policy::{DenyReason, SendDecision, SendFacts};
use super::replies::Replies;
use super::settings::SyncSettings;
use super::transport::{FailureKind, InboxClient, Submission, TransportError};
use super::SyncError;
use crate::envelope::{self, Report, ReportField, ReportKind};
use crate::vault::{Vault, VaultError};

/// What one `sync_once` call did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum SyncOutcome {
    /// The send policy said no; `reason` is why.
    Held { reason: DenyReason },
    /// Allowed, and waiting out the random delay before sending.
    Delayed,
    /// Nothing queued, no dummy or reply check due.
    Idle,
    /// A round ran (see the counts).
    Ran,
}

/// The result of `sync_once`: counts only, no content, no ids. FFI-ready.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SyncReport {
    pub outcome: SyncOutcome,
    /// Envelopes whose receipt was verified in this call.
    pub sent: u32,
    /// Envelopes that failed in this call (kept, retried later).
    pub failed: u32,
    /// Envelopes still queued after this call.
    pub queued: u32,
    pub new_replies: u32,
    pub dummy_sent: bool,
    /// The last failure seen, for a calm status line.
    pub last_failure: Option<FailureKind>,
    /// When calling again makes sense. `None` = on the next event (network
    /// change, the user pressing send).
    pub next_check: Option<DateTime<Utc>>,
    /// Request and answer body bytes in this call.
    pub bytes_up: u64,
    pub bytes_down: u64,
}

/// Scheduling state that must survive the app being killed.
#[derive(Debug, Default)]
struct ScheduleState {
    round_at: Option<DateTime<Utc>>,
    last_dummy_at: Option<DateTime<Utc>>,
    last_replies_at: Option<DateTime<Utc>>,
}

/// The sync of one vault. `Send + Sync`.
pub struct SyncEngine {
    vault: Arc<Vault>,
    jitter: Mutex<Box<dyn Jitter + Send>>,
    /// One `sync_once` at a time (a background run and the user's "send
    /// now" may overlap). Two runs would still deliver once in effect, but
    /// twice the traffic tells an observer more.
    running: Mutex<()>,
}

fn chrono(d: std::time::Duration) -> ChronoDuration {
    ChronoDuration::from_std(d).unwrap_or(ChronoDuration::days(7))
}

impl SyncEngine {
    pub fn new(vault: Arc<Vault>) -> SyncEngine {
        SyncEngine::with_jitter(vault, Box::new(OsJitter))
    }

    /// With a given randomness source (tests pin it).
    pub fn with_jitter(vault: Arc<Vault>, jitter: Box<dyn Jitter + Send>) -> SyncEngine {
        SyncEngine {
            vault,
            jitter: Mutex::new(jitter),
            running: Mutex::new(()),
        }
    }

    fn jitter(&self) -> std::sync::MutexGuard<'_, Box<dyn Jitter + Send>> {
        self.jitter.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// See the module docs. `now` carries the phone's time zone (for the
    /// policy's time windows). After a duress unlock every request fails as
    /// an unreachable server's would ([`InboxClient::cut_off`]): nothing
    /// leaves the phone, and nothing says why.
    pub fn sync_once<Tz: TimeZone>(
        &self,
        facts: &SendFacts,
        now: DateTime<Tz>,
    ) -> Result<SyncReport, SyncError> {
        let _one_at_a_time = self.running.lock().unwrap_or_else(|e| e.into_inner());
        if !self.vault.is_unlocked() {
            return Err(SyncError::Vault(VaultError::Locked));
        }
        let now_utc = now.with_timezone(&Utc);
        let settings = SyncSettings::load(&self.vault)?;
        let outbox = Outbox::new(self.vault.clone());
        let mut report = SyncReport {
            outcome: SyncOutcome::Idle,
            sent: 0,
            failed: 0,
            queued: outbox.counts()?.0,
            new_replies: 0,
            dummy_sent: false,
            last_failure: None,
            next_check: None,
            bytes_up: 0,
            bytes_down: 0,
        };

        if let SendDecision::Deny { reason, next_check } = settings.policy.decide(&facts, now) {
            // The next allowed moment draws a fresh delay.
            self.set_round(None)?;
            report.outcome = SyncOutcome::Held { reason };
            report.next_check = next_check;
            return Ok(report);
        }

        let mut state = self.load_state()?;
        let urgent = facts.user_requested;
        let sends_due = !outbox.due(now_utc, urgent, 1)?.is_empty();
        let has_sent = outbox.counts()?.1 > 0;
        let replies_due = has_sent
            && (urgent
                || state
                    .last_replies_at
                    .is_none_or(|t| now_utc - t >= chrono(settings.reply_interval)));
        let dummy_due = settings.dummy_sends
            && state
                .last_dummy_at
                .is_none_or(|t| now_utc - t >= chrono(settings.dummy_interval));
        if !sends_due && !replies_due && !dummy_due {
            report.next_check = self.next_check(&outbox, &settings, &state)?;
            return Ok(report);
        }

        // The user's own "send now" is not delayed: it is their choice.
        if !urgent {
            let round_at = match state.round_at {
                Some(at) => at,
                None => {
                    let delay =
                        send_delay(settings.delay_min, settings.delay_max, &mut **self.jitter());
                    let at = now_utc + chrono(delay);
                    self.set_round(Some(at))?;
                    at
                }
            };
            if now_utc < round_at {
                report.outcome = SyncOutcome::Delayed;
                report.next_check = Some(round_at);
                return Ok(report);
            }
        }

        report.outcome = SyncOutcome::Ran;
        let due = outbox.due(now_utc, urgent, settings.max_sends_per_round)?;
        self.send_round(&settings, &outbox, due, now_utc, &mut report)?;
        if dummy_due && report.sent + report.failed == 0 {
            self.send_dummy(&settings, now_utc, &mut report)?;
            state.last_dummy_at = Some(now_utc);
        }
        if replies_due {
            self.fetch_replies(&settings, &outbox, now_utc, &mut report)?;
            state.last_replies_at = Some(now_utc);
        } else if report.sent > 0 && state.last_replies_at.is_none() {
            // A report sent just now has no reply yet: first ask a reply
            // interval from now.
            state.last_replies_at = Some(now_utc);
        }
        state.round_at = None;
        self.save_state(&state)?;
        self.vault
            .with_connection(|c| crate::vault::checkpoint(c))?;
        report.queued = outbox.counts()?.0;
        report.next_check = self.next_check(&outbox, &settings, &state)?;
        Ok(report)
    }

    /// Sends `due` envelopes, NGO by NGO; stops with an NGO at the first
    /// failure that says the network or the server is in trouble.
    fn send_round(
        &self,
        settings: &SyncSettings,
        outbox: &Outbox,
        due: Vec<DueItem>,
        now: DateTime<Utc>,
        report: &mut SyncReport,
    ) -> Result<(), SyncError> {
        let ngos = Ngos::new(self.vault.clone());
        let mut groups: Vec<(String, Vec<DueItem>)> = Vec::new();
        for item in due {
            match groups.iter_mut().find(|(k, _)| *k == item.ngo_key_id) {
                Some((_, items)) => items.push(item),
                None => groups.push((item.ngo_key_id.clone(), vec![item])),
            }
        }
        for (key_id, items) in groups {
            let (ngo, client) = match self.connect(&ngos, &key_id, settings, now) {
                Ok(pair) => pair,
                Err(kind) => {
                    report.last_failure = Some(kind);
                    continue;
                }
            };
            for item in items {
                let retry_at =
                    now + chrono(settings.backoff.delay(item.attempts, &mut **self.jitter()));
                outbox.begin_attempt(&item.report_id, retry_at)?;
                let submitted = client.submit(&Submission {
                    envelope: &item.envelope,
                    report_id: item.report_id,
                    reply_lookup: item.reply_lookup,
                    dummy: false,
                });
                // "Send, confirm, forget": the envelope goes only once the
                // receipt proves the inbox holds exactly these bytes.
                let failure = match submitted {
                    Ok(receipt) => match receipt.verify(
                        &ngo.receipt_key,
                        &item.report_id.bytes,
                        &item.envelope,
                    ) {
                        Ok(()) => {
                            outbox.confirm(&item.report_id, &receipt)?;
                            report.sent += 1;
                            None
                        }
                        // A server that cannot prove it holds the bytes gets
                        // nothing more this round.
                        Err(_) => Some((FailureKind::BadReceipt, true)),
                    },
                    Err(e) => Some((e.kind(), stops_round(&e))),
                };
                if let Some((kind, stop)) = failure {
                    outbox.record_failure(&item.report_id, kind)?;
                    report.failed += 1;
                    report.last_failure = Some(kind);
                    if stop {
                        break;
                    }
                }
            }
            let (up, down) = client.body_bytes();
            report.bytes_up += up;
            report.bytes_down += down;
        }
        Ok(())
    }

    /// The NGO's verified directory (fetching a fresh one if it expired) and
    /// a client for its endpoints and pins.
    fn connect(
        &self,
        ngos: &Ngos,
        key_id: &str,
        settings: &SyncSettings,
        now: DateTime<Utc>,
    ) -> Result<(VerifiedNgo, InboxClient), FailureKind> {
        let ngo = match ngos.verified(key_id, now) {
            Err(SyncError::DirectoryExpired) => {
                ngos.fetch_directory(key_id, None, &settings.transport, now)
                    .map_err(|e| match e {
                        SyncError::Transport(t) => t.kind(),
                        _ => FailureKind::Malformed,
                    })?;
                ngos.verified(key_id, now)
            }
            other => other,
        }
        .map_err(|_| FailureKind::Malformed)?;
        let client = InboxClient::new(
            &settings.transport,
            &ngo.entry.endpoints,
            &ngo.entry.tls_spki_sha256,
        )
        .map_err(|e| e.kind())?
        .cut_off(self.vault.is_duress_session());
        Ok((ngo, client))
    }

    /// A same-size envelope with nothing in it, flagged as a dummy inside
    /// TLS: to an observer, one more send like any other.
    fn send_dummy(
        &self,
        settings: &SyncSettings,
        now: DateTime<Utc>,
        report: &mut SyncReport,
    ) -> Result<(), SyncError> {
        let ngos = Ngos::new(self.vault.clone());
        for ngo in ngos.list()? {
            let Ok((verified, client)) = self.connect(&ngos, &ngo.key_id, settings, now) else {
                continue;
            };
            if !verified.entry.accepts_dummy {
                continue;
            }
            let (dummy, _) = Report::new(
                ReportKind::FreeText,
                "und",
                &now.format("%Y-%m-%d").to_string(),
                vec![ReportField {
                    name: "text".into(),
                    value: String::new(),
                }],
            );
            let sealed = envelope::seal_in_bucket(&dummy, &verified.hpke, settings.min_bucket)?;
            let result = client.submit(&Submission {
                envelope: &sealed.bytes,
                report_id: sealed.report_id,
                reply_lookup: crate::random::array(),
                dummy: true,
            });
            match result.map(|r| {
                r.verify(
                    &verified.receipt_key,
                    &sealed.report_id.bytes,
                    &sealed.bytes,
                )
            }) {
                Ok(Ok(())) => report.dummy_sent = true,
                Ok(Err(_)) => report.last_failure = Some(FailureKind::BadReceipt),
                Err(e) => report.last_failure = Some(e.kind()),
            }
            let (up, down) = client.body_bytes();
            report.bytes_up += up;
            report.bytes_down += down;
            return Ok(());
        }
        Ok(())
    }

    /// Asks each sent report's inbox for replies, opens new ones with the
    /// report's reply key and stores them.
    fn fetch_replies(
        &self,
        settings: &SyncSettings,
        outbox: &Outbox,
        now: DateTime<Utc>,
        report: &mut SyncReport,
    ) -> Result<(), SyncError> {
        let ngos = Ngos::new(self.vault.clone());
        let replies = Replies::new(self.vault.clone());
        let mut clients: Vec<(String, Option<InboxClient>)> = Vec::new();
        let oldest = (now - ChronoDuration::days(super::outbox::REPLY_WINDOW_DAYS))
            .format("%Y-%m-%d")
            .to_string();
        for item in outbox.sent(&oldest)? {
            if !clients.iter().any(|(k, _)| *k == item.ngo_key_id) {
                let client = match self.connect(&ngos, &item.ngo_key_id, settings, now) {
                    Ok((_, c)) => Some(c),
                    Err(kind) => {
                        report.last_failure = Some(kind);
                        None
                    }
                };
                clients.push((item.ngo_key_id.clone(), client));
            }
            let Some((_, Some(client))) = clients.iter().find(|(k, _)| *k == item.ngo_key_id)
            else {
                continue;
            };
            let answer = match client.fetch_replies(&item.reply_lookup) {
                Ok(answer) => answer,
                Err(e) => {
                    report.last_failure = Some(e.kind());
                    continue;
                }
            };
            for reply in answer.replies {
                if replies.has(&reply.id)? {
                    continue;
                }
                // A reply that does not open is not for us (or damaged): skip it.
                let Ok(text) = envelope::open_reply(&reply.sealed, &item.reply_secret) else {
                    report.last_failure = Some(FailureKind::Malformed);
                    continue;
                };
                if replies.store(&reply.id, &item.report_id, &reply.day, &text, now)? {
                    report.new_replies += 1;
                }
            }
        }
        for (_, client) in clients.into_iter() {
            if let Some(client) = client {
                let (up, down) = client.body_bytes();
                report.bytes_up += up;
                report.bytes_down += down;
            }
        }
        Ok(())
    }

    fn next_check(
        &self,
        outbox: &Outbox,
        settings: &SyncSettings,
        state: &ScheduleState,
    ) -> Result<Option<DateTime<Utc>>, SyncError> {
        let mut candidates = Vec::new();
        if outbox.counts()?.0 > 0 {
            // Queued items never tried have no retry time: as soon as allowed.
            candidates.push(outbox.next_retry()?.unwrap_or_else(Utc::now));
        }
        if let Some(t) = state.last_replies_at {
            if outbox.counts()?.1 > 0 {
                // (Reports past the reply window are simply not asked about.)
                candidates.push(t + chrono(settings.reply_interval));
            }
        }
        if settings.dummy_sends {
            if let Some(t) = state.last_dummy_at {
                candidates.push(t + chrono(settings.dummy_interval));
            }
        }
        Ok(candidates.into_iter().min())
    }

    fn load_state(&self) -> Result<ScheduleState, SyncError> {
        let row: Option<(Option<String>, Option<String>, Option<String>)> =
            self.vault.with_connection(|c| {
                use rusqlite::OptionalExtension;
                Ok(c.query_row(
                    "SELECT round_at, last_dummy_at, last_replies_at FROM sync_state WHERE id = 1",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?)
            })?;
        let Some((round, dummy, replies)) = row else {
            return Ok(ScheduleState::default());
        };
        Ok(ScheduleState {
            round_at: round.as_deref().and_then(parse_time),
            last_dummy_at: dummy.as_deref().and_then(parse_time),
            last_replies_at: replies.as_deref().and_then(parse_time),
        })
    }

    fn save_state(&self, state: &ScheduleState) -> Result<(), SyncError> {
        let t = |v: Option<DateTime<Utc>>| v.map(timestamp);
        self.vault.with_connection(|c| {
            c.execute(
                "UPDATE sync_state SET round_at = ?1, last_dummy_at = ?2, last_replies_at = ?3
                 WHERE id = 1",
                params![
                    t(state.round_at),
                    t(state.last_dummy_at),
                    t(state.last_replies_at)
                ],
            )?;
            Ok(())
        })?;
        Ok(())
    }

    fn set_round(&self, at: Option<DateTime<Utc>>) -> Result<(), SyncError> {
        self.vault.with_connection(|c| {
            c.execute(
                "UPDATE sync_state SET round_at = ?1 WHERE id = 1",
                [at.map(timestamp)],
            )?;
            Ok(())
        })?;
        Ok(())
    }
}

/// Failures after which the rest of an NGO's queue waits for the next round:
/// the network or the server is in trouble, and hammering it helps nobody.
fn stops_round(e: &TransportError) -> bool {
    !matches!(e, TransportError::TooLarge | TransportError::Refused(_))
}

#[allow(dead_code)]
fn assert_thread_safe() {
    fn is<T: Send + Sync>() {}
    is::<SyncEngine>();
}
