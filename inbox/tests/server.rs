//! The inbox server suite, run on SQLite and on PostgreSQL (a real server:
//! `WAYMARK_TEST_POSTGRES_URL`, see `support::postgres_url`). Every test
//! talks HTTP to a real server on 127.0.0.1.

mod support;

use std::time::Duration;

use support::{seal_report, submit_to, Backend, TestInbox};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use waymark_core::envelope::{self, Bucket};
use waymark_core::sync::wire::{
    self, ErrorBody, PostReplyRequest, Receipt, RepliesResponse, SignedDirectory,
};
use waymark_inbox::ratelimit::RateLimit;

/// Every test ends within this, whatever the server does.
const TEST_TIMEOUT: Duration = Duration::from_secs(90);

macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let backend = super::Backend::sqlite();
                    tokio::time::timeout(super::TEST_TIMEOUT, super::$name(&backend))
                        .await
                        .expect("test timed out");
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let Some(backend) =
                        super::Backend::postgres(concat!("postgres::", stringify!($name)))
                    else {
                        return;
                    };
                    let result =
                        tokio::time::timeout(super::TEST_TIMEOUT, super::$name(&backend)).await;
                    backend.cleanup().await;
                    result.expect("test timed out");
                }
            )*
        }
    };
}

on_both_backends!(
    receipt_verifies_and_submission_is_idempotent,
    dummy_is_stored_and_answered_like_a_report,
    retention_deletes_pulled_envelopes_and_keeps_what_replies_need,
    quota_refuses_new_envelopes_with_a_clear_status,
    metrics_are_off_by_default_and_need_the_token,
    malformed_submissions_are_refused_and_nothing_is_stored,
    oversize_is_refused_before_the_body_is_read,
    ngo_endpoints_need_the_right_token,
    replies_are_readable_only_with_the_right_lookup_id,
    pull_pages_in_order_and_checks_its_query,
    rate_limit_refuses_with_retry_after,
    health_metrics_and_directory,
    data_survives_a_restart,
    storage_has_no_address_or_agent_columns,
);

async fn error_code(r: reqwest::Response) -> String {
    r.json::<ErrorBody>().await.unwrap().error
}

async fn receipt_verifies_and_submission_is_idempotent(backend: &Backend) {
    let t = TestInbox::start(backend).await;
    let sent = seal_report(&t.ngo.hpke_public(), "first");
    let r = t.submit(&sent).await;
    assert_eq!(r.status(), 200);
    let receipt: Receipt = r.json().await.unwrap();
    receipt
        .verify(
            &t.ngo.receipt_key(),
            &sent.envelope.report_id.bytes,
            &sent.envelope.bytes,
        )
        .expect("receipt verifies with the directory's receipt key");
    assert!(wire::is_day(&receipt.day));

    // The phone retries (lost answer): the same receipt, byte for byte.
    let again: Receipt = t.submit(&sent).await.json().await.unwrap();
    assert_eq!(again, receipt);

    // Same id, other bytes: refused, and the stored envelope is unchanged.
    let mut other = seal_report(&t.ngo.hpke_public(), "other");
    other.envelope.report_id = sent.envelope.report_id;
    let r = submit_to(&t.http, &t.base, &sent, &other.envelope.bytes).await;
    assert_eq!(r.status(), 409);
    assert_eq!(error_code(r).await, "conflict");

    let pulled = t.pull_all().await;
    assert_eq!(pulled.len(), 1);
    assert_eq!(pulled[0].envelope, sent.envelope.bytes);
    assert_eq!(pulled[0].report_id, sent.report_id_hex());
    assert_eq!(pulled[0].day, receipt.day);
    let opened = envelope::open(&pulled[0].envelope, t.ngo.hpke()).unwrap();
    assert_eq!(opened, sent.report);
    t.stop().await;
}

