//! Turns a parsed file into a [`Questionnaire`], collecting every problem
//! with its line instead of stopping at the first.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::ops::Range;

use chrono::NaiveDate;

use super::error::{Finding, FindingKind, QuestionnaireError};
use super::format::{parse_raw, Lines, RawDoc, S};
use super::model::*;
use crate::expression::graph::{DependencyGraph, GraphError, GraphNode};
use crate::expression::{
    self, is_valid_name, BinaryOp, Expr, ExprErrorKind, ExprKind, Func, MapEnv, ValueType,
};
use crate::i18n::MessageRef;

/// Tells whether a locale has a message: `(locale, message id) -> bool`.
pub type HasMessage<'a> = &'a dyn Fn(&str, &str) -> bool;

/// Every problem in a questionnaire file. With `has_message`, also every
/// message id missing in a locale the file declares.
pub fn validate(file: &str, src: &str, has_message: Option<HasMessage<'_>>) -> Vec<Finding> {
    compile(file, src, has_message).1
}

/// Parses and checks a questionnaire; any finding makes it invalid.
pub fn parse(file: &str, src: &str) -> Result<Questionnaire, QuestionnaireError> {
    match compile(file, src, None) {
        (Some(q), findings) if findings.is_empty() => Ok(q),
        (_, findings) => Err(QuestionnaireError::Invalid { findings }),
    }
}

struct Ctx<'a> {
    file: &'a str,
    lines: Lines<'a>,
    findings: Vec<Finding>,
    /// Every message id used, with where, for the translation check.
    messages: Vec<(String, Range<usize>)>,
}

impl Ctx<'_> {
    fn at(&mut self, span: &Range<usize>, kind: FindingKind, reason: MessageRef) {
        let (line, column) = self.lines.position(span.start);
        self.push(line, column, kind, reason);
    }

    fn push(&mut self, line: u32, column: u32, kind: FindingKind, reason: MessageRef) {
        self.findings
            .push(Finding::new(self.file, (line, column), kind, reason));
    }

    /// A Fluent message id: a letter, then letters, digits, `-` and `_`.
    fn message(&mut self, id: &S) -> String {
        let ok = id
            .get_ref()
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic())
            && id
                .get_ref()
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if ok {
            self.messages.push((id.get_ref().clone(), id.span()));
        } else {
            self.at(
                &id.span(),
                FindingKind::Structure,
                MessageRef::new("questionnaire-finding-not-a-message-id"),
            );
        }
        id.get_ref().clone()
    }

    fn name(&mut self, name: &S, what: &str) -> bool {
        if is_valid_name(name.get_ref()) {
            return true;
        }
        let reason = MessageRef::new(what).arg("name", name.get_ref());
        self.at(&name.span(), FindingKind::Structure, reason);
        false
    }

    /// Parses an expression and checks it, placing its errors in the file.
    fn expr(
        &mut self,
        text: &S,
        filter: bool,
        lookup: &dyn Fn(&str) -> Option<ValueType>,
        current: Option<ValueType>,
    ) -> Option<Expr> {
        let parsed = if filter {
            expression::parse_choice_filter(text.get_ref())
        } else {
            expression::parse(text.get_ref())
        };
        let start = self.lines.content_start(&text.span());
        let (line0, col0) = self.lines.position(start);
        let place = |span: expression::Span| {
            if span.line <= 1 {
                (line0, col0.saturating_add(span.column.saturating_sub(1)))
            } else {
                (line0.saturating_add(span.line - 1), span.column)
            }
        };
        match parsed {
            Err(e) => {
                let (l, c) = place(e.span);
                self.push(l, c, FindingKind::ExpressionSyntax, e.message);
                None
            }
            Ok(expr) => {
                let (_, errors) = expression::infer(&expr, lookup, current);
                let ok = errors.is_empty();
                for e in errors {
                    let kind = match e.kind {
                        ExprErrorKind::UnknownReference => FindingKind::UnknownReference,
                        ExprErrorKind::Type | ExprErrorKind::Arity => FindingKind::ExpressionType,
                        _ => FindingKind::ExpressionSyntax,
                    };
                    let (l, c) = place(e.span);
                    self.push(l, c, kind, e.message);
                }
                ok.then_some(expr)
            }
        }
    }
}

