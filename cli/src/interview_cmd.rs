//! `waymark interview …`: run a questionnaire in the terminal, one question
//! at a time, or from an answers file for scripts and form testing.
//!
//! Every answer goes through the core's `Session`, which saves the draft in
//! the encrypted vault after each change: killing this process loses
//! nothing already answered, and no answer is ever written anywhere else.

use std::collections::HashSet;
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use clap::{Args, Subcommand, ValueEnum};
use serde_json::{json, Map, Value};
use waymark_core::content::{ContentStore, HelplineQuery};
use waymark_core::i18n::{Arg, Localizer};
use waymark_core::questionnaire::{
    answer_options, Action, Answer, Catalog, DraftInfo, Drafts, LoadedQuestionnaire, Mode,
    QuestionType, QuestionView, QuestionnaireError, ReviewItem, Session, Slot, Viewer,
};
use waymark_core::Vault;

use crate::helplines_cmd::channel_line;
use crate::output::{self, loc, text, Failure, Output};
use crate::questionnaire_cmd::{catalog_failure, questionnaire_failure};
use crate::vault_cmd::{unlocked, DirArg};

#[derive(Clone, Copy, ValueEnum)]
pub enum ModeArg {
    /// The worker reads the questions and records the answers.
    Interviewer,
    /// The person answers alone, on their own phone.
    #[value(name = "self")]
    SelfCheck,
    /// The worker hands over the device; only the summary comes back.
    #[value(name = "handover")]
    HandOver,
}

impl From<ModeArg> for Mode {
    fn from(m: ModeArg) -> Mode {
        match m {
            ModeArg::Interviewer => Mode::Interviewer,
            ModeArg::SelfCheck => Mode::SelfCheck,
            ModeArg::HandOver => Mode::HandOver,
        }
    }
}

/// How the answers come in and what the person's country is.
#[derive(Args, Clone)]
pub struct RunArgs {
    /// Answers from a file (TOML or JSON, name → value) instead of the
    /// terminal; see docs/questionnaires.md.
    #[arg(long, value_name = "FILE")]
    answers: Option<PathBuf>,
    /// With --answers: "stop here" after the last answer in the file.
    #[arg(long, requires = "answers")]
    stop: bool,
    /// With --answers: finalize after answering and store the report.
    #[arg(long, requires = "answers")]
    finalize: bool,
    /// The person's country (ISO 3166-1, e.g. TH), for the helplines in the
    /// summary.
    #[arg(long, value_name = "CC")]
    country: Option<String>,
}

/// A draft, and where its questionnaire comes from when it is a file.
#[derive(Args, Clone)]
pub struct DraftArgs {
    /// The draft id (see `waymark interview list`).
    draft: String,
    /// The questionnaire file the draft was started from (not needed for
    /// questionnaires from the built-in or installed packs).
    #[arg(long, value_name = "FILE")]
    file: Option<PathBuf>,
    #[command(flatten)]
    dir: DirArg,
}

#[derive(Subcommand)]
pub enum InterviewCommand {
    /// Start a questionnaire by id or from a file, and answer it here.
    Start {
        /// A questionnaire id (see `waymark questionnaire list`).
        #[arg(required_unless_present = "file", conflicts_with = "file")]
        id: Option<String>,
        /// A questionnaire file (with locales/<lang>/<name>.ftl beside it).
        #[arg(long, value_name = "FILE")]
        file: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "interviewer")]
        mode: ModeArg,
        /// Fix the date that today() gives (YYYY-MM-DD), for reproducible tests.
        #[arg(long, value_name = "DATE")]
        today: Option<NaiveDate>,
        #[command(flatten)]
        run: RunArgs,
        #[command(flatten)]
        dir: DirArg,
    },
    /// Continue a draft where it stopped.
    Resume {
        #[command(flatten)]
        draft: DraftArgs,
        #[command(flatten)]
        run: RunArgs,
    },
    /// Record one answer in a draft (VALUE as in an answers file).
    Answer {
        #[command(flatten)]
        draft: DraftArgs,
        /// The question's name.
        name: String,
        value: String,
        /// The repeat block, counting from 1.
        #[arg(long, value_name = "N")]
        block: Option<u32>,
    },
    /// Go back one question in a draft and show it.
    Back {
        #[command(flatten)]
        draft: DraftArgs,
    },
    /// Show every question asked so far with its answer.
    Review {
        #[command(flatten)]
        draft: DraftArgs,
    },
    /// Show the result: risk level, signs found, next steps, helplines.
    Summary {
        #[command(flatten)]
        draft: DraftArgs,
        #[arg(long, value_name = "CC")]
        country: Option<String>,
    },
    /// Finish a draft: score it and store the report in the vault.
    Finalize {
        #[command(flatten)]
        draft: DraftArgs,
        #[arg(long, value_name = "CC")]
        country: Option<String>,
    },
    /// List the drafts in the vault (no answers shown).
    List(DirArg),
}

/// Everything a command works with.
struct Ctx {
    vault: Arc<Vault>,
    drafts: Drafts,
    catalog: Catalog,
    /// The user's requested languages, best first.
    langs: Vec<String>,
}

impl Ctx {
    fn open(dir: &Path, lang: Option<&str>) -> Result<Ctx, Failure> {
        let vault = unlocked(dir)?;
        Ok(Ctx {
            drafts: Drafts::new(Arc::clone(&vault)),
            catalog: Catalog::with_store(ContentStore::new(Arc::clone(&vault))),
            vault,
            langs: output::requested_languages(lang),
        })
    }

    fn load(&self, id: Option<&str>, file: Option<&Path>) -> Result<Loaded, Failure> {
        let loaded = match (file, id) {
            (Some(f), _) => waymark_core::questionnaire::catalog::load_file(f),
            (None, Some(id)) => self.catalog.load(id),
            (None, None) => return Err(Failure::localized("usage", "cli-interview-need-source")),
        }
        .map_err(catalog_failure)?;
        let requested: Vec<&str> = self.langs.iter().map(String::as_str).collect();
        let loc = loaded.localizer(&requested).map_err(catalog_failure)?;
        Ok(Loaded { q: loaded, loc })
    }

