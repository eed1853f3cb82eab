//! Turns the neutral [`Form`] into a Waymark questionnaire: TOML plus one
//! Fluent file per language, and the report of every row.
//!
//! Groups become sections (nested groups are flattened, their relevance
//! joined with `and`); a repeat becomes a repeat section, and a group inside
//! a repeat adds its relevance to each of its questions. The result is
//! checked with the questionnaire validator; a question it still finds fault
//! with is refused with the validator's own reason, and the rest checked
//! again, until the questionnaire is clean.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;

use super::form::{ChoiceRow, Form, Row, Texts};
use super::report::{ImportAction, ImportReport, Place};
use super::{ImportError, Imported};
use crate::expression::{self, is_valid_name};
use crate::i18n::MessageRef;
use crate::questionnaire::validate::{compile, is_choice_name};

/// A section of the output.
#[derive(Debug, Clone)]
struct PSection {
    id: String,
    title: Option<Texts>,
    relevant: Option<String>,
    repeat: bool,
}

/// A question of the output, with the row it came from.
#[derive(Debug, Clone)]
struct PQuestion {
    row: usize,
    section: usize,
    name: String,
    kind: &'static str,
    label: Texts,
    hint: Texts,
    required: bool,
    required_message: Texts,
    relevant: Option<String>,
    constraint: Option<String>,
    constraint_message: Texts,
    calculation: Option<String>,
    choices: Option<String>,
    choice_filter: Option<String>,
    default: Option<String>,
}

/// Where each language key of the form goes.
struct Languages {
    /// Language key → locale code.
    code: BTreeMap<String, String>,
    /// Locale codes, the default first.
    order: Vec<String>,
}

pub(crate) fn convert(form: Form, file_name: &str) -> Result<Imported, ImportError> {
    let mut report = ImportReport::default();
    for (place, action, message) in &form.notes {
        report.push(place, *action, message.clone());
    }
    let id = form_id(&form, file_name, &mut report);
    let prefix = message_prefix(&id);
    let langs = languages(&form, &mut report);
    if form.rows.iter().any(|r| !r.hint.is_empty()) {
        // ODK shows hints to whoever fills the form; Waymark only to the
        // interviewer (a hint may say what to watch for).
        report.push(
            &Place::Form,
            ImportAction::Changed,
            MessageRef::new("import-changed-hints-interviewer"),
        );
    }

    let mut plan = Plan::new(report);
    plan.walk(&form);
    let lists = plan.choice_lists(&form);

    // Validate; refuse what the validator still finds fault with.
    for _ in 0..=form.rows.len() {
        let out = write(&form, &plan, &lists, &id, &prefix, &langs);
        let ids: BTreeMap<String, HashSet<String>> = out
            .ftl_ids
            .iter()
            .map(|(l, set)| (l.clone(), set.clone()))
            .collect();
        let has = |locale: &str, mid: &str| ids.get(locale).is_some_and(|s| s.contains(mid));
        let (_, findings) = compile(&format!("{id}.toml"), &out.toml, Some(&has));
        if findings.is_empty() {
            if plan.questions.is_empty() {
                return Err(ImportError::NothingLeft);
            }
            plan.report_converted(&form);
            return Ok(Imported {
                id,
                toml: out.toml,
                ftl: out.ftl,
                report: plan.report,
            });
        }
        // Question index → the first finding about it.
        let mut refused: BTreeMap<usize, MessageRef> = BTreeMap::new();
        for f in &findings {
            let line = f.line as usize;
            if let Some((qi, _)) = out.question_lines.iter().find(|(_, r)| r.contains(&line)) {
                refused.entry(*qi).or_insert_with(|| f.message.clone());
            } else if let Some((s, _)) = out.section_lines.iter().find(|(_, r)| r.contains(&line)) {
                for (qi, q) in plan.questions.iter().enumerate() {
                    if q.section == *s {
                        refused.entry(qi).or_insert_with(|| f.message.clone());
                    }
                }
            }
        }
        if refused.is_empty() {
            // A finding about the form as a whole: nothing to take out.
            return Err(ImportError::Unreadable {
                reason: findings
                    .first()
                    .map(|f| f.message.id.clone())
                    .unwrap_or_default(),
            });
        }
        let mut gone = HashSet::new();
        for (qi, message) in refused {
            gone.insert(qi);
            let row = plan.questions[qi].row;
            plan.done.insert(row);
            plan.report
                .push(&place_of(&form.rows[row]), ImportAction::Refused, message);
        }
        let mut i = 0;
        plan.questions.retain(|_| {
            i += 1;
            !gone.contains(&(i - 1))
        });
    }
    Err(ImportError::NothingLeft)
}

fn place_of(row: &Row) -> Place {
    row.place.clone().unwrap_or(Place::Form)
}

/// The questionnaire id: the form's `form_id`, else the file name, made a
/// valid name.
fn form_id(form: &Form, file_name: &str, report: &mut ImportReport) -> String {
    let raw = form.id.clone().unwrap_or_else(|| file_name.to_string());
    let mut id: String = raw
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if !id.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
        id.insert(0, '_');
    }
    if id != raw {
        report.push(
            &Place::Form,
            ImportAction::Changed,
            MessageRef::new("import-changed-id").arg("id", &id),
        );
    }
    id
}

