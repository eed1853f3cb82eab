//! The interactive terminal: reading a typed line (commands in the user's
//! language, answers as the core reads them) and the question loop.

use super::*;

/// What a typed line means.
pub(super) enum Input {
    Answer(Answer),
    Command(Command),
    /// An empty line: move on without answering.
    Skip,
    NotUnderstood,
}

#[derive(Clone, Copy, PartialEq)]
pub(super) enum Command {
    Back,
    Review,
    Stop,
    Quit,
    Help,
    Go(usize),
}

/// Command words in the user's language, and in English (always accepted).
pub(super) fn command_of(line: &str) -> Option<Command> {
    let folded = input::fold(line);
    let mut words = folded.split_whitespace();
    let first = words.next()?;
    let rest: Vec<&str> = words.collect();
    let is = |id: &str, english: &str| first == input::fold(&text(id, &[])) || first == english;
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

pub(super) fn commands_help() -> String {
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
pub(super) fn options(loaded: &Loaded, view: &QuestionView) -> Vec<(String, Answer)> {
    answer_options(view)
        .into_iter()
        .map(|o| (loaded.t(&o.label), o.answer))
        .collect()
}

/// Reads one typed line: a command word, or an answer as the core reads
/// it (`questionnaire::input::read_typed`).
pub(super) fn parse_input(loaded: &Loaded, view: &QuestionView, line: &str) -> Input {
    if line.trim().is_empty() {
        return Input::Skip;
    }
    if let Some(c) = command_of(line) {
        return Input::Command(c);
    }
    match input::read_typed(view, |id| loaded.t(id), line, loaded.loc.locale()) {
        Some(a) => Input::Answer(a),
        None => Input::NotUnderstood,
    }
}

/// Where the interactive screens go: stdout, or stderr with `--json` (so
/// stdout holds only the JSON result).
pub(super) struct Screen {
    json: bool,
    input: std::io::StdinLock<'static>,
}

impl Screen {
    pub(super) fn new(json: bool) -> Screen {
        Screen {
            json,
            input: std::io::stdin().lock(),
        }
    }

    pub(super) fn write(&self, s: &str) {
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

    pub(super) fn line(&self, s: &str) {
        self.write(&format!("{s}\n"));
    }

    /// One line, or `None` at the end of input.
    pub(super) fn read(&mut self) -> Option<String> {
        self.write("> ");
        let mut line = String::new();
        match self.input.read_line(&mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => Some(line.trim_end_matches(['\n', '\r']).to_owned()),
        }
    }

    /// Asks message `id` (which shows `$yes` and `$no`) until answered.
    pub(super) fn ask_yes_no(
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
            let f = input::fold(&line);
            if f == "1" || f == input::fold(&yes) || f == "yes" {
                return Ok(true);
            }
            if f == "2" || f == input::fold(&no) || f == "no" {
                return Ok(false);
            }
            self.line(&text("cli-interview-not-understood", &[]));
        }
    }

    pub(super) fn wait_enter(&mut self) {
        if std::io::stdin().is_terminal() {
            let _ = self.read();
        }
    }

    /// Clears a real terminal, so the worker does not scroll back through
    /// the answers after a hand-over.
    pub(super) fn clear(&self) {
        if !self.json && std::io::stdout().is_terminal() {
            self.write("\x1b[2J\x1b[3J\x1b[H");
        }
    }
}

pub(super) enum Ending {
    /// The end of the questions (or "stop here").
    Finished,
    /// Left with the draft kept (quit, or the end of input).
    Left,
}

/// Offers a block of each relevant repeat section between the last shown
/// question and the next one (in form order), until the person declines.
pub(super) fn offer_repeats(
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
pub(super) fn interactive(
    loaded: &Loaded,
    session: &Session,
    screen: &mut Screen,
) -> Result<Ending, Failure> {
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
                screen.line(&review_text(loaded, &items));
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
