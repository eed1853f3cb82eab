//! Faults between the device and the real inbox (the `waymark-inbox`
//! server library on 127.0.0.1, tests/support/sync/inbox.rs), injected by a
//! loopback proxy in front of it (tests/support/sync/faults.rs): server
//! down, 500s, slow answers beyond the timeouts, a reset mid-upload,
//! truncated, garbage and huge answers, a wrong TLS pin, an untrusted
//! certificate, an invalid receipt signature.
//! After each: nothing lost, nothing duplicated, nothing deleted before a
//! valid receipt. Also: endpoint fallback, SOCKS5h with an onion address.

#[path = "support/mod.rs"]
mod support;
#[path = "support/sync/mod.rs"]
mod sync_support;

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use sync_support::faults::{closed_port, Fault, FaultProxy, TestTls};
use sync_support::inbox::{start_inbox, Inbox};
use sync_support::socks::SocksProxy;
use sync_support::*;
use waymark_core::envelope::{Bucket, ReportKind};
use waymark_core::sync::{FailureKind, Outbox, OutboxState, SyncEngine, SyncReport, SyncSettings};
use waymark_core::Vault;

struct Setup {
    _dir: tempfile::TempDir,
    vault: Arc<Vault>,
    inbox: Inbox,
    ids: Vec<String>,
}

/// A vault trusting `inbox` through `endpoint`, with three reports queued.
fn setup(
    inbox: Inbox,
    endpoint: &str,
    pins: Vec<String>,
    tweak: impl FnOnce(&mut SyncSettings),
) -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let ngo = trust(&vault, &inbox, endpoint, pins);
    let mut settings = quick_settings(&vault);
    tweak(&mut settings);
    settings.save(&vault).unwrap();
    let outbox = Outbox::new(vault.clone());
    let ids = (0..3)
        .map(|i| {
            outbox
                .queue_text(
                    &ngo,
                    ReportKind::FreeText,
                    "en",
                    &format!("report {i}"),
                    Utc::now(),
                )
                .unwrap()
                .report_id
        })
        .collect();
    Setup {
        _dir: dir,
        vault,
        inbox,
        ids,
    }
}

fn send_now(vault: &Arc<Vault>) -> SyncReport {
    let mut facts = good_wifi();
    facts.user_requested = true;
    SyncEngine::new(vault.clone())
        .sync_once(&facts, Utc::now())
        .unwrap()
}

/// Nothing confirmed without a valid receipt, and every envelope kept.
fn assert_nothing_forgotten(s: &Setup) {
    for item in Outbox::new(s.vault.clone()).list().unwrap() {
        assert_eq!(
            item.state,
            OutboxState::Queued,
            "confirmed without a valid receipt"
        );
    }
}

/// Every queued report delivered exactly once, and the device knows it.
fn assert_delivered_once(s: &Setup) {
    let items = Outbox::new(s.vault.clone()).list().unwrap();
    assert_eq!(items.len(), s.ids.len());
    assert!(
        items.iter().all(|i| i.state == OutboxState::Sent),
        "{items:?}"
    );
    let reports = s.inbox.pull_reports();
    let mut got: Vec<&String> = reports.keys().collect();
    got.sort();
    let mut want: Vec<&String> = s.ids.iter().collect();
    want.sort();
    assert_eq!(got, want);
}

/// Injects `fault`, checks the failure, then heals and checks delivery.
fn fault_then_heal(fault: Fault, expected: &[FailureKind], tweak: impl FnOnce(&mut SyncSettings)) {
    let inbox = start_inbox();
    let proxy = FaultProxy::start(inbox.addr);
    let s = setup(inbox, &proxy.url, vec![], tweak);
    proxy.set(fault);
    let r = send_now(&s.vault);
    assert_eq!(r.sent, 0, "{fault:?}");
    assert!(r.failed >= 1, "{fault:?}");
    let kind = r.last_failure.unwrap();
    assert!(expected.contains(&kind), "{fault:?} gave {kind:?}");
    assert_nothing_forgotten(&s);
    let items = Outbox::new(s.vault.clone()).list().unwrap();
    assert!(items
        .iter()
        .any(|i| i.attempts == 1 && i.last_failure == Some(kind)));
    proxy.set(Fault::Pass);
    let r = send_now(&s.vault);
    assert_eq!(
        (r.sent as usize, r.queued),
        (s.ids.len(), 0),
        "{fault:?}: {r:?}"
    );
    assert_delivered_once(&s);
}

