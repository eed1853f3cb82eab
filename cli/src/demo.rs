//! `waymark demo`: the story of what Waymark does so far, on a throwaway
//! vault in a temporary folder, explained step by step: the vault and its
//! journal, then a report's anonymous round trip to an NGO inbox started on
//! this computer ([`round_trip`]), then the emergency passcode and the panic
//! wipe.

mod round_trip;

use std::path::Path;
use std::sync::Arc;

use serde_json::json;
use waymark_core::{Journal, VaultError, VaultOptions};

use crate::output::{text, Failure, Output};
use crate::vault_cmd;

const PASSCODE: &str = "2468";
const NEW_PASSCODE: &str = "blue-river-7";
const DURESS: &str = "1357";
const WRONG_GUESS: &str = "0000";
const WIPE_AFTER: u32 = 10;
/// The example notes, in the user's language (searched for on disk below).
const NOTE_IDS: [&str; 3] = ["cli-demo-note-1", "cli-demo-note-2", "cli-demo-note-3"];

pub fn run(keep_inbox: Option<&Path>, out: &Output) -> Result<(), Failure> {
    if keep_inbox.is_some_and(|d| d.exists()) {
        return Err(Failure::localized("exists", "cli-demo-keep-inbox-exists"));
    }
    let tmp = tempfile::Builder::new()
        .prefix("waymark-demo-")
        .tempdir()
        .map_err(|_| Failure::localized("io", "cli-error-temp-folder"))?;
    let dir = tmp.path().join("vault");
    let notes: Vec<String> = NOTE_IDS.iter().map(|id| text(id, &[])).collect();
    let needles: Vec<&str> = notes.iter().map(String::as_str).collect();
    let mut steps = Vec::new();
    let mut step = |title_id: &str, body: String| {
        let title = text(title_id, &[]);
        out.say(&format!("\n== {title} ==\n{body}"));
        steps.push(json!({ "step": title }));
    };

    step(
        "cli-demo-step-1-title",
        text("cli-demo-step-1", &[("passcode", PASSCODE.into())]),
    );
    let vault = vault_cmd::open(&dir);
    vault.create(
        PASSCODE,
        &VaultOptions {
            wipe_after: Some(WIPE_AFTER),
            ..VaultOptions::default()
        },
    )?;
    let journal = Journal::new(Arc::clone(&vault));

    for note in &notes {
        journal.add(note)?;
    }
    let listed: Vec<String> = journal
        .list()?
        .iter()
        .map(|e| format!("  #{} {}", e.id, e.text))
        .collect();
    step(
        "cli-demo-step-2-title",
        format!("{}\n{}", text("cli-demo-step-2", &[]), listed.join("\n")),
    );

    vault.lock();
    let files = scan(&dir, &needles)?;
    let verdict = if files.found {
        "cli-demo-search-found"
    } else {
        "cli-demo-search-clean"
    };
    step(
        "cli-demo-step-3-title",
        format!(
            "{}\n{}\n{}",
            text("cli-demo-step-3", &[]),
            files.listing,
            text(verdict, &[])
        ),
    );
    if files.found {
        return Err(Failure::localized("demo_failed", "cli-demo-failed-found"));
    }

    let wrong = match vault.unlock(WRONG_GUESS) {
        Err(e) => Failure::from(e).message,
        Ok(()) => return Err(Failure::localized("demo_failed", "cli-demo-failed-duress")),
    };
    step(
        "cli-demo-step-4-title",
        text(
            "cli-demo-step-4",
            &[
                ("guess", WRONG_GUESS.into()),
                ("answer", wrong.into()),
                ("limit", WIPE_AFTER.into()),
            ],
        ),
    );

    vault.change_passcode(PASSCODE, NEW_PASSCODE)?;
    vault.unlock(NEW_PASSCODE)?;
    let still = journal.list()?.len();
    vault.lock();
    step(
        "cli-demo-step-5-title",
        text(
            "cli-demo-step-5",
            &[("passcode", NEW_PASSCODE.into()), ("count", still.into())],
        ),
    );

    vault.unlock(NEW_PASSCODE)?;
    let inbox_dir = keep_inbox.map_or_else(|| tmp.path().join("inbox"), Path::to_path_buf);
    let round_trip = round_trip::run(&vault, &inbox_dir, &mut step)?;
    vault.lock();

    vault.set_duress_passcode(NEW_PASSCODE, DURESS)?;
    step(
        "cli-demo-step-6-title",
        text("cli-demo-step-6", &[("duress", DURESS.into())]),
    );

    vault.unlock(DURESS)?;
    let after = journal.list()?.len();
    vault.lock();
    let gone = vault.unlock(NEW_PASSCODE).err();
    let gone_is_wrong = matches!(gone, Some(VaultError::WrongPasscode { .. }));
    let answer = gone.map(|e| Failure::from(e).message).unwrap_or_default();
    step(
        "cli-demo-step-7-title",
        text(
            "cli-demo-step-7",
            &[
                ("duress", DURESS.into()),
                ("count", after.into()),
                ("answer", answer.into()),
            ],
        ),
    );
    if after != 0 || !gone_is_wrong {
        return Err(Failure::localized("demo_failed", "cli-demo-failed-duress"));
    }

    vault.wipe()?;
    let remaining = scan(&dir, &needles)?;
    let left = if remaining.count == 0 {
        format!("  {}", text("cli-demo-no-files", &[]))
    } else {
        remaining.listing
    };
    step(
        "cli-demo-step-8-title",
        format!("{}\n{}", text("cli-demo-step-8", &[]), left),
    );
    out.say(&format!("\n{}", text("cli-demo-end", &[])));
    // The NGO's side: the desk, on the inbox the demo used.
    let desk = match keep_inbox {
        Some(kept) => text(
            "cli-demo-desk-kept",
            &[
                ("dir", kept.display().to_string().into()),
                (
                    "url",
                    round_trip["inbox"].as_str().unwrap_or_default().into(),
                ),
                ("passphrase", round_trip::INBOX_PASSPHRASE.into()),
            ],
        ),
        None => text("cli-demo-desk", &[]),
    };
    out.say(&format!("\n{desk}"));
    out.done("", json!({ "steps": steps, "round_trip": round_trip }));
    Ok(())
}

struct Scan {
    listing: String,
    count: usize,
    found: bool,
}

/// Lists the files under `dir` and looks for any of `needles` in their bytes.
fn scan(dir: &Path, needles: &[&str]) -> Result<Scan, Failure> {
    let mut listing = Vec::new();
    let mut found = false;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let bytes = std::fs::read(&path)
                .map_err(|_| Failure::localized("io", "cli-error-read-vault-file"))?;
            found |= needles
                .iter()
                .any(|n| bytes.windows(n.len()).any(|w| w == n.as_bytes()));
            let name = path
                .strip_prefix(dir)
                .unwrap_or(&path)
                .display()
                .to_string();
            let size = text("cli-demo-file-size", &[("size", bytes.len().into())]);
            listing.push(format!("  {name} ({size})"));
        }
    }
    listing.sort();
    Ok(Scan {
        count: listing.len(),
        listing: listing.join("\n"),
        found,
    })
}
