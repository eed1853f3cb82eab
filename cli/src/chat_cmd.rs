//! `waymark chat`: the support assistant in the terminal, interactive or
//! from a script (one input per line), with `--json` transcripts so flows
//! can be tested end to end.

use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::sync::Arc;

use clap::Args;
use serde_json::json;
use waymark_core::assistant::{
    merge, sources_of, AssistantError, BuiltinHelplines, Context, Conversation, ConversationStore,
    Effect, HelplineSource, Library, QuestionnaireResult, Turn, Waiting,
};
use waymark_core::content::{builtin, load, ContentStore};

use crate::helplines_cmd::channel_line;
use crate::output::{loc, requested_languages, text, Failure, Output};
use crate::vault_cmd::unlocked;

#[derive(Args)]
pub struct ChatArgs {
    /// The person's country (ISO 3166-1 alpha-2, e.g. GB, UA, TH): which
    /// helplines to show.
    #[arg(long)]
    country: Option<String>,
    /// A vault to keep the conversation in (encrypted); it resumes where it
    /// stopped. Without it, nothing is saved.
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
    /// Start a new conversation instead of resuming the last one.
    #[arg(long)]
    new: bool,
    /// Read inputs from this file, one per line, instead of the keyboard.
    #[arg(long, value_name = "FILE")]
    script: Option<PathBuf>,
    /// For flow authors: also load the flows of this (unsigned) pack
    /// folder, to try them before signing. The app loads signed packs only.
    #[arg(long, value_name = "DIR")]
    pack: Option<PathBuf>,
}

/// The built-in flows, plus an author's pack folder when given.
fn library(pack: Option<&PathBuf>, helplines: Arc<dyn HelplineSource>) -> Result<Library, Failure> {
    let Some(dir) = pack else {
        return Library::builtin_with(helplines).map_err(failure);
    };
    let builtin = builtin::pack().map_err(crate::content_cmd::failure)?;
    let files: BTreeMap<String, Vec<u8>> = load::read_dir(dir)
        .map_err(crate::content_cmd::failure)?
        .into_iter()
        .map(|f| (f.path, f.data))
        .collect();
    let mut sources = sources_of(&builtin.files);
    merge(&mut sources, sources_of(&files));
    sources.helplines = Some(
        helplines
            .helplines(&Default::default())
            .map_err(crate::content_cmd::failure)?
            .into_iter()
            .map(|e| e.helpline.id)
            .collect(),
    );
    let result = Library::from_sources(&sources, &builtin.manifest.locales, helplines);
    result.map_err(|e| match e {
        AssistantError::Invalid { findings } => {
            let lines: Vec<String> = findings.iter().map(ToString::to_string).collect();
            eprintln!("{}", lines.join("\n"));
            failure(AssistantError::Invalid { findings })
        }
        other => failure(other),
    })
}

/// A failure of the assistant, with a stable kind for scripts.
pub fn failure(e: AssistantError) -> Failure {
    if let AssistantError::Vault(v) = &e {
        return Failure::from(v.clone());
    }
    if let AssistantError::Pack(p) = &e {
        return crate::content_cmd::failure(p.clone());
    }
    let kind = e.code();
    Failure::new(kind, e.user_message(loc()))
}

/// Prints one JSON line of the transcript. A closed pipe is not a reason
/// to panic.
fn print_json(v: &serde_json::Value) {
    let _ = writeln!(std::io::stdout().lock(), "{v}");
}

pub fn run(args: ChatArgs, lang: Option<&str>, json: bool, out: &Output) -> Result<(), Failure> {
    let locale = requested_languages(lang)
        .into_iter()
        .next()
        .unwrap_or_else(|| "en".to_owned());
    let context = Context {
        locale,
        country: args.country.clone(),
    };
    let (conversation, first) = match &args.dir {
        None => {
            let library = Arc::new(library(args.pack.as_ref(), Arc::new(BuiltinHelplines))?);
            Conversation::start(library, context, None).map_err(failure)?
        }
        Some(dir) => {
            let vault = unlocked(dir)?;
            let content = Arc::new(ContentStore::new(Arc::clone(&vault)));
            // The flows of packs installed in this vault join the built-in ones.
            let library = match args.pack.as_ref() {
                Some(_) => library(args.pack.as_ref(), content)?,
                None => Library::with_installed(content).map_err(failure)?,
            };
            let library = Arc::new(library);
            let store = ConversationStore::new(vault);
            let latest = if args.new {
                None
            } else {
                store.latest().map_err(failure)?
            };
            match latest {
                Some(id) => Conversation::resume(library, store, &id).map_err(failure)?,
                None => Conversation::start(library, context, Some(store)).map_err(failure)?,
            }
        }
    };
    let interactive = args.script.is_none();
    let reader: Box<dyn BufRead> = match &args.script {
        Some(path) => Box::new(std::io::BufReader::new(
            std::fs::File::open(path).map_err(|e| crate::content_cmd::failure(e.into()))?,
        )),
        None => Box::new(std::io::BufReader::new(std::io::stdin())),
    };
    show(out, json, None, &first);
    let prompt = || {
        if interactive && !json {
            print!("> ");
            let _ = std::io::stdout().flush();
        }
    };
    if interactive && !json {
        out.say(&text("cli-chat-hint", &[]));
    }
    prompt();
    for line in reader.lines() {
        let Ok(line) = line else { break };
        let input = line.trim_end_matches('\r').to_owned();
        if input.trim().is_empty() {
            prompt();
            continue;
        }
        let result = step(&conversation, &input);
        match result {
            Ok(Step::Turn(turn)) => {
                let exited = turn.waiting_for == Waiting::Nothing;
                show(out, json, Some(&input), &turn);
                if exited {
                    break;
                }
            }
            Ok(Step::Deleted) => {
                if json {
                    print_json(&json!({ "input": input, "deleted": true }));
                } else {
                    out.say(&text("cli-chat-deleted", &[]));
                }
                break;
            }
            Ok(Step::Unknown) => {
                let message = text("cli-chat-unknown-command", &[]);
                if json {
                    print_json(
                        &json!({ "input": input, "error": { "kind": "unknown_command", "message": message } }),
                    );
                } else {
                    out.say(&message);
                }
            }
            Err(e) => {
                let f = failure(e);
                if json {
                    print_json(
                        &json!({ "input": input, "error": { "kind": f.kind, "message": f.message } }),
                    );
                } else {
                    out.say(&f.message);
                }
            }
        }
        prompt();
    }
    Ok(())
}

