//! The device sync (waymark-core's outbox and `SyncEngine`) against the real
//! NGO inbox started the way `waymark inbox serve` starts it
//! (`identity::create_local_inbox`, `inbox.toml`, `run::start`), with the
//! NGO's own tools (`ngo::pull` into an archive, `open_all`, `ngo::reply`)
//! pulling, opening and answering: the whole loop with the NGO's tools.
//! (The core's device tests, fault matrix and kill loop run against the
//! same server library: core/tests/sync_*.rs.)

#[path = "../../core/tests/support/sync/mod.rs"]
mod sync_support;

use std::collections::BTreeMap;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::Path;
use std::sync::Arc;

use sync_support::faults::{Fault, FaultProxy};
use sync_support::{good_wifi, new_vault, quick_settings};
use waymark_core::envelope::ReportKind;
use waymark_core::sync::wire::SignedDirectory;
use waymark_core::sync::{
    FailureKind, Ngos, Outbox, OutboxState, Replies, SyncEngine, SyncOutcome, SyncSettings,
};
use waymark_core::{KdfParams, Vault};
use waymark_inbox::config::ConfigFile;
use waymark_inbox::identity::{self, DirectoryInput, SERVER_CONFIG};
use waymark_inbox::ngo::{self, archive::Archive, client::InboxClient, export::Opened};
use waymark_inbox::server::RunningInbox;
use waymark_inbox::{keyfile, run};

const PASSPHRASE: &str = "end to end test passphrase";

/// A real inbox made by `identity::create_local_inbox`, served on its own
/// runtime, and the NGO's tools (key file opened, archive in `dir`).
struct RealInbox {
    runtime: tokio::runtime::Runtime,
    server: Option<RunningInbox>,
    /// Versions of the directory entries this test signs: each higher.
    next_version: std::sync::atomic::AtomicU64,
    url: String,
    signing_key: String,
    secrets: keyfile::NgoSecrets,
    client: InboxClient,
    archive: Archive,
}

impl RealInbox {
    fn start(dir: &Path) -> RealInbox {
        let addr: SocketAddr = std::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
            .and_then(|l| l.local_addr())
            .unwrap();
        let made = identity::create_local_inbox(dir, PASSPHRASE, addr, KdfParams::MINIMUM).unwrap();
        // The kill test sends hundreds of envelopes from one address within
        // seconds: lift the per-client rate limits (tested in the inbox's own
        // suite), which would otherwise rightly refuse them.
        let config_path = dir.join(SERVER_CONFIG);
        let mut config: ConfigFile =
            toml::from_str(&std::fs::read_to_string(&config_path).unwrap()).unwrap();
        config.limits.submit_burst = 100_000;
        config.limits.submit_per_second = 10_000.0;
        config.limits.replies_burst = 100_000;
        config.limits.replies_per_second = 10_000.0;
        std::fs::write(&config_path, config.to_toml().unwrap()).unwrap();
        let loaded = ConfigFile::load(&config_path).unwrap();
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let server = runtime.block_on(run::start(loaded, None)).unwrap();
        let url = format!("http://{}", server.addr);
        let secrets = keyfile::open(&std::fs::read(&made.key_file).unwrap(), PASSPHRASE).unwrap();
        let client = InboxClient::new(&url, &secrets.ngo_token).unwrap();
        let archive = Archive::open(&dir.join("ngo-archive")).unwrap();
        RealInbox {
            runtime,
            server: Some(server),
            // Above the entry `create_local_inbox` signed (seconds now).
            next_version: std::sync::atomic::AtomicU64::new(
                chrono::Utc::now().timestamp() as u64 + 1_000,
            ),
            url,
            signing_key: made.public.directory_public_key,
            secrets,
            client,
            archive,
        }
    }

    fn addr(&self) -> SocketAddr {
        self.server.as_ref().unwrap().addr
    }

