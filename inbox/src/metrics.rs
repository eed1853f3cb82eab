//! Counters for `/metrics` (Prometheus text format). Counts only: no labels
//! that could tell clients, reports or times apart. Served only when the
//! config turns it on, and only with the NGO's token.
//!
//! Deliberately absent: a count of stored envelopes. There is no split
//! between real and dummy sends to leak: the server cannot tell them apart
//! (dummies are stored and pulled like reports), so "accepted" and "pulled"
//! both count them alike.

use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};

/// The routes counted, in output order.
pub const ROUTES: [&str; 8] = [
    "submit",
    "replies",
    "directory",
    "ngo_pull",
    "ngo_reply",
    "health",
    "metrics",
    "other",
];
/// Status classes counted per route.
const CLASSES: [&str; 4] = ["2xx", "4xx", "5xx", "other"];

/// Outcomes of a submission, in output order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Submission {
    /// Accepted: new, retried, and dummy sends alike.
    Accepted,
    Conflict,
    Malformed,
    TooLarge,
    RateLimited,
    /// Refused by the storage quota.
    Full,
    Failed,
}

const SUBMISSIONS: [(&str, Submission); 7] = [
    ("accepted", Submission::Accepted),
    ("conflict", Submission::Conflict),
    ("malformed", Submission::Malformed),
    ("too_large", Submission::TooLarge),
    ("rate_limited", Submission::RateLimited),
    ("storage_full", Submission::Full),
    ("failed", Submission::Failed),
];

#[derive(Default)]
pub struct Metrics {
    requests: [[AtomicU64; CLASSES.len()]; ROUTES.len()],
    submissions: [AtomicU64; SUBMISSIONS.len()],
    replies_posted: AtomicU64,
    replies_rate_limited: AtomicU64,
    envelopes_pulled: AtomicU64,
    unauthorized: AtomicU64,
    storage_errors: AtomicU64,
}

impl Metrics {
    pub fn request(&self, route: &str, status: u16) {
        let r = ROUTES
            .iter()
            .position(|x| *x == route)
            .unwrap_or(ROUTES.len() - 1);
        let c = match status {
            200..=299 => 0,
            400..=499 => 1,
            500..=599 => 2,
            _ => 3,
        };
        self.requests[r][c].fetch_add(1, Ordering::Relaxed);
    }

    pub fn submission(&self, outcome: Submission) {
        if let Some(i) = SUBMISSIONS.iter().position(|(_, s)| *s == outcome) {
            self.submissions[i].fetch_add(1, Ordering::Relaxed);
        }
    }

    pub fn reply_posted(&self) {
        self.replies_posted.fetch_add(1, Ordering::Relaxed);
    }
    pub fn replies_rate_limited(&self) {
        self.replies_rate_limited.fetch_add(1, Ordering::Relaxed);
    }
    pub fn pulled(&self, n: usize) {
        self.envelopes_pulled.fetch_add(n as u64, Ordering::Relaxed);
    }
    pub fn unauthorized(&self) {
        self.unauthorized.fetch_add(1, Ordering::Relaxed);
    }
    pub fn storage_error(&self) {
        self.storage_errors.fetch_add(1, Ordering::Relaxed);
    }

    /// The Prometheus text exposition (version 0.0.4).
    pub fn render(&self, store_up: bool) -> String {
        let mut out = String::new();
        let get = |a: &AtomicU64| a.load(Ordering::Relaxed);
        out.push_str(
            "# HELP waymark_inbox_requests_total HTTP requests by route and status class.\n",
        );
        out.push_str("# TYPE waymark_inbox_requests_total counter\n");
        for (r, route) in ROUTES.iter().enumerate() {
            for (c, class) in CLASSES.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "waymark_inbox_requests_total{{route=\"{route}\",status=\"{class}\"}} {}",
                    get(&self.requests[r][c])
                );
            }
        }
        out.push_str("# HELP waymark_inbox_submissions_total Envelope submissions by outcome (every accepted send is counted alike).\n");
        out.push_str("# TYPE waymark_inbox_submissions_total counter\n");
        for (i, (name, _)) in SUBMISSIONS.iter().enumerate() {
            let _ = writeln!(
                out,
                "waymark_inbox_submissions_total{{outcome=\"{name}\"}} {}",
                get(&self.submissions[i])
            );
        }
        let simple: [(&str, &str, u64); 5] = [
            (
                "replies_posted_total",
                "Replies the NGO posted.",
                get(&self.replies_posted),
            ),
            (
                "reply_fetches_rate_limited_total",
                "Reply fetches refused by the rate limit.",
                get(&self.replies_rate_limited),
            ),
            (
                "envelopes_pulled_total",
                "Envelopes handed to the NGO's pull tool.",
                get(&self.envelopes_pulled),
            ),
            (
                "unauthorized_total",
                "NGO requests with a missing or wrong token.",
                get(&self.unauthorized),
            ),
            (
                "storage_errors_total",
                "Requests that failed in the database.",
                get(&self.storage_errors),
            ),
        ];
        for (name, help, value) in simple {
            let _ = writeln!(out, "# HELP waymark_inbox_{name} {help}");
            let _ = writeln!(out, "# TYPE waymark_inbox_{name} counter");
            let _ = writeln!(out, "waymark_inbox_{name} {value}");
        }
        out.push_str("# HELP waymark_inbox_storage_up Whether the database answered just now.\n");
        out.push_str("# TYPE waymark_inbox_storage_up gauge\n");
        let _ = writeln!(out, "waymark_inbox_storage_up {}", u8::from(store_up));
        out
    }
}