    fn info(&self, draft: &str) -> Result<DraftInfo, Failure> {
        let drafts = self.drafts.list().map_err(|e| qfail(e, loc()))?;
        drafts
            .into_iter()
            .find(|d| d.id == draft)
            .ok_or_else(|| qfail(QuestionnaireError::DraftNotFound, loc()))
    }

    /// Opens a draft with its questionnaire.
    fn resume(&self, args: &DraftArgs) -> Result<(Loaded, Session), Failure> {
        let info = self.info(&args.draft)?;
        let loaded = self.load(Some(&info.questionnaire_id), args.file.as_deref())?;
        let session = self
            .drafts
            .resume(&args.draft, Arc::clone(&loaded.q.questionnaire))
            .map_err(|e| qfail(e, &loaded.loc))?;
        Ok((loaded, session))
    }
}

/// A questionnaire and a localizer holding its texts.
struct Loaded {
    q: LoadedQuestionnaire,
    loc: Localizer,
}

impl Loaded {
    fn t(&self, id: &str) -> String {
        self.loc.text(id, &[])
    }

    fn title(&self) -> String {
        self.t(&self.q.questionnaire.title)
    }
}

fn qfail(e: QuestionnaireError, l: &Localizer) -> Failure {
    questionnaire_failure(e, l)
}

/// Who looks at a summary or review run from the command line: the person
/// in a self-check, otherwise the worker (so hand-over answers stay private).
fn viewer_of(mode: Mode) -> Viewer {
    if mode == Mode::SelfCheck {
        Viewer::Respondent
    } else {
        Viewer::Worker
    }
}

pub fn run(cmd: InterviewCommand, lang: Option<&str>, out: &Output) -> Result<(), Failure> {
    match cmd {
        InterviewCommand::Start {
            id,
            file,
            mode,
            today,
            run,
            dir,
        } => {
            let cx = Ctx::open(&dir.dir, lang)?;
            let loaded = cx.load(id.as_deref(), file.as_deref())?;
            let session = Session::start(
                Arc::clone(&loaded.q.questionnaire),
                mode.into(),
                Some(cx.drafts.clone()),
            )
            .map_err(|e| qfail(e, &loaded.loc))?;
            if today.is_some() {
                session
                    .set_today(today)
                    .map_err(|e| qfail(e, &loaded.loc))?;
            }
            let draft = session.draft_id().unwrap_or_default();
            let started = text(
                "cli-interview-started",
                &[
                    ("title", loaded.title().into()),
                    ("draft", draft.as_str().into()),
                ],
            );
            drive(&cx, &loaded, &session, &run, &dir.dir, &started, out)
        }
        InterviewCommand::Resume { draft, run } => {
            let cx = Ctx::open(&draft.dir.dir, lang)?;
            let (loaded, session) = cx.resume(&draft)?;
            let resumed = text("cli-interview-resumed", &[("title", loaded.title().into())]);
            drive(&cx, &loaded, &session, &run, &draft.dir.dir, &resumed, out)
        }
        InterviewCommand::Answer {
            draft,
            name,
            value,
            block,
        } => {
            let cx = Ctx::open(&draft.dir.dir, lang)?;
            let (loaded, session) = cx.resume(&draft)?;
            let q = &loaded.q.questionnaire;
            let question = q.question(&name).ok_or_else(|| {
                qfail(
                    QuestionnaireError::UnknownQuestion { name: name.clone() },
                    &loaded.loc,
                )
            })?;
            // Free text is taken as typed; other values are read as they
            // would be in a JSON answers file (34, ["a","b"]), else as text.
            let parsed: Value = if question.kind == QuestionType::Text {
                Value::String(value)
            } else {
                serde_json::from_str(&value).unwrap_or(Value::String(value))
            };
            let answer = scripted_answer(&name, question.kind, &parsed, &loaded.loc)?;
            let slot = Slot {
                question: name,
                instance: block.map(|b| b.saturating_sub(1)),
            };
            session
                .answer(&slot, answer)
                .map_err(|e| qfail(e, &loaded.loc))?;
            out.done(
                &text("cli-interview-answer-saved", &[]),
                json!({ "draft_id": draft.draft, "progress": session.progress() }),
            );
            Ok(())
        }
        InterviewCommand::Back { draft } => {
            let cx = Ctx::open(&draft.dir.dir, lang)?;
            let (loaded, session) = cx.resume(&draft)?;
            session.back().map_err(|e| qfail(e, &loaded.loc))?;
            let show = may_see_answers(&session);
            let (t, v) = match session.current() {
                Some(view) => (
                    question_text(&loaded, &session, &view, show),
                    view_json(&view, show),
                ),
                None => (text("cli-interview-end", &[]), Value::Null),
            };
            out.done(&t, json!({ "draft_id": draft.draft, "current": v }));
            Ok(())
        }
        InterviewCommand::Review { draft } => {
            let cx = Ctx::open(&draft.dir.dir, lang)?;
            let (loaded, session) = cx.resume(&draft)?;
            if !may_see_answers(&session) {
                return Err(Failure::localized("private", "cli-interview-review-hidden"));
            }
            let items = session.review();
            out.done(
                &review_text(&loaded, &session, &items),
                json!({ "draft_id": draft.draft, "answers": items_json(&loaded, &session, &items) }),
            );
            Ok(())
        }
        InterviewCommand::Summary { draft, country } => {
            let cx = Ctx::open(&draft.dir.dir, lang)?;
            let (loaded, session) = cx.resume(&draft)?;
            let viewer = viewer_of(session.mode());
            let (t, mut v) = summary(&cx, &loaded, &session, viewer, country.as_deref());
            v["draft_id"] = json!(draft.draft);
            out.done(&t, v);
            Ok(())
        }
        InterviewCommand::Finalize { draft, country } => {
            let cx = Ctx::open(&draft.dir.dir, lang)?;
            let (loaded, session) = cx.resume(&draft)?;
            finalize(&cx, &loaded, &session, country.as_deref(), false, out)
        }
        InterviewCommand::List(dir) => {
            let cx = Ctx::open(&dir.dir, lang)?;
            let drafts = cx.drafts.list().map_err(|e| qfail(e, loc()))?;
            let lines: Vec<String> = drafts
                .iter()
                .map(|d| {
                    text(
                        "cli-interview-draft-line",
                        &[
                            ("draft", d.id.as_str().into()),
                            ("questionnaire", d.questionnaire_id.as_str().into()),
                            ("version", d.version.to_string().into()),
                            ("mode", mode_name(d.mode).into()),
                            (
                                "updated",
                                d.updated_at.format("%Y-%m-%d %H:%M").to_string().into(),
                            ),
                        ],
                    )
                })
                .collect();
            let t = if drafts.is_empty() {
                text("cli-interview-no-drafts", &[])
            } else {
                lines.join("\n")
            };
            out.done(&t, json!(drafts));
            Ok(())
        }
    }
}

