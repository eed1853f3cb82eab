//! `waymark demo`: the story of what Waymark does so far, on a throwaway
//! vault in a temporary folder, explained step by step.

use std::path::Path;
use std::sync::Arc;

use serde_json::json;
use waymark_core::{Journal, VaultError, VaultOptions};

use crate::output::{Failure, Output};
use crate::vault_cmd;

const PASSCODE: &str = "2468";
const NEW_PASSCODE: &str = "blue-river-7";
const DURESS: &str = "1357";
const NOTES: [&str; 3] = [
    "Boss kept my passport again today",
    "No pay for 3 weeks, told I owe 900 for the room",
    "Locked in the dormitory after the shift",
];

pub fn run(out: &Output) -> Result<(), Failure> {
    let tmp = tempfile::Builder::new()
        .prefix("waymark-demo-")
        .tempdir()
        .map_err(|_| Failure::new("io", "Could not make a temporary folder."))?;
    let dir = tmp.path().join("vault");
    let mut steps = Vec::new();
    let mut step = |title: &str, text: String| {
        out.say(&format!("\n== {title} ==\n{text}"));
        steps.push(json!({ "step": title }));
    };

    step(
        "1. Make a vault",
        format!(
            "A vault is an encrypted place on the phone. We make one in a temporary folder,\n\
             protected by the passcode {PASSCODE}. Turning a passcode into a key takes a\n\
             moment on purpose: it makes guessing slow."
        ),
    );
    let vault = vault_cmd::open(&dir);
    vault.create(
        PASSCODE,
        &VaultOptions {
            wipe_after: Some(10),
            ..VaultOptions::default()
        },
    )?;
    let journal = Journal::new(Arc::clone(&vault));

    for note in NOTES {
        journal.add(note)?;
    }
    let listed: Vec<String> = journal
        .list()?
        .iter()
        .map(|e| format!("  #{} {}", e.id, e.text))
        .collect();
    step(
        "2. Write in the private journal",
        format!(
            "Someone writes down what happens to them, with the date:\n{}",
            listed.join("\n")
        ),
    );

    vault.lock();
    let files = scan(&dir, &NOTES)?;
    step(
        "3. Look at the files",
        format!(
            "The vault is locked. These are all its files on disk:\n{}\n\
             We searched every byte of them for the notes' words: {}.",
            files.listing,
            if files.found {
                "FOUND (this should never happen)"
            } else {
                "not found anywhere"
            }
        ),
    );
    if files.found {
        return Err(Failure::new(
            "demo_failed",
            "A note was found in plain text on disk.",
        ));
    }

    let wrong = vault.unlock("0000").unwrap_err();
    step(
        "4. Someone guesses the passcode",
        format!(
            "Trying 0000: \"{}\"\nThis vault wipes itself after 10 wrong guesses in a row,\n\
             and the count survives restarting the phone.",
            crate::output::Failure::from(wrong).message
        ),
    );

    vault.change_passcode(PASSCODE, NEW_PASSCODE)?;
    vault.unlock(NEW_PASSCODE)?;
    let still = journal.list()?.len();
    vault.lock();
    step(
        "5. Change the passcode",
        format!(
            "The passcode is now {NEW_PASSCODE}. Only the small key file changed; the data was not\n\
             re-encrypted. The journal still has {still} notes."
        ),
    );

    vault.set_duress_passcode(NEW_PASSCODE, DURESS)?;
    step(
        "6. Set a duress passcode",
        format!(
            "If someone forces the person to open the app, they can type {DURESS} instead.\n\
             It looks exactly like a normal unlock."
        ),
    );

    vault.unlock(DURESS)?;
    let after = journal.list()?.len();
    vault.lock();
    let gone = vault.unlock(NEW_PASSCODE).unwrap_err();
    step(
        "7. Unlock under pressure",
        format!(
            "Unlocking with {DURESS} succeeded and shows an empty journal ({after} notes).\n\
             Underneath, the real vault was destroyed first. The old passcode now gets:\n\
             \"{}\"",
            crate::output::Failure::from(gone.clone()).message
        ),
    );
    if after != 0 || !matches!(gone, VaultError::WrongPasscode { .. }) {
        return Err(Failure::new(
            "demo_failed",
            "The duress passcode did not destroy the vault.",
        ));
    }

    vault.wipe()?;
    let remaining = scan(&dir, &NOTES)?;
    step(
        "8. Panic wipe",
        format!(
            "One call destroys the vault, even while it is locked. Files left in the folder:\n{}",
            if remaining.count == 0 {
                "  (none)".to_owned()
            } else {
                remaining.listing
            }
        ),
    );
    out.say("\nThe demo used a temporary folder, which is now removed.");
    out.done("", json!({ "steps": steps }));
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
                .map_err(|_| Failure::new("io", "Could not read a vault file."))?;
            found |= needles
                .iter()
                .any(|n| bytes.windows(n.len()).any(|w| w == n.as_bytes()));
            let name = path
                .strip_prefix(dir)
                .unwrap_or(&path)
                .display()
                .to_string();
            listing.push(format!("  {name} ({} bytes)", bytes.len()));
        }
    }
    listing.sort();
    Ok(Scan {
        count: listing.len(),
        listing: listing.join("\n"),
        found,
    })
}
