//! Per-client rate limits that never keep an address.
//!
//! A client is known only as `HMAC-SHA256(salt, address)`, cut to 16 bytes.
//! The salt is random, lives only in this process's memory and is replaced
//! every UTC day, when all buckets are dropped: yesterday's keys cannot be
//! linked to today's, and nothing here is ever written to disk or a log.
//! Each key has a token bucket (`burst` tokens, refilled at `per_second`).
//!
//! Behind a reverse proxy or a Tor onion service every request comes from the
//! proxy's address, so the limit applies to all clients together unless the
//! proxy passes the client address in a header it overwrites (see
//! `client_ip_header` in `docs/sync-api.md`).

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use ring::hmac;
use ring::rand::{SecureRandom, SystemRandom};

/// Most clients tracked at once; beyond it, idle buckets are dropped first,
/// then everything (memory stays bounded under a flood of addresses).
const MAX_CLIENTS: usize = 100_000;

/// A bucket's size and refill rate. `burst == 0` turns the limit off.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RateLimit {
    pub burst: u32,
    pub per_second: f64,
}

impl RateLimit {
    pub const OFF: RateLimit = RateLimit {
        burst: 0,
        per_second: 0.0,
    };
}

struct Bucket {
    tokens: f64,
    updated: Instant,
}

struct State {
    day: i64,
    salt: hmac::Key,
    buckets: HashMap<[u8; 16], Bucket>,
}

/// One limit (e.g. submissions), shared by every request.
pub struct RateLimiter {
    limit: RateLimit,
    state: Mutex<State>,
}

fn fresh_salt() -> hmac::Key {
    let mut salt = [0u8; 32];
    // If the OS generator failed the server could not sign receipts either;
    // an all-zero salt would still never be stored or logged.
    let _ = SystemRandom::new().fill(&mut salt);
    hmac::Key::new(hmac::HMAC_SHA256, &salt)
}

impl RateLimiter {
    pub fn new(limit: RateLimit) -> RateLimiter {
        RateLimiter {
            limit,
            state: Mutex::new(State {
                day: i64::MIN,
                salt: fresh_salt(),
                buckets: HashMap::new(),
            }),
        }
    }

    /// Takes one token for `client`. `Err(wait)` says how long until the
    /// next token. `day` is the UTC day number (a new one rotates the salt).
    pub fn check(&self, client: IpAddr, now: Instant, day: i64) -> Result<(), Duration> {
        if self.limit.burst == 0 {
            return Ok(());
        }
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        if state.day != day {
            state.day = day;
            state.salt = fresh_salt();
            state.buckets.clear();
        }
        let key = client_key(&state.salt, client);
        let burst = f64::from(self.limit.burst);
        let rate = self.limit.per_second.max(0.0);
        if state.buckets.len() >= MAX_CLIENTS && !state.buckets.contains_key(&key) {
            state.buckets.retain(|_, b| {
                b.tokens + rate * now.duration_since(b.updated).as_secs_f64() < burst
            });
            if state.buckets.len() >= MAX_CLIENTS {
                state.buckets.clear();
            }
        }
        let bucket = state.buckets.entry(key).or_insert(Bucket {
            tokens: burst,
            updated: now,
        });
        let elapsed = now.saturating_duration_since(bucket.updated).as_secs_f64();
        bucket.tokens = (bucket.tokens + elapsed * rate).min(burst);
        bucket.updated = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else if rate > 0.0 {
            Err(Duration::from_secs_f64(
                ((1.0 - bucket.tokens) / rate).min(86_400.0),
            ))
        } else {
            Err(Duration::from_secs(86_400))
        }
    }

    /// How many clients are tracked now (for tests and metrics).
    pub fn tracked_clients(&self) -> usize {
        self.state
            .lock()
            .map(|s| s.buckets.len())
            .unwrap_or_default()
    }
}

fn client_key(salt: &hmac::Key, client: IpAddr) -> [u8; 16] {
    let bytes = match client {
        IpAddr::V4(v4) => v4.to_ipv6_mapped().octets(),
        IpAddr::V6(v6) => v6.octets(),
    };
    let tag = hmac::sign(salt, &bytes);
    let mut key = [0u8; 16];
    key.copy_from_slice(&tag.as_ref()[..16]);
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bucket_empties_refills_and_is_per_client() {
        let limiter = RateLimiter::new(RateLimit {
            burst: 2,
            per_second: 1.0,
        });
        let t0 = Instant::now();
        let a: IpAddr = "192.0.2.1".parse().unwrap();
        let b: IpAddr = "192.0.2.2".parse().unwrap();
        assert!(limiter.check(a, t0, 1).is_ok());
        assert!(limiter.check(a, t0, 1).is_ok());
        let wait = limiter.check(a, t0, 1).unwrap_err();
        assert!(wait > Duration::ZERO && wait <= Duration::from_secs(1));
        assert!(
            limiter.check(b, t0, 1).is_ok(),
            "another client has its own bucket"
        );
        assert!(limiter.check(a, t0 + Duration::from_secs(1), 1).is_ok());
        // A new day forgets everyone.
        assert!(limiter.check(a, t0 + Duration::from_secs(1), 2).is_ok());
        assert_eq!(limiter.tracked_clients(), 1);
    }

    #[test]
    fn off_never_limits() {
        let limiter = RateLimiter::new(RateLimit::OFF);
        let a: IpAddr = "::1".parse().unwrap();
        for _ in 0..1000 {
            assert!(limiter.check(a, Instant::now(), 0).is_ok());
        }
        assert_eq!(limiter.tracked_clients(), 0);
    }

    #[test]
    fn keys_do_not_contain_the_address_and_change_with_the_salt() {
        let a: IpAddr = "203.0.113.77".parse().unwrap();
        let (s1, s2) = (fresh_salt(), fresh_salt());
        let k1 = client_key(&s1, a);
        assert_ne!(k1, client_key(&s2, a));
        assert!(!k1.windows(4).any(|w| w == [203, 0, 113, 77]));
    }
}
