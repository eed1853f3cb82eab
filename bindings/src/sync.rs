//! Reports leaving the phone: the outbox (sealed the moment they are
//! queued), the NGOs this vault trusts, the NGOs' replies, and the sync
//! itself (docs/outbox.md, docs/sync-api.md).
//!
//! [`SyncEngine::sync_once`] is the one run: it asks the app's
//! [`NetworkMonitor`], applies the user's send rules, waits out a random
//! delay, sends what is due, verifies each receipt before forgetting the
//! envelope, and fetches replies. Background schedulers (WorkManager,
//! BGTaskScheduler) call it as [`SyncEngine::run_in_background`], which
//! answers with the core's scheduling hint ([`NextRun`]). Everything here blocks (disk; network for
//! `sync_once` and `fetch_directory`): call it off the main thread.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, SystemTime};

use chrono::{DateTime, Utc};
use waymark_core::envelope::ReportKind as CoreKind;
use waymark_core::sync::{
    self as core_sync, AfterQueue as CoreAfter, Backoff, OutboxState as CoreState,
    SyncOutcome as CoreOutcome, SyncSettings as CoreSettings,
};
use waymark_core::Vault as CoreVault;

use crate::errors::{error_localizer, SyncError};
use crate::network::{
    apply_rules, deny_reason, local_now, rules_of, send_facts, DenyReason, NetworkMonitor,
    SendRules,
};

// ---------------------------------------------------------------- records

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ReportKind {
    Questionnaire,
    Journal,
    Assistant,
    FreeText,
}

impl From<ReportKind> for CoreKind {
    fn from(k: ReportKind) -> Self {
        match k {
            ReportKind::Questionnaire => CoreKind::Questionnaire,
            ReportKind::Journal => CoreKind::Journal,
            ReportKind::Assistant => CoreKind::Assistant,
            ReportKind::FreeText => CoreKind::FreeText,
        }
    }
}

impl From<CoreKind> for ReportKind {
    fn from(k: CoreKind) -> Self {
        match k {
            CoreKind::Questionnaire => ReportKind::Questionnaire,
            CoreKind::Journal => ReportKind::Journal,
            CoreKind::Assistant => ReportKind::Assistant,
            CoreKind::FreeText => ReportKind::FreeText,
        }
    }
}

/// What happens to the plaintext a report was made from once it is sealed.
/// Ask the user: some want a copy to show a caseworker, some must not keep
/// one on a phone that may be checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum AfterQueue {
    KeepSource,
    /// Deleted in the same transaction that queues the sealed envelope.
    DeleteSource,
}

