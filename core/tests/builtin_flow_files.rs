//! The built-in flows as they are on disk (`content/builtin/`), before they
//! are embedded and signed: the pack-level check finds nothing, and every
//! flow is walked from its start through every choice, every free-text
//! route, every questionnaire outcome and the country-dependent branches,
//! in every locale it ships in. The walk is generated from the flow graph,
//! not hand-listed, so a new node or choice is covered without touching
//! this test.
//!
//! Phrases come from `intents/<lang>.toml`.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use waymark_core::assistant::intents::PhraseTable;
use waymark_core::assistant::*;
use waymark_core::content::HelplineQuery;
use waymark_core::expression::{eval_bool, Expr, MapEnv, Value};
use waymark_core::questionnaire::RiskLevel;

/// The built-in folder; `WAYMARK_BUILTIN_DIR` points the test at a copy
/// (to try a flow in progress without touching the real one).
fn builtin_dir() -> PathBuf {
    match std::env::var_os("WAYMARK_BUILTIN_DIR") {
        Some(d) => PathBuf::from(d),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/builtin"),
    }
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `(stem, path)` of the `.toml` files of a folder, sorted; none if absent.
fn toml_files(dir: &Path) -> Vec<(String, PathBuf)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut v: Vec<(String, PathBuf)> = entries
        .filter_map(|e| {
            let p = e.ok()?.path();
            let stem = p.file_name()?.to_str()?.strip_suffix(".toml")?.to_owned();
            Some((stem, p))
        })
        .collect();
    v.sort();
    v
}

/// Every assistant file of the built-in folder, as check sources.
fn sources() -> Sources {
    let dir = builtin_dir();
    let mut s = Sources::default();
    let mut ids = Vec::new();
    for (id, p) in toml_files(&dir.join("flows")) {
        s.flows.push((format!("flows/{id}.toml"), read(&p)));
        ids.push(id);
    }
    for (locale, p) in toml_files(&dir.join("intents")) {
        let file = format!("intents/{locale}.toml");
        s.intents.push((locale, file, read(&p)));
    }
    for entry in std::fs::read_dir(dir.join("locales")).unwrap() {
        let locale_dir = entry.unwrap().path();
        let locale = locale_dir.file_name().unwrap().to_str().unwrap().to_owned();
        for id in &ids {
            let p = locale_dir.join(format!("{id}.ftl"));
            if p.exists() {
                let file = format!("locales/{locale}/{id}.ftl");
                s.texts.push((locale.clone(), file, read(&p)));
            }
        }
    }
    let all = BuiltinHelplines
        .helplines(&HelplineQuery::default())
        .unwrap();
    s.helplines = Some(all.into_iter().map(|e| e.helpline.id).collect());
    s.questionnaires = Some(
        BUILTIN_QUESTIONNAIRES
            .iter()
            .map(|q| (*q).to_owned())
            .collect(),
    );
    s
}

struct Loaded {
    lib: Arc<Library>,
    flows: Vec<Flow>,
    phrases: BTreeMap<String, PhraseTable>,
}

fn load() -> Loaded {
    let s = sources();
    let checked = check(&s);
    let shown: Vec<String> = checked.findings.iter().map(|f| f.to_string()).collect();
    assert!(shown.is_empty(), "findings:\n{}", shown.join("\n"));
    let mut locales: BTreeSet<String> = BTreeSet::new();
    for f in &checked.flows {
        locales.extend(f.locales.iter().cloned());
    }
    let locales: Vec<String> = locales.into_iter().collect();
    let lib = Library::from_sources(&s, &locales, Arc::new(BuiltinHelplines)).unwrap();
    Loaded {
        lib: Arc::new(lib),
        flows: checked.flows,
        phrases: checked.intents,
    }
}

#[test]
fn the_builtin_flow_files_pass_the_check() {
    let loaded = load();
    assert!(loaded.flows.len() >= 6, "expected the six built-in flows");
}

/// One thing the walk can do where the conversation waits.
#[derive(Debug, Clone)]
enum Input {
    Choose(usize),
    Say(String),
    Outcome(QuestionnaireResult),
}

fn apply(conv: &Conversation, input: &Input) -> Turn {
    match input {
        Input::Choose(i) => conv.choose(*i),
        Input::Say(t) => conv.say(t),
        Input::Outcome(r) => conv.questionnaire_finished(*r),
    }
    .unwrap_or_else(|e| panic!("{input:?}: {e}"))
}