fn mode_name(m: Mode) -> String {
    text(
        match m {
            Mode::Interviewer => "cli-interview-mode-interviewer",
            Mode::SelfCheck => "cli-interview-mode-self",
            Mode::HandOver => "cli-interview-mode-handover",
        },
        &[],
    )
}

/// Whether the one at the terminal may see the answers: always, except the
/// worker after a hand-over without the person's consent.
fn may_see_answers(session: &Session) -> bool {
    session
        .summary_for(viewer_of(session.mode()))
        .answers
        .is_some()
}

/// Scripted or interactive, then the summary (and the report with
/// `--finalize`).
fn drive(
    cx: &Ctx,
    loaded: &Loaded,
    session: &Session,
    run: &RunArgs,
    dir: &Path,
    opening: &str,
    out: &Output,
) -> Result<(), Failure> {
    let draft = session.draft_id().unwrap_or_default();
    if let Some(file) = &run.answers {
        apply_answers_file(loaded, session, file)?;
        if run.stop {
            session.stop().map_err(|e| qfail(e, &loaded.loc))?;
        }
        if run.finalize {
            return finalize(cx, loaded, session, run.country.as_deref(), false, out);
        }
        let viewer = viewer_of(session.mode());
        let (t, mut v) = summary(cx, loaded, session, viewer, run.country.as_deref());
        v["draft_id"] = json!(draft);
        out.done(&t, v);
        return Ok(());
    }
    let mut screen = Screen::new(out.is_json());
    screen.line(opening);
    screen.line(&commands_help());
    match interactive(loaded, session, &mut screen)? {
        Ending::Left => {
            let t = text(
                "cli-interview-left",
                &[
                    ("draft", draft.as_str().into()),
                    ("dir", dir.display().to_string().into()),
                ],
            );
            out.done(&t, json!({ "draft_id": draft, "finished": false }));
            Ok(())
        }
        Ending::Finished => {
            if session.mode() == Mode::HandOver {
                let consent = screen.ask_yes_no(loaded, "cli-interview-consent", &[])?;
                session
                    .set_consent_to_show_answers(consent)
                    .map_err(|e| qfail(e, &loaded.loc))?;
                screen.line(&text("cli-interview-hand-back", &[]));
                screen.wait_enter();
                screen.clear();
            }
            let viewer = viewer_of(session.mode());
            let (t, _) = summary(cx, loaded, session, viewer, run.country.as_deref());
            screen.line(&t);
            if screen.ask_yes_no(loaded, "cli-interview-finalize-ask", &[])? {
                finalize(
                    cx,
                    loaded,
                    session,
                    run.country.as_deref(),
                    !out.is_json(),
                    out,
                )
            } else {
                let t = text(
                    "cli-interview-left",
                    &[
                        ("draft", draft.as_str().into()),
                        ("dir", dir.display().to_string().into()),
                    ],
                );
                out.done(&t, json!({ "draft_id": draft, "finished": false }));
                Ok(())
            }
        }
    }
}

/// Scores, stores the report and prints it; `shown` when the summary is
/// already on the screen.
fn finalize(
    cx: &Ctx,
    loaded: &Loaded,
    session: &Session,
    country: Option<&str>,
    shown: bool,
    out: &Output,
) -> Result<(), Failure> {
    let viewer = viewer_of(session.mode());
    let (t, mut v) = summary(cx, loaded, session, viewer, country);
    let report = session.finalize().map_err(|e| qfail(e, &loaded.loc))?;
    let done = text(
        "cli-interview-finalized",
        &[("report", report.id.as_str().into())],
    );
    v["report_id"] = json!(report.id);
    v["draft_id"] = Value::Null;
    let t = if shown {
        done
    } else {
        format!("{t}\n\n{done}")
    };
    out.done(&t, v);
    Ok(())
}

// ------------------------------------------------------------------ answers file

/// Reads an answers file: TOML, or JSON when it ends in `.json` or starts
/// with `{`. Top-level keys are question names; a repeat section's id holds
/// a list of blocks, each a table of its questions.
fn read_answers_file(path: &Path) -> Result<Map<String, Value>, Failure> {
    let bad = |reason: String| {
        Failure::new(
            "invalid_answers",
            text("cli-interview-answers-file", &[("reason", reason.into())]),
        )
    };
    let src = std::fs::read_to_string(path).map_err(|e| bad(format!("{:?}", e.kind())))?;
    let is_json =
        path.extension().is_some_and(|e| e == "json") || src.trim_start().starts_with('{');
    let value = if is_json {
        // serde_json's messages give the line and column, never the value.
        serde_json::from_str::<Value>(&src).map_err(|e| bad(e.to_string()))?
    } else {
        let table = src
            .parse::<toml::Table>()
            .map_err(|e| bad(e.message().trim().to_owned()))?;
        toml_to_json(toml::Value::Table(table))
    };
    match value {
        Value::Object(map) => Ok(map),
        _ => Err(bad("not a table of answers".to_owned())),
    }
}

fn toml_to_json(v: toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => json!(i),
        toml::Value::Float(f) => json!(f),
        toml::Value::Boolean(b) => json!(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.into_iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => {
            Value::Object(t.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect())
        }
    }
}

