//! Parses one flow file and checks what can be checked inside it: structure,
//! node references, reachability, dead ends and loops. References to other
//! files (messages, intents, flows, helplines, questionnaires, variables set
//! elsewhere) are recorded and checked by [`super::check`].

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;

use super::error::{Finding, FindingKind};
use super::format::{RawAction, RawFlow, RawNode, Vars, S};
use super::model::*;
use crate::content::{Audience, ChannelKind};
use crate::expression::{self, Expr, ValueType};
use crate::questionnaire::format::Lines;

/// Largest flow file accepted, in bytes.
pub const MAX_FLOW_SOURCE: usize = 1024 * 1024;
/// Most nodes in one flow.
pub const MAX_NODES: usize = 2000;
/// Most helplines one `show_helplines` may list.
pub const MAX_HELPLINES_SHOWN: i64 = 20;

/// Flow ids, node ids and variable names: an ASCII letter, then ASCII
/// letters, digits and `_`. The same names work in Fluent (`{ $name }`) and
/// in expressions (`${name}`).
pub fn is_valid_id(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && s.len() <= 64
}

/// A Fluent message id: a letter, then letters, digits, `-` and `_`.
pub fn is_message_id(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && s.len() <= 128
}

/// Parses a flow, returning it only when it has no finding.
pub fn parse(file: &str, src: &str) -> Result<Flow, Vec<Finding>> {
    match compile(file, src) {
        (Some(flow), findings) if findings.is_empty() => Ok(flow),
        (_, findings) => Err(findings),
    }
}

struct Ctx<'a> {
    file: &'a str,
    lines: Lines<'a>,
    findings: Vec<Finding>,
    refs: Vec<Reference>,
}

impl Ctx<'_> {
    fn line(&self, span: &Range<usize>) -> u32 {
        self.lines.position(span.start).0
    }

    fn at(&mut self, span: &Range<usize>, kind: FindingKind, reason: impl Into<String>) {
        let line = self.line(span);
        self.push(line, kind, reason.into());
    }

    fn push(&mut self, line: u32, kind: FindingKind, reason: String) {
        self.findings.push(Finding {
            file: self.file.to_owned(),
            line,
            kind,
            reason,
        });
    }

    fn refer(&mut self, span: &Range<usize>, kind: RefKind, name: &str) {
        let line = self.line(span);
        self.refs.push(Reference {
            line,
            kind,
            name: name.to_owned(),
        });
    }

    fn message(&mut self, id: &S) -> String {
        if is_message_id(id.get_ref()) {
            self.refer(&id.span(), RefKind::Message, id.get_ref());
        } else {
            self.at(
                &id.span(),
                FindingKind::Structure,
                "text fields hold a Fluent message id (letters, digits, - and _), not literal text",
            );
        }
        id.get_ref().clone()
    }

    fn id(&mut self, id: &S, what: &str) -> String {
        if !is_valid_id(id.get_ref()) {
            let shown: String = id.get_ref().chars().take(40).collect();
            self.at(
                &id.span(),
                FindingKind::Structure,
                format!(
                    "{what} {shown:?} is not a valid name (a letter, then letters, digits and _)"
                ),
            );
        }
        id.get_ref().clone()
    }

    fn vars(&mut self, vars: &Vars, at: &Range<usize>) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for (name, value) in vars {
            if is_valid_id(name) {
                self.refer(at, RefKind::SetsVariable, name);
            } else {
                let shown: String = name.chars().take(40).collect();
                self.at(
                    at,
                    FindingKind::Structure,
                    format!("variable {shown:?} is not a valid name"),
                );
            }
            out.push((name.clone(), value.get_ref().clone()));
        }
        out
    }

    fn save_as(&mut self, name: &S) -> String {
        let n = self.id(name, "variable");
        self.refer(&name.span(), RefKind::SetsVariable, &n);
        n
    }

    fn expr(&mut self, text: &S) -> Option<Expr> {
        let start = self.lines.content_start(&text.span());
        let line = self.lines.position(start).0;
        match expression::parse(text.get_ref()) {
            Err(e) => {
                let l = line.saturating_add(e.span.line.saturating_sub(1));
                self.push(l, FindingKind::Expression, e.reason);
                None
            }
            Ok(expr) => {
                // Every variable is text; unknown ones are reported by the
                // pack check, which knows what other flows set.
                let (_, errors) = expression::infer(&expr, &|_| Some(ValueType::Text), None);
                for e in &errors {
                    self.push(line, FindingKind::Expression, e.reason.clone());
                }
                for name in expr.references().names {
                    self.refer(&text.span(), RefKind::ReadsVariable, &name);
                }
                errors.is_empty().then_some(expr)
            }
        }
    }
}

