//! The conversation: where it is, what it remembers, and how each tap or
//! typed line moves it on. Saved in the vault after every turn.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard};

use chrono::NaiveDate;

use super::directory::HelplineCard;
use super::error::AssistantError;
use super::library::Library;
use super::matcher::{self, decide, Input, Prepared, Understanding, CONFIDENT, NEAR};
use super::model::*;
use super::normalize::as_number;
use super::recognise::{command_scores, intent_scores, recognise_alarm, token_count, Alarm};
use super::state::{Screen, Snapshot, State, Suggestion, STATE_FORMAT};
use super::store::ConversationStore;
use super::turn::{ChoiceView, Context, Effect, QuestionnaireResult, Turn, Waiting};
use crate::content::{ChannelKind, HelplineQuery};
use crate::expression::{eval_bool, Env, Value};
use crate::i18n::{direction_of, TextDirection};

/// Longest text accepted in one turn, in characters.
pub const MAX_INPUT_CHARS: usize = 2000;
/// Most screens remembered for "back".
pub const MAX_HISTORY: usize = 50;
/// Most nodes one turn may pass through (the validator rules out loops
/// that never wait; this guards packs checked by older versions).
const MAX_STEPS: usize = 200;
/// Commands typed as text must be short: "go back" is a command, "I want
/// to go back home to my family" is not.
const MAX_COMMAND_TOKENS: usize = 4;
const MAX_COMMAND_CHARS: usize = 24;

// ---------------------------------------------------------------- turn internals

/// One option of the current screen and what picking it does.
#[derive(Debug, Clone, PartialEq)]
enum Opt {
    StartFlow(String),
    NodeChoice(usize),
    Home,
    Restart,
    Suggested(Suggestion),
    NoneOfThese,
}

/// What a step of the engine ended with.
enum Step {
    Waiting,
    QuickExit,
}

/// Messages and effects gathered during one turn.
#[derive(Default)]
struct Out {
    messages: Vec<String>,
    effects: Vec<Effect>,
}

// ---------------------------------------------------------------- engine

/// One conversation. `Send + Sync`; calls that save (every turn, with a
/// store) touch the disk: call them off the main thread.
pub struct Conversation {
    library: Arc<Library>,
    store: Option<ConversationStore>,
    inner: Mutex<Inner>,
}

struct Inner {
    state: State,
    id: Option<String>,
    exited: bool,
}

impl std::fmt::Debug for Conversation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // No variables, no typed text: they may be personal.
        f.debug_struct("Conversation").finish_non_exhaustive()
    }
}

struct VarsEnv<'a>(&'a BTreeMap<String, String>, NaiveDate);

impl Env for VarsEnv<'_> {
    fn get(&self, name: &str) -> Value {
        self.0
            .get(name)
            .map_or(Value::Null, |v| Value::Text(v.clone()))
    }
    fn current(&self) -> Value {
        Value::Null
    }
    fn today(&self) -> NaiveDate {
        self.1
    }
}

fn when_true(
    lib: &Library,
    expr: &Option<crate::expression::Expr>,
    vars: &BTreeMap<String, String>,
) -> bool {
    // A condition that cannot be evaluated hides the choice rather than
    // offering something the author did not mean.
    expr.as_ref()
        .is_none_or(|e| eval_bool(e, &VarsEnv(vars, lib.today())).unwrap_or(false))
}