impl From<AfterQueue> for CoreAfter {
    fn from(a: AfterQueue) -> Self {
        match a {
            AfterQueue::KeepSource => CoreAfter::KeepSource,
            AfterQueue::DeleteSource => CoreAfter::DeleteSource,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum OutboxState {
    /// Waiting to be sent (or retried).
    Queued,
    /// The inbox's signed receipt was verified; the envelope is gone.
    Sent,
}

/// Why a send failed, without details (no address, no body). Stable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum FailureKind {
    Connect,
    Timeout,
    Tls,
    /// The server's key matched none of the NGO's pins: possibly an
    /// interception.
    PinMismatch,
    Interrupted,
    ServerError,
    RateLimited,
    TooLarge,
    Refused,
    Malformed,
    NoEndpoint,
    Setup,
    /// The receipt did not verify: the envelope is kept.
    BadReceipt,
}

impl From<core_sync::FailureKind> for FailureKind {
    fn from(k: core_sync::FailureKind) -> Self {
        use core_sync::FailureKind as F;
        match k {
            F::Connect => FailureKind::Connect,
            F::Timeout => FailureKind::Timeout,
            F::Tls => FailureKind::Tls,
            F::PinMismatch => FailureKind::PinMismatch,
            F::Interrupted => FailureKind::Interrupted,
            F::ServerError => FailureKind::ServerError,
            F::RateLimited => FailureKind::RateLimited,
            F::TooLarge => FailureKind::TooLarge,
            F::Refused => FailureKind::Refused,
            F::Malformed => FailureKind::Malformed,
            F::NoEndpoint => FailureKind::NoEndpoint,
            F::Setup => FailureKind::Setup,
            F::BadReceipt => FailureKind::BadReceipt,
        }
    }
}

impl From<FailureKind> for core_sync::FailureKind {
    fn from(k: FailureKind) -> Self {
        use core_sync::FailureKind as F;
        match k {
            FailureKind::Connect => F::Connect,
            FailureKind::Timeout => F::Timeout,
            FailureKind::Tls => F::Tls,
            FailureKind::PinMismatch => F::PinMismatch,
            FailureKind::Interrupted => F::Interrupted,
            FailureKind::ServerError => F::ServerError,
            FailureKind::RateLimited => F::RateLimited,
            FailureKind::TooLarge => F::TooLarge,
            FailureKind::Refused => F::Refused,
            FailureKind::Malformed => F::Malformed,
            FailureKind::NoEndpoint => F::NoEndpoint,
            FailureKind::Setup => F::Setup,
            FailureKind::BadReceipt => F::BadReceipt,
        }
    }
}

/// One outbox entry: no content, no secret.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct OutboxItem {
    pub report_id: String,
    pub ngo_key_id: String,
    pub kind: ReportKind,
    /// Envelope size in bytes (its padding bucket).
    pub size: u32,
    pub state: OutboxState,
    pub attempts: u32,
    /// Not before this time (backoff after a failure).
    pub next_attempt_at: Option<SystemTime>,
    pub last_failure: Option<FailureKind>,
    pub queued_at: SystemTime,
    /// The day on the inbox's receipt (`YYYY-MM-DD`).
    pub sent_day: Option<String>,
}

/// The code a reporter keeps to follow up a report: show it once, calmly.
/// Letters and digits are the same secret in two spellings.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReceiptCode {
    pub letters: String,
    pub digits: String,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct QueuedReport {
    pub report_id: String,
    pub receipt_code: ReceiptCode,
    /// Shown beside the code: the NGO desk shows the same on the report, so
    /// a caseworker and the reporter can match it without saying the code.
    pub fingerprint: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct OutboxCounts {
    pub queued: u32,
    pub sent: u32,
}

/// An NGO's signed directory entry: how to reach its inbox. Public data.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct NgoDirectory {
    /// Grows with every entry the NGO signs; an older one is refused.
    pub version: u64,
    /// Day (`YYYY-MM-DD`) the NGO signed the entry.
    pub issued: String,
    pub ngo_id: String,
    pub name: String,
    pub endpoints: Vec<String>,
    pub hpke_public_key: String,
    pub receipt_key: String,
    pub tls_spki_sha256: Vec<String>,
    pub max_envelope_len: u32,
    pub accepts_dummy: bool,
    /// Last day (`YYYY-MM-DD`) the entry may be used.
    pub expires: String,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TrustedNgo {
    /// The NGO's handle in the app (from its signing key).
    pub key_id: String,
    pub signing_key: String,
    pub label: String,
    pub directory: Option<NgoDirectory>,
    pub added_at: SystemTime,
    pub refreshed_at: Option<SystemTime>,
}

/// An NGO's answer, decrypted inside the vault.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Reply {
    pub reply_id: String,
    /// Which of the user's reports it answers.
    pub report_id: String,
    /// The day the NGO sent it.
    pub day: String,
    pub text: String,
    pub received_at: SystemTime,
}

/// How to reach the inboxes.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TransportSettings {
    /// `socks5h://127.0.0.1:9050` (Orbot/Tor); `None` = direct.
    pub socks_proxy: Option<String>,
    pub connect_timeout_ms: u64,
    pub read_timeout_ms: u64,
    pub total_timeout_ms: u64,
    /// Extra trust anchors (DER certificates) beside the webpki roots, for
    /// an NGO that runs its own CA. Pins still apply on top.
    pub extra_roots_der: Vec<Vec<u8>>,
}

