//! Per-client rate limits that never keep an address.
//!
//! A client is known only as `HMAC-SHA256(salt, prefix)`, cut to 16 bytes,
//! where the prefix is an IPv4 address, or the /64 network of an IPv6
//! address (one IPv6 host usually holds a whole /64, so limiting single
//! addresses would let it take 2⁶⁴ of them). The salt is random, lives only
//! in this process's memory and is replaced every UTC day; nothing here is
//! ever written to disk or a log. Each key has a token bucket (`burst`
//! tokens, refilled at `per_second`).
//!
//! No moment resets every bucket at once (a client waiting for it would get
//! a fresh burst):
//! - at the daily salt change, yesterday's salt is kept for one more day: a
//!   client seen yesterday keeps its bucket, moved to today's key on its
//!   next request; a bucket unused for a whole day is full again anyway;
//! - beyond [`MAX_CLIENTS`] tracked clients, buckets that have refilled
//!   (they hold nothing) go first, then the least recently used eighth.
//!
//! Behind a reverse proxy or a Tor onion service every request comes from the
//! proxy's address, so the limit applies to all clients together unless the
//! proxy passes the client address in a header it overwrites (see
//! `client_ip_header` in `docs/sync-api.md` and inbox/README.md).

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use ring::hmac;
use ring::rand::{SecureRandom, SystemRandom};

/// Most clients tracked at once (memory stays bounded under a flood of
/// addresses).
pub const MAX_CLIENTS: usize = 100_000;

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
    /// The day whose salt made this bucket's key.
    day: i64,
}

struct State {
    day: i64,
    salt: hmac::Key,
    /// Yesterday's salt, so its buckets carry over (see the module docs).
    previous_salt: Option<hmac::Key>,
    buckets: HashMap<[u8; 16], Bucket>,
}

