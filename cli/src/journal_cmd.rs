//! `waymark journal …`

use std::io::Read;

use clap::Subcommand;
use serde_json::json;
use waymark_core::{Journal, JournalEntry};

use crate::output::{self, Failure, Output};
use crate::vault_cmd::{unlocked, DirArg};

#[derive(Subcommand)]
pub enum JournalCommand {
    /// Add a note. Without TEXT the note is read from standard input, which
    /// keeps it out of your shell history.
    Add {
        #[command(flatten)]
        dir: DirArg,
        text: Option<String>,
    },
    /// List all notes, oldest first.
    List(DirArg),
    /// Replace the text of note ID.
    Edit {
        #[command(flatten)]
        dir: DirArg,
        id: i64,
        text: Option<String>,
    },
    /// Delete note ID for good.
    Delete {
        #[command(flatten)]
        dir: DirArg,
        id: i64,
    },
}

fn text_or_stdin(text: Option<String>) -> Result<String, Failure> {
    match text {
        Some(t) => Ok(t),
        None => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|_| Failure::localized("io", "cli-journal-stdin-failed"))?;
            Ok(s.trim_end_matches(['\n', '\r']).to_owned())
        }
    }
}

fn show(entry: &JournalEntry) -> String {
    let when = entry.created_at.format("%Y-%m-%d %H:%M UTC");
    let edited = if entry.updated_at != entry.created_at {
        format!(" {}", output::text("cli-journal-edited", &[]))
    } else {
        String::new()
    };
    format!("#{} {when}{edited}\n{}", entry.id, entry.text)
}

pub fn run(cmd: JournalCommand, out: &Output) -> Result<(), Failure> {
    match cmd {
        JournalCommand::Add { dir, text } => {
            let text = text_or_stdin(text)?;
            let journal = Journal::new(unlocked(&dir.dir)?);
            let entry = journal.add(&text)?;
            out.done(
                &output::text("cli-journal-saved", &[("id", entry.id.to_string().into())]),
                json!(entry),
            );
        }
        JournalCommand::List(dir) => {
            let entries = Journal::new(unlocked(&dir.dir)?).list()?;
            let message = if entries.is_empty() {
                output::text("cli-journal-empty", &[])
            } else {
                entries.iter().map(show).collect::<Vec<_>>().join("\n\n")
            };
            out.done(&message, json!(entries));
        }
        JournalCommand::Edit { dir, id, text } => {
            let text = text_or_stdin(text)?;
            let entry = Journal::new(unlocked(&dir.dir)?).edit(id, &text)?;
            out.done(
                &output::text(
                    "cli-journal-changed",
                    &[("id", entry.id.to_string().into())],
                ),
                json!(entry),
            );
        }
        JournalCommand::Delete { dir, id } => {
            Journal::new(unlocked(&dir.dir)?).delete(id)?;
            out.done(
                &output::text("cli-journal-deleted", &[("id", id.to_string().into())]),
                json!({ "deleted": id }),
            );
        }
    }
    Ok(())
}