/// The user's sync settings, stored in the vault. Read them with
/// [`SyncEngine::settings`], change fields, save with
/// [`SyncEngine::set_settings`].
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SyncSettings {
    pub rules: SendRules,
    /// Only on networks marked with [`SyncEngine::trust_network`].
    pub trusted_networks_only: bool,
    /// How many networks are trusted (read only: they are stored as salted
    /// fingerprints, never by name).
    pub trusted_network_count: u32,
    /// After the rules allow, a random wait in `[min, max]` before a round,
    /// so sends do not line up with joining a network.
    pub delay_min_seconds: u64,
    pub delay_max_seconds: u64,
    /// Retry spacing after a failure: full jitter up to `base × 2ⁿ`, capped.
    pub backoff_base_seconds: u64,
    pub backoff_cap_seconds: u64,
    /// Dummy sends (cover traffic) in rounds with nothing real to send; on
    /// by default.
    pub dummy_sends: bool,
    pub dummy_interval_seconds: u64,
    /// How often background runs ask for replies.
    pub reply_interval_seconds: u64,
    pub max_sends_per_round: u32,
    pub transport: TransportSettings,
    /// Let the courier send while the vault is locked (ADR 0210); on by
    /// default. Off: nothing is sent until the vault is unlocked.
    pub send_while_locked: bool,
}

/// What one `sync_once` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum SyncOutcome {
    /// The send rules said no ([`send_hold_message`] for a calm line).
    Held { reason: DenyReason },
    /// Allowed, and waiting out the random delay: call again at `next_check`.
    Delayed,
    /// Nothing to send, no reply check or dummy due.
    Idle,
    /// A round ran (see the counts).
    Ran,
}

/// The result of `sync_once`: counts only, no content, no ids.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SyncReport {
    pub outcome: SyncOutcome,
    /// Envelopes whose receipt was verified in this run.
    pub sent: u32,
    /// Envelopes that failed in this run (kept, retried later).
    pub failed: u32,
    /// Envelopes still queued.
    pub queued: u32,
    pub new_replies: u32,
    pub dummy_sent: bool,
    pub last_failure: Option<FailureKind>,
    /// When calling again makes sense; `None`: on the next network change
    /// or user action.
    pub next_check: Option<SystemTime>,
    pub bytes_up: u64,
    pub bytes_down: u64,
}

/// Where sync stands, for a status screen.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SyncStatus {
    /// A `sync_once` is running now (from any thread of this process).
    pub running: bool,
    pub queued: u32,
    pub sent: u32,
    pub replies: u32,
    /// When the last `sync_once` of this process ended, and what it did.
    pub last_run_at: Option<SystemTime>,
    pub last_report: Option<SyncReport>,
}

/// What a background scheduler should make of a run (the core's
/// `sync::next_run`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum RunVerdict {
    /// Everything that could be sent was sent, or there was nothing.
    Done,
    /// A passing failure (network, the inbox's answer, the network
    /// monitor): run again with the scheduler's backoff.
    Retry,
    /// Held by the send rules, in the random delay, or nothing a retry
    /// fixes: wait for the next regular run or `run_again_after_seconds`.
    NotNow,
    /// The vault is locked: run the [`crate::Courier`] instead; without
    /// one, wait for the next unlock.
    VaultLocked,
}

/// The core's scheduling hint after a run: Android's `SyncRun.kt` and iOS's
/// `SyncRun.swift` follow it and decide nothing themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct NextRun {
    pub verdict: RunVerdict,
    /// Run again after this many seconds (never under 60), counted from the
    /// end of the run; `None`: at the next regular run or network change.
    pub run_again_after_seconds: Option<u64>,
    /// The send rule that held the run, so the scheduler can wait for what
    /// is missing (an unmetered network) instead of a timer.
    pub held_for: Option<DenyReason>,
}