/// Parses and checks; the flow is `Some` whenever the TOML parsed.
pub(crate) fn compile(file: &str, src: &str) -> (Option<Flow>, Vec<Finding>) {
    let mut cx = Ctx {
        file,
        lines: Lines::new(src),
        findings: Vec::new(),
        refs: Vec::new(),
    };
    if src.len() > MAX_FLOW_SOURCE {
        cx.push(
            1,
            FindingKind::Structure,
            format!("the file is larger than {MAX_FLOW_SOURCE} bytes"),
        );
        return (None, cx.findings);
    }
    let raw: RawFlow = match toml::from_str(src) {
        Ok(r) => r,
        Err(e) => {
            let line = e.span().map_or(1, |s| cx.lines.position(s.start).0);
            cx.push(line, FindingKind::Syntax, e.message().trim().to_owned());
            return (None, cx.findings);
        }
    };
    let flow = build(&mut cx, raw);
    check_graph(&mut cx, &flow);
    (Some(flow), cx.findings)
}

fn build(cx: &mut Ctx<'_>, raw: RawFlow) -> Flow {
    let id = cx.id(&raw.id, "flow id");
    let title = cx.message(&raw.title);
    let mut intents = Vec::new();
    for i in &raw.intents {
        cx.refer(&i.span(), RefKind::Intent, i.get_ref());
        intents.push(i.get_ref().clone());
    }
    let mut locales = Vec::new();
    for l in &raw.locales {
        if crate::i18n::normalize_tag(l.get_ref()).is_none() {
            cx.at(
                &l.span(),
                FindingKind::Structure,
                "not a locale code (e.g. en, pt-BR, zh-Hans)",
            );
        }
        locales.push(l.get_ref().clone());
    }
    if raw.locales.is_empty() {
        cx.at(
            &raw.id.span(),
            FindingKind::Structure,
            "the flow lists no `locales`",
        );
    }
    let mut nodes = HashMap::new();
    let mut order = Vec::new();
    if raw.nodes.len() > MAX_NODES {
        cx.at(
            &raw.id.span(),
            FindingKind::Structure,
            format!("more than {MAX_NODES} nodes"),
        );
    }
    for raw_node in raw.nodes.iter().take(MAX_NODES) {
        let node = build_node(cx, raw_node.get_ref(), &raw_node.span());
        if nodes.contains_key(&node.id) {
            let reason = format!("two nodes are named {}", node.id);
            cx.push(node.line, FindingKind::Duplicate, reason);
            continue;
        }
        order.push(node.id.clone());
        nodes.insert(node.id.clone(), node);
    }
    let start = raw.start.get_ref().clone();
    if !nodes.contains_key(&start) {
        cx.at(
            &raw.start.span(),
            FindingKind::UnknownNode,
            format!("the start node {start:?} does not exist"),
        );
    }
    Flow {
        id,
        version: raw.version.unwrap_or(1),
        title,
        menu: raw.menu.map(|m| *m.get_ref()),
        intents,
        locales,
        start,
        urgent: raw.urgent,
        nodes,
        order,
        references: std::mem::take(&mut cx.refs),
    }
}