#[test]
fn server_answering_500_before_storing() {
    fault_then_heal(Fault::Status500, &[FailureKind::ServerError], |_| {});
}

#[test]
fn server_storing_then_answering_500_is_deduplicated_on_retry() {
    fault_then_heal(Fault::StoredThen500, &[FailureKind::ServerError], |_| {});
}

#[test]
fn slow_answer_beyond_the_read_timeout() {
    fault_then_heal(
        Fault::SlowAnswer(Duration::from_millis(2_500)),
        &[FailureKind::Timeout],
        |_| {},
    );
}

#[test]
fn connection_reset_mid_upload() {
    fault_then_heal(
        Fault::ResetMidUpload,
        &[FailureKind::Interrupted, FailureKind::Connect],
        |s| s.min_bucket = Bucket::Kib256,
    );
}

#[test]
fn truncated_answer() {
    fault_then_heal(
        Fault::TruncatedAnswer,
        &[FailureKind::Interrupted, FailureKind::Malformed],
        |_| {},
    );
}

#[test]
fn garbage_bytes_instead_of_http() {
    fault_then_heal(
        Fault::GarbageBytes,
        &[FailureKind::Interrupted, FailureKind::Malformed],
        |_| {},
    );
}

#[test]
fn garbage_body_with_a_success_status() {
    fault_then_heal(Fault::GarbageBody, &[FailureKind::Malformed], |_| {});
}

#[test]
fn huge_answer_is_cut_off_at_the_limit() {
    fault_then_heal(Fault::HugeAnswer, &[FailureKind::TooLarge], |_| {});
}

#[test]
fn invalid_receipt_signature_keeps_the_envelope() {
    fault_then_heal(
        Fault::BadReceiptSignature,
        &[FailureKind::BadReceipt],
        |_| {},
    );
}

#[test]
fn server_down_then_back_with_backoff_between() {
    let inbox = start_inbox();
    let down = format!("http://{}", closed_port());
    let s = setup(inbox, &down, vec![], |_| {});
    let engine = SyncEngine::new(s.vault.clone());
    let t0 = Utc::now();
    let r = engine.sync_once(&good_wifi(), t0).unwrap();
    assert_eq!(r.last_failure, Some(FailureKind::Connect));
    // The round stopped at the first connection failure: one attempt only.
    assert_eq!(r.failed, 1);
    assert_nothing_forgotten(&s);
    let item = Outbox::new(s.vault.clone()).list().unwrap().remove(0);
    let retry = item.next_attempt_at.unwrap();
    // Full jitter: within [t0, t0 + base] for the first retry.
    assert!(
        retry >= t0 && retry <= t0 + chrono::Duration::seconds(1),
        "{retry} vs {t0}"
    );
    // The inbox comes back (a fresh directory with its real address).
    let directory = s.inbox.directory(vec![s.inbox.url.clone()], vec![]);
    let ngos = waymark_core::sync::Ngos::new(s.vault.clone());
    let key_id = ngos.list().unwrap()[0].key_id.clone();
    ngos.store_directory(&key_id, &directory, t0).unwrap();
    let r = engine
        .sync_once(&good_wifi(), t0 + chrono::Duration::seconds(2))
        .unwrap();
    assert_eq!(r.sent, 3);
    assert_delivered_once(&s);
}

#[test]
fn a_dead_endpoint_falls_back_to_the_next() {
    let inbox = start_inbox();
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let ngos = waymark_core::sync::Ngos::new(vault.clone());
    let key_id = ngos.trust(&inbox.signing_key_hex, "NGO").unwrap();
    let directory = inbox.directory(
        vec![format!("http://{}", closed_port()), inbox.url.clone()],
        vec![],
    );
    ngos.store_directory(&key_id, &directory, Utc::now())
        .unwrap();
    quick_settings(&vault);
    Outbox::new(vault.clone())
        .queue_text(&key_id, ReportKind::FreeText, "en", "fallback", Utc::now())
        .unwrap();
    assert_eq!(send_now(&vault).sent, 1);
    assert_eq!(inbox.stored_count(), 1);
}

