//! What typed text means before the conversation acts on it: every
//! intent's best score in the person's language and English, and whether
//! it raises the alarm (danger or self-harm). Pure: it reads the library
//! and the text, never the conversation.

use std::collections::BTreeMap;

use super::classifier::Label;
use super::library::Library;
use super::matcher::{self, Input, Prepared, CONFIDENT, DANGER, NEAR};
use super::model::{COMMAND_INTENTS, DANGER_INTENT, NOT_DANGER_INTENT, SELF_HARM_INTENT};

/// What a typed sentence raised the alarm for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Alarm {
    /// Violence, captivity, documents taken, threats, exploitation.
    Danger,
    /// Thoughts of suicide or self-harm.
    Crisis,
}

/// A danger or self-harm sentence, from the scores of every intent.
/// Self-harm wins a tie: a person who writes both needs the crisis line,
/// and the urgent flow's crisis path still offers the danger path.
pub(super) fn recognise_alarm(scores: &BTreeMap<String, f32>) -> Option<Alarm> {
    let of = |intent: &str| scores.get(intent).copied().unwrap_or(0.0);
    let (danger, crisis) = (of(DANGER_INTENT), of(SELF_HARM_INTENT));
    if crisis >= DANGER && crisis >= danger {
        Some(Alarm::Crisis)
    } else if danger >= DANGER {
        Some(Alarm::Danger)
    } else {
        None
    }
}

/// Best score per intent among the phrase indexes; danger, self-harm and
/// not-danger phrases by [`matcher::danger_score`] (every word, in order,
/// not negated). A text that matches a `not_danger` phrase ("a copy of my
/// passport") keeps its danger match only as a "did you mean" (never its
/// self-harm match); matching most of one is not enough ("ça me touche",
/// it moves me, is not "mon patron me touche de force").
pub(super) fn intent_scores(lib: &Library, locale: &str, text: &str) -> BTreeMap<String, f32> {
    let strict = |intent: &str| {
        intent == DANGER_INTENT || intent == SELF_HARM_INTENT || intent == NOT_DANGER_INTENT
    };
    let mut all = scores_by(lib, locale, text, &|i| !strict(i), matcher::score);
    all.extend(scores_by(lib, locale, text, &strict, matcher::danger_score));
    for index in lib.intent_indexes(locale) {
        let prepared = Prepared::new(&index.normalizer, text);
        for (kind, s) in index.concepts.recognise(&prepared) {
            let e = all.entry(kind).or_insert(0.0);
            *e = e.max(s);
        }
    }
    // The classifier catches what phrases miss; it only ever adds an
    // alarm, a curated not-danger phrase still overrules its danger, and
    // it stays silent where the text negates a danger phrase ("no estoy en
    // peligro"): it cannot read negation, the phrases can.
    let alarm = lib.classifier().and_then(|m| m.judge(text).alarm);
    let denied = || {
        let negated = scores_by(
            lib,
            locale,
            text,
            &is_alarm_intent,
            matcher::negated_danger_score,
        );
        negated.values().any(|s| *s >= DANGER)
    };
    if let Some(alarm) = alarm.filter(|_| !denied()) {
        let intent = if alarm == Label::SelfHarm {
            SELF_HARM_INTENT
        } else {
            DANGER_INTENT
        };
        let e = all.entry(intent.to_owned()).or_insert(0.0);
        *e = e.max(DANGER);
    }
    if all.get(NOT_DANGER_INTENT).is_some_and(|s| *s >= CONFIDENT) {
        if let Some(d) = all.get_mut(DANGER_INTENT) {
            *d = d.min(NEAR);
        }
    }
    all
}

pub(super) fn is_alarm_intent(intent: &str) -> bool {
    intent == DANGER_INTENT || intent == SELF_HARM_INTENT
}

/// The command intents, scored strictly ([`matcher::command_score`]).
pub(super) fn command_scores(lib: &Library, locale: &str, text: &str) -> Vec<(String, f32)> {
    let is_command = |intent: &str| COMMAND_INTENTS.contains(&intent);
    scores_by(lib, locale, text, &is_command, matcher::command_score)
        .into_iter()
        .collect()
}

/// Best score per intent kept by `keep`, scored by `scorer`.
fn scores_by(
    lib: &Library,
    locale: &str,
    text: &str,
    keep: &dyn Fn(&str) -> bool,
    scorer: fn(&Prepared, &Input<'_>) -> f32,
) -> BTreeMap<String, f32> {
    let mut best: BTreeMap<String, f32> = BTreeMap::new();
    for index in lib.intent_indexes(locale) {
        let prepared = Prepared::new(&index.normalizer, text);
        let input = Input::new(&prepared);
        for (intent, phrase) in index.phrases.iter().filter(|(i, _)| keep(i)) {
            let s = scorer(phrase, &input);
            let e = best.entry(intent.clone()).or_insert(0.0);
            *e = e.max(s);
        }
    }
    best
}

/// Number of tokens of the input, in the conversation's language.
pub(super) fn token_count(lib: &Library, locale: &str, text: &str) -> usize {
    lib.intent_indexes(locale)
        .first()
        .map_or(usize::MAX, |i| Prepared::new(&i.normalizer, text).len())
}