fn lock(m: &Mutex<Inner>) -> MutexGuard<'_, Inner> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Conversation {
    /// Starts a conversation at the home menu, saved in `store` if given.
    pub fn start(
        library: Arc<Library>,
        context: Context,
        store: Option<ConversationStore>,
    ) -> Result<(Conversation, Turn), AssistantError> {
        let locale = library.negotiate(&context.locale);
        let country = context
            .country
            .map(|c| c.trim().to_ascii_uppercase())
            .filter(|c| c.len() == 2 && c.chars().all(|x| x.is_ascii_alphabetic()));
        let mut vars = BTreeMap::new();
        vars.insert("locale".to_owned(), locale.clone());
        vars.insert("country".to_owned(), country.clone().unwrap_or_default());
        let state = State {
            format: STATE_FORMAT,
            locale,
            country,
            vars,
            screen: Screen::Home,
            history: Vec::new(),
        };
        let id = match &store {
            Some(s) => Some(s.create(&state)?),
            None => None,
        };
        let conv = Conversation {
            library,
            store,
            inner: Mutex::new(Inner {
                state,
                id,
                exited: false,
            }),
        };
        let turn = conv.current()?;
        Ok((conv, turn))
    }

    /// Continues a saved conversation on the screen where it stopped. A
    /// flow that changed version since restarts from the home menu.
    pub fn resume(
        library: Arc<Library>,
        store: ConversationStore,
        id: &str,
    ) -> Result<(Conversation, Turn), AssistantError> {
        let mut state = store.load(id)?;
        if state.format != STATE_FORMAT {
            return Err(AssistantError::Damaged);
        }
        if !screen_valid(&library, &state.screen) {
            state.screen = Screen::Home;
            state.history.clear();
        }
        state.history.retain(|s| screen_valid(&library, &s.screen));
        let conv = Conversation {
            library,
            store: Some(store),
            inner: Mutex::new(Inner {
                state,
                id: Some(id.to_owned()),
                exited: false,
            }),
        };
        let turn = conv.current()?;
        Ok((conv, turn))
    }

    /// The saved conversation's id (None without a store).
    pub fn id(&self) -> Option<String> {
        lock(&self.inner).id.clone()
    }

    /// The current screen again: its messages, display actions and choices.
    pub fn current(&self) -> Result<Turn, AssistantError> {
        self.act(|lib, state, out| {
            show(lib, state, out);
            Ok(Step::Waiting)
        })
    }

    /// Picks choice `index` (0-based) of the current screen.
    pub fn choose(&self, index: usize) -> Result<Turn, AssistantError> {
        self.act(|lib, state, out| pick(lib, state, out, index))
    }

    /// Takes typed text.
    pub fn say(&self, text: &str) -> Result<Turn, AssistantError> {
        self.act(|lib, state, out| understand(lib, state, out, text))
    }

    /// Starts a flow directly (e.g. the app's "help now" button).
    pub fn start_flow(&self, flow: &str) -> Result<Turn, AssistantError> {
        self.act(|lib, state, out| {
            if lib.flow(flow).is_none() {
                return Err(AssistantError::UnknownFlow {
                    id: flow.chars().take(64).collect(),
                });
            }
            remember(state);
            enter_flow(lib, state, out, flow)
        })
    }

    /// The urgent-help flow, straight away.
    pub fn urgent(&self) -> Result<Turn, AssistantError> {
        self.act(|lib, state, out| go_urgent(lib, state, out, Alarm::Danger))
    }

    /// A text answer typed inside the questionnaire this conversation
    /// handed over to (`Effect::StartQuestionnaire`): if it is a danger or
    /// self-harm sentence, the conversation goes to urgent help and that
    /// turn is returned, for the app to show at once (the questionnaire's
    /// draft stays where it was). Otherwise `None`, and nothing changes.
    /// Call it with every text answer of such an interview, before or after
    /// recording the answer in the `Session`.
    pub fn interview_text(&self, text: &str) -> Result<Option<Turn>, AssistantError> {
        let mut alarm = None;
        let turn = self.act(|lib, state, out| {
            if text.chars().count() > MAX_INPUT_CHARS {
                return Err(AssistantError::TextTooLong {
                    max: MAX_INPUT_CHARS,
                });
            }
            let waiting = current_node(lib, &state.screen)
                .is_some_and(|(_, n)| matches!(n.next, Continuation::Questionnaire { .. }));
            if !waiting {
                return Err(AssistantError::NotWaitingForThis);
            }
            alarm = recognise_alarm(&intent_scores(lib, &state.locale, text));
            match alarm {
                Some(a) => go_urgent(lib, state, out, a),
                None => Ok(Step::Waiting),
            }
        })?;
        Ok(alarm.map(|_| turn))
    }

    /// Back to the previous screen, with the variables it had.
    pub fn back(&self) -> Result<Turn, AssistantError> {
        self.act(|lib, state, out| {
            go_back(lib, state, out);
            Ok(Step::Waiting)
        })
    }

    /// The current flow from its start (the home menu at home).
    pub fn restart(&self) -> Result<Turn, AssistantError> {
        self.act(restart)
    }

    /// "Talk about something else": the home menu.
    pub fn something_else(&self) -> Result<Turn, AssistantError> {
        self.act(|lib, state, out| {
            go_home(lib, state, out);
            Ok(Step::Waiting)
        })
    }

    /// Hands back the outcome of the questionnaire the last turn asked for.
    pub fn questionnaire_finished(
        &self,
        result: QuestionnaireResult,
    ) -> Result<Turn, AssistantError> {
        self.act(|lib, state, out| {
            let Some((flow, node)) = current_node(lib, &state.screen) else {
                return Err(AssistantError::NotWaitingForThis);
            };
            let Continuation::Questionnaire { save_as, next, .. } = &node.next else {
                return Err(AssistantError::NotWaitingForThis);
            };
            if let Some(v) = save_as {
                state.vars.insert(v.clone(), result.as_str().to_owned());
            }
            let (flow, next) = (flow.id.clone(), next.clone());
            advance(lib, state, out, &flow, &next)
        })
    }

    /// Leaves at once: the saved conversation is deleted and the returned
    /// turn is blank. The conversation cannot be used afterwards.
    pub fn quick_exit(&self) -> Result<Turn, AssistantError> {
        self.act(|_, _, _| Ok(Step::QuickExit))
    }

    /// Deletes the saved conversation now. Its in-memory state is cleared
    /// too; the conversation cannot be used afterwards.
    pub fn delete(&self) -> Result<(), AssistantError> {
        let mut inner = lock(&self.inner);
        if let (Some(store), Some(id)) = (&self.store, inner.id.take()) {
            store.delete(&id)?;
        }
        forget(&mut inner);
        Ok(())
    }

    /// Runs one turn: on any error the state is left as it was; otherwise it
    /// is saved before the turn is returned.
    fn act(
        &self,
        f: impl FnOnce(&Library, &mut State, &mut Out) -> Result<Step, AssistantError>,
    ) -> Result<Turn, AssistantError> {
        let mut inner = lock(&self.inner);
        if inner.exited {
            return Err(AssistantError::Ended);
        }
        let before = inner.state.clone();
        let mut out = Out::default();
        let lib = &*self.library;
        match f(lib, &mut inner.state, &mut out) {
            Err(e) => {
                inner.state = before;
                Err(e)
            }
            Ok(Step::QuickExit) => {
                if let (Some(store), Some(id)) = (&self.store, inner.id.take()) {
                    // Best effort: the screen is cleared whatever happens.
                    let _ = store.delete(&id);
                }
                forget(&mut inner);
                Ok(Turn::blank())
            }
            Ok(Step::Waiting) => {
                if let (Some(store), Some(id)) = (&self.store, &inner.id) {
                    if let Err(e) = store.save(id, &inner.state) {
                        inner.state = before;
                        return Err(e);
                    }
                }
                Ok(turn(lib, &inner.state, out))
            }
        }
    }
}