const OUTCOMES: [QuestionnaireResult; 6] = [
    QuestionnaireResult::Finished(RiskLevel::None),
    QuestionnaireResult::Finished(RiskLevel::Low),
    QuestionnaireResult::Finished(RiskLevel::Medium),
    QuestionnaireResult::Finished(RiskLevel::High),
    QuestionnaireResult::Finished(RiskLevel::Urgent),
    QuestionnaireResult::Stopped,
];

/// Text no phrase set is near: it takes the `otherwise` way.
const NONSENSE: &str = "qqxv zzkj wwpf";

/// Distinct states one walk may reach before the test calls it a runaway.
const MAX_STATES: usize = 20_000;

/// What the walks reached in one flow, over all countries and entries.
#[derive(Default)]
struct Reached {
    waiting_nodes: HashSet<String>,
    ends: usize,
    quick_exits: usize,
    other_flows: BTreeSet<String>,
    /// Routes whose own phrases led to them: `(node, intent)`.
    routes: HashSet<(String, String)>,
    /// Route phrases the engine took as a command instead.
    commands: BTreeSet<String>,
}

/// Every `when` of a flow. Two states at the same node where all the flows'
/// conditions agree lead to the same nodes, so the walk visits one of them.
fn conditions(flow: &Flow) -> Vec<&Expr> {
    let mut v = Vec::new();
    for id in &flow.order {
        match &flow.node(id).unwrap().next {
            Continuation::Branch { cases, .. } => v.extend(cases.iter().map(|(e, _)| e)),
            Continuation::Choices(cs) => v.extend(cs.iter().filter_map(|c| c.when.as_ref())),
            _ => {}
        }
    }
    v
}

/// A phrase tried on a free-text question: its intent, and the first text
/// the route's node shows (if it shows one).
type RouteTry = (String, Option<String>);

/// The truth of every condition of `flows` with these variables.
fn truths(flows: &[&Flow], vars: &BTreeMap<String, String>) -> Vec<bool> {
    let mut env = MapEnv::default();
    for (k, v) in vars {
        env.values.insert(k.clone(), Value::Text(v.clone()));
    }
    flows
        .iter()
        .flat_map(|f| conditions(f))
        .map(|e| eval_bool(e, &env).unwrap_or(false))
        .collect()
}

struct Walk<'a> {
    loaded: &'a Loaded,
    phrases: &'a PhraseTable,
    ctx: Context,
    start: &'a str,
    /// A sentence typed at the home screen instead of starting the flow
    /// (the urgent flow's crisis path is entered by a self-harm one).
    opener: Option<&'a str>,
    seen: HashSet<(String, String, Vec<bool>)>,
    reached: &'a mut BTreeMap<String, Reached>,
    /// Jumps into other flows, by the state they enter in, with the path
    /// that leads there: walked afterwards, each distinct entry once, so
    /// variables set in one flow and read in the next are covered.
    entries: &'a mut BTreeMap<(String, Vec<bool>), Vec<Input>>,
    /// `(flow, node)` of the waiting turns from the start to here.
    trail: Vec<(Option<String>, Option<String>)>,
}

