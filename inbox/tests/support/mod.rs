//! Shared set-up for the inbox tests: a real server on 127.0.0.1 over a real
//! SQLite file or a real PostgreSQL database, keys made the way `keygen`
//! makes them, and phone-side helpers that seal real envelopes.
#![allow(dead_code)]

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use waymark_core::content::keys::{PublicKey, SigningKey};
use waymark_core::envelope::{
    self, NgoPrivateKey, NgoPublicKey, ReceiptCode, ReplySecretKey, Report, ReportField,
    ReportKind, SealedEnvelope,
};
use waymark_core::sync::wire::{self, SignedDirectory, MAX_ENVELOPE_LEN};
use waymark_inbox::identity::{self, DirectoryInput, NgoIdentity};
use waymark_inbox::ratelimit::RateLimit;
use waymark_inbox::server::{self, Inbox, RunningInbox, Settings};
use waymark_inbox::store::{self, StorageConfig};

pub const POSTGRES_URL_VAR: &str = "WAYMARK_TEST_POSTGRES_URL";
pub const POSTGRES_REQUIRED_VAR: &str = "WAYMARK_TEST_POSTGRES_REQUIRED";

/// The PostgreSQL server to test against. Without `WAYMARK_TEST_POSTGRES_URL`
/// the test is skipped with a printed note, unless
/// `WAYMARK_TEST_POSTGRES_REQUIRED=1` (set by tests/run-all.sh), which makes
/// the absence a failure.
pub fn postgres_url(test: &str) -> Option<String> {
    match std::env::var(POSTGRES_URL_VAR) {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            if std::env::var(POSTGRES_REQUIRED_VAR).as_deref() == Ok("1") {
                panic!("{test}: PostgreSQL is required ({POSTGRES_REQUIRED_VAR}=1) but {POSTGRES_URL_VAR} is not set");
            }
            // Straight to the process's stderr: the test harness captures
            // eprintln! of passing tests, and this note must be seen.
            use std::io::Write as _;
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED {test}: set {POSTGRES_URL_VAR} to a PostgreSQL URL to run it \
                 (tests/run-all.sh starts a throwaway server and sets it)"
            );
            None
        }
    }
}

/// Where a test inbox keeps its data.
pub enum Backend {
    Sqlite(tempfile::TempDir),
    Postgres { url: String, schema: String },
}

impl Backend {
    pub fn sqlite() -> Backend {
        Backend::Sqlite(tempfile::tempdir().unwrap())
    }

    /// A fresh schema in the test database, or `None` (skipped).
    pub fn postgres(test: &str) -> Option<Backend> {
        let url = postgres_url(test)?;
        let mut suffix = [0u8; 6];
        ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut suffix).unwrap();
        Some(Backend::Postgres {
            url,
            schema: format!("t_{}", waymark_core::hex::encode(&suffix)),
        })
    }

    pub fn config(&self) -> StorageConfig {
        match self {
            Backend::Sqlite(dir) => StorageConfig::Sqlite {
                path: dir.path().join("inbox.sqlite3"),
            },
            Backend::Postgres { url, schema } => StorageConfig::Postgres {
                url: url.clone(),
                schema: Some(schema.clone()),
                pool_size: 4,
            },
        }
    }

    /// Drops a PostgreSQL test schema (SQLite's folder goes with the TempDir).
    pub async fn cleanup(&self) {
        if let Backend::Postgres { url, schema } = self {
            if let Ok((client, conn)) = tokio_postgres::connect(url, tokio_postgres::NoTls).await {
                tokio::spawn(conn);
                let _ = client
                    .batch_execute(&format!("DROP SCHEMA IF EXISTS \"{schema}\" CASCADE"))
                    .await;
            }
        }
    }
}

/// An NGO identity for tests: what keygen makes, kept in memory.
pub struct Ngo {
    pub identity: NgoIdentity,
    pub token: String,
}

impl Ngo {
    pub fn new() -> Ngo {
        let identity = NgoIdentity::generate().unwrap();
        let token = identity.secrets.ngo_token.to_string();
        Ngo { identity, token }
    }

