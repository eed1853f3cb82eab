//! Scores typed text against phrases, and decides between understanding,
//! asking "did you mean", and admitting it did not understand. It never
//! guesses: only a confident, clear winner is taken.

use std::collections::HashSet;

use super::normalize::{Normalizer, Token};

/// A phrase whose words count as a confident match at this score or more.
pub const CONFIDENT: f32 = 0.8;
/// Danger phrases: showing help by mistake is cheap, missing it is not.
pub const DANGER: f32 = 0.75;
/// Runs shorter than this (in characters) must be a whole run of the
/// input: `不` ("no") is inside almost every Chinese sentence.
pub const MIN_INNER_RUN: usize = 4;
/// Worth a "did you mean" at this score or more.
pub const NEAR: f32 = 0.5;
/// The winner must lead the runner-up by this much.
pub const MARGIN: f32 = 0.1;
/// Most suggestions in one "did you mean".
pub const MAX_SUGGESTIONS: usize = 3;

/// A phrase (or input) ready to compare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prepared {
    pub tokens: Vec<Token>,
}

impl Prepared {
    pub fn new(normalizer: &Normalizer, text: &str) -> Prepared {
        Prepared {
            tokens: normalizer.tokens(text),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// Words (and runs) in it.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }
}

/// Edits allowed for a word of `len` characters: short words must be exact
/// (`no` is not `so`).
fn allowed_edits(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Optimal string alignment distance (Levenshtein plus transpositions),
/// stopping early once it exceeds `max`.
pub fn edit_distance(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for (j, cell) in d.iter_mut().enumerate().take(w) {
        *cell = j;
    }
    for i in 1..=a.len() {
        d[i * w] = i;
        let mut row_min = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[(i - 1) * w + j] + 1)
                .min(d[i * w + j - 1] + 1)
                .min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
    }
    let r = d[a.len() * w + b.len()];
    (r <= max).then_some(r)
}

/// Character pairs of a run (single characters for a one-character run).
fn pairs(s: &str) -> Vec<(char, char)> {
    let c: Vec<char> = s.chars().collect();
    c.windows(2).map(|w| (w[0], w[1])).collect()
}

/// Edits between two words, when within `allowed_edits(len)`.
fn typo_distance(a: &str, b: &str, len: usize) -> Option<usize> {
    match allowed_edits(len) {
        0 => None,
        max => edit_distance(a, b, max),
    }
}

/// How well one phrase word is found in the input words. Typos are allowed
/// by the length of the phrase's word, and for stems by the shorter stem:
/// stems are shorter than words, and Spanish "pega" (hits, stem "peg") must
/// not pass for "pagan" (they pay, stem "pag").
fn word_score(surface: &str, stem: &str, input: &[&Token]) -> f32 {
    let mut best: f32 = 0.0;
    let surface_len = surface.chars().count();
    let stem_len = stem.chars().count();
    for t in input {
        let Token::Word {
            surface: s2,
            stem: st2,
        } = t
        else {
            continue;
        };
        if stem == st2 || surface == s2 {
            return 1.0;
        }
        let d = typo_distance(surface, s2, surface_len)
            .into_iter()
            .chain(typo_distance(stem, st2, stem_len.min(st2.chars().count())))
            .min();
        if let Some(d) = d {
            best = best.max(if d <= 1 { 0.85 } else { 0.7 });
        }
    }
    best
}

/// How well a run of a spaceless script is found in the input's runs:
/// inside one of them, or by the share of its character pairs present.
fn run_score(run: &str, input_runs: &str, input_pairs: &HashSet<(char, char)>) -> f32 {
    if run.chars().count() < MIN_INNER_RUN {
        let whole = input_runs.split('\u{1}').any(|r| r == run);
        return if whole { 1.0 } else { 0.0 };
    }
    if input_runs.contains(run) {
        return 1.0;
    }
    let p = pairs(run);
    if p.is_empty() {
        return 0.0;
    }
    let found = p.iter().filter(|x| input_pairs.contains(x)).count();
    let share = found as f32 / p.len() as f32;
    // Scaled so that a near-complete run is "near", never "confident" on
    // its own unless almost every pair is there.
    if share >= 0.5 {
        share * 0.9
    } else {
        0.0
    }
}

/// The input, pre-digested for scoring many phrases.
pub struct Input<'a> {
    words: Vec<&'a Token>,
    runs: String,
    run_pairs: HashSet<(char, char)>,
    pub token_count: usize,
}

impl<'a> Input<'a> {
    pub fn new(p: &'a Prepared) -> Input<'a> {
        let words = p
            .tokens
            .iter()
            .filter(|t| matches!(t, Token::Word { .. }))
            .collect();
        let mut runs = String::new();
        let mut run_pairs = HashSet::new();
        for t in &p.tokens {
            if let Token::Run(r) = t {
                run_pairs.extend(pairs(r));
                // A separator no run contains keeps runs apart.
                runs.push_str(r);
                runs.push('\u{1}');
            }
        }
        Input {
            words,
            runs,
            run_pairs,
            token_count: p.tokens.len(),
        }
    }
}

/// Score of `phrase` in `input`, 0 … 1: the share of the phrase's words
/// (weighted by length) found in the input.
pub fn score(phrase: &Prepared, input: &Input<'_>) -> f32 {
    let total: usize = phrase.tokens.iter().map(Token::weight).sum();
    if total == 0 {
        return 0.0;
    }
    let mut got = 0.0f32;
    for t in &phrase.tokens {
        let s = match t {
            Token::Word { surface, stem } => word_score(surface, stem, &input.words),
            Token::Run(r) => run_score(r, &input.runs, &input.run_pairs),
        };
        got += s * t.weight() as f32;
    }
    got / total as f32
}

/// Score of a command phrase ("back", "quick exit") in `input`: 1 when every
/// word of the phrase is in the input as written (after case and accent
/// folding) and the phrase makes up most of what was typed, else 0.
///
/// Stricter than [`score`] on purpose. A command taken by mistake throws
/// away the person's screen, and in the middle of a sentence a command word
/// is usually an ordinary word: French "quitter mon travail" (leave my job)
/// is not "quit", Ukrainian "мені" (me) is one letter from "меню" (menu),
/// Russian "друг" (friend) shares its stem with "другое" (something else).
/// So: no typos, no stems, whole runs only in scripts without spaces, and
/// the phrase must be at least two thirds of the input's words.
pub fn command_score(phrase: &Prepared, input: &Input<'_>) -> f32 {
    let found = |t: &Token| match t {
        Token::Word { surface, .. } => input
            .words
            .iter()
            .any(|w| matches!(w, Token::Word { surface: s2, .. } if s2 == surface)),
        Token::Run(r) => input.runs.split('\u{1}').any(|x| x == r),
    };
    let most = phrase.len() * 3 >= input.token_count * 2;
    if most && !phrase.is_empty() && phrase.tokens.iter().all(found) {
        1.0
    } else {
        0.0
    }
}

/// What the text most likely means, among candidates `K`.
#[derive(Debug, Clone, PartialEq)]
pub enum Understanding<K> {
    /// One clear, confident winner.
    Confident(K),
    /// Some came close, or several tie: ask which (best first).
    Unclear(Vec<K>),
    /// Nothing came close.
    Nothing,
}

/// Decides from scores (one per candidate, any order): confident only when
/// the best reaches `threshold` and leads every other by [`MARGIN`].
pub fn decide<K: Clone + PartialEq>(mut scored: Vec<(K, f32)>, threshold: f32) -> Understanding<K> {
    scored.retain(|(_, s)| *s >= NEAR);
    // Stable: among equal scores, the candidate listed first stays first.
    scored.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Equal));
    let mut unique: Vec<(K, f32)> = Vec::new();
    for (k, s) in scored {
        if !unique.iter().any(|(u, _)| *u == k) {
            unique.push((k, s));
        }
    }
    match unique.as_slice() {
        [] => Understanding::Nothing,
        [(k, s)] if *s >= threshold => Understanding::Confident(k.clone()),
        [(k, s), (_, s2), ..] if *s >= threshold && s - s2 >= MARGIN => {
            Understanding::Confident(k.clone())
        }
        _ => Understanding::Unclear(
            unique
                .into_iter()
                .take(MAX_SUGGESTIONS)
                .map(|(k, _)| k)
                .collect(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scored_by(
        scorer: fn(&Prepared, &Input<'_>) -> f32,
        lang: &str,
        phrase: &str,
        text: &str,
    ) -> f32 {
        let n = Normalizer::new(lang);
        let p = Prepared::new(&n, phrase);
        let t = Prepared::new(&n, text);
        scorer(&p, &Input::new(&t))
    }

    fn s(lang: &str, phrase: &str, text: &str) -> f32 {
        scored_by(score, lang, phrase, text)
    }

    fn cmd(lang: &str, phrase: &str, text: &str) -> f32 {
        scored_by(command_score, lang, phrase, text)
    }

    #[test]
    fn distances() {
        assert_eq!(edit_distance("passport", "pasport", 2), Some(1));
        assert_eq!(edit_distance("help", "hlep", 1), Some(1));
        assert_eq!(edit_distance("abc", "xyz", 1), None);
        assert_eq!(edit_distance("", "", 0), Some(0));
    }

    #[test]
    fn exact_typo_and_stem() {
        assert_eq!(
            s("en", "they took my passport", "They took my PASSPORT!"),
            1.0
        );
        assert!(s("en", "passport", "my pasport is gone") >= CONFIDENT);
        assert!(s("en", "threatened", "he threatens me") >= CONFIDENT);
        assert_eq!(s("en", "no", "so"), 0.0);
    }

    #[test]
    fn typos_are_judged_by_the_shorter_word() {
        // "pega" (hits) against "pagan" (they pay): stems "peg" / "pag".
        assert_eq!(s("es", "pega", "pagan"), 0.0);
        assert!(s("es", "pasaporte", "pasaprte") >= CONFIDENT);
    }

    #[test]
    fn commands_need_the_exact_words_and_most_of_the_input() {
        assert_eq!(cmd("en", "go back", "Go back!"), 1.0);
        assert_eq!(cmd("en", "go back", "go back please"), 1.0);
        assert_eq!(cmd("fr", "menu", "Menu"), 1.0);
        assert_eq!(cmd("fr", "quitter", "quitter mon travail"), 0.0);
        assert_eq!(cmd("uk", "меню", "мені"), 0.0);
        assert_eq!(cmd("ru", "другое", "друг"), 0.0);
        assert_eq!(cmd("en", "quit", "quiet"), 0.0);
        assert_eq!(cmd("zh-Hans", "退出", "退出"), 1.0);
        assert_eq!(cmd("zh-Hans", "退出", "我想退出"), 0.0);
    }

    #[test]
    fn spaceless_substring() {
        assert_eq!(s("th", "ช่วยด้วย", "ช่วยด้วยค่ะ"), 1.0);
        assert_eq!(s("zh-Hans", "拿走了我的护照", "他拿走了我的护照!"), 1.0);
        assert!(s("zh-Hans", "拿走了我的护照", "今天天气很好") < NEAR);
        // Short runs count only as a whole answer.
        assert_eq!(s("zh-Hans", "不", "不"), 1.0);
        assert_eq!(s("zh-Hans", "不", "我不知道"), 0.0);
    }

    #[test]
    fn decide_never_guesses_between_close_ones() {
        assert_eq!(
            decide(vec![("a", 0.9), ("b", 0.85)], CONFIDENT),
            Understanding::Unclear(vec!["a", "b"])
        );
        assert_eq!(
            decide(vec![("a", 1.0), ("b", 0.6)], CONFIDENT),
            Understanding::Confident("a")
        );
        assert_eq!(
            decide(vec![("a", 0.6)], CONFIDENT),
            Understanding::Unclear(vec!["a"])
        );
        assert_eq!(
            decide::<&str>(vec![("a", 0.2)], CONFIDENT),
            Understanding::Nothing
        );
    }
}