/// Clears everything a conversation remembers.
fn forget(inner: &mut Inner) {
    inner.exited = true;
    inner.state.vars.clear();
    inner.state.history.clear();
    inner.state.screen = Screen::Home;
}

fn screen_valid(lib: &Library, screen: &Screen) -> bool {
    match screen {
        Screen::Home => true,
        Screen::Node {
            flow,
            version,
            node,
        } => lib
            .flow(flow)
            .is_some_and(|f| f.version == *version && f.node(node).is_some_and(|n| n.next.waits())),
        Screen::DidYouMean { over, .. } => screen_valid(lib, over),
    }
}

fn current_node<'a>(lib: &'a Library, screen: &Screen) -> Option<(&'a Flow, &'a Node)> {
    match screen {
        Screen::Node { flow, node, .. } => {
            let f = lib.flow(flow)?;
            Some((f, f.node(node)?))
        }
        _ => None,
    }
}

/// Pushes the current screen for "back".
fn remember(state: &mut State) {
    let screen = match &state.screen {
        // "Did you mean" is a question about the screen under it.
        Screen::DidYouMean { over, .. } => (**over).clone(),
        s => s.clone(),
    };
    state.history.push(Snapshot {
        screen,
        vars: state.vars.clone(),
    });
    if state.history.len() > MAX_HISTORY {
        state.history.remove(0);
    }
}

fn text(lib: &Library, state: &State, id: &str) -> String {
    lib.text(&state.locale, id, &state.vars)
}

fn enter_flow(
    lib: &Library,
    state: &mut State,
    out: &mut Out,
    flow: &str,
) -> Result<Step, AssistantError> {
    let f = lib.flow(flow).ok_or_else(|| AssistantError::UnknownFlow {
        id: flow.chars().take(64).collect(),
    })?;
    let start = f.start.clone();
    advance(lib, state, out, flow, &start)
}