/// Builds what it can and returns every finding. The questionnaire is only
/// usable when there are no findings.
pub(crate) fn compile(
    file: &str,
    src: &str,
    has_message: Option<HasMessage<'_>>,
) -> (Option<Questionnaire>, Vec<Finding>) {
    let raw = match parse_raw(file, src) {
        Ok(raw) => raw,
        Err(f) => return (None, vec![f]),
    };
    let mut cx = Ctx {
        file,
        lines: Lines::new(src),
        findings: Vec::new(),
        messages: Vec::new(),
    };
    let q = build(&mut cx, &raw);
    if let Some(has) = has_message {
        check_translations(&mut cx, &raw, has);
    }
    let findings = std::mem::take(&mut cx.findings);
    (q.filter(|_| findings.is_empty()), findings)
}

fn build(cx: &mut Ctx<'_>, raw: &RawDoc) -> Option<Questionnaire> {
    cx.name(&raw.id, "questionnaire-finding-bad-id");
    let title = cx.message(&raw.title);
    let choice_lists = build_choice_lists(cx, raw);
    let (mut sections, section_index, raw_sections) = build_sections(cx, raw);
    let (mut questions, index, raw_questions) =
        build_questions(cx, raw, &mut sections, &section_index, &choice_lists);
    let types = Types::new(&questions, &sections);
    let (nodes, node_spans) = compile_expressions(
        cx,
        &types,
        (&raw_sections, &mut sections),
        (&raw_questions, &mut questions),
        &choice_lists,
    );
    apply_defaults(cx, &raw_questions, &mut questions, &choice_lists);
    let graph = build_graph(cx, &nodes, &node_spans, &questions, &index);
    check_reachable(
        cx,
        &sections,
        &questions,
        &nodes,
        &node_spans,
        &raw_questions,
    );
    let (indicators, indicator_ids) = build_indicators(cx, raw, &types);
    let outcomes = build_outcomes(cx, raw, &indicator_ids);

    let graph = graph?;
    Some(Questionnaire {
        id: raw.id.get_ref().clone(),
        version: raw.version.unwrap_or(1),
        title,
        locales: raw.locales.iter().map(|l| l.get_ref().clone()).collect(),
        sections,
        questions,
        choice_lists,
        indicators,
        outcomes,
        nodes,
        graph,
        index,
        section_index,
    })
}

type ChoiceLists = BTreeMap<String, Vec<Choice>>;
type RawQuestion = super::format::RawQuestion;
type RawSectionRef = super::format::RawSection;

/// The choice lists: names valid as stored values, unique where their
/// columns do not tell them apart.
fn build_choice_lists(cx: &mut Ctx<'_>, raw: &RawDoc) -> ChoiceLists {
    let mut choice_lists = BTreeMap::new();
    for (list, items) in &raw.choices {
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        if items.get_ref().is_empty() {
            cx.at(
                &items.span(),
                FindingKind::Structure,
                MessageRef::new("questionnaire-finding-empty-list").arg("list", list),
            );
        }
        for item in items.get_ref() {
            let c = item.get_ref();
            // A stored value, never a `${name}`: ODK's choice names (often
            // `1`, `2`…) are fine; only spaces would break a multiple
            // choice's space-separated value.
            if !is_choice_name(c.name.get_ref()) {
                let reason = MessageRef::new("questionnaire-finding-bad-choice-name")
                    .arg("name", c.name.get_ref());
                cx.at(&c.name.span(), FindingKind::Structure, reason);
            }
            // The same name twice is allowed only where the columns tell
            // the two apart (a cascading list: `king` county in two states).
            if !seen.insert((c.name.get_ref().clone(), c.columns.clone())) {
                let reason = MessageRef::new("questionnaire-finding-duplicate-choice")
                    .arg("choice", c.name.get_ref())
                    .arg("list", list);
                cx.at(&c.name.span(), FindingKind::DuplicateName, reason);
            }
            out.push(Choice {
                name: c.name.get_ref().clone(),
                label: cx.message(&c.label),
                columns: c.columns.clone(),
            });
        }
        choice_lists.insert(list.clone(), out);
    }
    choice_lists
}

