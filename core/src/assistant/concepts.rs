//! Concept rules for danger and self-harm: small per-locale lexicons
//! (`concepts/<lang>.toml` in a pack) and rules "concept A and concept B in
//! one clause mean danger kind K". Phrase lists match forms; these match
//! meanings a phrase list did not anticipate: "the boss hid all our
//! passports" is a document and a hiding verb in one clause, whatever the
//! words between them (docs/concept-rules.md, ADR 0304).
//!
//! Each term of a concept is matched by the danger rules of
//! [`matcher::danger_score`] against one clause of the text: every word,
//! stems and careful typos, not negated in its clause ("he never hit me"
//! has no harm), runs of scripts without spaces as written.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use toml::Spanned;

use super::error::{Finding, FindingKind};
use super::flow::is_valid_id;
use super::matcher::{self, Input, Prepared};
use super::model::{DANGER_INTENT, SELF_HARM_INTENT};
use super::normalize::Normalizer;
use crate::questionnaire::format::Lines;

/// Most concepts per locale, terms per concept, rules per locale, concepts
/// per rule, and longest term (characters): a lexicon is tried on every
/// typed sentence, so it stays small.
pub const MAX_CONCEPTS: usize = 100;
pub const MAX_TERMS: usize = 300;
pub const MAX_RULES: usize = 200;
pub const MAX_RULE_CONCEPTS: usize = 4;
pub const MAX_TERM_CHARS: usize = 60;

/// The score a fired rule gives its kind: a confident danger match
/// ([`matcher::DANGER`]), a little under an exact phrase, so that a phrase
/// of the other kind wins where both apply.
pub const RULE_SCORE: f32 = 0.9;

/// Where a pack keeps a locale's concept lexicon and rules.
pub fn path(locale: &str) -> String {
    format!("concepts/{locale}.toml")
}

/// One rule: when every concept of `all` is found in one clause, the text
/// means `kind` (`danger` or `self_harm`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub kind: String,
    pub all: Vec<String>,
}

/// One locale's concepts (terms as written) and rules.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConceptTable {
    pub concepts: BTreeMap<String, Vec<String>>,
    pub rules: Vec<Rule>,
}

