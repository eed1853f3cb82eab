//! `waymark outbox …`: queue reports (sealed at once), list them, send now,
//! and see where things stand. On a desktop the network is taken to be
//! validated, unmetered Wi-Fi; the user's policy still applies.

use std::io::{IsTerminal, Read};
use std::sync::Arc;

use clap::Subcommand;
use serde_json::json;
use waymark_core::envelope::ReportKind;
use waymark_core::sync::{
    AfterQueue, Courier, NetworkFacts, Outbox, OutboxItem, OutboxState, SendDecision, SendFacts,
    SyncEngine, SyncError, SyncOutcome, SyncReport, SyncSettings, Transport,
};

use crate::output::{loc, text, Failure, Output};
use crate::passcode::Which;
use crate::vault_cmd::{open, unlocked, DirArg};

#[derive(Subcommand)]
pub enum OutboxCommand {
    /// Seal a report to an NGO and put it in the outbox. Without --journal or
    /// --questionnaire, the text is read from standard input (kept out of
    /// your shell history).
    Add {
        #[command(flatten)]
        dir: DirArg,
        /// The NGO's key id (see `waymark ngo list`).
        #[arg(long)]
        ngo: String,
        /// Attach these journal notes (repeat for several).
        #[arg(long = "journal", value_name = "ID", conflicts_with = "questionnaire")]
        journal: Vec<i64>,
        /// Send this finalized questionnaire report.
        #[arg(long, value_name = "REPORT_ID")]
        questionnaire: Option<String>,
        /// Delete the notes or the questionnaire report once sealed.
        #[arg(long)]
        delete_source: bool,
        /// Language of the report (BCP 47).
        #[arg(long, default_value = "en")]
        locale: String,
    },
    /// List what is waiting and what was delivered (no content).
    List(DirArg),
    /// Send what is waiting now (the user's "send now"), then fetch replies.
    /// With no passcode (no WAYMARK_PASSCODE, no terminal), sends through
    /// the courier while the vault stays locked; replies wait, sealed, for
    /// the next unlock.
    Send(DirArg),
    /// Counts, and whether the policy would allow sending now.
    Status(DirArg),
}

/// A sync error for people and scripts. Vault errors keep their own kinds.
pub fn sync_failure(e: SyncError) -> Failure {
    if let SyncError::Vault(v) = &e {
        return Failure::from(v.clone());
    }
    let kind = e.code();
    Failure::new(kind, e.user_message(loc()))
}

/// What a desktop can say about its network: validated Wi-Fi.
pub fn desktop_facts(user_requested: bool) -> SendFacts {
    SendFacts {
        network: NetworkFacts {
            transport: Transport::Wifi,
            validated: true,
            captive_portal: false,
            metered: false,
            roaming: false,
            vpn: false,
            network_identity: None,
        },
        charging: true,
        user_requested,
    }
}

fn kind_text(kind: ReportKind) -> String {
    let id = match kind {
        ReportKind::Questionnaire => "cli-outbox-kind-questionnaire",
        ReportKind::Journal => "cli-outbox-kind-journal",
        ReportKind::Assistant => "cli-outbox-kind-assistant",
        ReportKind::FreeText => "cli-outbox-kind-text",
    };
    text(id, &[])
}

fn item_line(item: &OutboxItem) -> String {
    let mut line = match item.state {
        OutboxState::Queued => text(
            "cli-outbox-line-queued",
            &[
                ("id", item.report_id.as_str().into()),
                ("kind", kind_text(item.kind).into()),
                ("attempts", item.attempts.to_string().into()),
            ],
        ),
        OutboxState::Sent => text(
            "cli-outbox-line-sent",
            &[
                ("id", item.report_id.as_str().into()),
                ("kind", kind_text(item.kind).into()),
                ("day", item.sent_day.clone().unwrap_or_default().into()),
            ],
        ),
    };
    if let (OutboxState::Queued, Some(f)) = (item.state, item.last_failure) {
        line.push_str(&format!(
            "\n    {}",
            text(
                "cli-outbox-last-problem",
                &[("reason", f.user_message(loc()).into())]
            )
        ));
    }
    line
}

/// One line about a `sync_once` result.
pub fn report_text(r: &SyncReport) -> String {
    let mut out = match r.outcome {
        SyncOutcome::Held { reason } => text(
            "cli-sync-held",
            &[("reason", reason.user_message(loc()).into())],
        ),
        SyncOutcome::Delayed => text("cli-sync-delayed", &[]),
        SyncOutcome::Idle => text("cli-sync-idle", &[]),
        SyncOutcome::Ran => text(
            "cli-sync-ran",
            &[
                ("sent", r.sent.to_string().into()),
                ("failed", r.failed.to_string().into()),
                ("queued", r.queued.to_string().into()),
                ("replies", r.new_replies.to_string().into()),
            ],
        ),
    };
    if let Some(f) = r.last_failure {
        out.push('\n');
        out.push_str(&text(
            "cli-outbox-last-problem",
            &[("reason", f.user_message(loc()).into())],
        ));
    }
    out
}

