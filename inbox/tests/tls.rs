//! The inbox terminating TLS itself (`[tls]` in inbox.toml): a real rustls
//! handshake on 127.0.0.1 with a certificate made for the test.

mod support;

use std::sync::Arc;
use std::time::Duration;

use support::{seal_report, submit_to, Backend, Ngo};
use waymark_core::sync::wire::{self, Receipt};
use waymark_inbox::ratelimit::RateLimit;
use waymark_inbox::server::{self, Inbox};
use waymark_inbox::{store, tls, InboxError};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serves_over_tls_and_a_silent_client_blocks_nobody() {
    let dir = tempfile::tempdir().unwrap();
    let certified = rcgen::generate_simple_self_signed(vec!["localhost".to_owned()]).unwrap();
    let cert_pem = certified.cert.pem();
    std::fs::write(dir.path().join("cert.pem"), &cert_pem).unwrap();
    std::fs::write(
        dir.path().join("key.pem"),
        certified.signing_key.serialize_pem(),
    )
    .unwrap();
    let config =
        tls::server_config(&dir.path().join("cert.pem"), &dir.path().join("key.pem")).unwrap();

    let backend = Backend::sqlite();
    let ngo = Arc::new(Ngo::new());
    let tcp = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = tcp.local_addr().unwrap();
    let store = store::open(&backend.config()).await.unwrap();
    let inbox =
        Arc::new(Inbox::new(ngo.settings(addr, RateLimit::OFF, RateLimit::OFF), store).unwrap());
    let running = server::spawn_tls(inbox, tcp, config).unwrap();

    // A client that connects and never says anything.
    let _silent = tokio::net::TcpStream::connect(addr).await.unwrap();

    waymark_inbox::ngo::client::install_crypto_provider();
    let client = reqwest::Client::builder()
        .use_rustls_tls()
        .tls_built_in_root_certs(false)
        .add_root_certificate(reqwest::Certificate::from_pem(cert_pem.as_bytes()).unwrap())
        .resolve("localhost", addr)
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap();
    let base = format!("https://localhost:{}", addr.port());
    let health = client
        .get(format!("{base}{}", wire::HEALTH_PATH))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status(), 200);
    let sent = seal_report(&ngo.hpke_public(), "over TLS");
    let r = submit_to(&client, &base, &sent, &sent.envelope.bytes).await;
    assert_eq!(r.status(), 200);
    let receipt: Receipt = r.json().await.unwrap();
    receipt
        .verify(
            &ngo.receipt_key(),
            &sent.envelope.report_id.bytes,
            &sent.envelope.bytes,
        )
        .unwrap();

    // Plain HTTP to the TLS port gets no answer the client can use.
    let plain = support::http_client()
        .get(format!("http://{addr}{}", wire::HEALTH_PATH))
        .timeout(Duration::from_secs(15))
        .send()
        .await;
    assert!(plain.is_err() || plain.unwrap().status() != 200);
    // A client that does not trust the certificate refuses it.
    let strict = reqwest::Client::builder()
        .use_rustls_tls()
        .resolve("localhost", addr)
        .build()
        .unwrap();
    assert!(strict
        .get(format!("{base}{}", wire::HEALTH_PATH))
        .send()
        .await
        .is_err());
    running.stop().await;
}

#[test]
fn missing_or_bad_certificate_files_are_config_errors() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("none.pem");
    assert!(matches!(
        tls::server_config(&missing, &missing),
        Err(InboxError::Config { .. })
    ));
    std::fs::write(dir.path().join("junk.pem"), "not a certificate").unwrap();
    let junk = dir.path().join("junk.pem");
    assert!(matches!(
        tls::server_config(&junk, &junk),
        Err(InboxError::Config { .. })
    ));
}
