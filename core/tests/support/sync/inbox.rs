//! "The inbox" for the device-side tests: the REAL NGO inbox (the
//! `waymark-inbox` server library over a SQLite file in a temporary folder)
//! on 127.0.0.1, with a recording relay in front ([`super::relay`]) through
//! which the phone reaches it: what an observer on the network sees.
//!
//! The tests play the NGO too: its keys are made the way `keygen` makes them
//! and kept in memory; [`Inbox::pull_reports`] and [`Inbox::reply`] use the
//! NGO API (bearer token) on the server directly, not through the relay.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use waymark_core::content::SigningKey;
use waymark_core::envelope::{self, NgoPrivateKey, NgoPublicKey, Opened, Report};
use waymark_core::sync::wire::{self, DirectoryEntry, SignedDirectory};
use waymark_inbox::identity::NgoIdentity;
use waymark_inbox::server::{self, RunningInbox, Settings};
use waymark_inbox::store::{self, StorageConfig, Store};

use super::relay::Relay;

pub struct Inbox {
    /// The relay's address: where phones send.
    pub addr: SocketAddr,
    /// The relay's URL: `http://127.0.0.1:PORT`, or `https://…` with TLS.
    pub url: String,
    /// The server itself (no relay in between).
    pub server_addr: SocketAddr,
    /// The NGO's directory signing key (what phones trust), 64 hex.
    pub signing_key_hex: String,
    /// What went over the network between phones and the inbox.
    pub relay: Relay,
    identity: NgoIdentity,
    token: String,
    store: Arc<dyn Store>,
    runtime: tokio::runtime::Runtime,
    server: Option<RunningInbox>,
    /// The NGO's client, and the server's own base URL (no relay).
    http: reqwest::Client,
    ngo_base: String,
    /// Each directory entry signed here gets the next version.
    version: AtomicU64,
    _dir: tempfile::TempDir,
}

impl Drop for Inbox {
    fn drop(&mut self) {
        if let Some(server) = self.server.take() {
            self.runtime.block_on(server.stop());
        }
    }
}

/// Starts the real inbox on 127.0.0.1 (plain HTTP) behind a recording
/// relay. Its directory lists the relay's URL and no pins, valid until 2099. Rate
/// limits are off (tests send hundreds of envelopes from one address within
/// seconds; the inbox's own suite tests the limits).
pub fn start_inbox() -> Inbox {
    start_inbox_with(|_| {})
}

/// The same, with the server's settings changed by `tweak`.
pub fn start_inbox_with(tweak: impl FnOnce(&mut Settings)) -> Inbox {
    start(None, tweak)
}

/// The real inbox terminating TLS itself with `tls`'s certificate (the
/// relay in front sees only TLS records). Its directory lists
/// `https://127.0.0.1:RELAY` with the certificate's SPKI pin.
pub fn start_inbox_tls(tls: &super::faults::TestTls) -> Inbox {
    start(Some(tls), |_| {})
}

fn start(tls: Option<&super::faults::TestTls>, tweak: impl FnOnce(&mut Settings)) -> Inbox {
    waymark_inbox::ngo::client::install_crypto_provider();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let identity = NgoIdentity::generate().unwrap();
    let token = identity.secrets.ngo_token.to_string();
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let server_addr = listener.local_addr().unwrap();
    let relay = Relay::start(server_addr);
    let store = runtime
        .block_on(store::open(&StorageConfig::Sqlite {
            path: dir.path().join("inbox.sqlite3"),
        }))
        .unwrap();
    let (url, pins) = match tls {
        None => (relay.url.clone(), vec![]),
        Some(tls) => (
            format!("https://{}", relay.addr),
            vec![waymark_core::sync::spki_pin_of_certificate(&tls.cert_der).unwrap()],
        ),
    };
    let mut inbox = Inbox {
        addr: relay.addr,
        url: url.clone(),
        server_addr,
        signing_key_hex: directory_key(&identity).public_key().to_hex(),
        relay,
        identity,
        token,
        store: store.clone(),
        runtime,
        server: None,
        http: match tls {
            None => reqwest::Client::new(),
            Some(tls) => reqwest::Client::builder()
                .use_rustls_tls()
                .add_root_certificate(reqwest::Certificate::from_der(&tls.ca_der).unwrap())
                .build()
                .unwrap(),
        },
        ngo_base: match tls {
            None => format!("http://{server_addr}"),
            Some(_) => format!("https://{server_addr}"),
        },
        version: AtomicU64::new(0),
        _dir: dir,
    };
    let mut settings = Settings::new(
        inbox.identity.receipt_key_pkcs8.clone(),
        waymark_inbox::request::token_hash(&inbox.token),
        inbox.directory(vec![url], pins),
    );
    settings.directory_public_key = Some(directory_key(&inbox.identity).public_key());
    tweak(&mut settings);
    let state = Arc::new(server::Inbox::new(settings, store).unwrap());
    let running = {
        let _guard = inbox.runtime.enter();
        match tls {
            None => server::spawn(state, listener).unwrap(),
            Some(tls) => server::spawn_tls(state, listener, tls.server_config()).unwrap(),
        }
    };
    inbox.server = Some(running);
    inbox
}

