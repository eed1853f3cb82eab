//! The outbox and `sync_once` end to end against the real inbox on
//! 127.0.0.1 (tests/support/sync/inbox.rs): sealing at once, only
//! ciphertext on disk, the policy and the random delay, send-confirm-forget,
//! replies, dedup, duress, directory versions, dummies and cover polls.

#[path = "support/mod.rs"]
mod support;
#[path = "support/sync/mod.rs"]
mod sync_support;

use std::sync::Arc;
use std::time::Duration;

use chrono::{TimeZone, Utc};
use sync_support::inbox::start_inbox;
use sync_support::*;
use waymark_core::envelope::{ReceiptCode, ReportKind};
use waymark_core::sync::{
    AfterQueue, DenyReason, Jitter, Ngos, Outbox, OutboxState, Replies, SyncEngine, SyncError,
    SyncOutcome, SyncSettings,
};
use waymark_core::Journal;

const SECRET: &str = "my passport is in the manager's drawer";

struct Half;
impl Jitter for Half {
    fn unit(&mut self) -> f64 {
        0.5
    }
}

#[test]
fn queued_report_is_sealed_at_once_and_only_ciphertext_reaches_disk() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let inbox = start_inbox();
    let ngo = trust(&vault, &inbox, &inbox.url, vec![]);
    let outbox = Outbox::new(vault.clone());
    let queued = outbox
        .queue_text(&ngo, ReportKind::FreeText, "en", SECRET, Utc::now())
        .unwrap();
    let items = outbox.list().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].state, OutboxState::Queued);
    assert_eq!(items[0].size, 4096);
    assert_eq!(items[0].report_id, queued.report_id);
    // The receipt code is kept and readable again, and is ≥ 80 bits.
    let again = outbox.receipt_code(&queued.report_id).unwrap();
    assert_eq!(*again.to_letters(), *queued.receipt_code.to_letters());
    vault.lock();
    support::assert_no_plaintext(dir.path(), &[SECRET, "passport", &queued.report_id]);
}

#[test]
fn happy_path_send_confirm_forget_then_reply() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let inbox = start_inbox();
    let ngo = trust(&vault, &inbox, &inbox.url, vec![]);
    quick_settings(&vault);
    let outbox = Outbox::new(vault.clone());
    let now = Utc::now();
    let a = outbox
        .queue_text(&ngo, ReportKind::FreeText, "pt-BR", SECRET, now)
        .unwrap();
    let b = outbox
        .queue_text(&ngo, ReportKind::Assistant, "pt-BR", "second", now)
        .unwrap();

    let engine = SyncEngine::new(vault.clone());
    let report = engine.sync_once(&good_wifi(), now).unwrap();
    assert_eq!(report.outcome, SyncOutcome::Ran);
    assert_eq!((report.sent, report.failed, report.queued), (2, 0, 0));
    assert!(report.bytes_up >= 2 * 4096);
    let items = outbox.list().unwrap();
    assert!(items
        .iter()
        .all(|i| i.state == OutboxState::Sent && i.sent_day.is_some()));

    // The NGO pulls and reads both, exactly once each.
    let reports = inbox.pull_reports();
    assert_eq!(reports.len(), 2);
    let first = &reports[&a.report_id];
    assert_eq!(first.body[0].value, SECRET);
    assert_eq!(first.locale, "pt-BR");
    assert!(reports.contains_key(&b.report_id));

    // The NGO answers; the reporter's next check fetches and decrypts it.
    inbox.reply(first, "We received it. Call us on Tuesday.");
    let mut facts = good_wifi();
    facts.user_requested = true;
    let report = engine.sync_once(&facts, now).unwrap();
    assert_eq!(report.new_replies, 1);
    let replies = Replies::new(vault.clone()).list().unwrap();
    assert_eq!(replies.len(), 1);
    assert_eq!(replies[0].report_id, a.report_id);
    assert_eq!(replies[0].text, "We received it. Call us on Tuesday.");
    // Asking again stores nothing twice.
    assert_eq!(engine.sync_once(&facts, now).unwrap().new_replies, 0);
    assert_eq!(Replies::new(vault.clone()).list().unwrap().len(), 1);

    // Only the fixed User-Agent and no cookie or other identifying header,
    // as recorded on the way (the NGO's own requests do not pass the relay).
    let heads = request_heads(&inbox);
    assert!(heads.len() >= 4, "{heads:?}");
    for h in &heads {
        let names: Vec<&str> = h.iter().map(|(n, _)| n.as_str()).collect();
        assert!(names.contains(&"user-agent"));
        assert!(h.iter().any(|(n, v)| n == "user-agent" && v == "Waymark"));
        for forbidden in [
            "cookie",
            "referer",
            "x-forwarded-for",
            "accept-language",
            "x-requested-with",
        ] {
            assert!(!names.contains(&forbidden), "{forbidden} sent");
        }
    }
    // The reply text is stored inside the encrypted vault only.
    vault.lock();
    support::assert_no_plaintext(dir.path(), &[SECRET, "Call us on Tuesday"]);
}

