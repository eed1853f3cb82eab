//! `sync_once`: the one entry point that background schedulers call
//! (Android WorkManager, iOS BGTaskScheduler, the CLI).
//!
//! One call: ask the policy; if it allows, wait out a random delay (drawn
//! once, stored in the vault, so it survives the app being killed); then run
//! a round: send what is due (reports, and a dummy when one is due and no
//! report is), verify each receipt before forgetting the envelope, back off
//! with full jitter on failures, and poll for replies when the jittered poll
//! schedule says so (every phone, whether or not it ever reported:
//! `super::cover`). It returns a [`SyncReport`] saying what happened and
//! when to call again. It blocks (network, disk): call it off the main
//! thread, and never from inside a tokio runtime.
//!
//! It runs on the courier alone (`super::courier`, docs/courier.md): no
//! passcode, no reply key. Polls bring back sealed replies that wait in the
//! courier. An engine made with [`SyncEngine::new`] on an unlocked vault
//! also refills the courier before the round and takes receipts and replies
//! into the vault after it.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration as ChronoDuration, TimeZone, Utc};
use rusqlite::params;
use serde::Serialize;

use super::backoff::{send_delay, Jitter, OsJitter};
use super::courier::queue::{DueItem, PollCandidate};
use super::courier::Courier;
use super::cover::{self, PollSlot};
use super::ngo::{Ngos, VerifiedNgo};
use super::outbox::Outbox;
use super::policy::{DenyReason, SendDecision, SendFacts};
use super::settings::SyncSettings;
use super::transport::{FailureKind, InboxClient, Submission, TransportError};
use super::SyncError;
use crate::time::{from_stored, to_stored};
use crate::vault::{Vault, VaultError};

/// What one `sync_once` call did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum SyncOutcome {
    /// The send policy said no; `reason` is why.
    Held { reason: DenyReason },
    /// Allowed, and waiting out the random delay before sending.
    Delayed,
    /// Nothing queued, no dummy or reply poll due.
    Idle,
    /// A round ran (see the counts).
    Ran,
}

/// The result of `sync_once`: counts only, no content, no ids. FFI-ready.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SyncReport {
    pub outcome: SyncOutcome,
    /// Reports whose receipt was verified in this call.
    pub sent: u32,
    /// Reports that failed in this call (kept, retried later).
    pub failed: u32,
    /// Reports still queued after this call.
    pub queued: u32,
    /// Replies stored in the vault in this call; on the courier alone,
    /// replies fetched (still sealed, read at the next unlock).
    pub new_replies: u32,
    /// Whether a dummy's receipt was verified in this call.
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

/// Scheduling state that must survive the app being killed. Stored in
/// `sync_state`: `round_at`; the next dummy in the column `last_dummy_at`
/// and the next poll in `last_replies_at` (names from migration 6; since
/// the polls follow a jittered schedule they hold the next moment, not the
/// last). `None`: due now.
#[derive(Debug, Default)]
struct ScheduleState {
    round_at: Option<DateTime<Utc>>,
    next_dummy_at: Option<DateTime<Utc>>,
    next_poll_at: Option<DateTime<Utc>>,
}

/// The sync of one courier, and of its vault while that is unlocked.
/// `Send + Sync`.
pub struct SyncEngine {
    courier: Arc<Courier>,
    /// `None`: the courier alone (a background worker with no passcode).
    vault: Option<Arc<Vault>>,
    jitter: Mutex<Box<dyn Jitter + Send>>,
    /// One `sync_once` at a time (a background run and the user's "send
    /// now" may overlap). Two runs would still deliver once in effect, but
    /// twice the traffic tells an observer more.
    running: Mutex<()>,
}

impl SyncReport {
    fn idle(queued: u32) -> SyncReport {
        SyncReport {
            outcome: SyncOutcome::Idle,
            sent: 0,
            failed: 0,
            queued,
            new_replies: 0,
            dummy_sent: false,
            last_failure: None,
            next_check: None,
            bytes_up: 0,
            bytes_down: 0,
        }
    }
}