/// Fluent ids start with a letter and hold letters, digits, `-` and `_`.
fn message_prefix(id: &str) -> String {
    let mut p: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if !p.starts_with(|c: char| c.is_ascii_alphabetic()) {
        p.insert(0, 'f');
    }
    p
}

fn slug(s: &str) -> String {
    let s: String = s
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let s = s.trim_matches('-').to_string();
    if s.is_empty() {
        "x".into()
    } else {
        s
    }
}

/// Language names pyxform forms use without a code, and their codes.
const LANGUAGE_NAMES: [(&str, &str); 24] = [
    ("english", "en"),
    ("french", "fr"),
    ("français", "fr"),
    ("francais", "fr"),
    ("spanish", "es"),
    ("español", "es"),
    ("portuguese", "pt"),
    ("arabic", "ar"),
    ("persian", "fa"),
    ("farsi", "fa"),
    ("ukrainian", "uk"),
    ("russian", "ru"),
    ("romanian", "ro"),
    ("thai", "th"),
    ("burmese", "my"),
    ("vietnamese", "vi"),
    ("tagalog", "tl"),
    ("filipino", "tl"),
    ("swahili", "sw"),
    ("kiswahili", "sw"),
    ("hindi", "hi"),
    ("chinese", "zh-Hans"),
    ("german", "de"),
    ("italian", "it"),
];

/// The locale code of a language key: the code in parentheses
/// (`English (en)`), a known language name, else a slug of the name.
fn locale_of(key: &str) -> String {
    let key = key.trim();
    if let (Some(open), true) = (key.rfind('('), key.ends_with(')')) {
        let code = key[open + 1..key.len() - 1].trim();
        if !code.is_empty()
            && code
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            return code.replace('_', "-");
        }
    }
    let lower = key.to_lowercase();
    LANGUAGE_NAMES
        .iter()
        .find(|(name, _)| *name == lower)
        .map_or_else(|| slug(key), |(_, code)| code.to_string())
}

fn languages(form: &Form, report: &mut ImportReport) -> Languages {
    let mut keys: BTreeSet<String> = BTreeSet::new();
    let mut add = |t: &Texts| keys.extend(t.keys().cloned());
    for r in &form.rows {
        add(&r.label);
        add(&r.hint);
        add(&r.required_message);
        add(&r.constraint_message);
    }
    for c in &form.choices {
        add(&c.label);
    }
    let default = form
        .default_language
        .as_deref()
        .map(locale_of)
        .unwrap_or_else(|| {
            keys.iter()
                .find(|k| !k.is_empty())
                .map_or_else(|| "en".to_string(), |k| locale_of(k))
        });
    let mut code = BTreeMap::new();
    let mut order = vec![default.clone()];
    for k in &keys {
        let c = if k.is_empty() {
            default.clone()
        } else {
            locale_of(k)
        };
        if !order.contains(&c) {
            order.push(c.clone());
        }
        if !k.is_empty() && !k.contains('(') {
            report.push(
                &Place::Form,
                ImportAction::Changed,
                MessageRef::new("import-changed-language")
                    .arg("language", k)
                    .arg("code", &c),
            );
        }
        code.insert(k.clone(), c);
    }
    Languages { code, order }
}

/// The type of a row, normalised: `select one` and `Select_One` are
/// `select_one`.
fn type_words(kind: &str) -> (String, Option<String>) {
    let mut words = kind.split_whitespace();
    let first = words.next().unwrap_or("").to_ascii_lowercase();
    let rest = words.collect::<Vec<_>>();
    // `select one from sexes`: old forms say "from".
    let rest: Vec<&str> = rest
        .into_iter()
        .filter(|w| !w.eq_ignore_ascii_case("from"))
        .collect();
    match (first.as_str(), rest.as_slice()) {
        // `select one x`, `begin group`, `end repeat`: two words of a type.
        ("select" | "begin" | "end", [w, more @ ..]) => (
            format!("{first}_{}", w.to_ascii_lowercase()),
            more.first().map(|s| s.to_string()),
        ),
        (_, [list, ..]) => (first, Some(list.to_string())),
        _ => (first, None),
    }
}

/// Whether a default is a literal answer of the type (choices are checked
/// against their list later).
fn literal_default(kind: &str, d: &str) -> bool {
    match kind {
        "integer" => d.parse::<i64>().is_ok(),
        "decimal" => d.parse::<f64>().is_ok_and(f64::is_finite),
        "date" => chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok(),
        "text" => !d.contains("${"),
        "single_choice" => !d.contains(char::is_whitespace),
        "multiple_choice" => true,
        _ => false,
    }
}

/// Spreadsheet programs turn quotes into curly ones; pyxform turns them
/// back, and so does this.
fn plain_quotes(text: &str) -> String {
    text.replace(['\u{2018}', '\u{2019}'], "'")
        .replace(['\u{201C}', '\u{201D}'], "\"")
}

