//! The device process killed at random points during sync against the real
//! inbox, 40 times in the test command (1,000 in `benches/sync_kill.rs`):
//! every report still reaches the inbox exactly once, and no envelope is
//! ever forgotten before the inbox holds it. The loop itself is
//! tests/support/sync/kill.rs.

#[path = "support/sync/kill.rs"]
mod kill;
#[path = "support/mod.rs"]
mod support;
#[path = "support/sync/mod.rs"]
mod sync_support;

use std::process::Command;

const KILLS: u32 = 40;

/// Child half: unlock, sync once, exit (if not killed first).
#[test]
#[ignore = "helper process for the kill test"]
fn kill_child() {
    kill::run_child();
}

#[test]
fn killed_at_random_points_every_report_arrives_exactly_once() {
    let stats = kill::kill_loop(KILLS, || {
        let mut cmd = Command::new(std::env::current_exe().unwrap());
        cmd.args(["--exact", "kill_child", "--ignored", "--test-threads=1"]);
        cmd
    });
    println!(
        "{} killed ({} mid-round, {} with the inbox ahead), {} finished, {} reports; \
         calibration {:?}; {:?} in all; seed {}",
        stats.killed,
        stats.mid_round,
        stats.inbox_ahead,
        stats.finished,
        stats.reports,
        stats.calibration,
        stats.elapsed,
        stats.seed
    );
    assert_eq!(stats.killed, KILLS);
    // Kills must have landed inside rounds, not only before or after them.
    assert!(
        stats.mid_round + stats.inbox_ahead >= 1,
        "no kill landed inside a round: {stats:?}"
    );
    assert_eq!((stats.lost, stats.duplicated), (0, 0));
}