/// The server cannot tell a dummy from a report: same status, headers and
/// answer size, and both are stored; only the NGO's key tells them apart.
async fn dummy_is_stored_and_answered_like_a_report(backend: &Backend) {
    let t = TestInbox::start(backend).await;
    let dummy = support::seal_dummy(&t.ngo.hpke_public(), Bucket::Kib4);
    let real = seal_report(&t.ngo.hpke_public(), "real");
    let mut answers = Vec::new();
    for sent in [&dummy, &real] {
        let r = t.submit(sent).await;
        assert_eq!(r.status(), 200);
        let mut headers: Vec<(String, usize)> = r
            .headers()
            .iter()
            .map(|(k, v)| (k.to_string(), v.len()))
            .collect();
        headers.sort();
        let body = r.bytes().await.unwrap();
        let receipt: Receipt = serde_json::from_slice(&body).unwrap();
        receipt
            .verify(
                &t.ngo.receipt_key(),
                &sent.envelope.report_id.bytes,
                &sent.envelope.bytes,
            )
            .unwrap();
        answers.push((headers, body.len()));
    }
    assert_eq!(answers[0], answers[1], "same headers and answer size");

    let pulled = t.pull_all().await;
    assert_eq!(pulled.len(), 2, "a dummy is stored like any report");
    let opened: Vec<envelope::Opened> = pulled
        .iter()
        .map(|p| envelope::open_any(&p.envelope, t.ngo.hpke()).unwrap())
        .collect();
    assert_eq!(opened[0], envelope::Opened::Dummy);
    assert_eq!(opened[1], envelope::Opened::Report(real.report.clone()));
    t.stop().await;
}

async fn retention_deletes_pulled_envelopes_and_keeps_what_replies_need(backend: &Backend) {
    let t = TestInbox::start(backend).await;
    let today = chrono::Utc::now().date_naive();
    let day = |n: u64| {
        (today + chrono::Days::new(n))
            .format("%Y-%m-%d")
            .to_string()
    };
    let early = seal_report(&t.ngo.hpke_public(), "pulled");
    let receipt: Receipt = t.submit(&early).await.json().await.unwrap();
    // The NGO pulls it and its cursor moves past it: pulled today.
    let first = t.pull(0, 8).await;
    assert_eq!(first.envelopes.len(), 1);
    let late = seal_report(&t.ngo.hpke_public(), "not pulled yet");
    assert_eq!(t.submit(&late).await.status(), 200);
    let _ = t.pull(first.next_after, 8).await;
    // Nothing is due before the retention time.
    assert_eq!(t.inbox.purge(&day(29)).await.unwrap().envelopes, 0);
    assert_eq!(t.pull(0, 8).await.envelopes.len(), 2);
    // A reply is posted, then 31 days pass.
    let reply = PostReplyRequest {
        report_id: early.report_id_hex(),
        sealed: envelope::seal_reply("first", &early.report.reply_key).unwrap(),
    };
    let post = |body: PostReplyRequest| {
        t.http
            .post(t.url(wire::NGO_REPLIES_PATH))
            .bearer_auth(&t.ngo.token)
            .json(&body)
            .send()
    };
    assert_eq!(post(reply).await.unwrap().status(), 201);
    let purged = t.inbox.purge(&day(31)).await.unwrap();
    assert_eq!((purged.envelopes, purged.rows), (1, 0));
    // The pulled envelope is gone; the one never pulled stays. (Pulling
    // from 0 marks nothing: no cursor moved past anything.)
    let left = t.pull(0, 8).await.envelopes;
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].report_id, late.report_id_hex());
    // Its ids stay: a late retry gets the same receipt, the NGO can still
    // reply, and the reporter still reads both replies.
    let again: Receipt = t.submit(&early).await.json().await.unwrap();
    assert_eq!(again, receipt);
    let second = PostReplyRequest {
        report_id: early.report_id_hex(),
        sealed: envelope::seal_reply("second", &early.report.reply_key).unwrap(),
    };
    assert_eq!(post(second).await.unwrap().status(), 201);
    assert_eq!(t.all_replies(&early.lookup_hex()).await.len(), 2);
    // After the reply window, the ids and the replies go too.
    let purged = t.inbox.purge(&day(201)).await.unwrap();
    assert_eq!(purged.rows, 1);
    assert!(t.all_replies(&early.lookup_hex()).await.is_empty());
    // Still never the envelope that was not pulled.
    assert_eq!(t.pull(0, 8).await.envelopes.len(), 1);
    t.stop().await;
}