/// Runs nodes from `node` until one waits.
fn advance(
    lib: &Library,
    state: &mut State,
    out: &mut Out,
    flow: &str,
    node: &str,
) -> Result<Step, AssistantError> {
    let mut flow_id = flow.to_owned();
    let mut node_id = node.to_owned();
    for _ in 0..MAX_STEPS {
        let f = lib
            .flow(&flow_id)
            .ok_or_else(|| AssistantError::UnknownFlow {
                id: flow_id.clone(),
            })?;
        let n = f.node(&node_id).ok_or_else(|| AssistantError::Runaway {
            flow: flow_id.clone(),
            node: node_id.clone(),
        })?;
        for (k, v) in &n.set {
            state.vars.insert(k.clone(), v.clone());
        }
        for m in &n.say {
            out.messages.push(text(lib, state, m));
        }
        for a in &n.actions {
            if *a == Action::QuickExit {
                return Ok(Step::QuickExit);
            }
            out.effects.extend(effect(lib, state, a));
        }
        let waiting = Screen::Node {
            flow: flow_id.clone(),
            version: f.version,
            node: node_id.clone(),
        };
        match &n.next {
            Continuation::Choices(_) | Continuation::Ask { .. } | Continuation::End => {
                state.screen = waiting;
                return Ok(Step::Waiting);
            }
            Continuation::Questionnaire { id, mode, .. } => {
                out.effects.push(Effect::StartQuestionnaire {
                    id: id.clone(),
                    mode: *mode,
                });
                state.screen = waiting;
                return Ok(Step::Waiting);
            }
            Continuation::Next(next) => node_id = next.clone(),
            Continuation::Branch { cases, otherwise } => {
                node_id = cases
                    .iter()
                    .find(|(e, _)| when_true(lib, &Some(e.clone()), &state.vars))
                    .map_or(otherwise, |(_, n)| n)
                    .clone();
            }
            Continuation::GotoFlow(target) => {
                let t = lib
                    .flow(target)
                    .ok_or_else(|| AssistantError::UnknownFlow { id: target.clone() })?;
                node_id = t.start.clone();
                flow_id = target.clone();
            }
        }
    }
    Err(AssistantError::Runaway {
        flow: flow_id,
        node: node_id,
    })
}

/// Turns an action into the request the app gets.
fn effect(lib: &Library, state: &State, action: &Action) -> Option<Effect> {
    let dir = lib.helplines();
    let find = |id: &str| -> Option<HelplineCard> {
        dir.helplines(&HelplineQuery::default())
            .ok()?
            .into_iter()
            .find(|e| e.helpline.id == id)
            .map(|e| HelplineCard::new(&e, dir, &state.locale))
    };
    Some(match action {
        Action::ShowHelplines {
            audience,
            channel,
            limit,
            emergency_first,
            crisis_first,
        } => {
            let q = HelplineQuery {
                country: state.country.clone(),
                language: Some(state.locale.clone()),
                audience: *audience,
                channel: *channel,
            };
            let mut found = dir.helplines(&q).unwrap_or_default();
            // Stable: the directory's order holds within each group.
            if *crisis_first {
                // Someone to talk to now: a crisis line open now comes
                // before the emergency number, one that may be closed
                // after it.
                found.sort_by_key(|e| {
                    let h = &e.helpline;
                    match (h.is_crisis_line(), h.hours.always_open, h.emergency) {
                        (true, true, _) => 0,
                        (_, _, true) => 1,
                        (true, false, _) => 2,
                        _ => 3,
                    }
                });
            } else if *emergency_first {
                found.sort_by_key(|e| !e.helpline.emergency);
            }
            Effect::Helplines {
                helplines: found
                    .iter()
                    .take(*limit)
                    .map(|e| HelplineCard::new(e, dir, &state.locale))
                    .collect(),
            }
        }
        Action::Call(Dial::Number(n)) => Effect::Call {
            number: n.clone(),
            helpline: None,
        },
        Action::Call(Dial::Helpline(id)) => {
            let card = find(id)?;
            Effect::Call {
                number: card.channel(ChannelKind::Call)?.address.clone(),
                helpline: Some(id.clone()),
            }
        }
        Action::Text(Dial::Number(n)) => Effect::Text {
            number: n.clone(),
            keyword: None,
            helpline: None,
        },
        Action::Text(Dial::Helpline(id)) => {
            let card = find(id)?;
            let c = card.channel(ChannelKind::Sms)?;
            Effect::Text {
                number: c.address.clone(),
                keyword: c.keyword.clone(),
                helpline: Some(id.clone()),
            }
        }
        Action::Open { url } => Effect::Open { url: url.clone() },
        Action::SafetyTip { text: t } => Effect::SafetyTip {
            text: text(lib, state, t),
        },
        Action::SafetyPlanItem { item, text: t } => Effect::SafetyPlanItem {
            item: item.clone(),
            text: text(lib, state, t),
        },
        Action::ReportDraft { topic, include } => Effect::ReportDraft {
            topic: topic.clone(),
            fields: include
                .iter()
                .filter_map(|v| Some((v.clone(), state.vars.get(v)?.clone())))
                .collect(),
        },
        Action::QuickExit => Effect::QuickExit,
    })
}

