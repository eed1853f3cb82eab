//! The device process killed at random points during sync, 120 times:
//! every report still reaches the inbox exactly once, and no envelope is
//! ever forgotten before the inbox holds it.
//!
//! Runs against "the inbox" of tests/support/sync/inbox.rs (a spec-conformant
//! stand-in until the real inbox crate is merged; only `start_inbox` changes).
//! Each iteration queues two reports, starts a child process that unlocks the
//! vault and calls `sync_once`, and kills it (SIGKILL) after a random delay.

#[path = "support/mod.rs"]
mod support;
#[path = "support/sync/mod.rs"]
mod sync_support;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use sync_support::inbox::start_inbox;
use sync_support::*;
use waymark_core::envelope::ReportKind;
use waymark_core::sync::{Outbox, OutboxState, SyncEngine};

const ITERATIONS: u32 = 120;

/// Child half: unlock, sync once, exit (if not killed first).
#[test]
#[ignore = "helper process for the kill test"]
fn kill_child() {
    let Ok(dir) = std::env::var("WAYMARK_KILL_DIR") else {
        return;
    };
    let now: DateTime<Utc> = std::env::var("WAYMARK_KILL_NOW").unwrap().parse().unwrap();
    let vault = vault_in(Path::new(&dir));
    vault.unlock(PASS).unwrap();
    let _ = SyncEngine::new(vault).sync_once(&good_wifi(), now);
}

/// A tiny xorshift generator: the kill points differ on every run, and the
/// seed is printed so a failure can be replayed.
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[test]
fn killed_at_random_points_every_report_arrives_exactly_once() {
    let started = Instant::now();
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let inbox = start_inbox();
    // A little latency per answer widens the windows the kills can hit.
    *inbox.delay.lock().unwrap() = Duration::from_millis(3);
    let ngo = trust(&vault, &inbox, &inbox.url, vec![]);
    let mut settings = quick_settings(&vault);
    // Bounded work per run, so a string of kills cannot grow the backlog
    // past what one run can finish.
    settings.max_sends_per_round = 4;
    settings.save(&vault).unwrap();
    let outbox = Outbox::new(vault.clone());
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    println!("kill test seed {seed}");
    let mut rng = Rng(seed);
    let mut queued = Vec::new();
    let t0 = Utc::now();
    let (mut killed, mut finished, mut mid_round, mut unconfirmed) = (0, 0, 0, 0);
    let spawn = |now: DateTime<Utc>| {
        Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "kill_child", "--ignored", "--test-threads=1"])
            .env("WAYMARK_KILL_DIR", dir.path())
            .env("WAYMARK_KILL_NOW", now.to_rfc3339())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    // Calibrate: how long does one undisturbed child sending two reports
    // take here? Kill points are then spread over 0 to 250 % of that.
    for n in 0..2 {
        let q = outbox
            .queue_text(
                &ngo,
                ReportKind::FreeText,
                "en",
                &format!("calibration {n}"),
                t0,
            )
            .unwrap();
        queued.push(q.report_id);
    }
    vault.lock();
    let calibration = Instant::now();
    assert!(spawn(t0).wait().unwrap().success());
    let full = calibration.elapsed().as_millis() as u64;
    vault.unlock(PASS).unwrap();

    for i in 0..ITERATIONS {
        for n in 0..2 {
            let q = outbox
                .queue_text(
                    &ngo,
                    ReportKind::FreeText,
                    "en",
                    &format!("report {i}.{n}"),
                    t0,
                )
                .unwrap();
            queued.push(q.report_id);
        }
        let sent_before = outbox.counts().unwrap().1;
        vault.lock();
        // Each run is an hour later, past any backoff of the previous one.
        let now = t0 + chrono::Duration::hours(i64::from(i) + 1);
        let mut child = spawn(now);
        std::thread::sleep(Duration::from_millis(rng.below(full * 5 / 2 + 1)));
        match child.try_wait().unwrap() {
            Some(status) => {
                assert!(status.success(), "the child failed on its own");
                finished += 1;
            }
            None => {
                child.kill().unwrap();
                child.wait().unwrap();
                killed += 1;
            }
        }
        vault.unlock(PASS).unwrap();
        // Invariant after every kill: whatever the device counts as sent,
        // the inbox holds.
        let stored = inbox
            .state
            .lock()
            .unwrap()
            .stored
            .keys()
            .cloned()
            .collect::<Vec<_>>();
        let items = outbox.list().unwrap();
        for item in &items {
            if item.state == OutboxState::Sent {
                assert!(
                    stored.contains(&item.report_id),
                    "forgotten before the inbox had it"
                );
            }
        }
        let (still_queued, sent_after) = outbox.counts().unwrap();
        if sent_after > sent_before && still_queued > 0 {
            mid_round += 1;
        }
        if stored.len() > sent_after as usize {
            unconfirmed += 1;
        }
    }
    println!(
        "{killed} runs killed ({mid_round} mid-round, {unconfirmed} with the inbox ahead of \
         the device), {finished} finished; one run of two reports {full} ms; {:?} in all",
        started.elapsed()
    );
    // Kills must have landed inside rounds, not only before or after them.
    assert!(killed >= 10, "only {killed} kills: timing off");
    assert!(
        mid_round + unconfirmed >= 1,
        "no kill landed inside a round"
    );

    // One last undisturbed run delivers whatever is left.
    // (The backlog left by a string of kills may exceed one bounded round.)
    settings.max_sends_per_round = 1_000;
    settings.save(&vault).unwrap();
    let mut facts = good_wifi();
    facts.user_requested = true;
    let last = SyncEngine::new(vault.clone())
        .sync_once(&facts, t0 + chrono::Duration::days(30))
        .unwrap();
    assert_eq!(last.queued, 0, "{last:?}");
    let items = outbox.list().unwrap();
    assert_eq!(items.len(), queued.len());
    assert!(
        items.iter().all(|i| i.state == OutboxState::Sent),
        "something was not delivered"
    );
    let reports = inbox.pull_reports(); // panics on a duplicate
    assert_eq!(reports.len(), queued.len());
    for id in &queued {
        assert!(reports.contains_key(id), "lost in the inbox");
    }
    vault.lock();
    support::assert_no_plaintext(dir.path(), &["report 1.0", "report 7.1"]);
}