async fn quota_refuses_new_envelopes_with_a_clear_status(backend: &Backend) {
    let ngo = std::sync::Arc::new(support::Ngo::new());
    let t = TestInbox::start_custom(backend, ngo, |s| {
        // Room for three 4 KiB envelopes; measured afresh every time.
        s.quota_bytes = 3 * 4096;
        s.quota_recheck = Duration::ZERO;
    })
    .await;
    let sent: Vec<_> = (0..4)
        .map(|i| seal_report(&t.ngo.hpke_public(), &format!("{i}")))
        .collect();
    for s in &sent[..3] {
        assert_eq!(t.submit(s).await.status(), 200);
    }
    let r = t.submit(&sent[3]).await;
    assert_eq!(r.status(), 507);
    assert_eq!(error_code(r).await, "storage_full");
    // A retry of a stored envelope still gets its receipt.
    assert_eq!(t.submit(&sent[0]).await.status(), 200);
    // Once the NGO has pulled them (its cursor moved past them) and
    // retention ran, there is room again.
    let _ = t.pull_all().await;
    let later = (chrono::Utc::now().date_naive() + chrono::Days::new(31))
        .format("%Y-%m-%d")
        .to_string();
    assert_eq!(t.inbox.purge(&later).await.unwrap().envelopes, 3);
    assert_eq!(t.submit(&sent[3]).await.status(), 200);
    let metrics = t
        .http
        .get(t.url(wire::METRICS_PATH))
        .bearer_auth(&t.ngo.token)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        metrics.contains("waymark_inbox_submissions_total{outcome=\"storage_full\"} 1"),
        "{metrics}"
    );
    t.stop().await;
}

async fn metrics_are_off_by_default_and_need_the_token(backend: &Backend) {
    let ngo = std::sync::Arc::new(support::Ngo::new());
    async fn status(t: &TestInbox, token: Option<&str>) -> u16 {
        let mut get = t.http.get(t.url(wire::METRICS_PATH));
        if let Some(token) = token {
            get = get.bearer_auth(token);
        }
        get.send().await.unwrap().status().as_u16()
    }
    let off = TestInbox::start_custom(backend, ngo.clone(), |s| s.metrics = false).await;
    assert_eq!(status(&off, Some(&ngo.token)).await, 404);
    off.stop().await;
    let on = TestInbox::start_custom(backend, ngo.clone(), |s| s.metrics = true).await;
    assert_eq!(status(&on, None).await, 401);
    assert_eq!(status(&on, Some("not the token")).await, 401);
    assert_eq!(status(&on, Some(&ngo.token)).await, 200);
    on.stop().await;
}

async fn malformed_submissions_are_refused_and_nothing_is_stored(backend: &Backend) {
    let t = TestInbox::start(backend).await;
    let sent = seal_report(&t.ngo.hpke_public(), "x");
    let good = sent.envelope.bytes.clone();

    let mut cases: Vec<(&str, Vec<u8>)> = vec![
        ("garbage", b"hello, this is not an envelope".to_vec()),
        ("empty", Vec::new()),
        ("truncated", good[..good.len() - 1].to_vec()),
        ("extended", [good.clone(), vec![0]].concat()),
        ("header only", good[..envelope::HEADER_LEN].to_vec()),
    ];
    let mut wrong_version = good.clone();
    wrong_version[4] = 2;
    cases.push(("wrong version", wrong_version));
    let mut wrong_magic = good.clone();
    wrong_magic[0] = b'X';
    cases.push(("wrong magic", wrong_magic));
    // Header says 4 KiB, body is 16 KiB: the wrong size for its bucket.
    let mut wrong_bucket = vec![0u8; Bucket::Kib16.envelope_len()];
    wrong_bucket[..envelope::HEADER_LEN].copy_from_slice(&good[..envelope::HEADER_LEN]);
    cases.push(("wrong bucket size", wrong_bucket));
    // Sealed to another NGO's key.
    let stranger = support::Ngo::new();
    cases.push((
        "other key",
        seal_report(&stranger.hpke_public(), "x").envelope.bytes,
    ));
    // A reply envelope is not a report.
    cases.push((
        "reply kind",
        envelope::seal_reply("hi", &sent.report.reply_key).unwrap(),
    ));
    for (what, body) in &cases {
        let r = submit_to(&t.http, &t.base, &sent, body).await;
        assert_eq!(r.status(), 400, "{what}");
        assert_eq!(error_code(r).await, "malformed", "{what}");
    }

    // Headers: missing, not lowercase hex, wrong length.
    let url = t.url(wire::SUBMIT_PATH);
    let bad_headers: Vec<Vec<(&str, String)>> = vec![
        vec![],
        vec![(wire::HEADER_REPORT_ID, sent.report_id_hex())],
        vec![
            (wire::HEADER_REPORT_ID, sent.report_id_hex().to_uppercase()),
            (wire::HEADER_REPLY_LOOKUP, sent.lookup_hex()),
        ],
        vec![
            (wire::HEADER_REPORT_ID, sent.report_id_hex()),
            (
                wire::HEADER_REPLY_LOOKUP,
                sent.lookup_hex()[..10].to_owned(),
            ),
        ],
    ];
    for headers in bad_headers {
        let mut req = t.http.post(&url).body(good.clone());
        for (k, v) in &headers {
            req = req.header(*k, v);
        }
        assert_eq!(req.send().await.unwrap().status(), 400, "{headers:?}");
    }
    // Wrong method and unknown path.
    assert_eq!(t.http.get(&url).send().await.unwrap().status(), 405);
    let r = t.http.get(t.url("/v1/nothing")).send().await.unwrap();
    assert_eq!(r.status(), 404);
    assert_eq!(error_code(r).await, "not_found");

    assert!(
        t.pull_all().await.is_empty(),
        "nothing malformed was stored"
    );
    // The server still works.
    assert_eq!(t.submit(&sent).await.status(), 200);
    t.stop().await;
}

