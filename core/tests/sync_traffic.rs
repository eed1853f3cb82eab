//! Traffic that tells an observer nothing, checked from the observer's side.
//!
//! Three phones sync with the real inbox through a recording TCP relay on
//! 127.0.0.1 (tests/support/sync/relay.rs): one sends a real report, one
//! only cover traffic (a dummy), one never reported and sends nothing; then
//! the NGO answers the real report and all three poll. The relay records
//! every connection byte for byte. The test fails if any connection of one
//! phone differs from the same connection of another in its byte counts
//! (each direction), its TLS record sizes, or (over plain HTTP, where an
//! observer on loopback can read them) its header names and value lengths.
//!
//! It also checks that every request is a fresh TCP connection with a full
//! TLS handshake (no session resumption: every ClientHello has the same
//! size, although the server offers tickets), and that the server's own
//! view, the stored envelopes, has no mark of a dummy.

#[path = "support/mod.rs"]
mod support;
#[path = "support/sync/mod.rs"]
mod sync_support;

use std::sync::Arc;

use chrono::{DateTime, Utc};
use sync_support::faults::TestTls;
use sync_support::inbox::{start_inbox, start_inbox_tls, Inbox};
use sync_support::relay::{Conn, Dir};
use sync_support::*;
use waymark_core::envelope::{Opened, ReportKind};
use waymark_core::sync::{Jitter, Outbox, SyncEngine, SyncReport, SyncSettings};
use waymark_core::Vault;

/// The middle of every random draw: dummies in the 4 KiB bucket, the
/// intervals at their nominal length. (The reporter's report is 4 KiB too.)
struct Half;
impl Jitter for Half {
    fn unit(&mut self) -> f64 {
        0.5
    }
}

struct Phone {
    _dir: tempfile::TempDir,
    vault: Arc<Vault>,
    ngo: String,
}

fn phone(inbox: &Inbox, tls: Option<&TestTls>, dummies: bool) -> Phone {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let pins = tls
        .map(|t| vec![waymark_core::sync::spki_pin_of_certificate(&t.cert_der).unwrap()])
        .unwrap_or_default();
    let ngo = trust(&vault, inbox, &inbox.url, pins);
    let mut settings: SyncSettings = quick_settings(&vault);
    settings.dummy_sends = dummies;
    // Polls every 6 h; the next dummy long after the second poll round.
    settings.reply_interval = std::time::Duration::from_secs(6 * 3600);
    settings.dummy_interval = std::time::Duration::from_secs(24 * 3600);
    if let Some(tls) = tls {
        settings.transport.extra_roots_der = vec![tls.ca_der.clone()];
    }
    settings.save(&vault).unwrap();
    Phone {
        _dir: dir,
        vault,
        ngo,
    }
}

/// One `sync_once` of `phone`; returns its report and the connections the
/// relay saw during it.
fn sync(inbox: &Inbox, phone: &Phone, now: DateTime<Utc>, asked: bool) -> (SyncReport, Vec<Conn>) {
    inbox.relay.clear();
    let mut facts = good_wifi();
    facts.user_requested = asked;
    let report = SyncEngine::with_jitter(phone.vault.clone(), Box::new(Half))
        .sync_once(&facts, now)
        .unwrap();
    inbox.relay.settle();
    (report, inbox.relay.connections())
}

/// Header names in order, with the length of each value: what differs in a
/// header an observer could count.
fn head_shape(conn: &Conn, dir: Dir) -> Option<(usize, Vec<(String, usize)>)> {
    conn.http_head(dir).map(|(first, headers)| {
        (
            first.len(),
            headers.into_iter().map(|(n, v)| (n, v.len())).collect(),
        )
    })
}

/// Fails on any difference an observer could measure between two phones'
/// connection lists.
fn assert_same_traffic(what: &str, a: &[Conn], b: &[Conn]) {
    assert_eq!(a.len(), b.len(), "{what}: number of connections");
    for (i, (x, y)) in a.iter().zip(b).enumerate() {
        for dir in [Dir::Up, Dir::Down] {
            assert_eq!(
                x.len(dir),
                y.len(dir),
                "{what}: connection {i}, {dir:?} bytes; records {:?} vs {:?}",
                x.tls_records(dir),
                y.tls_records(dir)
            );
            assert_eq!(
                x.tls_records(dir),
                y.tls_records(dir),
                "{what}: connection {i}, {dir:?} TLS records"
            );
            assert_eq!(
                head_shape(x, dir),
                head_shape(y, dir),
                "{what}: connection {i}, {dir:?} header names or lengths"
            );
        }
    }
}