/// The sections by index, with an implicit first one for questions that
/// name none, and the raw section each came from (none for that one).
#[allow(clippy::type_complexity)]
fn build_sections<'r>(
    cx: &mut Ctx<'_>,
    raw: &'r RawDoc,
) -> (
    Vec<Section>,
    HashMap<String, usize>,
    Vec<Option<&'r RawSectionRef>>,
) {
    let mut section_index: HashMap<String, usize> = HashMap::new();
    let mut raw_sections: Vec<Option<&RawSectionRef>> = Vec::new();
    let implicit = raw.questions.iter().any(|q| q.get_ref().section.is_none());
    let mut sections = Vec::new();
    if implicit {
        section_index.insert(String::new(), 0);
        sections.push(Section {
            id: String::new(),
            title: None,
            repeat: false,
            relevant: None,
            questions: 0..0,
        });
        raw_sections.push(None);
    }
    for s in &raw.sections {
        let s = s.get_ref();
        cx.name(&s.id, "questionnaire-finding-bad-section-id");
        // A duplicate keeps the first section's index: it is reported and
        // never pushed, so its own index would point past the list.
        if section_index.contains_key(s.id.get_ref()) {
            let reason = MessageRef::new("questionnaire-finding-duplicate-section")
                .arg("id", s.id.get_ref());
            cx.at(&s.id.span(), FindingKind::DuplicateName, reason);
            continue;
        }
        section_index.insert(s.id.get_ref().clone(), sections.len());
        let title = s.title.as_ref().map(|t| cx.message(t));
        sections.push(Section {
            id: s.id.get_ref().clone(),
            title,
            repeat: s.repeat,
            relevant: None,
            questions: 0..0,
        });
        raw_sections.push(Some(s));
    }
    (sections, section_index, raw_sections)
}