/// Shows the current screen again (back, resume): the waiting node's
/// messages and display actions; requests are not repeated, except the
/// questionnaire the screen is waiting for.
fn show(lib: &Library, state: &mut State, out: &mut Out) {
    match state.screen.clone() {
        Screen::Home => out
            .messages
            .push(text(lib, state, "assistant-home-greeting")),
        Screen::DidYouMean { .. } => out
            .messages
            .push(text(lib, state, "assistant-did-you-mean")),
        Screen::Node { .. } => {
            let Some((_, n)) = current_node(lib, &state.screen) else {
                return;
            };
            for m in &n.say {
                out.messages.push(text(lib, state, m));
            }
            for a in n.actions.iter().filter(|a| a.is_display()) {
                out.effects.extend(effect(lib, state, a));
            }
            if let Continuation::Questionnaire { id, mode, .. } = &n.next {
                out.effects.push(Effect::StartQuestionnaire {
                    id: id.clone(),
                    mode: *mode,
                });
            }
        }
    }
}

/// The options of a screen, in the order they are shown.
fn options(lib: &Library, state: &State) -> Vec<(Opt, String)> {
    match &state.screen {
        Screen::Home => lib
            .menu()
            .into_iter()
            .map(|f| (Opt::StartFlow(f.id.clone()), text(lib, state, &f.title)))
            .collect(),
        Screen::Node { .. } => {
            let Some((_, n)) = current_node(lib, &state.screen) else {
                return Vec::new();
            };
            match &n.next {
                Continuation::Choices(choices) => choices
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| when_true(lib, &c.when, &state.vars))
                    .map(|(i, c)| (Opt::NodeChoice(i), text(lib, state, &c.label)))
                    .collect(),
                Continuation::End => vec![
                    (Opt::Home, text(lib, state, "assistant-something-else")),
                    (Opt::Restart, text(lib, state, "assistant-start-again")),
                ],
                _ => Vec::new(),
            }
        }
        Screen::DidYouMean { over, options } => {
            let under = State {
                screen: (**over).clone(),
                ..state.clone()
            };
            let under_opts = self::options(lib, &under);
            let route_label = |i: usize| -> Option<String> {
                let (_, n) = current_node(lib, over)?;
                match &n.next {
                    Continuation::Ask { routes, .. } => routes
                        .get(i)
                        .and_then(|r| r.label.as_ref())
                        .map(|l| text(lib, state, l)),
                    _ => None,
                }
            };
            let mut v: Vec<(Opt, String)> = options
                .iter()
                .filter_map(|s| {
                    let label = match s {
                        Suggestion::Urgent => text(lib, state, &lib.urgent_flow()?.title),
                        Suggestion::Crisis => {
                            lib.urgent_flow()?;
                            text(lib, state, "assistant-crisis-suggestion")
                        }
                        Suggestion::Flow { id } => text(lib, state, &lib.flow(id)?.title),
                        Suggestion::Option { index } => under_opts.get(*index)?.1.clone(),
                        Suggestion::Route { index } => route_label(*index)?,
                    };
                    Some((Opt::Suggested(s.clone()), label))
                })
                .collect();
            v.push((
                Opt::NoneOfThese,
                text(lib, state, "assistant-none-of-these"),
            ));
            v
        }
    }
}

fn turn(lib: &Library, state: &State, out: Out) -> Turn {
    let opts = options(lib, state);
    let waiting_for = match current_node(lib, &state.screen).map(|(_, n)| &n.next) {
        Some(Continuation::Ask { .. }) => Waiting::Text,
        Some(Continuation::Questionnaire { .. }) => Waiting::Questionnaire,
        _ => Waiting::Choice,
    };
    let (flow, node) = match &state.screen {
        Screen::Node { flow, node, .. } => (Some(flow.clone()), Some(node.clone())),
        _ => (None, None),
    };
    Turn {
        messages: out.messages,
        choices: opts
            .into_iter()
            .enumerate()
            .map(|(index, (_, label))| ChoiceView { index, label })
            .collect(),
        waiting_for,
        effects: out.effects,
        flow,
        node,
        can_go_back: !state.history.is_empty(),
        locale: state.locale.clone(),
        right_to_left: direction_of(&state.locale) == TextDirection::RightToLeft,
    }
}

fn go_home(lib: &Library, state: &mut State, out: &mut Out) {
    if state.screen != Screen::Home {
        remember(state);
    }
    state.screen = Screen::Home;
    show(lib, state, out);
}