/// An answer from a JSON value for a question of type `kind`. The value is
/// never quoted in an error.
fn scripted_answer(
    name: &str,
    kind: QuestionType,
    v: &Value,
    l: &Localizer,
) -> Result<Answer, Failure> {
    let wrong = || {
        qfail(
            QuestionnaireError::WrongType {
                name: name.to_owned(),
            },
            l,
        )
    };
    match v.as_str() {
        Some("not_sure") => return Ok(Answer::NotSure),
        Some("prefer_not_to_say") => return Ok(Answer::PreferNotToSay),
        _ => {}
    }
    use QuestionType as T;
    Ok(match (kind, v) {
        (T::YesNo, Value::Bool(b)) => Answer::Choice(if *b { "yes" } else { "no" }.into()),
        (T::YesNo | T::SingleChoice | T::Region, Value::String(s)) => Answer::Choice(s.clone()),
        (T::MultipleChoice, Value::Array(items)) => Answer::Choices(
            items
                .iter()
                .map(|i| i.as_str().map(str::to_owned).ok_or_else(wrong))
                .collect::<Result<_, _>>()?,
        ),
        (T::MultipleChoice, Value::String(s)) => Answer::Choices(
            s.split(',')
                .map(str::trim)
                .filter(|x| !x.is_empty())
                .map(str::to_owned)
                .collect(),
        ),
        (T::Text, Value::String(s)) => Answer::Text(s.clone()),
        (T::Integer, Value::Number(n)) => Answer::Integer(n.as_i64().ok_or_else(wrong)?),
        (T::Integer, Value::String(s)) => {
            Answer::Integer(ascii_digits(s).trim().parse().map_err(|_| wrong())?)
        }
        (T::Decimal, Value::Number(n)) => Answer::Decimal(n.as_f64().ok_or_else(wrong)?),
        (T::Decimal, Value::String(s)) => Answer::Decimal(parse_decimal(s).ok_or_else(wrong)?),
        (T::Date, Value::String(s)) => Answer::Date(parse_date(s).ok_or_else(wrong)?),
        (T::Acknowledgement, Value::Bool(true)) => Answer::Acknowledged,
        (T::Acknowledgement, Value::String(s)) if s == "yes" || s == "acknowledged" => {
            Answer::Acknowledged
        }
        (T::Note | T::Calculate, _) => {
            return Err(qfail(
                QuestionnaireError::NotAnswerable {
                    name: name.to_owned(),
                },
                l,
            ))
        }
        _ => return Err(wrong()),
    })
}

/// Applies an answers file in the questionnaire's order (so that skip logic
/// sees earlier answers first), adding one repeat block per list entry.
fn apply_answers_file(loaded: &Loaded, session: &Session, path: &Path) -> Result<(), Failure> {
    let mut map = read_answers_file(path)?;
    let q = &loaded.q.questionnaire;
    let l = &loaded.loc;
    for section in &q.sections {
        let questions: Vec<_> = q
            .questions
            .iter()
            .filter(|x| q.section_of(x).is_some_and(|s| s.id == section.id))
            .collect();
        if !section.repeat {
            for question in questions {
                if let Some(v) = map.remove(&question.name) {
                    let a = scripted_answer(&question.name, question.kind, &v, l)?;
                    session
                        .answer(&Slot::top(&question.name), a)
                        .map_err(|e| qfail(e, l))?;
                }
            }
            continue;
        }
        let Some(blocks) = map.remove(&section.id) else {
            continue;
        };
        let not_list = || {
            Failure::new(
                "invalid_answers",
                text(
                    "cli-interview-answers-not-list",
                    &[("name", section.id.as_str().into())],
                ),
            )
        };
        let Value::Array(blocks) = blocks else {
            return Err(not_list());
        };
        for block in blocks {
            let Value::Object(mut block) = block else {
                return Err(not_list());
            };
            let i = session.add_repeat(&section.id).map_err(|e| qfail(e, l))?;
            for question in &questions {
                if let Some(v) = block.remove(&question.name) {
                    let a = scripted_answer(&question.name, question.kind, &v, l)?;
                    session
                        .answer(&Slot::at(&question.name, i), a)
                        .map_err(|e| qfail(e, l))?;
                }
            }
            if let Some(name) = block.keys().next() {
                return Err(unknown_in_file(name));
            }
        }
    }
    match map.keys().next() {
        Some(name) => Err(unknown_in_file(name)),
        None => Ok(()),
    }
}

fn unknown_in_file(name: &str) -> Failure {
    // Names are the script's keys, not answers; cap them all the same.
    let name: String = name.chars().take(64).collect();
    Failure::new(
        "invalid_answers",
        text("cli-interview-answers-unknown", &[("name", name.into())]),
    )
}

// ------------------------------------------------------------------ reading answers

/// Digits of any script the shipped locales use (Arabic-Indic, Persian,
/// Devanagari, Thai, Burmese, full-width) as ASCII, so "٣٤" reads as 34.
fn ascii_digits(s: &str) -> String {
    const ZEROS: [u32; 6] = [0x0660, 0x06F0, 0x0966, 0x0E50, 0x1040, 0xFF10];
    s.chars()
        .map(|c| {
            let code = c as u32;
            ZEROS
                .iter()
                .find(|&&z| (z..z + 10).contains(&code))
                .and_then(|&z| char::from_digit(code - z, 10))
                .unwrap_or(c)
        })
        .collect()
}

/// A decimal number with `.`, `,` or the Arabic decimal separator.
fn parse_decimal(s: &str) -> Option<f64> {
    let s = ascii_digits(s.trim()).replace(['٫', ','], ".");
    s.parse::<f64>().ok().filter(|f| f.is_finite())
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(ascii_digits(s.trim()).as_str(), "%Y-%m-%d").ok()
}

/// Lower-case, trimmed, ASCII digits: how typed words are compared.
fn fold(s: &str) -> String {
    ascii_digits(s.trim()).to_lowercase()
}

/// What a typed line means.
enum Input {
    Answer(Answer),
    Command(Command),
    /// An empty line: move on without answering.
    Skip,
    NotUnderstood,
}

#[derive(Clone, Copy, PartialEq)]
enum Command {
    Back,
    Review,
    Stop,
    Quit,
    Help,
    Go(usize),
}

