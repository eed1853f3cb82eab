//! `waymark flow check`: checks assistant flows with their translations and
//! intents, naming the file, the line and the reason of every problem.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clap::Subcommand;
use serde_json::json;
use waymark_core::assistant::{check, pack_sources, Finding};
use waymark_core::content::load;

use crate::content_cmd::failure;
use crate::output::{text, Failure, Output};

#[derive(Subcommand)]
pub enum FlowCommand {
    /// Check flow files (flows/<id>.toml in a pack folder), or every flow of
    /// pack folders: structure, unreachable nodes, dead ends, loops,
    /// translations, intents, and references to helplines, questionnaires,
    /// flows and variables.
    Check {
        /// Flow files or pack folders.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// A questionnaire id the app knows besides the built-in ones and
        /// the pack's own (repeatable).
        #[arg(long = "questionnaire", value_name = "ID")]
        questionnaires: Vec<String>,
    },
}

pub fn run(cmd: FlowCommand, out: &Output) -> Result<(), Failure> {
    let FlowCommand::Check {
        paths,
        questionnaires,
    } = cmd;
    let mut findings: Vec<Finding> = Vec::new();
    let mut files = 0usize;
    for path in &paths {
        let (root, only, extra) = locate(path)?;
        let loose = !extra.is_empty();
        let mut map: BTreeMap<String, Vec<u8>> = load::read_dir(&root)
            .map_err(failure)?
            .into_iter()
            .map(|f| (f.path, f.data))
            .collect();
        map.extend(extra);
        let sources = pack_sources(&map, &only, &questionnaires);
        files += sources.flows.len() + sources.texts.len() + sources.intents.len();
        for mut f in check(&sources).findings {
            f.file = if loose && only.contains(&f.file) {
                path.display().to_string()
            } else {
                root.join(&f.file).display().to_string()
            };
            findings.push(f);
        }
    }
    if findings.is_empty() {
        let message = text("cli-flow-ok", &[("count", files.into())]);
        out.done(&message, json!({ "findings": [], "files": files }));
        return Ok(());
    }
    out.say(
        &findings
            .iter()
            .map(Finding::to_string)
            .collect::<Vec<_>>()
            .join("\n"),
    );
    let summary = text("cli-flow-problems", &[("count", findings.len().into())]);
    let details = json!({ "findings": findings, "files": files });
    Err(Failure::new("invalid_flow", summary).with_details(details))
}

/// The pack folder to read, the flows to check in it (empty: all), and a
/// flow file that lives outside a `flows/` folder.
type Located = (PathBuf, Vec<String>, Vec<(String, Vec<u8>)>);

fn locate(path: &Path) -> Result<Located, Failure> {
    if path.is_dir() {
        return Ok((path.to_path_buf(), Vec::new(), Vec::new()));
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let parent = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let key = format!("flows/{name}");
    if parent.file_name().is_some_and(|n| n == "flows") {
        let root = parent.parent().unwrap_or(Path::new(".")).to_path_buf();
        let root = if root.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            root
        };
        return Ok((root, vec![key], Vec::new()));
    }
    // A loose file: its folder holds its locales/ and intents/, if any.
    let data = std::fs::read(path).map_err(|e| failure(e.into()))?;
    Ok((parent.to_path_buf(), vec![key.clone()], vec![(key, data)]))
}