impl ConceptTable {
    /// Adds another pack's concepts (terms add up) and rules.
    pub fn merge(&mut self, more: ConceptTable) {
        for (id, terms) in more.concepts {
            self.concepts.entry(id).or_default().extend(terms);
        }
        self.rules.extend(more.rules);
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    concepts: BTreeMap<String, Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    rule: Vec<Spanned<RawRule>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    kind: String,
    all: Vec<String>,
}

/// Parses one concepts file. Problems come back as findings with lines;
/// the table holds what could be read. Rules naming concepts of another
/// pack are checked after merging ([`check_rules`]).
pub fn parse(file: &str, src: &str) -> (ConceptTable, Vec<Finding>) {
    let lines = Lines::new(src);
    let mut findings = Vec::new();
    let mut push = |line: u32, kind, reason: String| {
        findings.push(Finding {
            file: file.to_owned(),
            line,
            kind,
            reason,
        })
    };
    let raw: RawFile = match toml::from_str(src) {
        Ok(r) => r,
        Err(e) => {
            let line = e.span().map_or(1, |s| lines.position(s.start).0);
            push(line, FindingKind::Syntax, e.message().trim().to_owned());
            return (ConceptTable::default(), findings);
        }
    };
    let probe = Normalizer::new("und");
    let mut table = ConceptTable::default();
    if raw.concepts.len() > MAX_CONCEPTS {
        push(
            1,
            FindingKind::Structure,
            format!("more than {MAX_CONCEPTS} concepts"),
        );
    }
    for (id, terms) in raw.concepts.into_iter().take(MAX_CONCEPTS) {
        let line = lines.position(terms.span().start).0;
        if !is_valid_id(&id) {
            let shown: String = id.chars().take(40).collect();
            push(
                line,
                FindingKind::Structure,
                format!(
                    "concept {shown:?} is not a valid name (a letter, then letters, digits and _)"
                ),
            );
            continue;
        }
        let terms = terms.into_inner();
        if terms.is_empty() {
            push(
                line,
                FindingKind::EmptyIntent,
                format!("concept {id} has no terms"),
            );
        }
        if terms.len() > MAX_TERMS {
            push(
                line,
                FindingKind::Structure,
                format!("concept {id} has more than {MAX_TERMS} terms"),
            );
        }
        let mut kept = Vec::new();
        for t in terms.into_iter().take(MAX_TERMS) {
            let tl = lines.position(t.span().start).0;
            let text = t.into_inner();
            if text.chars().count() > MAX_TERM_CHARS {
                push(
                    tl,
                    FindingKind::Structure,
                    format!("a term of {id} is longer than {MAX_TERM_CHARS} characters"),
                );
            } else if text.trim_start().starts_with(matcher::WHOLE_MARK) {
                push(
                    tl,
                    FindingKind::Structure,
                    format!(
                        "a term of {id} starts with {:?}, which only phrases may",
                        matcher::WHOLE_MARK
                    ),
                );
            } else if probe.tokens(&text).is_empty() {
                push(
                    tl,
                    FindingKind::Structure,
                    format!("a term of {id} has no letters or digits"),
                );
            } else {
                kept.push(text);
            }
        }
        table.concepts.insert(id, kept);
    }
    if raw.rule.len() > MAX_RULES {
        push(
            1,
            FindingKind::Structure,
            format!("more than {MAX_RULES} rules"),
        );
    }
    for r in raw.rule.into_iter().take(MAX_RULES) {
        let line = lines.position(r.span().start).0;
        let r = r.into_inner();
        if r.kind != DANGER_INTENT && r.kind != SELF_HARM_INTENT {
            let shown: String = r.kind.chars().take(40).collect();
            push(
                line,
                FindingKind::Structure,
                format!(
                    "a rule's kind {shown:?} is neither {DANGER_INTENT} nor {SELF_HARM_INTENT}"
                ),
            );
            continue;
        }
        let distinct: BTreeSet<&String> = r.all.iter().collect();
        if distinct.len() < 2 || distinct.len() != r.all.len() || r.all.len() > MAX_RULE_CONCEPTS {
            push(
                line,
                FindingKind::Structure,
                format!("a rule names 2 to {MAX_RULE_CONCEPTS} different concepts (one concept alone is a phrase: put it in intents/)"),
            );
            continue;
        }
        table.rules.push(Rule {
            kind: r.kind,
            all: r.all,
        });
    }
    (table, findings)
}

/// Findings for rules naming a concept the (merged) table does not define.
pub fn check_rules(file: &str, table: &ConceptTable) -> Vec<Finding> {
    table
        .rules
        .iter()
        .flat_map(|r| r.all.iter())
        .filter(|c| table.concepts.get(*c).is_none_or(Vec::is_empty))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .map(|c| {
            let shown: String = c.chars().take(40).collect();
            Finding {
                file: file.to_owned(),
                line: 0,
                kind: FindingKind::UnknownReference,
                reason: format!("a rule names concept {shown:?}, which has no terms here"),
            }
        })
        .collect()
}

/// One locale's concepts, prepared for matching.
#[derive(Debug)]
pub struct ConceptIndex {
    /// Terms of each concept a rule uses, by concept.
    concepts: BTreeMap<String, Vec<Prepared>>,
    rules: Vec<Rule>,
}

impl ConceptIndex {
    pub fn new(normalizer: &Normalizer, table: &ConceptTable) -> ConceptIndex {
        let used: BTreeSet<&String> = table.rules.iter().flat_map(|r| r.all.iter()).collect();
        let concepts = table
            .concepts
            .iter()
            .filter(|(id, _)| used.contains(id))
            .map(|(id, terms)| {
                let prepared = terms
                    .iter()
                    .map(|t| Prepared::new(normalizer, t))
                    .filter(|p| !p.is_empty())
                    .collect();
                (id.clone(), prepared)
            })
            .collect();
        ConceptIndex {
            concepts,
            rules: table.rules.clone(),
        }
    }