/// Command words in the user's language, and in English (always accepted).
fn command_of(line: &str) -> Option<Command> {
    let folded = fold(line);
    let mut words = folded.split_whitespace();
    let first = words.next()?;
    let rest: Vec<&str> = words.collect();
    let is = |id: &str, english: &str| first == fold(&text(id, &[])) || first == english;
    if is("cli-interview-cmd-go", "go") {
        return match rest.as_slice() {
            [n] => n.parse().ok().map(Command::Go),
            _ => None,
        };
    }
    if !rest.is_empty() {
        return None;
    }
    [
        ("cli-interview-cmd-back", "back", Command::Back),
        ("cli-interview-cmd-review", "review", Command::Review),
        ("cli-interview-cmd-stop", "stop", Command::Stop),
        ("cli-interview-cmd-quit", "quit", Command::Quit),
        ("cli-interview-cmd-help", "help", Command::Help),
    ]
    .into_iter()
    .find(|(id, en, _)| is(id, en))
    .map(|(_, _, c)| c)
}

fn commands_help() -> String {
    let w = |id: &str| Arg::from(text(id, &[]));
    text(
        "cli-interview-commands",
        &[
            ("back", w("cli-interview-cmd-back")),
            ("review", w("cli-interview-cmd-review")),
            ("stop", w("cli-interview-cmd-stop")),
            ("quit", w("cli-interview-cmd-quit")),
            ("help", w("cli-interview-cmd-help")),
        ],
    )
}

/// The numbered options of a question, as the core orders them
/// (`answer_options`), with their labels in the user's language.
fn options(loaded: &Loaded, view: &QuestionView) -> Vec<(String, Answer)> {
    answer_options(view)
        .into_iter()
        .map(|o| (loaded.t(&o.label), o.answer))
        .collect()
}

/// Reads one typed line as an answer to `view`: a number from the list, a
/// choice's words in the user's language, a choice name, or a value.
fn parse_input(loaded: &Loaded, view: &QuestionView, line: &str) -> Input {
    if line.trim().is_empty() {
        return Input::Skip;
    }
    if let Some(c) = command_of(line) {
        return Input::Command(c);
    }
    let opts = options(loaded, view);
    let folded = fold(line);
    let pick = |word: &str| -> Option<Answer> {
        if let Ok(n) = word.parse::<usize>() {
            return n
                .checked_sub(1)
                .and_then(|i| opts.get(i))
                .map(|o| o.1.clone());
        }
        opts.iter()
            .find(|(label, a)| {
                fold(label) == word
                    || matches!(a, Answer::Choice(name) if fold(name) == word)
                    || (word == "not_sure" && *a == Answer::NotSure)
                    || (word == "prefer_not_to_say" && *a == Answer::PreferNotToSay)
            })
            .map(|o| o.1.clone())
    };
    use QuestionType as T;
    let answer = match view.kind {
        T::YesNo | T::SingleChoice | T::Region | T::Acknowledgement => pick(&folded),
        T::MultipleChoice => {
            let parts: Vec<&str> = folded
                .split([',', '،', '，', '、', ';'])
                .flat_map(|p| {
                    // "1 3" as well as "1, 3"; words stay whole.
                    if p.split_whitespace().all(|w| w.parse::<usize>().is_ok()) {
                        p.split_whitespace().collect::<Vec<_>>()
                    } else {
                        vec![p.trim()]
                    }
                })
                .filter(|p| !p.is_empty())
                .collect();
            let picked: Option<Vec<Answer>> = parts.iter().map(|p| pick(p)).collect();
            match picked.as_deref() {
                Some([single @ (Answer::NotSure | Answer::PreferNotToSay)]) => Some(single.clone()),
                Some(list) if !list.is_empty() => list
                    .iter()
                    .map(|a| match a {
                        Answer::Choice(c) => Some(c.clone()),
                        _ => None,
                    })
                    .collect::<Option<Vec<_>>>()
                    .map(Answer::Choices),
                _ => None,
            }
        }
        T::Integer => ascii_digits(line.trim())
            .parse()
            .ok()
            .map(Answer::Integer)
            .or_else(|| pick(&folded).filter(|a| !matches!(a, Answer::Choice(_)))),
        T::Decimal => parse_decimal(line)
            .map(Answer::Decimal)
            .or_else(|| pick(&folded).filter(|a| !matches!(a, Answer::Choice(_)))),
        T::Date => parse_date(line)
            .map(Answer::Date)
            .or_else(|| pick(&folded).filter(|a| !matches!(a, Answer::Choice(_)))),
        // Free text is taken as typed, except the two words every question accepts.
        T::Text => Some(
            opts.iter()
                .find(|(label, _)| fold(label) == folded)
                .map(|o| o.1.clone())
                .unwrap_or_else(|| Answer::Text(line.trim_end_matches(['\r', '\n']).to_owned())),
        ),
        T::Note | T::Calculate => None,
    };
    answer.map_or(Input::NotUnderstood, Input::Answer)
}

// ------------------------------------------------------------------ showing

/// An answer as words in the user's language.
fn answer_text(loaded: &Loaded, session: &Session, slot: &Slot, a: &Answer) -> String {
    let q = &loaded.q.questionnaire;
    let choice_label = |name: &str| -> String {
        match name {
            "yes" | "no"
                if q.question(&slot.question)
                    .is_some_and(|x| x.kind == QuestionType::YesNo) =>
            {
                loaded.t(&format!("answer-{name}"))
            }
            _ => q
                .question(&slot.question)
                .and_then(|x| x.choices.as_ref())
                .and_then(|list| q.choice_lists.get(list))
                .and_then(|list| list.iter().find(|c| c.name == name))
                .map_or_else(|| name.to_owned(), |c| loaded.t(&c.label)),
        }
    };
    let _ = session;
    match a {
        Answer::Choice(c) => choice_label(c),
        Answer::Choices(cs) => cs
            .iter()
            .map(|c| choice_label(c))
            .collect::<Vec<_>>()
            .join(", "),
        Answer::Text(t) => t.clone(),
        Answer::Integer(i) => i.to_string(),
        Answer::Decimal(d) => d.to_string(),
        Answer::Date(d) => d.format("%Y-%m-%d").to_string(),
        Answer::Acknowledged => text("cli-interview-acknowledged", &[]),
        Answer::NotSure => loaded.t("answer-not-sure"),
        Answer::PreferNotToSay => loaded.t("answer-prefer-not-to-say"),
    }
}