async fn oversize_is_refused_before_the_body_is_read(backend: &Backend) {
    let t = TestInbox::start(backend).await;
    let sent = seal_report(&t.ngo.hpke_public(), "x");
    // Declared too large: refused.
    let big = vec![0u8; wire::MAX_ENVELOPE_LEN + 1];
    let r = submit_to(&t.http, &t.base, &sent, &big).await;
    assert_eq!(r.status(), 413);
    assert_eq!(error_code(r).await, "too_large");

    // Declared 1 GiB, and only a few bytes sent: the answer comes without
    // waiting for (or reading) the body.
    let addr = t.running.addr;
    let mut tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "POST {} HTTP/1.1\r\nhost: {addr}\r\n{}: {}\r\n{}: {}\r\ncontent-length: 1073741824\r\n\r\nWMKE",
        wire::SUBMIT_PATH,
        wire::HEADER_REPORT_ID,
        sent.report_id_hex(),
        wire::HEADER_REPLY_LOOKUP,
        sent.lookup_hex()
    );
    tcp.write_all(head.as_bytes()).await.unwrap();
    let mut answer = vec![0u8; 512];
    let n = tokio::time::timeout(Duration::from_secs(10), tcp.read(&mut answer))
        .await
        .expect("answered without the body")
        .unwrap();
    assert!(String::from_utf8_lossy(&answer[..n]).starts_with("HTTP/1.1 413"));

    // Chunked, no length: cut off once past the limit.
    let mut tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "POST {} HTTP/1.1\r\nhost: {addr}\r\n{}: {}\r\n{}: {}\r\ntransfer-encoding: chunked\r\n\r\n",
        wire::SUBMIT_PATH,
        wire::HEADER_REPORT_ID,
        sent.report_id_hex(),
        wire::HEADER_REPLY_LOOKUP,
        sent.lookup_hex()
    );
    tcp.write_all(head.as_bytes()).await.unwrap();
    let chunk = vec![b'a'; 65_536];
    let mut status = String::new();
    for _ in 0..16 {
        let mut frame = format!("{:x}\r\n", chunk.len()).into_bytes();
        frame.extend_from_slice(&chunk);
        frame.extend_from_slice(b"\r\n");
        if tcp.write_all(&frame).await.is_err() {
            break;
        }
    }
    let mut answer = vec![0u8; 512];
    if let Ok(Ok(n)) = tokio::time::timeout(Duration::from_secs(10), tcp.read(&mut answer)).await {
        status = String::from_utf8_lossy(&answer[..n]).into_owned();
    }
    assert!(status.starts_with("HTTP/1.1 413"), "{status}");
    assert!(t.pull_all().await.is_empty());
    t.stop().await;
}

async fn ngo_endpoints_need_the_right_token(backend: &Backend) {
    let t = TestInbox::start(backend).await;
    let sent = seal_report(&t.ngo.hpke_public(), "x");
    assert_eq!(t.submit(&sent).await.status(), 200);
    let pull = t.url(wire::NGO_ENVELOPES_PATH);
    let reply = t.url(wire::NGO_REPLIES_PATH);
    let body = PostReplyRequest {
        report_id: sent.report_id_hex(),
        sealed: envelope::seal_reply("hello", &sent.report.reply_key).unwrap(),
    };
    let wrong = [
        None,
        Some(format!("{}x", t.ngo.token)),
        Some(String::new()),
        Some("Basic dXNlcjpwYXNz".into()),
    ];
    for token in &wrong {
        let mut get = t.http.get(&pull);
        let mut post = t.http.post(&reply).json(&body);
        if let Some(token) = token {
            if token.starts_with("Basic") {
                get = get.header("authorization", token);
                post = post.header("authorization", token);
            } else {
                get = get.bearer_auth(token);
                post = post.bearer_auth(token);
            }
        }
        let r = get.send().await.unwrap();
        assert_eq!(r.status(), 401, "{token:?}");
        assert_eq!(r.headers()["www-authenticate"], "Bearer");
        assert_eq!(error_code(r).await, "unauthorized");
        assert_eq!(post.send().await.unwrap().status(), 401, "{token:?}");
    }
    // Nothing was posted by the refused requests.
    assert!(t.all_replies(&sent.lookup_hex()).await.is_empty());
    // The right token works.
    let r = t
        .http
        .post(&reply)
        .bearer_auth(&t.ngo.token)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    assert_eq!(t.pull_all().await.len(), 1);
    t.stop().await;
}