#[test]
fn tls_with_the_right_pin_works_and_a_wrong_pin_or_unknown_ca_is_refused() {
    let tls = TestTls::generate();
    let good_pin = waymark_core::sync::spki_pin_of_certificate(&tls.cert_der).unwrap();
    let other_pin =
        waymark_core::sync::spki_pin_of_certificate(&TestTls::generate().cert_der).unwrap();
    assert_ne!(good_pin, other_pin);

    // A certificate that chains to a trusted root but matches no pin.
    let inbox = start_inbox();
    let proxy = FaultProxy::start_tls(inbox.addr, &tls);
    let ca = tls.ca_der.clone();
    let s = setup(inbox, &proxy.url, vec![other_pin], |st| {
        st.transport.extra_roots_der = vec![ca]
    });
    let r = send_now(&s.vault);
    assert_eq!(
        (r.sent, r.last_failure),
        (0, Some(FailureKind::PinMismatch))
    );
    assert_nothing_forgotten(&s);
    assert_eq!(
        s.inbox.stored_count(),
        0,
        "nothing may cross a connection with a wrong pin"
    );

    // The right pin: delivered through TLS.
    let ngos = waymark_core::sync::Ngos::new(s.vault.clone());
    let key_id = ngos.list().unwrap()[0].key_id.clone();
    ngos.store_directory(
        &key_id,
        &s.inbox
            .directory(vec![proxy.url.clone()], vec![good_pin.clone()]),
        Utc::now(),
    )
    .unwrap();
    let r = send_now(&s.vault);
    assert_eq!(r.sent, 3, "{r:?}");
    assert_delivered_once(&s);

    // The right pin but a CA nobody trusts: the web PKI check still applies.
    let inbox = start_inbox();
    let proxy = FaultProxy::start_tls(inbox.addr, &tls);
    let s = setup(inbox, &proxy.url, vec![good_pin], |_| {});
    let r = send_now(&s.vault);
    assert_eq!((r.sent, r.last_failure), (0, Some(FailureKind::Tls)));
    assert_nothing_forgotten(&s);
}

#[test]
fn socks5h_lets_the_proxy_resolve_onion_addresses() {
    let inbox = start_inbox();
    let socks = SocksProxy::start(inbox.addr);
    let onion = "http://waymarkinboxtestaddressxxxxxxxxxxxxxxxxxxxxxxxxx.onion";
    let proxy_url = format!("socks5h://{}", socks.addr);
    let s = setup(inbox, onion, vec![], |st| {
        st.transport.socks_proxy = Some(proxy_url)
    });
    let r = send_now(&s.vault);
    assert_eq!(r.sent, 3, "{r:?}");
    assert_delivered_once(&s);
    let domains = socks.domains.lock().unwrap().clone();
    assert!(!domains.is_empty());
    assert!(domains.iter().all(|d| d == &onion[7..]), "{domains:?}");
    assert!(
        socks.ips.lock().unwrap().is_empty(),
        "the phone resolved a name itself"
    );
}

#[test]
fn onion_endpoints_are_skipped_without_a_proxy() {
    let inbox = start_inbox();
    let s = setup(inbox, "http://abcdefghijklmnop.onion", vec![], |_| {});
    let r = send_now(&s.vault);
    assert_eq!((r.sent, r.last_failure), (0, Some(FailureKind::NoEndpoint)));
    assert_nothing_forgotten(&s);
}