/// One limit (e.g. submissions), shared by every request.
pub struct RateLimiter {
    limit: RateLimit,
    max_clients: usize,
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
        RateLimiter::with_capacity(limit, MAX_CLIENTS)
    }

    /// With another bound on tracked clients (tests).
    pub fn with_capacity(limit: RateLimit, max_clients: usize) -> RateLimiter {
        RateLimiter {
            limit,
            max_clients: max_clients.max(8),
            state: Mutex::new(State {
                day: i64::MIN,
                salt: fresh_salt(),
                previous_salt: None,
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
            // Keep yesterday's salt (and buckets) for one more day; drop
            // anything older, whose keys nobody can match any more.
            let consecutive = state.day != i64::MIN && state.day + 1 == day;
            let old_salt = std::mem::replace(&mut state.salt, fresh_salt());
            state.previous_salt = consecutive.then_some(old_salt);
            let keep_from = if consecutive { day - 1 } else { day };
            state.buckets.retain(|_, b| b.day >= keep_from);
            state.day = day;
        }
        let key = client_key(&state.salt, client);
        if !state.buckets.contains_key(&key) {
            // Seen yesterday: the bucket moves to today's key.
            let old_key = state.previous_salt.as_ref().map(|s| client_key(s, client));
            if let Some(mut bucket) = old_key.and_then(|k| state.buckets.remove(&k)) {
                bucket.day = day;
                state.buckets.insert(key, bucket);
            }
        }
        let burst = f64::from(self.limit.burst);
        let rate = self.limit.per_second.max(0.0);
        if state.buckets.len() >= self.max_clients && !state.buckets.contains_key(&key) {
            evict(&mut state.buckets, self.max_clients, now, burst, rate);
        }
        let bucket = state.buckets.entry(key).or_insert(Bucket {
            tokens: burst,
            updated: now,
            day,
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

/// Makes room for one more bucket: first the buckets that have refilled
/// (they hold nothing a new bucket would not), then the least recently used
/// eighth. Never all of them.
fn evict(
    buckets: &mut HashMap<[u8; 16], Bucket>,
    max_clients: usize,
    now: Instant,
    burst: f64,
    rate: f64,
) {
    buckets.retain(|_, b| {
        b.tokens + rate * now.saturating_duration_since(b.updated).as_secs_f64() < burst
    });
    if buckets.len() < max_clients {
        return;
    }
    let mut ages: Vec<Instant> = buckets.values().map(|b| b.updated).collect();
    let cut = (ages.len() / 8).max(1);
    let (_, threshold, _) = ages.select_nth_unstable(cut - 1);
    let threshold = *threshold;
    let mut dropped = 0;
    buckets.retain(|_, b| {
        if dropped < cut && b.updated <= threshold {
            dropped += 1;
            false
        } else {
            true
        }
    });
}

/// What identifies a client: an IPv4 address, or an IPv6 address's /64.
fn prefix(client: IpAddr) -> [u8; 16] {
    match client {
        IpAddr::V4(v4) => v4.to_ipv6_mapped().octets(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_ipv6_mapped().octets(),
            None => {
                let mut bytes = v6.octets();
                bytes[8..].fill(0);
                bytes
            }
        },
    }
}

fn client_key(salt: &hmac::Key, client: IpAddr) -> [u8; 16] {
    let tag = hmac::sign(salt, &prefix(client));
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
    }

    #[test]
    fn a_new_day_does_not_give_anyone_a_fresh_burst() {
        let limiter = RateLimiter::new(RateLimit {
            burst: 3,
            per_second: 0.001,
        });
        let t0 = Instant::now();
        let a: IpAddr = "192.0.2.1".parse().unwrap();
        for _ in 0..3 {
            assert!(limiter.check(a, t0, 10).is_ok());
        }
        assert!(limiter.check(a, t0, 10).is_err());
        // Midnight UTC: the salt changes, the empty bucket stays empty.
        assert!(limiter.check(a, t0, 11).is_err(), "reset by the new day");
        // Two days later, the old keys cannot be matched any more; nothing
        // of them is kept.
        let b: IpAddr = "192.0.2.2".parse().unwrap();
        assert!(limiter.check(b, t0, 13).is_ok());
        assert_eq!(limiter.tracked_clients(), 1);
    }

    #[test]
    fn an_ipv6_client_is_its_slash_64() {
        let limiter = RateLimiter::new(RateLimit {
            burst: 2,
            per_second: 0.001,
        });
        let t0 = Instant::now();
        // One host hopping through addresses of its /64.
        for host in [
            "2001:db8:1:2::1",
            "2001:db8:1:2::ffff",
            "2001:db8:1:2:abcd::9",
        ] {
            let _ = limiter.check(host.parse().unwrap(), t0, 1);
        }
        assert!(limiter
            .check("2001:db8:1:2:dead:beef::1".parse().unwrap(), t0, 1)
            .is_err());
        // Another /64 is another client; IPv4 (also IPv4-mapped) by address.
        assert!(limiter
            .check("2001:db8:1:3::1".parse().unwrap(), t0, 1)
            .is_ok());
        assert!(limiter
            .check("198.51.100.7".parse().unwrap(), t0, 1)
            .is_ok());
        assert!(limiter
            .check("198.51.100.7".parse().unwrap(), t0, 1)
            .is_ok());
        assert!(limiter
            .check("::ffff:198.51.100.7".parse().unwrap(), t0, 1)
            .is_err());
        assert!(limiter
            .check("198.51.100.8".parse().unwrap(), t0, 1)
            .is_ok());
    }

    #[test]
    fn a_flood_of_new_clients_never_frees_a_limited_one() {
        let limiter = RateLimiter::with_capacity(
            RateLimit {
                burst: 2,
                per_second: 0.001,
            },
            64,
        );
        let t0 = Instant::now();
        let victim_of_limit: IpAddr = "192.0.2.1".parse().unwrap();
        for _ in 0..2 {
            assert!(limiter.check(victim_of_limit, t0, 1).is_ok());
        }
        // Thousands of fresh addresses, each taking a token (so none has
        // refilled); the limited client keeps coming back.
        for i in 0..5_000u32 {
            let t = t0 + Duration::from_millis(u64::from(i));
            let addr = IpAddr::from([10, (i >> 16) as u8, (i >> 8) as u8, i as u8]);
            let _ = limiter.check(addr, t, 1);
            if i % 16 == 0 {
                assert!(
                    limiter.check(victim_of_limit, t, 1).is_err(),
                    "bucket reset after {i} new clients"
                );
            }
            assert!(limiter.tracked_clients() <= 64);
        }
        assert!(limiter.tracked_clients() >= 56, "evicts an eighth, not all");
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
        assert_eq!(prefix(a)[12..], [203, 0, 113, 77]);
        let (s1, s2) = (fresh_salt(), fresh_salt());
        let k1 = client_key(&s1, a);
        assert_ne!(k1, client_key(&s2, a));
        assert!(!k1.windows(4).any(|w| w == [203, 0, 113, 77]));
    }
}