fn next_run(n: core_sync::NextRun) -> NextRun {
    NextRun {
        verdict: match n.verdict {
            core_sync::RunVerdict::Done => RunVerdict::Done,
            core_sync::RunVerdict::Retry => RunVerdict::Retry,
            core_sync::RunVerdict::NotNow => RunVerdict::NotNow,
            core_sync::RunVerdict::VaultLocked => RunVerdict::VaultLocked,
        },
        run_again_after_seconds: n.after.map(|d| d.as_secs()),
        held_for: n.held_for.map(deny_reason),
    }
}

/// Why a run produced no report.
pub(crate) enum RunFailure {
    /// The app's network monitor failed: nothing was sent.
    NoNetworkFacts(SyncError),
    Core(core_sync::SyncError),
}

impl From<RunFailure> for SyncError {
    fn from(f: RunFailure) -> Self {
        match f {
            RunFailure::NoNetworkFacts(e) => e,
            RunFailure::Core(e) => e.into(),
        }
    }
}

/// One run of `engine` (the vault's or the courier's) on the monitor's
/// facts: what `sync_once` and `run_in_background` share.
pub(crate) fn run_once(
    engine: &core_sync::SyncEngine,
    monitor: &dyn NetworkMonitor,
    user_requested: bool,
    utc_offset_minutes: i32,
) -> Result<core_sync::SyncReport, RunFailure> {
    let facts = send_facts(monitor, user_requested).map_err(RunFailure::NoNetworkFacts)?;
    engine
        .sync_once(&facts, local_now(utc_offset_minutes))
        .map_err(RunFailure::Core)
}

/// The core's hint for a run's result, counted from now.
pub(crate) fn hint(result: &Result<core_sync::SyncReport, RunFailure>) -> NextRun {
    next_run(match result {
        Ok(r) => core_sync::NextRun::after_report(r, Utc::now()),
        Err(RunFailure::NoNetworkFacts(_)) => core_sync::NextRun::without_network_facts(),
        Err(RunFailure::Core(e)) => core_sync::NextRun::after_error(e),
    })
}

fn time(t: DateTime<Utc>) -> SystemTime {
    t.into()
}

fn directory(d: core_sync::wire::DirectoryEntry) -> NgoDirectory {
    NgoDirectory {
        version: d.version,
        issued: d.issued,
        ngo_id: d.ngo_id,
        name: d.name,
        endpoints: d.endpoints,
        hpke_public_key: d.hpke_public_key,
        receipt_key: d.receipt_key,
        tls_spki_sha256: d.tls_spki_sha256,
        max_envelope_len: d.max_envelope_len,
        accepts_dummy: d.accepts_dummy,
        expires: d.expires,
    }
}

fn queued(q: core_sync::Queued) -> QueuedReport {
    QueuedReport {
        report_id: q.report_id,
        receipt_code: receipt_code(&q.receipt_code),
        fingerprint: q.fingerprint,
    }
}

fn receipt_code(c: &waymark_core::envelope::ReceiptCode) -> ReceiptCode {
    ReceiptCode {
        letters: c.to_letters().to_string(),
        digits: c.to_digits().to_string(),
    }
}

pub(crate) fn report(r: core_sync::SyncReport) -> SyncReport {
    SyncReport {
        outcome: match r.outcome {
            CoreOutcome::Held { reason } => SyncOutcome::Held {
                reason: deny_reason(reason),
            },
            CoreOutcome::Delayed => SyncOutcome::Delayed,
            CoreOutcome::Idle => SyncOutcome::Idle,
            CoreOutcome::Ran => SyncOutcome::Ran,
        },
        sent: r.sent,
        failed: r.failed,
        queued: r.queued,
        new_replies: r.new_replies,
        dummy_sent: r.dummy_sent,
        last_failure: r.last_failure.map(Into::into),
        next_check: r.next_check.map(time),
        bytes_up: r.bytes_up,
        bytes_down: r.bytes_down,
    }
}