fn chrono(d: std::time::Duration) -> ChronoDuration {
    ChronoDuration::from_std(d).unwrap_or(ChronoDuration::days(7))
}

impl SyncEngine {
    /// The sync of `vault` (which must be unlocked when `sync_once` runs)
    /// through its courier.
    pub fn new(vault: Arc<Vault>) -> SyncEngine {
        SyncEngine::with_jitter(vault, Box::new(OsJitter))
    }

    /// With a given randomness source (tests pin it).
    pub fn with_jitter(vault: Arc<Vault>, jitter: Box<dyn Jitter + Send>) -> SyncEngine {
        let courier = Arc::new(Courier::beside(&vault));
        SyncEngine::make(courier, Some(vault), jitter)
    }

    /// The sync of a courier alone: what a background worker opens in a
    /// fresh process with only the key store, while the vault is locked.
    pub fn for_courier(courier: Arc<Courier>) -> SyncEngine {
        SyncEngine::make(courier, None, Box::new(OsJitter))
    }

    /// [`SyncEngine::for_courier`] with a given randomness source.
    pub fn for_courier_with_jitter(
        courier: Arc<Courier>,
        jitter: Box<dyn Jitter + Send>,
    ) -> SyncEngine {
        SyncEngine::make(courier, None, jitter)
    }