async fn replies_are_readable_only_with_the_right_lookup_id(backend: &Backend) {
    let t = TestInbox::start(backend).await;
    let sent = seal_report(&t.ngo.hpke_public(), "please help");
    let other = seal_report(&t.ngo.hpke_public(), "another person");
    assert_eq!(t.submit(&sent).await.status(), 200);
    assert_eq!(t.submit(&other).await.status(), 200);

    // The NGO opens the report and answers to its reply key.
    let pulled = t.pull_all().await;
    let report = envelope::open(&pulled[0].envelope, t.ngo.hpke()).unwrap();
    for text in ["We read your report.", "Call us on Tuesday."] {
        let r = t
            .http
            .post(t.url(wire::NGO_REPLIES_PATH))
            .bearer_auth(&t.ngo.token)
            .json(&PostReplyRequest {
                report_id: report.id.to_hex(),
                sealed: envelope::seal_reply(text, &report.reply_key).unwrap(),
            })
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 201);
    }

    // The reporter, with the receipt code's lookup id, reads both, in
    // order: one per poll, each poll naming the last reply it has.
    let replies = t.all_replies(&sent.lookup_hex()).await;
    let texts: Vec<String> = replies
        .iter()
        .map(|item| {
            envelope::open_reply(&item.sealed, &sent.reply_secret)
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(texts, ["We read your report.", "Call us on Tuesday."]);
    // An `after` that is not one of this lookup's replies starts again.
    let r = t.fetch_reply(&sent.lookup_hex(), &"ab".repeat(16)).await;
    let first: RepliesResponse = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
    assert_eq!(first.replies[0].id, replies[0].id);

    // Anyone else, with another or an unknown lookup id: nothing, in an
    // answer of the very same size as one that carries a reply.
    for lookup in [other.lookup_hex(), "00".repeat(32)] {
        assert!(t.all_replies(&lookup).await.is_empty());
    }
    // The reply key of one report cannot open another's replies.
    assert!(envelope::open_reply(&replies[0].sealed, &other.reply_secret).is_err());
    // Malformed lookups and bodies.
    for bad in [
        serde_json::json!({"lookup": "AB".repeat(32), "after": wire::NO_REPLY_YET}),
        serde_json::json!({"lookup": "ab", "after": wire::NO_REPLY_YET}),
        serde_json::json!({"lookup": "ab".repeat(32)}),
        serde_json::json!({"lookup": "ab".repeat(32), "after": "1"}),
        serde_json::json!({"other": 1}),
    ] {
        let r = t
            .http
            .post(t.url(wire::REPLIES_PATH))
            .json(&bad)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 400, "{bad}");
    }
    let r = t
        .http
        .post(t.url(wire::REPLIES_PATH))
        .body(vec![b'{'; 5000])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 413);
    // A reply longer than one small bucket is refused: it would not fit
    // the one answer size.
    let long = envelope::seal_reply(&"x".repeat(5000), &report.reply_key).unwrap();
    let r = t
        .http
        .post(t.url(wire::NGO_REPLIES_PATH))
        .bearer_auth(&t.ngo.token)
        .json(&PostReplyRequest {
            report_id: report.id.to_hex(),
            sealed: long,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 413);

    // Replies to an unknown report, and report envelopes posted as replies.
    let ghost = seal_report(&t.ngo.hpke_public(), "never sent");
    let post = |report_id: String, sealed: Vec<u8>| {
        t.http
            .post(t.url(wire::NGO_REPLIES_PATH))
            .bearer_auth(&t.ngo.token)
            .json(&PostReplyRequest { report_id, sealed })
            .send()
    };
    let r = post(
        ghost.report_id_hex(),
        envelope::seal_reply("x", &ghost.report.reply_key).unwrap(),
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 404);
    let r = post(sent.report_id_hex(), sent.envelope.bytes.clone())
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let r = post(sent.report_id_hex(), b"garbage".to_vec())
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    t.stop().await;
}