/// The questions, grouped by section in section order (stable), with their
/// index by name and the raw question each came from; sets each section's
/// range of questions. Expressions are compiled later, once every name's
/// type is known.
fn build_questions<'r>(
    cx: &mut Ctx<'_>,
    raw: &'r RawDoc,
    sections: &mut [Section],
    section_index: &HashMap<String, usize>,
    choice_lists: &ChoiceLists,
) -> (Vec<Question>, HashMap<String, usize>, Vec<&'r RawQuestion>) {
    let mut placed: Vec<(usize, &RawQuestion)> = Vec::new();
    for q in &raw.questions {
        let q = q.get_ref();
        let section = match &q.section {
            None => 0,
            Some(id) => match section_index.get(id.get_ref()) {
                Some(&i) => i,
                None => {
                    let reason = MessageRef::new("questionnaire-finding-unknown-section")
                        .arg("id", id.get_ref());
                    cx.at(&id.span(), FindingKind::UnknownReference, reason);
                    continue;
                }
            },
        };
        placed.push((section, q));
    }
    placed.sort_by_key(|(s, _)| *s);

    let mut index = HashMap::new();
    let mut questions = Vec::new();
    let mut raw_questions = Vec::new();
    for (section, q) in placed {
        cx.name(&q.name, "questionnaire-finding-bad-question-name");
        let name = q.name.get_ref().clone();
        if index.contains_key(&name) || section_index.contains_key(&name) {
            let reason = MessageRef::new("questionnaire-finding-duplicate-name").arg("name", &name);
            cx.at(&q.name.span(), FindingKind::DuplicateName, reason);
            continue;
        }
        let Some(kind) = QuestionType::from_name(q.kind.get_ref()) else {
            let reason =
                MessageRef::new("questionnaire-finding-unknown-type").arg("type", q.kind.get_ref());
            cx.at(&q.kind.span(), FindingKind::Structure, reason);
            continue;
        };
        let label = q.label.as_ref().map(|l| cx.message(l));
        if label.is_none() && kind != QuestionType::Calculate {
            cx.at(
                &q.name.span(),
                FindingKind::Structure,
                MessageRef::new("questionnaire-finding-no-label").arg("name", &name),
            );
        }
        let hint = q.hint.as_ref().map(|h| cx.message(h));
        let constraint_message = q.constraint_message.as_ref().map(|m| cx.message(m));
        let required_message = q.required_message.as_ref().map(|m| cx.message(m));
        if kind.uses_choices() {
            match &q.choices {
                None => {
                    let reason =
                        MessageRef::new("questionnaire-finding-needs-choices").arg("name", &name);
                    cx.at(&q.name.span(), FindingKind::Structure, reason);
                }
                Some(list) if !choice_lists.contains_key(list.get_ref()) => {
                    let reason = MessageRef::new("questionnaire-finding-unknown-list")
                        .arg("list", list.get_ref());
                    cx.at(&list.span(), FindingKind::UnknownChoiceList, reason);
                }
                Some(_) => {}
            }
        } else if let Some(list) = &q.choices {
            let reason =
                MessageRef::new("questionnaire-finding-choices-not-allowed").arg("name", &name);
            cx.at(&list.span(), FindingKind::Structure, reason);
        }
        if kind == QuestionType::Calculate {
            if q.calculation.is_none() {
                let reason =
                    MessageRef::new("questionnaire-finding-no-calculation").arg("name", &name);
                cx.at(&q.name.span(), FindingKind::Structure, reason);
            }
            if sections.get(section).is_some_and(|s| s.repeat) {
                let reason = MessageRef::new("questionnaire-finding-calculation-in-repeat");
                cx.at(&q.name.span(), FindingKind::Structure, reason);
            }
        } else if let Some(c) = &q.calculation {
            cx.at(
                &c.span(),
                FindingKind::Structure,
                MessageRef::new("questionnaire-finding-calculation-not-allowed"),
            );
        }
        if !kind.is_answerable() && q.required {
            cx.at(
                &q.name.span(),
                FindingKind::Structure,
                MessageRef::new("questionnaire-finding-required-no-answer").arg("name", &name),
            );
        }
        let audio = q
            .audio
            .iter()
            .map(|(l, p)| (l.clone(), p.get_ref().clone()))
            .collect();
        index.insert(name.clone(), questions.len());
        questions.push(Question {
            name,
            kind,
            section,
            label,
            hint,
            required: q.required,
            required_message,
            constraint_message,
            choices: q.choices.as_ref().map(|c| c.get_ref().clone()),
            audio,
            relevant: None,
            calculation: None,
            constraint: None,
            choice_filter: None,
            default: None,
        });
        raw_questions.push(q);
    }
    for (s, section) in sections.iter_mut().enumerate() {
        let first = questions
            .iter()
            .position(|q| q.section == s)
            .unwrap_or(questions.len());
        let count = questions.iter().filter(|q| q.section == s).count();
        section.questions = first..first + count;
    }
    (questions, index, raw_questions)
}

/// The type of every name an expression may read, and the repeat section
/// it belongs to: a repeat's question read from outside its repeat is one
/// value per instance.
struct Types(HashMap<String, (ValueType, Option<usize>)>);

impl Types {
    fn new(questions: &[Question], sections: &[Section]) -> Types {
        Types(
            questions
                .iter()
                .map(|q| {
                    let rep = sections
                        .get(q.section)
                        .filter(|s| s.repeat)
                        .map(|_| q.section);
                    (q.name.clone(), (q.kind.value_type(), rep))
                })
                .chain(
                    sections
                        .iter()
                        .enumerate()
                        .filter(|(_, s)| s.repeat)
                        .map(|(i, s)| (s.id.clone(), (ValueType::Unknown, Some(i)))),
                )
                .collect(),
        )
    }

    /// Names' types as an expression in repeat section `ctx` (or outside
    /// every repeat, `None`) reads them.
    fn lookup(&self, ctx: Option<usize>) -> impl Fn(&str) -> Option<ValueType> + '_ {
        move |name: &str| -> Option<ValueType> {
            let (ty, rep) = self.0.get(name)?;
            match rep {
                Some(r) if Some(*r) != ctx => Some(ValueType::Repeat(Box::new(ty.clone()))),
                _ => Some(ty.clone()),
            }
        }
    }
}