    /// The kinds (`danger`, `self_harm`) whose rules fire in some clause of
    /// `text`, with [`RULE_SCORE`].
    pub fn recognise(&self, text: &Prepared) -> BTreeMap<String, f32> {
        let mut out = BTreeMap::new();
        if self.rules.is_empty() {
            return out;
        }
        for clause in text.clauses() {
            let input = Input::new(&clause);
            let found: BTreeSet<&str> = self
                .concepts
                .iter()
                .filter(|(_, terms)| {
                    terms
                        .iter()
                        .any(|t| matcher::danger_score(t, &input) >= matcher::DANGER)
                })
                .map(|(id, _)| id.as_str())
                .collect();
            for r in &self.rules {
                if r.all.iter().all(|c| found.contains(c.as_str())) {
                    out.insert(r.kind.clone(), RULE_SCORE);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = r#"
[concepts]
document = ["passport", "papers"]
seize = ["took", "hid", "keeps"]
harm = ["beat", "hit"]
target = ["me", "us"]

[[rule]]
kind = "danger"
all = ["document", "seize"]

[[rule]]
kind = "danger"
all = ["harm", "target"]
"#;

    fn fired(text: &str) -> BTreeMap<String, f32> {
        let (table, findings) = parse("concepts/en.toml", EN);
        assert!(findings.is_empty(), "{findings:?}");
        let n = Normalizer::new("en");
        ConceptIndex::new(&n, &table).recognise(&Prepared::new(&n, text))
    }

    #[test]
    fn concepts_in_one_clause_fire_their_rule() {
        assert!(fired("the boss hid all of our passports").contains_key("danger"));
        assert!(fired("he beat us").contains_key("danger"));
        // Another clause, or a negation, does not count.
        assert!(fired("i found my passport. nobody hid anything").is_empty());
        assert!(fired("he never hit me").is_empty());
        assert!(fired("my passport photo").is_empty());
    }

    #[test]
    fn bad_files_are_findings_not_panics() {
        let (_, f) = parse(
            "c.toml",
            "[concepts]\nx = [\"a\"]\n[[rule]]\nkind = \"other\"\nall = [\"x\", \"y\"]\n",
        );
        assert_eq!(f.len(), 1);
        let (_, f) = parse("c.toml", "[[rule]]\nkind = \"danger\"\nall = [\"x\"]\n");
        assert_eq!(f.len(), 1);
        let (t, f) = parse(
            "c.toml",
            "[[rule]]\nkind = \"danger\"\nall = [\"x\", \"y\"]\n",
        );
        assert!(f.is_empty());
        assert_eq!(check_rules("c.toml", &t).len(), 2);
        let (_, f) = parse("c.toml", "[concepts]\nx = [\"!!\", \"=a\"]\nnope = 3\n");
        assert_eq!(f.len(), 1, "{f:?}");
        let (_, f) = parse("c.toml", "[concepts]\nx = [\"!!\", \"=a\"]\n");
        assert_eq!(f.len(), 2, "{f:?}");
    }

    #[test]
    fn a_packs_rule_may_name_another_packs_concept_but_not_an_unknown_one() {
        use super::super::check::{check, Sources};
        use super::super::library::pack_sources;
        let file = |rule: &str| {
            let src = format!("[concepts]\nmine = [\"visa card\"]\n[[rule]]\nkind = \"danger\"\nall = [\"mine\", \"{rule}\"]\n");
            std::collections::BTreeMap::from([("concepts/en.toml".to_owned(), src.into_bytes())])
        };
        // The built-in pack defines "seize" in English.
        let ok = check(&pack_sources(&file("seize"), &[], &[]));
        assert!(ok.findings.is_empty(), "{:?}", ok.findings);
        assert!(ok.concepts["en"].rules.len() > 1);
        let bad = check(&pack_sources(&file("nowhere"), &[], &[]));
        assert!(bad
            .findings
            .iter()
            .any(|f| f.kind == FindingKind::UnknownReference && f.file == "concepts/en.toml"));
        // Alone, without the built-in pack, "seize" is unknown too.
        let alone = Sources {
            concepts: vec![(
                "en".into(),
                "concepts/en.toml".into(),
                String::from_utf8(file("seize")["concepts/en.toml"].clone()).unwrap(),
            )],
            ..Sources::default()
        };
        assert_eq!(check(&alone).findings.len(), 1);
    }
}