async fn pull_pages_in_order_and_checks_its_query(backend: &Backend) {
    let t = TestInbox::start(backend).await;
    let mut ids = Vec::new();
    for i in 0..11 {
        let sent = seal_report(&t.ngo.hpke_public(), &format!("report {i}"));
        assert_eq!(t.submit(&sent).await.status(), 200);
        ids.push(sent.report_id_hex());
    }
    let first = t.pull(0, 8).await;
    assert_eq!(first.envelopes.len(), 8);
    assert_eq!(first.next_after, first.envelopes[7].seq);
    let second = t.pull(first.next_after, 8).await;
    assert_eq!(second.envelopes.len(), 3);
    let empty = t.pull(second.next_after, 8).await;
    assert!(empty.envelopes.is_empty());
    assert_eq!(
        empty.next_after, second.next_after,
        "an empty page keeps the cursor"
    );
    let got: Vec<String> = first
        .envelopes
        .iter()
        .chain(&second.envelopes)
        .map(|e| e.report_id.clone())
        .collect();
    assert_eq!(got, ids, "in the order they were accepted");
    let seqs: Vec<u64> = first
        .envelopes
        .iter()
        .chain(&second.envelopes)
        .map(|e| e.seq)
        .collect();
    assert!(seqs.windows(2).all(|w| w[0] < w[1]));
    for bad in [
        "limit=0",
        "limit=9",
        "after=x",
        "after=1&after=2",
        "cursor=3",
    ] {
        let r = t
            .http
            .get(t.url(&format!("{}?{bad}", wire::NGO_ENVELOPES_PATH)))
            .bearer_auth(&t.ngo.token)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 400, "{bad}");
    }
    t.stop().await;
}

async fn rate_limit_refuses_with_retry_after(backend: &Backend) {
    let limit = RateLimit {
        burst: 3,
        per_second: 0.001,
    };
    let t = TestInbox::start_with(
        backend,
        std::sync::Arc::new(support::Ngo::new()),
        limit,
        limit,
    )
    .await;
    let mut statuses = Vec::new();
    let mut kept = Vec::new();
    for i in 0..5 {
        let sent = seal_report(&t.ngo.hpke_public(), &format!("{i}"));
        let r = t.submit(&sent).await;
        statuses.push(r.status().as_u16());
        if r.status() == 429 {
            let wait: u64 = r.headers()["retry-after"]
                .to_str()
                .unwrap()
                .parse()
                .unwrap();
            assert!(wait >= 1);
            assert_eq!(error_code(r).await, "rate_limited");
        } else {
            kept.push(sent.report_id_hex());
        }
    }
    assert_eq!(statuses, [200, 200, 200, 429, 429]);
    // Refused submissions are not stored; the NGO's pull is not limited.
    let pulled: Vec<String> = t
        .pull_all()
        .await
        .into_iter()
        .map(|e| e.report_id)
        .collect();
    assert_eq!(pulled, kept);
    // Reply fetches have their own bucket.
    let lookup = "11".repeat(32);
    let mut fetches = Vec::new();
    for _ in 0..4 {
        fetches.push(
            t.fetch_reply(&lookup, wire::NO_REPLY_YET)
                .await
                .status()
                .as_u16(),
        );
    }
    assert_eq!(fetches, [200, 200, 200, 429]);
    let metrics = t
        .http
        .get(t.url("/metrics"))
        .bearer_auth(&t.ngo.token)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(metrics.contains("waymark_inbox_submissions_total{outcome=\"rate_limited\"} 2"));
    assert!(metrics.contains("waymark_inbox_reply_fetches_rate_limited_total 1"));
    t.stop().await;
}