/// Compiles every relevance, calculation, constraint and choice filter into
/// the questionnaire's nodes (with their spans, for findings), and checks
/// that a choice filter reads only columns its list has.
fn compile_expressions(
    cx: &mut Ctx<'_>,
    types: &Types,
    (raw_sections, sections): (&[Option<&RawSectionRef>], &mut [Section]),
    (raw_questions, questions): (&[&RawQuestion], &mut [Question]),
    choice_lists: &ChoiceLists,
) -> (Vec<(NodeKind, Expr)>, Vec<Range<usize>>) {
    let top = types.lookup(None);
    let mut nodes: Vec<(NodeKind, Expr)> = Vec::new();
    let mut node_spans: Vec<Range<usize>> = Vec::new();
    for (i, rs) in raw_sections.iter().enumerate() {
        let Some(rel) = rs.and_then(|s| s.relevant.as_ref()) else {
            continue;
        };
        if let Some(e) = cx.expr(rel, false, &top, None) {
            sections[i].relevant = Some(nodes.len());
            nodes.push((NodeKind::SectionRelevant(i), e));
            node_spans.push(rel.span());
        }
    }
    for (i, rq) in raw_questions.iter().enumerate() {
        let (section, kind) = (questions[i].section, questions[i].kind);
        let ctx = sections.get(section).filter(|s| s.repeat).map(|_| section);
        let lookup = types.lookup(ctx);
        if let Some(rel) = &rq.relevant {
            if let Some(e) = cx.expr(rel, false, &lookup, None) {
                questions[i].relevant = Some(nodes.len());
                nodes.push((NodeKind::QuestionRelevant(i), e));
                node_spans.push(rel.span());
            }
        }
        if let (Some(calc), QuestionType::Calculate) = (&rq.calculation, kind) {
            if let Some(e) = cx.expr(calc, false, &lookup, None) {
                questions[i].calculation = Some(nodes.len());
                nodes.push((NodeKind::Calculation(i), e));
                node_spans.push(calc.span());
            }
        }
        if let Some(c) = &rq.constraint {
            if !kind.is_answerable() {
                cx.at(
                    &c.span(),
                    FindingKind::Structure,
                    MessageRef::new("questionnaire-finding-constraint-no-answer"),
                );
            }
            questions[i].constraint = cx.expr(c, false, &lookup, Some(kind.value_type()));
        }
        if let Some(f) = &rq.choice_filter {
            if !kind.uses_choices() {
                cx.at(
                    &f.span(),
                    FindingKind::Structure,
                    MessageRef::new("questionnaire-finding-filter-not-allowed"),
                );
            }
            questions[i].choice_filter = cx.expr(f, true, &lookup, None);
            if let Some(e) = &questions[i].choice_filter {
                nodes.push((NodeKind::ChoiceFilter(i), e.clone()));
                node_spans.push(f.span());
            }
            // Bare names must be `name` or a column some choice of the list has.
            let list = questions[i]
                .choices
                .as_ref()
                .and_then(|l| choice_lists.get(l));
            if let (Some(expr), Some(list)) = (&questions[i].choice_filter, list) {
                let unknown: Vec<String> = expr
                    .references()
                    .fields
                    .into_iter()
                    .filter(|c| c != "name" && !list.iter().any(|x| x.columns.contains_key(c)))
                    .collect();
                for column in unknown {
                    let reason = MessageRef::new("questionnaire-finding-unknown-column")
                        .arg("column", &column);
                    cx.at(&f.span(), FindingKind::UnknownReference, reason);
                }
            }
        }
    }
    (nodes, node_spans)
}

/// Defaults: a literal answer of the question's type (a choice of its list).
fn apply_defaults(
    cx: &mut Ctx<'_>,
    raw_questions: &[&RawQuestion],
    questions: &mut [Question],
    choice_lists: &ChoiceLists,
) {
    for (i, rq) in raw_questions.iter().enumerate() {
        let Some(text) = &rq.default else { continue };
        let list = questions[i]
            .choices
            .as_ref()
            .and_then(|l| choice_lists.get(l));
        match default_answer(questions[i].kind, text.get_ref(), list) {
            Some(a) => questions[i].default = Some(a),
            None => {
                let reason = MessageRef::new("questionnaire-finding-bad-default")
                    .arg("name", &questions[i].name);
                cx.at(&text.span(), FindingKind::Structure, reason);
            }
        }
    }
}

