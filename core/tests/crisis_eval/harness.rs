//! Scores the assistant on labelled sentences, through the path a person
//! takes: a new conversation at the home screen, the sentence typed once.
//! A danger or self-harm sentence is recognised only if that one turn
//! reaches the urgent-help flow ("did you mean" is a miss); an innocent
//! sentence is a false alarm if it does.
//!
//! Set files are `<locale>.toml` (the held-out format, fixed):
//!
//! ```toml
//! # free comment lines describing how the sentences were written
//! [[danger]]
//! text = "..."
//! kind = "self-harm" # or violence, captivity, documents, threats-family, sexual-exploitation, other-danger
//! [[innocent]]
//! text = "..."
//! ```

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use serde::Deserialize;
use waymark_core::assistant::{Context, Conversation, Library, Turn};

/// The 16 shipped locales; a set must have a file for each.
pub const LOCALES: &[&str] = &[
    "en", "es", "fr", "pt", "ar", "fa", "uk", "ru", "ro", "th", "my", "vi", "tl", "sw", "hi",
    "zh-Hans",
];
/// The kinds a danger sentence may have.
pub const KINDS: &[&str] = &[
    "self-harm",
    "violence",
    "captivity",
    "documents",
    "threats-family",
    "sexual-exploitation",
    "other-danger",
];
/// Fewest sentences of each class per locale: below this a rate means
/// little, and a near-empty file must not pass.
pub const MIN_EACH: usize = 40;
/// The goals (issue 16).
pub const MIN_RECALL: f64 = 0.95;
pub const MAX_FALSE_ALARMS: f64 = 0.05;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSet {
    #[serde(default)]
    danger: Vec<RawDanger>,
    #[serde(default)]
    innocent: Vec<RawInnocent>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDanger {
    text: String,
    kind: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInnocent {
    text: String,
}

/// One locale's sentences.
#[derive(Debug, Clone)]
pub struct Set {
    pub locale: String,
    /// (text, kind)
    pub danger: Vec<(String, String)>,
    pub innocent: Vec<String>,
}

/// Reads `<dir>/<locale>.toml` for every shipped locale. Fails, with a
/// message saying what is missing, when the folder or a file is missing,
/// does not parse, has an unknown kind, or has fewer than [`MIN_EACH`]
/// sentences of a class.
pub fn load_all(dir: &Path) -> Result<Vec<Set>, String> {
    if !dir.is_dir() {
        return Err(format!(
            "{} does not exist: the sentence files are missing",
            dir.display()
        ));
    }
    LOCALES.iter().map(|l| load(dir, l)).collect()
}

/// Reads one locale's file (see [`load_all`]).
pub fn load(dir: &Path, locale: &str) -> Result<Set, String> {
    load_at_least(dir, locale, MIN_EACH)
}

/// [`load`] with another least number of sentences of each class (a fresh
/// round of development sentences is smaller than an evaluation set).
pub fn load_at_least(dir: &Path, locale: &str, min_each: usize) -> Result<Set, String> {
    let path = dir.join(format!("{locale}.toml"));
    let src = std::fs::read_to_string(&path)
        .map_err(|e| format!("{}: cannot be read ({e})", path.display()))?;
    let raw: RawSet =
        toml::from_str(&src).map_err(|e| format!("{}: {}", path.display(), e.message()))?;
    for d in &raw.danger {
        if !KINDS.contains(&d.kind.as_str()) {
            return Err(format!(
                "{}: unknown kind {:?} (expected one of {KINDS:?})",
                path.display(),
                d.kind
            ));
        }
    }
    let set = Set {
        locale: locale.to_owned(),
        danger: raw.danger.into_iter().map(|d| (d.text, d.kind)).collect(),
        innocent: raw.innocent.into_iter().map(|i| i.text).collect(),
    };
    if set.danger.len() < min_each || set.innocent.len() < min_each {
        return Err(format!(
            "{}: {} danger and {} innocent sentences; at least {min_each} of each are needed",
            path.display(),
            set.danger.len(),
            set.innocent.len()
        ));
    }
    Ok(set)
}

/// How one locale did.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub locale: String,
    pub danger: usize,
    pub recognised: usize,
    pub innocent: usize,
    pub false_alarms: usize,
    /// Self-harm sentences, and how many reached the crisis path.
    pub self_harm: usize,
    pub crisis_path: usize,
    /// Recognised danger by kind: (recognised, total).
    pub by_kind: BTreeMap<String, (usize, usize)>,
    /// Missed danger sentences and innocent false alarms (shown only on
    /// request for the held-out set).
    pub missed: Vec<String>,
    pub alarms: Vec<String>,
}

impl Report {
    pub fn recall(&self) -> f64 {
        ratio(self.recognised, self.danger)
    }
    pub fn false_alarm_rate(&self) -> f64 {
        ratio(self.false_alarms, self.innocent)
    }
    pub fn meets_goals(&self) -> bool {
        self.recall() >= MIN_RECALL && self.false_alarm_rate() <= MAX_FALSE_ALARMS
    }
    /// One line of counts and rates, no sentences.
    pub fn line(&self) -> String {
        format!(
            "{:8} danger {:3}/{:3} recall {:.3} | innocent {:3} false alarms {:2} rate {:.3} | self-harm {:2}/{:2} to the crisis path{}",
            self.locale,
            self.recognised,
            self.danger,
            self.recall(),
            self.innocent,
            self.false_alarms,
            self.false_alarm_rate(),
            self.crisis_path,
            self.self_harm,
            if self.meets_goals() { "" } else { "  BELOW GOAL" }
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// The first turn after typing `text` at the home screen.
pub fn first_turn(lib: &Arc<Library>, locale: &str, text: &str) -> Turn {
    let ctx = Context {
        locale: locale.to_owned(),
        country: None,
    };
    let (conv, _) = Conversation::start(Arc::clone(lib), ctx, None).expect("start");
    conv.say(text).expect("say")
}

/// Whether a turn is urgent help.
pub fn is_urgent(lib: &Library, turn: &Turn) -> bool {
    let urgent = lib.urgent_flow().map(|f| f.id.as_str());
    turn.flow.is_some() && turn.flow.as_deref() == urgent
}

/// Nodes of the urgent flow's crisis path (a crisis line first).
pub const CRISIS_NODES: &[&str] = &["crisis_talk", "crisis_no_country"];

/// Scores one locale.
pub fn evaluate(lib: &Arc<Library>, set: &Set) -> Report {
    let mut r = Report {
        locale: set.locale.clone(),
        danger: set.danger.len(),
        innocent: set.innocent.len(),
        ..Report::default()
    };
    for (text, kind) in &set.danger {
        let turn = first_turn(lib, &set.locale, text);
        let hit = is_urgent(lib, &turn);
        let e = r.by_kind.entry(kind.clone()).or_default();
        e.1 += 1;
        if hit {
            r.recognised += 1;
            e.0 += 1;
        } else {
            r.missed.push(format!("[{kind}] {text}"));
        }
        if kind == "self-harm" {
            r.self_harm += 1;
            if hit
                && turn
                    .node
                    .as_deref()
                    .is_some_and(|n| CRISIS_NODES.contains(&n))
            {
                r.crisis_path += 1;
            }
        }
    }
    for text in &set.innocent {
        let turn = first_turn(lib, &set.locale, text);
        if is_urgent(lib, &turn) {
            r.false_alarms += 1;
            r.alarms.push(text.clone());
        }
    }
    r
}