fn build_node(cx: &mut Ctx<'_>, raw: &RawNode, span: &Range<usize>) -> Node {
    let id = cx.id(&raw.id, "node id");
    let line = cx.line(&raw.id.span());
    let say = raw.say.iter().map(|m| cx.message(m)).collect();
    let set = cx.vars(&raw.set, &raw.id.span());
    let actions = raw
        .actions
        .iter()
        .filter_map(|a| build_action(cx, a.get_ref(), &a.span()))
        .collect();

    // Exactly one way to continue. `next` and `otherwise` also complete
    // `ask`, `branch` and `questionnaire`, so count the primary forms.
    let mut ways = Vec::new();
    if raw.choices.is_some() {
        ways.push("choices");
    }
    if raw.ask.is_some() {
        ways.push("ask");
    }
    if raw.branch.is_some() {
        ways.push("branch");
    }
    if raw.goto_flow.is_some() {
        ways.push("goto_flow");
    }
    if raw.questionnaire.is_some() {
        ways.push("questionnaire");
    }
    if raw.end.as_ref().is_some_and(|e| *e.get_ref()) {
        ways.push("end");
    }
    let takes_next = raw.ask.is_some() || raw.questionnaire.is_some();
    let takes_otherwise = raw.ask.is_some() || raw.branch.is_some();
    if raw.next.is_some() && ways.is_empty() {
        ways.push("next");
    }
    let node_span = raw.id.span();
    if ways.len() > 1 {
        cx.at(
            &node_span,
            FindingKind::Structure,
            format!(
                "node {id} has more than one way to continue ({})",
                ways.join(", ")
            ),
        );
    }
    if let Some(n) = &raw.next {
        if !ways.is_empty() && ways != ["next"] && !takes_next {
            cx.at(
                &n.span(),
                FindingKind::Structure,
                "`next` does not go with this node's continuation",
            );
        }
    }
    if let Some(o) = &raw.otherwise {
        if !takes_otherwise {
            cx.at(
                &o.span(),
                FindingKind::Structure,
                "`otherwise` goes only with `ask` or `branch`",
            );
        }
    }
    let target = |n: &Option<S>| n.as_ref().map(|s| s.get_ref().clone());

    let next = match ways.first().copied() {
        None => {
            cx.at(
                &node_span,
                FindingKind::DeadEnd,
                format!("node {id} has no way to continue: add choices, ask, branch, next, goto_flow, questionnaire or end = true"),
            );
            Continuation::End
        }
        Some("choices") => {
            let choices = raw.choices.as_ref().map(|c| c.get_ref()).unwrap_or(&EMPTY);
            let span = raw.choices.as_ref().map_or(span.clone(), |c| c.span());
            if choices.is_empty() || choices.len() > MAX_CHOICES {
                cx.at(
                    &span,
                    FindingKind::Structure,
                    format!("a node offers 1 to {MAX_CHOICES} choices"),
                );
            }
            let mut out = Vec::new();
            for c in choices {
                let c_span = c.span();
                let c = c.get_ref();
                let label = cx.message(&c.label);
                let target = match (&c.next, &c.goto_flow) {
                    (Some(n), None) => Target::Node(n.get_ref().clone()),
                    (None, Some(f)) => {
                        cx.refer(&f.span(), RefKind::Flow, f.get_ref());
                        Target::Flow(f.get_ref().clone())
                    }
                    _ => {
                        cx.at(
                            &c_span,
                            FindingKind::Structure,
                            "a choice needs exactly one of `next` or `goto_flow`",
                        );
                        Target::Node(String::new())
                    }
                };
                let set = cx.vars(&c.set, &c_span);
                let when = c.when.as_ref().and_then(|w| cx.expr(w));
                for i in &c.intents {
                    cx.refer(&i.span(), RefKind::Intent, i.get_ref());
                }
                out.push(Choice {
                    label,
                    target,
                    set,
                    when,
                    intents: c.intents.iter().map(|i| i.get_ref().clone()).collect(),
                });
            }
            if !choices.is_empty() && choices.iter().all(|c| c.get_ref().when.is_some()) {
                cx.at(&span, FindingKind::Structure, "at least one choice must have no `when`, so the person is never left without one");
            }
            Continuation::Choices(out)
        }
        Some("ask") => {
            let ask = raw.ask.as_ref().expect("counted above");
            let routes = ask
                .get_ref()
                .routes
                .iter()
                .map(|r| {
                    let r = r.get_ref();
                    cx.refer(&r.intent.span(), RefKind::Intent, r.intent.get_ref());
                    Route {
                        intent: r.intent.get_ref().clone(),
                        label: r.label.as_ref().map(|l| cx.message(l)),
                        next: r.next.get_ref().clone(),
                        set: cx.vars(&r.set, &r.intent.span()),
                    }
                })
                .collect();
            let save_as = ask.get_ref().save_as.as_ref().map(|s| cx.save_as(s));
            let otherwise = match (target(&raw.otherwise), target(&raw.next)) {
                (Some(o), None) | (None, Some(o)) => o,
                _ => {
                    cx.at(&ask.span(), FindingKind::Structure, "`ask` needs exactly one of `otherwise` or `next`: where text goes when no route fits");
                    String::new()
                }
            };
            Continuation::Ask {
                routes,
                save_as,
                otherwise,
            }
        }
        Some("branch") => {
            let branch = raw.branch.as_ref().expect("counted above");
            let mut cases = Vec::new();
            for case in branch.get_ref() {
                let c = case.get_ref();
                if let Some(e) = cx.expr(&c.when) {
                    cases.push((e, c.next.get_ref().clone()));
                }
            }
            let otherwise = target(&raw.otherwise).unwrap_or_else(|| {
                cx.at(
                    &branch.span(),
                    FindingKind::Structure,
                    "`branch` needs `otherwise`: where to go when no case is true",
                );
                String::new()
            });
            if branch.get_ref().is_empty() {
                cx.at(
                    &branch.span(),
                    FindingKind::Structure,
                    "`branch` needs at least one case",
                );
            }
            Continuation::Branch { cases, otherwise }
        }
        Some("goto_flow") => {
            let f = raw.goto_flow.as_ref().expect("counted above");
            cx.refer(&f.span(), RefKind::Flow, f.get_ref());
            Continuation::GotoFlow(f.get_ref().clone())
        }
        Some("questionnaire") => {
            let q = raw.questionnaire.as_ref().expect("counted above");
            let r = q.get_ref();
            cx.refer(&r.id.span(), RefKind::Questionnaire, r.id.get_ref());
            let mode = match &r.mode {
                None => QuestionnaireMode::SelfCheck,
                Some(m) => QuestionnaireMode::parse(m.get_ref()).unwrap_or_else(|| {
                    cx.at(
                        &m.span(),
                        FindingKind::Structure,
                        "mode is one of self, hand_over, interviewer",
                    );
                    QuestionnaireMode::SelfCheck
                }),
            };
            let save_as = r.save_as.as_ref().map(|s| cx.save_as(s));
            let next = target(&raw.next).unwrap_or_else(|| {
                cx.at(
                    &q.span(),
                    FindingKind::Structure,
                    "`questionnaire` needs `next`: where to continue with its outcome",
                );
                String::new()
            });
            Continuation::Questionnaire {
                id: r.id.get_ref().clone(),
                mode,
                save_as,
                next,
            }
        }
        Some("end") => Continuation::End,
        _ => Continuation::Next(target(&raw.next).unwrap_or_default()),
    };
    Node {
        id,
        line,
        say,
        set,
        actions,
        next,
    }
}