    pub fn hpke(&self) -> &NgoPrivateKey {
        &self.identity.secrets.hpke
    }

    pub fn hpke_public(&self) -> NgoPublicKey {
        self.identity.secrets.hpke.public_key()
    }

    pub fn directory_key(&self) -> PublicKey {
        SigningKey::from_pkcs8(&self.identity.secrets.directory_key_pkcs8)
            .unwrap()
            .public_key()
    }

    pub fn receipt_key(&self) -> PublicKey {
        PublicKey::from_hex(&self.identity.secrets.receipt_public_key).unwrap()
    }

    pub fn directory(&self, addr: SocketAddr) -> SignedDirectory {
        identity::sign_directory(
            &self.identity.secrets,
            DirectoryInput {
                ngo_id: "org.example.test".into(),
                name: "Test NGO".into(),
                endpoints: vec![format!("http://{addr}")],
                tls_spki_sha256: vec![],
                max_envelope_len: MAX_ENVELOPE_LEN as u32,
                accepts_dummy: true,
                expires: "2099-12-31".into(),
                version: Some(1),
            },
        )
        .unwrap()
    }

    /// Settings as `inbox.toml` would give them, with these rate limits;
    /// metrics on (they need the token).
    pub fn settings(&self, addr: SocketAddr, submit: RateLimit, replies: RateLimit) -> Settings {
        let mut s = Settings::new(
            self.identity.receipt_key_pkcs8.clone(),
            waymark_inbox::request::token_hash(&self.token),
            self.directory(addr),
        );
        s.directory_public_key = Some(self.directory_key());
        s.submit_limit = submit;
        s.replies_limit = replies;
        s.metrics = true;
        s
    }
}

/// A running test inbox.
pub struct TestInbox {
    pub ngo: Arc<Ngo>,
    pub running: RunningInbox,
    pub inbox: Arc<Inbox>,
    pub base: String,
    pub http: reqwest::Client,
}

pub fn http_client() -> reqwest::Client {
    waymark_inbox::ngo::client::install_crypto_provider();
    reqwest::Client::builder()
        .timeout(Duration::from_secs(20))
        .user_agent(wire::USER_AGENT)
        .build()
        .unwrap()
}

impl TestInbox {
    pub async fn start(backend: &Backend) -> TestInbox {
        Self::start_with(
            backend,
            Arc::new(Ngo::new()),
            RateLimit::OFF,
            RateLimit::OFF,
        )
        .await
    }

    pub async fn start_with(
        backend: &Backend,
        ngo: Arc<Ngo>,
        submit: RateLimit,
        replies: RateLimit,
    ) -> TestInbox {
        Self::start_custom(backend, ngo, |s| {
            s.submit_limit = submit;
            s.replies_limit = replies;
        })
        .await
    }

