//! The demo's anonymous round trip: a real NGO inbox (the `waymark-inbox`
//! library, over SQLite) on 127.0.0.1 in the demo's temporary folder, a
//! questionnaire report sealed on the "phone" (the demo vault), delivered
//! under the send policy with a verified receipt, opened by the NGO with its
//! private key, and answered with a sealed reply that the reporter reads.

use std::net::{Ipv4Addr, SocketAddr};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use serde_json::{json, Value};
use waymark_core::envelope::Report as Envelope;
use waymark_core::i18n::Arg;
use waymark_core::questionnaire::{
    indicator_name, Answer, Catalog, Drafts, Mode, Outcome, Report as Finalized, Session, Slot,
};
use waymark_core::sync::{
    AfterQueue, Ngos, Outbox, OutboxState, Replies, SendDecision, SyncEngine, SyncOutcome,
    SyncReport, SyncSettings,
};
use waymark_core::{KdfParams, Vault};
use waymark_inbox::config::ConfigFile;
use waymark_inbox::identity::{self, SERVER_CONFIG};
use waymark_inbox::ngo::{self, archive::Archive, client::InboxClient, export::Opened};
use waymark_inbox::server::RunningInbox;
use waymark_inbox::{keyfile, run, InboxError};

use crate::outbox_cmd::{desktop_facts, report_text, sync_failure};
use crate::output::{loc, text, Failure};

/// The demo key file's passphrase (the folder is removed at the end, unless
/// kept with `--keep-inbox`; it is a demo, so the passphrase is no secret).
pub(super) const INBOX_PASSPHRASE: &str = "demo inbox passphrase, thrown away";
/// The random wait before a send, kept short for a demo (a phone's default
/// is one to fifteen minutes).
const DELAY_MIN: Duration = Duration::from_secs(1);
const DELAY_MAX: Duration = Duration::from_secs(3);
/// How long the demo waits for the policy and the inbox at most.
const PATIENCE: Duration = Duration::from_secs(30);
/// The scripted quick screen: which questions the interviewee says yes to.
const ANSWERS: [(&str, &str); 5] = [
    ("qs_cannot_leave", "no"),
    ("qs_documents", "yes"),
    ("qs_debt", "yes"),
    ("qs_threats", "no"),
    ("qs_deceived", "yes"),
];

/// A step's title message id and its text.
pub(super) type Say<'a> = dyn FnMut(&str, String) + 'a;

/// A round trip that did not come full circle. The cause is not shown: it
/// could carry report content.
fn failed<T>(_: T) -> Failure {
    Failure::localized("demo_failed", "cli-demo-sync-failed")
}

/// The inbox server and the NGO's tools, on their own tokio runtime (the
/// phone side below is blocking, as on a phone's background thread).
struct NgoSide {
    runtime: tokio::runtime::Runtime,
    server: Option<RunningInbox>,
    url: String,
    signing_key: String,
    client: InboxClient,
    archive: Archive,
    secrets: keyfile::NgoSecrets,
}

impl NgoSide {
    fn start(dir: &Path) -> Result<NgoSide, Failure> {
        let addr = free_loopback_addr()?;
        // The key file is thrown away with the folder: the cheapest KDF.
        let made = identity::create_local_inbox(dir, INBOX_PASSPHRASE, addr, KdfParams::MINIMUM)?;
        let loaded = ConfigFile::load(&dir.join(SERVER_CONFIG))?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .map_err(failed)?;
        let server = runtime.block_on(run::start(loaded, None))?;
        let url = format!("http://{}", server.addr);
        let key_file = std::fs::read(&made.key_file).map_err(failed)?;
        let secrets = keyfile::open(&key_file, INBOX_PASSPHRASE)?;
        let client = InboxClient::new(&url, &secrets.ngo_token)?;
        let archive = Archive::open(&dir.join("ngo-archive"))?;
        Ok(NgoSide {
            runtime,
            server: Some(server),
            url,
            signing_key: made.public.directory_public_key,
            client,
            archive,
            secrets,
        })
    }

    /// Pulls new envelopes into the NGO's archive and opens them all.
    fn pull(&self) -> Result<(usize, Vec<Opened>), Failure> {
        let fetched =
            self.runtime
                .block_on(ngo::pull(&self.client, &self.archive, &self.secrets.hpke))?;
        let (opened, _unopened) = ngo::open_all(&self.archive, &self.secrets.hpke)?;
        Ok((fetched, opened))
    }

    fn reply(&self, report_id: &str, body: &str) -> Result<(), Failure> {
        self.runtime.block_on(ngo::reply(
            &self.client,
            &self.archive,
            &self.secrets.hpke,
            report_id,
            body,
        ))?;
        Ok(())
    }
}

