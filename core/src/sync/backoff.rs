//! When to try again: exponential backoff with full jitter, and a random
//! delay before a send, so that retries and sends do not form a pattern an
//! observer could line up with the user's actions.

use std::time::Duration;

/// A source of uniform randomness in `[0, 1)`. Tests use a fixed one.
pub trait Jitter {
    fn unit(&mut self) -> f64;
}

/// The OS generator.
pub struct OsJitter;

impl Jitter for OsJitter {
    fn unit(&mut self) -> f64 {
        let bits = u64::from_le_bytes(crate::random::array());
        // 53 random bits fill an f64's mantissa exactly: uniform in [0, 1).
        (bits >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Exponential backoff with full jitter: the n-th retry waits a uniformly
/// random time in `[0, min(cap, base × 2ⁿ)]`. Full jitter spreads retries from
/// many phones after an outage and gives an observer no fixed rhythm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    pub base: Duration,
    pub cap: Duration,
}

impl Default for Backoff {
    fn default() -> Self {
        Backoff {
            base: Duration::from_secs(30),
            cap: Duration::from_secs(6 * 3600),
        }
    }
}

impl Backoff {
    /// The ceiling for retry `attempt` (0 = first retry): `min(cap, base × 2ⁿ)`.
    pub fn ceiling(&self, attempt: u32) -> Duration {
        let factor = 1u32.checked_shl(attempt.min(31)).unwrap_or(u32::MAX);
        self.base
            .checked_mul(factor)
            .map_or(self.cap, |d| d.min(self.cap))
    }

    pub fn delay(&self, attempt: u32, jitter: &mut dyn Jitter) -> Duration {
        self.ceiling(attempt).mul_f64(jitter.unit().clamp(0.0, 1.0))
    }
}

/// A uniformly random delay in `[min, max]`, waited after the policy allows a
/// send, so the send does not follow the moment the phone joined a network.
pub fn send_delay(min: Duration, max: Duration, jitter: &mut dyn Jitter) -> Duration {
    let (lo, hi) = if min <= max { (min, max) } else { (max, min) };
    lo + (hi - lo).mul_f64(jitter.unit().clamp(0.0, 1.0))
}

/// A fixed "random" value, for the unit tests of this and other modules.
#[cfg(test)]
pub(crate) struct Fixed(pub f64);

#[cfg(test)]
impl Jitter for Fixed {
    fn unit(&mut self) -> f64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ceiling_doubles_then_caps_without_overflow() {
        let b = Backoff {
            base: Duration::from_secs(10),
            cap: Duration::from_secs(300),
        };
        let ceilings: Vec<u64> = (0..7).map(|n| b.ceiling(n).as_secs()).collect();
        assert_eq!(ceilings, [10, 20, 40, 80, 160, 300, 300]);
        assert_eq!(b.ceiling(u32::MAX), Duration::from_secs(300));
        let huge = Backoff {
            base: Duration::from_secs(u64::MAX / 2),
            cap: Duration::from_secs(7),
        };
        assert_eq!(huge.ceiling(5), Duration::from_secs(7));
    }

    #[test]
    fn delay_stays_within_zero_and_the_ceiling() {
        let b = Backoff::default();
        for attempt in 0..40 {
            assert_eq!(b.delay(attempt, &mut Fixed(0.0)), Duration::ZERO);
            let top = b.delay(attempt, &mut Fixed(0.999_999));
            assert!(top <= b.ceiling(attempt));
            assert!(top >= b.ceiling(attempt).mul_f64(0.99));
            // A misbehaving source cannot push the delay out of bounds.
            assert!(b.delay(attempt, &mut Fixed(7.0)) <= b.ceiling(attempt));
            let real = b.delay(attempt, &mut OsJitter);
            assert!(real <= b.ceiling(attempt));
        }
    }

    #[test]
    fn os_jitter_is_uniform_enough() {
        let n = 20_000;
        let samples: Vec<f64> = (0..n).map(|_| OsJitter.unit()).collect();
        assert!(samples.iter().all(|x| (0.0..1.0).contains(x)));
        let mean = samples.iter().sum::<f64>() / n as f64;
        assert!((0.47..0.53).contains(&mean), "mean {mean}");
        let low = samples.iter().filter(|x| **x < 0.1).count();
        assert!((1_500..2_500).contains(&low), "{low} of {n} below 0.1");
    }

    #[test]
    fn send_delay_is_within_the_window() {
        let (lo, hi) = (Duration::from_secs(60), Duration::from_secs(600));
        assert_eq!(send_delay(lo, hi, &mut Fixed(0.0)), lo);
        assert!(send_delay(lo, hi, &mut Fixed(0.999_999)) <= hi);
        assert_eq!(
            send_delay(hi, lo, &mut Fixed(0.0)),
            lo,
            "swapped bounds are tolerated"
        );
        for _ in 0..1000 {
            let d = send_delay(lo, hi, &mut OsJitter);
            assert!(d >= lo && d <= hi);
        }
    }
}