fn settings_record(s: &CoreSettings) -> SyncSettings {
    let t = &s.transport;
    SyncSettings {
        rules: rules_of(&s.policy),
        trusted_networks_only: s.policy.trusted_networks_only,
        trusted_network_count: u32::try_from(s.policy.trusted_networks.fingerprints().len())
            .unwrap_or(u32::MAX),
        delay_min_seconds: s.delay_min.as_secs(),
        delay_max_seconds: s.delay_max.as_secs(),
        backoff_base_seconds: s.backoff.base.as_secs(),
        backoff_cap_seconds: s.backoff.cap.as_secs(),
        dummy_sends: s.dummy_sends,
        dummy_interval_seconds: s.dummy_interval.as_secs(),
        reply_interval_seconds: s.reply_interval.as_secs(),
        max_sends_per_round: s.max_sends_per_round,
        transport: TransportSettings {
            socks_proxy: t.socks_proxy.clone(),
            connect_timeout_ms: t.connect_timeout_ms,
            read_timeout_ms: t.read_timeout_ms,
            total_timeout_ms: t.total_timeout_ms,
            extra_roots_der: t.extra_roots_der.clone(),
        },
        send_while_locked: s.send_while_locked,
    }
}

/// `record` over the stored settings `base`: trusted networks and the
/// padding bucket stay as stored.
fn apply_settings(record: SyncSettings, base: CoreSettings) -> Result<CoreSettings, SyncError> {
    let secs = Duration::from_secs;
    let mut policy = apply_rules(&record.rules, base.policy)?;
    policy.trusted_networks_only = record.trusted_networks_only;
    Ok(CoreSettings {
        policy,
        delay_min: secs(record.delay_min_seconds),
        delay_max: secs(record.delay_max_seconds),
        backoff: Backoff {
            base: secs(record.backoff_base_seconds),
            cap: secs(record.backoff_cap_seconds),
        },
        dummy_sends: record.dummy_sends,
        dummy_interval: secs(record.dummy_interval_seconds),
        reply_interval: secs(record.reply_interval_seconds),
        max_sends_per_round: record.max_sends_per_round,
        transport: core_sync::TransportConfig {
            socks_proxy: record.transport.socks_proxy,
            connect_timeout_ms: record.transport.connect_timeout_ms,
            read_timeout_ms: record.transport.read_timeout_ms,
            total_timeout_ms: record.transport.total_timeout_ms,
            extra_roots_der: record.transport.extra_roots_der,
        },
        send_while_locked: record.send_while_locked,
        ..base
    })
}

/// The calm, localized line for a held send ("Waiting for Wi-Fi"), in the
/// language of [`crate::set_error_locale`].
#[waymark_ffi_macros::export]
pub fn send_hold_message(reason: DenyReason) -> String {
    use waymark_core::sync::DenyReason as D;
    let core = match reason {
        DenyReason::WaitingForUser => D::WaitingForUser,
        DenyReason::NoNetwork => D::NoNetwork,
        DenyReason::CaptivePortal => D::CaptivePortal,
        DenyReason::NotValidated => D::NotValidated,
        DenyReason::TransportNotAllowed => D::TransportNotAllowed,
        DenyReason::Metered => D::Metered,
        DenyReason::Roaming => D::Roaming,
        DenyReason::VpnRequired => D::VpnRequired,
        DenyReason::UntrustedNetwork => D::UntrustedNetwork,
        DenyReason::OutsideTimeWindow => D::OutsideTimeWindow,
        DenyReason::NotCharging => D::NotCharging,
    };
    core.user_message(&error_localizer())
}

/// The calm, localized line for a failed send, in the language of
/// [`crate::set_error_locale`].
#[waymark_ffi_macros::export]
pub fn sync_failure_message(failure: FailureKind) -> String {
    core_sync::FailureKind::from(failure).user_message(&error_localizer())
}

// ---------------------------------------------------------------- outbox

/// Sealed reports waiting for their NGO, and those delivered. Blocking.
#[derive(uniffi::Object)]
pub struct Outbox {
    inner: core_sync::Outbox,
}

impl Outbox {
    pub(crate) fn for_vault(vault: Arc<CoreVault>) -> Arc<Self> {
        Arc::new(Outbox {
            inner: core_sync::Outbox::new(vault),
        })
    }
}