fn directory_key(identity: &NgoIdentity) -> SigningKey {
    SigningKey::from_pkcs8(&identity.secrets.directory_key_pkcs8).unwrap()
}

impl Inbox {
    /// A directory entry for this NGO, signed with its directory key, with
    /// a version higher than any signed here before.
    pub fn directory(&self, endpoints: Vec<String>, pins: Vec<String>) -> SignedDirectory {
        self.directory_limited(endpoints, pins, wire::MAX_ENVELOPE_LEN as u32)
    }

    /// The same, saying the NGO accepts envelopes up to `max_envelope_len`.
    pub fn directory_limited(
        &self,
        endpoints: Vec<String>,
        pins: Vec<String>,
        max_envelope_len: u32,
    ) -> SignedDirectory {
        let entry = DirectoryEntry {
            format: wire::DIRECTORY_FORMAT,
            version: self.version.fetch_add(1, Ordering::SeqCst) + 1,
            issued: chrono::Utc::now().format("%Y-%m-%d").to_string(),
            ngo_id: "org.example.test-inbox".into(),
            name: "Test inbox".into(),
            endpoints,
            hpke_public_key: waymark_core::hex::encode(&self.ngo_public().bytes),
            receipt_key: self.identity.secrets.receipt_public_key.clone(),
            tls_spki_sha256: pins,
            max_envelope_len,
            accepts_dummy: true,
            expires: "2099-12-31".into(),
        };
        SignedDirectory::sign(entry, &directory_key(&self.identity)).unwrap()
    }

    pub fn ngo_private(&self) -> &NgoPrivateKey {
        &self.identity.secrets.hpke
    }

    pub fn ngo_public(&self) -> NgoPublicKey {
        self.identity.secrets.hpke.public_key()
    }

    /// Every envelope the inbox stores now, opened with the NGO's key, by
    /// report id (dummies as `Opened::Dummy`). Read from the store without
    /// moving any pull cursor.
    pub fn stored(&self) -> BTreeMap<String, Opened> {
        let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
        let rows = self
            .runtime
            .block_on(self.store.pull(0, u32::MAX, &today))
            .unwrap();
        rows.into_iter()
            .map(|row| {
                let opened = envelope::open_any(&row.bytes, self.ngo_private())
                    .expect("every stored envelope opens");
                (waymark_core::hex::encode(&row.report_id), opened)
            })
            .collect()
    }

    /// Number of reports stored (dummies not counted).
    pub fn stored_count(&self) -> usize {
        self.report_ids().len()
    }

    /// Ids of the reports stored (dummies not included).
    pub fn report_ids(&self) -> Vec<String> {
        self.stored()
            .into_iter()
            .filter(|(_, o)| matches!(o, Opened::Report(_)))
            .map(|(id, _)| id)
            .collect()
    }

    /// Number of dummies stored.
    pub fn dummy_count(&self) -> usize {
        self.stored()
            .values()
            .filter(|o| **o == Opened::Dummy)
            .count()
    }

    /// The NGO pulls every stored envelope through the NGO API and opens
    /// them, dropping dummies: report id → report. Panics on a duplicate.
    pub fn pull_reports(&self) -> BTreeMap<String, Report> {
        let mut out = BTreeMap::new();
        let mut after = 0;
        loop {
            let url = format!(
                "{}{}?after={after}&limit={}",
                self.ngo_base,
                wire::NGO_ENVELOPES_PATH,
                wire::MAX_PULL_LIMIT
            );
            let page: wire::PullResponse = self.runtime.block_on(async {
                let r = self
                    .http
                    .get(url)
                    .bearer_auth(&self.token)
                    .send()
                    .await
                    .unwrap();
                assert_eq!(r.status(), 200);
                r.json().await.unwrap()
            });
            if page.envelopes.is_empty() {
                return out;
            }
            for p in page.envelopes {
                let Opened::Report(report) = envelope::open_any(&p.envelope, self.ngo_private())
                    .expect("stored envelope opens")
                else {
                    continue;
                };
                assert_eq!(report.id.to_hex(), p.report_id);
                assert!(
                    out.insert(p.report_id, report).is_none(),
                    "duplicate in the inbox"
                );
            }
            after = page.next_after;
        }
    }

    /// The NGO answers a report, sealed to its reply key.
    pub fn reply(&self, report: &Report, text: &str) {
        let body = wire::PostReplyRequest {
            report_id: report.id.to_hex(),
            sealed: envelope::seal_reply(text, &report.reply_key).unwrap(),
        };
        let url = format!("{}{}", self.ngo_base, wire::NGO_REPLIES_PATH);
        let status = self.runtime.block_on(async {
            self.http
                .post(url)
                .bearer_auth(&self.token)
                .json(&body)
                .send()
                .await
                .unwrap()
                .status()
        });
        assert_eq!(status, 201);
    }
}
