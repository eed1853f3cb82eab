//! Intent phrase sets: `intents/<lang>.toml` in a pack, one list of phrases
//! per intent id. Packs merge: phrases of the same intent add up.

use std::collections::BTreeMap;

use toml::Spanned;

use super::concepts::{ConceptIndex, ConceptTable};
use super::error::{Finding, FindingKind};
use super::flow::is_valid_id;
use super::matcher::Prepared;
use super::normalize::Normalizer;
use crate::questionnaire::format::Lines;

/// Most phrases per intent and locale, and longest phrase (characters).
pub const MAX_PHRASES: usize = 1000;
pub const MAX_PHRASE_CHARS: usize = 200;

/// Where a pack keeps a locale's intents.
pub fn path(locale: &str) -> String {
    format!("intents/{locale}.toml")
}

/// Phrases of one locale, by intent, as written.
pub type PhraseTable = BTreeMap<String, Vec<String>>;

/// Parses one intents file. Problems come back as findings with lines; the
/// table holds what could be read.
pub fn parse(file: &str, src: &str) -> (PhraseTable, Vec<Finding>) {
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
    let raw: BTreeMap<String, Spanned<Vec<Spanned<String>>>> = match toml::from_str(src) {
        Ok(r) => r,
        Err(e) => {
            let line = e.span().map_or(1, |s| lines.position(s.start).0);
            push(line, FindingKind::Syntax, e.message().trim().to_owned());
            return (PhraseTable::new(), findings);
        }
    };
    let probe = Normalizer::new("und");
    let mut table = PhraseTable::new();
    for (intent, phrases) in raw {
        let line = lines.position(phrases.span().start).0;
        if !is_valid_id(&intent) {
            let shown: String = intent.chars().take(40).collect();
            push(
                line,
                FindingKind::Structure,
                format!(
                    "intent {shown:?} is not a valid name (a letter, then letters, digits and _)"
                ),
            );
            continue;
        }
        if phrases.get_ref().is_empty() {
            push(
                line,
                FindingKind::EmptyIntent,
                format!("intent {intent} has no phrases"),
            );
        }
        if phrases.get_ref().len() > MAX_PHRASES {
            push(
                line,
                FindingKind::Structure,
                format!("intent {intent} has more than {MAX_PHRASES} phrases"),
            );
        }
        let mut kept = Vec::new();
        for p in phrases.get_ref().iter().take(MAX_PHRASES) {
            let pl = lines.position(p.span().start).0;
            if p.get_ref().chars().count() > MAX_PHRASE_CHARS {
                push(
                    pl,
                    FindingKind::Structure,
                    format!("a phrase of {intent} is longer than {MAX_PHRASE_CHARS} characters"),
                );
                continue;
            }
            if probe.tokens(p.get_ref()).is_empty() {
                push(
                    pl,
                    FindingKind::Structure,
                    format!("a phrase of {intent} has no letters or digits"),
                );
                continue;
            }
            kept.push(p.get_ref().clone());
        }
        table.insert(intent, kept);
    }
    (table, findings)
}

/// One locale's phrases, prepared for matching.
#[derive(Debug)]
pub struct IntentIndex {
    pub locale: String,
    pub normalizer: Normalizer,
    /// (intent, phrase) pairs.
    pub phrases: Vec<(String, Prepared)>,
    /// Danger and self-harm rules over concepts (`concepts/<lang>.toml`).
    pub concepts: ConceptIndex,
}

impl IntentIndex {
    pub fn new(locale: &str, table: &PhraseTable, concepts: &ConceptTable) -> IntentIndex {
        let normalizer = Normalizer::new(locale);
        let phrases = table
            .iter()
            .flat_map(|(intent, list)| list.iter().map(move |p| (intent, p)))
            .map(|(intent, p)| (intent.clone(), Prepared::phrase(&normalizer, p)))
            .filter(|(_, p)| !p.is_empty())
            .collect();
        let concepts = ConceptIndex::new(&normalizer, concepts);
        IntentIndex {
            locale: locale.to_owned(),
            normalizer,
            phrases,
            concepts,
        }
    }

    pub fn has(&self, intent: &str) -> bool {
        self.phrases.iter().any(|(i, _)| i == intent)
    }
}