#[waymark_ffi_macros::export]
impl Outbox {
    /// Seals text the user wrote (an assistant report draft, a free-text
    /// report) to the NGO `ngo_key_id` and queues it. `locale`: the text's
    /// language (BCP 47).
    pub fn queue_text(
        &self,
        ngo_key_id: String,
        kind: ReportKind,
        locale: String,
        text: String,
    ) -> Result<QueuedReport, SyncError> {
        Ok(queued(self.inner.queue_text(
            &ngo_key_id,
            kind.into(),
            &locale,
            &text,
            Utc::now(),
        )?))
    }

    /// Seals a finalized questionnaire report (only the answers that were
    /// shown, and the outcome) and queues it.
    pub fn queue_questionnaire(
        &self,
        ngo_key_id: String,
        report_id: String,
        locale: String,
        after: AfterQueue,
    ) -> Result<QueuedReport, SyncError> {
        Ok(queued(self.inner.queue_questionnaire(
            &ngo_key_id,
            &report_id,
            &locale,
            after.into(),
            Utc::now(),
        )?))
    }

    /// Seals journal notes the user chose, as one report (each note with
    /// its day only), and queues it.
    pub fn queue_journal(
        &self,
        ngo_key_id: String,
        entry_ids: Vec<i64>,
        locale: String,
        after: AfterQueue,
    ) -> Result<QueuedReport, SyncError> {
        Ok(queued(self.inner.queue_journal(
            &ngo_key_id,
            &entry_ids,
            &locale,
            after.into(),
            Utc::now(),
        )?))
    }

    /// Every entry, oldest first.
    pub fn list(&self) -> Result<Vec<OutboxItem>, SyncError> {
        Ok(self
            .inner
            .list()?
            .into_iter()
            .map(|i| OutboxItem {
                report_id: i.report_id,
                ngo_key_id: i.ngo_key_id,
                kind: i.kind.into(),
                size: i.size,
                state: match i.state {
                    CoreState::Queued => OutboxState::Queued,
                    CoreState::Sent => OutboxState::Sent,
                },
                attempts: i.attempts,
                next_attempt_at: i.next_attempt_at.map(time),
                last_failure: i.last_failure.map(Into::into),
                queued_at: time(i.queued_at),
                sent_day: i.sent_day,
            })
            .collect())
    }

    /// A report's receipt code, to show again.
    pub fn receipt_code(&self, report_id: String) -> Result<ReceiptCode, SyncError> {
        Ok(receipt_code(&self.inner.receipt_code(&report_id)?))
    }

    pub fn counts(&self) -> Result<OutboxCounts, SyncError> {
        let (queued, sent) = self.inner.counts()?;
        Ok(OutboxCounts { queued, sent })
    }
}

// ---------------------------------------------------------------- NGOs

/// The NGOs this vault sends to, trusted by their signing key. Blocking.
#[derive(uniffi::Object)]
pub struct Ngos {
    vault: Arc<CoreVault>,
    inner: core_sync::Ngos,
}

impl Ngos {
    pub(crate) fn for_vault(vault: Arc<CoreVault>) -> Arc<Self> {
        Arc::new(Ngos {
            inner: core_sync::Ngos::new(vault.clone()),
            vault,
        })
    }
}

fn trusted(n: core_sync::TrustedNgo) -> TrustedNgo {
    TrustedNgo {
        key_id: n.key_id,
        signing_key: n.signing_key,
        label: n.label,
        directory: n.directory.map(directory),
        added_at: time(n.added_at),
        refreshed_at: n.refreshed_at.map(time),
    }
}

#[waymark_ffi_macros::export]
impl Ngos {
    /// Trusts an NGO's Ed25519 signing key (64 hex characters, from a
    /// content pack, a QR code or a caseworker). Returns its key id.
    pub fn trust(&self, signing_key: String, label: String) -> Result<String, SyncError> {
        Ok(self.inner.trust(&signing_key, &label)?)
    }