#[test]
fn policy_denial_holds_everything_and_a_random_delay_precedes_the_round() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let inbox = start_inbox();
    let ngo = trust(&vault, &inbox, &inbox.url, vec![]);
    let mut settings = quick_settings(&vault);
    settings.delay_min = Duration::from_secs(60);
    settings.delay_max = Duration::from_secs(600);
    settings.save(&vault).unwrap();
    Outbox::new(vault.clone())
        .queue_text(&ngo, ReportKind::FreeText, "en", "held", Utc::now())
        .unwrap();
    let engine = SyncEngine::with_jitter(vault.clone(), Box::new(Half));
    let t0 = Utc.with_ymd_and_hms(2030, 1, 1, 12, 0, 0).unwrap();

    let mut metered = good_wifi();
    metered.network.metered = true;
    let r = engine.sync_once(&metered, t0).unwrap();
    assert_eq!(
        r.outcome,
        SyncOutcome::Held {
            reason: DenyReason::Metered
        }
    );
    assert!(
        inbox.relay.connections().is_empty(),
        "no traffic while held"
    );

    // Allowed: a delay of 60 + 0.5 × 540 = 330 s is drawn and persisted.
    let r = engine.sync_once(&good_wifi(), t0).unwrap();
    assert_eq!(r.outcome, SyncOutcome::Delayed);
    assert_eq!(r.next_check, Some(t0 + chrono::Duration::seconds(330)));
    // A new engine (the app was killed) keeps the same moment.
    let engine = SyncEngine::with_jitter(vault.clone(), Box::new(Half));
    let r = engine
        .sync_once(&good_wifi(), t0 + chrono::Duration::seconds(329))
        .unwrap();
    assert_eq!(r.outcome, SyncOutcome::Delayed);
    assert_eq!(inbox.stored_count(), 0);
    let r = engine
        .sync_once(&good_wifi(), t0 + chrono::Duration::seconds(330))
        .unwrap();
    assert_eq!((r.outcome, r.sent), (SyncOutcome::Ran, 1));
    assert_eq!(inbox.stored_count(), 1);
    // Nothing left: idle, no traffic.
    let r = engine
        .sync_once(&good_wifi(), t0 + chrono::Duration::seconds(331))
        .unwrap();
    assert_eq!(r.outcome, SyncOutcome::Idle);
}

#[test]
fn the_users_send_now_skips_the_delay_and_manual_only_waits_for_it() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let inbox = start_inbox();
    let ngo = trust(&vault, &inbox, &inbox.url, vec![]);
    let mut settings = quick_settings(&vault);
    settings.policy.manual_only = true;
    settings.delay_max = Duration::from_secs(3600);
    settings.save(&vault).unwrap();
    Outbox::new(vault.clone())
        .queue_text(&ngo, ReportKind::FreeText, "en", "manual", Utc::now())
        .unwrap();
    let engine = SyncEngine::new(vault.clone());
    let r = engine.sync_once(&good_wifi(), Utc::now()).unwrap();
    assert_eq!(
        r.outcome,
        SyncOutcome::Held {
            reason: DenyReason::WaitingForUser
        }
    );
    let mut press = good_wifi();
    press.user_requested = true;
    let r = engine.sync_once(&press, Utc::now()).unwrap();
    assert_eq!((r.outcome, r.sent), (SyncOutcome::Ran, 1));
}