static EMPTY: Vec<toml::Spanned<super::format::RawChoice>> = Vec::new();

fn build_action(cx: &mut Ctx<'_>, a: &RawAction, span: &Range<usize>) -> Option<Action> {
    let kind = a.kind.get_ref().as_str();
    // Which optional fields each kind accepts; others are mistakes.
    let allowed: &[&str] = match kind {
        "show_helplines" => &[
            "audience",
            "channel",
            "limit",
            "emergency_first",
            "crisis_first",
        ],
        "call" | "text" => &["helpline", "number"],
        "open" => &["url"],
        "safety_tip" => &["text"],
        "safety_plan_item" => &["item", "text"],
        "report_draft" => &["topic", "include"],
        "quick_exit" => &[],
        _ => {
            let shown: String = kind.chars().take(40).collect();
            cx.at(&a.kind.span(), FindingKind::Structure, format!("unknown action {shown:?} (show_helplines, call, text, open, safety_tip, safety_plan_item, report_draft, quick_exit)"));
            return None;
        }
    };
    let present = [
        ("audience", a.audience.is_some()),
        ("channel", a.channel.is_some()),
        ("limit", a.limit.is_some()),
        ("emergency_first", a.emergency_first.is_some()),
        ("crisis_first", a.crisis_first.is_some()),
        ("helpline", a.helpline.is_some()),
        ("number", a.number.is_some()),
        ("url", a.url.is_some()),
        ("text", a.text.is_some()),
        ("item", a.item.is_some()),
        ("topic", a.topic.is_some()),
        ("include", !a.include.is_empty()),
    ];
    for (field, there) in present {
        if there && !allowed.contains(&field) {
            cx.at(
                span,
                FindingKind::Structure,
                format!("`{field}` does not go with `do = \"{kind}\"`"),
            );
        }
    }
    let need = |cx: &mut Ctx<'_>, v: &Option<S>, field: &str| -> Option<S> {
        if v.is_none() {
            cx.at(
                span,
                FindingKind::Structure,
                format!("`do = \"{kind}\"` needs `{field}`"),
            );
        }
        v.clone()
    };
    Some(match kind {
        "show_helplines" => {
            let audience = a.audience.as_ref().and_then(|s| {
                let v = Audience::parse(s.get_ref());
                if v.is_none() {
                    cx.at(&s.span(), FindingKind::Structure, "unknown audience");
                }
                v
            });
            let channel = a.channel.as_ref().and_then(|s| {
                let v = ChannelKind::parse(s.get_ref());
                if v.is_none() {
                    cx.at(&s.span(), FindingKind::Structure, "unknown channel");
                }
                v
            });
            let limit = a.limit.unwrap_or(5);
            if !(1..=MAX_HELPLINES_SHOWN).contains(&limit) {
                cx.at(
                    span,
                    FindingKind::Structure,
                    format!("limit is 1 to {MAX_HELPLINES_SHOWN}"),
                );
            }
            Action::ShowHelplines {
                audience,
                channel,
                limit: limit.clamp(1, MAX_HELPLINES_SHOWN) as usize,
                emergency_first: a.emergency_first.unwrap_or(false),
                crisis_first: a.crisis_first.unwrap_or(false),
            }
        }
        "call" | "text" => {
            let dial = match (&a.helpline, &a.number) {
                (Some(h), None) => {
                    cx.refer(&h.span(), RefKind::Helpline, h.get_ref());
                    Dial::Helpline(h.get_ref().clone())
                }
                (None, Some(n)) => {
                    let ok = !n.get_ref().is_empty()
                        && n.get_ref().len() <= 32
                        && n.get_ref()
                            .chars()
                            .all(|c| c.is_ascii_digit() || " +*#-".contains(c));
                    if !ok {
                        cx.at(
                            &n.span(),
                            FindingKind::Structure,
                            "a number is digits, spaces and + * # -",
                        );
                    }
                    Dial::Number(n.get_ref().clone())
                }
                _ => {
                    cx.at(
                        span,
                        FindingKind::Structure,
                        "give exactly one of `helpline` or `number`",
                    );
                    return None;
                }
            };
            if kind == "call" {
                Action::Call(dial)
            } else {
                Action::Text(dial)
            }
        }
        "open" => {
            let url = need(cx, &a.url, "url")?;
            if !url.get_ref().starts_with("https://") || url.get_ref().len() > 2000 {
                cx.at(
                    &url.span(),
                    FindingKind::Structure,
                    "links must start with https://",
                );
            }
            Action::Open {
                url: url.get_ref().clone(),
            }
        }
        "safety_tip" => {
            let text = need(cx, &a.text, "text")?;
            Action::SafetyTip {
                text: cx.message(&text),
            }
        }
        "safety_plan_item" => {
            let text = need(cx, &a.text, "text")?;
            let item = need(cx, &a.item, "item")?;
            Action::SafetyPlanItem {
                item: cx.id(&item, "safety plan item"),
                text: cx.message(&text),
            }
        }
        "report_draft" => {
            let topic = need(cx, &a.topic, "topic")?;
            for v in &a.include {
                cx.refer(&v.span(), RefKind::ReadsVariable, v.get_ref());
            }
            Action::ReportDraft {
                topic: cx.id(&topic, "topic"),
                include: a.include.iter().map(|v| v.get_ref().clone()).collect(),
            }
        }
        _ => Action::QuickExit,
    })
}

