//! A small multilingual classifier that recognises danger and self-harm in
//! typed text where no phrase or concept rule matches (ADR 0311).
//!
//! Phrase lists recognise what their authors thought of; people in crisis
//! write indirectly, in mixed languages and with typos, and held-out rounds
//! showed the lists miss about half of it. This model looks at character
//! pieces and words of the folded text (so typos, missing accents and
//! romanised Arabic, Persian, Hindi and Russian still share most features)
//! and gives three probabilities: innocent, danger, self-harm.
//!
//! It is a multinomial logistic regression over hashed features, trained
//! offline on labelled sentences (`content/training/crisis/`, never the
//! held-out rounds) by `cargo run -p waymark-core --example
//! train-crisis-model`, and embedded in the library (docs/crisis-model.md
//! has the file format). Training is deterministic: a test retrains and
//! compares the bytes, so the shipped model is exactly what the sentences
//! in the repository give. Nothing is learned on the phone.

use std::sync::OnceLock;

use super::normalize;

#[cfg(any(test, feature = "training"))]
mod training;
#[cfg(any(test, feature = "training"))]
pub use training::{
    examples_from_toml, train, training_examples, Example, TrainOptions, TRAINING_FOLDERS,
    TRAINING_INTENTS,
};

/// Hashed feature slots. 2^17 keeps collisions rare for the ~10^5
/// distinct pieces of the training text and the model at 384 KiB.
pub const BUCKETS: usize = 1 << 17;
/// Innocent, danger, self-harm.
pub const CLASSES: usize = 3;
/// Longest character piece, in characters.
const MAX_PIECE: usize = 5;
const MAGIC: &[u8; 4] = b"WMCC";
const VERSION: u8 = 1;
const HEADER: usize = 4 + 1 + 4 + 1 + 4 + 4 + 4 * CLASSES;

/// What a sentence is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Innocent = 0,
    Danger = 1,
    SelfHarm = 2,
}

/// A model file that cannot be used.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ModelError {
    #[error("not a crisis model file")]
    NotAModel,
    #[error("crisis model version {0} is not supported")]
    Version(u8),
    #[error("crisis model file has the wrong size or shape")]
    Shape,
}

/// The trained weights, quantised to one byte each.
#[derive(Clone, PartialEq)]
pub struct Model {
    /// Alarm when P(danger) + P(self-harm) reaches this.
    pub threshold: f32,
    scale: f32,
    bias: [f32; CLASSES],
    /// `BUCKETS` rows of `CLASSES` weights, each `weight / scale`.
    weights: Vec<i8>,
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Model")
            .field("threshold", &self.threshold)
            .finish_non_exhaustive()
    }
}

/// What the model says of one sentence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Verdict {
    /// P(innocent), P(danger), P(self-harm).
    pub probabilities: [f32; CLASSES],
    /// `None` below the model's threshold; otherwise danger or self-harm,
    /// whichever is likelier.
    pub alarm: Option<Label>,
}

/// The model built into the library (`crisis-model.bin`).
pub fn builtin() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        // A unit test reads the same bytes, so a damaged file fails the
        // tests long before a phone would see it.
        Model::from_bytes(include_bytes!("crisis-model.bin")).unwrap_or_else(|_| Model::empty())
    })
}

impl Model {
    /// A model that never raises an alarm.
    pub fn empty() -> Model {
        Model {
            threshold: f32::INFINITY,
            scale: 1.0,
            bias: [0.0; CLASSES],
            weights: vec![0; BUCKETS * CLASSES],
        }
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        if bytes.len() < HEADER || &bytes[..4] != MAGIC {
            return Err(ModelError::NotAModel);
        }
        if bytes[4] != VERSION {
            return Err(ModelError::Version(bytes[4]));
        }
        let u32_at =
            |i: usize| u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
        let f32_at = |i: usize| f32::from_bits(u32_at(i));
        if u32_at(5) as usize != BUCKETS
            || bytes[9] as usize != CLASSES
            || bytes.len() != HEADER + BUCKETS * CLASSES
        {
            return Err(ModelError::Shape);
        }
        let threshold = f32_at(10);
        let scale = f32_at(14);
        let mut bias = [0.0; CLASSES];
        for (c, b) in bias.iter_mut().enumerate() {
            *b = f32_at(18 + 4 * c);
        }
        if !threshold.is_finite()
            || !scale.is_finite()
            || scale <= 0.0
            || bias.iter().any(|b| !b.is_finite())
        {
            return Err(ModelError::Shape);
        }
        let weights = bytes[HEADER..].iter().map(|b| *b as i8).collect();
        Ok(Model {
            threshold,
            scale,
            bias,
            weights,
        })
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER + self.weights.len());
        out.extend_from_slice(MAGIC);
        out.push(VERSION);
        out.extend_from_slice(&(BUCKETS as u32).to_le_bytes());
        out.push(CLASSES as u8);
        out.extend_from_slice(&self.threshold.to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        for b in self.bias {
            out.extend_from_slice(&b.to_le_bytes());
        }
        out.extend(self.weights.iter().map(|w| *w as u8));
        out
    }