/// One frame of the group/repeat stack.
struct Frame {
    repeat: bool,
    /// The section it opened, if any (groups inside a repeat open none).
    relevant: Option<String>,
    refused: bool,
}

struct Plan {
    sections: Vec<PSection>,
    questions: Vec<PQuestion>,
    report: ImportReport,
    /// Names used by questions and sections.
    used: HashSet<String>,
    /// Rows that were refused or dropped as a whole (no "converted" line).
    done: HashSet<usize>,
    /// Lines to add to a converted row's report (changes).
    changes: HashMap<usize, Vec<MessageRef>>,
    /// Lists that get an "other" choice (`select_one x or_other`).
    or_other: BTreeSet<String>,
}

const IDENTIFYING: [&str; 10] = [
    "deviceid",
    "phonenumber",
    "simserial",
    "subscriberid",
    "username",
    "email",
    "audit",
    "imei",
    "uri:email",
    "uri:username",
];

impl Plan {
    fn new(report: ImportReport) -> Plan {
        Plan {
            sections: Vec::new(),
            questions: Vec::new(),
            report,
            used: HashSet::new(),
            done: HashSet::new(),
            changes: HashMap::new(),
            or_other: BTreeSet::new(),
        }
    }

    fn refuse(&mut self, form: &Form, row: usize, message: MessageRef) {
        self.done.insert(row);
        self.report
            .push(&place_of(&form.rows[row]), ImportAction::Refused, message);
    }

    fn drop_row(&mut self, form: &Form, row: usize, message: MessageRef) {
        self.done.insert(row);
        self.report
            .push(&place_of(&form.rows[row]), ImportAction::Dropped, message);
    }

    fn change(&mut self, row: usize, message: MessageRef) {
        self.changes.entry(row).or_default().push(message);
    }