    /// Fetches the NGO's directory entry, verifies it against the trusted
    /// key and stores it: from `url` the first time (the inbox's base URL,
    /// e.g. from the QR code), else from the stored entry's endpoints with
    /// its pins. Blocking (network), with the vault's transport settings.
    pub fn fetch_directory(
        &self,
        key_id: String,
        url: Option<String>,
    ) -> Result<NgoDirectory, SyncError> {
        let settings = CoreSettings::load(&self.vault)?;
        Ok(directory(self.inner.fetch_directory(
            &key_id,
            url.as_deref(),
            &settings.transport,
            Utc::now(),
        )?))
    }

    /// Stores a signed directory entry that came another way (a content
    /// pack, a QR code): the JSON served at `/v1/directory`. Verified
    /// against the trusted key first.
    pub fn store_directory(
        &self,
        key_id: String,
        signed_json: String,
    ) -> Result<NgoDirectory, SyncError> {
        let signed: core_sync::wire::SignedDirectory = serde_json::from_str(&signed_json)
            .map_err(|_| core_sync::SyncError::Wire(core_sync::wire::WireError::Malformed))?;
        Ok(directory(self.inner.store_directory(
            &key_id,
            &signed,
            Utc::now(),
        )?))
    }

    pub fn get(&self, key_id: String) -> Result<TrustedNgo, SyncError> {
        Ok(trusted(self.inner.get(&key_id)?))
    }

    /// In the order they were added.
    pub fn list(&self) -> Result<Vec<TrustedNgo>, SyncError> {
        Ok(self.inner.list()?.into_iter().map(trusted).collect())
    }
}

// ---------------------------------------------------------------- replies

/// The NGOs' answers. Fetched by `sync_once`; read here. Blocking.
#[derive(uniffi::Object)]
pub struct Replies {
    inner: core_sync::Replies,
}

impl Replies {
    pub(crate) fn for_vault(vault: Arc<CoreVault>) -> Arc<Self> {
        Arc::new(Replies {
            inner: core_sync::Replies::new(vault),
        })
    }
}

#[waymark_ffi_macros::export]
impl Replies {
    /// All replies, oldest first.
    pub fn list(&self) -> Result<Vec<Reply>, SyncError> {
        Ok(self
            .inner
            .list()?
            .into_iter()
            .map(|r| Reply {
                reply_id: r.reply_id,
                report_id: r.report_id,
                day: r.day,
                text: r.text,
                received_at: time(r.received_at),
            })
            .collect())
    }
}

// ---------------------------------------------------------------- the engine

/// What every `SyncEngine` of one [`crate::Vault`] shares: the core's
/// engine (one run at a time) and the status of the last run.
pub(crate) struct SyncShared {
    engine: core_sync::SyncEngine,
    /// Calls of `sync_once` in progress or waiting for the one in progress.
    running: AtomicUsize,
    last: Mutex<Option<(SystemTime, SyncReport)>>,
}

impl SyncShared {
    pub(crate) fn new(vault: Arc<CoreVault>) -> Self {
        SyncShared {
            engine: core_sync::SyncEngine::new(vault),
            running: AtomicUsize::new(0),
            last: Mutex::new(None),
        }
    }
}

/// Counts a call in `running` until it ends, however it ends (error or
/// caught panic). A count, not a flag: a second call waits for the first,
/// and the first ending must not make the second look finished.
struct Running<'a>(&'a AtomicUsize);

impl<'a> Running<'a> {
    fn start(count: &'a AtomicUsize) -> Self {
        count.fetch_add(1, Ordering::SeqCst);
        Running(count)
    }
}

impl Drop for Running<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// The sync of one vault, with the app's network monitor. Get it from
/// [`crate::Vault::sync_engine`]; every engine of a vault shares one run at
/// a time. Thread-safe.
#[derive(uniffi::Object)]
pub struct SyncEngine {
    vault: Arc<CoreVault>,
    shared: Arc<SyncShared>,
    monitor: Arc<dyn NetworkMonitor>,
}

impl SyncEngine {
    pub(crate) fn new(
        vault: Arc<CoreVault>,
        shared: &OnceLock<Arc<SyncShared>>,
        monitor: Arc<dyn NetworkMonitor>,
    ) -> Arc<Self> {
        let shared = shared
            .get_or_init(|| Arc::new(SyncShared::new(vault.clone())))
            .clone();
        Arc::new(SyncEngine {
            vault,
            shared,
            monitor,
        })
    }

