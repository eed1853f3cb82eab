//! `waymark locales …`: list the embedded languages and lint locale folders.

use std::path::PathBuf;

use clap::Subcommand;
use serde_json::json;
use waymark_core::i18n::lint::{self, Finding};
use waymark_core::i18n::{locale_info, ReviewStatus, TextDirection};

use crate::output::{text, Failure, Output};

#[derive(Subcommand)]
pub enum LocalesCommand {
    /// Check every locale against English: missing, extra or changed
    /// messages and variables, syntax errors, missing files.
    Lint {
        /// A folder shaped <DIR>/<lang>/*.ftl (e.g. a content pack's
        /// locales/). Without it, the locales built into this program.
        #[arg(long, value_name = "DIR")]
        root: Option<PathBuf>,
    },
    /// List the built-in languages: code, name, direction, review status.
    List,
}

pub fn run(cmd: LocalesCommand, out: &Output) -> Result<(), Failure> {
    match cmd {
        LocalesCommand::Lint { root } => {
            let (findings, locales, files) = match &root {
                Some(dir) => {
                    let findings = lint::check_dir(dir);
                    let (locales, files) = count_dir(dir);
                    (findings, locales, files)
                }
                None => {
                    let files = waymark_core::i18n::embedded_files();
                    let mut langs: Vec<&str> = files.iter().map(|(l, _, _)| *l).collect();
                    langs.dedup();
                    (lint::check_embedded(), langs.len(), files.len())
                }
            };
            if findings.is_empty() {
                let message = text(
                    "cli-locales-lint-clean",
                    &[("locales", locales.into()), ("files", files.into())],
                );
                out.done(
                    &message,
                    json!({ "findings": [], "locales": locales, "files": files }),
                );
                return Ok(());
            }
            // Findings go to stdout (they are the result); the summary is the failure.
            out.say(
                &findings
                    .iter()
                    .map(Finding::to_string)
                    .collect::<Vec<_>>()
                    .join("\n"),
            );
            let summary = text(
                "cli-locales-lint-failed",
                &[("count", findings.len().into())],
            );
            let details = json!({ "findings": findings, "locales": locales, "files": files });
            Err(Failure::new("lint_failed", summary).with_details(details))
        }
        LocalesCommand::List => {
            let infos = locale_info();
            let lines: Vec<String> = infos
                .iter()
                .map(|i| {
                    let direction = match i.direction {
                        TextDirection::LeftToRight => text("cli-direction-ltr", &[]),
                        TextDirection::RightToLeft => text("cli-direction-rtl", &[]),
                    };
                    let status = match i.status {
                        ReviewStatus::Source => text("cli-status-source", &[]),
                        ReviewStatus::MachineAssisted => text("cli-status-machine-assisted", &[]),
                        ReviewStatus::NativeReviewed => text("cli-status-native-reviewed", &[]),
                    };
                    let name = if i.native_name == i.english_name {
                        i.native_name.clone()
                    } else {
                        format!("{} ({})", i.native_name, i.english_name)
                    };
                    format!("{:<8} {name} | {direction} | {status}", i.code)
                })
                .collect();
            out.done(&lines.join("\n"), json!(infos));
            Ok(())
        }
    }
}

/// Locale folders and `.ftl` files under `dir`, for the summary line.
fn count_dir(dir: &std::path::Path) -> (usize, usize) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return (0, 0);
    };
    let mut locales = 0;
    let mut files = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        if !path.is_dir() || entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        locales += 1;
        files += std::fs::read_dir(&path)
            .map(|it| {
                it.flatten()
                    .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
                    .count()
            })
            .unwrap_or(0);
    }
    (locales, files)
}
