//! Trains the crisis classifier (ADR 0311) from the training sentences in
//! the repository and writes `core/src/assistant/crisis-model.bin`.
//!
//! ```text
//! cargo run --release -p waymark-core --example train-crisis-model          # write the model
//! cargo run --release -p waymark-core --example train-crisis-model -- --cv  # 4-fold estimate only
//! ```
//!
//! The sentences are those of `classifier::TRAINING_FOLDERS`: the
//! sentences written for the classifier and the assistant's development
//! set. The held-out rounds are never read here. `WAYMARK_TRAIN_EPOCHS`,
//! `WAYMARK_TRAIN_LR` and `WAYMARK_TRAIN_L2` override the defaults to
//! compare settings; the shipped model uses the defaults (a test checks).

use std::path::PathBuf;

use waymark_core::assistant::classifier::{self, Example, Label, TrainOptions};

fn main() {
    // WAYMARK_TRAIN_ROOT: another checkout's sentences (e.g. a snapshot).
    let root = std::env::var_os("WAYMARK_TRAIN_ROOT")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".."));
    let examples = match classifier::training_examples(&root) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("train-crisis-model: {e}");
            std::process::exit(2);
        }
    };
    if std::env::args().any(|a| a == "--cv") {
        cross_validate(&examples);
        return;
    }
    let model = classifier::train(&examples, &options());
    // WAYMARK_CRISIS_MODEL: write elsewhere, to measure before shipping.
    let out = std::env::var_os("WAYMARK_CRISIS_MODEL")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("core/src/assistant/crisis-model.bin"));
    if let Err(e) = std::fs::write(&out, model.to_bytes()) {
        eprintln!("train-crisis-model: {}: {e}", out.display());
        std::process::exit(1);
    }
    println!("{} sentences; wrote {}", examples.len(), out.display());
}

fn options() -> TrainOptions {
    let env = |k: &str| std::env::var(k).ok().and_then(|v| v.parse::<f32>().ok());
    let d = TrainOptions::default();
    TrainOptions {
        epochs: env("WAYMARK_TRAIN_EPOCHS").map_or(d.epochs, |v| v as usize),
        learning_rate: env("WAYMARK_TRAIN_LR").unwrap_or(d.learning_rate),
        l2: env("WAYMARK_TRAIN_L2").unwrap_or(d.l2),
        ..d
    }
}

/// Four folds by position: recall and false alarms at several thresholds.
fn cross_validate(examples: &[Example]) {
    let thresholds = [0.3f32, 0.4, 0.5, 0.6, 0.7, 0.8];
    let mut hits = [0usize; 6];
    let mut alarms = [0usize; 6];
    let (mut danger, mut innocent) = (0usize, 0usize);
    for fold in 0..4 {
        let train: Vec<Example> = examples
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 4 != fold)
            .map(|(_, e)| e.clone())
            .collect();
        let model = classifier::train(&train, &options());
        for e in examples
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 4 == fold)
            .map(|(_, e)| e)
        {
            let p = model.probabilities(&e.text);
            let risk = p[1] + p[2];
            let is_danger = e.label != Label::Innocent;
            if is_danger {
                danger += 1;
            } else {
                innocent += 1;
            }
            for (k, t) in thresholds.iter().enumerate() {
                if risk >= *t {
                    if is_danger {
                        hits[k] += 1;
                    } else {
                        alarms[k] += 1;
                    }
                }
            }
        }
    }
    println!("{danger} danger, {innocent} innocent (4 folds)");
    for (k, t) in thresholds.iter().enumerate() {
        println!(
            "threshold {t:.1}: recall {:.3}, false alarms {:.3}",
            hits[k] as f64 / danger as f64,
            alarms[k] as f64 / innocent as f64
        );
    }
}