impl Drop for NgoSide {
    fn drop(&mut self) {
        if let Some(server) = self.server.take() {
            self.runtime.block_on(server.stop());
        }
    }
}

/// A free port on 127.0.0.1: the directory entry must name the address
/// before the server binds it.
fn free_loopback_addr() -> Result<SocketAddr, Failure> {
    std::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|l| l.local_addr())
        .map_err(|_| InboxError::Config { reason: "listen" }.into())
}

/// Runs the round trip between the unlocked `vault` and an inbox made in
/// `inbox_dir` (kept afterwards with `waymark demo --keep-inbox`). Returns
/// what a script can check.
pub(super) fn run(
    vault: &Arc<Vault>,
    inbox_dir: &Path,
    say: &mut Say<'_>,
) -> Result<Value, Failure> {
    let ngo = NgoSide::start(inbox_dir)?;
    say(
        "cli-demo-sync-inbox-title",
        text(
            "cli-demo-sync-inbox",
            &[("url", Arg::from(ngo.url.as_str()))],
        ),
    );

    // The phone trusts the NGO by its signing key only; everything else
    // (endpoints, keys) comes in the directory entry signed by that key.
    let now = chrono::Utc::now();
    let mut settings = SyncSettings::load(vault).map_err(sync_failure)?;
    let ngos = Ngos::new(vault.clone());
    let key_id = ngos.trust(&ngo.signing_key, "").map_err(sync_failure)?;
    let entry = ngos
        .fetch_directory(&key_id, Some(&ngo.url), &settings.transport, now)
        .map_err(sync_failure)?;
    say(
        "cli-demo-sync-trust-title",
        text(
            "cli-demo-sync-trust",
            &[
                ("name", Arg::from(entry.name.as_str())),
                ("key_id", Arg::from(key_id.as_str())),
                ("expires", Arg::from(entry.expires.as_str())),
            ],
        ),
    );

    let finalized = interview(vault)?;
    let indicators_here: Vec<String> = finalized
        .outcome
        .indicators
        .iter()
        .map(|i| i.id.clone())
        .collect();
    let answered = finalized.answers.len();
    say(
        "cli-demo-sync-interview-title",
        format!(
            "{}\n{}",
            text(
                "cli-demo-sync-interview",
                &[("answered", Arg::from(answered))]
            ),
            indicator_lines(&indicators_here)
        ),
    );

    let queued = Outbox::new(vault.clone())
        .queue_questionnaire(
            &key_id,
            &finalized.id,
            loc().locale(),
            AfterQueue::DeleteSource,
            now,
        )
        .map_err(sync_failure)?;
    let code = queued.receipt_code.to_letters();
    say(
        "cli-demo-sync-queued-title",
        text(
            "cli-demo-sync-queued",
            &[("code", Arg::from(code.as_str()))],
        ),
    );

    settings.delay_min = DELAY_MIN;
    settings.delay_max = DELAY_MAX;
    settings.save(vault).map_err(sync_failure)?;
    let engine = SyncEngine::new(vault.clone());
    let (waited, sent) = send_under_policy(&engine, &settings, say)?;
    let item = Outbox::new(vault.clone())
        .list()
        .map_err(sync_failure)?
        .into_iter()
        .find(|i| i.report_id == queued.report_id)
        .filter(|i| i.state == OutboxState::Sent)
        .ok_or_else(|| failed("not sent"))?;
    let day = item.sent_day.unwrap_or_default();
    say(
        "cli-demo-sync-receipt-title",
        format!(
            "{}\n{}",
            report_text(&sent),
            text(
                "cli-demo-sync-receipt",
                &[
                    ("day", Arg::from(day.as_str())),
                    ("code", Arg::from(code.as_str())),
                ]
            )
        ),
    );

    let (fetched, opened) = ngo.pull()?;
    let report = opened
        .iter()
        .find(|o| o.report.id.to_hex() == queued.report_id)
        .ok_or_else(|| failed("not in the inbox"))?;
    let at_ngo = indicators_of(&report.report)?;
    say(
        "cli-demo-sync-ngo-title",
        format!(
            "{}\n{}",
            text(
                "cli-demo-sync-ngo",
                &[
                    ("count", Arg::from(fetched)),
                    ("day", Arg::from(report.received_day.as_str())),
                ]
            ),
            indicator_lines(&at_ngo)
        ),
    );
    if at_ngo != indicators_here {
        return Err(failed("indicators differ"));
    }

    let reply_text = text("cli-demo-sync-reply-text", &[]);
    ngo.reply(&queued.report_id, &reply_text)?;
    say(
        "cli-demo-sync-reply-title",
        text(
            "cli-demo-sync-reply",
            &[("text", Arg::from(reply_text.as_str()))],
        ),
    );

    // The reporter checks for replies ("send now" and "check" are the user's
    // own choice, so no random wait).
    let fetched_replies = engine
        .sync_once(&desktop_facts(true), chrono::Local::now())
        .map_err(sync_failure)?;
    let replies = Replies::new(vault.clone()).list().map_err(sync_failure)?;
    let reply = replies
        .iter()
        .find(|r| r.report_id == queued.report_id && r.text == reply_text)
        .ok_or_else(|| failed("no reply"))?;
    say(
        "cli-demo-sync-read-title",
        format!(
            "{}\n{}\n  {}",
            report_text(&fetched_replies),
            text(
                "cli-demo-sync-read",
                &[("day", Arg::from(reply.day.as_str()))]
            ),
            reply.text
        ),
    );

    Ok(json!({
        "inbox": ngo.url,
        "ngo_key_id": key_id,
        "report_id": queued.report_id,
        "receipt_code": code.as_str(),
        "policy_waited": waited,
        "sent": sent.sent,
        "receipt_day": day,
        "ngo_pulled": fetched,
        "ngo_indicators": at_ngo,
        "reply_read": true,
        "reply": reply.text,
    }))
}