fn stdin_text() -> Result<String, Failure> {
    let mut s = String::new();
    std::io::stdin()
        .read_to_string(&mut s)
        .map_err(|_| Failure::localized("io", "cli-journal-stdin-failed"))?;
    Ok(s.trim_end_matches(['\n', '\r']).to_owned())
}

pub fn run(cmd: OutboxCommand, out: &Output) -> Result<(), Failure> {
    let now = chrono::Utc::now();
    match cmd {
        OutboxCommand::Add {
            dir,
            ngo,
            journal,
            questionnaire,
            delete_source,
            locale,
        } => {
            let after = if delete_source {
                AfterQueue::DeleteSource
            } else {
                AfterQueue::KeepSource
            };
            let body = if journal.is_empty() && questionnaire.is_none() {
                Some(stdin_text()?)
            } else {
                None
            };
            let outbox = Outbox::new(unlocked(&dir.dir)?);
            let queued = match (body, questionnaire) {
                (Some(body), _) => {
                    outbox.queue_text(&ngo, ReportKind::FreeText, &locale, &body, now)
                }
                (None, Some(id)) => outbox.queue_questionnaire(&ngo, &id, &locale, after, now),
                (None, None) => outbox.queue_journal(&ngo, &journal, &locale, after, now),
            }
            .map_err(sync_failure)?;
            let letters = queued.receipt_code.to_letters();
            let digits = queued.receipt_code.to_digits();
            let message = [
                text(
                    "cli-outbox-queued",
                    &[
                        ("id", queued.report_id.as_str().into()),
                        ("code", letters.as_str().into()),
                        ("digits", digits.as_str().into()),
                    ],
                ),
                text(
                    "cli-outbox-fingerprint",
                    &[("fingerprint", queued.fingerprint.as_str().into())],
                ),
            ]
            .join("\n");
            out.done(
                &message,
                json!({
                    "report_id": queued.report_id,
                    "receipt_code": letters.as_str(),
                    "receipt_code_digits": digits.as_str(),
                    "fingerprint": queued.fingerprint,
                }),
            );
        }
        OutboxCommand::List(dir) => {
            let items = Outbox::new(unlocked(&dir.dir)?)
                .list()
                .map_err(sync_failure)?;
            let message = if items.is_empty() {
                text("cli-outbox-empty", &[])
            } else {
                items.iter().map(item_line).collect::<Vec<_>>().join("\n")
            };
            out.done(&message, json!(items));
        }
        OutboxCommand::Send(dir) => {
            // No passcode given and nobody to ask (a scheduled job): send
            // through the courier, as a phone's background worker does.
            let passcode_given = std::env::var_os(Which::Current.env_var()).is_some();
            if !passcode_given && !std::io::stdin().is_terminal() {
                let vault = open(&dir.dir);
                if !vault.exists() {
                    return Err(waymark_core::VaultError::NotFound.into());
                }
                let courier = Arc::new(Courier::beside(&vault));
                let report = SyncEngine::for_courier(courier.clone())
                    .sync_once(&desktop_facts(true), chrono::Local::now())
                    .map_err(sync_failure)?;
                courier.close();
                let mut result = json!(report);
                result["through"] = json!("courier");
                out.done(&report_text(&report), result);
                return Ok(());
            }
            let vault = unlocked(&dir.dir)?;
            let report = SyncEngine::new(vault)
                .sync_once(&desktop_facts(true), chrono::Local::now())
                .map_err(sync_failure)?;
            let mut result = json!(report);
            result["through"] = json!("vault");
            out.done(&report_text(&report), result);
        }
        OutboxCommand::Status(dir) => {
            let vault = unlocked(&dir.dir)?;
            let (queued, sent) = Outbox::new(vault.clone()).counts().map_err(sync_failure)?;
            let settings = SyncSettings::load(&vault).map_err(sync_failure)?;
            let decision = settings
                .policy
                .decide(&desktop_facts(false), chrono::Local::now());
            let policy_line = match &decision {
                SendDecision::Allow => text("cli-outbox-policy-allows", &[]),
                SendDecision::Deny { reason, .. } => text(
                    "cli-sync-held",
                    &[("reason", reason.user_message(loc()).into())],
                ),
            };
            let message = format!(
                "{}\n{policy_line}",
                text(
                    "cli-outbox-status",
                    &[
                        ("queued", queued.to_string().into()),
                        ("sent", sent.to_string().into()),
                    ],
                )
            );
            let reason = match decision {
                SendDecision::Allow => None,
                SendDecision::Deny { reason, .. } => Some(reason),
            };
            out.done(
                &message,
                json!({ "queued": queued, "sent": sent, "allowed": reason.is_none(), "reason": reason }),
            );
        }
    }
    Ok(())
}
