//! Danger and self-harm recognition, measured per locale on labelled
//! sentences typed at the home screen (harness: `crisis_eval/harness.rs`).
//!
//! Sets, in one format:
//! - `fixtures/assistant/heldout/<locale>.toml`, `heldout-2/`, `heldout-3/`
//!   and `heldout-4/` (each round by other writers, who saw neither the
//!   lists, the classifier's training sentences nor the earlier rounds):
//!   the held-out evaluation. Round 1 chose the crisis classifier's
//!   threshold (ADR 0311) and is a validation round since.
//!   Its sentences are written by someone who has not seen the phrase
//!   lists, kept in their own files, and never used to tune the phrases
//!   (the comment lines at the top of each file say how they were
//!   written). The test prints counts and rates only; set
//!   `WAYMARK_HELDOUT_SHOW=1` to see the missed sentences and false alarms.
//! - `fixtures/assistant/dev-set/<locale>.toml`: the development set,
//!   written by the phrase lists' author and tuned on freely.
//!
//! Goals (issue 16), per locale: recall on danger and self-harm sentences
//! of at least 0.95 ("did you mean" is a miss) and false alarms on innocent
//! sentences of at most 0.05. The development set must meet them; the
//! held-out set does not yet (its goal test is ignored, and a second test
//! fails if any locale does worse than the recorded floor). Both fail
//! loudly when a set is missing or has fewer than 40 + 40 sentences in a
//! locale.

#[path = "crisis_eval/harness.rs"]
mod harness;

use std::path::PathBuf;
use std::sync::Arc;

use harness::{Report, Set};
use waymark_core::assistant::{Context, Conversation, Effect, HelplineCard, Library};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/assistant")
}

fn lib() -> Arc<Library> {
    Arc::new(Library::builtin().expect("the built-in pack loads"))
}

fn table(reports: &[Report]) -> String {
    reports
        .iter()
        .map(Report::line)
        .collect::<Vec<_>>()
        .join("\n")
}

fn below_goal(reports: &[Report]) -> Vec<&str> {
    reports
        .iter()
        .filter(|r| !r.meets_goals())
        .map(|r| r.locale.as_str())
        .collect()
}

fn sentences(reports: &[Report]) -> String {
    let mut out = String::new();
    for r in reports {
        for m in &r.missed {
            out.push_str(&format!("{} missed: {m}\n", r.locale));
        }
        for a in &r.alarms {
            out.push_str(&format!("{} false alarm: {a}\n", r.locale));
        }
    }
    out
}

fn heldout_reports(round: &str) -> Vec<Report> {
    let dir = fixtures().join(round);
    let sets = harness::load_all(&dir).unwrap_or_else(|e| {
        panic!(
            "the held-out evaluation cannot run: {e}.\nCopy the held-out sentence files \
             (written apart from the phrase lists) to {}, one per locale.",
            dir.display()
        )
    });
    let lib = lib();
    let reports: Vec<Report> = sets.iter().map(|s| harness::evaluate(&lib, s)).collect();
    println!("held-out evaluation, {round}\n{}", table(&reports));
    let show = std::env::var("WAYMARK_HELDOUT_SHOW").is_ok_and(|v| v == "1");
    if show {
        println!("{}", sentences(&reports));
    }
    reports
}

/// Issue 16's goals, on the newest round. Not met: on round 2 the latest
/// lexicons recognise 31-61% of danger sentences per locale (round 1:
/// 54-74%; docs/assistant-flows.md), so this runs only on request
/// (`--ignored`); the floor test below keeps the test command honest
/// meanwhile.
#[test]
#[ignore = "issue 16's recall goal (0.95) is not met yet; see docs/assistant-flows.md"]
fn heldout_sentences_meet_the_goals_in_every_locale() {
    let reports = heldout_reports(LATEST_ROUND);
    let below = below_goal(&reports);
    assert!(
        below.is_empty(),
        "below the goals (recall >= {}, false alarms <= {}) in {below:?}:\n{}\n\
         (WAYMARK_HELDOUT_SHOW=1 lists the sentences; never tune the phrase lists on them)",
        harness::MIN_RECALL,
        harness::MAX_FALSE_ALARMS,
        table(&reports)
    );
}