/// The dependency graph of the nodes; `None` (with a finding) on a cycle of
/// calculations or a name written twice.
fn build_graph(
    cx: &mut Ctx<'_>,
    nodes: &[(NodeKind, Expr)],
    node_spans: &[Range<usize>],
    questions: &[Question],
    index: &HashMap<String, usize>,
) -> Option<DependencyGraph> {
    let graph_nodes = nodes
        .iter()
        .map(|(kind, e)| match kind {
            NodeKind::Calculation(q) => GraphNode::calculation(&questions[*q].name, e),
            _ => GraphNode::reader(e),
        })
        .collect();
    match DependencyGraph::build(graph_nodes) {
        Ok(g) => Some(g),
        Err(GraphError::Cycle { names }) => {
            let first = names
                .first()
                .and_then(|n| index.get(n))
                .and_then(|&q| questions[q].calculation);
            let span = first
                .and_then(|n| node_spans.get(n))
                .cloned()
                .unwrap_or(0..0);
            let reason =
                MessageRef::new("questionnaire-finding-cycle").arg("names", names.join(" → "));
            cx.at(&span, FindingKind::Cycle, reason);
            None
        }
        Err(GraphError::DuplicateWriter { name }) => {
            let reason = MessageRef::new("questionnaire-finding-duplicate-name").arg("name", name);
            cx.at(&(0..0), FindingKind::DuplicateName, reason);
            None
        }
    }
}

/// The indicators, and their ids for the outcome rules to name.
fn build_indicators(
    cx: &mut Ctx<'_>,
    raw: &RawDoc,
    types: &Types,
) -> (Vec<IndicatorRule>, HashSet<String>) {
    let top = types.lookup(None);
    let mut indicators = Vec::new();
    let mut indicator_ids = HashSet::new();
    for ind in &raw.indicators {
        let ind = ind.get_ref();
        cx.name(&ind.id, "questionnaire-finding-bad-indicator-id");
        if !indicator_ids.insert(ind.id.get_ref().clone()) {
            let reason = MessageRef::new("questionnaire-finding-duplicate-indicator")
                .arg("id", ind.id.get_ref());
            cx.at(&ind.id.span(), FindingKind::DuplicateName, reason);
        }
        let strength = match ind.strength.as_ref().map(|s| (s, s.get_ref().as_str())) {
            None | Some((_, "medium")) => Strength::Medium,
            Some((_, "strong")) => Strength::Strong,
            Some((_, "weak")) => Strength::Weak,
            Some((s, _)) => {
                cx.at(
                    &s.span(),
                    FindingKind::Structure,
                    MessageRef::new("questionnaire-finding-bad-strength"),
                );
                Strength::Medium
            }
        };
        let weight = ind.weight.unwrap_or(1.0);
        if !weight.is_finite() {
            cx.at(
                &ind.id.span(),
                FindingKind::Structure,
                MessageRef::new("questionnaire-finding-bad-weight"),
            );
        }
        if let Some(when) = cx.expr(&ind.when, false, &top, None) {
            indicators.push(IndicatorRule {
                id: ind.id.get_ref().clone(),
                when,
                weight,
                strength,
            });
        }
    }
    (indicators, indicator_ids)
}