/// Answers the built-in quick screen as a worker would with an interviewee
/// and finalizes it into the vault.
fn interview(vault: &Arc<Vault>) -> Result<Finalized, Failure> {
    let loaded = Catalog::builtin().load("quick_screen").map_err(failed)?;
    let session = Session::start(
        Arc::clone(&loaded.questionnaire),
        Mode::Interviewer,
        Some(Drafts::new(vault.clone())),
    )
    .map_err(failed)?;
    for (question, answer) in ANSWERS {
        session
            .answer(&Slot::top(question), Answer::Choice(answer.into()))
            .map_err(failed)?;
    }
    session.finalize().map_err(failed)
}

/// The indicators inside an opened envelope (its `outcome` field).
fn indicators_of(report: &Envelope) -> Result<Vec<String>, Failure> {
    let field = report
        .body
        .iter()
        .find(|f| f.name == "outcome")
        .ok_or_else(|| failed("no outcome"))?;
    let outcome: Outcome = serde_json::from_str(&field.value).map_err(failed)?;
    Ok(outcome.indicators.into_iter().map(|i| i.id).collect())
}

fn indicator_lines(ids: &[String]) -> String {
    ids.iter()
        .map(|id| format!("  - {}", indicator_name(id, loc())))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Lets the engine decide as it would in the background: the policy first,
/// then a random wait, then the send. Returns the seconds waited and the
/// round that sent.
fn send_under_policy(
    engine: &SyncEngine,
    settings: &SyncSettings,
    say: &mut Say<'_>,
) -> Result<(u64, SyncReport), Failure> {
    let facts = desktop_facts(false);
    let decision = match settings.policy.decide(&facts, chrono::Local::now()) {
        SendDecision::Allow => text("cli-outbox-policy-allows", &[]),
        SendDecision::Deny { reason, .. } => text(
            "cli-sync-held",
            &[("reason", reason.user_message(loc()).into())],
        ),
    };
    let started = std::time::Instant::now();
    let mut first = None;
    loop {
        let report = engine
            .sync_once(&facts, chrono::Local::now())
            .map_err(sync_failure)?;
        match report.outcome {
            SyncOutcome::Ran if report.sent > 0 => {
                say(
                    "cli-demo-sync-policy-title",
                    format!(
                        "{decision}\n{}",
                        text(
                            "cli-demo-sync-policy",
                            &[
                                ("min", Arg::from(DELAY_MIN.as_secs() as usize)),
                                ("max", Arg::from(DELAY_MAX.as_secs() as usize)),
                                ("waited", Arg::from(first.unwrap_or(0) as usize)),
                            ]
                        )
                    ),
                );
                return Ok((first.unwrap_or(0), report));
            }
            SyncOutcome::Delayed if started.elapsed() < PATIENCE => {
                let at = report.next_check.ok_or_else(|| failed("no next check"))?;
                let wait = (at - chrono::Utc::now())
                    .to_std()
                    .unwrap_or(Duration::ZERO)
                    .min(PATIENCE);
                first.get_or_insert(wait.as_secs_f64().ceil() as u64);
                std::thread::sleep(wait + Duration::from_millis(50));
            }
            _ => return Err(Failure::new("demo_failed", report_text(&report))),
        }
    }
}