/// After a duress unlock nothing leaves the phone, and nothing says why.
/// Whoever forced the unlock and sets up an NGO sees exactly what a normal
/// vault shows when its inbox cannot be reached (side by side below), never
/// a "paused" reason; the inbox sees no request at all.
#[test]
fn after_a_duress_unlock_nothing_leaves_and_it_looks_like_an_unreachable_server() {
    let inbox = start_inbox();
    let press = || {
        let mut facts = good_wifi();
        facts.user_requested = true;
        facts
    };
    let requests = || inbox.relay.connections().len();
    let now = Utc::now();

    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    vault.set_duress_passcode(PASS, "duress passcode").unwrap();
    vault.lock();
    vault.unlock("duress passcode").unwrap();
    let ngo = trust(&vault, &inbox, &inbox.url, vec![]);
    let settings = quick_settings(&vault);
    Outbox::new(vault.clone())
        .queue_text(&ngo, ReportKind::FreeText, "en", "x", now)
        .unwrap();
    let after_duress = SyncEngine::new(vault.clone())
        .sync_once(&press(), now)
        .unwrap();
    let fetched = Ngos::new(vault.clone()).fetch_directory(&ngo, None, &settings.transport, now);
    assert_eq!(requests(), 0, "nothing reached the inbox");

    // A normal vault whose inbox is down: a port nobody listens on.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}", l.local_addr().unwrap())
    };
    let other = tempfile::tempdir().unwrap();
    let normal = new_vault(other.path());
    let ngo = trust(&normal, &inbox, &closed, vec![]);
    let settings = quick_settings(&normal);
    Outbox::new(normal.clone())
        .queue_text(&ngo, ReportKind::FreeText, "en", "x", now)
        .unwrap();
    let unreachable = SyncEngine::new(normal.clone())
        .sync_once(&press(), now)
        .unwrap();
    let shape = |r: &waymark_core::sync::SyncReport| {
        (
            r.outcome,
            r.sent,
            r.failed,
            r.queued,
            r.new_replies,
            r.last_failure,
        )
    };
    assert_eq!(shape(&after_duress), shape(&unreachable));
    assert_eq!(
        fetched.map(drop),
        Ngos::new(normal.clone())
            .fetch_directory(&ngo, None, &settings.transport, now)
            .map(drop)
    );
    assert_eq!(
        Outbox::new(vault.clone()).counts().unwrap(),
        Outbox::new(normal.clone()).counts().unwrap()
    );
    assert!(
        inbox.relay.connections().is_empty(),
        "no traffic after a duress unlock"
    );

    // The next unlock of the (fresh) vault is a normal session: it sends.
    vault.lock();
    vault.unlock("duress passcode").unwrap();
    let r = SyncEngine::new(vault.clone())
        .sync_once(&press(), now)
        .unwrap();
    assert_eq!((r.outcome, r.sent), (SyncOutcome::Ran, 1));
}

#[test]
fn a_locked_vault_is_a_typed_error() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    vault.lock();
    let err = SyncEngine::new(vault.clone())
        .sync_once(&good_wifi(), Utc::now())
        .unwrap_err();
    assert_eq!(err, SyncError::Vault(waymark_core::VaultError::Locked));
}