fn section_heading(loaded: &Loaded, view: &QuestionView) -> Option<String> {
    let title = loaded.t(view.section_title.as_deref()?);
    Some(match view.slot.instance {
        Some(i) => text(
            "cli-interview-section-instance",
            &[
                ("title", title.into()),
                ("number", (i + 1).to_string().into()),
            ],
        ),
        None => text("cli-interview-section", &[("title", title.into())]),
    })
}

/// The question as shown: progress, label, interviewer hint, options and
/// what kind of answer is expected.
fn question_text(loaded: &Loaded, session: &Session, view: &QuestionView, show: bool) -> String {
    let p = session.progress();
    let mut lines = vec![format!(
        "[{}/{}] {}",
        p.answered,
        p.relevant,
        view.label
            .as_deref()
            .map(|l| loaded.t(l))
            .unwrap_or_default()
    )];
    if let Some(h) = &view.hint {
        lines.push(format!(
            "    {}",
            text("cli-interview-hint", &[("hint", loaded.t(h).into())])
        ));
    }
    let kind_hint = match view.kind {
        QuestionType::Integer => Some("cli-interview-kind-integer"),
        QuestionType::Decimal => Some("cli-interview-kind-decimal"),
        QuestionType::Date => Some("cli-interview-kind-date"),
        QuestionType::Text => Some("cli-interview-kind-text"),
        QuestionType::MultipleChoice => Some("cli-interview-kind-multiple"),
        QuestionType::Note => Some("cli-interview-kind-note"),
        _ => None,
    };
    for (i, (label, _)) in options(loaded, view).iter().enumerate() {
        lines.push(format!("  {:>2}  {label}", i + 1));
    }
    if let Some(id) = kind_hint {
        lines.push(format!("    {}", text(id, &[])));
    }
    if view.kind.is_answerable() && !view.required {
        lines.push(format!("    {}", text("cli-interview-kind-optional", &[])));
    }
    if let (true, Some(a)) = (show, &view.answer) {
        lines.push(format!(
            "    {}",
            text(
                "cli-interview-current-answer",
                &[("answer", answer_text(loaded, session, &view.slot, a).into())]
            )
        ));
    }
    lines.join("\n")
}

fn view_json(view: &QuestionView, show: bool) -> Value {
    json!({
        "question": view.slot.question,
        "block": view.slot.instance.map(|i| i + 1),
        "section": view.section,
        "kind": view.kind,
        "required": view.required,
        "answer": if show { json!(view.answer) } else { Value::Null },
    })
}

fn review_text(loaded: &Loaded, session: &Session, items: &[ReviewItem]) -> String {
    let mut lines = vec![text("cli-interview-review-title", &[])];
    for (n, item) in items.iter().enumerate() {
        let answer = item.answer.as_ref().map_or_else(
            || text("cli-interview-review-unanswered", &[]),
            |a| answer_text(loaded, session, &item.slot, a),
        );
        let mut question = item
            .label
            .as_deref()
            .map(|l| loaded.t(l))
            .unwrap_or_default();
        if let Some(i) = item.slot.instance {
            question = format!("{question} ({})", i + 1);
        }
        lines.push(text(
            "cli-interview-review-item",
            &[
                ("number", (n + 1).to_string().into()),
                ("question", question.into()),
                ("answer", answer.into()),
            ],
        ));
    }
    lines.join("\n")
}

fn items_json(loaded: &Loaded, session: &Session, items: &[ReviewItem]) -> Vec<Value> {
    items
        .iter()
        .map(|i| {
            json!({
                "question": i.slot.question,
                "block": i.slot.instance.map(|n| n + 1),
                "section": i.section,
                "answer": i.answer,
                "text": i.answer.as_ref().map(|a| answer_text(loaded, session, &i.slot, a)),
            })
        })
        .collect()
}

/// The summary a viewer may see, as text and JSON. Helplines come from the
/// directory (built in and installed packs) for the person's country, in
/// the user's language first.
fn summary(
    cx: &Ctx,
    loaded: &Loaded,
    session: &Session,
    viewer: Viewer,
    country: Option<&str>,
) -> (String, Value) {
    let s = session.summary_for(viewer);
    let risk_id = format!(
        "risk-level-{}",
        json!(s.outcome.risk).as_str().unwrap_or("none")
    );
    let mut lines = vec![
        text(
            "cli-interview-summary-title",
            &[("title", loaded.title().into())],
        ),
        text(
            "cli-interview-summary-risk",
            &[("risk", loaded.t(&risk_id).into())],
        ),
    ];
    let mut indicators = Vec::new();
    if s.outcome.indicators.is_empty() {
        lines.push(text("cli-interview-summary-no-indicators", &[]));
    } else {
        lines.push(text("cli-interview-summary-indicators", &[]));
    }
    for ind in &s.outcome.indicators {
        let id = format!("indicator-{}", ind.id);
        let name = if loaded.loc.has_message(&id) {
            loaded.t(&id)
        } else {
            ind.id.clone()
        };
        let strength = json!(ind.strength).as_str().unwrap_or("medium").to_owned();
        lines.push(text(
            "cli-interview-summary-indicator",
            &[
                ("name", name.as_str().into()),
                ("strength", loaded.t(&format!("strength-{strength}")).into()),
            ],
        ));
        indicators.push(
            json!({ "id": ind.id, "name": name, "strength": ind.strength, "weight": ind.weight }),
        );
    }
    let mut actions = Vec::new();
    if !s.outcome.actions.is_empty() {
        let heading = if session.mode() == Mode::SelfCheck {
            "cli-interview-summary-options"
        } else {
            "cli-interview-summary-actions"
        };
        lines.push(text(heading, &[]));
    }
    for action in &s.outcome.actions {
        match action {
            Action::Message(id) => {
                let t = loaded.t(id);
                lines.push(text(
                    "cli-interview-summary-action",
                    &[("text", t.as_str().into())],
                ));
                actions.push(json!({ "type": "message", "id": id, "text": t }));
            }
            Action::ReferHelplines => {
                let (t, helplines) = helplines(cx, country);
                lines.push(t);
                actions.push(json!({ "type": "refer_helplines", "country": country, "helplines": helplines }));
            }
        }
    }
    lines.push(text(
        "cli-interview-summary-progress",
        &[
            ("answered", s.progress.answered.to_string().into()),
            ("relevant", s.progress.relevant.to_string().into()),
        ],
    ));
    if s.stopped {
        lines.push(text("cli-interview-summary-stopped", &[]));
    }
    let answers = match &s.answers {
        Some(items) => {
            lines.push(String::new());
            lines.push(review_text(loaded, session, items));
            json!(items_json(loaded, session, items))
        }
        None => {
            lines.push(text("cli-interview-summary-answers-hidden", &[]));
            Value::Null
        }
    };
    let v = json!({
        "questionnaire_id": loaded.q.questionnaire.id,
        "version": loaded.q.questionnaire.version,
        "mode": session.mode(),
        "viewer": viewer,
        "risk": s.outcome.risk,
        "risk_text": loaded.t(&risk_id),
        "indicators": indicators,
        "actions": actions,
        "progress": s.progress,
        "stopped": s.stopped,
        "answers": answers,
    });
    (lines.join("\n"), v)
}