/// The outcome rules: exactly one rule each, naming known indicators.
fn build_outcomes(
    cx: &mut Ctx<'_>,
    raw: &RawDoc,
    indicator_ids: &HashSet<String>,
) -> Vec<OutcomeRule> {
    let ids = |cx: &mut Ctx<'_>, list: &[S]| -> Vec<String> {
        for id in list {
            if !indicator_ids.contains(id.get_ref()) {
                let reason = MessageRef::new("questionnaire-finding-unknown-indicator")
                    .arg("id", id.get_ref());
                cx.at(&id.span(), FindingKind::UnknownReference, reason);
            }
        }
        list.iter().map(|s| s.get_ref().clone()).collect()
    };
    let mut outcomes = Vec::new();
    for o in &raw.outcomes {
        let span = o.span();
        let o = o.get_ref();
        let level = RiskLevel::from_name(o.level.get_ref()).unwrap_or_else(|| {
            cx.at(
                &o.level.span(),
                FindingKind::Structure,
                MessageRef::new("questionnaire-finding-bad-level"),
            );
            RiskLevel::None
        });
        let given = [
            o.any_of.is_some(),
            o.at_least.is_some(),
            o.all_of_sets.is_some(),
            o.weight.is_some(),
        ];
        if given.iter().filter(|g| **g).count() != 1 {
            cx.at(
                &span,
                FindingKind::Structure,
                MessageRef::new("questionnaire-finding-one-rule"),
            );
            continue;
        }
        let rule = if let Some(list) = &o.any_of {
            Rule::AnyOf(ids(cx, list))
        } else if let Some(a) = &o.at_least {
            if a.n == 0 || a.n as usize > a.of.len() {
                cx.at(
                    &span,
                    FindingKind::Structure,
                    MessageRef::new("questionnaire-finding-bad-at-least"),
                );
            }
            Rule::AtLeast {
                n: a.n,
                of: ids(cx, &a.of),
            }
        } else if let Some(sets) = &o.all_of_sets {
            if sets.is_empty() || sets.iter().any(|s| s.is_empty()) {
                cx.at(
                    &span,
                    FindingKind::Structure,
                    MessageRef::new("questionnaire-finding-empty-sets"),
                );
            }
            Rule::AllOfSets(sets.iter().map(|s| ids(cx, s)).collect())
        } else if let Some(w) = &o.weight {
            if !w.threshold.is_finite() {
                cx.at(
                    &span,
                    FindingKind::Structure,
                    MessageRef::new("questionnaire-finding-bad-threshold"),
                );
            }
            Rule::Weight {
                threshold: w.threshold,
                of: ids(cx, &w.of),
            }
        } else {
            continue;
        };
        let mut actions: Vec<Action> = o
            .actions
            .iter()
            .map(|a| Action::Message(cx.message(a)))
            .collect();
        if o.refer_helplines {
            actions.push(Action::ReferHelplines);
        }
        outcomes.push(OutcomeRule {
            level,
            rule,
            actions,
        });
    }
    outcomes
}

/// A question's `default` as an answer, if it is a literal of its type.
fn default_answer(kind: QuestionType, text: &str, list: Option<&Vec<Choice>>) -> Option<Answer> {
    let in_list = |c: &str| list.is_some_and(|l| l.iter().any(|x| x.name == c));
    let t = text.trim();
    use QuestionType as T;
    Some(match kind {
        T::YesNo if t == YES || t == NO => Answer::Choice(t.to_string()),
        T::SingleChoice | T::Region if in_list(t) => Answer::Choice(t.to_string()),
        T::MultipleChoice => {
            let names: Vec<String> = t.split_whitespace().map(str::to_string).collect();
            if names.is_empty() || !names.iter().all(|n| in_list(n)) {
                return None;
            }
            Answer::Choices(names)
        }
        T::Text if text.len() <= super::engine::MAX_TEXT_LEN => Answer::Text(text.to_string()),
        T::Integer => Answer::Integer(t.parse().ok()?),
        T::Decimal => Answer::Decimal(t.parse::<f64>().ok().filter(|d| d.is_finite())?),
        T::Date => Answer::Date(NaiveDate::parse_from_str(t, "%Y-%m-%d").ok()?),
        _ => return None,
    })
}