#[test]
fn journal_notes_are_queued_with_their_day_only_and_the_source_deleted_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let inbox = start_inbox();
    let ngo = trust(&vault, &inbox, &inbox.url, vec![]);
    quick_settings(&vault);
    let journal = Journal::new(vault.clone());
    let kept = journal.add("they took my phone on monday").unwrap();
    let gone = journal.add("the agency charged me again").unwrap();
    let outbox = Outbox::new(vault.clone());
    outbox
        .queue_journal(&ngo, &[kept.id], "en", AfterQueue::KeepSource, Utc::now())
        .unwrap();
    // Queuing the same notes twice is refused: the NGO would get them twice.
    assert_eq!(
        outbox
            .queue_journal(&ngo, &[kept.id], "en", AfterQueue::KeepSource, Utc::now())
            .unwrap_err(),
        SyncError::AlreadyQueued
    );
    outbox
        .queue_journal(&ngo, &[gone.id], "en", AfterQueue::DeleteSource, Utc::now())
        .unwrap();
    let ids: Vec<i64> = journal.list().unwrap().iter().map(|e| e.id).collect();
    assert_eq!(ids, vec![kept.id]);
    assert_eq!(
        outbox
            .queue_journal(&ngo, &[9999], "en", AfterQueue::KeepSource, Utc::now())
            .unwrap_err(),
        SyncError::NothingToSend
    );
    let mut facts = good_wifi();
    facts.user_requested = true;
    assert_eq!(
        SyncEngine::new(vault.clone())
            .sync_once(&facts, Utc::now())
            .unwrap()
            .sent,
        2
    );
    let reports = inbox.pull_reports();
    let texts: Vec<&str> = reports.values().map(|r| r.body[0].value.as_str()).collect();
    assert!(texts.contains(&"they took my phone on monday"));
    for r in reports.values() {
        assert_eq!(r.kind, ReportKind::Journal);
        let name = &r.body[0].name;
        assert!(
            name.starts_with("note 1 (") && name.len() == "note 1 (2026-11-22)".len(),
            "{name}"
        );
    }
    vault.lock();
    support::assert_no_plaintext(dir.path(), &["the agency charged me again"]);
}

#[test]
fn directory_must_be_signed_by_the_trusted_key_and_unexpired() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let inbox = start_inbox();
    let other = start_inbox();
    let ngos = Ngos::new(vault.clone());
    let key_id = ngos.trust(&inbox.signing_key_hex, "NGO").unwrap();
    assert_eq!(
        ngos.trust("nothex", "x").unwrap_err(),
        SyncError::InvalidKey
    );
    // No directory yet: nothing can be queued.
    assert_eq!(
        Outbox::new(vault.clone())
            .queue_text(&key_id, ReportKind::FreeText, "en", "x", Utc::now())
            .unwrap_err(),
        SyncError::NoDirectory
    );
    // Another NGO's directory is refused.
    let forged = other.directory(vec![other.url.clone()], vec![]);
    assert!(matches!(
        ngos.store_directory(&key_id, &forged, Utc::now()),
        Err(SyncError::Wire(_))
    ));
    // Fetched over HTTP from the URL given, then verified.
    let settings = SyncSettings::load(&vault).unwrap();
    let entry = ngos
        .fetch_directory(&key_id, Some(&inbox.url), &settings.transport, Utc::now())
        .unwrap();
    assert_eq!(entry.endpoints, vec![inbox.url.clone()]);
    // Used only while unexpired.
    let after = Utc.with_ymd_and_hms(2100, 1, 1, 0, 0, 0).unwrap();
    assert!(Outbox::new(vault.clone())
        .queue_text(&key_id, ReportKind::FreeText, "en", "x", after)
        .is_err());
    assert_eq!(ngos.list().unwrap().len(), 1);
    assert!(ngos.get("0000000000000000").is_err());
}

#[test]
fn dummy_sends_go_when_nothing_real_is_due_and_only_the_ngo_can_tell() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let inbox = start_inbox();
    trust(&vault, &inbox, &inbox.url, vec![]);
    let mut settings = quick_settings(&vault);
    assert!(SyncSettings::default().dummy_sends, "on by default");
    settings.dummy_sends = true;
    settings.dummy_interval = Duration::from_secs(3600);
    settings.save(&vault).unwrap();
    let engine = SyncEngine::with_jitter(vault.clone(), Box::new(Half));
    let t0 = Utc::now();
    let r = engine.sync_once(&good_wifi(), t0).unwrap();
    assert!(r.dummy_sent);
    assert_eq!((r.sent, r.queued), (0, 0), "a dummy is not a report");
    // The inbox stored it like any envelope; the NGO's key shows a dummy,
    // and its pull drops it.
    assert_eq!(inbox.dummy_count(), 1);
    assert_eq!(inbox.stored_count(), 0);
    assert!(inbox.pull_reports().is_empty());
    // Nothing about it in the user's outbox.
    assert!(Outbox::new(vault.clone()).list().unwrap().is_empty());
    // The next one is a jittered interval later: (0.5 + 0.5) × 60 min.
    assert_eq!(r.next_check, Some(t0 + chrono::Duration::minutes(60)));
    assert!(
        !engine
            .sync_once(&good_wifi(), t0 + chrono::Duration::minutes(59))
            .unwrap()
            .dummy_sent
    );
    assert!(
        engine
            .sync_once(&good_wifi(), t0 + chrono::Duration::minutes(61))
            .unwrap()
            .dummy_sent
    );
    assert_eq!(inbox.dummy_count(), 2);
}

