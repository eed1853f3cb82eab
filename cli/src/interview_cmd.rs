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
use waymark_core::content::ContentStore;
use waymark_core::i18n::{Arg, Localizer};
use waymark_core::questionnaire::{
    answer_options, input, outcome_text, Answer, Catalog, DraftInfo, Drafts, LoadedQuestionnaire,
    Mode, NextStepText, QuestionType, QuestionView, QuestionnaireError, ReviewItem, Session, Slot,
    Viewer,
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
                &review_text(&loaded, &items),
                json!({ "draft_id": draft.draft, "answers": items_json(&loaded, &items) }),
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

mod answers_file;
mod show;
mod terminal;

use answers_file::*;
use show::*;
use terminal::*;