fn go_back(lib: &Library, state: &mut State, out: &mut Out) {
    // Leaving a "did you mean" goes back to the screen it was about.
    if let Screen::DidYouMean { over, .. } = &state.screen {
        state.screen = (**over).clone();
    } else if let Some(s) = state.history.pop() {
        state.screen = s.screen;
        // The built-in variables describe the person, not the path.
        let keep: Vec<(String, String)> = ["locale", "country"]
            .iter()
            .filter_map(|k| Some(((*k).to_owned(), state.vars.get(*k)?.clone())))
            .collect();
        state.vars = s.vars;
        state.vars.extend(keep);
    } else {
        state.screen = Screen::Home;
    }
    show(lib, state, out);
}

fn restart(lib: &Library, state: &mut State, out: &mut Out) -> Result<Step, AssistantError> {
    let screen = match &state.screen {
        Screen::DidYouMean { over, .. } => (**over).clone(),
        s => s.clone(),
    };
    match screen {
        Screen::Node { flow, .. } => {
            remember(state);
            enter_flow(lib, state, out, &flow)
        }
        _ => {
            state.screen = Screen::Home;
            show(lib, state, out);
            Ok(Step::Waiting)
        }
    }
}

fn go_urgent(
    lib: &Library,
    state: &mut State,
    out: &mut Out,
    alarm: Alarm,
) -> Result<Step, AssistantError> {
    let Some(f) = lib.urgent_flow() else {
        return Err(AssistantError::UnknownFlow {
            id: "urgent".to_owned(),
        });
    };
    remember(state);
    state.vars.insert("danger".to_owned(), "yes".to_owned());
    let crisis = if alarm == Alarm::Crisis { "yes" } else { "" };
    state.vars.insert("crisis".to_owned(), crisis.to_owned());
    let id = f.id.clone();
    enter_flow(lib, state, out, &id)
}

fn pick(
    lib: &Library,
    state: &mut State,
    out: &mut Out,
    index: usize,
) -> Result<Step, AssistantError> {
    let opts = options(lib, state);
    let Some((opt, _)) = opts.get(index) else {
        return Err(AssistantError::NoSuchChoice { index: index + 1 });
    };
    apply(lib, state, out, opt.clone())
}

fn apply(
    lib: &Library,
    state: &mut State,
    out: &mut Out,
    opt: Opt,
) -> Result<Step, AssistantError> {
    match opt {
        Opt::StartFlow(id) => {
            remember(state);
            enter_flow(lib, state, out, &id)
        }
        Opt::Home => {
            go_home(lib, state, out);
            Ok(Step::Waiting)
        }
        Opt::Restart => restart(lib, state, out),
        Opt::NodeChoice(i) => {
            let Some((f, n)) = current_node(lib, &state.screen) else {
                return Err(AssistantError::NotWaitingForThis);
            };
            let Continuation::Choices(choices) = &n.next else {
                return Err(AssistantError::NotWaitingForThis);
            };
            let c = choices
                .get(i)
                .ok_or(AssistantError::NoSuchChoice { index: i + 1 })?;
            let flow = f.id.clone();
            remember(state);
            for (k, v) in &c.set {
                state.vars.insert(k.clone(), v.clone());
            }
            match &c.target {
                Target::Node(next) => advance(lib, state, out, &flow, next),
                Target::Flow(target) => enter_flow(lib, state, out, target),
            }
        }
        Opt::Suggested(s) => {
            let Screen::DidYouMean { over, .. } = state.screen.clone() else {
                return Err(AssistantError::NotWaitingForThis);
            };
            state.screen = *over;
            match s {
                Suggestion::Urgent => go_urgent(lib, state, out, Alarm::Danger),
                Suggestion::Crisis => go_urgent(lib, state, out, Alarm::Crisis),
                Suggestion::Flow { id } => apply(lib, state, out, Opt::StartFlow(id)),
                Suggestion::Option { index } => pick(lib, state, out, index),
                Suggestion::Route { index } => take_route(lib, state, out, index),
            }
        }
        Opt::NoneOfThese => {
            let Screen::DidYouMean { over, .. } = state.screen.clone() else {
                return Err(AssistantError::NotWaitingForThis);
            };
            state.screen = *over;
            // Under a free-text question, "none of these" is its `otherwise`.
            if let Some((f, n)) = current_node(lib, &state.screen) {
                if let Continuation::Ask { otherwise, .. } = &n.next {
                    let (flow, next) = (f.id.clone(), otherwise.clone());
                    remember(state);
                    return advance(lib, state, out, &flow, &next);
                }
            }
            out.messages.push(text(lib, state, "assistant-try-again"));
            show(lib, state, out);
            Ok(Step::Waiting)
        }
    }
}

