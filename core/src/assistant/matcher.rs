//! Scores typed text against phrases, and decides between understanding,
//! asking "did you mean", and admitting it did not understand. It never
//! guesses: only a confident, clear winner is taken.

use std::collections::HashSet;

use super::normalize::{self, Normalizer, Token};

/// A phrase whose words count as a confident match at this score or more.
pub const CONFIDENT: f32 = 0.8;
/// Danger phrases: showing help by mistake is cheap, missing it is not.
pub const DANGER: f32 = 0.75;
/// Runs shorter than this (in characters) must be a whole run of the
/// input: `不` ("no") is inside almost every Chinese sentence.
pub const MIN_INNER_RUN: usize = 4;
/// For danger and self-harm phrases only: a run of Chinese characters this
/// long may be found inside the text. A two-character word such as `自杀`
/// (suicide) or `打我` (hit me) carries the meaning a four-letter run of Thai
/// or Burmese does, and these phrase lists are curated for it.
pub const MIN_INNER_HAN_RUN: usize = 2;
/// Worth a "did you mean" at this score or more.
pub const NEAR: f32 = 0.5;
/// The winner must lead the runner-up by this much.
pub const MARGIN: f32 = 0.1;
/// Most suggestions in one "did you mean".
pub const MAX_SUGGESTIONS: usize = 3;

/// Written before a phrase (`"=help"`), it counts fully only when it is
/// nearly all of what was typed, like a command: "help" alone asks for
/// urgent help; "can you help me with my visa" at most earns a "did you
/// mean".
pub const WHOLE_MARK: char = '=';

/// A phrase (or input) ready to compare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prepared {
    pub tokens: Vec<Token>,
    /// A phrase marked [`WHOLE_MARK`]: scored by [`command_score`].
    pub whole: bool,
    /// Indices of the tokens that start a clause after punctuation.
    clauses: Vec<usize>,
}

impl Prepared {
    /// Typed text (marks are not special in it).
    pub fn new(normalizer: &Normalizer, text: &str) -> Prepared {
        let (tokens, clauses) = normalizer.tokens_and_clauses(text);
        Prepared {
            tokens,
            whole: false,
            clauses,
        }
    }

