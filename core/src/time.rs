//! Time: the clock the core reads, and the one format timestamps are stored
//! in.
//!
//! Every store reads the time from its vault's [`Clock`] (the system's unless
//! the app or a test gives another, `Vault::with_clock`), so a test can put a
//! whole vault at any moment, and nothing reads the system clock behind its
//! back. Sync is the exception that proves the rule: it takes `now` as an
//! argument, because the phone's scheduler decides when a run happens.

use std::sync::Mutex;

use chrono::{DateTime, SecondsFormat, Utc};

/// Where the core gets the current time.
pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
}

/// The system's clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that says what it is told: for tests and demos.
#[derive(Debug)]
pub struct FixedClock(Mutex<DateTime<Utc>>);

impl FixedClock {
    pub fn at(t: DateTime<Utc>) -> FixedClock {
        FixedClock(Mutex::new(t))
    }

    pub fn set(&self, t: DateTime<Utc>) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = t;
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A timestamp as the vault and the courier store it: RFC 3339 in UTC with
/// milliseconds and `Z` (`2026-12-07T19:10:38.123Z`). Fixed width, so text
/// order is time order in SQL `ORDER BY`.
pub fn to_stored(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// Reads [`to_stored`]'s format (and any RFC 3339 time, converted to UTC);
/// `None` for anything else.
pub fn from_stored(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// [`from_stored`] for lists: a damaged value shows as the epoch rather than
/// failing the whole list (every such value was written by the core).
pub fn from_stored_or_epoch(s: &str) -> DateTime<Utc> {
    from_stored(s).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_times_round_trip_and_sort_as_text() {
        let a: DateTime<Utc> = "2026-12-07T19:10:38.123Z".parse().unwrap();
        assert_eq!(to_stored(a), "2026-12-07T19:10:38.123Z");
        assert_eq!(from_stored(&to_stored(a)), Some(a));
        let b = a + chrono::Duration::milliseconds(1);
        let whole = "2026-12-07T19:10:39Z".parse::<DateTime<Utc>>().unwrap();
        let mut texts = [to_stored(whole), to_stored(b), to_stored(a)];
        texts.sort();
        assert_eq!(texts, [to_stored(a), to_stored(b), to_stored(whole)]);
        assert_eq!(
            from_stored("2026-12-07T21:10:38.123+02:00"),
            Some(a),
            "other offsets are read as UTC"
        );
        assert_eq!(from_stored("yesterday"), None);
    }

    #[test]
    fn a_fixed_clock_says_what_it_is_told() {
        let t: DateTime<Utc> = "2030-01-01T00:00:00Z".parse().unwrap();
        let clock = FixedClock::at(t);
        assert_eq!(clock.now(), t);
        clock.set(t + chrono::Duration::days(1));
        assert_eq!(clock.now().date_naive().to_string(), "2030-01-02");
    }
}