    /// A directory entry signed by the NGO that sends phones to `endpoint`
    /// (a proxy in front of the inbox).
    fn directory_via(&self, endpoint: &str) -> SignedDirectory {
        let expires = (chrono::Utc::now().date_naive() + chrono::Days::new(30))
            .format("%Y-%m-%d")
            .to_string();
        identity::sign_directory(
            &self.secrets,
            DirectoryInput {
                ngo_id: "org.example.e2e".into(),
                name: "End to end".into(),
                endpoints: vec![endpoint.to_owned()],
                tls_spki_sha256: vec![],
                max_envelope_len: waymark_core::sync::wire::MAX_ENVELOPE_LEN as u32,
                accepts_dummy: true,
                expires,
                version: Some(
                    self.next_version
                        .fetch_add(1, std::sync::atomic::Ordering::SeqCst),
                ),
            },
        )
        .unwrap()
    }

    /// The NGO's pull: how many envelopes were new, and every report in its
    /// archive opened, by report id. Panics if an id is archived twice.
    fn pull(&self) -> (usize, BTreeMap<String, Opened>) {
        let new = self
            .runtime
            .block_on(ngo::pull(&self.client, &self.archive, &self.secrets.hpke))
            .unwrap();
        let (opened, unopened) = ngo::open_all(&self.archive, &self.secrets.hpke).unwrap();
        assert_eq!(unopened, 0);
        let mut by_id = BTreeMap::new();
        for o in opened {
            let id = o.report.id.to_hex();
            assert!(by_id.insert(id, o).is_none(), "stored twice");
        }
        (new, by_id)
    }

    fn reply(&self, report_id: &str, text: &str) {
        self.runtime
            .block_on(ngo::reply(
                &self.client,
                &self.archive,
                &self.secrets.hpke,
                report_id,
                text,
            ))
            .unwrap();
    }
}

impl Drop for RealInbox {
    fn drop(&mut self) {
        if let Some(server) = self.server.take() {
            self.runtime.block_on(server.stop());
        }
    }
}

/// Trusts the inbox's NGO in `vault` by its signing key, fetching the signed
/// directory from the real server.
fn trust(vault: &Arc<Vault>, inbox: &RealInbox) -> String {
    let ngos = Ngos::new(vault.clone());
    let key_id = ngos.trust(&inbox.signing_key, "").unwrap();
    let settings = SyncSettings::load(vault).unwrap();
    let entry = ngos
        .fetch_directory(
            &key_id,
            Some(&inbox.url),
            &settings.transport,
            chrono::Utc::now(),
        )
        .unwrap();
    assert_eq!(entry.endpoints, vec![inbox.url.clone()]);
    key_id
}

fn body_text(o: &Opened) -> &str {
    &o.report
        .body
        .iter()
        .find(|f| f.name == "text")
        .expect("a text field")
        .value
}

#[test]
fn queued_reports_reach_the_real_inbox_exactly_once_and_replies_come_back() {
    let tmp = tempfile::tempdir().unwrap();
    let inbox = RealInbox::start(&tmp.path().join("inbox"));
    let vault = new_vault(&tmp.path().join("phone"));
    let ngo = trust(&vault, &inbox);
    let mut settings = quick_settings(&vault);
    // Several rounds: at most two envelopes each.
    settings.max_sends_per_round = 2;
    settings.save(&vault).unwrap();
    let outbox = Outbox::new(vault.clone());
    let now = chrono::Utc::now();
    let mut queued = BTreeMap::new();
    for n in 0..5 {
        let text = format!("MARKER-e2e report {n}: they keep our passports");
        let q = outbox
            .queue_text(&ngo, ReportKind::FreeText, "en", &text, now)
            .unwrap();
        queued.insert(q.report_id, text);
    }

    let engine = SyncEngine::new(vault.clone());
    let mut sent = 0;
    for round in 0..10 {
        let r = engine
            .sync_once(&good_wifi(), now + chrono::Duration::minutes(round))
            .unwrap();
        assert_eq!(r.failed, 0, "{r:?}");
        sent += r.sent;
        if r.queued == 0 {
            break;
        }
    }
    assert_eq!(sent, 5);
    // Each sent item was confirmed only after its receipt verified against
    // the receipt key in the NGO's signed directory.
    let items = outbox.list().unwrap();
    assert_eq!(items.len(), 5);
    assert!(items.iter().all(|i| i.state == OutboxState::Sent));

    let (new, reports) = inbox.pull();
    assert_eq!(new, 5);
    assert_eq!(reports.len(), 5);
    for (id, text) in &queued {
        assert_eq!(body_text(&reports[id]), text);
    }
    // Nothing more arrives on a second sync and pull.
    let again = engine
        .sync_once(&good_wifi(), now + chrono::Duration::hours(1))
        .unwrap();
    assert_eq!((again.sent, again.queued), (0, 0), "{again:?}");
    assert_eq!(inbox.pull().0, 0);

    // The NGO answers two reports; the phone fetches and decrypts both.
    // Each poll round asks about a random two of the five reports (every
    // round has the same number of polls), so it may take a few rounds.
    let answered: Vec<&String> = queued.keys().take(2).collect();
    for id in &answered {
        inbox.reply(id, &format!("MARKER-e2e reply to {id}"));
    }
    let mut facts = good_wifi();
    facts.user_requested = true;
    let mut rounds = 0;
    let mut fetched = 0;
    while fetched < 2 {
        rounds += 1;
        assert!(rounds <= 60, "replies not fetched after {rounds} rounds");
        let r = engine
            .sync_once(&facts, now + chrono::Duration::hours(2))
            .unwrap();
        assert_eq!(r.outcome, SyncOutcome::Ran);
        assert_eq!(
            r.bytes_down,
            2 * waymark_core::sync::wire::REPLIES_ANSWER_LEN as u64
        );
        fetched += r.new_replies;
    }
    let replies = Replies::new(vault.clone()).list().unwrap();
    assert_eq!(replies.len(), 2);
    for id in answered {
        let r = replies.iter().find(|r| &r.report_id == id).unwrap();
        assert_eq!(r.text, format!("MARKER-e2e reply to {id}"));
    }
    // Asking again brings no copy of the same replies.
    for _ in 0..10 {
        let twice = engine
            .sync_once(&facts, now + chrono::Duration::hours(3))
            .unwrap();
        assert_eq!(twice.new_replies, 0);
    }
    assert_eq!(Replies::new(vault).list().unwrap().len(), 2);
}