/// A choice name: 1–128 characters, none of them spaces or controls.
pub(crate) fn is_choice_name(name: &str) -> bool {
    !name.is_empty()
        && name.chars().count() <= 128
        && !name.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// A question is unreachable when its relevance (or its section's) is false
/// whatever the answers, or is false whenever every question it reads is
/// unanswered because those can never be shown either. Found by fixpoint.
fn check_reachable(
    cx: &mut Ctx<'_>,
    sections: &[Section],
    questions: &[Question],
    nodes: &[(NodeKind, Expr)],
    node_spans: &[Range<usize>],
    raw_questions: &[&super::format::RawQuestion],
) {
    let env = MapEnv::new(NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default());
    let names: HashMap<&str, usize> = questions
        .iter()
        .enumerate()
        .map(|(i, q)| (q.name.as_str(), i))
        .collect();
    let mut dead = vec![false; questions.len()];
    let mut dead_section = vec![false; sections.len()];
    // Calculations always run, so only answerable questions can be dead.
    let is_dead = |n: &str, dead: &[bool]| {
        names
            .get(n)
            .is_some_and(|&i| dead[i] && questions[i].kind.is_answerable())
    };
    let never = |node: usize, dead: &[bool]| -> bool {
        nodes
            .get(node)
            .is_some_and(|(_, expr)| never_true(expr, &|n| is_dead(n, dead), &env))
    };
    loop {
        let mut changed = false;
        for (s, section) in sections.iter().enumerate() {
            if !dead_section[s] && section.relevant.is_some_and(|n| never(n, &dead)) {
                dead_section[s] = true;
                changed = true;
            }
        }
        for (i, q) in questions.iter().enumerate() {
            if !dead[i] && (dead_section[q.section] || q.relevant.is_some_and(|n| never(n, &dead)))
            {
                dead[i] = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    for (i, q) in questions.iter().enumerate() {
        if !dead[i] {
            continue;
        }
        let span = q
            .relevant
            .and_then(|n| node_spans.get(n).cloned())
            .or_else(|| raw_questions.get(i).map(|r| r.name.span()))
            .unwrap_or(0..0);
        let reason = if dead_section[q.section] {
            MessageRef::new("questionnaire-finding-unreachable-section").arg("name", &q.name)
        } else {
            MessageRef::new("questionnaire-finding-unreachable").arg("name", &q.name)
        };
        cx.at(&span, FindingKind::Unreachable, reason);
    }
}

/// Conservative: true only when `expr` is false for every possible answer.
/// Exact when every name it reads is dead (unanswered for good); otherwise
/// it looks through `and`, `or` and `not()` for constant parts.
fn never_true(expr: &Expr, dead: &dyn Fn(&str) -> bool, env: &MapEnv) -> bool {
    let refs = expr.references();
    if !refs.uses_current && refs.names.iter().all(|n| dead(n)) {
        return !expression::eval_bool(expr, env).unwrap_or(true);
    }
    match &expr.kind {
        ExprKind::Chain { first, rest } if rest.iter().all(|(op, _)| *op == BinaryOp::And) => {
            never_true(first, dead, env) || rest.iter().any(|(_, e)| never_true(e, dead, env))
        }
        ExprKind::Chain { first, rest } if rest.iter().all(|(op, _)| *op == BinaryOp::Or) => {
            never_true(first, dead, env) && rest.iter().all(|(_, e)| never_true(e, dead, env))
        }
        ExprKind::Call {
            func: Func::Not,
            args,
        } => args.len() == 1 && always_true(&args[0], dead, env),
        _ => false,
    }
}

fn always_true(expr: &Expr, dead: &dyn Fn(&str) -> bool, env: &MapEnv) -> bool {
    let refs = expr.references();
    if !refs.uses_current && refs.names.iter().all(|n| dead(n)) {
        return expression::eval_bool(expr, env).unwrap_or(false);
    }
    match &expr.kind {
        ExprKind::Chain { first, rest } if rest.iter().all(|(op, _)| *op == BinaryOp::Or) => {
            always_true(first, dead, env) || rest.iter().any(|(_, e)| always_true(e, dead, env))
        }
        ExprKind::Chain { first, rest } if rest.iter().all(|(op, _)| *op == BinaryOp::And) => {
            always_true(first, dead, env) && rest.iter().all(|(_, e)| always_true(e, dead, env))
        }
        ExprKind::Call {
            func: Func::Not,
            args,
        } => args.len() == 1 && never_true(&args[0], dead, env),
        _ => false,
    }
}

fn check_translations(cx: &mut Ctx<'_>, raw: &RawDoc, has: HasMessage<'_>) {
    let messages = cx.messages.clone();
    let mut reported = BTreeSet::new();
    for locale in &raw.locales {
        let locale = locale.get_ref();
        for (id, span) in &messages {
            if !has(locale, id) && reported.insert((locale.clone(), id.clone())) {
                let reason = MessageRef::new("questionnaire-finding-missing-translation")
                    .arg("id", id)
                    .arg("locale", locale);
                cx.at(span, FindingKind::MissingTranslation, reason);
            }
        }
    }
}