async fn health_metrics_and_directory(backend: &Backend) {
    let t = TestInbox::start(backend).await;
    let r = t.http.get(t.url(wire::HEALTH_PATH)).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.text().await.unwrap(), "ok\n");

    let dir: SignedDirectory = t
        .http
        .get(t.url(wire::DIRECTORY_PATH))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let entry = dir.verify(&t.ngo.directory_key(), "2026-11-22").unwrap();
    assert_eq!(
        entry.hpke_public_key,
        waymark_core::hex::encode(&t.ngo.hpke_public().bytes)
    );
    assert_eq!(entry.receipt_public_key().unwrap(), t.ngo.receipt_key());

    let sent = seal_report(&t.ngo.hpke_public(), "x");
    assert_eq!(t.submit(&sent).await.status(), 200);
    assert_eq!(t.submit(&sent).await.status(), 200);
    assert_eq!(
        submit_to(&t.http, &t.base, &sent, b"junk").await.status(),
        400
    );
    let _ = t
        .http
        .get(t.url(wire::NGO_ENVELOPES_PATH))
        .send()
        .await
        .unwrap();
    let r = t
        .http
        .get(t.url(wire::METRICS_PATH))
        .bearer_auth(&t.ngo.token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/plain"));
    let text = r.text().await.unwrap();
    for line in [
        "waymark_inbox_submissions_total{outcome=\"accepted\"} 2",
        "waymark_inbox_submissions_total{outcome=\"malformed\"} 1",
        "waymark_inbox_requests_total{route=\"submit\",status=\"2xx\"} 2",
        "waymark_inbox_requests_total{route=\"submit\",status=\"4xx\"} 1",
        "waymark_inbox_requests_total{route=\"directory\",status=\"2xx\"} 1",
        "waymark_inbox_unauthorized_total 1",
        "waymark_inbox_storage_up 1",
    ] {
        assert!(text.contains(line), "missing {line} in\n{text}");
    }
    // Counts only: no ids, no dummy/real split, no stored-envelope count.
    assert!(!text.contains(&sent.report_id_hex()));
    assert!(!text.to_lowercase().contains("dummy"));
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let value = line.rsplit(' ').next().unwrap();
        assert!(value.parse::<u64>().is_ok(), "{line}");
    }
    t.stop().await;
}

async fn data_survives_a_restart(backend: &Backend) {
    let ngo = std::sync::Arc::new(support::Ngo::new());
    let t = TestInbox::start_with(backend, ngo.clone(), RateLimit::OFF, RateLimit::OFF).await;
    let sent = seal_report(&ngo.hpke_public(), "kept");
    let receipt: Receipt = t.submit(&sent).await.json().await.unwrap();
    t.stop().await;
    let t = TestInbox::start_with(backend, ngo, RateLimit::OFF, RateLimit::OFF).await;
    // Migration ran again on an existing database; the retry gets the same receipt.
    let again: Receipt = t.submit(&sent).await.json().await.unwrap();
    assert_eq!(again, receipt);
    assert_eq!(t.pull_all().await.len(), 1);
    t.stop().await;
}

async fn storage_has_no_address_or_agent_columns(backend: &Backend) {
    let t = TestInbox::start(backend).await;
    let sent = seal_report(&t.ngo.hpke_public(), "x");
    assert_eq!(t.submit(&sent).await.status(), 200);
    t.stop().await;
    let columns: Vec<String> = match backend {
        Backend::Sqlite(dir) => {
            let conn = rusqlite::Connection::open(dir.path().join("inbox.sqlite3")).unwrap();
            let mut stmt = conn
                .prepare(
                    "SELECT m.name || '.' || p.name FROM sqlite_master m, pragma_table_info(m.name) p
                     WHERE m.type = 'table'",
                )
                .unwrap();
            let rows = stmt.query_map([], |r| r.get::<_, String>(0)).unwrap();
            rows.map(Result::unwrap).collect()
        }
        Backend::Postgres { url, schema } => {
            let (client, conn) = tokio_postgres::connect(url, tokio_postgres::NoTls)
                .await
                .unwrap();
            tokio::spawn(conn);
            client
                .query(
                    "SELECT table_name || '.' || column_name FROM information_schema.columns
                     WHERE table_schema = $1",
                    &[schema],
                )
                .await
                .unwrap()
                .iter()
                .map(|r| r.get(0))
                .collect()
        }
    };
    let mut sorted = columns.clone();
    sorted.sort();
    // PostgreSQL numbers rows internally (`n`) before they get their `seq`.
    let internal_n = matches!(backend, Backend::Postgres { .. });
    let mut expected = vec![
        "envelopes.day",
        "envelopes.envelope",
        "envelopes.envelope_sha256",
        "envelopes.lookup_id",
        "envelopes.pulled_day",
        "envelopes.report_id",
        "envelopes.seq",
        "replies.day",
        "replies.id",
        "replies.lookup_id",
        "replies.n",
        "replies.sealed",
    ];
    if internal_n {
        expected.insert(4, "envelopes.n");
    }
    let data: Vec<&str> = sorted
        .iter()
        .map(String::as_str)
        .filter(|c| c.starts_with("envelopes.") || c.starts_with("replies."))
        .collect();
    assert_eq!(
        data, expected,
        "every stored column, and nothing about the client"
    );
    for c in &columns {
        let lower = c.to_lowercase();
        for word in ["ip", "addr", "agent", "host", "time"] {
            assert!(!lower.split(['.', '_']).any(|part| part == word), "{c}");
        }
    }
}