impl Walk<'_> {
    fn where_(&self, flow: &str) -> String {
        format!(
            "{} {flow} (country {:?})",
            self.ctx.locale, self.ctx.country
        )
    }

    fn fresh(&self, path: &[Input]) -> (Conversation, Turn) {
        let lib = Arc::clone(&self.loaded.lib);
        let (conv, _) = Conversation::start(lib, self.ctx.clone(), None).unwrap();
        let mut turn = match self.opener {
            Some(text) => conv.say(text).unwrap(),
            None => conv.start_flow(self.start).unwrap(),
        };
        for i in path {
            turn = apply(&conv, i);
        }
        (conv, turn)
    }

    fn text(&self, id: &str, vars: &BTreeMap<String, String>) -> String {
        self.loaded.lib.text(&self.ctx.locale, id, vars)
    }

    /// The text a person sees first when `node` is entered, if any.
    fn first_text(
        &self,
        flow: &Flow,
        node: &str,
        vars: &BTreeMap<String, String>,
    ) -> Option<String> {
        let mut id = node;
        for _ in 0..64 {
            let n = flow.node(id)?;
            if let Some(m) = n.say.first() {
                return Some(self.text(m, vars));
            }
            match &n.next {
                Continuation::Next(next) => id = next,
                _ => return None,
            }
        }
        None
    }

    /// The variables after `input` at `node`, as the engine sets them: the
    /// choice's or route's `set`, `save_as`, and the `set` of the nodes it
    /// then passes through on plain `next`s.
    fn vars_after(
        &self,
        flow: &Flow,
        node: &Node,
        turn: &Turn,
        input: &Input,
        vars: &BTreeMap<String, String>,
    ) -> BTreeMap<String, String> {
        let mut out = vars.clone();
        let mut target = None;
        match (&node.next, input) {
            (Continuation::Choices(choices), Input::Choose(i)) => {
                let shown = &turn.choices[*i].label;
                if let Some(c) = choices.iter().find(|c| self.text(&c.label, vars) == *shown) {
                    out.extend(c.set.iter().cloned());
                    if let Target::Node(n) = &c.target {
                        target = Some(n.clone());
                    }
                }
            }
            (
                Continuation::Ask {
                    routes, save_as, ..
                },
                Input::Say(text),
            ) => {
                if let Some(v) = save_as {
                    out.insert(v.clone(), text.clone());
                }
                let route = routes.iter().find(|r| {
                    self.phrases
                        .get(&r.intent)
                        .is_some_and(|p| p.contains(text))
                });
                if let Some(r) = route {
                    out.extend(r.set.iter().cloned());
                    target = Some(r.next.clone());
                }
            }
            (Continuation::Questionnaire { save_as, next, .. }, Input::Outcome(o)) => {
                if let Some(v) = save_as {
                    out.insert(v.clone(), o.as_str().to_owned());
                }
                target = Some(next.clone());
            }
            _ => {}
        }
        let mut hops = 0;
        while let Some(n) = target.take().and_then(|t| flow.node(&t)) {
            out.extend(n.set.iter().cloned());
            hops += 1;
            if let (Continuation::Next(next), true) = (&n.next, hops < 64) {
                target = Some(next.clone());
            }
        }
        out
    }

    /// Where the walk is, as far as what comes next can differ: the node and
    /// the truth of the conditions of this flow and of the flows it can
    /// jump to (a variable set here may be read there).
    fn state(
        &self,
        flow: &Flow,
        node: &str,
        vars: &BTreeMap<String, String>,
    ) -> (String, String, Vec<bool>) {
        let mut flows = vec![flow];
        for n in flow.nodes.values() {
            let jumps: Vec<&String> = match &n.next {
                Continuation::GotoFlow(f) => vec![f],
                Continuation::Choices(cs) => cs
                    .iter()
                    .filter_map(|c| match &c.target {
                        Target::Flow(f) => Some(f),
                        Target::Node(_) => None,
                    })
                    .collect(),
                _ => Vec::new(),
            };
            for j in jumps {
                if let Some(f) = self.loaded.flows.iter().find(|f| &f.id == j) {
                    if !flows.iter().any(|x| x.id == f.id) {
                        flows.push(f);
                    }
                }
            }
        }
        (flow.id.clone(), node.to_owned(), truths(&flows, vars))
    }

    fn explore(
        &mut self,
        conv: &mut Conversation,
        turn: Turn,
        path: &mut Vec<Input>,
        vars: &BTreeMap<String, String>,
        in_flow: &str,
    ) {
        let texts = turn
            .messages
            .iter()
            .chain(turn.choices.iter().map(|c| &c.label));
        for m in texts {
            let at = self.where_(in_flow);
            assert!(!m.trim().is_empty(), "{at}: an empty text after {path:?}");
            assert!(
                !m.contains('{') && !m.contains('}'),
                "{at}: unresolved placeable in {m:?}"
            );
        }
        if turn.waiting_for == Waiting::Nothing {
            // A quick exit: nothing of the last screen is left.
            let blank = turn.messages.is_empty() && turn.choices.is_empty() && turn.node.is_none();
            assert!(
                blank,
                "{}: a quick exit left something to show",
                self.where_(in_flow)
            );
            self.reached
                .entry(in_flow.to_owned())
                .or_default()
                .quick_exits += 1;
            return;
        }
        let Some(flow_id) = turn.flow.clone() else {
            // "Did you mean …?": the engine asks rather than guess. Its last
            // choice is "None of these"; the home menu has no such choice.
            let none = self.text("assistant-none-of-these", vars);
            let asks = turn.choices.last().is_some_and(|c| c.label == none);
            if !asks {
                let problem = format!("fell back to the home menu after {:?}", path.last());
                let r = self.reached.entry(in_flow.to_owned()).or_default();
                r.commands.insert(problem);
            }
            return;
        };
        let loaded = self.loaded;
        let flow = loaded
            .flows
            .iter()
            .find(|f| f.id == flow_id)
            .expect("a known flow");
        if flow_id != in_flow {
            let r = self.reached.entry(in_flow.to_owned()).or_default();
            r.other_flows.insert(flow_id.clone());
            let entry = (flow_id.clone(), truths(&[flow], vars));
            self.entries.entry(entry).or_insert_with(|| path.clone());
            return;
        }
        let node_id = turn.node.clone().expect("a node in the flow");
        let node = flow.node(&node_id).expect("a node of the flow");
        if !self.seen.insert(self.state(flow, &node_id, vars)) {
            return;
        }
        let at = self.where_(&flow_id);
        assert!(self.seen.len() <= MAX_STATES, "{at}: the walk does not end");
        let reached = self.reached.entry(flow_id.clone()).or_default();
        reached.waiting_nodes.insert(node_id.clone());

        // Each input, with the route it is one of the phrases of.
        let mut inputs: Vec<(Input, Option<RouteTry>)> = Vec::new();
        match (&node.next, turn.waiting_for) {
            (Continuation::End, _) => reached.ends += 1,
            (Continuation::Choices(_), Waiting::Choice) => {
                assert!(!turn.choices.is_empty(), "{at}: {node_id} offers no choice");
                inputs.extend((0..turn.choices.len()).map(|i| (Input::Choose(i), None)));
            }
            (Continuation::Ask { routes, .. }, Waiting::Text) => {
                for r in routes {
                    let expected = self.first_text(flow, &r.next, vars);
                    for p in self.phrases.get(&r.intent).into_iter().flatten() {
                        let route = Some((r.intent.clone(), expected.clone()));
                        inputs.push((Input::Say(p.clone()), route));
                    }
                }
                inputs.push((Input::Say(NONSENSE.to_owned()), None));
            }
            (Continuation::Questionnaire { .. }, Waiting::Questionnaire) => {
                inputs.extend(OUTCOMES.iter().map(|o| (Input::Outcome(*o), None)));
            }
            (other, waiting) => panic!("{at}: {node_id} is {other:?} but waits for {waiting:?}"),
        }

        let urgent = loaded.lib.urgent_flow().map(|f| f.id.clone());
        self.trail.push((turn.flow.clone(), turn.node.clone()));
        for (input, route) in inputs {
            let next = apply(conv, &input);
            if let Some((intent, expected)) = route {
                // A topic phrase must never be taken as a command: a person
                // writing "I want to quit my job" must not see the app vanish.
                let text = match &input {
                    Input::Say(t) => t.clone(),
                    _ => String::new(),
                };
                let none = self.text("assistant-none-of-these", vars);
                let asks = next.choices.last().is_some_and(|c| c.label == none);
                let command = if next.waiting_for == Waiting::Nothing {
                    Some("quick exit")
                } else if next.flow.is_none() && !asks {
                    Some("the home menu")
                } else if self.trail.len() >= 2
                    && self.trail[self.trail.len() - 2] == (next.flow.clone(), next.node.clone())
                {
                    Some("back")
                } else {
                    None
                };
                if let Some(command) = command {
                    let r = self.reached.entry(flow_id.clone()).or_default();
                    r.commands.insert(format!(
                        "{node_id}: {text:?} ({intent}) is taken as {command}"
                    ));
                }
                let hit = match &expected {
                    Some(text) => next.messages.iter().any(|m| m == text),
                    None => next.waiting_for != Waiting::Choice || next.node != turn.node,
                };
                // A danger phrase reaching the urgent flow first is right too.
                let to_urgent = next.flow != turn.flow && next.flow == urgent;
                if hit || to_urgent {
                    let r = self.reached.entry(flow_id.clone()).or_default();
                    r.routes.insert((node_id.clone(), intent));
                }
            }
            let after = self.vars_after(flow, node, &turn, &input, vars);
            path.push(input);
            self.explore(conv, next, path, &after, &flow_id);
            path.pop();
            let back = conv.back();
            let returned = matches!(&back, Ok(b) if b.node == turn.node && b.flow == turn.flow);
            if !returned {
                // Back could not return exactly here (across flows, or after
                // a quick exit ended it all): start again along the path.
                let (c, t) = self.fresh(path);
                assert_eq!(
                    (t.flow, t.node),
                    (turn.flow.clone(), turn.node.clone()),
                    "{at}: replay"
                );
                *conv = c;
            }
        }
        self.trail.pop();
    }
}

