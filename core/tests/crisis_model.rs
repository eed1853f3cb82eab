//! The crisis classifier (ADR 0311, docs/crisis-model.md): the shipped
//! model is exactly what its training sentences give, and the assistant
//! uses it where phrases and rules are silent.

use std::path::PathBuf;
use std::sync::Arc;

use waymark_core::assistant::classifier::{self, Label, TrainOptions};
use waymark_core::assistant::{Context, Conversation, Library};

/// The shipped locales (as in crisis_eval's harness).
const LOCALES: &[&str] = &[
    "en", "es", "fr", "pt", "ar", "fa", "uk", "ru", "ro", "th", "my", "vi", "tl", "sw", "hi",
    "zh-Hans",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Anyone can check what the phones run: retraining from the sentences in
/// the repository gives the shipped file byte for byte.
#[test]
fn the_shipped_model_is_what_the_training_sentences_give() {
    let examples = classifier::training_examples(&root()).expect("the training sentences");
    let model = classifier::train(&examples, &TrainOptions::default());
    let shipped = std::fs::read(root().join("core/src/assistant/crisis-model.bin")).unwrap();
    assert!(
        model.to_bytes() == shipped,
        "core/src/assistant/crisis-model.bin is not what the training sentences give: \
         run `cargo run --release -p waymark-core --example train-crisis-model`"
    );
}

/// Every training file has enough of each class in every shipped locale.
#[test]
fn every_locale_has_training_sentences() {
    for locale in LOCALES {
        let path = root().join(format!("content/training/crisis/{locale}.toml"));
        let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
        let ex = classifier::examples_from_toml(&src).unwrap_or_else(|e| panic!("{path:?}: {e}"));
        let count = |l: Label| ex.iter().filter(|e| e.label == l).count();
        assert!(
            count(Label::Innocent) >= 150,
            "{locale}: innocent sentences"
        );
        assert!(count(Label::Danger) >= 100, "{locale}: danger sentences");
        assert!(
            count(Label::SelfHarm) >= 40,
            "{locale}: self-harm sentences"
        );
    }
}

fn urgent(lib: &Arc<Library>, locale: &str, text: &str) -> bool {
    let ctx = Context {
        locale: locale.to_owned(),
        country: None,
    };
    let (c, _) = Conversation::start(Arc::clone(lib), ctx, None).unwrap();
    let t = c.say(text).unwrap();
    t.flow.is_some() && t.flow.as_deref() == lib.urgent_flow().map(|f| f.id.as_str())
}

/// Of the training danger sentences that phrases and rules miss, the
/// assistant with its classifier reaches urgent help for most; without it,
/// for none. Training sentences, so this checks the wiring, not how well
/// the model generalises (crisis_eval measures that on held-out rounds).
#[test]
fn the_classifier_reaches_urgent_help_where_rules_are_silent() {
    let with = Arc::new(Library::builtin().unwrap());
    let without = Arc::new(Library::builtin().unwrap().with_classifier(None));
    let (mut missed_by_rules, mut caught) = (0, 0);
    for locale in LOCALES {
        let path = root().join(format!("content/training/crisis/{locale}.toml"));
        let src = std::fs::read_to_string(&path).unwrap();
        let ex = classifier::examples_from_toml(&src).unwrap();
        for e in ex.iter().filter(|e| e.label != Label::Innocent).step_by(4) {
            if !urgent(&without, locale, &e.text) {
                missed_by_rules += 1;
                if urgent(&with, locale, &e.text) {
                    caught += 1;
                }
            }
        }
    }
    assert!(missed_by_rules > 50, "the rules miss {missed_by_rules}");
    assert!(
        caught * 10 >= missed_by_rules * 9,
        "the classifier caught {caught} of {missed_by_rules} training sentences the rules missed"
    );
}

/// Where the text negates a danger phrase, the classifier (blind to
/// negation) stays silent: the person said they are not in danger.
#[test]
fn a_negated_danger_phrase_keeps_the_classifier_silent() {
    let lib = Arc::new(Library::builtin().unwrap());
    let model = classifier::builtin();
    for (locale, text) in [("es", "no estoy en peligro"), ("pt", "não estou em perigo")] {
        assert!(
            model.judge(text).alarm.is_some(),
            "{locale}: the model no longer alarms on {text:?}; pick a sentence it does"
        );
        assert!(!urgent(&lib, locale, text), "{locale}: {text}");
    }
}