    /// A fresh, valid, unused name based on `wanted`.
    fn unique(&mut self, wanted: &str) -> String {
        let mut base: String = wanted
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || matches!(c, '_' | '-' | '.') {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        if !is_valid_name(&base) {
            base.insert(0, '_');
        }
        let mut name = base.clone();
        let mut n = 2;
        while !self.used.insert(name.clone()) {
            name = format!("{base}_{n}");
            n += 1;
        }
        name
    }

    fn open_section(
        &mut self,
        id: String,
        title: Option<Texts>,
        relevant: Option<String>,
        repeat: bool,
    ) {
        self.sections.push(PSection {
            id,
            title,
            relevant,
            repeat,
        });
    }

    /// The conjunction of the relevance of every open frame.
    fn joined(stack: &[Frame]) -> Option<String> {
        let parts: Vec<&str> = stack.iter().filter_map(|f| f.relevant.as_deref()).collect();
        match parts.as_slice() {
            [] => None,
            [one] => Some(one.to_string()),
            many => Some(
                many.iter()
                    .map(|p| format!("({p})"))
                    .collect::<Vec<_>>()
                    .join(" and "),
            ),
        }
    }

    /// A relevance or calculation that must parse, or the row is refused.
    fn expression(
        &mut self,
        form: &Form,
        row: usize,
        text: &str,
        filter: bool,
    ) -> Result<Option<String>, ()> {
        let text = plain_quotes(text);
        let text = text.trim();
        if text.is_empty() {
            return Ok(None);
        }
        let parsed = if filter {
            expression::parse_choice_filter(text)
        } else {
            expression::parse(text)
        };
        match parsed {
            Ok(_) => Ok(Some(text.to_string())),
            Err(e) => {
                self.refuse(form, row, e.message);
                Err(())
            }
        }
    }

    fn walk(&mut self, form: &Form) {
        let mut stack: Vec<Frame> = Vec::new();
        // The section questions go into now, if one is open.
        let mut current: Option<usize> = None;
        let mut part = 0;
        for (ri, row) in form.rows.iter().enumerate() {
            let (kind, list) = type_words(&row.kind);
            let in_refused = stack.iter().any(|f| f.refused);
            let in_repeat = stack.iter().any(|f| f.repeat);
            match kind.as_str() {
                "begin_group" | "begin_repeat" => {
                    let repeat = kind == "begin_repeat";
                    let mut frame = Frame {
                        repeat,
                        relevant: None,
                        refused: in_refused,
                    };
                    if in_refused {
                        self.refuse(form, ri, MessageRef::new("import-refused-inside-refused"));
                    } else if repeat && in_repeat {
                        frame.refused = true;
                        self.refuse(form, ri, MessageRef::new("import-refused-nested-repeat"));
                    } else {
                        match self.expression(form, ri, &row.relevant, false) {
                            Err(()) => frame.refused = true,
                            Ok(rel) => frame.relevant = rel,
                        }
                    }
                    if !frame.refused {
                        if !row.repeat_count.trim().is_empty() {
                            self.change(ri, MessageRef::new("import-changed-repeat-count"));
                        }
                        if !row.appearance.trim().is_empty() {
                            self.change(
                                ri,
                                MessageRef::new("import-dropped-appearance")
                                    .arg("appearance", row.appearance.trim()),
                            );
                        }
                        if in_repeat {
                            // A group inside a repeat: its questions stay in
                            // the repeat's section; the relevance goes on
                            // each question.
                            self.change(ri, MessageRef::new("import-changed-group-in-repeat"));
                        } else {
                            let name = if row.name.trim().is_empty() {
                                part += 1;
                                format!("group_{part}")
                            } else {
                                row.name.trim().to_string()
                            };
                            let id = self.unique(&name);
                            let title = (!row.label.is_empty()).then(|| row.label.clone());
                            stack.push(frame);
                            let rel = Self::joined(&stack);
                            self.open_section(id, title, rel, repeat);
                            current = Some(self.sections.len() - 1);
                            continue;
                        }
                    }
                    stack.push(frame);
                }
                "end_group" | "end_repeat" => {
                    let frame = stack.pop();
                    self.done.insert(ri);
                    if frame.is_some_and(|f| !f.refused && !stack.iter().any(|f| f.repeat)) {
                        // Questions after it go into a new section.
                        current = None;
                    }
                    self.report.push(
                        &place_of(row),
                        ImportAction::Converted,
                        MessageRef::new("import-converted-end"),
                    );
                }
                _ => {
                    if in_refused {
                        self.refuse(form, ri, MessageRef::new("import-refused-inside-refused"));
                        continue;
                    }
                    let section = match current {
                        Some(s) => s,
                        None => {
                            part += 1;
                            let id = self.unique(&format!("part_{part}"));
                            let rel = Self::joined(&stack);
                            self.open_section(id, None, rel, false);
                            let s = self.sections.len() - 1;
                            current = Some(s);
                            s
                        }
                    };
                    // Inside a repeat, relevance of groups within it.
                    let inner_groups: Vec<Frame> = if in_repeat {
                        let from = stack.iter().rposition(|f| f.repeat).map_or(0, |i| i + 1);
                        stack[from..]
                            .iter()
                            .map(|f| Frame {
                                repeat: false,
                                relevant: f.relevant.clone(),
                                refused: false,
                            })
                            .collect()
                    } else {
                        Vec::new()
                    };
                    self.question(
                        form,
                        ri,
                        &kind,
                        list.as_deref(),
                        section,
                        &inner_groups,
                        in_repeat,
                    );
                }
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn question(
        &mut self,
        form: &Form,
        ri: usize,
        kind: &str,
        list: Option<&str>,
        section: usize,
        groups: &[Frame],
        in_repeat: bool,
    ) {
        let row = &form.rows[ri];
        let mapped: &'static str = match kind {
            "integer" | "int" => "integer",
            "decimal" => "decimal",
            "text" | "string" => "text",
            "date" => "date",
            "datetime" | "datetime-local" => {
                self.change(ri, MessageRef::new("import-changed-datetime"));
                "date"
            }
            "select_one" | "select1" | "select_one_external" | "select_one_from_file" => {
                "single_choice"
            }
            "select_multiple" | "select_multiple_from_file" => "multiple_choice",
            "note" => "note",
            "calculate" => "calculate",
            "acknowledge" => "acknowledgement",
            "trigger" => {
                self.change(ri, MessageRef::new("import-changed-trigger"));
                "acknowledgement"
            }
            "range" => {
                self.change(ri, MessageRef::new("import-changed-range"));
                "decimal"
            }
            "start" | "end" | "today" => {
                if row.name.trim().is_empty() {
                    return self.drop_row(
                        form,
                        ri,
                        MessageRef::new("import-dropped-metadata").arg("type", kind),
                    );
                }
                self.change(
                    ri,
                    MessageRef::new("import-changed-clock").arg("type", kind),
                );
                let name = self.unique(row.name.trim());
                self.questions.push(PQuestion {
                    row: ri,
                    section,
                    name,
                    kind: "calculate",
                    label: Texts::new(),
                    hint: Texts::new(),
                    required: false,
                    required_message: Texts::new(),
                    relevant: None,
                    constraint: None,
                    constraint_message: Texts::new(),
                    calculation: Some("today()".into()),
                    choices: None,
                    choice_filter: None,
                    default: None,
                });
                return;
            }
            "geopoint" | "geotrace" | "geoshape" | "start-geopoint" => {
                return self.refuse(
                    form,
                    ri,
                    MessageRef::new("import-refused-gps").arg("type", kind),
                );
            }
            "image" | "audio" | "video" | "file" | "background-audio" | "audio-audit"
            | "signature" => {
                return self.refuse(
                    form,
                    ri,
                    MessageRef::new("import-refused-upload").arg("type", kind),
                );
            }
            k if IDENTIFYING.contains(&k) => {
                return self.drop_row(
                    form,
                    ri,
                    MessageRef::new("import-dropped-identifier").arg("type", k),
                );
            }
            "" if row.name.trim().is_empty() => {
                // An empty row with only a comment or a label: nothing to ask.
                return self.drop_row(form, ri, MessageRef::new("import-dropped-empty"));
            }
            other => {
                return self.refuse(
                    form,
                    ri,
                    MessageRef::new("import-refused-type").arg("type", other),
                );
            }
        };
        if mapped == "calculate" && in_repeat {
            return self.refuse(
                form,
                ri,
                MessageRef::new("import-refused-calculation-in-repeat"),
            );
        }
        let Ok(mut relevant) = self.expression(form, ri, &row.relevant, false) else {
            return;
        };
        if !groups.is_empty() {
            let mut frames: Vec<Frame> = groups
                .iter()
                .map(|f| Frame {
                    repeat: false,
                    relevant: f.relevant.clone(),
                    refused: false,
                })
                .collect();
            frames.push(Frame {
                repeat: false,
                relevant,
                refused: false,
            });
            relevant = Self::joined(&frames);
        }
        let calculation = if mapped == "calculate" {
            let Ok(c) = self.expression(form, ri, &row.calculation, false) else {
                return;
            };
            if c.is_none() {
                return self.refuse(form, ri, MessageRef::new("import-refused-no-calculation"));
            }
            c
        } else {
            if !row.calculation.trim().is_empty() {
                self.change(ri, MessageRef::new("import-changed-calculation-dropped"));
            }
            None
        };
        // A constraint or filter Waymark cannot read is dropped, with a line:
        // the question is still worth asking.
        let mut constraint = None;
        let row_constraint = plain_quotes(&row.constraint);
        if !row_constraint.trim().is_empty() {
            match expression::parse(row_constraint.trim()) {
                Ok(_) => constraint = Some(row_constraint.trim().to_string()),
                Err(e) => self.change(
                    ri,
                    MessageRef::new("import-changed-constraint-dropped")
                        .arg("reason", e.message.english()),
                ),
            }
        }
        let mut choice_filter = None;
        let row_filter = plain_quotes(&row.choice_filter);
        if !row_filter.trim().is_empty() {
            match expression::parse_choice_filter(row_filter.trim()) {
                Ok(_) => choice_filter = Some(row_filter.trim().to_string()),
                Err(e) => self.change(
                    ri,
                    MessageRef::new("import-changed-filter-dropped")
                        .arg("reason", e.message.english()),
                ),
            }
        }
        let choices = if matches!(mapped, "single_choice" | "multiple_choice") {
            let lower = row.kind.to_ascii_lowercase();
            if let (Some(l), true) = (
                list,
                lower.ends_with("or_other") || lower.ends_with("or specify other"),
            ) {
                self.or_other.insert(l.to_string());
                self.change(ri, MessageRef::new("import-changed-or-other"));
            }
            let external = kind == "select_one_external";
            match list {
                Some(l) if external => Some(format!("{l}{}", super::xlsform::EXTERNAL)),
                Some(l) => Some(l.to_string()),
                None => return self.refuse(form, ri, MessageRef::new("import-refused-no-list")),
            }
        } else {
            None
        };
        let required = match row.required.trim().to_ascii_lowercase().as_str() {
            "" | "no" | "false" | "false()" | "0" => false,
            "yes" | "true" | "true()" | "1" => true,
            _ => {
                self.change(ri, MessageRef::new("import-changed-required-expression"));
                false
            }
        };
        // Read-only: ODK shows it and never takes an answer, as a note.
        let read_only = !matches!(
            row.read_only.trim().to_ascii_lowercase().as_str(),
            "" | "no" | "false" | "false()" | "0"
        );
        let mapped = if read_only && !matches!(mapped, "note" | "calculate") {
            self.change(ri, MessageRef::new("import-changed-read-only"));
            "note"
        } else {
            mapped
        };
        let answerable = !matches!(mapped, "note" | "calculate");
        // A literal default is kept (a choice's is checked with its list);
        // an expression (`today()`, `${x}`) is not.
        let default = row.default.trim();
        let default = if default.is_empty() || !answerable {
            None
        } else if literal_default(mapped, default) {
            Some(default.to_string())
        } else {
            self.change(ri, MessageRef::new("import-changed-default"));
            None
        };
        let appearance = row.appearance.trim();
        if !appearance.is_empty() {
            self.change(
                ri,
                MessageRef::new("import-dropped-appearance").arg("appearance", appearance),
            );
        }
        let mut label = row.label.clone();
        if label.is_empty() && mapped != "calculate" {
            self.change(ri, MessageRef::new("import-changed-no-label"));
            label.insert(String::new(), row.name.trim().to_string());
        }
        if label
            .values()
            .chain(row.hint.values())
            .any(|t| t.contains("${"))
        {
            self.change(ri, MessageRef::new("import-changed-dynamic-text"));
        }
        let wanted = if row.name.trim().is_empty() {
            format!("q{ri}")
        } else {
            row.name.trim().to_string()
        };
        let name = self.unique(&wanted);
        if name != wanted {
            self.change(
                ri,
                MessageRef::new("import-changed-name").arg("name", &name),
            );
        }
        self.questions.push(PQuestion {
            row: ri,
            section,
            name,
            kind: mapped,
            label: if mapped == "calculate" {
                Texts::new()
            } else {
                label
            },
            hint: row.hint.clone(),
            required: required && answerable,
            required_message: row.required_message.clone(),
            relevant,
            constraint: constraint.filter(|_| answerable),
            constraint_message: row.constraint_message.clone(),
            calculation,
            choices,
            choice_filter,
            default,
        });
    }

    /// The choice lists the questions use, each choice once; a question
    /// whose list is missing or empty is refused.
    fn choice_lists(&mut self, form: &Form) -> BTreeMap<String, Vec<ChoiceRow>> {
        let mut lists: BTreeMap<String, Vec<ChoiceRow>> = BTreeMap::new();
        let used: HashSet<String> = self
            .questions
            .iter()
            .filter_map(|q| q.choices.clone())
            .collect();
        for c in &form.choices {
            if !used.contains(&c.list) {
                continue;
            }
            let place = c.place.clone().unwrap_or(Place::Form);
            let list = lists.entry(c.list.clone()).or_default();
            if !is_choice_name(&c.name) {
                self.report.push(
                    &place,
                    ImportAction::Refused,
                    MessageRef::new("questionnaire-finding-bad-choice-name").arg("name", &c.name),
                );
            } else if list
                .iter()
                .any(|x| x.name == c.name && x.columns == c.columns)
            {
                self.report.push(
                    &place,
                    ImportAction::Refused,
                    MessageRef::new("questionnaire-finding-duplicate-choice")
                        .arg("choice", &c.name)
                        .arg("list", &c.list),
                );
            } else {
                self.report.push(
                    &place,
                    ImportAction::Converted,
                    MessageRef::new("import-converted-choice").arg("list", &c.list),
                );
                list.push(c.clone());
            }
        }
        for list in &self.or_other {
            let choices = lists.entry(list.clone()).or_default();
            if !choices.iter().any(|c| c.name == "other") {
                let mut label = Texts::new();
                label.insert(String::new(), "Other".into());
                choices.push(ChoiceRow {
                    place: None,
                    list: list.clone(),
                    name: "other".into(),
                    label,
                    columns: BTreeMap::new(),
                });
            }
        }
        // A choice default must be among the list's choices.
        let mut bad_defaults = Vec::new();
        for q in &mut self.questions {
            let (Some(list), Some(d)) = (&q.choices, &q.default) else {
                continue;
            };
            let names = lists.get(list).map(Vec::as_slice).unwrap_or(&[]);
            if !d
                .split_whitespace()
                .all(|w| names.iter().any(|c| c.name == w))
            {
                q.default = None;
                bad_defaults.push(q.row);
            }
        }
        for row in bad_defaults {
            self.change(row, MessageRef::new("import-changed-default"));
        }
        let missing: Vec<usize> = self
            .questions
            .iter()
            .enumerate()
            .filter(|(_, q)| {
                q.choices
                    .as_ref()
                    .is_some_and(|l| lists.get(l).is_none_or(Vec::is_empty))
            })
            .map(|(i, _)| i)
            .collect();
        for &i in missing.iter().rev() {
            let q = self.questions.remove(i);
            let list = q.choices.clone().unwrap_or_default();
            self.refuse(
                form,
                q.row,
                MessageRef::new("import-refused-empty-list").arg("list", list),
            );
        }
        // Choices of lists no question uses are left out, said once per list.
        let unused: BTreeSet<&str> = form
            .choices
            .iter()
            .filter(|c| !used.contains(&c.list))
            .map(|c| c.list.as_str())
            .collect();
        for list in unused {
            self.report.push(
                &Place::Form,
                ImportAction::Dropped,
                MessageRef::new("import-dropped-unused-list").arg("list", list),
            );
        }
        lists
    }

    fn report_converted(&mut self, form: &Form) {
        let mut report = std::mem::take(&mut self.report);
        let kept: HashMap<usize, &PQuestion> = self.questions.iter().map(|q| (q.row, q)).collect();
        for (ri, row) in form.rows.iter().enumerate() {
            if self.done.contains(&ri) {
                continue;
            }
            let place = place_of(row);
            if let Some(q) = kept.get(&ri) {
                let changes = self.changes.remove(&ri).unwrap_or_default();
                let action = if changes.is_empty() {
                    ImportAction::Converted
                } else {
                    ImportAction::Changed
                };
                report.push(
                    &place,
                    action,
                    MessageRef::new("import-converted-question")
                        .arg("name", &q.name)
                        .arg("type", q.kind),
                );
                for c in changes {
                    report.push(&place, ImportAction::Changed, c);
                }
            } else if matches!(
                type_words(&row.kind).0.as_str(),
                "begin_group" | "begin_repeat"
            ) {
                report.push(
                    &place,
                    ImportAction::Converted,
                    MessageRef::new("import-converted-group"),
                );
                for c in self.changes.remove(&ri).unwrap_or_default() {
                    report.push(&place, ImportAction::Changed, c);
                }
            }
        }
        // The report is read by sheet and row.
        report.lines.sort_by(|a, b| a.place.cmp(&b.place));
        self.report = report;
    }
}

/// The written files, and which TOML lines belong to which question or
/// section (to place the validator's findings).
struct Output {
    toml: String,
    ftl: BTreeMap<String, String>,
    ftl_ids: BTreeMap<String, HashSet<String>>,
    question_lines: Vec<(usize, std::ops::Range<usize>)>,
    section_lines: Vec<(usize, std::ops::Range<usize>)>,
}

/// A TOML basic string.
fn toml_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A Fluent message value: braces as string literals, every line after the
/// first indented, and lines that Fluent would read as syntax quoted;
/// `${x}` (ODK's dynamic text) shows as "…" until Waymark fills it in.
fn fluent_value(text: &str) -> String {
    let text = replace_refs(text);
    let mut out = String::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end();
        let mut escaped = String::new();
        for c in line.chars() {
            match c {
                '{' => escaped.push_str("{\"{\"}"),
                '}' => escaped.push_str("{\"}\"}"),
                c if c.is_control() => {}
                c => escaped.push(c),
            }
        }
        if i > 0 {
            out.push_str("\n    ");
            if escaped.starts_with(['[', '*', '.']) {
                let first = escaped.remove(0);
                let _ = write!(out, "{{\"{first}\"}}");
            }
        }
        out.push_str(&escaped);
    }
    let out = out.trim().to_string();
    if out.is_empty() {
        "{\"\"}".into()
    } else if out.starts_with(['[', '*', '.']) {
        let mut rest = out.clone();
        let first = rest.remove(0);
        format!("{{\"{first}\"}}{rest}")
    } else {
        out
    }
}

fn replace_refs(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("${") {
        out.push_str(&rest[..i]);
        match rest[i..].find('}') {
            Some(j) => {
                out.push('…');
                rest = &rest[i + j + 1..];
            }
            None => {
                out.push_str(&rest[i..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

struct Messages<'a> {
    langs: &'a Languages,
    prefix: &'a str,
    ftl: BTreeMap<String, String>,
    ids: BTreeMap<String, HashSet<String>>,
    used: HashSet<String>,
}

impl Messages<'_> {
    /// Adds a message in every language (the default language's text where
    /// a translation is missing); returns its id.
    fn add(&mut self, key: &str, texts: &Texts) -> String {
        let base = format!("{}-{}", self.prefix, slug(key));
        let mut id = base.clone();
        let mut n = 2;
        while !self.used.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        let by_code: BTreeMap<&str, &str> = texts
            .iter()
            .filter_map(|(k, v)| Some((self.langs.code.get(k)?.as_str(), v.as_str())))
            .collect();
        let fallback = self
            .langs
            .order
            .iter()
            .find_map(|c| by_code.get(c.as_str()).copied())
            .or_else(|| texts.values().next().map(String::as_str))
            .unwrap_or("");
        for code in &self.langs.order {
            let text = by_code.get(code.as_str()).copied().unwrap_or(fallback);
            let file = self.ftl.entry(code.clone()).or_default();
            let _ = writeln!(file, "{id} = {}", fluent_value(text));
            self.ids.entry(code.clone()).or_default().insert(id.clone());
        }
        id
    }
}

fn write(
    form: &Form,
    plan: &Plan,
    lists: &BTreeMap<String, Vec<ChoiceRow>>,
    id: &str,
    prefix: &str,
    langs: &Languages,
) -> Output {
    let mut m = Messages {
        langs,
        prefix,
        ftl: BTreeMap::new(),
        ids: BTreeMap::new(),
        used: HashSet::new(),
    };
    for code in &langs.order {
        m.ftl.insert(
            code.clone(),
            format!(
                "# Imported from an ODK/Kobo form ({id}). Machine-converted: review the texts.\n\n"
            ),
        );
    }
    let mut t = String::new();
    let line = |t: &String| t.matches('\n').count() + 1;
    let _ = writeln!(
        t,
        "# Imported from an ODK/Kobo form by `waymark questionnaire import`."
    );
    let _ = writeln!(t, "id = {}", toml_str(id));
    let version = form
        .version
        .as_deref()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map_or(1, |v| {
            u32::try_from(v % u64::from(u32::MAX)).unwrap_or(1).max(1)
        });
    let _ = writeln!(t, "version = {version}");
    let mut title = Texts::new();
    title.insert(
        String::new(),
        form.title.clone().unwrap_or_else(|| id.to_string()),
    );
    let title_id = m.add("title", &title);
    let _ = writeln!(t, "title = {}", toml_str(&title_id));
    let locales: Vec<String> = langs.order.iter().map(|l| toml_str(l)).collect();
    let _ = writeln!(t, "locales = [{}]", locales.join(", "));

    // Only the lists of questions still in the plan.
    let used: BTreeSet<&str> = plan
        .questions
        .iter()
        .filter_map(|q| q.choices.as_deref())
        .collect();
    if !used.is_empty() {
        let _ = writeln!(t, "\n[choices]");
    }
    for (list, choices) in lists.iter().filter(|(l, _)| used.contains(l.as_str())) {
        let _ = writeln!(t, "{} = [", toml_str(list));
        for c in choices {
            let label = if c.label.is_empty() {
                let mut l = Texts::new();
                l.insert(String::new(), c.name.clone());
                l
            } else {
                c.label.clone()
            };
            let mid = m.add(&format!("{list}-{}", c.name), &label);
            let _ = write!(
                t,
                "  {{ name = {}, label = {}",
                toml_str(&c.name),
                toml_str(&mid)
            );
            if !c.columns.is_empty() {
                let cols: Vec<String> = c
                    .columns
                    .iter()
                    .map(|(k, v)| format!("{} = {}", toml_str(k), toml_str(v)))
                    .collect();
                let _ = write!(t, ", columns = {{ {} }}", cols.join(", "));
            }
            let _ = writeln!(t, " }},");
        }
        let _ = writeln!(t, "]");
    }

    let mut section_lines = Vec::new();
    let with_questions: BTreeSet<usize> = plan.questions.iter().map(|q| q.section).collect();
    for (si, s) in plan.sections.iter().enumerate() {
        // Empty sections are left out, except repeats that `count()` reads.
        if !with_questions.contains(&si) && !s.repeat {
            continue;
        }
        let start = line(&t);
        let _ = writeln!(t, "\n[[sections]]\nid = {}", toml_str(&s.id));
        if let Some(title) = &s.title {
            let mid = m.add(&format!("{}-title", s.id), title);
            let _ = writeln!(t, "title = {}", toml_str(&mid));
        }
        if let Some(r) = &s.relevant {
            let _ = writeln!(t, "relevant = {}", toml_str(r));
        }
        if s.repeat {
            let _ = writeln!(t, "repeat = true");
        }
        section_lines.push((si, start..line(&t) + 1));
    }

    let mut question_lines = Vec::new();
    for (qi, q) in plan.questions.iter().enumerate() {
        let start = line(&t);
        let _ = writeln!(
            t,
            "\n[[questions]]\nname = {}\ntype = {}",
            toml_str(&q.name),
            toml_str(q.kind)
        );
        if let Some(s) = plan.sections.get(q.section) {
            let _ = writeln!(t, "section = {}", toml_str(&s.id));
        }
        if !q.label.is_empty() {
            let mid = m.add(&q.name, &q.label);
            let _ = writeln!(t, "label = {}", toml_str(&mid));
        }
        if !q.hint.is_empty() && q.kind != "calculate" {
            let mid = m.add(&format!("{}-hint", q.name), &q.hint);
            let _ = writeln!(t, "hint = {}", toml_str(&mid));
        }
        if q.required {
            let _ = writeln!(t, "required = true");
            if !q.required_message.is_empty() {
                let mid = m.add(&format!("{}-required", q.name), &q.required_message);
                let _ = writeln!(t, "required_message = {}", toml_str(&mid));
            }
        }
        for (key, value) in [
            ("relevant", &q.relevant),
            ("constraint", &q.constraint),
            ("calculation", &q.calculation),
            ("choices", &q.choices),
            ("choice_filter", &q.choice_filter),
        ] {
            if let Some(v) = value {
                let _ = writeln!(t, "{key} = {}", toml_str(v));
            }
        }
        if let Some(d) = &q.default {
            let _ = writeln!(t, "default = {}", toml_str(d));
        }
        if q.constraint.is_some() && !q.constraint_message.is_empty() {
            let mid = m.add(&format!("{}-constraint", q.name), &q.constraint_message);
            let _ = writeln!(t, "constraint_message = {}", toml_str(&mid));
        }
        question_lines.push((qi, start..line(&t) + 1));
    }
    Output {
        toml: t,
        ftl: m.ftl,
        ftl_ids: m.ids,
        question_lines,
        section_lines,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn import_locale_codes() {
        assert_eq!(locale_of("English (en)"), "en");
        assert_eq!(locale_of("Français (fr)"), "fr");
        assert_eq!(locale_of("French"), "fr");
        assert_eq!(locale_of("Kinyarwanda"), "kinyarwanda");
        assert_eq!(locale_of("Chinese (zh_Hans)"), "zh-Hans");
    }

    #[test]
    fn import_fluent_values_are_escaped() {
        assert_eq!(fluent_value("Age {years}"), "Age {\"{\"}years{\"}\"}");
        assert_eq!(fluent_value("a\n* b"), "a\n    {\"*\"} b");
        assert_eq!(fluent_value("Hello ${name}!"), "Hello …!");
        assert_eq!(fluent_value("   "), "{\"\"}");
        assert_eq!(fluent_value(".x"), "{\".\"}x");
    }

    #[test]
    fn import_type_words() {
        assert_eq!(
            type_words("select_one yes_no"),
            ("select_one".into(), Some("yes_no".into()))
        );
        assert_eq!(
            type_words("Select One  yes_no"),
            ("select_one".into(), Some("yes_no".into()))
        );
        assert_eq!(type_words("begin group"), ("begin_group".into(), None));
        assert_eq!(type_words("integer"), ("integer".into(), None));
    }
}
