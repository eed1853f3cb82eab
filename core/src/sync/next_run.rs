//! What a background scheduler does after a sync run.
//!
//! Android's WorkManager and iOS's BGTaskScheduler both need the same three
//! answers: finished, retry with backoff, or wait (and for how long). The
//! rule lives here, once, so the two apps cannot drift apart; `SyncRun.kt`
//! and `SyncRun.swift` only translate the answer into their scheduler's
//! words.

use std::time::Duration;

use chrono::{DateTime, Utc};

use super::policy::DenyReason;
use super::scheduler::{SyncOutcome, SyncReport};
use super::SyncError;
use crate::vault::VaultError;

/// The shortest wait a hint asks for: a scheduler woken sooner than a minute
/// would only find the same answer.
pub const MIN_WAIT: Duration = Duration::from_secs(60);

/// What the scheduler should make of the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunVerdict {
    /// Everything that could be sent was sent, or there was nothing.
    Done,
    /// A transient failure (network, the inbox's answer, the phone's network
    /// monitor): run again with the scheduler's backoff.
    Retry,
    /// The send rules said no, the random delay is not over, or nothing a
    /// retry fixes: wait for the next regular run or [`NextRun::after`].
    NotNow,
    /// The vault is locked: the courier sends instead (ADR 0210); without a
    /// courier, wait for the next unlock.
    VaultLocked,
}

/// The hint: the verdict, how soon to run again, and why sending was held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NextRun {
    pub verdict: RunVerdict,
    /// Run again after this long (never under [`MIN_WAIT`]); `None`: at the
    /// next regular run or network change.
    pub after: Option<Duration>,
    /// The send rule that held the run, so the scheduler can wait for what
    /// is missing (an unmetered network rather than a timer).
    pub held_for: Option<DenyReason>,
}

impl NextRun {
    const fn just(verdict: RunVerdict) -> NextRun {
        NextRun {
            verdict,
            after: None,
            held_for: None,
        }
    }

    /// The hint for a run that returned `report` at `now`.
    pub fn after_report(report: &SyncReport, now: DateTime<Utc>) -> NextRun {
        let again = report.next_check.map(|at| {
            let wait = (at - now).to_std().unwrap_or(Duration::ZERO);
            wait.max(MIN_WAIT)
        });
        match report.outcome {
            SyncOutcome::Held { reason } => NextRun {
                verdict: RunVerdict::NotNow,
                after: again,
                held_for: Some(reason),
            },
            SyncOutcome::Delayed => NextRun {
                after: again,
                ..NextRun::just(RunVerdict::NotNow)
            },
            SyncOutcome::Idle => NextRun::just(RunVerdict::Done),
            SyncOutcome::Ran => NextRun {
                verdict: if report.failed > 0 {
                    RunVerdict::Retry
                } else {
                    RunVerdict::Done
                },
                // Reports left for a later round (the per-round cap, a
                // failure's backoff) need the timer; otherwise nothing waits.
                after: if report.queued > 0 { again } else { None },
                held_for: None,
            },
        }
    }

    /// The hint for a run that failed with `error`.
    pub fn after_error(error: &SyncError) -> NextRun {
        match error {
            SyncError::Vault(VaultError::Locked) => NextRun::just(RunVerdict::VaultLocked),
            SyncError::Transport(_) | SyncError::Wire(_) => NextRun::just(RunVerdict::Retry),
            // Missing NGO data, damaged storage, bad settings: a retry in a
            // few minutes finds the same, so wait for the regular run.
            _ => NextRun::just(RunVerdict::NotNow),
        }
    }

    /// The hint when the app's network monitor could not say what network
    /// the phone is on: nothing was sent; a retry may find out.
    pub const fn without_network_facts() -> NextRun {
        NextRun::just(RunVerdict::Retry)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sync::wire::WireError;
    use crate::sync::TransportError;

    fn report(outcome: SyncOutcome, failed: u32, queued: u32, next: Option<i64>) -> SyncReport {
        let now = at();
        SyncReport {
            outcome,
            sent: 0,
            failed,
            queued,
            new_replies: 0,
            dummy_sent: false,
            last_failure: None,
            next_check: next.map(|s| now + chrono::Duration::seconds(s)),
            bytes_up: 0,
            bytes_down: 0,
        }
    }

    fn at() -> DateTime<Utc> {
        "2026-01-01T10:00:00Z".parse().unwrap()
    }

    #[test]
    fn held_and_delayed_runs_wait_for_the_cores_time_and_say_why() {
        let held = SyncOutcome::Held {
            reason: DenyReason::OutsideTimeWindow,
        };
        assert_eq!(
            NextRun::after_report(&report(held, 0, 1, Some(600)), at()),
            NextRun {
                verdict: RunVerdict::NotNow,
                after: Some(Duration::from_secs(600)),
                held_for: Some(DenyReason::OutsideTimeWindow),
            }
        );
        let delayed = NextRun::after_report(&report(SyncOutcome::Delayed, 0, 1, Some(600)), at());
        assert_eq!(delayed.verdict, RunVerdict::NotNow);
        assert_eq!(delayed.after, Some(Duration::from_secs(600)));
        assert_eq!(delayed.held_for, None);
    }

    #[test]
    fn a_time_already_past_or_close_becomes_one_minute() {
        for secs in [-3600, 0, 5, 59] {
            let hint = NextRun::after_report(&report(SyncOutcome::Delayed, 0, 1, Some(secs)), at());
            assert_eq!(hint.after, Some(MIN_WAIT), "{secs}");
        }
    }

    #[test]
    fn a_round_is_done_unless_something_failed_and_waits_only_with_reports_left() {
        let ran = |failed, queued| {
            NextRun::after_report(&report(SyncOutcome::Ran, failed, queued, Some(900)), at())
        };
        assert_eq!(ran(0, 0), NextRun::just(RunVerdict::Done));
        assert_eq!(ran(1, 1).verdict, RunVerdict::Retry);
        assert_eq!(ran(1, 1).after, Some(Duration::from_secs(900)));
        assert_eq!(ran(0, 2).verdict, RunVerdict::Done);
        assert_eq!(ran(0, 2).after, Some(Duration::from_secs(900)));
        let idle = NextRun::after_report(&report(SyncOutcome::Idle, 0, 0, Some(900)), at());
        assert_eq!(idle, NextRun::just(RunVerdict::Done));
    }

    #[test]
    fn only_passing_failures_are_retried_and_a_locked_vault_says_so() {
        let verdict = |e: SyncError| NextRun::after_error(&e).verdict;
        assert_eq!(
            verdict(SyncError::Vault(VaultError::Locked)),
            RunVerdict::VaultLocked
        );
        assert_eq!(
            verdict(SyncError::Transport(TransportError::Timeout)),
            RunVerdict::Retry
        );
        assert_eq!(
            verdict(SyncError::Wire(WireError::SignatureInvalid)),
            RunVerdict::Retry
        );
        for e in [
            SyncError::NoDirectory,
            SyncError::DirectoryExpired,
            SyncError::UnknownNgo,
            SyncError::Damaged,
            SyncError::Vault(VaultError::DatabaseCorrupt),
        ] {
            assert_eq!(verdict(e), RunVerdict::NotNow);
        }
        assert_eq!(NextRun::without_network_facts().verdict, RunVerdict::Retry);
    }
}