    /// The three probabilities of `text`.
    pub fn probabilities(&self, text: &str) -> [f32; CLASSES] {
        let f = features(text);
        let mut logits = self.bias;
        let norm = feature_norm(f.len());
        for &i in &f {
            let row = &self.weights[i as usize * CLASSES..][..CLASSES];
            for (l, w) in logits.iter_mut().zip(row) {
                *l += f32::from(*w) * self.scale * norm;
            }
        }
        softmax(logits)
    }

    /// [`Model::judge_at`] the model's own threshold.
    pub fn judge(&self, text: &str) -> Verdict {
        self.judge_at(text, self.threshold)
    }

    /// The probabilities, and an alarm when P(danger) + P(self-harm)
    /// reaches what the text's length asks for:
    /// - one word ("menu", a name) is never judged: too few features for a
    ///   linear model, and the phrase lists hold the single words that mean
    ///   danger;
    /// - a short text (under [`SHORT_WORDS`] words) needs half-way from
    ///   `threshold` to certainty: a few pieces of a danger word inside an
    ///   ordinary one ("hill" in "kill") weigh too much where little else
    ///   is said ("the farm on the hill").
    pub fn judge_at(&self, text: &str, threshold: f32) -> Verdict {
        let p = self.probabilities(text);
        let needed = match length_of(text) {
            Length::OneWord => f32::INFINITY,
            Length::Short => (1.0 + threshold) / 2.0,
            Length::Long => threshold,
        };
        let alarm = (p[1] + p[2] >= needed).then_some(if p[2] >= p[1] {
            Label::SelfHarm
        } else {
            Label::Danger
        });
        Verdict {
            probabilities: p,
            alarm,
        }
    }
}

/// Texts of fewer words than this are short ([`Model::judge_at`]).
pub const SHORT_WORDS: usize = 6;

enum Length {
    OneWord,
    Short,
    Long,
}

/// Words, counting two characters of a script written without spaces as
/// one word (`我想死`, "I want to die", is short, not one word).
fn length_of(text: &str) -> Length {
    let spaced = text
        .split(|c: char| !c.is_alphanumeric() || normalize::is_spaceless(c))
        .filter(|w| !w.is_empty())
        .count();
    let spaceless = text.chars().filter(|c| normalize::is_spaceless(*c)).count();
    let words = spaced + spaceless / 2;
    if words < 2 && spaceless < 3 {
        Length::OneWord
    } else if words < SHORT_WORDS {
        Length::Short
    } else {
        Length::Long
    }
}

fn softmax(logits: [f32; CLASSES]) -> [f32; CLASSES] {
    let max = logits.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let e = logits.map(|l| (l - max).exp());
    let sum: f32 = e.iter().sum();
    e.map(|x| x / sum)
}

/// Each feature counts 1/sqrt(n): a long message is not louder than a
/// short one, and danger in its last clause still counts.
fn feature_norm(n: usize) -> f32 {
    if n == 0 {
        0.0
    } else {
        1.0 / (n as f32).sqrt()
    }
}

