//! The support assistant: start-up with every flow in every locale, and the
//! time of one turn (a tap, typed text in a spaced and a spaceless script,
//! a danger phrase, unclear text, and a turn saved to the vault).
//!
//! `cargo bench -p waymark-core --bench assistant --profile dev [-- --quick]`
//!
//! Baselines measured in the same run: one `Localizer` per locale (what
//! start-up cannot go below: the texts of 16 locales), showing the current
//! screen again (the floor of any turn: formatting its messages and
//! choices), and saving a journal note (the floor of any turn that writes
//! to the vault).

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{median, time};

use waymark_core::assistant::{
    BuiltinHelplines, Context, Conversation, ConversationStore, Library,
};
use waymark_core::i18n::Localizer;
use waymark_core::{Journal, KdfParams, SoftwareKeyStore, Vault, VaultOptions};

fn show(d: Duration) -> String {
    if d.as_secs_f64() >= 1e-3 {
        format!("{:.3} ms", d.as_secs_f64() * 1e3)
    } else {
        format!("{:.1} µs", d.as_secs_f64() * 1e6)
    }
}

fn ratio(d: Duration, base: Duration) -> String {
    format!("{:.1}×", d.as_secs_f64() / base.as_secs_f64())
}

fn ctx(locale: &str) -> Context {
    Context {
        locale: locale.into(),
        country: Some("GB".into()),
    }
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let runs = if quick { 3 } else { 25 };
    let turns = if quick { 20 } else { 400 };

    // Baselines.
    let locales = Localizer::available_locales();
    let base_start = time(runs, || {
        locales
            .iter()
            .map(|l| Localizer::new(&[l.as_str()]))
            .collect::<Vec<_>>()
    });

    // Start-up: verify the pack, check every flow, load 16 locales' texts
    // and phrase indexes.
    let start = time(runs, || Library::builtin().expect("built-in flows"));
    let start_one = time(runs, || {
        Library::builtin_for("th", Arc::new(BuiltinHelplines)).expect("built-in flows")
    });
    let lib = Arc::new(Library::builtin().unwrap());
    let conv_start = time(runs, || {
        Conversation::start(lib.clone(), ctx("en"), None).unwrap()
    });
    // Turn baseline: showing the current screen again (format its messages
    // and choices; nothing to understand, nowhere to go).
    let (shown, _) = Conversation::start(lib.clone(), ctx("en"), None).unwrap();
    shown.start_flow("urgent").unwrap();
    let base_text = time(turns, || shown.current().unwrap());

    // Turns without a vault: per turn, averaged over a loop.
    let per_turn_with = |lib: &Arc<Library>, locale: &str, inputs: &[&str]| -> Duration {
        let (c, _) = Conversation::start(lib.clone(), ctx(locale), None).unwrap();
        let mut samples = Vec::new();
        for _ in 0..turns {
            let t0 = Instant::now();
            for input in inputs {
                std::hint::black_box(c.say(input).unwrap());
            }
            samples.push(t0.elapsed() / inputs.len() as u32);
            c.something_else().unwrap();
        }
        median(&samples)
    };
    let per_turn = |locale: &str, inputs: &[&str]| per_turn_with(&lib, locale, inputs);
    let tap = per_turn("en", &["1", "2", "1"]);
    let typed_en = per_turn("en", &["I need help", "not right now"]);
    let typed_th = per_turn("th", &["ช่วยด้วย ฉันต้องการความช่วยเหลือ", "ตอนนี้ยังไม่"]);
    let danger_ru = per_turn("ru", &["они забрали мой паспорт"]);
    let unclear = per_turn("en", &["what time does the bus come to the market"]);
    // The crisis classifier's share of a typed turn (ADR 0311): the same
    // unclear sentence with phrases and rules alone.
    let rules_only = Arc::new(Library::builtin().unwrap().with_classifier(None));
    let unclear_rules = per_turn_with(
        &rules_only,
        "en",
        &["what time does the bus come to the market"],
    );

    // Turns saved to the vault.
    let tmp = tempfile::tempdir().unwrap();
    let vault = Arc::new(Vault::new(
        tmp.path(),
        Arc::new(SoftwareKeyStore::in_directory(tmp.path().join("keystore"))),
    ));
    vault
        .create(
            "bench",
            &VaultOptions {
                kdf: KdfParams::MINIMUM,
                wipe_after: None,
            },
        )
        .unwrap();
    let journal = Journal::new(vault.clone());
    let base_save = time(turns, || journal.add("a note of ordinary length").unwrap());
    let store = ConversationStore::new(vault.clone());
    let (c, _) = Conversation::start(lib.clone(), ctx("en"), Some(store)).unwrap();
    c.start_flow("urgent").unwrap();
    let saved = time(turns, || {
        c.choose(1).unwrap();
        c.back().unwrap()
    }) / 2;

    println!("## Support assistant (issue 5)\n");
    println!("| what | median | ratio | baseline |");
    println!("|---|---|---|---|");
    println!(
        "| baseline: one `Localizer` per locale (16) | {} | 1.0× | |",
        show(base_start)
    );
    println!(
        "| **start-up**: `Library::builtin()` (pack verified, flows checked, 16 locales' texts and phrases) | {} | {} | localizers |",
        show(start),
        ratio(start, base_start)
    );
    println!(
        "| start-up for one person: `Library::builtin_for(\"th\")` (th + en) | {} | {} | localizers |",
        show(start_one),
        ratio(start_one, base_start)
    );
    println!(
        "| `Conversation::start` (home menu) | {} | {} | localizers |",
        show(conv_start),
        ratio(conv_start, base_start)
    );
    println!(
        "| baseline: show the current screen again (`current()`) | {} | 1.0× | |",
        show(base_text)
    );
    for (what, d) in [
        ("turn: a tap (number)", tap),
        ("turn: typed English, matched", typed_en),
        ("turn: typed Thai (no spaces), matched", typed_th),
        ("turn: a danger phrase (Russian) → urgent flow", danger_ru),
        (
            "turn: unclear text (every phrase scored, nothing matched)",
            unclear,
        ),
    ] {
        println!(
            "| {what} | {} | {} | screen shown |",
            show(d),
            ratio(d, base_text)
        );
    }
    println!(
        "| unclear text, phrases and rules alone (no classifier) | {} | {} | unclear text with the classifier |",
        show(unclear_rules),
        ratio(unclear_rules, unclear)
    );
    println!(
        "| baseline: save a journal note (SQLCipher) | {} | 1.0× | |",
        show(base_save)
    );
    println!(
        "| turn saved to the vault (tap or back) | {} | {} | journal note |",
        show(saved),
        ratio(saved, base_save)
    );
}
