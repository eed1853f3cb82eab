//! The random kill loop, shared by the test (`tests/sync_kill.rs`, a short
//! loop in the test command) and the benchmark (`benches/sync_kill.rs`,
//! 1,000 kills, recorded in docs/PERFORMANCE.md). Include it next to
//! `support` and `sync_support` at the crate root.
//!
//! Each iteration queues two reports, starts a child process that unlocks
//! the vault and calls `sync_once` against the real inbox, and kills it
//! (SIGKILL) after a random delay, until the wanted number of kills is
//! reached. After every kill: whatever the device counts as sent, the inbox
//! holds. At the end: every report reached the inbox exactly once.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use waymark_core::envelope::ReportKind;
use waymark_core::sync::{Outbox, OutboxState, SyncEngine};

use crate::sync_support::inbox::start_inbox;
use crate::sync_support::*;

const DIR_VAR: &str = "WAYMARK_KILL_DIR";
const NOW_VAR: &str = "WAYMARK_KILL_NOW";

/// Child half: when started by [`kill_loop`], unlock, sync once, exit (if
/// not killed first). Returns false when this process is not such a child.
pub fn run_child() -> bool {
    let Ok(dir) = std::env::var(DIR_VAR) else {
        return false;
    };
    let now: DateTime<Utc> = std::env::var(NOW_VAR).unwrap().parse().unwrap();
    let vault = vault_in(Path::new(&dir));
    vault.unlock(PASS).unwrap();
    let _ = SyncEngine::new(vault).sync_once(&good_wifi(), now);
    true
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

/// What a loop did.
#[derive(Debug)]
pub struct KillStats {
    pub seed: u64,
    pub killed: u32,
    pub finished: u32,
    /// Kills after which some reports of the run were sent and some not.
    pub mid_round: u32,
    /// Kills after which the inbox held a report the device had not yet
    /// confirmed (the receipt was lost with the process).
    pub inbox_ahead: u32,
    pub reports: usize,
    /// Reports the inbox did not have at the end (must be 0).
    pub lost: usize,
    /// Reports the inbox had twice (must be 0; the pull panics first).
    pub duplicated: usize,
    /// One undisturbed run of two reports.
    pub calibration: Duration,
    pub elapsed: Duration,
}

/// Runs the loop until `kills` children were killed. `child` makes the
/// command that re-runs this executable as a child (see [`run_child`]).
pub fn kill_loop(kills: u32, child: impl Fn() -> Command) -> KillStats {
    let started = Instant::now();
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let inbox = start_inbox();
    // A little latency per connection widens the windows the kills can hit.
    *inbox.relay.delay.lock().unwrap() = Duration::from_millis(3);
    let ngo = trust(&vault, &inbox, &inbox.url, vec![]);
    let mut settings = quick_settings(&vault);
    // Bounded work per run, so a string of kills cannot grow the backlog
    // past what one run can finish.
    settings.max_sends_per_round = 4;
    // Cover traffic on, as on phones: dummies and polls get killed too.
    settings.dummy_sends = true;
    settings.save(&vault).unwrap();
    let outbox = Outbox::new(vault.clone());
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    println!("kill loop seed {seed}");
    let mut rng = Rng(seed);
    let mut queued = Vec::new();
    let t0 = Utc::now();
    let spawn = |now: DateTime<Utc>| -> Child {
        child()
            .env(DIR_VAR, dir.path())
            .env(NOW_VAR, now.to_rfc3339())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    let queue = |label: String| {
        outbox
            .queue_text(&ngo, ReportKind::FreeText, "en", &label, t0)
            .unwrap()
            .report_id
    };
    // Calibrate: how long does one undisturbed child sending two reports
    // take here? Kill points are then spread over 0 to 250 % of that.
    for n in 0..2 {
        queued.push(queue(format!("calibration {n}")));
    }
    vault.lock();
    let calibration = Instant::now();
    assert!(spawn(t0).wait().unwrap().success());
    let calibration = calibration.elapsed();
    // One run measured on a loaded machine can be several times too long,
    // and then nearly every run would finish before its kill point: the
    // window shrinks by a quarter after each run that finished on its own,
    // so it follows what runs take now.
    let mut full = calibration.as_millis() as u64;
    vault.unlock(PASS).unwrap();

    let (mut killed, mut finished, mut mid_round, mut inbox_ahead) = (0, 0, 0, 0);
    let mut i: i64 = 0;
    while killed < kills {
        i += 1;
        for n in 0..2 {
            queued.push(queue(format!("report {i}.{n}")));
        }
        let sent_before = outbox.counts().unwrap().1;
        vault.lock();
        // Each run is an hour later, past any backoff of the previous one.
        let mut child = spawn(t0 + chrono::Duration::hours(i));
        std::thread::sleep(Duration::from_millis(rng.below(full * 5 / 2 + 1)));
        match child.try_wait().unwrap() {
            Some(status) => {
                assert!(status.success(), "the child failed on its own");
                finished += 1;
                full = (full * 3 / 4).max(1);
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
        let stored = inbox.report_ids();
        let items = outbox.list().unwrap();
        for item in &items {
            if item.state == OutboxState::Sent {
                assert!(
                    stored.contains(&item.report_id),
                    "forgotten before the inbox had it (seed {seed})"
                );
            }
        }
        let (still_queued, sent_after) = outbox.counts().unwrap();
        if sent_after > sent_before && still_queued > 0 {
            mid_round += 1;
        }
        if stored.len() > sent_after as usize {
            inbox_ahead += 1;
        }
        // The timing is off if kills never land (a run always finishing).
        assert!(
            i < 50 || killed * 10 >= i as u32,
            "only {killed} kills in {i} runs: timing off"
        );
    }

    // One last undisturbed run delivers whatever is left (the backlog left
    // by a string of kills may exceed one bounded round).
    settings.max_sends_per_round = 10_000;
    settings.save(&vault).unwrap();
    let mut facts = good_wifi();
    facts.user_requested = true;
    let last = SyncEngine::new(vault.clone())
        .sync_once(&facts, t0 + chrono::Duration::days(365))
        .unwrap();
    assert_eq!(last.queued, 0, "{last:?}");
    let items = outbox.list().unwrap();
    assert_eq!(items.len(), queued.len());
    assert!(
        items.iter().all(|i| i.state == OutboxState::Sent),
        "something was not delivered"
    );
    let reports = inbox.pull_reports(); // panics on a duplicate
    let lost = queued
        .iter()
        .filter(|id| !reports.contains_key(*id))
        .count();
    let duplicated = 0;
    assert_eq!(lost, 0, "lost in the inbox (seed {seed})");
    assert_eq!(reports.len(), queued.len());
    vault.lock();
    crate::support::assert_no_plaintext(dir.path(), &["report 1.0", "report 7.1"]);
    KillStats {
        seed,
        killed,
        finished,
        mid_round,
        inbox_ahead,
        reports: queued.len(),
        lost,
        duplicated,
        calibration,
        elapsed: started.elapsed(),
    }
}