/// Walks every flow from its start in `locale`, for each country; then
/// every flow again from each distinct state another flow jumped into it.
fn walk_all(
    loaded: &Loaded,
    locale: &str,
    countries: &[Option<&str>],
) -> BTreeMap<String, Reached> {
    let mut reached = BTreeMap::new();
    let empty = PhraseTable::new();
    let phrases = loaded.phrases.get(locale).unwrap_or(&empty);
    for flow in loaded
        .flows
        .iter()
        .filter(|f| f.locales.iter().any(|l| l == locale))
    {
        // The urgent flow is also entered by a self-harm sentence, which
        // sets the variables of its crisis path.
        let self_harm = phrases
            .get(SELF_HARM_INTENT)
            .and_then(|p| p.first())
            .filter(|_| flow.urgent);
        let openers: Vec<Option<&str>> = std::iter::once(None)
            .chain(self_harm.map(|p| Some(p.as_str())))
            .collect();
        for (country, opener) in countries
            .iter()
            .flat_map(|c| openers.iter().map(move |o| (c, *o)))
        {
            let mut vars = BTreeMap::new();
            vars.insert("locale".to_owned(), locale.to_owned());
            vars.insert("country".to_owned(), country.unwrap_or_default().to_owned());
            if opener.is_some() {
                vars.insert("danger".to_owned(), "yes".to_owned());
                vars.insert("crisis".to_owned(), "yes".to_owned());
            }
            let mut entries = BTreeMap::new();
            let mut walk = Walk {
                loaded,
                phrases,
                ctx: Context {
                    locale: locale.to_owned(),
                    country: country.map(str::to_owned),
                },
                start: &flow.id,
                opener,
                seen: HashSet::new(),
                reached: &mut reached,
                entries: &mut entries,
                trail: Vec::new(),
            };
            let (mut conv, turn) = walk.fresh(&[]);
            walk.explore(&mut conv, turn, &mut Vec::new(), &vars, &flow.id);
            // The entries of this start, walked in the flow they enter (the
            // walk records their own jumps but does not follow them).
            for ((target, _), path) in std::mem::take(walk.entries) {
                let (mut conv, turn) = walk.fresh(&path);
                let mut path = path;
                let vars = replay_vars(&walk, &path, &vars);
                walk.explore(&mut conv, turn, &mut path, &vars, &target);
            }
        }
    }
    reached
}

