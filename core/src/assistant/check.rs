//! The pack-level check: every flow of a pack with its translations and
//! intents, and everything the flows name outside themselves (messages,
//! variables, intents, flows, helplines, questionnaires).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use fluent_syntax::ast;

use super::concepts::{self, ConceptTable};
use super::error::{Finding, FindingKind};
use super::flow;
use super::intents::{self, PhraseTable};
use super::model::{Continuation, Flow, RefKind, BUILTIN_VARIABLES, RESERVED_INTENTS};
use crate::i18n::syntax;

/// What to check: a pack's assistant files, plus what is known from
/// elsewhere (the built-in pack, the app).
#[derive(Debug, Clone, Default)]
pub struct Sources {
    /// `(file name, source)` of each flow, e.g. `flows/urgent.toml`.
    pub flows: Vec<(String, String)>,
    /// `(locale, file name, source)` of each flow's `.ftl`
    /// (`locales/<lang>/<flow>.ftl`).
    pub texts: Vec<(String, String, String)>,
    /// `(locale, file name, source)` of each `intents/<lang>.toml`.
    pub intents: Vec<(String, String, String)>,
    /// `(locale, file name, source)` of each `concepts/<lang>.toml`.
    pub concepts: Vec<(String, String, String)>,
    /// Helpline ids the flows may name; `None` skips the check.
    pub helplines: Option<HashSet<String>>,
    /// Questionnaire ids the app knows; `None` skips the check.
    pub questionnaires: Option<HashSet<String>>,
    /// Flows known from other packs (e.g. the built-in ones).
    pub other_flows: HashSet<String>,
    /// Variables set by flows of other packs.
    pub other_variables: HashSet<String>,
    /// Phrases from other packs, by locale (they merge with these).
    pub other_intents: BTreeMap<String, PhraseTable>,
    /// Concepts and rules from other packs, by locale (they merge with
    /// these, so a pack's rule may name a built-in concept).
    pub other_concepts: BTreeMap<String, ConceptTable>,
}

/// What a check produces: the flows that parsed, the merged phrase tables,
/// and every finding.
#[derive(Debug, Default)]
pub struct Checked {
    pub flows: Vec<Flow>,
    pub intents: BTreeMap<String, PhraseTable>,
    /// Concept lexicons and rules by locale, merged across packs.
    pub concepts: BTreeMap<String, ConceptTable>,
    pub findings: Vec<Finding>,
}

/// One message of an `.ftl` file: its line and the variables it reads.
struct MessageInfo {
    line: u32,
    variables: BTreeSet<String>,
}

fn finding(file: &str, line: u32, kind: FindingKind, reason: String) -> Finding {
    Finding {
        file: file.to_owned(),
        line,
        kind,
        reason,
    }
}

/// Messages of one `.ftl` source, or its syntax findings.
fn messages(file: &str, source: &str, findings: &mut Vec<Finding>) -> HashMap<String, MessageInfo> {
    let mut out = HashMap::new();
    if let Some((line, reason)) = syntax::guard(source) {
        findings.push(finding(file, line as u32, FindingKind::Syntax, reason));
        return out;
    }
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                let line = syntax::error_line(source, &e) as u32;
                findings.push(finding(file, line, FindingKind::Syntax, e.kind.to_string()));
            }
            r
        }
    };
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            let Some(value) = &m.value else { continue };
            let mut variables = syntax::variables(value);
            for a in &m.attributes {
                variables.extend(syntax::variables(&a.value));
            }
            let line = syntax::line_of_entry(source, m.id.name) as u32;
            out.insert(m.id.name.to_owned(), MessageInfo { line, variables });
        }
    }
    out
}

/// `flows/<id>.toml` → `id`.
fn id_from_path(file: &str) -> Option<&str> {
    let name = file.rsplit('/').next()?;
    name.strip_suffix(".toml")
}

