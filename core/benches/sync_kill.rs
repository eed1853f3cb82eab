//! The random kill loop at length: the device process killed with SIGKILL
//! at random points of `sync_once` against the real inbox, 1,000 times
//! (`--quick`: 20), then one undisturbed run. Reports how many reports were
//! lost or duplicated (both must be 0) and how the kills fell.
//!
//! `cargo bench -p waymark-core --bench sync_kill --profile dev [-- --quick]`
//!
//! The loop is tests/support/sync/kill.rs, the same as the test's
//! (`tests/sync_kill.rs`, 40 kills in the test command). Results go in
//! docs/PERFORMANCE.md.

#[path = "../tests/support/sync/kill.rs"]
mod kill;
#[path = "../tests/support/mod.rs"]
mod support;
#[path = "../tests/support/sync/mod.rs"]
mod sync_support;

use std::process::Command;

fn main() {
    // Started by the loop as its child: sync once and exit.
    if kill::run_child() {
        return;
    }
    let quick = std::env::args().any(|a| a == "--quick");
    let kills = if quick { 20 } else { 1_000 };
    let stats = kill::kill_loop(kills, || Command::new(std::env::current_exe().unwrap()));
    println!(
        "## Sync under random kills{}\n",
        if quick { " (quick: smoke run)" } else { "" }
    );
    println!("| what | value |");
    println!("|---|---|");
    println!("| device processes killed (SIGKILL) | {} |", stats.killed);
    println!(
        "| runs that finished before their kill time | {} |",
        stats.finished
    );
    println!(
        "| kills that left a round half done (some reports sent, some not) | {} |",
        stats.mid_round
    );
    println!(
        "| kills after which the inbox held a report the device had not confirmed | {} |",
        stats.inbox_ahead
    );
    println!("| reports queued | {} |", stats.reports);
    println!("| **lost** | **{}** |", stats.lost);
    println!("| **duplicated** | **{}** |", stats.duplicated);
    println!(
        "| one undisturbed run of two reports (calibration) | {} ms |",
        stats.calibration.as_millis()
    );
    println!("| whole loop | {:.0} s |", stats.elapsed.as_secs_f64());
    println!("| seed | {} |", stats.seed);
    println!();
}
