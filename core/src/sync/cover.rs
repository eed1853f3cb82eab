//! Cover traffic: what dummy sends and reply polls look like, and when they
//! happen, so that the traffic of a phone says nothing about whether its
//! owner ever reported (docs/outbox.md, "Cover traffic"; ADR 0200).
//!
//! - A dummy send is an envelope sealed with an empty plaintext
//!   (`envelope::seal_dummy`), in a bucket drawn from [`DUMMY_BUCKETS`], sent
//!   and retried exactly like a report. Only the NGO, after opening it,
//!   knows it was a dummy.
//! - Every phone polls every NGO it trusts on the same jittered schedule,
//!   with exactly [`POLLS_PER_NGO`] requests per NGO and round: its reports'
//!   lookup ids first (a random subset when there are more), then the lookup
//!   ids of its own dummy sends, then fresh random ids; in random order.
//!
//! Everything here is pure (no vault, no network) so it can be tested alone.

use std::time::Duration;

use super::backoff::Jitter;
use crate::envelope::Bucket;

/// How often each bucket is drawn for a dummy, in per mille. A design
/// estimate of what reports use (a questionnaire report or a short message
/// fits 4 KiB, a long text or a few journal notes 16 KiB; larger ones are
/// rare), not a measurement of users. Buckets smaller than the user's
/// `min_bucket` are lifted to it, exactly as reports are.
pub const DUMMY_BUCKETS: [(Bucket, u32); 4] = [
    (Bucket::Kib4, 850),
    (Bucket::Kib16, 120),
    (Bucket::Kib64, 25),
    (Bucket::Kib256, 5),
];

/// Reply polls per trusted NGO and poll round, whatever the phone holds.
pub const POLLS_PER_NGO: usize = 2;

/// A dummy's bucket: drawn from [`DUMMY_BUCKETS`], at least `min_bucket`.
pub fn dummy_bucket(min_bucket: Bucket, jitter: &mut dyn Jitter) -> Bucket {
    let total: u32 = DUMMY_BUCKETS.iter().map(|(_, w)| w).sum();
    let mut point = (jitter.unit().clamp(0.0, 1.0) * f64::from(total)) as u32;
    let mut drawn = Bucket::Kib256;
    for (bucket, weight) in DUMMY_BUCKETS {
        if point < weight {
            drawn = bucket;
            break;
        }
        point -= weight;
    }
    drawn.max(min_bucket)
}

/// `interval` scaled by a uniform factor in `[0.5, 1.5)`: the gap to the next
/// poll or dummy, so that no two phones (and no two rounds) keep a rhythm.
pub fn jittered(interval: Duration, jitter: &mut dyn Jitter) -> Duration {
    interval.mul_f64(0.5 + jitter.unit().clamp(0.0, 1.0))
}

/// One slot of a poll round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PollSlot<T> {
    /// A report's lookup, or a dummy send's (both are ids the inbox stores).
    Known(T),
    /// A fresh random lookup id: the phone has nothing else to ask about.
    Random,
}

/// Fills [`POLLS_PER_NGO`] slots for one NGO: a random subset of `reports`,
/// then of `dummies`, then random ids; shuffled.
pub fn choose_polls<T>(
    mut reports: Vec<T>,
    mut dummies: Vec<T>,
    jitter: &mut dyn Jitter,
) -> Vec<PollSlot<T>> {
    shuffle(&mut reports, jitter);
    shuffle(&mut dummies, jitter);
    let mut slots: Vec<PollSlot<T>> = reports
        .into_iter()
        .chain(dummies)
        .take(POLLS_PER_NGO)
        .map(PollSlot::Known)
        .collect();
    slots.resize_with(POLLS_PER_NGO, || PollSlot::Random);
    shuffle(&mut slots, jitter);
    slots
}

/// Fisher–Yates with the given randomness.
pub fn shuffle<T>(items: &mut [T], jitter: &mut dyn Jitter) {
    for i in (1..items.len()).rev() {
        let j = ((jitter.unit().clamp(0.0, 1.0) * (i + 1) as f64) as usize).min(i);
        items.swap(i, j);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sync::backoff::{Fixed, OsJitter};

    #[test]
    fn dummy_buckets_follow_the_weights_and_the_minimum() {
        assert_eq!(dummy_bucket(Bucket::Kib4, &mut Fixed(0.0)), Bucket::Kib4);
        assert_eq!(dummy_bucket(Bucket::Kib4, &mut Fixed(0.849)), Bucket::Kib4);
        assert_eq!(dummy_bucket(Bucket::Kib4, &mut Fixed(0.851)), Bucket::Kib16);
        assert_eq!(dummy_bucket(Bucket::Kib4, &mut Fixed(0.99)), Bucket::Kib64);
        assert_eq!(
            dummy_bucket(Bucket::Kib4, &mut Fixed(0.999)),
            Bucket::Kib256
        );
        assert_eq!(dummy_bucket(Bucket::Kib4, &mut Fixed(1.0)), Bucket::Kib256);
        assert_eq!(dummy_bucket(Bucket::Kib64, &mut Fixed(0.0)), Bucket::Kib64);
        // Drawn often, the shares match the weights.
        let mut counts = [0u32; 4];
        let mut os = OsJitter;
        for _ in 0..20_000 {
            let b = dummy_bucket(Bucket::Kib4, &mut os);
            counts[Bucket::ALL.iter().position(|x| *x == b).unwrap()] += 1;
        }
        let share = |i: usize| f64::from(counts[i]) / 20_000.0;
        assert!((share(0) - 0.85).abs() < 0.02, "{counts:?}");
        assert!((share(1) - 0.12).abs() < 0.02, "{counts:?}");
    }

    #[test]
    fn every_round_has_the_same_number_of_polls() {
        let mut os = OsJitter;
        for (reports, dummies) in [(0, 0), (1, 0), (0, 5), (1, 5), (7, 3)] {
            let slots = choose_polls(
                (0..reports).map(|i| ("report", i)).collect(),
                (0..dummies).map(|i| ("dummy", i)).collect(),
                &mut os,
            );
            assert_eq!(slots.len(), POLLS_PER_NGO);
            let known: Vec<_> = slots
                .iter()
                .filter_map(|s| match s {
                    PollSlot::Known(k) => Some(*k),
                    PollSlot::Random => None,
                })
                .collect();
            // Reports first, then dummies, then random ids.
            let from_reports = known.iter().filter(|(k, _)| *k == "report").count();
            assert_eq!(from_reports, reports.min(POLLS_PER_NGO));
            assert_eq!(known.len(), (reports + dummies).min(POLLS_PER_NGO));
        }
    }

    #[test]
    fn subsets_and_orders_vary() {
        let mut os = OsJitter;
        let mut seen = std::collections::BTreeSet::new();
        for _ in 0..200 {
            let slots = choose_polls((0..5).collect::<Vec<u32>>(), vec![], &mut os);
            seen.insert(format!("{slots:?}"));
        }
        // 5 × 4 ordered pairs; all should turn up in 200 draws.
        assert_eq!(seen.len(), 20, "{seen:?}");
    }

    #[test]
    fn jittered_stays_within_half_and_one_and_a_half() {
        let six_hours = Duration::from_secs(6 * 3600);
        assert_eq!(jittered(six_hours, &mut Fixed(0.0)), six_hours / 2);
        assert_eq!(jittered(six_hours, &mut Fixed(0.5)), six_hours);
        let mut os = OsJitter;
        for _ in 0..1000 {
            let d = jittered(six_hours, &mut os);
            assert!(d >= six_hours / 2 && d <= six_hours * 3 / 2);
        }
    }
}