    /// A phrase of an intents file, which may start with [`WHOLE_MARK`].
    pub fn phrase(normalizer: &Normalizer, text: &str) -> Prepared {
        match text.trim_start().strip_prefix(WHOLE_MARK) {
            Some(rest) => Prepared {
                whole: true,
                ..Prepared::new(normalizer, rest)
            },
            None => Prepared::new(normalizer, text),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// Its clauses, each as text of its own: split after punctuation and
    /// before a word such as "and" ([`normalize::starts_clause`]).
    pub fn clauses(&self) -> Vec<Prepared> {
        let mut out: Vec<Prepared> = Vec::new();
        for (i, t) in self.tokens.iter().enumerate() {
            let starts = i > 0
                && (self.clauses.contains(&i)
                    || matches!(t, Token::Word { surface, .. } if normalize::starts_clause(surface)));
            match out.last_mut() {
                Some(last) if !starts => last.tokens.push(t.clone()),
                _ => out.push(Prepared {
                    tokens: vec![t.clone()],
                    whole: false,
                    clauses: Vec::new(),
                }),
            }
        }
        out
    }

    /// Words (and runs) in it.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Its length for [`whole_score`]: [`RUN_CHARS_PER_WORD`] per word,
    /// one per character of a run of a script without spaces, so that
    /// "我需要帮助找医生" (I need help finding a doctor) is longer than
    /// "需要帮助" (need help) though both are one run.
    fn units(&self) -> usize {
        self.tokens
            .iter()
            .map(|t| match t {
                Token::Word { .. } => RUN_CHARS_PER_WORD,
                Token::Run(r) => r.chars().count(),
            })
            .sum()
    }
}

/// Characters of a run of a script without spaces that weigh as much as a
/// word when a whole phrase is compared with what was typed.
const RUN_CHARS_PER_WORD: usize = 2;

/// Edits allowed for a word of `len` characters: short words must be exact
/// (`no` is not `so`).
fn allowed_edits(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// For danger and self-harm phrases, typos are allowed in words of six
/// letters or more (two, from nine letters, when the first two letters are
/// right), and in words of four or five letters only a [`slip`]:
/// Spanish "me pega" (hits me) is one letter from "me paga" (pays me),
/// French "meurs" shares all but one letter of its stem with "mourir",
/// Tagalog "nasaktan" (got hurt) is two from "sinasaktan" (hurts).
fn allowed_danger_edits(len: usize) -> usize {
    match len {
        0..=5 => 0,
        6..=8 => 1,
        _ => 2,
    }
}

/// How strictly a phrase is compared.
#[derive(Debug, Clone, Copy)]
struct Rules {
    /// Edits allowed for a word of a given length.
    edits: fn(usize) -> usize,
    /// Shortest run of a spaceless script found inside the input.
    min_inner: fn(&str) -> usize,
    /// Whether a run counts as found only when it is inside the input as
    /// written (not by most of its character pairs).
    whole_runs: bool,
    /// The danger rules: words of four or five letters, which get no typo
    /// otherwise, may still match with a [`slip`]; two typos need the
    /// word's first two letters right.
    careful: bool,
}

const ORDINARY: Rules = Rules {
    edits: allowed_edits,
    min_inner: |_| MIN_INNER_RUN,
    whole_runs: false,
    careful: false,
};

const DANGER_RULES: Rules = Rules {
    edits: allowed_danger_edits,
    min_inner: |run| {
        if run.chars().all(super::normalize::is_han) {
            MIN_INNER_HAN_RUN
        } else {
            MIN_INNER_RUN
        }
    },
    // Thai "ไม่ได้อยู่ในอันตราย" (not in danger) has most pairs of
    // "ฉันอยู่ในอันตราย" (I am in danger).
    whole_runs: true,
    careful: true,
};

/// Longest word whose letters and rows fit on the stack; the matcher asks
/// for an edit distance between many pairs of words per turn, and almost
/// every word is shorter.
const SHORT_WORD: usize = 32;

/// Optimal string alignment distance (Levenshtein plus transpositions),
/// stopping early once it exceeds `max`.
pub fn edit_distance(a: &str, b: &str, max: usize) -> Option<usize> {
    let (mut a_short, mut b_short) = (['\0'; SHORT_WORD], ['\0'; SHORT_WORD]);
    let (a_long, b_long): (Vec<char>, Vec<char>);
    let a = match letters_into(a, &mut a_short) {
        Some(n) => &a_short[..n],
        None => {
            a_long = a.chars().collect();
            &a_long[..]
        }
    };
    let b = match letters_into(b, &mut b_short) {
        Some(n) => &b_short[..n],
        None => {
            b_long = b.chars().collect();
            &b_long[..]
        }
    };
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let w = b.len() + 1;
    let mut rows_short = [0usize; 3 * (SHORT_WORD + 1)];
    let mut rows_long = Vec::new();
    let rows = if w <= SHORT_WORD + 1 {
        &mut rows_short[..3 * w]
    } else {
        rows_long.resize(3 * w, 0);
        &mut rows_long[..]
    };
    // Three rows: two back (for a transposition), one back, and this one.
    let (before, rest) = rows.split_at_mut(w);
    let (above, here) = rest.split_at_mut(w);
    let (mut before, mut above, mut here) = (before, above, here);
    for (j, cell) in above.iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        here[0] = i;
        let mut row_min = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (above[j] + 1).min(here[j - 1] + 1).min(above[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(before[j - 2] + 1);
            }
            here[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
        // This row becomes the one above; the oldest is reused.
        std::mem::swap(&mut before, &mut above);
        std::mem::swap(&mut above, &mut here);
    }
    let r = above[b.len()];
    (r <= max).then_some(r)
}

/// The letters of `s` in `buf`, and how many, if they fit.
fn letters_into(s: &str, buf: &mut [char; SHORT_WORD]) -> Option<usize> {
    let mut n = 0;
    for c in s.chars() {
        *buf.get_mut(n)? = c;
        n += 1;
    }
    Some(n)
}

/// Character pairs of a run (single characters for a one-character run).
fn pairs(s: &str) -> Vec<(char, char)> {
    let c: Vec<char> = s.chars().collect();
    c.windows(2).map(|w| (w[0], w[1])).collect()
}

/// Edits between two words of `a_chars` and `b_chars` characters, when
/// within the edits `rules` allow for `len`. Most pairs differ in length by
/// more than that: they are settled without looking at the letters, since
/// the matcher asks for every pair of words.
fn typo_distance(
    (a, a_chars): (&str, usize),
    (b, b_chars): (&str, usize),
    len: usize,
    rules: Rules,
) -> Option<usize> {
    match (rules.edits)(len) {
        0 => None,
        max if a_chars.abs_diff(b_chars) > max => None,
        max => edit_distance(a, b, max),
    }
}

/// A word matched by its stem but not its form.
const STEM_ONLY: f32 = 0.95;

fn same_start(a: &str, b: &str) -> bool {
    a.chars().take(2).eq(b.chars().take(2))
}

/// One letter left out, doubled, or two letters swapped: the typos that
/// keep a short word's letters ("tok" for "took", "hlep" for "help"),
/// unlike a changed letter ("paga" for "pega").
fn slip(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (short, long) = if a.len() < b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    match long.len() - short.len() {
        1 => (0..long.len()).any(|skip| {
            long.iter()
                .enumerate()
                .filter(|(i, _)| *i != skip)
                .map(|(_, c)| c)
                .eq(short.iter())
        }),
        0 => {
            let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
            matches!(diff.as_slice(), [i, j] if *j == i + 1 && a[*i] == b[*j] && a[*j] == b[*i])
        }
        _ => false,
    }
}

/// How well one phrase word is found in the input words. Typos are allowed
/// by the length of the phrase's word, and for stems by the shorter stem:
/// stems are shorter than words, and Spanish "pega" (hits, stem "peg") must
/// not pass for "pagan" (they pay, stem "pag").
fn word_score(word: &Token, input: &[&Token], rules: Rules) -> f32 {
    let Token::Word {
        surface,
        stem,
        negation,
        surface_chars: surface_len,
        stem_chars: stem_len,
        ..
    } = word
    else {
        return 0.0;
    };
    let (surface_len, stem_len) = (*surface_len, *stem_len);
    let mut best: f32 = 0.0;
    for t in input {
        let Token::Word {
            surface: s2,
            stem: st2,
            negation: negation2,
            surface_chars: s2_len,
            stem_chars: st2_len,
            ..
        } = t
        else {
            continue;
        };
        if super::normalize::accents_differ(word, t) {
            continue;
        }
        if surface == s2 {
            return 1.0;
        }
        if stem == st2 {
            // The same stem, another form: almost as good, so that the
            // exact form wins a tie ("me quiere matar", he wants to kill
            // me, against "quiero matarme", I want to kill myself).
            best = best.max(STEM_ONLY);
            continue;
        }
        // Different words where one negates: neither is a typo of the other.
        if *negation || *negation2 {
            // "can" is not a typo of "cant", nor "می‌توانم" (I can) of
            // "نمی‌توانم" (I cannot).
            continue;
        }
        let d = typo_distance((surface, surface_len), (s2, *s2_len), surface_len, rules)
            .into_iter()
            .chain(typo_distance(
                (stem, stem_len),
                (st2, *st2_len),
                stem_len.min(*st2_len),
                rules,
            ))
            .min();
        // Two typos only where the word's first letters are right: Tagalog
        // "nasaktan" (got hurt) is not "sinasaktan" (hurts) misspelt.
        let d = d.filter(|d| *d < 2 || !rules.careful || same_start(surface, s2));
        if let Some(d) = d {
            best = best.max(if d <= 1 { 0.85 } else { 0.7 });
        } else if rules.careful
            && surface_len >= 4
            && surface_len.abs_diff(*s2_len) <= 1
            && slip(surface, s2)
        {
            best = best.max(0.85);
        }
    }
    best
}

/// How well a run of a spaceless script is found in the input's runs:
/// inside one of them, or by the share of its character pairs present.
/// Runs shorter than `min_inner` count only as a whole run of the input.
fn run_score(
    run: &str,
    input_runs: &str,
    input_pairs: &HashSet<(char, char)>,
    min_inner: usize,
) -> f32 {
    if run.chars().count() < min_inner {
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
    /// Its words, in order.
    words: Vec<&'a Token>,
    /// Indices (in `words`) of the words that start a clause: after
    /// punctuation, or a word such as "and" ([`normalize::starts_clause`]).
    clauses: Vec<usize>,
    runs: String,
    run_pairs: HashSet<(char, char)>,
    pub token_count: usize,
    /// [`Prepared::units`] of the input.
    units: usize,
}

impl<'a> Input<'a> {
    pub fn new(p: &'a Prepared) -> Input<'a> {
        let mut words = Vec::new();
        let mut clauses = Vec::new();
        for (i, t) in p.tokens.iter().enumerate() {
            let Token::Word { surface, .. } = t else {
                continue;
            };
            if p.clauses.contains(&i) || normalize::starts_clause(surface) {
                clauses.push(words.len());
            }
            words.push(t);
        }
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
            clauses,
            runs,
            run_pairs,
            token_count: p.tokens.len(),
            units: p.units(),
        }
    }
}

/// Score of `phrase` in `input`, 0 … 1: the share of the phrase's words
/// (weighted by length) found in the input.
pub fn score(phrase: &Prepared, input: &Input<'_>) -> f32 {
    let scored = scored(phrase, input, ORDINARY);
    if phrase.whole {
        return whole_score(phrase, input, scored);
    }
    scored.0
}

/// A button's label typed as text: like [`score`], but a label of which a
/// word is missing earns at most a "did you mean" ("I need help now" is
/// not "I need help finding a doctor").
pub fn label_score(label: &Prepared, input: &Input<'_>) -> f32 {
    let (s, all_found) = scored(label, input, ORDINARY);
    if all_found {
        s
    } else {
        s.min(NEAR)
    }
}

/// A [`WHOLE_MARK`] phrase: its ordinary score when every one of its words
/// is found (typos allowed: "hlep") and it makes up most of the input (two
/// thirds of the words, as for commands, runs of scripts without spaces
/// measured by [`Prepared::units`]); otherwise at most [`NEAR`].
fn whole_score(phrase: &Prepared, input: &Input<'_>, (ordinary, all_found): (f32, bool)) -> f32 {
    if all_found && phrase.units() * 3 >= input.units * 2 {
        ordinary
    } else {
        ordinary.min(NEAR)
    }
}

/// [`score`] for danger and self-harm phrases, which are checked on every
/// input and so must not fire on ordinary sentences:
/// - every word of the phrase must be in the text, or the phrase earns at
///   most a "did you mean" ("how do I renew my passport" has all but one
///   word of "has my passport", and the long one weighs most);
/// - stricter typos ([`allowed_danger_edits`]); runs of scripts without
///   spaces must be in the text as written;
/// - a phrase of three words or more must appear in its order, with at
///   most [`MAX_GAP`] other words between two of its words ("ce travail va
///   me tuer tellement il est long" is not "il va me tuer");
/// - a phrase without a negation does not count where the text negates one
///   of its words in the same clause ("I am not in danger" is not "I am in
///   danger"; "I can't sleep and I want to die" is "want to die");
/// - short runs of Chinese characters ([`MIN_INNER_HAN_RUN`]) count inside
///   the text.
pub fn danger_score(phrase: &Prepared, input: &Input<'_>) -> f32 {
    if negated_in(phrase, input) {
        return 0.0;
    }
    unnegated_danger_score(phrase, input)
}

/// The score a danger phrase would have where the text negates it, and 0
/// where it does not: "no estoy en peligro" scores fully against "en
/// peligro". The engine reads it as the person saying they are not in
/// danger, which the crisis classifier, blind to negation, must not
/// overrule (ADR 0311).
pub fn negated_danger_score(phrase: &Prepared, input: &Input<'_>) -> f32 {
    if negated_in(phrase, input) {
        unnegated_danger_score(phrase, input)
    } else {
        0.0
    }
}

fn unnegated_danger_score(phrase: &Prepared, input: &Input<'_>) -> f32 {
    let (ordinary, all_found) = scored(phrase, input, DANGER_RULES);
    if phrase.whole {
        return whole_score(phrase, input, (ordinary, all_found));
    }
    if all_found && in_order(phrase, input) {
        ordinary
    } else {
        ordinary.min(NEAR)
    }
}

/// Most words allowed between two words of a danger phrase of three words
/// or more ("they took away my passport" is "they took my passport").
pub const MAX_GAP: usize = 3;

/// Whether the phrase's words appear in the input in the phrase's order,
/// each within [`MAX_GAP`] words of the one before. Phrases of one or two
/// words, and runs of scripts without spaces, are not ordered: "паспорт
/// забрали" is "забрали паспорт".
fn in_order(phrase: &Prepared, input: &Input<'_>) -> bool {
    let words: Vec<&Token> = phrase
        .tokens
        .iter()
        .filter(|t| matches!(t, Token::Word { .. }))
        .collect();
    if words.len() < 3 {
        return true;
    }
    // Earliest placement: each word at the first matching position after
    // the previous one, within reach.
    let mut from = 0usize;
    let mut previous: Option<usize> = None;
    for w in words {
        let reach = previous.map_or(input.words.len(), |p| p + 1 + MAX_GAP + 1);
        let found = (from..input.words.len().min(reach))
            .find(|&i| word_score(w, &input.words[i..=i], DANGER_RULES) > 0.0);
        match found {
            Some(i) => {
                previous = Some(i);
                from = i + 1;
            }
            None => return false,
        }
    }
    true
}

/// How many words before a phrase's word a negation still turns it
/// around: "I am not in any danger", "no estoy en peligro".
const NEGATION_REACH: usize = 3;

/// Other words a negation may skip before the word it turns around.
const MAX_WORDS_AFTER_NEGATION: usize = 1;

/// Whether the input puts a negation word shortly before a word that
/// matches one of the phrase's content words (three letters or more), in
/// the same clause, when the phrase itself has none; or, for negations
/// that close their clause ([`normalize::negates_backward`]), shortly
/// after it. Phrases that are danger only when negated ("they don't let me
/// leave") carry their negation, so they still count. "I can't sleep and I
/// want to die" is not negated: "and" starts another clause.
fn negated_in(phrase: &Prepared, input: &Input<'_>) -> bool {
    let mut content: Vec<&Token> = Vec::new();
    for t in &phrase.tokens {
        if let Token::Word {
            surface, negation, ..
        } = t
        {
            if *negation {
                return false;
            }
            if surface.chars().count() >= 3 {
                content.push(t);
            }
        }
    }
    let surfaces: Vec<&str> = input
        .words
        .iter()
        .map(|t| match t {
            Token::Word { surface, .. } => surface.as_str(),
            Token::Run(_) => "",
        })
        .collect();
    // Whether a clause starts after word `a` and at or before word `b`.
    let clause_between = |a: usize, b: usize| input.clauses.iter().any(|&c| a < c && c <= b);
    let negated_word = (0..surfaces.len()).any(|i| {
        // A word of the text the phrase's word matches, typos allowed
        // ("در خطر نیستم" against "در خطرم").
        let matches = content
            .iter()
            .any(|t| word_score(t, &input.words[i..=i], DANGER_RULES) > 0.0);
        if !matches {
            return false;
        }
        let negation = |j: usize| normalize::written_as_negation(input.words[j]);
        // Words between the negation and the word that are neither the
        // phrase's nor negations: "not in danger" has none, "no estoy en
        // peligro" one; "я больше не могу, хочу чтобы всё закончилось"
        // typed without the comma has two ("могу", "хочу"), so the
        // negation belongs to another verb.
        let others = |j: usize| {
            (j + 1..i)
                .filter(|&k| {
                    !negation(k)
                        && !phrase.tokens.iter().any(|t| {
                            matches!(t, Token::Word { .. })
                                && word_score(t, &input.words[k..=k], DANGER_RULES) > 0.0
                        })
                })
                .count()
        };
        let before = (i.saturating_sub(NEGATION_REACH)..i).any(|j| {
            negation(j)
                && normalize::negates_forward(surfaces[j])
                && !clause_between(j, i)
                && others(j) <= MAX_WORDS_AFTER_NEGATION
        });
        let after = (i + 1..surfaces.len().min(i + 1 + NEGATION_REACH)).any(|j| {
            negation(j) && normalize::negates_backward(surfaces[j]) && !clause_between(i, j)
        });
        before || after
    });
    negated_word || negated_run(phrase, input)
}

/// Negations written straight before a word in scripts without spaces:
/// Thai "ไม่ได้อยู่ในอันตราย" (not in danger), Chinese "不", "没".
const RUN_NEGATIONS: &[&str] = &["ไม่ได้", "ไม่", "没有", "不是", "不", "没", "别"];

/// Whether a run of the phrase (without a negation of its own) is found in
/// the input only right after a negation.
fn negated_run(phrase: &Prepared, input: &Input<'_>) -> bool {
    phrase.tokens.iter().any(|t| {
        let Token::Run(r) = t else {
            return false;
        };
        if RUN_NEGATIONS.iter().any(|n| r.contains(n)) {
            return false;
        }
        let mut found = input.runs.match_indices(r.as_str()).peekable();
        found.peek().is_some()
            && found.all(|(i, _)| {
                let before = &input.runs[..i];
                RUN_NEGATIONS.iter().any(|n| before.ends_with(n))
            })
    })
}

/// The share of the phrase's words found (weighted by length), and whether
/// every one of them was found.
fn scored(phrase: &Prepared, input: &Input<'_>, rules: Rules) -> (f32, bool) {
    let total: usize = phrase.tokens.iter().map(Token::weight).sum();
    if total == 0 {
        return (0.0, false);
    }
    let mut got = 0.0f32;
    let mut all_found = true;
    for t in &phrase.tokens {
        let s = match t {
            Token::Word { .. } => word_score(t, &input.words, rules),
            Token::Run(r) => run_score(r, &input.runs, &input.run_pairs, (rules.min_inner)(r)),
        };
        all_found &= match t {
            Token::Run(_) if rules.whole_runs => s >= 1.0,
            _ => s >= 0.7,
        };
        got += s * t.weight() as f32;
    }
    (got / total as f32, all_found)
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
        Token::Word { surface, .. } => input.words.iter().any(|w| {
            matches!(w, Token::Word { surface: s2, .. } if s2 == surface)
                && !super::normalize::accents_differ(t, w)
        }),
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

    /// The full-table distance the rolling rows replaced.
    fn reference_distance(a: &str, b: &str) -> usize {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        let w = b.len() + 1;
        let mut d = vec![0usize; (a.len() + 1) * w];
        (0..w).for_each(|j| d[j] = j);
        for i in 1..=a.len() {
            d[i * w] = i;
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut v = (d[(i - 1) * w + j] + 1)
                    .min(d[i * w + j - 1] + 1)
                    .min(d[(i - 1) * w + j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = v.min(d[(i - 2) * w + j - 2] + 1);
                }
                d[i * w + j] = v;
            }
        }
        d[a.len() * w + b.len()]
    }

    #[test]
    fn edit_distance_agrees_with_the_full_table_for_short_and_long_words() {
        let long = "ก".repeat(40);
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "abc",
            "acb",
            "help",
            "hlep",
            "passport",
            "pasport",
            "نمی‌توانم",
            "می‌توانم",
            "sinasaktan",
            "nasaktan",
            &long,
            &long[3..],
            "abcdefghijklmnopqrstuvwxyzabcdefghij",
            "abcdefghijklmnopqrstuvwxyzabcdefgh",
        ];
        for a in words {
            for b in words {
                let want = reference_distance(a, b);
                for max in 0..4 {
                    assert_eq!(
                        edit_distance(a, b, max),
                        (want <= max).then_some(want),
                        "{a} / {b} within {max}"
                    );
                }
            }
        }
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

    fn danger(lang: &str, phrase: &str, text: &str) -> f32 {
        scored_by(danger_score, lang, phrase, text)
    }

    #[test]
    fn danger_phrases_need_every_word_in_order() {
        assert_eq!(
            danger("en", "took my passport", "they took away my passport"),
            1.0
        );
        assert!(danger("en", "has my passport", "how do i renew my passport") < CONFIDENT);
        // Three words or more: in order, within reach of one another.
        assert!(
            danger(
                "fr",
                "il va me tuer",
                "ce travail va me tuer tellement il est long"
            ) < CONFIDENT
        );
        // One or two words: any order ("паспорт забрали").
        assert_eq!(danger("ru", "забрали паспорт", "паспорт забрали"), 1.0);
    }

    #[test]
    fn a_negation_turns_a_danger_phrase_around_within_its_clause() {
        assert_eq!(danger("en", "in danger", "i am not in danger"), 0.0);
        assert_eq!(danger("es", "en peligro", "no estoy en peligro"), 0.0);
        // A phrase carrying its own negation still counts.
        assert_eq!(
            danger("en", "wont let me leave", "they won't let me leave"),
            1.0
        );
        // Another clause, after punctuation or "and", is not negated.
        assert_eq!(
            danger("en", "want to die", "i can't sleep and i want to die"),
            1.0
        );
        assert_eq!(
            danger(
                "ru",
                "хочу умереть",
                "я больше не выдерживаю и хочу умереть"
            ),
            1.0
        );
        assert_eq!(danger("en", "hits me", "no money, he hits me"), 1.0);
        assert_eq!(danger("en", "hits me", "he never hits me"), 0.0);
        // Two other words in between: the negation is another verb's.
        assert_eq!(
            danger(
                "ru",
                "чтобы все закончилось",
                "я больше не могу хочу чтобы все закончилось"
            ),
            1.0
        );
        assert_eq!(danger("fr", "en danger", "je ne suis pas en danger"), 0.0);
        // Vietnamese "nào" (which) folds to Portuguese "não" (not), but is
        // not written like it.
        assert_eq!(danger("vi", "nhốt tôi", "đêm nào họ cũng nhốt tôi"), 1.0);
        assert_eq!(danger("pt", "estou em perigo", "não estou em perigo"), 0.0);
        assert_eq!(danger("pt", "estou em perigo", "nao estou em perigo"), 0.0);
    }

    #[test]
    fn persian_verb_negations_turn_around_what_comes_before_them() {
        // "I am not in danger": the negated verb closes the clause.
        assert_eq!(danger("fa", "در خطر", "من در خطر نیستم"), 0.0);
        // Also against a phrase the text matches with a typo.
        assert_eq!(
            danger("fa", "در خطرم", "من در خطر نیستم فقط سوال دارم"),
            0.0
        );
        // "When the work isn't finished they beat us": the negated verb
        // does not reach the clause after it.
        assert_eq!(
            danger("fa", "کتکمون میزنن", "وقتی کار تموم نمیشه کتکمون میزنن"),
            1.0
        );
    }

    #[test]
    fn a_whole_phrase_must_be_most_of_a_run_without_spaces_too() {
        let whole = |lang: &str, phrase: &str, text: &str| {
            let n = Normalizer::new(lang);
            let p = Prepared::phrase(&n, phrase);
            let t = Prepared::new(&n, text);
            score(&p, &Input::new(&t))
        };
        assert!(whole("zh-Hans", "=需要帮助", "我需要帮助") >= CONFIDENT);
        assert!(whole("zh-Hans", "=需要帮助", "我需要帮助找医生") <= NEAR);
        assert!(whole("th", "=ตำรวจ", "ตำรวจ") >= CONFIDENT);
        assert!(whole("th", "=ตำรวจ", "ตำรวจขอดูเอกสารที่ถนน") <= NEAR);
        assert!(whole("en", "=help", "help") >= CONFIDENT);
        assert!(whole("en", "=help", "can you help me with my visa") <= NEAR);
    }

    #[test]
    fn punctuation_starts_a_clause() {
        let n = Normalizer::new("en");
        let (tokens, clauses) = n.tokens_and_clauses("no. he hits me, always");
        assert_eq!(tokens.len(), 5);
        assert_eq!(clauses, vec![1, 4]);
        // Punctuation before the first word starts nothing.
        assert_eq!(n.tokens_and_clauses("...help").1, Vec::<usize>::new());
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