#[test]
fn a_dummy_is_never_larger_than_the_ngo_accepts() {
    struct High;
    impl Jitter for High {
        fn unit(&mut self) -> f64 {
            0.9999 // the rarest, largest dummy bucket: 256 KiB
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let inbox = start_inbox();
    let ngos = Ngos::new(vault.clone());
    let ngo = ngos.trust(&inbox.signing_key_hex, "NGO").unwrap();
    let limited = inbox.directory_limited(vec![inbox.url.clone()], vec![], 16_384);
    ngos.store_directory(&ngo, &limited, Utc::now()).unwrap();
    let mut settings = quick_settings(&vault);
    settings.dummy_sends = true;
    settings.save(&vault).unwrap();
    let r = SyncEngine::with_jitter(vault.clone(), Box::new(High))
        .sync_once(&good_wifi(), Utc::now())
        .unwrap();
    assert!(r.dummy_sent, "{r:?}");
    // The dummy went as 16 KiB, the largest this NGO takes.
    assert!(r.bytes_up >= 16_384 && r.bytes_up < 65_536, "{r:?}");
    assert_eq!(inbox.dummy_count(), 1);
}

#[test]
fn a_dummy_that_fails_is_retried_like_a_report() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let inbox = start_inbox();
    let ngo = trust(&vault, &inbox, &inbox.url, vec![]);
    let mut settings = quick_settings(&vault);
    settings.dummy_sends = true;
    settings.save(&vault).unwrap();
    // The inbox is unreachable for the first round.
    let ngos = Ngos::new(vault.clone());
    let dead = sync_support::faults::closed_port();
    ngos.store_directory(
        &ngo,
        &inbox.directory(vec![format!("http://{dead}")], vec![]),
        Utc::now(),
    )
    .unwrap();
    let t0 = Utc::now();
    let r = SyncEngine::new(vault.clone())
        .sync_once(&good_wifi(), t0)
        .unwrap();
    assert!(!r.dummy_sent);
    assert_eq!(r.failed, 0, "a dummy's failure is not a report's");
    assert_eq!(
        r.last_failure,
        Some(waymark_core::sync::FailureKind::Connect)
    );
    // Back: the same dummy goes on its backoff, like a report would.
    ngos.store_directory(&ngo, &inbox.directory(vec![inbox.url.clone()], vec![]), t0)
        .unwrap();
    let r = SyncEngine::new(vault.clone())
        .sync_once(&good_wifi(), t0 + chrono::Duration::minutes(2))
        .unwrap();
    assert!(r.dummy_sent, "{r:?}");
    assert_eq!(inbox.dummy_count(), 1);
}

#[test]
fn every_phone_polls_on_the_same_schedule_reported_or_not() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let inbox = start_inbox();
    trust(&vault, &inbox, &inbox.url, vec![]);
    let mut settings = quick_settings(&vault);
    settings.reply_interval = Duration::from_secs(6 * 3600);
    settings.save(&vault).unwrap();
    let engine = SyncEngine::with_jitter(vault.clone(), Box::new(Half));
    let t0 = Utc::now();
    // Never reported: it polls anyway, the same number of times.
    let r = engine.sync_once(&good_wifi(), t0).unwrap();
    assert_eq!(r.outcome, SyncOutcome::Ran);
    let heads = request_heads(&inbox);
    let polls: Vec<_> = heads
        .iter()
        .filter(|h| h.iter().any(|(n, v)| n == ":path" && v == "/v1/replies"))
        .collect();
    assert_eq!(
        polls.len(),
        waymark_core::sync::cover::POLLS_PER_NGO,
        "{heads:?}"
    );
    assert_eq!(polls.len(), heads.len(), "nothing but polls");
    // The next poll is a jittered interval later, whatever was found.
    assert_eq!(r.next_check, Some(t0 + chrono::Duration::hours(6)));
    assert_eq!(
        engine
            .sync_once(&good_wifi(), t0 + chrono::Duration::hours(5))
            .unwrap()
            .outcome,
        SyncOutcome::Idle
    );
    inbox.relay.clear();
    let r = engine
        .sync_once(&good_wifi(), t0 + chrono::Duration::hours(6))
        .unwrap();
    assert_eq!(r.outcome, SyncOutcome::Ran);
    assert_eq!(request_heads(&inbox).len(), 2);
}