fn take_route(
    lib: &Library,
    state: &mut State,
    out: &mut Out,
    index: usize,
) -> Result<Step, AssistantError> {
    let Some((f, n)) = current_node(lib, &state.screen) else {
        return Err(AssistantError::NotWaitingForThis);
    };
    let Continuation::Ask { routes, .. } = &n.next else {
        return Err(AssistantError::NotWaitingForThis);
    };
    let r = routes.get(index).ok_or(AssistantError::NotWaitingForThis)?;
    let flow = f.id.clone();
    remember(state);
    for (k, v) in &r.set {
        state.vars.insert(k.clone(), v.clone());
    }
    advance(lib, state, out, &flow, &r.next)
}

/// A candidate meaning of typed text.
#[derive(Debug, Clone, PartialEq)]
enum Meaning {
    Option(usize),
    Route(usize),
    Flow(String),
    Alarm(Alarm),
}

fn understand(
    lib: &Library,
    state: &mut State,
    out: &mut Out,
    text_in: &str,
) -> Result<Step, AssistantError> {
    if text_in.chars().count() > MAX_INPUT_CHARS {
        return Err(AssistantError::TextTooLong {
            max: MAX_INPUT_CHARS,
        });
    }
    let screen = state.screen.clone();
    let node = current_node(lib, &screen).map(|(f, n)| (f.id.clone(), n));
    if matches!(node, Some((_, n)) if matches!(n.next, Continuation::Questionnaire { .. })) {
        // Danger still counts while a questionnaire is pending.
        if let Some(alarm) = recognise_alarm(&intent_scores(lib, &state.locale, text_in)) {
            return go_urgent(lib, state, out, alarm);
        }
        return Err(AssistantError::NotWaitingForThis);
    }
    let ask = match &node {
        Some((flow, n)) => match &n.next {
            Continuation::Ask {
                routes,
                save_as,
                otherwise,
            } => Some((
                flow.clone(),
                routes.clone(),
                save_as.clone(),
                otherwise.clone(),
            )),
            _ => None,
        },
        None => None,
    };
    // Free text kept for a report is kept first, whatever comes next.
    let writing = ask.as_ref().is_some_and(|(_, _, s, _)| s.is_some());
    if let Some((_, _, Some(var), _)) = &ask {
        state.vars.insert(var.clone(), text_in.trim().to_owned());
    }

    // Every intent scored once; the steps below read from it.
    let all_intents = intent_scores(lib, &state.locale, text_in);

    // 1. Danger and self-harm phrases, always first.
    if let Some(alarm) = recognise_alarm(&all_intents) {
        return go_urgent(lib, state, out, alarm);
    }

    // 2. Commands, when the text is short and not a free-text answer.
    let short = token_count(lib, &state.locale, text_in) <= MAX_COMMAND_TOKENS
        && text_in.trim().chars().count() <= MAX_COMMAND_CHARS;
    if !writing && short {
        let scores = command_scores(lib, &state.locale, text_in);
        if let Understanding::Confident(cmd) = decide(scores, CONFIDENT) {
            match cmd.as_str() {
                QUICK_EXIT_INTENT => return Ok(Step::QuickExit),
                BACK_INTENT => go_back(lib, state, out),
                RESTART_INTENT => return restart(lib, state, out),
                _ => go_home(lib, state, out),
            }
            return Ok(Step::Waiting);
        }
    }

    // 3. Free text with no routes: it goes on, as written.
    if let Some((flow, routes, _, otherwise)) = &ask {
        if routes.is_empty() {
            remember(state);
            return advance(lib, state, out, flow, otherwise);
        }
    }

    // 4. The current screen's options: a number, a label's words, or the
    //    intents of a choice; or the routes of a free-text question.
    let opts = options(lib, state);
    if !opts.is_empty() {
        if let Some(n) = as_number(text_in) {
            if (1..=opts.len()).contains(&n) {
                return pick(lib, state, out, n - 1);
            }
        }
    }
    let mut scored: Vec<(Meaning, f32)> = Vec::new();
    // Never a guess, but never hidden: offered first.
    for (intent, alarm) in [
        (SELF_HARM_INTENT, Alarm::Crisis),
        (DANGER_INTENT, Alarm::Danger),
    ] {
        let s = all_intents.get(intent).copied().unwrap_or(0.0);
        if s >= NEAR {
            scored.push((Meaning::Alarm(alarm), s));
        }
    }
    let choice_intents: Vec<Vec<String>> = match node.as_ref().map(|(_, n)| &n.next) {
        Some(Continuation::Choices(cs)) => cs.iter().map(|c| c.intents.clone()).collect(),
        _ => Vec::new(),
    };
    for (i, (opt, label)) in opts.iter().enumerate() {
        let mut s = 0.0f32;
        for index in lib.intent_indexes(&state.locale).into_iter().take(1) {
            let input_p = Prepared::new(&index.normalizer, text_in);
            let label_p = Prepared::new(&index.normalizer, label);
            s = s.max(matcher::label_score(&label_p, &Input::new(&input_p)));
        }
        if let Opt::NodeChoice(ci) = opt {
            for intent in choice_intents.get(*ci).into_iter().flatten() {
                s = s.max(all_intents.get(intent).copied().unwrap_or(0.0));
            }
        }
        if matches!(opt, Opt::NoneOfThese) {
            continue;
        }
        scored.push((Meaning::Option(i), s));
    }
    if let Some((_, routes, _, _)) = &ask {
        for (i, r) in routes.iter().enumerate() {
            scored.push((
                Meaning::Route(i),
                all_intents.get(&r.intent).copied().unwrap_or(0.0),
            ));
        }
    }
    // What the current screen offers wins when it alone is clear: "not
    // paid" answers this question before it starts another flow.
    let local = match decide(scored.clone(), CONFIDENT) {
        Understanding::Confident(m) => Some(Understanding::Confident(m)),
        _ => None,
    };
    // 5. Otherwise other flows, by their intents.
    for f in lib.flows() {
        let s = f
            .intents
            .iter()
            .map(|i| all_intents.get(i).copied().unwrap_or(0.0))
            .fold(0.0f32, f32::max);
        scored.push((Meaning::Flow(f.id.clone()), s));
    }

    match local.unwrap_or_else(|| decide(scored, CONFIDENT)) {
        Understanding::Confident(m) => match m {
            Meaning::Option(i) => pick(lib, state, out, i),
            Meaning::Route(i) => take_route(lib, state, out, i),
            Meaning::Alarm(a) => go_urgent(lib, state, out, a),
            Meaning::Flow(id) => apply(lib, state, out, Opt::StartFlow(id)),
        },
        Understanding::Unclear(list) => {
            let options: Vec<Suggestion> = list
                .into_iter()
                .filter_map(|m| match m {
                    Meaning::Alarm(Alarm::Danger) => Some(Suggestion::Urgent),
                    Meaning::Alarm(Alarm::Crisis) => Some(Suggestion::Crisis),
                    Meaning::Flow(id) => Some(Suggestion::Flow { id }),
                    Meaning::Option(i) => match opts.get(i) {
                        // A suggestion of a suggestion is the suggestion.
                        Some((Opt::Suggested(s), _)) => Some(s.clone()),
                        _ => Some(Suggestion::Option { index: i }),
                    },
                    Meaning::Route(i) => {
                        let labelled = ask
                            .as_ref()
                            .and_then(|(_, r, _, _)| r.get(i))
                            .is_some_and(|r| r.label.is_some());
                        labelled.then_some(Suggestion::Route { index: i })
                    }
                })
                .collect();
            let over = match &state.screen {
                Screen::DidYouMean { over, .. } => over.clone(),
                s => Box::new(s.clone()),
            };
            if options.is_empty() {
                return not_understood(lib, state, out, ask.map(|(f, _, _, o)| (f, o)));
            }
            state.screen = Screen::DidYouMean { over, options };
            out.messages
                .push(text(lib, state, "assistant-did-you-mean"));
            Ok(Step::Waiting)
        }
        Understanding::Nothing => not_understood(lib, state, out, ask.map(|(f, _, _, o)| (f, o))),
    }
}

/// Nothing recognised: a free-text question goes to its `otherwise`; other
/// screens say so and stay.
fn not_understood(
    lib: &Library,
    state: &mut State,
    out: &mut Out,
    ask: Option<(String, String)>,
) -> Result<Step, AssistantError> {
    if let Some((flow, otherwise)) = ask {
        remember(state);
        return advance(lib, state, out, &flow, &otherwise);
    }
    if let Screen::DidYouMean { over, .. } = &state.screen {
        state.screen = (**over).clone();
    }
    out.messages
        .push(text(lib, state, "assistant-not-understood"));
    Ok(Step::Waiting)
}

#[allow(dead_code)]
fn assert_thread_safe() {
    fn is<T: Send + Sync>() {}
    is::<Conversation>();
    is::<Turn>();
}