#[test]
fn a_resend_after_a_lost_receipt_is_stored_once_by_the_real_inbox() {
    let tmp = tempfile::tempdir().unwrap();
    let inbox = RealInbox::start(&tmp.path().join("inbox"));
    let vault = new_vault(&tmp.path().join("phone"));
    // The phone reaches the inbox through a proxy that can lose answers.
    let proxy = FaultProxy::start(inbox.addr());
    let ngos = Ngos::new(vault.clone());
    let ngo = ngos.trust(&inbox.signing_key, "").unwrap();
    ngos.store_directory(&ngo, &inbox.directory_via(&proxy.url), chrono::Utc::now())
        .unwrap();
    quick_settings(&vault);
    let now = chrono::Utc::now();
    let q = Outbox::new(vault.clone())
        .queue_text(
            &ngo,
            ReportKind::FreeText,
            "en",
            "MARKER-e2e lost receipt",
            now,
        )
        .unwrap();
    let engine = SyncEngine::new(vault.clone());

    // The inbox stores the envelope, but its receipt never reaches the phone.
    proxy.set(Fault::StoredThen500);
    let lost = engine.sync_once(&good_wifi(), now).unwrap();
    assert_eq!((lost.sent, lost.failed, lost.queued), (0, 1, 1), "{lost:?}");
    assert_eq!(lost.last_failure, Some(FailureKind::ServerError));
    let (new, reports) = inbox.pull();
    assert_eq!(new, 1);
    assert!(reports.contains_key(&q.report_id));
    let item = &Outbox::new(vault.clone()).list().unwrap()[0];
    assert_eq!(item.state, OutboxState::Queued, "kept until a receipt");

    // The retry (past its backoff) gets a valid receipt for the same
    // envelope, and the inbox keeps one copy.
    proxy.set(Fault::Pass);
    let retry = engine
        .sync_once(&good_wifi(), now + chrono::Duration::hours(1))
        .unwrap();
    assert_eq!(
        (retry.sent, retry.failed, retry.queued),
        (1, 0, 0),
        "{retry:?}"
    );
    let (new, reports) = inbox.pull();
    assert_eq!(new, 0, "the resend was stored again");
    assert_eq!(reports.len(), 1);
    assert_eq!(body_text(&reports[&q.report_id]), "MARKER-e2e lost receipt");
    assert_eq!(
        Outbox::new(vault).list().unwrap()[0].state,
        OutboxState::Sent
    );
}
