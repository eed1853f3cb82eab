//! What a connection may cost the inbox (`connection.rs`): clients that
//! hold connections half open are dropped by the header-read and idle
//! timeouts, the number of open connections never passes the cap, and an
//! honest client that arrives in the middle of it is still served.

mod support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use support::{seal_report, Backend, Ngo, TestInbox};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use waymark_core::sync::wire;
use waymark_inbox::connection::ConnectionLimits;

const CAP: usize = 16;

async fn start(backend: &Backend) -> TestInbox {
    TestInbox::start_custom(backend, Arc::new(Ngo::new()), |s| {
        s.connections = ConnectionLimits {
            max_connections: CAP,
            header_read_timeout: Duration::from_secs(1),
            idle_timeout: Duration::from_secs(2),
            tls_handshake_timeout: Duration::from_secs(1),
        };
    })
    .await
}

/// Resolves when the server closes `conn` (EOF or reset), with what it sent
/// first.
async fn closed(mut conn: TcpStream) -> Vec<u8> {
    let mut got = Vec::new();
    let mut buf = [0u8; 1024];
    loop {
        match conn.read(&mut buf).await {
            Ok(0) | Err(_) => return got,
            Ok(n) => got.extend_from_slice(&buf[..n]),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn half_open_connections_are_dropped_and_honest_clients_still_served() {
    let backend = Backend::sqlite();
    let t = start(&backend).await;
    let addr = t.running.addr;
    let started = Instant::now();
    // 80 clients each send half a request head and then nothing.
    let mut attackers = Vec::new();
    for _ in 0..80 {
        let mut conn = TcpStream::connect(addr).await.unwrap();
        conn.write_all(b"POST /v1/envelopes HTTP/1.1\r\nhost: x\r\nwaymark-rep")
            .await
            .unwrap();
        attackers.push(tokio::spawn(closed(conn)));
    }
    // While they hold on, an honest client sends a report...
    let honest = {
        let (http, base) = (t.http.clone(), t.base.clone());
        let sent = seal_report(&t.ngo.hpke_public(), "an honest report");
        tokio::spawn(async move {
            let r = support::submit_to(&http, &base, &sent, &sent.envelope.bytes).await;
            (r.status().as_u16(), Instant::now())
        })
    };
    // ...the cap is never passed...
    let mut most = 0;
    while !honest.is_finished() {
        most = most.max(t.running.open_connections());
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // ...and the honest client is served.
    let (status, done) = honest.await.unwrap();
    assert_eq!(status, 200);
    assert!(most <= CAP, "{most} connections open at once, cap {CAP}");
    assert!(
        most >= CAP / 2,
        "the attackers never filled the slots ({most})"
    );
    // Every half-open connection was closed by the server, answered with
    // nothing (or a 408 status line), within the header-read timeout of
    // each batch of slots: 80 / 16 × 1 s, with room for a slow machine.
    for a in attackers {
        let got = tokio::time::timeout(Duration::from_secs(30), a)
            .await
            .expect("a half-open connection was never dropped")
            .unwrap();
        let text = String::from_utf8_lossy(&got);
        assert!(got.is_empty() || text.starts_with("HTTP/1.1 408"), "{text}");
    }
    assert!(
        done.duration_since(started) < Duration::from_secs(20),
        "the honest client waited {:?}",
        done.duration_since(started)
    );
    assert_eq!(t.pull_all().await.len(), 1);
    t.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stalled_upload_and_a_silent_kept_alive_connection_are_dropped() {
    let backend = Backend::sqlite();
    let t = start(&backend).await;
    let addr = t.running.addr;
    let sent = seal_report(&t.ngo.hpke_public(), "x");

    // A complete head, then 100 bytes of a 4096-byte body, then silence:
    // the idle timeout (2 s) drops it long before the 30 s body limit.
    let mut stalled = TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "POST {} HTTP/1.1\r\nhost: x\r\n{}: {}\r\n{}: {}\r\ncontent-length: 4096\r\n\r\n",
        wire::SUBMIT_PATH,
        wire::HEADER_REPORT_ID,
        sent.report_id_hex(),
        wire::HEADER_REPLY_LOOKUP,
        sent.lookup_hex()
    );
    stalled.write_all(head.as_bytes()).await.unwrap();
    stalled
        .write_all(&sent.envelope.bytes[..100])
        .await
        .unwrap();
    let start = Instant::now();
    tokio::time::timeout(Duration::from_secs(15), closed(stalled))
        .await
        .expect("a stalled upload was never dropped");
    let waited = start.elapsed();
    assert!(
        waited >= Duration::from_millis(1500) && waited < Duration::from_secs(10),
        "{waited:?}"
    );

    // One whole request on a kept-alive connection, then silence: closed
    // once the wait for the next head passes the header-read timeout.
    let mut idle = TcpStream::connect(addr).await.unwrap();
    idle.write_all(format!("GET {} HTTP/1.1\r\nhost: x\r\n\r\n", wire::HEALTH_PATH).as_bytes())
        .await
        .unwrap();
    let start = Instant::now();
    let got = tokio::time::timeout(Duration::from_secs(15), closed(idle))
        .await
        .expect("a silent kept-alive connection was never dropped");
    assert!(String::from_utf8_lossy(&got).starts_with("HTTP/1.1 200"));
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "{:?}",
        start.elapsed()
    );
    assert!(
        t.pull_all().await.is_empty(),
        "the stalled upload stored nothing"
    );
    t.stop().await;
}