    /// With settings changed by `tweak` (limits, quota, retention, ...).
    pub async fn start_custom(
        backend: &Backend,
        ngo: Arc<Ngo>,
        tweak: impl FnOnce(&mut Settings),
    ) -> TestInbox {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let store = store::open(&backend.config()).await.unwrap();
        let mut settings = ngo.settings(addr, RateLimit::OFF, RateLimit::OFF);
        tweak(&mut settings);
        let inbox = Arc::new(Inbox::new(settings, store).unwrap());
        let running = server::spawn(Arc::clone(&inbox), listener).unwrap();
        TestInbox {
            ngo,
            running,
            inbox,
            base: format!("http://{addr}"),
            http: http_client(),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn stop(self) {
        self.running.stop().await;
    }

    /// Submits `envelope` as a phone would.
    pub async fn submit(&self, sent: &Sent) -> reqwest::Response {
        submit_to(&self.http, &self.base, sent, &sent.envelope.bytes).await
    }

    pub async fn pull(&self, after: u64, limit: u32) -> wire::PullResponse {
        let r = self
            .http
            .get(self.url(&format!(
                "{}?after={after}&limit={limit}",
                wire::NGO_ENVELOPES_PATH
            )))
            .bearer_auth(&self.ngo.token)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        r.json().await.unwrap()
    }

    pub async fn pull_all(&self) -> Vec<wire::PulledEnvelope> {
        let mut all = Vec::new();
        let mut after = 0;
        loop {
            let page = self.pull(after, wire::MAX_PULL_LIMIT).await;
            if page.envelopes.is_empty() {
                return all;
            }
            after = page.next_after;
            all.extend(page.envelopes);
        }
    }

    /// Asks for the reply after `after` (32 hex; `wire::NO_REPLY_YET` for
    /// the first) filed under `lookup_hex`.
    pub async fn fetch_reply(&self, lookup_hex: &str, after: &str) -> reqwest::Response {
        self.http
            .post(self.url(wire::REPLIES_PATH))
            .json(&wire::FetchRepliesRequest {
                lookup: lookup_hex.to_owned(),
                after: after.to_owned(),
            })
            .send()
            .await
            .unwrap()
    }

    /// Every reply filed under `lookup_hex`, one poll each, oldest first.
    pub async fn all_replies(&self, lookup_hex: &str) -> Vec<wire::ReplyItem> {
        let mut out: Vec<wire::ReplyItem> = Vec::new();
        loop {
            let after = out
                .last()
                .map_or(wire::NO_REPLY_YET.to_owned(), |r| r.id.clone());
            let r = self.fetch_reply(lookup_hex, &after).await;
            assert_eq!(r.status(), 200);
            let body = r.bytes().await.unwrap();
            assert_eq!(
                body.len(),
                wire::REPLIES_ANSWER_LEN,
                "every answer has one size"
            );
            let answer: wire::RepliesResponse = serde_json::from_slice(&body).unwrap();
            answer.check().unwrap();
            match answer.replies.into_iter().next() {
                Some(reply) => out.push(reply),
                None => return out,
            }
        }
    }
}

pub async fn submit_to(
    http: &reqwest::Client,
    base: &str,
    sent: &Sent,
    body: &[u8],
) -> reqwest::Response {
    http.post(format!("{base}{}", wire::SUBMIT_PATH))
        .header(wire::HEADER_REPORT_ID, sent.report_id_hex())
        .header(wire::HEADER_REPLY_LOOKUP, sent.lookup_hex())
        .header("content-type", "application/octet-stream")
        .body(body.to_vec())
        .send()
        .await
        .unwrap()
}

/// What a phone keeps about one report it sends.
pub struct Sent {
    pub envelope: SealedEnvelope,
    pub code: ReceiptCode,
    pub reply_secret: ReplySecretKey,
    pub report: Report,
}

impl Sent {
    pub fn report_id_hex(&self) -> String {
        self.envelope.report_id.to_hex()
    }
    pub fn lookup_hex(&self) -> String {
        waymark_core::hex::encode(&self.code.lookup_id())
    }
}

/// A dummy (cover) envelope in `bucket`, as a phone sends it: random ids.
pub fn seal_dummy(ngo: &NgoPublicKey, bucket: envelope::Bucket) -> Sent {
    let (report, reply_secret) = Report::new(ReportKind::FreeText, "und", "2026-11-22", vec![]);
    Sent {
        envelope: envelope::seal_dummy(ngo, bucket).unwrap(),
        code: ReceiptCode::generate(),
        reply_secret,
        report,
    }
}

/// A questionnaire report with answers and indicator fields, sealed to `ngo`.
pub fn seal_report(ngo: &NgoPublicKey, text: &str) -> Sent {
    let (report, reply_secret) = Report::new(
        ReportKind::Questionnaire,
        "pt-BR",
        "2026-11-22",
        vec![
            field("q.passport_taken", "yes"),
            field("indicator.retention_of_documents", "strong"),
            field("risk", "high"),
            field("note", text),
        ],
    );
    let envelope = envelope::seal(&report, ngo).unwrap();
    Sent {
        envelope,
        code: ReceiptCode::generate(),
        reply_secret,
        report,
    }
}

pub fn field(name: &str, value: &str) -> ReportField {
    ReportField {
        name: name.into(),
        value: value.into(),
    }
}