enum Step {
    Turn(Turn),
    Deleted,
    Unknown,
}

/// One line of input: a command, or text for the assistant (numbers pick
/// choices; the assistant understands them too).
fn step(c: &Conversation, input: &str) -> Result<Step, AssistantError> {
    let trimmed = input.trim();
    let Some(command) = trimmed.strip_prefix('/') else {
        return c.say(input).map(Step::Turn);
    };
    let mut words = command.split_whitespace();
    let turn = match (words.next(), words.next()) {
        (Some("back"), None) => c.back()?,
        (Some("restart"), None) => c.restart()?,
        (Some("other"), None) => c.something_else()?,
        (Some("exit"), None) => c.quick_exit()?,
        (Some("urgent"), None) => c.urgent()?,
        (Some("delete"), None) => {
            c.delete()?;
            return Ok(Step::Deleted);
        }
        (Some("outcome"), Some(level)) => match QuestionnaireResult::parse(level) {
            Some(r) => c.questionnaire_finished(r)?,
            None => return Ok(Step::Unknown),
        },
        _ => return Ok(Step::Unknown),
    };
    Ok(Step::Turn(turn))
}

fn show(out: &Output, json: bool, input: Option<&str>, turn: &Turn) {
    if json {
        print_json(&json!({ "input": input, "turn": turn }));
        return;
    }
    if turn.waiting_for == Waiting::Nothing {
        out.say(&text("cli-chat-exited", &[]));
        return;
    }
    let mut lines: Vec<String> = turn.messages.clone();
    for e in &turn.effects {
        lines.extend(effect_lines(e));
    }
    for c in &turn.choices {
        lines.push(format!("  {}. {}", c.index + 1, c.label));
    }
    out.say(&lines.join("\n"));
}

fn effect_lines(e: &Effect) -> Vec<String> {
    match e {
        Effect::Helplines { helplines } if helplines.is_empty() => {
            vec![text("cli-chat-no-helplines", &[])]
        }
        Effect::Helplines { helplines } => helplines
            .iter()
            .flat_map(|h| {
                let mut v = vec![format!("  * {} — {} [{}]", h.name, h.operator, h.country)];
                v.extend(
                    h.channels
                        .iter()
                        .map(|c| format!("    {}", channel_line(c))),
                );
                v.extend(
                    [&h.hours, &h.confidentiality]
                        .into_iter()
                        .chain(&h.notices)
                        .chain(h.uncertain.as_ref())
                        .filter(|t| !t.is_empty())
                        .map(|t| format!("    {t}")),
                );
                v
            })
            .collect(),
        Effect::Call { number, .. } => {
            vec![text("cli-chat-call", &[("number", number.as_str().into())])]
        }
        Effect::Text {
            number, keyword, ..
        } => vec![match keyword {
            Some(k) => text(
                "cli-chat-text-keyword",
                &[
                    ("number", number.as_str().into()),
                    ("keyword", k.as_str().into()),
                ],
            ),
            None => text("cli-chat-text", &[("number", number.as_str().into())]),
        }],
        Effect::Open { url } => vec![text("cli-chat-open", &[("url", url.as_str().into())])],
        Effect::SafetyTip { text: t } => {
            vec![text("cli-chat-tip", &[("text", t.as_str().into())])]
        }
        Effect::SafetyPlanItem { text: t, .. } => {
            vec![text("cli-chat-plan", &[("text", t.as_str().into())])]
        }
        Effect::ReportDraft { .. } => vec![text("cli-chat-report", &[])],
        Effect::StartQuestionnaire { id, .. } => {
            vec![text(
                "cli-chat-questionnaire",
                &[("id", id.as_str().into())],
            )]
        }
        Effect::QuickExit => Vec::new(),
    }
}