#[test]
fn replies_arrive_one_per_poll_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let inbox = start_inbox();
    let ngo = trust(&vault, &inbox, &inbox.url, vec![]);
    quick_settings(&vault);
    let q = Outbox::new(vault.clone())
        .queue_text(
            &ngo,
            ReportKind::FreeText,
            "en",
            "please answer",
            Utc::now(),
        )
        .unwrap();
    let mut facts = good_wifi();
    facts.user_requested = true;
    let engine = SyncEngine::new(vault.clone());
    assert_eq!(engine.sync_once(&facts, Utc::now()).unwrap().sent, 1);
    let report = inbox.pull_reports().remove(&q.report_id).unwrap();
    for text in ["one", "two", "three"] {
        inbox.reply(&report, text);
    }
    let mut got = Vec::new();
    for _ in 0..4 {
        got.push(engine.sync_once(&facts, Utc::now()).unwrap().new_replies);
    }
    assert_eq!(got, [1, 1, 1, 0]);
    let texts: Vec<String> = Replies::new(vault.clone())
        .list()
        .unwrap()
        .into_iter()
        .map(|r| r.text)
        .collect();
    assert_eq!(texts, ["one", "two", "three"]);
}

#[test]
fn an_older_directory_entry_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let inbox = start_inbox();
    let ngos = Ngos::new(vault.clone());
    let key_id = ngos.trust(&inbox.signing_key_hex, "NGO").unwrap();
    let old = inbox.directory(vec![inbox.url.clone()], vec![]);
    let new = inbox.directory(vec![inbox.url.clone()], vec![]);
    assert!(new.entry.version > old.entry.version);
    ngos.store_directory(&key_id, &new, Utc::now()).unwrap();
    // A seized server replays the older (still unexpired, validly signed)
    // entry: refused, and the newer one stays.
    assert_eq!(
        ngos.store_directory(&key_id, &old, Utc::now()).unwrap_err(),
        SyncError::Wire(waymark_core::sync::wire::WireError::DirectoryRollback)
    );
    assert_eq!(
        ngos.get(&key_id).unwrap().directory.unwrap().version,
        new.entry.version
    );
    // The same entry again is fine; so is a newer one.
    ngos.store_directory(&key_id, &new, Utc::now()).unwrap();
    let newer = inbox.directory(vec![inbox.url.clone()], vec![]);
    ngos.store_directory(&key_id, &newer, Utc::now()).unwrap();
    // The server serves its (older) entry: a fetch is refused the same way.
    let settings = SyncSettings::load(&vault).unwrap();
    assert_eq!(
        ngos.fetch_directory(&key_id, Some(&inbox.url), &settings.transport, Utc::now())
            .unwrap_err(),
        SyncError::Wire(waymark_core::sync::wire::WireError::DirectoryRollback)
    );
}

/// The request heads the phone sent, as recorded on the way; the request
/// line's path as the pseudo-header `:path`.
fn request_heads(inbox: &sync_support::inbox::Inbox) -> Vec<Vec<(String, String)>> {
    inbox.relay.settle();
    inbox
        .relay
        .connections()
        .iter()
        .filter_map(|c| c.http_head(sync_support::relay::Dir::Up))
        .map(|(first, mut headers)| {
            let path = first.split(' ').nth(1).unwrap_or("").to_owned();
            headers.push((":path".into(), path));
            headers
        })
        .collect()
}

