//! `waymark replies`: the NGOs' answers to sent reports, decrypted inside
//! the vault. `--fetch` asks the inboxes first (like "send now").

use clap::Args;
use serde_json::json;
use waymark_core::sync::{Replies, SyncEngine};

use crate::outbox_cmd::{desktop_facts, report_text, sync_failure};
use crate::output::{text, Failure, Output};
use crate::vault_cmd::{unlocked, DirArg};

#[derive(Args)]
pub struct RepliesArgs {
    #[command(flatten)]
    dir: DirArg,
    /// Ask the inboxes for new replies first (sends what is waiting too).
    #[arg(long)]
    fetch: bool,
}

pub fn run(args: RepliesArgs, out: &Output) -> Result<(), Failure> {
    let vault = unlocked(&args.dir.dir)?;
    let mut lines = Vec::new();
    let mut sync = None;
    if args.fetch {
        let report = SyncEngine::new(vault.clone())
            .sync_once(&desktop_facts(true), chrono::Local::now())
            .map_err(sync_failure)?;
        lines.push(report_text(&report));
        sync = Some(report);
    }
    let replies = Replies::new(vault).list().map_err(sync_failure)?;
    if replies.is_empty() {
        lines.push(text("cli-replies-none", &[]));
    }
    for r in &replies {
        lines.push(format!(
            "{}\n{}",
            text(
                "cli-replies-line",
                &[
                    ("day", r.day.as_str().into()),
                    ("id", r.report_id.as_str().into()),
                ]
            ),
            r.text
        ));
    }
    out.done(
        &lines.join("\n\n"),
        json!({ "sync": sync, "replies": replies }),
    );
    Ok(())
}