/// The comparisons both tests make between the three phones' traffic.
fn assert_phones_alike(rounds: &[[Vec<Conn>; 3]; 2]) {
    let [[reporter_1, cover_1, silent_1], [reporter_2, cover_2, silent_2]] = rounds;
    // A send and its polls, real or cover.
    assert_same_traffic("real send vs dummy send", reporter_1, cover_1);
    // The silent phone polls exactly like the others.
    assert_same_traffic(
        "polls after a send vs polls only",
        &reporter_1[1..],
        silent_1,
    );
    // A poll whose answer carries the NGO's reply vs polls that find nothing.
    assert_same_traffic("poll with a reply vs cover polls", reporter_2, cover_2);
    assert_same_traffic("poll with a reply vs never reported", reporter_2, silent_2);
}

/// Runs the three phones through a send round and a poll round; returns
/// (reporter, cover, silent) connections of each round.
fn scenario(inbox: &Inbox, tls: Option<&TestTls>) -> [[Vec<Conn>; 3]; 2] {
    let reporter = phone(inbox, tls, false);
    let cover = phone(inbox, tls, true);
    let silent = phone(inbox, tls, false);
    let t0 = Utc::now();
    let q = Outbox::new(reporter.vault.clone())
        .queue_text(
            &reporter.ngo,
            ReportKind::FreeText,
            "en",
            "They took my passport.",
            t0,
        )
        .unwrap();

    // Round 1: the reporter's real send, the cover phone's dummy; each
    // then polls (its first poll is due).
    let (r, reporter_1) = sync(inbox, &reporter, t0, false);
    assert_eq!((r.sent, r.dummy_sent), (1, false), "{r:?}");
    let (c, cover_1) = sync(inbox, &cover, t0, false);
    assert_eq!((c.sent, c.dummy_sent), (0, true), "{c:?}");
    let (s, silent_1) = sync(inbox, &silent, t0, false);
    assert_eq!((s.sent, s.dummy_sent), (0, false), "{s:?}");

    // The NGO answers the real report; every phone polls again.
    let report = inbox.pull_reports().remove(&q.report_id).unwrap();
    inbox.reply(&report, "We read it. We can help.");
    let later = t0 + chrono::Duration::hours(7);
    let (r, reporter_2) = sync(inbox, &reporter, later, false);
    assert_eq!(r.new_replies, 1, "{r:?}");
    let (c, cover_2) = sync(inbox, &cover, later, false);
    assert_eq!((c.new_replies, c.dummy_sent), (0, false), "{c:?}");
    let (s, silent_2) = sync(inbox, &silent, later, false);
    assert_eq!(s.new_replies, 0);
    [
        [reporter_1, cover_1, silent_1],
        [reporter_2, cover_2, silent_2],
    ]
}

#[test]
fn over_tls_a_real_send_and_a_dummy_and_a_poll_with_or_without_a_reply_look_the_same() {
    // An Ed25519 server key: with ECDSA, the handshake signature's length
    // varies by a byte at random from one connection to the next, which
    // says nothing about what the connection carries but would make an
    // exact comparison flaky.
    let tls = TestTls::generate_ed25519();
    let inbox = start_inbox_tls(&tls);
    let rounds = scenario(&inbox, Some(&tls));

    // A send and its polls.
    assert_eq!(
        rounds[0][0].len(),
        1 + waymark_core::sync::cover::POLLS_PER_NGO
    );
    assert_phones_alike(&rounds);

    // Every request is its own TCP connection and a full handshake: the
    // server offers tickets, but no ClientHello ever carries one (a resumed
    // hello is larger), and every handshake's server flight is the same.
    let all: Vec<&Conn> = rounds.iter().flatten().flatten().collect();
    assert_eq!(all.len(), 3 + 3 + 2 + 2 + 2 + 2);
    let hellos: Vec<usize> = all.iter().map(|c| c.tls_records(Dir::Up)[0].1).collect();
    assert!(
        hellos.iter().all(|h| *h == hellos[0]),
        "ClientHello sizes {hellos:?}"
    );
    let flights: Vec<usize> = all.iter().map(|c| c.tls_records(Dir::Down)[0].1).collect();
    assert!(
        flights.iter().all(|f| *f == flights[0]),
        "ServerHello sizes {flights:?}"
    );
    assert!(
        all.iter()
            .all(|c| c.tls_records(Dir::Up).first().map(|r| r.0) == Some(22)),
        "every connection starts with a handshake"
    );

    // The server's view: two envelopes of one size, one of which only the
    // NGO's key shows to be a dummy.
    let stored = inbox.stored();
    assert_eq!(stored.len(), 2);
    assert_eq!(stored.values().filter(|o| **o == Opened::Dummy).count(), 1);
}

#[test]
fn over_plain_http_the_headers_are_the_same_too() {
    let inbox = start_inbox();
    let rounds = scenario(&inbox, None);
    // Over loopback HTTP the relay reads the heads: same header names, in
    // the same order, with values of the same lengths, both ways.
    assert_phones_alike(&rounds);
    // And no header names a dummy.
    for conn in rounds[0][0].iter().chain(&rounds[0][1]) {
        let (_, headers) = conn.http_head(Dir::Up).unwrap();
        assert!(
            !headers.iter().any(|(n, _)| n.contains("dummy")),
            "{headers:?}"
        );
    }
}