/// Helplines for `country` in the user's language, from the vault's
/// directory (installed packs, then the built-in one).
fn helplines(cx: &Ctx, country: Option<&str>) -> (String, Vec<Value>) {
    let Some(country) = country.map(str::trim).filter(|c| !c.is_empty()) else {
        return (
            text("cli-interview-summary-helplines-country", &[]),
            Vec::new(),
        );
    };
    let lang = loc().locale().to_owned();
    let store = ContentStore::new(Arc::clone(&cx.vault));
    let query = HelplineQuery {
        country: Some(country.to_owned()),
        language: Some(lang),
        audience: None,
        channel: None,
    };
    let found = store.helplines(&query).unwrap_or_default();
    if found.is_empty() {
        return (
            text("cli-interview-summary-helplines-none", &[]),
            Vec::new(),
        );
    }
    let mut lines = vec![text("cli-interview-summary-helplines", &[])];
    let mut data = Vec::new();
    for e in &found {
        let h = &e.helpline;
        lines.push(format!("    {} — {}", h.name, h.operator));
        for c in &h.channels {
            lines.push(format!("      {}", channel_line(c)));
        }
        data.push(json!({ "pack_id": e.pack_id, "helpline": h }));
    }
    (lines.join("\n"), data)
}

// ------------------------------------------------------------------ the terminal

/// Where the interactive screens go: stdout, or stderr with `--json` (so
/// stdout holds only the JSON result).
struct Screen {
    json: bool,
    input: std::io::StdinLock<'static>,
}

impl Screen {
    fn new(json: bool) -> Screen {
        Screen {
            json,
            input: std::io::stdin().lock(),
        }
    }

    fn write(&self, s: &str) {
        if self.json {
            let mut e = std::io::stderr().lock();
            let _ = write!(e, "{s}");
            let _ = e.flush();
        } else {
            let mut o = std::io::stdout().lock();
            let _ = write!(o, "{s}");
            let _ = o.flush();
        }
    }

    fn line(&self, s: &str) {
        self.write(&format!("{s}\n"));
    }

    /// One line, or `None` at the end of input.
    fn read(&mut self) -> Option<String> {
        self.write("> ");
        let mut line = String::new();
        match self.input.read_line(&mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => Some(line.trim_end_matches(['\n', '\r']).to_owned()),
        }
    }

    /// Asks message `id` (which shows `$yes` and `$no`) until answered.
    fn ask_yes_no(
        &mut self,
        loaded: &Loaded,
        id: &str,
        extra: &[(&str, Arg)],
    ) -> Result<bool, Failure> {
        let yes = loaded.t("answer-yes");
        let no = loaded.t("answer-no");
        let mut args = vec![
            ("yes", Arg::from(yes.as_str())),
            ("no", Arg::from(no.as_str())),
        ];
        args.extend(extra.iter().cloned());
        loop {
            self.line(&text(id, &args));
            // The end of input is a "no": never finalize or share by default.
            let Some(line) = self.read() else {
                return Ok(false);
            };
            let f = fold(&line);
            if f == "1" || f == fold(&yes) || f == "yes" {
                return Ok(true);
            }
            if f == "2" || f == fold(&no) || f == "no" {
                return Ok(false);
            }
            self.line(&text("cli-interview-not-understood", &[]));
        }
    }

    fn wait_enter(&mut self) {
        if std::io::stdin().is_terminal() {
            let _ = self.read();
        }
    }

    /// Clears a real terminal, so the worker does not scroll back through
    /// the answers after a hand-over.
    fn clear(&self) {
        if !self.json && std::io::stdout().is_terminal() {
            self.write("\x1b[2J\x1b[3J\x1b[H");
        }
    }
}

enum Ending {
    /// The end of the questions (or "stop here").
    Finished,
    /// Left with the draft kept (quit, or the end of input).
    Left,
}

/// Offers a block of each relevant repeat section between the last shown
/// question and the next one (in form order), until the person declines.
fn offer_repeats(
    loaded: &Loaded,
    session: &Session,
    screen: &mut Screen,
    from: Option<usize>,
    declined: &mut HashSet<String>,
) -> Result<bool, Failure> {
    let q = &loaded.q.questionnaire;
    let to = session
        .current()
        .and_then(|v| q.sections.iter().position(|s| s.id == v.section))
        .unwrap_or(q.sections.len());
    let start = from.unwrap_or(0);
    for s in start..to.min(q.sections.len()) {
        let section = &q.sections[s];
        // Leaving a block of this section, or passing it.
        if !section.repeat
            || declined.contains(&section.id)
            || !session.section_relevant(&section.id)
        {
            continue;
        }
        let title = section
            .title
            .as_deref()
            .map(|t| loaded.t(t))
            .unwrap_or_default();
        let number = session.repeat_count(&section.id) + 1;
        let args = [
            ("title", Arg::from(title)),
            ("number", Arg::from(number.to_string())),
        ];
        if !screen.ask_yes_no(loaded, "cli-interview-repeat-offer", &args)? {
            declined.insert(section.id.clone());
            continue;
        }
        let i = session
            .add_repeat(&section.id)
            .map_err(|e| qfail(e, &loaded.loc))?;
        let first = session
            .review()
            .into_iter()
            .find(|it| it.section == section.id && it.slot.instance == Some(i));
        if let Some(item) = first {
            session
                .go_to(&item.slot)
                .map_err(|e| qfail(e, &loaded.loc))?;
        }
        return Ok(true);
    }
    Ok(false)
}