/// A loopback server that answers every request with the bytes in `answer`.
fn canned_server(answer: Arc<std::sync::Mutex<Vec<u8>>>) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for mut conn in listener.incoming().flatten() {
            let _ = conn.set_read_timeout(Some(Duration::from_secs(5)));
            if sync_support::http::read_request(&mut conn, 1 << 20).is_some() {
                let bytes = answer.lock().unwrap().clone();
                sync_support::http::write_all(&mut conn, &bytes);
            }
        }
    });
    url
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 48, ..Default::default() })]

    /// Hostile answers of any shape: a typed failure, never a panic, never
    /// an envelope forgotten.
    #[test]
    fn any_answer_from_a_hostile_server_is_survived(
        raw in proptest::collection::vec(proptest::num::u8::ANY, 0..600),
        body in "[ -~]{0,300}",
        status in proptest::sample::select(vec![200u16, 201, 204, 301, 400, 404, 409, 413, 429, 500, 503]),
        shape in 0u8..3,
    ) {
        let answer = Arc::new(std::sync::Mutex::new(Vec::new()));
        let s = setup(start_inbox(), &canned_server(answer.clone()), vec![], |_| {});
        *answer.lock().unwrap() = match shape {
            0 => raw,
            1 => sync_support::http::response(status, body.as_bytes()),
            _ => {
                // A receipt-shaped body with fields taken from the noise.
                let receipt = format!(
                    r#"{{"report_id":"{body}","envelope_sha256":"{}","day":"2026-11-22","key_id":"x","signature":"{}"}}"#,
                    "0".repeat(64),
                    "a".repeat(128)
                );
                sync_support::http::response(status, receipt.as_bytes())
            }
        };
        let r = send_now(&s.vault);
        proptest::prop_assert_eq!(r.sent, 0);
        proptest::prop_assert!(r.last_failure.is_some());
        assert_nothing_forgotten(&s);
    }
}

#[test]
fn retries_back_off_exponentially_with_full_jitter_and_persist() {
    let inbox = start_inbox();
    let down = format!("http://{}", closed_port());
    let s = setup(inbox, &down, vec![], |st| {
        st.backoff = waymark_core::sync::Backoff {
            base: Duration::from_secs(10),
            cap: Duration::from_secs(300),
        };
    });
    let backoff = SyncSettings::load(&s.vault).unwrap().backoff;
    let mut now = Utc::now();
    let mut waits = Vec::new();
    for attempt in 0..8u32 {
        // A fresh engine each time: the schedule lives in the vault.
        let r = SyncEngine::new(s.vault.clone())
            .sync_once(&good_wifi(), now)
            .unwrap();
        assert_eq!(
            r.last_failure,
            Some(FailureKind::Connect),
            "attempt {attempt}"
        );
        let item = Outbox::new(s.vault.clone()).list().unwrap().remove(0);
        assert_eq!(item.attempts, attempt + 1);
        let wait = (item.next_attempt_at.unwrap() - now).to_std().unwrap();
        assert!(
            wait <= backoff.ceiling(attempt),
            "attempt {attempt}: {wait:?}"
        );
        waits.push(wait);
        // Not due before its time: it is not attempted early (the other,
        // never-tried reports may be).
        if wait > Duration::from_secs(1) {
            SyncEngine::new(s.vault.clone())
                .sync_once(&good_wifi(), now + chrono::Duration::milliseconds(1))
                .unwrap();
            let again = Outbox::new(s.vault.clone()).list().unwrap().remove(0);
            assert_eq!(again.attempts, attempt + 1, "attempted before its time");
        }
        now = item.next_attempt_at.unwrap() + chrono::Duration::milliseconds(1);
    }
    // Full jitter: the waits are not all at their ceilings (a fixed rhythm).
    let at_ceiling = waits
        .iter()
        .enumerate()
        .filter(|(n, w)| backoff.ceiling(*n as u32).saturating_sub(**w) < Duration::from_millis(5))
        .count();
    assert!(at_ceiling < waits.len());
    assert_nothing_forgotten(&s);
}

#[test]
fn an_undecodable_pin_fails_closed_instead_of_turning_pinning_off() {
    use waymark_core::sync::{InboxClient, TransportConfig, TransportError};
    let config = TransportConfig::default();
    let urls = vec!["https://127.0.0.1:9".to_owned()];
    let result = InboxClient::new(&config, &urls, &["!".repeat(44)]);
    assert_eq!(result.err(), Some(TransportError::Setup));
    let good = base64_pin();
    assert!(InboxClient::new(&config, &urls, &[good]).is_ok());
}

fn base64_pin() -> String {
    waymark_core::sync::spki_pin_of_certificate(&TestTls::generate().cert_der).unwrap()
}