/// Checks everything; never stops at the first problem, never panics.
pub fn check(src: &Sources) -> Checked {
    let mut out = Checked::default();
    let findings = &mut out.findings;

    // Flows.
    let mut files_of: HashMap<String, String> = HashMap::new();
    for (file, text) in &src.flows {
        let (flow, mut f) = flow::compile(file, text);
        findings.append(&mut f);
        let Some(flow) = flow else { continue };
        if let Some(stem) = id_from_path(file) {
            if stem != flow.id {
                findings.push(finding(
                    file,
                    1,
                    FindingKind::Structure,
                    format!("flow {} must be in a file named {}.toml", flow.id, flow.id),
                ));
            }
        }
        if files_of.contains_key(&flow.id) || src.other_flows.contains(&flow.id) {
            findings.push(finding(
                file,
                1,
                FindingKind::Duplicate,
                format!("another flow is already named {}", flow.id),
            ));
            continue;
        }
        files_of.insert(flow.id.clone(), file.clone());
        out.flows.push(flow);
    }
    let urgent: Vec<&Flow> = out.flows.iter().filter(|f| f.urgent).collect();
    if urgent.len() > 1 {
        for f in &urgent[1..] {
            findings.push(finding(
                &files_of[&f.id],
                1,
                FindingKind::Duplicate,
                "only one flow may be `urgent`".to_owned(),
            ));
        }
    }

    // Texts: (locale, flow id) → messages.
    let mut texts: HashMap<(String, String), (String, HashMap<String, MessageInfo>)> =
        HashMap::new();
    for (locale, file, source) in &src.texts {
        let flow_id = file.rsplit('/').next().and_then(|n| n.strip_suffix(".ftl"));
        let Some(flow_id) = flow_id else { continue };
        let m = messages(file, source, findings);
        texts.insert((locale.clone(), flow_id.to_owned()), (file.clone(), m));
    }

    // Intents, merged with other packs'.
    let mut intents = src.other_intents.clone();
    let mut intent_files: HashMap<String, String> = HashMap::new();
    for (locale, file, source) in &src.intents {
        let (table, mut f) = intents::parse(file, source);
        findings.append(&mut f);
        let merged = intents.entry(locale.clone()).or_default();
        for (intent, phrases) in table {
            merged.entry(intent).or_default().extend(phrases);
        }
        intent_files.insert(locale.clone(), file.clone());
    }

    // Concept lexicons and rules, merged; every rule's concepts defined.
    let mut concept_tables = src.other_concepts.clone();
    let mut concept_files: BTreeMap<String, String> = BTreeMap::new();
    for (locale, file, source) in &src.concepts {
        let (table, mut f) = concepts::parse(file, source);
        findings.append(&mut f);
        concept_tables
            .entry(locale.clone())
            .or_default()
            .merge(table);
        concept_files.insert(locale.clone(), file.clone());
    }
    for (locale, file) in &concept_files {
        findings.extend(concepts::check_rules(file, &concept_tables[locale]));
    }

    // Variables set anywhere.
    let mut variables: HashSet<String> =
        BUILTIN_VARIABLES.iter().map(|s| (*s).to_owned()).collect();
    variables.extend(src.other_variables.iter().cloned());
    for f in &out.flows {
        for r in &f.references {
            if r.kind == RefKind::SetsVariable {
                variables.insert(r.name.clone());
            }
        }
    }
    let known_flows: HashSet<&str> = out
        .flows
        .iter()
        .map(|f| f.id.as_str())
        .chain(src.other_flows.iter().map(String::as_str))
        .collect();

    let mut locales_with_flows = BTreeSet::new();
    for f in &out.flows {
        let file = &files_of[&f.id];
        for locale in &f.locales {
            locales_with_flows.insert(locale.clone());
            let key = (locale.clone(), f.id.clone());
            let Some((ftl_file, msgs)) = texts.get(&key) else {
                findings.push(finding(
                    file,
                    1,
                    FindingKind::MissingTranslation,
                    format!(
                        "flow {} has no texts in {locale}: locales/{locale}/{}.ftl is missing",
                        f.id, f.id
                    ),
                ));
                continue;
            };
            let mut reported = HashSet::new();
            for r in f.references.iter().filter(|r| r.kind == RefKind::Message) {
                match msgs.get(&r.name) {
                    None => {
                        if reported.insert(r.name.clone()) {
                            findings.push(finding(
                                file,
                                r.line,
                                FindingKind::MissingTranslation,
                                format!("message {} has no translation in {locale}", r.name),
                            ));
                        }
                    }
                    Some(info) => {
                        for v in &info.variables {
                            if !variables.contains(v) && reported.insert(format!("{}${v}", r.name))
                            {
                                findings.push(finding(
                                    ftl_file,
                                    info.line,
                                    FindingKind::UnknownReference,
                                    format!(
                                        "message {} uses {{ ${v} }}, a variable no flow sets",
                                        r.name
                                    ),
                                ));
                            }
                        }
                    }
                }
            }
        }
        for r in &f.references {
            let unknown = |what: &str| {
                format!(
                    "unknown {what} {:?}",
                    r.name.chars().take(64).collect::<String>()
                )
            };
            match r.kind {
                RefKind::ReadsVariable if !variables.contains(&r.name) => {
                    findings.push(finding(
                        file,
                        r.line,
                        FindingKind::UnknownReference,
                        format!("{}: no flow sets it", unknown("variable")),
                    ));
                }
                RefKind::Flow if !known_flows.contains(r.name.as_str()) => {
                    findings.push(finding(
                        file,
                        r.line,
                        FindingKind::UnknownReference,
                        unknown("flow"),
                    ));
                }
                RefKind::Helpline => {
                    if let Some(h) = &src.helplines {
                        if !h.contains(&r.name) {
                            findings.push(finding(
                                file,
                                r.line,
                                FindingKind::UnknownReference,
                                unknown("helpline"),
                            ));
                        }
                    }
                }
                RefKind::Questionnaire => {
                    if let Some(q) = &src.questionnaires {
                        if !q.contains(&r.name) {
                            findings.push(finding(
                                file,
                                r.line,
                                FindingKind::UnknownReference,
                                unknown("questionnaire"),
                            ));
                        }
                    }
                }
                RefKind::Intent => {
                    let anywhere = intents.values().any(|t| t.contains_key(&r.name));
                    if !anywhere {
                        findings.push(finding(
                            file,
                            r.line,
                            FindingKind::UnknownReference,
                            format!("{}: no intents file defines it", unknown("intent")),
                        ));
                        continue;
                    }
                    for locale in &f.locales {
                        let empty = intents
                            .get(locale)
                            .and_then(|t| t.get(&r.name))
                            .is_none_or(Vec::is_empty);
                        if empty {
                            findings.push(finding(
                                file,
                                r.line,
                                FindingKind::EmptyIntent,
                                format!("intent {} has no phrases in {locale}", r.name),
                            ));
                        }
                    }
                }
                _ => {}
            }
        }
    }

    // Jumps between flows that never wait: a → b → a would spin forever.
    spin_across_flows(&out.flows, &files_of, findings);

    // The engine's own intents, in every locale that has flows.
    for locale in &locales_with_flows {
        let file = intent_files
            .get(locale)
            .cloned()
            .unwrap_or_else(|| intents::path(locale));
        for reserved in RESERVED_INTENTS {
            let empty = intents
                .get(locale)
                .and_then(|t| t.get(*reserved))
                .is_none_or(Vec::is_empty);
            if empty {
                findings.push(finding(&file, 0, FindingKind::EmptyIntent, format!("intent {reserved} has no phrases in {locale}; every locale with flows needs it")));
            }
        }
    }
    findings.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    findings.dedup();
    out.intents = intents;
    out.concepts = concept_tables;
    out
}