    fn make(
        courier: Arc<Courier>,
        vault: Option<Arc<Vault>>,
        jitter: Box<dyn Jitter + Send>,
    ) -> SyncEngine {
        SyncEngine {
            courier,
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
        let courier = &*self.courier;
        match &self.vault {
            Some(vault) => {
                if !vault.is_unlocked() {
                    return Err(SyncError::Vault(VaultError::Locked));
                }
                courier.set_cut_off(vault.is_duress_session());
                courier.catch_up(vault)?;
                // Envelopes go now even when sending while locked is off.
                courier.refill_with(vault, true)?;
            }
            // No courier (never made, or its key is gone): nothing to send,
            // exactly like an empty one.
            None if !courier.is_usable() => return Ok(SyncReport::idle(0)),
            None => {}
        }
        let mut report = self.round(facts, now)?;
        if let Some(vault) = &self.vault {
            report.new_replies = courier.take_in(vault)?.replies;
            courier.refill(vault)?;
            report.queued = Outbox::new(vault.clone()).counts()?.0;
        }
        Ok(report)
    }

    /// `sync_once` on the courier alone.
    fn round<Tz: TimeZone>(
        &self,
        facts: &SendFacts,
        now: DateTime<Tz>,
    ) -> Result<SyncReport, SyncError> {
        let now_utc = now.with_timezone(&Utc);
        let courier = &*self.courier;
        let settings = SyncSettings::load_from(courier)?;
        let mut report = SyncReport::idle(courier.queued_reports()?);
        if self.vault.is_none() && !settings.send_while_locked {
            // The user keeps the courier empty of envelopes: nothing at all
            // happens while the vault is locked.
            return Ok(report);
        }
        let outbox = courier;

        if let SendDecision::Deny { reason, next_check } = settings.policy.decide(facts, now) {
            // The next allowed moment draws a fresh delay.
            self.set_round(None)?;
            report.outcome = SyncOutcome::Held { reason };
            report.next_check = next_check;
            return Ok(report);
        }

        let mut state = self.load_state()?;
        let urgent = facts.user_requested;
        let ngos = Ngos::on(self.courier.clone());
        let trusted = ngos.list()?;
        let pollable = trusted.iter().any(|n| n.directory.is_some());
        let sends_due = !outbox.due(now_utc, urgent, 1)?.is_empty();
        let polls_due = pollable && (urgent || state.next_poll_at.is_none_or(|t| now_utc >= t));
        let dummy_to = trusted
            .iter()
            .filter(|n| n.directory.as_ref().is_some_and(|d| d.accepts_dummy))
            .map(|n| n.key_id.clone())
            .collect::<Vec<_>>();
        let dummy_due = settings.dummy_sends
            && !dummy_to.is_empty()
            && state.next_dummy_at.is_none_or(|t| now_utc >= t);
        if !sends_due && !polls_due && !dummy_due {
            report.next_check = self.next_check(outbox, &settings, &state, pollable)?;
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
        if dummy_due && !sends_due {
            // Cover: a dummy to one of the NGOs, in a bucket drawn like a
            // report's, queued and sent exactly like one.
            let pick = {
                let mut jitter = self.jitter();
                let mut order = dummy_to;
                cover::shuffle(&mut order, &mut **jitter);
                let bucket = cover::dummy_bucket(settings.min_bucket, &mut **jitter);
                order.into_iter().next().map(|ngo| (ngo, bucket))
            };
            if let Some((ngo, bucket)) = pick {
                match outbox.queue_dummy(&ngos, &ngo, bucket, now_utc) {
                    Ok(()) => {}
                    Err(e @ SyncError::Vault(_)) => return Err(e),
                    // An expired directory is refreshed by the next
                    // connection to that NGO (a poll or a send); a dummy
                    // never stops a round.
                    Err(_) => report.last_failure = Some(FailureKind::Malformed),
                }
            }
        }
        let due = outbox.due(now_utc, urgent, settings.max_sends_per_round)?;
        let attempted = !due.is_empty();
        self.send_round(&settings, outbox, due, now_utc, &mut report)?;
        if dummy_due || attempted {
            // Any send restarts the cover clock, so sends keep no rhythm.
            state.next_dummy_at = Some(
                now_utc
                    + chrono(cover::jittered(
                        settings.dummy_interval,
                        &mut **self.jitter(),
                    )),
            );
        }
        if polls_due {
            self.poll(&settings, &ngos, now_utc, &mut report)?;
            state.next_poll_at = Some(
                now_utc
                    + chrono(cover::jittered(
                        settings.reply_interval,
                        &mut **self.jitter(),
                    )),
            );
        }
        outbox.forget_dummies_before(&day_before(now_utc, super::outbox::DUMMY_KEEP_DAYS))?;
        state.round_at = None;
        self.save_state(&state)?;
        courier.with_connection(|c| crate::vault::checkpoint(c))?;
        report.queued = outbox.queued_reports()?;
        report.next_check = self.next_check(outbox, &settings, &state, pollable)?;
        Ok(report)
    }

    /// Sends `due` envelopes, NGO by NGO; stops with an NGO at the first
    /// failure that says the network or the server is in trouble.
    fn send_round(
        &self,
        settings: &SyncSettings,
        outbox: &Courier,
        due: Vec<DueItem>,
        now: DateTime<Utc>,
        report: &mut SyncReport,
    ) -> Result<(), SyncError> {
        let ngos = Ngos::on(self.courier.clone());
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
                            if item.dummy {
                                report.dummy_sent = true;
                            } else {
                                report.sent += 1;
                            }
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
                    if !item.dummy {
                        report.failed += 1;
                    }
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
        .cut_off(super::store::SyncDb::cut_off(&*self.courier));
        Ok((ngo, client))
    }

    /// One poll round: [`cover::POLLS_PER_NGO`] requests to every trusted
    /// NGO with a directory, whatever the phone holds (reports' lookup ids,
    /// dummies' lookup ids, random ids; in random order), each on a fresh
    /// connection. Replies that come back for reports wait, sealed, in the
    /// courier.
    fn poll(
        &self,
        settings: &SyncSettings,
        ngos: &Ngos,
        now: DateTime<Utc>,
        report: &mut SyncReport,
    ) -> Result<(), SyncError> {
        let courier = &*self.courier;
        let candidates =
            courier.poll_candidates(&day_before(now, super::outbox::REPLY_WINDOW_DAYS))?;
        for ngo in ngos.list()?.into_iter().filter(|n| n.directory.is_some()) {
            let (mine, others): (Vec<&PollCandidate>, Vec<&PollCandidate>) = candidates
                .iter()
                .filter(|c| c.ngo_key_id == ngo.key_id)
                .partition(|c| !c.dummy);
            let slots = cover::choose_polls(mine, others, &mut **self.jitter());
            let client = match self.connect(ngos, &ngo.key_id, settings, now) {
                Ok((_, client)) => client,
                Err(kind) => {
                    report.last_failure = Some(kind);
                    continue;
                }
            };
            for slot in slots {
                let (lookup, after, report_id) = match slot {
                    PollSlot::Known(c) if !c.dummy => (
                        c.lookup,
                        courier.last_reply_id(&c.report_id)?,
                        Some(&c.report_id),
                    ),
                    PollSlot::Known(c) => (c.lookup, None, None),
                    PollSlot::Random => (crate::random::array(), None, None),
                };
                match client.fetch_reply(&lookup, after.as_ref()) {
                    Ok(Some(reply)) => {
                        // Kept sealed: the reply key is in the vault.
                        if let Some(report_id) = report_id {
                            if courier.keep_fetched(report_id, &reply)? {
                                report.new_replies += 1;
                            }
                        }
                    }
                    Ok(None) => {}
                    Err(e) => report.last_failure = Some(e.kind()),
                }
            }
            let (up, down) = client.body_bytes();
            report.bytes_up += up;
            report.bytes_down += down;
        }
        Ok(())
    }

    fn next_check(
        &self,
        outbox: &Courier,
        settings: &SyncSettings,
        state: &ScheduleState,
        pollable: bool,
    ) -> Result<Option<DateTime<Utc>>, SyncError> {
        let mut candidates = Vec::new();
        if outbox.queued_reports()? > 0 {
            // Queued items never tried have no retry time: as soon as allowed.
            candidates.push(outbox.next_retry()?.unwrap_or_else(Utc::now));
        }
        if pollable {
            candidates.push(state.next_poll_at.unwrap_or_else(Utc::now));
        }
        if settings.dummy_sends {
            if let Some(t) = state.next_dummy_at {
                candidates.push(t);
            }
        }
        Ok(candidates.into_iter().min())
    }

    fn load_state(&self) -> Result<ScheduleState, SyncError> {
        let row: Option<(Option<String>, Option<String>, Option<String>)> =
            self.courier.with_connection(|c| {
                use rusqlite::OptionalExtension;
                Ok(c.query_row(
                    "SELECT round_at, last_dummy_at, last_replies_at FROM sync_state WHERE id = 1",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?)
            })?;
        let Some((round, dummy, poll)) = row else {
            return Ok(ScheduleState::default());
        };
        Ok(ScheduleState {
            round_at: round.as_deref().and_then(from_stored),
            next_dummy_at: dummy.as_deref().and_then(from_stored),
            next_poll_at: poll.as_deref().and_then(from_stored),
        })
    }

    fn save_state(&self, state: &ScheduleState) -> Result<(), SyncError> {
        let t = |v: Option<DateTime<Utc>>| v.map(to_stored);
        self.courier.with_connection(|c| {
            c.execute(
                "UPDATE sync_state SET round_at = ?1, last_dummy_at = ?2, last_replies_at = ?3
                 WHERE id = 1",
                params![
                    t(state.round_at),
                    t(state.next_dummy_at),
                    t(state.next_poll_at)
                ],
            )?;
            Ok(())
        })?;
        Ok(())
    }

    fn set_round(&self, at: Option<DateTime<Utc>>) -> Result<(), SyncError> {
        self.courier.with_connection(|c| {
            c.execute(
                "UPDATE sync_state SET round_at = ?1 WHERE id = 1",
                [at.map(to_stored)],
            )?;
            Ok(())
        })?;
        Ok(())
    }
}

/// `YYYY-MM-DD` of `days` before `now`.
fn day_before(now: DateTime<Utc>, days: i64) -> String {
    (now - ChronoDuration::days(days))
        .format("%Y-%m-%d")
        .to_string()
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