/// The question loop. Every answer and move is saved by the session.
fn interactive(loaded: &Loaded, session: &Session, screen: &mut Screen) -> Result<Ending, Failure> {
    let q = &loaded.q.questionnaire;
    let mut last_section: Option<usize> = None;
    let mut shown_heading: Option<(String, Option<u32>)> = None;
    let mut declined = HashSet::new();
    loop {
        if session.is_stopped() {
            return Ok(Ending::Finished);
        }
        if offer_repeats(loaded, session, screen, last_section, &mut declined)? {
            shown_heading = None;
        }
        let Some(view) = session.current() else {
            screen.line(&text("cli-interview-end", &[]));
            return Ok(Ending::Finished);
        };
        last_section = q.sections.iter().position(|s| s.id == view.section);
        let heading_key = (view.section.clone(), view.slot.instance);
        if shown_heading.as_ref() != Some(&heading_key) {
            if let Some(h) = section_heading(loaded, &view) {
                screen.line(&h);
            }
            shown_heading = Some(heading_key);
        }
        screen.line(&question_text(loaded, session, &view, true));
        let Some(line) = screen.read() else {
            return Ok(Ending::Left);
        };
        let input = if view.kind.is_answerable() {
            parse_input(loaded, &view, &line)
        } else {
            command_of(&line).map_or(Input::Skip, Input::Command)
        };
        let result = match input {
            Input::Answer(a) => session
                .answer(&view.slot, a)
                .and_then(|()| session.next().map(|_| ())),
            Input::Skip => session.next().map(|_| ()),
            Input::NotUnderstood => {
                screen.line(&text("cli-interview-not-understood", &[]));
                continue;
            }
            Input::Command(Command::Back) => session.back().map(|_| ()),
            Input::Command(Command::Review) => {
                let items = session.review();
                screen.line(&review_text(loaded, session, &items));
                screen.line(&text(
                    "cli-interview-review-go",
                    &[("go", text("cli-interview-cmd-go", &[]).into())],
                ));
                continue;
            }
            Input::Command(Command::Go(n)) => {
                match n
                    .checked_sub(1)
                    .and_then(|i| session.review().get(i).cloned())
                {
                    Some(item) => session.go_to(&item.slot).map(|_| ()),
                    None => {
                        screen.line(&text("cli-interview-not-understood", &[]));
                        continue;
                    }
                }
            }
            Input::Command(Command::Stop) => {
                session.stop().map_err(|e| qfail(e, &loaded.loc))?;
                screen.line(&text("cli-interview-stopped", &[]));
                return Ok(Ending::Finished);
            }
            Input::Command(Command::Quit) => return Ok(Ending::Left),
            Input::Command(Command::Help) => {
                screen.line(&commands_help());
                continue;
            }
        };
        if let Err(e) = result {
            // A refused answer: say why (the author's own words for a
            // constraint) and ask again. Vault errors end the command.
            if let QuestionnaireError::Vault(v) = e {
                return Err(v.into());
            }
            screen.line(&e.user_message(&loaded.loc));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_of_every_shipped_script_read_as_numbers() {
        assert_eq!(ascii_digits("٣٤"), "34"); // Arabic-Indic
        assert_eq!(ascii_digits("۳۴"), "34"); // Persian
        assert_eq!(ascii_digits("३४"), "34"); // Devanagari
        assert_eq!(ascii_digits("๓๔"), "34"); // Thai
        assert_eq!(ascii_digits("၃၄"), "34"); // Burmese
        assert_eq!(ascii_digits("３４"), "34"); // full-width
        assert_eq!(ascii_digits("a-1"), "a-1");
        assert_eq!(parse_decimal("1,5"), Some(1.5));
        assert_eq!(parse_decimal("١٫٥"), Some(1.5));
        assert_eq!(parse_decimal("1e999"), None);
        assert_eq!(parse_decimal("abc"), None);
        assert_eq!(
            parse_date("٢٠٢٤-٠١-٠٢"),
            NaiveDate::from_ymd_opt(2024, 1, 2)
        );
        assert_eq!(parse_date("2024-13-01"), None);
    }

    #[test]
    fn scripted_values_fit_their_question_types_or_are_refused() {
        let l = Localizer::new(&["en"]);
        let a = |k, v: Value| scripted_answer("q", k, &v, &l);
        use QuestionType as T;
        assert_eq!(
            a(T::YesNo, json!(true)).unwrap(),
            Answer::Choice("yes".into())
        );
        assert_eq!(a(T::Integer, json!("٤٢")).unwrap(), Answer::Integer(42));
        assert_eq!(a(T::Decimal, json!(2)).unwrap(), Answer::Decimal(2.0));
        assert_eq!(
            a(T::MultipleChoice, json!("a, b")).unwrap(),
            Answer::Choices(vec!["a".into(), "b".into()])
        );
        assert_eq!(a(T::Text, json!("not_sure")).unwrap(), Answer::NotSure);
        assert_eq!(
            a(T::Acknowledgement, json!(true)).unwrap(),
            Answer::Acknowledged
        );
        for (k, v) in [
            (T::Integer, json!(1.5)),
            (T::Integer, json!([1])),
            (T::Date, json!("yesterday")),
            (T::MultipleChoice, json!([1, 2])),
            (T::Acknowledgement, json!(false)),
        ] {
            let f = a(k, v).unwrap_err();
            assert_eq!(f.kind, "wrong_type");
            assert!(f.message.contains('q'));
        }
        assert_eq!(a(T::Note, json!(1)).unwrap_err().kind, "not_answerable");
    }
}