/// Finds chains of nodes that never wait and jump from flow to flow back to
/// where they started (loops inside one flow are found by the flow check).
fn spin_across_flows(
    flows: &[Flow],
    files_of: &HashMap<String, String>,
    findings: &mut Vec<Finding>,
) {
    let by_id: HashMap<&str, &Flow> = flows.iter().map(|f| (f.id.as_str(), f)).collect();
    // Where one non-waiting node leads: (flow, node) pairs.
    let next = |flow: &Flow, node: &str| -> Vec<(String, String)> {
        let Some(n) = flow.node(node) else {
            return Vec::new();
        };
        match &n.next {
            Continuation::GotoFlow(target) => by_id
                .get(target.as_str())
                .map(|t| vec![(t.id.clone(), t.start.clone())])
                .unwrap_or_default(),
            c if !c.waits() => c
                .targets()
                .into_iter()
                .map(|t| (flow.id.clone(), t.to_owned()))
                .collect(),
            _ => Vec::new(),
        }
    };
    let mut reported: HashSet<String> = HashSet::new();
    for flow in flows {
        if reported.contains(&flow.id) {
            continue;
        }
        // Depth-first from the flow's start over non-waiting steps.
        let start = (flow.id.clone(), flow.start.clone());
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        let mut seen = HashSet::new();
        while let Some((at, path)) = stack.pop() {
            let Some(f) = by_id.get(at.0.as_str()) else {
                continue;
            };
            for step in next(f, &at.1) {
                if step == start && path.iter().any(|(fl, _)| *fl != flow.id) {
                    let shown: Vec<String> = path.iter().map(|(f, n)| format!("{f}.{n}")).collect();
                    let line = flow.node(&flow.start).map_or(0, |n| n.line);
                    findings.push(finding(
                        &files_of[&flow.id],
                        line,
                        FindingKind::Loop,
                        format!(
                            "{} → {}.{} jump between flows without ever waiting for the person",
                            shown.join(" → "),
                            flow.id,
                            flow.start
                        ),
                    ));
                    reported.extend(path.iter().map(|(f, _)| f.clone()));
                    stack.clear();
                    break;
                }
                if seen.insert(step.clone()) {
                    let mut p = path.clone();
                    p.push(step.clone());
                    stack.push((step, p));
                }
            }
        }
    }
}