/// The variables along `path` from the walk's start.
fn replay_vars(
    walk: &Walk,
    path: &[Input],
    start: &BTreeMap<String, String>,
) -> BTreeMap<String, String> {
    let (conv, mut turn) = walk.fresh(&[]);
    let mut vars = start.clone();
    for input in path {
        let flow = walk
            .loaded
            .flows
            .iter()
            .find(|f| Some(&f.id) == turn.flow.as_ref())
            .unwrap();
        let node = flow.node(turn.node.as_deref().unwrap()).unwrap();
        vars = walk.vars_after(flow, node, &turn, input, &vars);
        turn = apply(&conv, input);
    }
    vars
}

/// Every waiting node, every end, every jump, every quick exit and every
/// free-text route of every flow, in every locale; with no country, and in
/// countries the flows treat differently.
#[test]
fn every_flow_is_walked_to_each_end_in_every_locale() {
    let loaded = load();
    let locales: BTreeSet<&String> = loaded.flows.iter().flat_map(|f| &f.locales).collect();
    let mut problems = Vec::new();
    for locale in locales {
        // Other countries lead to the same nodes as these; the US-only
        // nodes lead straight on, and are walked in English.
        let countries: &[Option<&str>] = if locale == "en" {
            &[None, Some("GB"), Some("US")]
        } else {
            &[None, Some("GB")]
        };
        let reached = walk_all(&loaded, locale, countries);
        for flow in loaded.flows.iter().filter(|f| f.locales.contains(locale)) {
            let empty = Reached::default();
            let r = reached.get(&flow.id).unwrap_or(&empty);
            let at = format!("{locale} {}", flow.id);
            problems.extend(r.commands.iter().map(|c| format!("{at}: {c}")));
            if r.ends == 0 {
                problems.push(format!("{at}: no end reached"));
            }
            for id in &flow.order {
                let node = flow.node(id).unwrap();
                let quick_exit = node.actions.contains(&Action::QuickExit);
                if quick_exit && r.quick_exits == 0 {
                    problems.push(format!("{at}: quick exit at {id} never taken"));
                }
                if node.next.waits() && !quick_exit && !r.waiting_nodes.contains(id) {
                    problems.push(format!("{at}: node {id} never reached"));
                }
                if let Continuation::GotoFlow(target) = &node.next {
                    if !r.other_flows.contains(target) {
                        problems.push(format!("{at}: jump to {target} never taken"));
                    }
                }
                if let Continuation::Ask { routes, .. } = &node.next {
                    for route in routes {
                        if !r.routes.contains(&(id.clone(), route.intent.clone())) {
                            problems.push(format!(
                                "{at}: no phrase of {} leads to route {id} → {}",
                                route.intent, route.next
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Sentences people really type, in every locale, reach the topic they are
/// about ("Is my situation OK?" → in my own words): not "did you mean", not
/// the home menu, not a command. (Sentences that are danger phrases, like
/// "they took my passport", go to urgent help instead: the engine's tests.)
#[test]
fn typed_sentences_reach_their_topic_in_every_locale() {
    // (locale, sentence, the node its route leads to)
    const CASES: &[(&str, &str, &str)] = &[
        // Documents taken away are danger (urgent help, issue 16); asking
        // about papers is a topic.
        ("en", "my visa expires next month", "about_documents"),
        ("en", "they have not paid me for two months", "about_wages"),
        ("en", "i owe the agent a lot of money", "about_debt"),
        ("en", "i work 16 hours every day", "about_hours"),
        ("es", "trabajo todos los días sin descanso", "about_hours"),
        ("es", "le debo mucho dinero al agente", "about_debt"),
        ("fr", "on ne me paie pas depuis deux mois", "about_wages"),
        ("fr", "je dois beaucoup d'argent à l'agent", "about_debt"),
        ("pt", "não me pagam há dois meses", "about_wages"),
        ("ro", "nu sunt plătit de două luni", "about_wages"),
        ("ru", "мне не платят зарплату два месяца", "about_wages"),
        ("ru", "я должен агенту много денег", "about_debt"),
        ("uk", "у мене закінчується віза", "about_documents"),
        ("ar", "لا يدفعون راتبي منذ شهرين", "about_wages"),
        ("fa", "دو ماه است حقوقم را نمی‌دهند", "about_wages"),
        ("hi", "दो महीने से तनख्वाह नहीं मिली", "about_wages"),
        ("th", "ไม่ได้รับเงินเดือนสองเดือนแล้ว", "about_wages"),
        ("th", "ฉันเป็นหนี้นายหน้า", "about_debt"),
        ("my", "လစာမရတာ နှစ်လရှိပြီ", "about_wages"),
        ("vi", "hai tháng rồi không trả lương", "about_wages"),
        ("tl", "dalawang buwan na akong walang sahod", "about_wages"),
        ("sw", "hawanilipi mshahara miezi miwili", "about_wages"),
        ("zh-Hans", "两个月没发工资了", "about_wages"),
        ("zh-Hans", "我欠中介很多钱", "about_debt"),
    ];
    let loaded = load();
    let flow = loaded.flows.iter().find(|f| f.id == "situation").unwrap();
    let tell = match &flow.node("start").unwrap().next {
        Continuation::Choices(cs) => cs
            .iter()
            .position(|c| c.target == Target::Node("tell".to_owned()))
            .unwrap(),
        _ => panic!("situation starts with choices"),
    };
    let locales: BTreeSet<&str> = CASES.iter().map(|c| c.0).collect();
    assert_eq!(locales.len(), 16, "a sentence in every locale");
    let mut wrong = Vec::new();
    for (locale, sentence, node) in CASES {
        let ctx = Context {
            locale: (*locale).to_owned(),
            country: Some("GB".to_owned()),
        };
        let (conv, _) = Conversation::start(Arc::clone(&loaded.lib), ctx, None).unwrap();
        conv.start_flow("situation").unwrap();
        conv.choose(tell).unwrap();
        let turn = conv.say(sentence).unwrap();
        let id = &flow.node(node).unwrap().say[0];
        let expected = loaded.lib.text(locale, id, &BTreeMap::new());
        if !turn.messages.contains(&expected) {
            wrong.push(format!(
                "{locale} {sentence:?} → {:?}",
                turn.messages.first()
            ));
        }
    }
    assert!(wrong.is_empty(), "not understood:\n{}", wrong.join("\n"));
}