/// The hashed features of `text`, sorted and without repeats: character
/// pieces of 2 to 5 characters across the folded text with a space at
/// each end (single Chinese characters too, which are words), whole words
/// and pairs of neighbouring words.
pub fn features(text: &str) -> Vec<u32> {
    let folded = normalize::unify_letters(&normalize::fold(text));
    let mut chars = vec![' '];
    for c in folded.chars() {
        if c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c) {
            chars.push(c);
        } else if chars.last() != Some(&' ') {
            chars.push(' ');
        }
    }
    if chars.last() != Some(&' ') {
        chars.push(' ');
    }
    let mut out = Vec::new();
    let mut piece = String::new();
    for n in 1..=MAX_PIECE {
        for w in chars.windows(n) {
            if n == 1 && !normalize::is_han(w[0]) {
                continue;
            }
            piece.clear();
            piece.extend(w);
            out.push(bucket(b'c', &piece));
        }
    }
    let text: String = chars.iter().collect();
    let words: Vec<&str> = text.split_whitespace().collect();
    for w in &words {
        out.push(bucket(b'w', w));
    }
    for pair in words.windows(2) {
        piece.clear();
        piece.push_str(pair[0]);
        piece.push(' ');
        piece.push_str(pair[1]);
        out.push(bucket(b'b', &piece));
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// FNV-1a: stable across platforms and versions, which the shipped model
/// depends on (std's hasher may change).
fn bucket(kind: u8, s: &str) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in std::iter::once(kind).chain(s.bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    (h % BUCKETS as u64) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ex(text: &str, label: Label) -> Example {
        Example {
            text: text.to_owned(),
            label,
        }
    }

    #[test]
    fn the_builtin_model_file_loads() {
        let m = Model::from_bytes(include_bytes!("crisis-model.bin")).expect("model file");
        assert!(m.threshold > 0.0 && m.threshold < 1.0);
    }

    #[test]
    fn features_ignore_case_accents_and_punctuation() {
        assert_eq!(features("Él me PEGÓ!!"), features("el me pego"));
        assert_ne!(features("he hits me"), features("he hit me"));
        assert!(features("").is_empty() || features("").len() < 3);
    }

    #[test]
    fn a_model_round_trips_through_its_bytes() {
        let m = train(
            &[
                ex("they beat me", Label::Danger),
                ex("hello there", Label::Innocent),
            ],
            &TrainOptions {
                epochs: 2,
                ..TrainOptions::default()
            },
        );
        assert_eq!(Model::from_bytes(&m.to_bytes()).unwrap(), m);
    }

    #[test]
    fn damaged_model_files_are_refused() {
        let good = Model::empty().to_bytes();
        assert_eq!(
            Model::from_bytes(b"WMC").unwrap_err(),
            ModelError::NotAModel
        );
        let mut v = good.clone();
        v[4] = 9;
        assert_eq!(Model::from_bytes(&v).unwrap_err(), ModelError::Version(9));
        assert_eq!(
            Model::from_bytes(&good[..good.len() - 1]).unwrap_err(),
            ModelError::Shape
        );
        let mut nan = good;
        nan[14..18].copy_from_slice(&f32::NAN.to_le_bytes());
        assert_eq!(Model::from_bytes(&nan).unwrap_err(), ModelError::Shape);
    }

    #[test]
    fn training_separates_what_it_was_shown() {
        let data = [
            ex("my boss beats me every day", Label::Danger),
            ex("they locked me in the room", Label::Danger),
            ex("i want to end my life", Label::SelfHarm),
            ex("i do not want to live", Label::SelfHarm),
            ex("when is my salary paid", Label::Innocent),
            ex("how do i renew my visa", Label::Innocent),
        ];
        let m = train(&data, &TrainOptions::default());
        assert_eq!(
            m.judge("my boss beats me every day").alarm,
            Some(Label::Danger)
        );
        assert_eq!(
            m.judge("i want to end my life").alarm,
            Some(Label::SelfHarm)
        );
        assert_eq!(m.judge("when is my salary paid").alarm, None);
    }

    #[test]
    fn one_word_is_never_judged() {
        let data = [
            ex("beaten", Label::Danger),
            ex("beaten again", Label::Danger),
            ex("hello", Label::Innocent),
        ];
        let m = train(&data, &TrainOptions::default());
        assert!(m.probabilities("beaten")[1] > 0.75);
        assert_eq!(m.judge("beaten").alarm, None);
        assert_eq!(m.judge("beaten again").alarm, Some(Label::Danger));
        assert!(matches!(length_of("我想死"), Length::Short));
        assert!(matches!(length_of("死了"), Length::OneWord));
    }

    #[test]
    fn a_short_text_needs_more_certainty() {
        let m = Model::empty();
        // The empty model says 1/3 each: risk 2/3.
        assert_eq!(m.judge_at("a b c d e f", 0.6).alarm, Some(Label::SelfHarm));
        assert_eq!(m.judge_at("a b c d e", 0.6).alarm, None);
        assert_eq!(m.judge_at("a b c d e", 0.3).alarm, Some(Label::SelfHarm));
    }

    #[test]
    fn the_empty_model_never_alarms() {
        assert_eq!(Model::empty().judge("they beat me").alarm, None);
    }
}
