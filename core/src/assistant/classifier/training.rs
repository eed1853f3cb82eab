//! Training the crisis classifier (ADR 0311): reading the labelled
//! sentences of the repository and fitting the model. Only the training
//! example and the tests build it (feature `training`); the phone library
//! carries the model, not the means to make one.

use super::{feature_norm, features, softmax, Label, Model, BUCKETS, CLASSES};
use crate::assistant::model::{DANGER_INTENT, SELF_HARM_INTENT};

/// A labelled sentence.
#[derive(Debug, Clone)]
pub struct Example {
    pub text: String,
    pub label: Label,
}

/// How to train.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    pub epochs: usize,
    pub learning_rate: f32,
    pub l2: f32,
    pub threshold: f32,
    pub seed: u64,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 12,
            learning_rate: 0.4,
            l2: 1e-6,
            threshold: 0.5,
            seed: 0x5741_594d_4152_4b31,
        }
    }
}

/// Trains a model: softmax regression by Adagrad, classes weighted so
/// each counts as much as the others in total, examples visited in a
/// fixed pseudo-random order, then weights quantised to bytes.
pub fn train(examples: &[Example], options: &TrainOptions) -> Model {
    let prepared: Vec<(Vec<u32>, usize)> = examples
        .iter()
        .map(|e| (features(&e.text), e.label as usize))
        .collect();
    let mut counts = [0usize; CLASSES];
    for (_, l) in &prepared {
        counts[*l] += 1;
    }
    let total = prepared.len().max(1) as f32;
    let class_weight = counts.map(|c| {
        if c == 0 {
            0.0
        } else {
            total / (CLASSES as f32 * c as f32)
        }
    });
    let mut w = vec![0f32; BUCKETS * CLASSES];
    let mut g2 = vec![1e-8f32; BUCKETS * CLASSES];
    let mut bias = [0f32; CLASSES];
    let mut bias_g2 = [1e-8f32; CLASSES];
    let mut order: Vec<usize> = (0..prepared.len()).collect();
    let mut rng = options.seed;
    for _ in 0..options.epochs {
        // Fisher–Yates with xorshift: the same order on every machine.
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        for &k in &order {
            let (f, label) = &prepared[k];
            let norm = feature_norm(f.len());
            let mut logits = bias;
            for &i in f {
                for (c, l) in logits.iter_mut().enumerate() {
                    *l += w[i as usize * CLASSES + c] * norm;
                }
            }
            let p = softmax(logits);
            for c in 0..CLASSES {
                let target = if c == *label { 1.0 } else { 0.0 };
                let grad = (p[c] - target) * class_weight[*label];
                bias_g2[c] += grad * grad;
                bias[c] -= options.learning_rate * grad / bias_g2[c].sqrt();
                for &i in f {
                    let j = i as usize * CLASSES + c;
                    let g = grad * norm + options.l2 * w[j];
                    g2[j] += g * g;
                    w[j] -= options.learning_rate * g / g2[j].sqrt();
                }
            }
        }
    }
    let max = w.iter().fold(0f32, |m, x| m.max(x.abs()));
    let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
    let weights = w
        .iter()
        .map(|x| (x / scale).round().clamp(-127.0, 127.0) as i8)
        .collect();
    Model {
        threshold: options.threshold,
        scale,
        bias,
        weights,
    }
}

/// Where the training sentences are, from the repository's root: the
/// sentences written for the classifier, and the assistant's development
/// set. Never a held-out round.
pub const TRAINING_FOLDERS: &[&str] = &[
    "content/training/crisis",
    "core/tests/fixtures/assistant/dev-set",
];

/// The built-in pack's intents: what people type to use the app ("menu",
/// "back", "my wages") teaches the innocent class, and the danger and
/// self-harm phrases their classes. `urgent` (asking for the urgent menu)
/// and `topic_violence` (menu words such as "hit") teach nothing: neither
/// is innocent, and neither is a sentence about danger.
pub const TRAINING_INTENTS: &str = "content/builtin/intents";
const UNTAUGHT_INTENTS: &[&str] = &["urgent", "topic_violence"];

/// Every training sentence under `root`, in a fixed order (the folders of
/// [`TRAINING_FOLDERS`], then file names, then the phrases of
/// [`TRAINING_INTENTS`]), so training gives the same model on every
/// machine.
pub fn training_examples(root: &std::path::Path) -> Result<Vec<Example>, String> {
    let mut all = Vec::new();
    for dir in TRAINING_FOLDERS {
        for f in sorted_toml_files(&root.join(dir))? {
            let src = std::fs::read_to_string(&f).map_err(|e| format!("{}: {e}", f.display()))?;
            all.extend(examples_from_toml(&src).map_err(|e| format!("{}: {e}", f.display()))?);
        }
    }
    for f in sorted_toml_files(&root.join(TRAINING_INTENTS))? {
        let src = std::fs::read_to_string(&f).map_err(|e| format!("{}: {e}", f.display()))?;
        let (table, findings) = crate::assistant::intents::parse(&f.display().to_string(), &src);
        if !findings.is_empty() {
            return Err(format!("{}: does not check", f.display()));
        }
        for (intent, phrases) in &table {
            let label = match intent.as_str() {
                DANGER_INTENT => Label::Danger,
                SELF_HARM_INTENT => Label::SelfHarm,
                i if UNTAUGHT_INTENTS.contains(&i) => continue,
                _ => Label::Innocent,
            };
            all.extend(phrases.iter().map(|p| {
                Example {
                    text: p
                        .trim_start_matches(crate::assistant::matcher::WHOLE_MARK)
                        .to_owned(),
                    label,
                }
            }));
        }
    }
    Ok(all)
}

fn sorted_toml_files(dir: &std::path::Path) -> Result<Vec<std::path::PathBuf>, String> {
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    Ok(files)
}

/// The labelled sentences of a set file in the held-out format
/// (`[[danger]]` with `text` and `kind`, `[[innocent]]` with `text`):
/// kind `self-harm` is [`Label::SelfHarm`], every other kind
/// [`Label::Danger`].
pub fn examples_from_toml(src: &str) -> Result<Vec<Example>, String> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Set {
        #[serde(default)]
        danger: Vec<Danger>,
        #[serde(default)]
        innocent: Vec<Innocent>,
    }
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Danger {
        text: String,
        kind: String,
    }
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Innocent {
        text: String,
    }
    let set: Set = toml::from_str(src).map_err(|e| e.to_string())?;
    let danger = set.danger.into_iter().map(|d| Example {
        label: if d.kind == "self-harm" {
            Label::SelfHarm
        } else {
            Label::Danger
        },
        text: d.text,
    });
    let innocent = set.innocent.into_iter().map(|i| Example {
        text: i.text,
        label: Label::Innocent,
    });
    Ok(danger.chain(innocent).collect())
}