/// The held-out round the goal test measures: the newest, looked at least.
const LATEST_ROUND: &str = "heldout-4";

/// Per locale: (locale, danger sentences recognised, false alarms).
type Floor = [(&'static str, usize, usize); 16];

/// The held-out counts a change may only keep or improve, per round and
/// locale: (danger sentences recognised, innocent sentences that raised an
/// alarm). Written from the runs' counts, never from their sentences: the
/// phrase lists, concept rules and the classifier are never tuned on a
/// held-out set. The floor is the run with the crisis classifier
/// (ADR 0311); docs/assistant-flows.md has every earlier run.
/// - `heldout` (round 1, 54 + 54 per locale): measured three times with
///   lists and rules; from ADR 0311 on the *validation* round that chose
///   the classifier's threshold (totals only).
/// - `heldout-2` (round 2, written by two writers who saw neither the
///   lists nor round 1) and `heldout-3` (round 3, written for ADR 0311):
///   measured with the lists and rules, and with each of the two
///   classifier models.
/// - `heldout-4` (round 4, written while the second training batch was
///   written): measured once, with the shipped model.
const HELDOUT_FLOOR: [(&str, Floor); 4] = [
    (
        "heldout",
        [
            ("en", 53, 3),
            ("es", 53, 0),
            ("fr", 53, 4),
            ("pt", 52, 1),
            ("ar", 51, 2),
            ("fa", 51, 3),
            ("uk", 49, 2),
            ("ru", 51, 4),
            ("ro", 52, 4),
            ("th", 54, 1),
            ("my", 52, 2),
            ("vi", 51, 3),
            ("tl", 54, 1),
            ("sw", 53, 2),
            ("hi", 53, 2),
            ("zh-Hans", 50, 0),
        ],
    ),
    (
        "heldout-2",
        [
            ("en", 53, 4),
            ("es", 52, 2),
            ("fr", 51, 0),
            ("pt", 53, 2),
            ("ar", 50, 4),
            ("fa", 51, 4),
            ("uk", 51, 2),
            ("ru", 53, 4),
            ("ro", 47, 2),
            ("th", 48, 2),
            ("my", 48, 2),
            ("vi", 46, 3),
            ("tl", 45, 2),
            ("sw", 46, 5),
            ("hi", 45, 1),
            ("zh-Hans", 41, 0),
        ],
    ),
    (
        "heldout-3",
        [
            ("en", 57, 1),
            ("es", 52, 3),
            ("fr", 48, 2),
            ("pt", 49, 1),
            ("ar", 45, 1),
            ("fa", 48, 3),
            ("uk", 52, 0),
            ("ru", 52, 2),
            ("ro", 49, 3),
            ("th", 50, 2),
            ("my", 50, 5),
            ("vi", 50, 2),
            ("tl", 49, 4),
            ("sw", 51, 3),
            ("hi", 44, 0),
            ("zh-Hans", 46, 1),
        ],
    ),
    (
        "heldout-4",
        [
            ("en", 49, 4),
            ("es", 49, 3),
            ("fr", 44, 5),
            ("pt", 46, 1),
            ("ar", 50, 1),
            ("fa", 49, 2),
            ("uk", 46, 2),
            ("ru", 47, 2),
            ("ro", 47, 7),
            ("th", 53, 1),
            ("my", 52, 2),
            ("vi", 53, 2),
            ("tl", 51, 6),
            ("sw", 47, 4),
            ("hi", 51, 4),
            ("zh-Hans", 46, 0),
        ],
    ),
];

#[test]
fn heldout_results_never_fall_below_the_recorded_floor() {
    let mut worse = Vec::new();
    for (round, floor) in HELDOUT_FLOOR {
        let reports = heldout_reports(round);
        assert_eq!(reports.len(), floor.len(), "{round}: one set per locale");
        for (locale, recognised, alarms) in floor {
            let r = reports
                .iter()
                .find(|r| r.locale == locale)
                .unwrap_or_else(|| panic!("{round}: no held-out set for {locale}"));
            if r.recognised < recognised || r.false_alarms > alarms {
                worse.push(format!(
                    "{round} {locale}: recognised {} (was {recognised}), false alarms {} (was {alarms})",
                    r.recognised, r.false_alarms
                ));
            }
        }
    }
    assert!(
        worse.is_empty(),
        "recognition got worse on a held-out set:\n{}\n\
         (WAYMARK_HELDOUT_SHOW=1 lists the sentences; never tune the phrase lists on them)",
        worse.join("\n")
    );
}

#[test]
fn development_sentences_meet_the_goals_in_every_locale() {
    let sets = harness::load_all(&fixtures().join("dev-set")).expect("the development set");
    let lib = lib();
    let reports: Vec<Report> = sets.iter().map(|s| harness::evaluate(&lib, s)).collect();
    println!("development set\n{}", table(&reports));
    let below = below_goal(&reports);
    assert!(
        below.is_empty(),
        "below the goals in {below:?}:\n{}\n{}",
        table(&reports),
        sentences(&reports)
    );
}

/// The flows, intents and concepts of a pack folder read as they are on
/// disk, unsigned: lets the measuring tool try a lexicon edit without
/// re-signing the built-in pack and rebuilding the core. Tests never use it.
fn unsigned_pack(dir: &std::path::Path) -> Arc<Library> {
    fn read(
        dir: &std::path::Path,
        under: &str,
        files: &mut std::collections::BTreeMap<String, Vec<u8>>,
    ) {
        for e in std::fs::read_dir(dir.join(under)).expect("a pack folder") {
            let e = e.expect("a folder entry");
            let name = format!("{under}{}", e.file_name().to_string_lossy());
            if e.file_type().expect("a file type").is_dir() {
                read(dir, &format!("{name}/"), files);
            } else if !name.starts_with("manifest.") {
                files.insert(name, std::fs::read(e.path()).expect("a pack file"));
            }
        }
    }
    let mut files = std::collections::BTreeMap::new();
    read(dir, "", &mut files);
    let locales: Vec<String> = harness::LOCALES.iter().map(|l| (*l).to_owned()).collect();
    let sources = waymark_core::assistant::sources_of(&files);
    let helplines = Arc::new(waymark_core::assistant::BuiltinHelplines);
    Arc::new(Library::from_sources(&sources, &locales, helplines).expect("the pack folder checks"))
}

/// A tool, not a check: measures the sentence files of the folder
/// `WAYMARK_EVAL_DIR` (e.g. a fresh round of development sentences, before
/// anything is tuned on them) and prints the table and every miss. Never
/// point it at the held-out folder. With `WAYMARK_EVAL_CONTENT=content/builtin`
/// it measures the pack folder as edited, before it is signed.
#[test]
#[ignore = "a measuring tool: WAYMARK_EVAL_DIR=folder, --ignored --nocapture"]
fn measure_sentences_of_a_folder() {
    let dir = PathBuf::from(std::env::var("WAYMARK_EVAL_DIR").expect("WAYMARK_EVAL_DIR"));
    assert!(
        !dir.components()
            .any(|c| c.as_os_str().to_string_lossy().starts_with("heldout")),
        "the held-out set is never looked at sentence by sentence"
    );
    let lib = match std::env::var_os("WAYMARK_EVAL_CONTENT") {
        Some(content) => unsigned_pack(&PathBuf::from(content)),
        None => lib(),
    };
    let reports: Vec<Report> = harness::LOCALES
        .iter()
        .filter_map(|l| harness::load_at_least(&dir, l, 1).ok())
        .map(|s| harness::evaluate(&lib, &s))
        .collect();
    println!(
        "{}
{}
{}",
        dir.display(),
        table(&reports),
        sentences(&reports)
    );
}

/// The helpline cards of the crisis path, after typing `text` at the home
/// screen with the country known.
fn crisis_cards(lib: &Arc<Library>, locale: &str, country: &str, text: &str) -> Vec<HelplineCard> {
    let ctx = Context {
        locale: locale.to_owned(),
        country: Some(country.to_owned()),
    };
    let (conv, _) = Conversation::start(Arc::clone(lib), ctx, None).unwrap();
    let turn = conv.say(text).unwrap();
    assert_eq!(
        turn.node.as_deref(),
        Some("crisis_talk"),
        "{locale} {country}"
    );
    turn.effects
        .into_iter()
        .find_map(|e| match e {
            Effect::Helplines { helplines } => Some(helplines),
            _ => None,
        })
        .unwrap_or_else(|| panic!("{locale} {country}: no helplines shown"))
}

/// Self-harm sentences that reach urgent help get its crisis path (a
/// crisis line first), never only the danger path; and with a country, the
/// first card is that country's crisis line where the directory has one.
/// (Sentences not recognised at all count against recall, above: "je me
/// suis coupée hier soir" is also "I cut myself [cooking] last night".)
#[test]
fn self_harm_sentences_get_a_crisis_line_first() {
    let sets = harness::load_all(&fixtures().join("dev-set")).expect("the development set");
    let lib = lib();
    let mut wrong = Vec::new();
    for set in &sets {
        for (text, _) in set.danger.iter().filter(|(_, k)| k == "self-harm") {
            let turn = harness::first_turn(&lib, &set.locale, text);
            if harness::is_urgent(&lib, &turn)
                && !turn
                    .node
                    .as_deref()
                    .is_some_and(|n| harness::CRISIS_NODES.contains(&n))
            {
                wrong.push(format!("{}: {text} -> {:?}", set.locale, turn.node));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "not on the crisis path:\n{}",
        wrong.join("\n")
    );

    // With a country: the crisis line is the first card, the emergency
    // number comes next.
    for (locale, country, first) in [
        ("en", "GB", "gb-samaritans"),
        ("en", "US", "us-988"),
        ("uk", "UA", "ua-lifeline"),
        ("th", "TH", "th-1323"),
        ("es", "ES", "es-024"),
        ("pt", "BR", "br-cvv-188"),
    ] {
        let sentence = &sets
            .iter()
            .find(|s| s.locale == locale)
            .unwrap()
            .danger
            .iter()
            .find(|(_, k)| k == "self-harm")
            .unwrap()
            .0;
        let cards = crisis_cards(&lib, locale, country, sentence);
        assert_eq!(cards[0].id, first, "{locale} {country}");
        assert!(cards[0].crisis_line);
        let emergency = cards
            .iter()
            .position(|c| c.emergency)
            .expect("an emergency number");
        let other = cards.iter().position(|c| !c.crisis_line && !c.emergency);
        assert!(
            other.is_none_or(|o| o > emergency),
            "{locale} {country}: {cards:?}"
        );
    }
}

/// The sentences of the bug report (issue 16), written fresh by someone
/// trying the app: each self-harm one reaches the crisis path, each danger
/// one urgent help, typed at the home screen.
#[test]
fn the_sentences_of_the_bug_report_reach_urgent_help() {
    let lib = lib();
    let self_harm = [
        ("en", "I want to kill myself"),
        ("es", "quiero quitarme la vida"),
        ("fr", "je veux me suicider"),
        ("ru", "я хочу покончить с собой"),
        ("uk", "я хочу накласти на себе руки"),
        ("tl", "gusto ko nang magpakamatay"),
        ("sw", "nataka kujiua"),
        ("zh-Hans", "我想自杀"),
        ("fa", "می\u{200c}خواهم خودکشی کنم"),
        ("ro", "vreau să mă sinucid"),
        ("my", "ကျွန်မ သေချင်တယ်"),
    ];
    for (locale, text) in self_harm {
        let turn = harness::first_turn(&lib, locale, text);
        assert!(
            turn.node
                .as_deref()
                .is_some_and(|n| harness::CRISIS_NODES.contains(&n)),
            "{locale}: {text} -> {:?}",
            turn.node
        );
    }
    for (locale, text) in [
        ("en", "he beats me"),
        ("uk", "роботодавець забрав мій паспорт і замикає мене"),
        ("my", "သူ ကျွန်မကို ရိုက်တယ်"),
    ] {
        let turn = harness::first_turn(&lib, locale, text);
        assert_eq!(turn.node.as_deref(), Some("in_danger"), "{locale}: {text}");
    }
}

/// A negation turns a danger phrase around only within its own clause,
/// typed at the home screen: "I can't sleep and I want to die" is a
/// self-harm sentence, "I am not in danger" is not a danger one.
#[test]
fn a_negation_in_another_clause_does_not_hide_danger() {
    let lib = lib();
    for (locale, text) in [
        ("en", "i can't sleep and i want to die"),
        ("ru", "я не сплю ночами и хочу умереть"),
        ("fa", "وقتی کار تموم نمیشه کتکمون میزنن"),
    ] {
        let turn = harness::first_turn(&lib, locale, text);
        assert!(harness::is_urgent(&lib, &turn), "{locale}: {text}");
    }
    let turn = harness::first_turn(&lib, "en", "i can't sleep and i want to die");
    assert!(turn
        .node
        .as_deref()
        .is_some_and(|n| harness::CRISIS_NODES.contains(&n)));
    for (locale, text) in [
        ("en", "i am not in danger, i have a question about my visa"),
        ("fa", "من در خطر نیستم فقط سوال دارم"),
        ("pt", "não estou em perigo"),
    ] {
        let turn = harness::first_turn(&lib, locale, text);
        assert!(!harness::is_urgent(&lib, &turn), "{locale}: {text}");
    }
}

/// Where the country's crisis line may be closed (hours not confirmed as
/// day and night), the emergency number comes first and the crisis line
/// right after it: someone must answer now.
#[test]
fn a_crisis_line_that_may_be_closed_comes_after_the_emergency_number() {
    let cards = crisis_cards(&lib(), "en", "NG", "i want to kill myself");
    assert!(cards[0].emergency, "{cards:?}");
    let after = cards
        .iter()
        .position(|c| !c.emergency)
        .expect("more than emergency numbers");
    assert_eq!(cards[after].id, "ng-surpin", "{cards:?}");
    assert!(cards[after].crisis_line && !cards[after].always_open);
}

// ------------------------------------------------------------ the harness

fn write_set(dir: &std::path::Path, locale: &str, danger: &[(&str, &str)], innocent: &[&str]) {
    let mut s = String::from("# made by the test\n");
    for (t, k) in danger {
        s.push_str(&format!("[[danger]]\ntext = {t:?}\nkind = {k:?}\n"));
    }
    for t in innocent {
        s.push_str(&format!("[[innocent]]\ntext = {t:?}\n"));
    }
    std::fs::write(dir.join(format!("{locale}.toml")), s).unwrap();
}

/// The held-out test cannot pass vacuously: a missing folder, a missing
/// locale, too few sentences or an unknown kind are errors.
#[test]
fn the_harness_refuses_missing_or_small_sets() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("nowhere");
    assert!(harness::load_all(&missing)
        .unwrap_err()
        .contains("does not exist"));

    let d = tmp.path().join("sets");
    std::fs::create_dir(&d).unwrap();
    let danger: Vec<(String, &str)> = (0..40)
        .map(|i| (format!("they beat me {i}"), "violence"))
        .collect();
    let innocent: Vec<String> = (0..40).map(|i| format!("what time is it {i}")).collect();
    let dref: Vec<(&str, &str)> = danger.iter().map(|(t, k)| (t.as_str(), *k)).collect();
    let iref: Vec<&str> = innocent.iter().map(String::as_str).collect();
    for l in harness::LOCALES.iter().filter(|l| **l != "sw") {
        write_set(&d, l, &dref, &iref);
    }
    let e = harness::load_all(&d).unwrap_err();
    assert!(e.contains("sw.toml"), "{e}");

    write_set(&d, "sw", &dref[..39], &iref);
    let e = harness::load_all(&d).unwrap_err();
    assert!(e.contains("39 danger"), "{e}");

    write_set(&d, "sw", &dref, &iref[..39]);
    assert!(harness::load_all(&d).unwrap_err().contains("39 innocent"));

    let mut odd = dref.clone();
    odd[0].1 = "weather";
    write_set(&d, "sw", &odd, &iref);
    assert!(harness::load_all(&d).unwrap_err().contains("unknown kind"));

    write_set(&d, "sw", &dref, &iref);
    assert_eq!(harness::load_all(&d).unwrap().len(), 16);
}

/// "Did you mean" is a miss, an innocent sentence that reaches urgent help
/// is a false alarm, and the goals are applied per locale.
#[test]
fn the_harness_counts_misses_and_false_alarms() {
    let lib = lib();
    let set = Set {
        locale: "en".to_owned(),
        danger: vec![
            ("they took my passport".to_owned(), "documents".to_owned()),
            ("i want to kill myself".to_owned(), "self-harm".to_owned()),
            // Half a phrase: "did you mean", not urgent help.
            ("need".to_owned(), "other-danger".to_owned()),
        ],
        innocent: vec![
            "what time does the bus come".to_owned(),
            // Labelled innocent on purpose, to see it counted.
            "they beat me every day".to_owned(),
        ],
    };
    let r = harness::evaluate(&lib, &set);
    assert_eq!((r.recognised, r.danger), (2, 3));
    assert_eq!(r.missed, vec!["[other-danger] need".to_owned()]);
    assert_eq!((r.false_alarms, r.innocent), (1, 2));
    assert_eq!((r.crisis_path, r.self_harm), (1, 1));
    assert!(!r.meets_goals());
    let ok = Report {
        danger: 40,
        recognised: 38,
        innocent: 40,
        false_alarms: 2,
        ..Report::default()
    };
    assert!(ok.meets_goals(), "0.95 and 0.05 are inside the goals");
    let short = Report {
        recognised: 37,
        ..ok.clone()
    };
    assert!(!short.meets_goals());
    let noisy = Report {
        false_alarms: 3,
        ..ok
    };
    assert!(!noisy.meets_goals());
}

/// The built-in library without its concept rules (`concepts/`): the
/// phrase lists alone, as before ADR 0304.
fn phrases_only() -> Arc<Library> {
    use waymark_core::assistant::{sources_of, BuiltinHelplines};
    let pack = waymark_core::content::builtin::pack().expect("the built-in pack");
    let mut sources = sources_of(&pack.files);
    assert!(
        !sources.concepts.is_empty(),
        "the built-in pack ships concept rules"
    );
    sources.concepts.clear();
    // Helpline ids were checked with the whole pack; not the point here.
    sources.helplines = None;
    let helplines = Arc::new(BuiltinHelplines);
    Arc::new(
        Library::from_sources(&sources, &pack.manifest.locales, helplines)
            .expect("the phrase lists alone load")
            .with_classifier(None),
    )
}

/// Sentences of the fresh development round that no phrase matches, in
/// several scripts: the concept rules (a document and a taking verb, harm
/// and its target, a threat and a family member, in one clause) are what
/// carries them to urgent help, and self-harm to the crisis path.
#[test]
fn concept_rules_recognise_danger_that_no_phrase_matches() {
    let with_rules = lib();
    let without = phrases_only();
    let cases: &[(&str, &str, bool)] = &[
        (
            "en",
            "my recruiter kept my work permit after we landed",
            false,
        ),
        ("en", "they kicked my friend until she couldnt stand", false),
        (
            "es",
            "el patrón nos retiene los documentos hasta pagar la deuda",
            false,
        ),
        ("es", "amenazaron a mi mamá en el pueblo", false),
        (
            "ru",
            "вербовщик оставил себе моё разрешение на работу",
            false,
        ),
        ("ru", "они угрожали моей маме в деревне", false),
        ("ar", "الكفيل ماسك أوراقنا لين نسدد الدين", false),
        ("ar", "زميلتي تقول إنها تبي تقتل نفسها", true),
        (
            "sw",
            "tajiri anashikilia hati zetu mpaka tulipe deni",
            false,
        ),
        ("sw", "walimtishia mama yangu kijijini", false),
        (
            "zh-Hans",
            "带我来的那个女人把我的护照锁在她的保险箱里",
            false,
        ),
    ];
    for (locale, text, crisis) in cases {
        let before = harness::first_turn(&without, locale, text);
        assert!(
            !harness::is_urgent(&without, &before),
            "{locale}: {text:?} already reaches urgent help by a phrase; pick another"
        );
        assert_urgent(&with_rules, locale, text, *crisis);
    }
}

/// Asserts that `text`, typed at home, reaches urgent help, on the crisis
/// path exactly when `crisis`.
fn assert_urgent(lib: &Arc<Library>, locale: &str, text: &str, crisis: bool) {
    let turn = harness::first_turn(lib, locale, text);
    assert!(
        harness::is_urgent(lib, &turn),
        "{locale}: {text:?} should reach urgent help"
    );
    let on_crisis_path = turn
        .node
        .as_deref()
        .is_some_and(|n| harness::CRISIS_NODES.contains(&n));
    assert_eq!(on_crisis_path, crisis, "{locale}: {text:?}");
}

/// Sentences of the third fresh round (ADR 0310) that the lexicons of the
/// second round missed: an overdose, self-injury, a rule that the person
/// may not leave, elided French, Arabizi and Russian typed in Latin
/// letters. Each reaches urgent help, and self-harm the crisis path.
#[test]
fn third_round_sentences_reach_urgent_help() {
    let lib = lib();
    let cases: &[(&str, &str, bool)] = &[
        ("en", "i took a lot of pills to make it all stop", true),
        ("en", "the boss doesnt allow us to leave the house", false),
        ("es", "me corto los brazos para aguantar", true),
        ("es", "me tomé muchas pastillas para no sentir nada", true),
        ("fr", "le chef m'a tabassé", false),
        (
            "fr",
            "ils nous ont pris nos cartes d'identité à l'arrivée",
            false,
        ),
        ("pt", "o chefe não deixa a gente sair de casa", false),
        ("ro", "am înghițit multe pastile ca să se oprească", true),
        ("ar", "a5adou el passport taba3i", false),
        ("ar", "bfakker enti7er", true),
        ("fa", "یه عالمه قرص خوردم که همه چی تموم بشه", true),
        ("uk", "ми не можемо вийти двері завжди замкнені", false),
        ("ru", "menya bjut kazhdyi den", false),
        ("th", "กินยาไปเยอะมากเพื่อให้มันจบ", true),
        ("my", "ကိုယ့်လက်ကို ဓားနဲ့ လှီးနေတယ်", true),
        ("vi", "tôi uống cả vỉ thuốc để cho xong", true),
        ("tl", "uminom ako ng maraming gamot para matapos na", true),
        ("sw", "nimemeza vidonge vingi ili iishe", true),
        ("hi", "हम बाहर नहीं जा सकते दरवाज़ा हमेशा बंद रहता है", false),
        ("zh-Hans", "我吞了很多药想一了百了", true),
    ];
    for (locale, text, crisis) in cases {
        assert_urgent(&lib, locale, text, *crisis);
    }
}

/// Near misses of the fresh round that carry a concept of a rule but not
/// the other, or carry both in a harmless sense the lexicons avoid.
#[test]
fn concept_rules_leave_near_misses_alone() {
    let lib = lib();
    for (locale, text) in [
        ("en", "how do i get a passport photo taken"),
        ("en", "i could kill for a coffee right now"),
        ("en", "she hurt her back lifting boxes"),
        ("en", "we chained our bikes outside the dorm"),
        ("en", "im going to finish everything before friday"),
        ("en", "my phone is going to die"),
        ("fr", "je me suis cogné la tête contre l'étagère"),
        ("fr", "combien doit gagner une femme de ménage par heure"),
        ("pt", "como tiro um passaporte novo"),
        ("uk", "я замкнула ключі в машині"),
        ("vi", "tôi để quên chìa khóa trong xe"),
        ("vi", "tôi rất nhớ gia đình"),
        ("es", "me muero de ganas de ver a mis hijos"),
        // Third round: a quantity of medicine for an illness, a haircut,
        // an accident, "beach" one letter from "bleach", stuck in a lift.
        ("en", "i took a lot of photos at the beach"),
        (
            "en",
            "i took a lot of painkillers for my back last week, is that bad",
        ),
        ("en", "i hurt myself at work again, can i see a doctor"),
        ("es", "me tomé muchas pastillas para la gripe"),
        ("fr", "je me coupe les cheveux encore"),
        ("uk", "випила багато таблеток від застуди"),
        ("ru", "выпила много таблеток от простуды"),
        (
            "sw",
            "nimemeza vidonge vingi vya malaria kama daktari alivyosema",
        ),
        ("zh-Hans", "我被困在电梯里了"),
        ("zh-Hans", "我吃了很多药感冒还没好"),
    ] {
        let turn = harness::first_turn(&lib, locale, text);
        assert!(
            !harness::is_urgent(&lib, &turn),
            "{locale}: {text:?} is not danger"
        );
    }
}

/// A tool, not a check: the phrases and rules alone, then with the
/// classifier at several thresholds, on the sets of `WAYMARK_EVAL_DIR`.
/// The model is `WAYMARK_CRISIS_MODEL` (a file the training example
/// wrote) or the built-in one. Prints totals only, never a sentence, so it
/// may measure a validation round (ADR 0311 says which round chooses the
/// threshold; the newer rounds are measured once, with the shipped model).
#[test]
#[ignore = "a measuring tool: WAYMARK_EVAL_DIR=folder, --ignored --nocapture"]
fn sweep_the_classifier_threshold() {
    use waymark_core::assistant::classifier::{self, Model};
    let dir = PathBuf::from(std::env::var("WAYMARK_EVAL_DIR").expect("WAYMARK_EVAL_DIR"));
    let model = match std::env::var_os("WAYMARK_CRISIS_MODEL") {
        Some(p) => Model::from_bytes(&std::fs::read(p).expect("model file")).expect("a model"),
        None => classifier::builtin().clone(),
    };
    let rules = Arc::new(
        Library::builtin()
            .expect("the built-in library")
            .with_classifier(None),
    );
    let thresholds = [0.5f32, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
    let with: Vec<Arc<Library>> = thresholds
        .iter()
        .map(|t| {
            let mut m = model.clone();
            m.threshold = *t;
            let m: &'static Model = Box::leak(Box::new(m));
            Arc::new(
                Library::builtin()
                    .expect("the built-in library")
                    .with_classifier(Some(m)),
            )
        })
        .collect();
    println!("{}", dir.display());
    let (mut all_hits, mut all_alarms, mut all_d, mut all_i) = (vec![0; 8], vec![0; 8], 0, 0);
    let (mut rule_hits, mut rule_alarms) = (0, 0);
    for locale in harness::LOCALES {
        let Ok(set) = harness::load_at_least(&dir, locale, 1) else {
            continue;
        };
        let (mut hits, mut alarms) = (vec![0; 8], vec![0; 8]);
        let (mut rh, mut ra) = (0, 0);
        let mut score = |text: &str, danger: bool| {
            let by_rules = harness::is_urgent(&rules, &harness::first_turn(&rules, locale, text));
            if by_rules {
                if danger {
                    rh += 1
                } else {
                    ra += 1
                }
            }
            for (k, t) in thresholds.iter().enumerate() {
                // Through the engine (which may still keep the classifier
                // silent, e.g. where the text negates a danger phrase)
                // only when it can change the outcome.
                let by_model = !by_rules
                    && model.judge_at(text, *t).alarm.is_some()
                    && harness::is_urgent(&with[k], &harness::first_turn(&with[k], locale, text));
                if by_rules || by_model {
                    if danger {
                        hits[k] += 1
                    } else {
                        alarms[k] += 1
                    }
                }
            }
        };
        for (text, _) in &set.danger {
            score(text, true);
        }
        for text in &set.innocent {
            score(text, false);
        }
        let (d, i) = (set.danger.len(), set.innocent.len());
        let cells: Vec<String> = (0..8)
            .map(|k| {
                format!(
                    "{:.2}/{:.2}",
                    hits[k] as f64 / d as f64,
                    alarms[k] as f64 / i as f64
                )
            })
            .collect();
        println!(
            "{locale:8} rules {:.2}/{:.2} | {}",
            rh as f64 / d as f64,
            ra as f64 / i as f64,
            cells.join(" ")
        );
        for k in 0..8 {
            all_hits[k] += hits[k];
            all_alarms[k] += alarms[k];
        }
        rule_hits += rh;
        rule_alarms += ra;
        all_d += d;
        all_i += i;
    }
    println!("all: {all_d} danger, {all_i} innocent; rules alone {rule_hits} / {rule_alarms}");
    for (k, t) in thresholds.iter().enumerate() {
        println!(
            "threshold {t:.2}: recognised {} ({:.3}), false alarms {} ({:.3})",
            all_hits[k],
            all_hits[k] as f64 / all_d as f64,
            all_alarms[k],
            all_alarms[k] as f64 / all_i as f64
        );
    }
}