#[test]
fn settings_round_trip_and_bad_settings_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let mut s = SyncSettings::load(&vault).unwrap();
    s.policy.trusted_networks.trust("HomeNet");
    s.policy.allow_cellular = true;
    s.policy.windows = vec![waymark_core::sync::TimeWindow {
        start: chrono::NaiveTime::from_hms_opt(22, 0, 0).unwrap(),
        end: chrono::NaiveTime::from_hms_opt(6, 0, 0).unwrap(),
    }];
    s.transport.socks_proxy = Some("socks5h://127.0.0.1:9050".into());
    s.save(&vault).unwrap();
    let back = SyncSettings::load(&vault).unwrap();
    assert_eq!(back, s);
    assert!(back.policy.trusted_networks.contains("HomeNet"));
    let mut bad = s.clone();
    bad.delay_min = Duration::from_secs(100);
    bad.delay_max = Duration::from_secs(10);
    assert_eq!(
        bad.save(&vault).unwrap_err(),
        SyncError::InvalidSetting("delay")
    );
    let mut bad = s.clone();
    bad.transport.socks_proxy = Some("socks5://127.0.0.1:9050".into());
    assert_eq!(
        bad.save(&vault).unwrap_err(),
        SyncError::InvalidSetting("socks_proxy")
    );
    assert_eq!(
        SyncSettings::load(&vault).unwrap(),
        s,
        "a refused save changes nothing"
    );
    // The network name is never stored, only its salted fingerprint.
    vault.lock();
    support::assert_no_plaintext(dir.path(), &["HomeNet"]);
}

#[test]
fn receipt_codes_are_distinct_per_report() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let inbox = start_inbox();
    let ngo = trust(&vault, &inbox, &inbox.url, vec![]);
    let outbox = Outbox::new(vault.clone());
    let codes: Vec<ReceiptCode> = (0..5)
        .map(|i| {
            outbox
                .queue_text(
                    &ngo,
                    ReportKind::FreeText,
                    "en",
                    &format!("r{i}"),
                    Utc::now(),
                )
                .unwrap()
                .receipt_code
        })
        .collect();
    for (i, a) in codes.iter().enumerate() {
        for b in &codes[i + 1..] {
            assert_ne!(a, b);
        }
    }
    let _ = Arc::strong_count(&vault);
}

#[test]
fn every_sync_status_and_error_has_a_message_in_english() {
    use waymark_core::i18n::Localizer;
    use waymark_core::sync::{FailureKind, TransportError};
    let en = Localizer::new(&["en"]);
    let reasons = [
        DenyReason::WaitingForUser,
        DenyReason::NoNetwork,
        DenyReason::CaptivePortal,
        DenyReason::NotValidated,
        DenyReason::TransportNotAllowed,
        DenyReason::Metered,
        DenyReason::Roaming,
        DenyReason::VpnRequired,
        DenyReason::UntrustedNetwork,
        DenyReason::OutsideTimeWindow,
        DenyReason::NotCharging,
    ];
    let mut ids: Vec<&str> = reasons.iter().map(|r| r.message_id()).collect();
    for code in [
        "connect",
        "timeout",
        "tls",
        "pin_mismatch",
        "interrupted",
        "server_error",
        "rate_limited",
        "too_large",
        "refused",
        "malformed",
        "no_endpoint",
        "setup",
        "bad_receipt",
    ] {
        ids.push(FailureKind::from_code(code).unwrap().message_id());
    }
    let errors = [
        SyncError::UnknownNgo,
        SyncError::NoDirectory,
        SyncError::DirectoryExpired,
        SyncError::InvalidKey,
        SyncError::UnknownReport,
        SyncError::NothingToSend,
        SyncError::AlreadyQueued,
        SyncError::Envelope(waymark_core::envelope::EnvelopeError::SealFailed),
        SyncError::Envelope(waymark_core::envelope::EnvelopeError::TooLarge { max: 1 }),
        SyncError::Wire(waymark_core::sync::wire::WireError::Malformed),
        SyncError::Wire(waymark_core::sync::wire::WireError::SignatureInvalid),
        SyncError::Wire(waymark_core::sync::wire::WireError::DirectoryRollback),
        SyncError::Transport(TransportError::Timeout),
        SyncError::Damaged,
        SyncError::InvalidSetting("delay"),
    ];
    ids.extend(errors.iter().map(|e| e.message_id()));
    for id in ids {
        assert!(en.has_message(id), "{id} has no English message");
    }
    // No error message carries the setting's value, only its name.
    let text = SyncError::InvalidSetting("socks_proxy").user_message(&en);
    assert!(text.contains("socks_proxy"));
}