    fn load(&self) -> Result<CoreSettings, SyncError> {
        Ok(CoreSettings::load(&self.vault)?)
    }

    /// One run, shown as running meanwhile, kept as the last report.
    fn run(
        &self,
        user_requested: bool,
        utc_offset_minutes: i32,
    ) -> Result<core_sync::SyncReport, RunFailure> {
        let _running = Running::start(&self.shared.running);
        let result = run_once(
            &self.shared.engine,
            &*self.monitor,
            user_requested,
            utc_offset_minutes,
        )?;
        *self.shared.last.lock().unwrap_or_else(|e| e.into_inner()) =
            Some((SystemTime::now(), report(result.clone())));
        Ok(result)
    }
}

#[waymark_ffi_macros::export]
impl SyncEngine {
    /// The entry point for background schedulers, and for the user's "send
    /// now" (`user_requested`: no random wait, replies asked at once).
    ///
    /// **Blocks** (network, disk) for up to the transport's timeouts: call it
    /// from a WorkManager worker, a BGTask's thread or `Dispatchers.IO`,
    /// never the main thread. Asks the app's `NetworkMonitor` first (a
    /// failing monitor: `NetworkFactsUnavailable`, nothing sent), then the
    /// user's send rules (`utc_offset_minutes`: the phone's current offset,
    /// for time windows). One run at a time per vault: a second call waits
    /// for the first.
    pub fn sync_once(
        &self,
        user_requested: bool,
        utc_offset_minutes: i32,
    ) -> Result<SyncReport, SyncError> {
        Ok(report(self.run(user_requested, utc_offset_minutes)?))
    }

    /// `sync_once(false, …)` for a background scheduler, answered as the
    /// core's scheduling hint: what to do next and when. Failures are part
    /// of the hint (a locked vault is `VaultLocked`), so the only error is
    /// `Internal` (a bug). Blocks like `sync_once`.
    pub fn run_in_background(&self, utc_offset_minutes: i32) -> Result<NextRun, SyncError> {
        let result = self.run(false, utc_offset_minutes);
        Ok(hint(&result))
    }

    /// Where sync stands: running now, counts, the last run of this process.
    pub fn status(&self) -> Result<SyncStatus, SyncError> {
        let (queued, sent) = core_sync::Outbox::new(self.vault.clone()).counts()?;
        let replies = core_sync::Replies::new(self.vault.clone()).list()?.len();
        let last = self
            .shared
            .last
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        Ok(SyncStatus {
            running: self.shared.running.load(Ordering::SeqCst) > 0,
            queued,
            sent,
            replies: u32::try_from(replies).unwrap_or(u32::MAX),
            last_run_at: last.as_ref().map(|(t, _)| *t),
            last_report: last.map(|(_, r)| r),
        })
    }

    /// The stored settings (defaults until changed).
    pub fn settings(&self) -> Result<SyncSettings, SyncError> {
        Ok(settings_record(&self.load()?))
    }

    /// Checks and stores new settings; `InvalidInput` names nothing but the
    /// setting. `trusted_network_count` is ignored (use `trust_network`).
    pub fn set_settings(&self, settings: SyncSettings) -> Result<(), SyncError> {
        Ok(apply_settings(settings, self.load()?)?.save(&self.vault)?)
    }

    /// Trusts a network by the identity the monitor reports for it (e.g. an
    /// SSID). Stored as a salted fingerprint only.
    pub fn trust_network(&self, identity: String) -> Result<(), SyncError> {
        let mut s = self.load()?;
        s.policy.trusted_networks.trust(&identity);
        Ok(s.save(&self.vault)?)
    }

    pub fn forget_network(&self, identity: String) -> Result<(), SyncError> {
        let mut s = self.load()?;
        s.policy.trusted_networks.forget(&identity);
        Ok(s.save(&self.vault)?)
    }
}