/// Unknown targets, unreachable nodes, dead ends and loops.
fn check_graph(cx: &mut Ctx<'_>, flow: &Flow) {
    let line = |id: &str| flow.nodes.get(id).map_or(0, |n| n.line);
    for id in &flow.order {
        let node = &flow.nodes[id];
        for t in node.next.targets() {
            if !t.is_empty() && !flow.nodes.contains_key(t) {
                let shown: String = t.chars().take(40).collect();
                cx.push(
                    node.line,
                    FindingKind::UnknownNode,
                    format!("node {id} leads to {shown:?}, which does not exist"),
                );
            }
        }
    }
    if !flow.nodes.contains_key(&flow.start) {
        return;
    }
    let succ = |id: &str| -> Vec<&str> {
        flow.nodes.get(id).map_or(Vec::new(), |n| {
            n.next
                .targets()
                .into_iter()
                .filter(|t| flow.nodes.contains_key(*t))
                .collect()
        })
    };

    // Reachable from the start.
    let mut reachable = HashSet::new();
    let mut stack = vec![flow.start.as_str()];
    while let Some(n) = stack.pop() {
        if reachable.insert(n) {
            stack.extend(succ(n));
        }
    }
    for id in &flow.order {
        if !reachable.contains(id.as_str()) {
            cx.push(
                line(id),
                FindingKind::Unreachable,
                format!(
                    "node {id} cannot be reached from the start node {}",
                    flow.start
                ),
            );
        }
    }

    // Nodes that can reach an exit (end, another flow, quick exit).
    let exits = |n: &Node| n.next.exits() || n.actions.contains(&Action::QuickExit);
    let mut can_exit: HashSet<&str> = flow
        .nodes
        .values()
        .filter(|n| exits(n))
        .map(|n| n.id.as_str())
        .collect();
    loop {
        let before = can_exit.len();
        for id in &flow.order {
            if !can_exit.contains(id.as_str()) && succ(id).iter().any(|t| can_exit.contains(t)) {
                can_exit.insert(id);
            }
        }
        if can_exit.len() == before {
            break;
        }
    }
    for id in &flow.order {
        if !reachable.contains(id.as_str()) || can_exit.contains(id.as_str()) {
            continue;
        }
        // Already reported: a node with no continuation at all.
        if cx
            .findings
            .iter()
            .any(|f| f.kind == FindingKind::DeadEnd && f.line == line(id))
        {
            continue;
        }
        if let Some(cycle) = cycle_through(id, &|n| succ(n)) {
            cx.push(
                line(id),
                FindingKind::Loop,
                format!(
                    "nodes {} form a loop with no way out: none of them ends the flow",
                    cycle.join(" → ")
                ),
            );
        } else {
            cx.push(
                line(id),
                FindingKind::DeadEnd,
                format!("from node {id} the flow can never end"),
            );
        }
    }

    // Loops that never wait: the engine would spin without showing anything.
    let auto = |n: &str| -> Vec<&str> {
        match flow.nodes.get(n).map(|n| &n.next) {
            Some(c) if !c.waits() => succ(n),
            _ => Vec::new(),
        }
    };
    let mut reported = HashSet::new();
    for id in &flow.order {
        if reported.contains(id.as_str()) {
            continue;
        }
        if let Some(cycle) = cycle_through(id, &auto) {
            for n in &cycle {
                reported.insert(flow.nodes.get_key_value(*n).map_or("", |(k, _)| k.as_str()));
            }
            cx.push(
                line(id),
                FindingKind::Loop,
                format!(
                    "nodes {} lead to each other without ever waiting for the person",
                    cycle.join(" → ")
                ),
            );
        }
    }
}

/// A cycle from `start` back to itself, as node ids, if there is one.
fn cycle_through<'a>(
    start: &'a str,
    succ: &dyn Fn(&'a str) -> Vec<&'a str>,
) -> Option<Vec<&'a str>> {
    // Depth-first search remembering parents; bounded by the node count.
    let mut parent: BTreeMap<&str, &str> = BTreeMap::new();
    let mut stack = vec![start];
    let mut seen = HashSet::new();
    while let Some(n) = stack.pop() {
        for t in succ(n) {
            if t == start {
                let mut path = vec![n];
                let mut cur = n;
                while cur != start {
                    cur = parent.get(cur).copied().unwrap_or(start);
                    path.push(cur);
                }
                path.reverse();
                path.push(start);
                return Some(path);
            }
            if seen.insert(t) {
                parent.insert(t, n);
                stack.push(t);
            }
        }
    }
    None
}
