//! `waymark questionnaire …`: check questionnaire files while writing them,
//! and list the questionnaires a vault offers.

use std::path::{Path, PathBuf};

use clap::Subcommand;
use serde_json::{json, Value};
use waymark_core::content::ContentStore;
use waymark_core::questionnaire::catalog::{self, Catalog, CatalogError, QuestionnaireSource};
use waymark_core::questionnaire::{Finding, QuestionnaireError};

use crate::content_cmd;
use crate::output::{loc, text, Failure, Output};
use crate::vault_cmd::unlocked;

#[derive(Subcommand)]
pub enum QuestionnaireCommand {
    /// Check questionnaire files: every problem with its file, line and a
    /// plain reason. Translations are read from locales/<lang>/<name>.ftl
    /// beside each file (or in the pack around it).
    Check {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Import an ODK / Kobo form (XLSForm .xlsx or .xls, or XForm .xml) as a
    /// Waymark questionnaire: OUT/<id>.toml and OUT/locales/<lang>/<id>.ftl,
    /// with a report of every row converted, changed, left out or refused.
    Import {
        #[arg(value_name = "FORM")]
        form: PathBuf,
        /// Where to write the questionnaire (default: the current folder).
        #[arg(long, value_name = "DIR", default_value = ".")]
        out: PathBuf,
        /// Replace files written by an earlier import.
        #[arg(long)]
        force: bool,
    },
    /// List the questionnaires on offer: built in, and with --dir those of
    /// the packs installed in the vault.
    List {
        /// A vault whose installed packs are searched too.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

/// A catalog error for people and scripts.
pub fn catalog_failure(e: CatalogError) -> Failure {
    if let CatalogError::Pack(p) = &e {
        return content_cmd::failure(p.clone());
    }
    let kind = e.code();
    let message = e.user_message(loc());
    let failure = Failure::new(kind, message);
    match e {
        CatalogError::Invalid { findings, .. } => {
            let lines: Vec<String> = findings.iter().map(finding_line).collect();
            let message = format!(
                "{}\n{}\n{}",
                failure.message,
                lines.join("\n"),
                check_hint()
            );
            Failure::new(kind, message)
                .with_details(json!({ "findings": findings_json(&findings) }))
        }
        _ => failure,
    }
}

/// A questionnaire error for people and scripts; `loc` may hold the
/// questionnaire's own texts (for its constraint messages).
pub fn questionnaire_failure(e: QuestionnaireError, l: &waymark_core::i18n::Localizer) -> Failure {
    if let QuestionnaireError::Vault(v) = &e {
        return Failure::from(v.clone());
    }
    let kind = e.code();
    // Where the error is (question, block) comes first: an answers file
    // answers many questions at once.
    let message = e.located_message(l);
    match e {
        QuestionnaireError::Invalid { .. } => {
            Failure::new(kind, format!("{message} {}", check_hint()))
        }
        _ => Failure::new(kind, message),
    }
}

/// The command that lists a questionnaire's problems: a hint for the
/// terminal only (the core's message is also shown in the phone app).
fn check_hint() -> String {
    text("questionnaire-check-hint", &[])
}

/// `file:line: reason`, the reason in the user's language.
pub fn finding_line(f: &Finding) -> String {
    format!("{}:{}: {}", f.file, f.line, f.user_message(loc()))
}

fn findings_json(findings: &[Finding]) -> Vec<Value> {
    findings
        .iter()
        .map(|f| {
            json!({
                "file": f.file,
                "line": f.line,
                "column": f.column,
                "kind": f.kind,
                "message_id": f.message.id,
                "reason": f.user_message(loc()),
            })
        })
        .collect()
}

/// Checks one file: its printed lines, its JSON, and whether it is clean.
fn check_one(path: &Path) -> (Vec<String>, Value, bool) {
    let file = path.display().to_string();
    match catalog::check_file(path) {
        Ok(findings) if findings.is_empty() => (
            vec![text(
                "cli-questionnaire-check-clean",
                &[("file", file.as_str().into())],
            )],
            json!({ "file": file, "ok": true, "findings": [] }),
            true,
        ),
        Ok(findings) => (
            findings.iter().map(finding_line).collect(),
            json!({ "file": file, "ok": false, "findings": findings_json(&findings) }),
            false,
        ),
        // Unreadable: the file as a whole is the problem.
        Err(e) => {
            let reason = e.user_message(loc());
            (
                vec![format!("{file}: {reason}")],
                json!({ "file": file, "ok": false, "error": reason, "findings": [] }),
                false,
            )
        }
    }
}

pub fn run(cmd: QuestionnaireCommand, out: &Output) -> Result<(), Failure> {
    match cmd {
        QuestionnaireCommand::Check { files } => {
            let mut lines = Vec::new();
            let mut results = Vec::new();
            let mut bad = 0usize;
            for path in &files {
                let (l, v, ok) = check_one(path);
                lines.extend(l);
                results.push(v);
                bad += usize::from(!ok);
            }
            if bad == 0 {
                out.done(&lines.join("\n"), json!({ "files": results }));
                return Ok(());
            }
            // The findings are the result (stdout); the summary is the failure.
            out.say(&lines.join("\n"));
            let summary = text(
                "cli-questionnaire-check-failed",
                &[("count", bad.into()), ("total", files.len().into())],
            );
            Err(Failure::new("invalid_questionnaire", summary)
                .with_details(json!({ "files": results })))
        }
        QuestionnaireCommand::Import {
            form,
            out: dir,
            force,
        } => import(&form, &dir, force, out),
        QuestionnaireCommand::List { dir } => {
            let catalog = match &dir {
                Some(d) => Catalog::with_store(ContentStore::new(unlocked(d)?)),
                None => Catalog::builtin(),
            };
            let entries = catalog.list().map_err(catalog_failure)?;
            let lang = loc().locale().to_owned();
            let mut lines = Vec::new();
            let mut data = Vec::new();
            for e in &entries {
                let source = match &e.source {
                    QuestionnaireSource::Builtin => text("cli-questionnaire-source-builtin", &[]),
                    QuestionnaireSource::Pack { pack_id } => text(
                        "cli-questionnaire-source-pack",
                        &[("pack_id", pack_id.as_str().into())],
                    ),
                    QuestionnaireSource::File { path } => path.clone(),
                };
                // Loading proves the entry usable and gives its title.
                let (title, problem) = match catalog.load(&e.id) {
                    Ok(q) => match q.localizer(&[lang.as_str()]) {
                        Ok(l) => (Some(l.text(&q.questionnaire.title, &[])), None),
                        Err(err) => (None, Some(err.user_message(loc()))),
                    },
                    Err(err) => (None, Some(err.user_message(loc()))),
                };
                let shown = title.clone().or(problem.clone()).unwrap_or_default();
                lines.push(format!("{:<16} {shown} [{source}]", e.id));
                data.push(json!({
                    "id": e.id, "source": e.source, "locales": e.locales,
                    "title": title, "problem": problem,
                }));
            }
            let message = if entries.is_empty() {
                text("cli-questionnaire-list-none", &[])
            } else {
                lines.join("\n")
            };
            out.done(&message, json!(data));
            Ok(())
        }
    }
}

/// `waymark questionnaire import`: the core converts; this writes the files
/// and prints the report, one line per row by sheet and row (or XML path).
fn import(form: &Path, dir: &Path, force: bool, out: &Output) -> Result<(), Failure> {
    use waymark_core::questionnaire::import::{self, ImportAction};
    let imported = import::import_file(form)
        .map_err(|e| Failure::new("import_failed", e.message().format(loc())))?;
    let toml_path = dir.join(format!("{}.toml", imported.id));
    if toml_path.exists() && !force {
        let file = toml_path.display().to_string();
        return Err(Failure::new(
            "exists",
            text("cli-import-exists", &[("file", file.as_str().into())]),
        ));
    }
    let io = |e: std::io::Error| Failure::new("io", format!("{}: {e}", dir.display()));
    std::fs::create_dir_all(dir).map_err(io)?;
    std::fs::write(&toml_path, &imported.toml).map_err(io)?;
    for (lang, ftl) in &imported.ftl {
        let folder = dir.join("locales").join(lang);
        std::fs::create_dir_all(&folder).map_err(io)?;
        std::fs::write(folder.join(format!("{}.ftl", imported.id)), ftl).map_err(io)?;
    }
    // What `questionnaire check` says of the files just written.
    let (check_lines, _, clean) = check_one(&toml_path);
    let action = |a: ImportAction| match a {
        ImportAction::Converted => text("cli-import-action-converted", &[]),
        ImportAction::Changed => text("cli-import-action-changed", &[]),
        ImportAction::Dropped => text("cli-import-action-dropped", &[]),
        ImportAction::Refused => text("cli-import-action-refused", &[]),
    };
    let report = &imported.report;
    let mut lines: Vec<String> = report
        .lines
        .iter()
        .map(|l| {
            format!(
                "{}: {}: {}",
                l.place,
                action(l.action),
                l.message.format(loc())
            )
        })
        .collect();
    let file = toml_path.display().to_string();
    lines.push(text(
        "cli-import-wrote",
        &[
            ("file", file.as_str().into()),
            ("count", imported.ftl.len().into()),
        ],
    ));
    lines.push(text(
        "cli-import-summary",
        &[
            ("converted", report.count(ImportAction::Converted).into()),
            ("changed", report.count(ImportAction::Changed).into()),
            ("dropped", report.count(ImportAction::Dropped).into()),
            ("refused", report.count(ImportAction::Refused).into()),
        ],
    ));
    if clean {
        lines.push(text("cli-import-checked", &[]));
    } else {
        lines.extend(check_lines);
    }
    let json_lines: Vec<Value> = report
        .lines
        .iter()
        .map(|l| {
            json!({
                "place": l.place, "action": l.action,
                "message_id": l.message.id, "text": l.message.format(loc()),
            })
        })
        .collect();
    let data = json!({
        "id": imported.id, "file": file, "locales": imported.ftl.keys().collect::<Vec<_>>(),
        "checked": clean, "report": json_lines,
    });
    if !clean {
        out.say(&lines.join("\n"));
        return Err(Failure::new(
            "invalid_questionnaire",
            text(
                "cli-questionnaire-check-failed",
                &[("count", 1usize.into()), ("total", 1usize.into())],
            ),
        )
        .with_details(data));
    }
    out.done(&lines.join("\n"), data);
    Ok(())
}