/// Several stateless instances on one PostgreSQL: every envelope stored once,
/// numbered without gaps, and a report sent to two instances at once gets
/// one row and the same receipt from both.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_several_instances_share_one_database() {
    let Some(backend) = Backend::postgres("postgres_several_instances_share_one_database") else {
        return;
    };
    let run = async {
        let ngo = std::sync::Arc::new(support::Ngo::new());
        let a = TestInbox::start_with(&backend, ngo.clone(), RateLimit::OFF, RateLimit::OFF).await;
        let b = TestInbox::start_with(&backend, ngo.clone(), RateLimit::OFF, RateLimit::OFF).await;
        let mut tasks = Vec::new();
        for i in 0..24 {
            let base = if i % 2 == 0 {
                a.base.clone()
            } else {
                b.base.clone()
            };
            let http = a.http.clone();
            let sent = seal_report(&ngo.hpke_public(), &format!("{i}"));
            tasks.push(tokio::spawn(async move {
                submit_to(&http, &base, &sent, &sent.envelope.bytes)
                    .await
                    .status()
                    .as_u16()
            }));
        }
        let same = seal_report(&ngo.hpke_public(), "sent twice at once");
        let (ra, rb) = tokio::join!(a.submit(&same), b.submit(&same));
        let (ra, rb): (Receipt, Receipt) = (ra.json().await.unwrap(), rb.json().await.unwrap());
        assert_eq!(ra, rb);
        for task in tasks {
            assert_eq!(task.await.unwrap(), 200);
        }
        let from_a = a.pull_all().await;
        let from_b = b.pull_all().await;
        assert_eq!(from_a, from_b, "both instances see the same inbox");
        assert_eq!(from_a.len(), 25);
        let seqs: Vec<u64> = from_a.iter().map(|e| e.seq).collect();
        assert_eq!(
            seqs,
            (1..=25).collect::<Vec<u64>>(),
            "numbered in order, no gaps"
        );
        a.stop().await;
        b.stop().await;
    };
    let result = tokio::time::timeout(TEST_TIMEOUT, run).await;
    backend.cleanup().await;
    result.expect("test timed out");
}

/// A row whose transaction commits late (another instance, slow) must not be
/// skipped by a puller that already continued past later rows.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_late_commit_is_not_skipped_by_the_cursor() {
    let Some(backend) = Backend::postgres("postgres_late_commit_is_not_skipped_by_the_cursor")
    else {
        return;
    };
    let run = async {
        let t = TestInbox::start(&backend).await;
        let Backend::Postgres { url, schema } = &backend else {
            unreachable!()
        };
        let (mut slow, conn) = tokio_postgres::connect(url, tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(conn);
        let late = seal_report(&t.ngo.hpke_public(), "late");
        let tx = slow.transaction().await.unwrap();
        tx.execute(
            &format!(
                "INSERT INTO \"{schema}\".envelopes (report_id, lookup_id, envelope_sha256, day, envelope)
                 VALUES ($1, $2, $3, '2026-11-22', $4)"
            ),
            &[
                &&late.envelope.report_id.bytes[..],
                &&late.code.lookup_id()[..],
                &&wire::sha256(&late.envelope.bytes)[..],
                &late.envelope.bytes,
            ],
        )
        .await
        .unwrap();
        // Meanwhile a quick one arrives and is pulled.
        let quick = seal_report(&t.ngo.hpke_public(), "quick");
        assert_eq!(t.submit(&quick).await.status(), 200);
        let first = t.pull(0, 8).await;
        assert_eq!(first.envelopes.len(), 1);
        assert_eq!(first.envelopes[0].report_id, quick.report_id_hex());
        // The slow transaction commits; continuing after the cursor finds it.
        tx.commit().await.unwrap();
        let second = t.pull(first.next_after, 8).await;
        assert_eq!(second.envelopes.len(), 1);
        assert_eq!(second.envelopes[0].report_id, late.report_id_hex());
        assert!(second.envelopes[0].seq > first.next_after);
        t.stop().await;
    };
    let result = tokio::time::timeout(TEST_TIMEOUT, run).await;
    backend.cleanup().await;
    result.expect("test timed out");
}
