//! Questionnaires end to end: the format and its validator, skip logic,
//! repeats, constraints, scoring, modes, and drafts and reports in the vault.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

mod support;
use support::{all_files, assert_no_plaintext};

use chrono::{DateTime, NaiveDate, Utc};
use proptest::prelude::*;
use waymark_core::expression::Value;
use waymark_core::i18n::Localizer;
use waymark_core::questionnaire::{
    self, answer_options, input, Action, Answer, Drafts, FindingKind, Mode, QuestionType,
    Questionnaire, QuestionnaireError, RiskLevel, Session, Slot, Viewer,
};
use waymark_core::time::FixedClock;
use waymark_core::{Journal, KdfParams, SoftwareKeyStore, Vault, VaultOptions};

const PASS: &str = "4826";

fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/questionnaires")
        .join(name)
}

fn source(name: &str) -> String {
    fs::read_to_string(fixture_path(name)).unwrap()
}

fn load(name: &str) -> Arc<Questionnaire> {
    match questionnaire::parse(name, &source(name)) {
        Ok(q) => Arc::new(q),
        Err(QuestionnaireError::Invalid { findings }) => {
            panic!("{name} is invalid: {findings:#?}")
        }
        Err(e) => panic!("{e}"),
    }
}

fn start(name: &str, mode: Mode) -> Session {
    Session::start(load(name), mode, None).unwrap()
}

fn yes() -> Answer {
    Answer::Choice("yes".into())
}

fn no() -> Answer {
    Answer::Choice("no".into())
}

fn top(name: &str) -> Slot {
    Slot::top(name)
}

/// 1-based lines of `src` that contain `needle`.
fn lines_with(src: &str, needle: &str) -> Vec<u32> {
    src.lines()
        .enumerate()
        .filter(|(_, l)| l.contains(needle))
        .map(|(i, _)| i as u32 + 1)
        .collect()
}

fn vault_in(dir: &Path) -> Arc<Vault> {
    Arc::new(Vault::new(
        dir,
        Arc::new(SoftwareKeyStore::in_directory(dir.join("keystore"))),
    ))
}

fn new_vault(dir: &Path) -> Arc<Vault> {
    let vault = vault_in(dir);
    let options = VaultOptions {
        kdf: KdfParams::MINIMUM,
        wipe_after: None,
    };
    vault.create(PASS, &options).unwrap();
    vault
}

// ---------------------------------------------------------------- format

#[test]
fn the_test_questionnaires_are_valid() {
    for name in ["skip.toml", "repeats.toml", "scoring.toml"] {
        let findings = questionnaire::validate(name, &source(name), None);
        assert!(findings.is_empty(), "{name}: {findings:#?}");
    }
    let q = load("skip.toml");
    assert_eq!(q.id, "skip_test");
    assert_eq!(q.locales, ["en", "fr"]);
    let passport = q.question("passport").unwrap();
    assert_eq!(passport.kind, QuestionType::YesNo);
    assert_eq!(passport.label.as_deref(), Some("skip-passport"));
    assert_eq!(
        passport.audio.get("en").map(String::as_str),
        Some("audio/en/skip-passport.opus")
    );
}

// ---------------------------------------------------------------- skip logic

#[test]
fn skip_logic_hides_and_clears_abandoned_branches() {
    let s = start("skip.toml", Mode::Interviewer);
    s.answer(&top("consent"), Answer::Acknowledged).unwrap();
    s.answer(&top("age"), Answer::Integer(30)).unwrap();
    // The work section is hidden until working = yes.
    assert_eq!(
        s.answer(&top("where"), Answer::Choice("sea".into())),
        Err(QuestionnaireError::NotRelevant {
            name: "where".into()
        })
    );
    s.answer(&top("working"), yes()).unwrap();
    s.answer(&top("where"), Answer::Choice("sea".into()))
        .unwrap();

    // The choice filter leaves only the choices of the chosen group.
    let view = s.go_to(&top("sector")).unwrap();
    let names: Vec<_> = view.choices.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["fishing"]);
    assert_eq!(
        s.answer(&top("sector"), Answer::Choice("farm".into())),
        Err(QuestionnaireError::NotAChoice {
            name: "sector".into()
        })
    );
    s.answer(&top("sector"), Answer::Choice("fishing".into()))
        .unwrap();
    s.answer(&top("boat_days"), Answer::Integer(45)).unwrap();
    assert_eq!(s.calculated("long_at_sea"), Some(Value::Number(1.0)));
    assert!(s.go_to(&top("boat_note")).is_ok());

    // A different sector abandons the boat branch: answer gone, note hidden.
    s.answer(&top("sector"), Answer::Choice("fishing".into()))
        .unwrap();
    s.answer(&top("where"), Answer::Choice("land".into()))
        .unwrap();
    // sector = fishing is no longer a valid choice, but it stays answered
    // until changed; answering a land sector drops the boat branch.
    s.answer(&top("sector"), Answer::Choice("farm".into()))
        .unwrap();
    assert_eq!(s.answer_of(&top("boat_days")), None);
    assert_eq!(s.calculated("long_at_sea"), Some(Value::Number(0.0)));
    assert!(s.go_to(&top("boat_note")).is_err());

    // Back to fishing with days, then "not working": the whole section and
    // everything inside it is cleared, transitively.
    s.answer(&top("where"), Answer::Choice("sea".into()))
        .unwrap();
    s.answer(&top("sector"), Answer::Choice("fishing".into()))
        .unwrap();
    s.answer(&top("boat_days"), Answer::Integer(90)).unwrap();
    s.answer(&top("region"), Answer::Choice("north".into()))
        .unwrap();
    s.answer(&top("working"), no()).unwrap();
    for name in ["where", "sector", "boat_days", "region"] {
        assert_eq!(s.answer_of(&top(name)), None, "{name} kept");
    }
    assert_eq!(s.calculated("long_at_sea"), Some(Value::Number(0.0)));

    // Passport branch.
    s.answer(&top("passport"), no()).unwrap();
    s.answer(&top("who_holds"), Answer::Choices(vec!["land".into()]))
        .unwrap();
    s.answer(&top("passport"), yes()).unwrap();
    assert_eq!(s.answer_of(&top("who_holds")), None);

    // The report never carries an abandoned answer.
    s.answer(&top("story"), Answer::Text("free text".into()))
        .unwrap();
    let report = s.finalize().unwrap();
    let names: Vec<_> = report
        .answers
        .iter()
        .map(|a| a.slot.question.as_str())
        .collect();
    assert_eq!(names, ["consent", "age", "working", "passport", "story"]);
}

#[test]
fn navigation_next_back_jump_review_and_progress() {
    let s = start("skip.toml", Mode::Interviewer);
    let first = s.current().unwrap();
    assert_eq!(first.slot, top("consent"));
    assert_eq!(first.section, "intro");
    // Required: cannot move on without an answer.
    assert_eq!(
        s.next(),
        Err(QuestionnaireError::Required {
            name: "consent".into()
        })
    );
    s.answer_current(Answer::Acknowledged).unwrap();
    assert_eq!(s.next().unwrap().unwrap().slot, top("age"));
    s.answer_current(Answer::Integer(40)).unwrap();
    let working = s.next().unwrap().unwrap();
    assert_eq!(working.slot, top("working"));
    // Interviewer mode shows the interviewer hint; yes/no offers yes and no.
    assert_eq!(working.hint.as_deref(), Some("skip-working-hint"));
    assert_eq!(working.choices.len(), 2);
    s.answer_current(no()).unwrap();
    // The work section is skipped.
    assert_eq!(s.next().unwrap().unwrap().slot, top("passport"));
    assert_eq!(s.back().unwrap().unwrap().slot, top("working"));
    assert_eq!(s.back().unwrap().unwrap().slot, top("age"));

    // Progress: answered of currently relevant (consent, age, working,
    // passport, debt, story).
    let p = s.progress();
    assert_eq!((p.answered, p.relevant), (3, 6));
    s.answer(&top("working"), yes()).unwrap();
    let p = s.progress();
    // + where, sector, region (boat_days waits for sector = fishing).
    assert_eq!((p.answered, p.relevant), (3, 9));

    // Jump to a section, change an earlier answer from the review.
    assert_eq!(
        s.jump_to_section("documents").unwrap().slot,
        top("passport")
    );
    let review = s.review();
    assert_eq!(review[0].slot, top("consent"));
    assert!(review.iter().any(|i| i.slot == top("where")));
    s.go_to(&top("age")).unwrap();
    s.answer_current(Answer::Integer(41)).unwrap();
    assert_eq!(s.answer_of(&top("age")), Some(Answer::Integer(41)));
    assert!(matches!(
        s.jump_to_section("nowhere"),
        Err(QuestionnaireError::UnknownSection { .. })
    ));

    // The current question hidden by a change moves on to the next visible.
    s.go_to(&top("where")).unwrap();
    s.answer(&top("working"), no()).unwrap();
    assert_eq!(s.current().unwrap().slot, top("passport"));

    // To the end and back.
    s.go_to(&top("story")).unwrap();
    assert_eq!(s.next().unwrap(), None);
    assert_eq!(s.current(), None);
    assert_eq!(s.back().unwrap().unwrap().slot, top("story"));
}

#[test]
fn constraints_types_and_required() {
    let s = start("skip.toml", Mode::SelfCheck);
    let err = s.answer(&top("age"), Answer::Integer(7)).unwrap_err();
    assert_eq!(
        err,
        QuestionnaireError::ConstraintFailed {
            name: "age".into(),
            instance: None,
            message: Some("skip-age-range".into())
        }
    );
    // No answer value in the message.
    assert!(!err.to_string().contains('7'));
    assert_eq!(s.answer_of(&top("age")), None);
    s.answer(&top("age"), Answer::Integer(12)).unwrap();

    assert_eq!(
        s.answer(&top("age"), Answer::Text("twelve".into())),
        Err(QuestionnaireError::WrongType { name: "age".into() })
    );
    assert_eq!(
        s.answer(&top("working"), Answer::Choice("maybe".into())),
        Err(QuestionnaireError::WrongType {
            name: "working".into()
        })
    );
    assert!(matches!(
        s.answer(&top("nobody"), yes()),
        Err(QuestionnaireError::UnknownQuestion { .. })
    ));
    assert!(matches!(
        s.answer(&top("long_at_sea"), Answer::Integer(1)),
        Err(QuestionnaireError::NotAnswerable { .. })
    ));
    // "Not sure" and "prefer not to say" fit every question.
    s.answer(&top("working"), Answer::NotSure).unwrap();
    s.answer(&top("debt"), Answer::PreferNotToSay).unwrap();
    s.answer(&top("debt"), Answer::Integer(3)).unwrap();
    assert_eq!(
        s.answer(&top("debt"), Answer::Decimal(f64::NAN)),
        Err(QuestionnaireError::WrongType {
            name: "debt".into()
        })
    );

    // today() in a constraint: a date in the future is refused.
    s.set_today(NaiveDate::from_ymd_opt(2026, 5, 1)).unwrap();
    s.answer(&top("passport"), no()).unwrap();
    let future = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
    assert!(matches!(
        s.answer(&top("since"), Answer::Date(future)),
        Err(QuestionnaireError::ConstraintFailed { .. })
    ));
    let past = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
    s.answer(&top("since"), Answer::Date(past)).unwrap();

    // string-length(.) <= 200.
    assert!(matches!(
        s.answer(&top("story"), Answer::Text("x".repeat(201))),
        Err(QuestionnaireError::ConstraintFailed { message: None, .. })
    ));

    // Self mode hides the interviewer hint.
    assert_eq!(s.go_to(&top("working")).unwrap().hint, None);

    // Finalizing needs every visible required question (consent).
    assert_eq!(
        s.finalize(),
        Err(QuestionnaireError::Required {
            name: "consent".into()
        })
    );
}

/// The options every shell shows come from the core, in one order: the
/// choices (or the acknowledgement), then "not sure" and "prefer not to
/// say" for every question that takes an answer. A phone app renders them
/// and adds none (issue 15: the CLI decided this alone).
#[test]
fn every_answerable_question_offers_not_sure_and_prefer_not_to_say_after_its_choices() {
    let s = start("skip.toml", Mode::Interviewer);
    let labels = |name: &str| -> Vec<(String, Answer)> {
        answer_options(&s.go_to(&top(name)).unwrap())
            .into_iter()
            .map(|o| (o.label, o.answer))
            .collect()
    };
    let escape = [
        ("answer-not-sure".to_owned(), Answer::NotSure),
        (
            "answer-prefer-not-to-say".to_owned(),
            Answer::PreferNotToSay,
        ),
    ];
    assert_eq!(
        labels("consent"),
        [("answer-acknowledge".to_owned(), Answer::Acknowledged)]
    );
    assert_eq!(
        labels("age"),
        escape,
        "a number: only the two, beside the field"
    );
    let working = labels("working");
    assert_eq!(working.len(), 4);
    assert_eq!(working[0], ("answer-yes".to_owned(), yes()));
    assert_eq!(working[1], ("answer-no".to_owned(), no()));
    assert_eq!(working[2..], escape);
    s.answer(&top("working"), yes()).unwrap();
    let choices = s.go_to(&top("where")).unwrap().choices;
    let where_ = labels("where");
    assert_eq!(where_.len(), choices.len() + 2);
    assert_eq!(where_[choices.len()..], escape);
    // Every label is a message in every shipped locale: the locale lint.
}

/// What a person types is read by the core, the same for the terminal and
/// both phones (issue 15: the CLI had its own rules): option numbers in the
/// order `answer_options` gives, labels in their language, any script's
/// digits, the locale's separators and date order.
#[test]
fn typed_answers_are_read_by_the_core_in_the_persons_locale() {
    let s = start("skip.toml", Mode::Interviewer);
    let label = |id: &str| match id {
        "answer-yes" => "Так".to_owned(),
        "answer-no" => "Ні".to_owned(),
        "answer-not-sure" => "Не знаю".to_owned(),
        "skip-where-sea" => "У морі".to_owned(),
        other => other.to_owned(),
    };
    let read = |name: &str, typed: &str, locale: &str| {
        input::read_typed(&s.go_to(&top(name)).unwrap(), label, typed, locale)
    };
    assert_eq!(read("consent", "1", "uk"), Some(Answer::Acknowledged));
    assert_eq!(read("working", "1", "uk"), Some(yes()));
    assert_eq!(
        read("working", " так ", "uk"),
        Some(yes()),
        "label, any case"
    );
    assert_eq!(read("working", "no", "uk"), Some(no()), "the choice's name");
    assert_eq!(read("working", "3", "uk"), Some(Answer::NotSure));
    assert_eq!(read("working", "4", "uk"), Some(Answer::PreferNotToSay));
    assert_eq!(read("working", "5", "uk"), None);
    assert_eq!(read("working", "maybe", "uk"), None);
    assert_eq!(read("age", "٣٤", "ar"), Some(Answer::Integer(34)));
    assert_eq!(read("age", "не знаю", "uk"), Some(Answer::NotSure));
    assert_eq!(
        read("age", "1", "uk"),
        Some(Answer::Integer(1)),
        "a value, not option 1"
    );
    assert_eq!(
        read("debt", "1 200,50", "uk"),
        Some(Answer::Decimal(1200.5))
    );
    assert_eq!(
        read("debt", "1,200.50", "en"),
        Some(Answer::Decimal(1200.5))
    );
    assert_eq!(read("story", "Не знаю", "uk"), Some(Answer::NotSure));
    assert_eq!(
        read("story", "They took it", "en"),
        Some(Answer::Text("They took it".into()))
    );
    assert_eq!(read("story", "  ", "en"), None);
    s.answer(&top("passport"), no()).unwrap();
    assert_eq!(
        read("since", "15.03.2024", "uk"),
        Some(Answer::Date(NaiveDate::from_ymd_opt(2024, 3, 15).unwrap()))
    );
    assert_eq!(
        read("who_holds", "1 2", "uk"),
        Some(Answer::Choices(vec!["land".into(), "sea".into()]))
    );
    assert_eq!(
        read("who_holds", "land، у морі", "ar"),
        Some(Answer::Choices(vec!["land".into(), "sea".into()]))
    );
    assert_eq!(read("who_holds", "3", "uk"), Some(Answer::NotSure));
    assert_eq!(
        read("who_holds", "1, 3", "uk"),
        None,
        "a choice and not sure"
    );
    assert_eq!(read("who_holds", "1, 9", "uk"), None);
}

/// An answer shown back (the review, the summary) is written by the core in
/// the person's locale, and what it writes reads back as the same answer in
/// every shipped locale: a phone shows it and formats nothing itself.
#[test]
fn an_answer_shown_back_in_words_reads_back_as_the_same_answer_in_every_locale() {
    let s = start("skip.toml", Mode::Interviewer);
    s.answer(&top("passport"), no()).unwrap();
    let q = s.questionnaire().clone();
    let date = NaiveDate::from_ymd_opt(2024, 3, 15).unwrap();
    let answers = [
        ("consent", Answer::Acknowledged),
        ("working", yes()),
        ("working", no()),
        ("working", Answer::NotSure),
        ("working", Answer::PreferNotToSay),
        ("age", Answer::Integer(34)),
        ("debt", Answer::Decimal(1200.5)),
        ("debt", Answer::Decimal(0.25)),
        ("story", Answer::Text("They took it".into())),
        ("since", Answer::Date(date)),
        (
            "who_holds",
            Answer::Choices(vec!["land".into(), "sea".into()]),
        ),
        ("who_holds", Answer::NotSure),
    ];
    let locales = Localizer::available_locales();
    assert_eq!(locales.len(), 16, "every shipped locale");
    // The fixture's choice labels, as its pack would give them.
    let with_labels = |locale: &str| {
        let mut loc = Localizer::new(&[locale]);
        let ftl = "skip-where-land = On land\nskip-where-sea = At sea\n";
        loc.add_resource(locale, "skip.ftl", ftl).unwrap();
        loc
    };
    for locale in &locales {
        let loc = with_labels(locale);
        for (question, answer) in &answers {
            let shown = questionnaire::answer_text(&q, question, answer, &loc);
            let view = s.go_to(&top(question)).unwrap();
            let read = input::read_typed(&view, |id| loc.text(id, &[]), &shown, locale);
            assert_eq!(
                read.as_ref(),
                Some(answer),
                "{locale}: {question} shown as {shown:?}"
            );
        }
    }
    let shown = |question: &str, answer: &Answer, locale: &str| {
        questionnaire::answer_text(&q, question, answer, &with_labels(locale))
    };
    assert_eq!(shown("working", &yes(), "uk"), "Так");
    assert_eq!(shown("debt", &Answer::Decimal(1200.5), "uk"), "1200,5");
    assert_eq!(shown("debt", &Answer::Decimal(1200.5), "en"), "1200.5");
    let date = Answer::Date(date);
    assert_eq!(shown("since", &date, "en"), "15/03/2024");
    assert_eq!(shown("since", &date, "tl"), "03/15/2024");
    assert_eq!(shown("since", &date, "zh-Hans"), "2024-03-15");
    assert_eq!(shown("since", &date, "th"), "15/03/2567", "Buddhist era");
    assert_eq!(shown("since", &date, "fa"), "1402/12/25", "Solar Hijri");
    assert_eq!(
        shown(
            "who_holds",
            &Answer::Choices(vec!["land".into(), "sea".into()]),
            "en"
        ),
        "On land, At sea"
    );
    assert_eq!(
        shown("consent", &Answer::Acknowledged, "en"),
        Localizer::new(&["en"]).text("answer-acknowledge", &[])
    );
    assert_eq!(
        shown("who_holds", &Answer::Choice("gone".into()), "en"),
        "gone",
        "a choice the questionnaire no longer has shows its name"
    );
}

/// A result in words comes from the core with every message id built there:
/// a phone renders these records and never writes "risk-level-…".
#[test]
fn a_result_in_words_names_risk_signs_and_steps_in_the_persons_language() {
    let o = score(&[("passport_kept", yes()), ("threatened", yes())]);
    assert!(!o.indicators.is_empty(), "the fixture triggers signs");
    let uk = Localizer::new(&["uk"]);
    let shown = questionnaire::outcome_text(&o, &uk);
    assert_eq!(shown.risk, o.risk);
    assert_eq!(
        shown.risk_text,
        uk.text(questionnaire::risk_message_id(o.risk), &[])
    );
    assert!(!shown.risk_text.contains("risk-level"));
    assert_eq!(shown.indicators.len(), o.indicators.len());
    for (text, ind) in shown.indicators.iter().zip(&o.indicators) {
        assert_eq!(text.id, ind.id);
        assert_eq!(text.name, uk.text(&format!("indicator-{}", ind.id), &[]));
        assert!(
            !text.name.contains('_'),
            "a shared sign has a Ukrainian name"
        );
        assert!(!text.strength_text.contains("strength-"), "{text:?}");
        assert_ne!(text.strength_text, "");
    }
    assert_eq!(shown.next_steps.len(), o.actions.len());
    // An indicator with no message keeps its id as its name.
    assert_eq!(
        questionnaire::indicator_name("made_up_sign", &uk),
        "made_up_sign"
    );
    assert_eq!(
        questionnaire::indicator_name("deception", &uk),
        uk.text("indicator-deception", &[])
    );
    assert_ne!(uk.text("indicator-deception", &[]), "indicator-deception");
}

/// Every store of a vault stamps what the vault's clock says, and a session
/// saving there reads `today()` from it: nothing reads the system clock
/// behind the vault's back (core/src/time.rs).
#[test]
fn a_vault_on_a_fixed_clock_stamps_notes_drafts_and_reports_and_sets_today() {
    let dir = tempfile::tempdir().unwrap();
    let t: DateTime<Utc> = "2031-02-03T04:05:06.789Z".parse().unwrap();
    let vault = Arc::new(
        Vault::new(
            dir.path(),
            Arc::new(SoftwareKeyStore::in_directory(dir.path().join("keystore"))),
        )
        .with_clock(Arc::new(FixedClock::at(t))),
    );
    let options = VaultOptions {
        kdf: KdfParams::MINIMUM,
        wipe_after: None,
    };
    vault.create(PASS, &options).unwrap();
    let note = Journal::new(Arc::clone(&vault)).add("a note").unwrap();
    assert_eq!(note.created_at, t);

    // In 2031 by the vault's clock, June 2030 is in the past and March 2031
    // in the future, whatever the machine's date.
    let drafts = Drafts::new(Arc::clone(&vault));
    let s = Session::start(load("skip.toml"), Mode::SelfCheck, Some(drafts.clone())).unwrap();
    s.answer(&top("passport"), no()).unwrap();
    let date = |y, m| Answer::Date(NaiveDate::from_ymd_opt(y, m, 1).unwrap());
    s.answer(&top("since"), date(2030, 6)).unwrap();
    assert!(matches!(
        s.answer(&top("since"), date(2031, 3)),
        Err(QuestionnaireError::ConstraintFailed { .. })
    ));
    assert_eq!(drafts.list().unwrap()[0].created_at, t);

    let s = Session::start(load("scoring.toml"), Mode::SelfCheck, Some(drafts)).unwrap();
    s.stop().unwrap();
    assert_eq!(s.finalize().unwrap().created_at, t);
}

#[test]
fn stop_here_ends_answering_but_keeps_the_result() {
    let s = start("scoring.toml", Mode::SelfCheck);
    s.answer(&top("debt"), yes()).unwrap();
    s.stop().unwrap();
    assert!(s.is_stopped());
    assert_eq!(
        s.answer(&top("not_free"), yes()),
        Err(QuestionnaireError::Stopped)
    );
    let report = s.finalize().unwrap();
    assert!(report.stopped_early);
    assert_eq!(report.outcome.risk, RiskLevel::Low);
    assert_eq!(s.finalize(), Err(QuestionnaireError::Finalized));
}

// ---------------------------------------------------------------- repeats

#[test]
fn repeats_with_sum_count_and_per_instance_relevance() {
    let s = start("repeats.toml", Mode::Interviewer);
    s.answer(&top("has_employers"), yes()).unwrap();
    assert_eq!(s.calculated("employer_count"), Some(Value::Number(0.0)));
    assert_eq!(s.calculated("total_owed"), Some(Value::Number(0.0)));

    for (paid, owed) in [(no(), 100.0), (yes(), 0.0), (no(), 50.5)] {
        let i = s.add_repeat("employers").unwrap();
        s.answer(&Slot::at("employer_paid", i), paid).unwrap();
        s.answer(&Slot::at("owed", i), Answer::Decimal(owed))
            .unwrap();
    }
    assert_eq!(s.repeat_count("employers"), 3);
    assert_eq!(s.calculated("employer_count"), Some(Value::Number(3.0)));
    assert_eq!(s.calculated("total_owed"), Some(Value::Number(150.5)));
    assert!(s.go_to(&top("many_note")).is_ok());

    // late_months is asked only for the employers that did not pay.
    let shown: Vec<_> = s
        .review()
        .into_iter()
        .filter(|r| r.slot.question == "late_months")
        .map(|r| r.slot.instance)
        .collect();
    assert_eq!(shown, [Some(0), Some(2)]);
    assert_eq!(
        s.answer(&Slot::at("late_months", 1), Answer::Integer(2)),
        Err(QuestionnaireError::NotRelevant {
            name: "late_months".into()
        })
    );
    s.answer(&Slot::at("late_months", 0), Answer::Integer(4))
        .unwrap();
    s.answer(&Slot::at("late_months", 2), Answer::Integer(6))
        .unwrap();
    // Employer 0 turns out to have paid: only its late_months goes.
    s.answer(&Slot::at("employer_paid", 0), yes()).unwrap();
    assert_eq!(s.answer_of(&Slot::at("late_months", 0)), None);
    assert_eq!(
        s.answer_of(&Slot::at("late_months", 2)),
        Some(Answer::Integer(6))
    );

    // Constraint inside a repeat, and instances that do not exist.
    assert!(matches!(
        s.answer(&Slot::at("owed", 1), Answer::Decimal(-1.0)),
        Err(QuestionnaireError::ConstraintFailed { .. })
    ));
    assert!(matches!(
        s.answer(&Slot::at("owed", 7), Answer::Decimal(1.0)),
        Err(QuestionnaireError::NoSuchInstance { .. })
    ));
    assert!(matches!(
        s.answer(&top("owed"), Answer::Decimal(1.0)),
        Err(QuestionnaireError::NoSuchInstance { .. })
    ));

    // Removing an instance updates the sums and the relevance that reads them.
    s.remove_repeat("employers", 0).unwrap();
    assert_eq!(s.calculated("employer_count"), Some(Value::Number(2.0)));
    assert_eq!(s.calculated("total_owed"), Some(Value::Number(50.5)));
    assert!(s.go_to(&top("many_note")).is_err());
    assert_eq!(
        s.answer_of(&Slot::at("late_months", 1)),
        Some(Answer::Integer(6))
    );

    // Navigation walks through the instances in order.
    s.go_to(&Slot::at("employer_paid", 0)).unwrap();
    assert_eq!(s.next().unwrap().unwrap().slot, Slot::at("owed", 0));
    assert_eq!(
        s.next().unwrap().unwrap().slot,
        Slot::at("employer_paid", 1)
    );
}

// ---------------------------------------------------------------- scoring

fn score(answers: &[(&str, Answer)]) -> questionnaire::Outcome {
    let s = start("scoring.toml", Mode::Interviewer);
    for (name, a) in answers {
        s.answer(&top(name), a.clone()).unwrap();
    }
    s.outcome()
}

fn ids(o: &questionnaire::Outcome) -> Vec<&str> {
    o.indicators.iter().map(|i| i.id.as_str()).collect()
}

#[test]
fn no_indicator_means_no_risk() {
    let o = score(&[("not_free", no()), ("debt", Answer::NotSure)]);
    assert_eq!(o.risk, RiskLevel::None);
    assert!(o.indicators.is_empty() && o.actions.is_empty());
}

#[test]
fn outcome_any_of() {
    let o = score(&[("passport_kept", yes())]);
    assert_eq!(o.risk, RiskLevel::Low);
    assert_eq!(ids(&o), ["retention_of_identity_documents"]);
    assert_eq!(o.actions, [Action::Message("act-know-rights".into())]);
}

#[test]
fn outcome_at_least_n() {
    let o = score(&[("lied_to", yes())]);
    assert_eq!(o.risk, RiskLevel::None);
    let o = score(&[("lied_to", yes()), ("debt", yes())]);
    assert_eq!(o.risk, RiskLevel::Medium);
    assert_eq!(
        o.actions,
        [
            Action::Message("act-know-rights".into()),
            Action::Message("act-talk-to-caseworker".into()),
            Action::ReferHelplines,
        ]
    );
}

#[test]
fn outcome_all_of_several_sets() {
    // Involuntariness without menace of penalty: not "high".
    let o = score(&[("lied_to", yes())]);
    assert!(o.risk < RiskLevel::High);
    // Menace alone: not "high" either (one indicator, weight 3).
    let o = score(&[("threatened", yes())]);
    assert!(o.risk < RiskLevel::High);
    // One of each set: high.
    let o = score(&[("lied_to", yes()), ("threatened", yes())]);
    assert_eq!(o.risk, RiskLevel::High);
    assert!(o
        .actions
        .contains(&Action::Message("act-safety-plan".into())));
    assert_eq!(
        o.actions
            .iter()
            .filter(|a| **a == Action::ReferHelplines)
            .count(),
        1
    );
}

#[test]
fn outcome_weights_and_threshold() {
    // 3 + 2 + 2 = 7 reaches the threshold without both sets.
    let o = score(&[
        ("not_free", yes()),
        ("passport_kept", yes()),
        ("debt", yes()),
    ]);
    assert_eq!(o.risk, RiskLevel::Urgent);
    assert!(o.actions.contains(&Action::Message("act-urgent".into())));
    // 3 + 2 = 5 does not.
    let o = score(&[("not_free", yes()), ("debt", yes())]);
    assert_eq!(o.risk, RiskLevel::Medium);
}

// ---------------------------------------------------------------- modes

#[test]
fn hand_over_shows_the_worker_only_the_summary_without_consent() {
    let s = start("scoring.toml", Mode::HandOver);
    s.answer(&top("threatened"), yes()).unwrap();
    s.answer(&top("lied_to"), yes()).unwrap();
    let worker = s.summary_for(Viewer::Worker);
    assert_eq!(worker.answers, None);
    assert_eq!(worker.outcome.risk, RiskLevel::High);
    assert!(s.summary_for(Viewer::Respondent).answers.is_some());
    s.set_consent_to_show_answers(true).unwrap();
    let worker = s.summary_for(Viewer::Worker);
    assert_eq!(worker.answers.unwrap().len(), 5);

    // Interviewer mode: the worker recorded the answers and sees them.
    let s = start("scoring.toml", Mode::Interviewer);
    assert!(s.summary_for(Viewer::Worker).answers.is_some());
}

#[test]
fn api_objects_are_send_and_sync() {
    fn is<T: Send + Sync>() {}
    is::<Session>();
    is::<Drafts>();
    is::<Questionnaire>();
}

// ---------------------------------------------------------------- vault

#[test]
fn a_resumed_draft_is_identical_to_the_session_before() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let q = load("repeats.toml");
    let s = Session::start(Arc::clone(&q), Mode::HandOver, Some(Drafts::new(vault))).unwrap();
    s.answer(&top("has_employers"), yes()).unwrap();
    let i = s.add_repeat("employers").unwrap();
    s.answer(&Slot::at("employer_paid", i), no()).unwrap();
    s.answer(&Slot::at("owed", i), Answer::Decimal(12.5))
        .unwrap();
    s.go_to(&Slot::at("late_months", i)).unwrap();
    s.set_consent_to_show_answers(true).unwrap();
    let before = s.snapshot();
    let id = s.draft_id().unwrap();
    drop(s);

    // As after the app was killed: a new vault object over the same files.
    let vault = vault_in(dir.path());
    vault.unlock(PASS).unwrap();
    let drafts = Drafts::new(Arc::clone(&vault));
    let listed = drafts.list().unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].id, id);
    assert_eq!(listed[0].questionnaire_id, "repeat_test");
    assert_eq!(listed[0].mode, Mode::HandOver);

    let resumed = drafts.resume(&id, Arc::clone(&q)).unwrap();
    assert_eq!(resumed.snapshot(), before);
    assert_eq!(resumed.current().unwrap().slot, Slot::at("late_months", 0));
    assert_eq!(resumed.calculated("total_owed"), Some(Value::Number(12.5)));

    // A different questionnaire cannot resume it.
    assert!(matches!(
        drafts.resume(&id, load("scoring.toml")),
        Err(QuestionnaireError::DraftMismatch { .. })
    ));
    assert!(matches!(
        drafts.resume("nope", Arc::clone(&q)),
        Err(QuestionnaireError::DraftNotFound)
    ));

    drafts.delete(&id).unwrap();
    assert!(drafts.list().unwrap().is_empty());
    assert_eq!(drafts.delete(&id), Err(QuestionnaireError::DraftNotFound));
}

#[test]
fn a_failed_answer_changes_nothing_in_the_draft() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let drafts = Drafts::new(Arc::clone(&vault));
    let q = load("skip.toml");
    let s = Session::start(Arc::clone(&q), Mode::Interviewer, Some(drafts.clone())).unwrap();
    s.answer(&top("age"), Answer::Integer(30)).unwrap();
    let before = s.snapshot();
    assert!(s.answer(&top("age"), Answer::Integer(3)).is_err());
    assert_eq!(s.snapshot(), before);
    // The vault is locked: the answer is refused and not kept in memory.
    vault.lock();
    assert!(matches!(
        s.answer(&top("age"), Answer::Integer(31)),
        Err(QuestionnaireError::Vault(_))
    ));
    assert_eq!(s.snapshot(), before);
    vault.unlock(PASS).unwrap();
    let resumed = drafts.resume(&s.draft_id().unwrap(), q).unwrap();
    assert_eq!(resumed.snapshot(), before);
}

const MARKERS: [&str; 3] = [
    "MARKER-passport-7f3a9c",
    "Отобрали паспорт MARKER-2b1d",
    "ยึดหนังสือเดินทาง-MARKER-th",
];

#[test]
fn no_answer_text_in_any_vault_file() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let drafts = Drafts::new(Arc::clone(&vault));
    let q = load("skip.toml");

    // One draft left open, one finalized into a report.
    let open = Session::start(Arc::clone(&q), Mode::SelfCheck, Some(drafts.clone())).unwrap();
    open.answer(&top("story"), Answer::Text(MARKERS[0].into()))
        .unwrap();
    open.answer(&top("story"), Answer::Text(MARKERS[1].into()))
        .unwrap();
    let done = Session::start(Arc::clone(&q), Mode::Interviewer, Some(drafts.clone())).unwrap();
    done.answer(&top("consent"), Answer::Acknowledged).unwrap();
    done.answer(&top("age"), Answer::Integer(33)).unwrap();
    done.answer(&top("story"), Answer::Text(MARKERS[2].into()))
        .unwrap();
    let report = done.finalize().unwrap();

    // While unlocked the live database's WAL holds the latest pages too.
    assert!(all_files(dir.path())
        .iter()
        .any(|p| p.to_string_lossy().ends_with(".db-wal")));
    assert_no_plaintext(dir.path(), &MARKERS);
    vault.lock();
    assert_no_plaintext(dir.path(), &MARKERS);

    vault.unlock(PASS).unwrap();
    assert_eq!(drafts.list().unwrap().len(), 1);
    let stored = drafts.report(&report.id).unwrap();
    assert_eq!(stored, report);
    assert!(drafts.reports().unwrap() == [report.id.as_str()]);
}

#[test]
fn a_finalized_report_in_the_vault_holds_only_relevant_answers() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let drafts = Drafts::new(Arc::clone(&vault));
    let s = Session::start(load("skip.toml"), Mode::HandOver, Some(drafts.clone())).unwrap();
    s.answer(&top("consent"), Answer::Acknowledged).unwrap();
    s.answer(&top("age"), Answer::Integer(19)).unwrap();
    s.answer(&top("working"), yes()).unwrap();
    s.answer(&top("where"), Answer::Choice("sea".into()))
        .unwrap();
    s.answer(&top("passport"), no()).unwrap();
    s.answer(&top("who_holds"), Answer::Choices(vec!["sea".into()]))
        .unwrap();
    // Abandon both branches.
    s.answer(&top("working"), no()).unwrap();
    s.answer(&top("passport"), yes()).unwrap();
    let id = s.draft_id().unwrap();
    let report = s.finalize().unwrap();
    assert_eq!(drafts.list().unwrap(), []);
    assert!(matches!(
        drafts.resume(&id, load("skip.toml")),
        Err(QuestionnaireError::DraftNotFound)
    ));
    let stored = drafts.report(&report.id).unwrap();
    let names: Vec<_> = stored
        .answers
        .iter()
        .map(|a| a.slot.question.as_str())
        .collect();
    assert_eq!(names, ["consent", "age", "working", "passport"]);
    assert_eq!(stored.mode, Mode::HandOver);
}

// ---------------------------------------------------------------- validator

/// Validates a broken fixture and checks that `kind` is reported exactly on
/// the lines marked `# FAULT`.
fn assert_faults(name: &str, kind: FindingKind) {
    let src = source(name);
    let findings = questionnaire::validate(name, &src, None);
    let expected = lines_with(&src, "# FAULT");
    let got: Vec<u32> = findings
        .iter()
        .filter(|f| f.kind == kind)
        .map(|f| f.line)
        .collect();
    assert!(!got.is_empty(), "{name}: no {kind:?} in {findings:#?}");
    for f in &findings {
        assert_eq!(f.file, name);
        assert!(!f.reason.is_empty());
    }
    for line in &got {
        assert!(
            expected.contains(line),
            "{name}: {kind:?} on line {line}, expected {expected:?}: {findings:#?}"
        );
    }
    assert!(matches!(
        questionnaire::parse(name, &src),
        Err(QuestionnaireError::Invalid { .. })
    ));
}

#[test]
fn validator_reports_toml_syntax_with_its_line() {
    let src = source("bad_syntax.toml");
    let findings = questionnaire::validate("bad_syntax.toml", &src, None);
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0].kind, FindingKind::Syntax);
    assert_eq!(
        vec![findings[0].line],
        lines_with(&src, "label = \"broken-a")
    );
}

#[test]
fn validator_reports_unknown_references() {
    assert_faults("bad_unknown_reference.toml", FindingKind::UnknownReference);
    let src = source("bad_unknown_reference.toml");
    let f = &questionnaire::validate("x", &src, None)[0];
    // The column points at ${nope} inside the expression.
    let line = src.lines().nth(f.line as usize - 1).unwrap();
    let col = line.find("${nope}").unwrap() as u32 + 1;
    assert_eq!(f.column, col, "{f:?}");
    assert!(f.reason.contains("nope"));
    assert_faults("bad_outcome.toml", FindingKind::UnknownReference);
    assert_faults("bad_filter_column.toml", FindingKind::UnknownReference);
}

#[test]
fn validator_reports_calculation_cycles() {
    assert_faults("bad_cycle.toml", FindingKind::Cycle);
}

#[test]
fn validator_reports_expression_syntax_and_type_errors() {
    assert_faults("bad_expression_syntax.toml", FindingKind::ExpressionSyntax);
    assert_faults("bad_type.toml", FindingKind::ExpressionType);
}

#[test]
fn validator_reports_missing_choice_lists() {
    assert_faults("bad_choices.toml", FindingKind::UnknownChoiceList);
}

#[test]
fn validator_reports_unreachable_questions() {
    let name = "bad_unreachable.toml";
    assert_faults(name, FindingKind::Unreachable);
    let findings = questionnaire::validate(name, &source(name), None);
    let dead: Vec<_> = findings
        .iter()
        .filter(|f| f.kind == FindingKind::Unreachable)
        .collect();
    // dead, and also_dead (it reads only dead); alive reads dead too but is
    // shown exactly when dead is unanswered.
    assert_eq!(dead.len(), 2, "{findings:#?}");
}

#[test]
fn validator_reports_missing_translations() {
    let name = "skip.toml";
    let src = source(name);
    let has = |locale: &str, id: &str| locale == "en" || id != "skip-passport";
    let findings = questionnaire::validate(name, &src, Some(&has));
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0].kind, FindingKind::MissingTranslation);
    assert_eq!(
        vec![findings[0].line],
        lines_with(&src, "label = \"skip-passport\"")
    );
    assert!(findings[0].reason.contains("fr"));
    // Everything translated: nothing to report.
    let all = |_: &str, _: &str| true;
    assert!(questionnaire::validate(name, &src, Some(&all)).is_empty());
}

#[test]
fn validator_reports_structure_problems() {
    let src = r#"
id = "s"
title = "Literal text, not an id"

[[questions]]
name = "a"
type = "slider"
label = "s-a"

[[questions]]
name = "b"
type = "yes_no"

[[questions]]
name = "b"
type = "yes_no"
label = "s-b"
"#;
    let findings = questionnaire::validate("s.toml", src, None);
    let kinds: Vec<_> = findings.iter().map(|f| (f.kind, f.line)).collect();
    assert!(
        kinds.contains(&(FindingKind::Structure, 3)),
        "{findings:#?}"
    );
    assert!(
        kinds.contains(&(FindingKind::Structure, 7)),
        "{findings:#?}"
    );
    assert!(
        kinds.contains(&(FindingKind::Structure, 11)),
        "{findings:#?}"
    );
    assert!(
        kinds.contains(&(FindingKind::DuplicateName, 15)),
        "{findings:#?}"
    );
}

// ---------------------------------------------------------------- fuzz

fn exercise(src: &str) {
    let _ = questionnaire::validate("fuzz.toml", src, Some(&|_: &str, _: &str| false));
    if let Ok(q) = questionnaire::parse("fuzz.toml", src) {
        let s = Session::start(Arc::new(q), Mode::Interviewer, None).unwrap();
        for _ in 0..50 {
            let Some(view) = s.current() else { break };
            let _ = s.answer_current(Answer::NotSure);
            if let Some(c) = view.choices.first() {
                let _ = s.answer_current(Answer::Choice(c.name.clone()));
            }
            if s.next().is_err() {
                break;
            }
        }
        let _ = s.summary_for(Viewer::Worker);
        let _ = s.finalize();
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// What a person types is read without a panic in every locale, and a
    /// date read is shown back (in the locale's order and calendar) as text
    /// that reads back as the same date.
    #[test]
    fn typed_numbers_and_dates_never_panic_and_dates_read_back(
        typed in "(\\PC{0,24}|[0-9۰-۹٠-٩]{1,5}[/.\\- ][0-9۰-۹]{1,3}[/.\\- ][0-9۰-۹]{1,5})",
        which in 0usize..16,
    ) {
        let locales = Localizer::available_locales();
        let locale = &locales[which % locales.len()];
        let _ = input::parse_integer(&typed, locale);
        let _ = input::parse_decimal(&typed, locale);
        if let Some(date) = input::parse_date(&typed, locale) {
            let shown = questionnaire::write_date(date, locale);
            prop_assert_eq!(input::parse_date(&shown, locale), Some(date), "{} shown as {}", typed, shown);
        }
    }

    #[test]
    fn arbitrary_text_never_panics(src in "\\PC{0,400}") {
        exercise(&src);
    }

    #[test]
    fn toml_shaped_text_never_panics(
        src in "(\\[\\[(questions|sections|outcomes|indicators)\\]\\]\n|[a-z_]{1,8} = (\"[^\"\n]{0,20}\"|[0-9]{1,3}|true|\\[\\])\n){0,30}"
    ) {
        exercise(&src);
    }

    #[test]
    fn mutated_fixtures_never_panic(
        which in 0usize..3,
        edits in proptest::collection::vec((any::<prop::sample::Index>(), 0u8..3, any::<char>()), 1..6),
    ) {
        let name = ["skip.toml", "repeats.toml", "scoring.toml"][which];
        let mut chars: Vec<char> = source(name).chars().collect();
        for (at, op, c) in edits {
            if chars.is_empty() { break; }
            let i = at.index(chars.len());
            match op {
                0 => { chars.remove(i); }
                1 => chars.insert(i, c),
                _ => chars[i] = c,
            }
        }
        let src: String = chars.into_iter().collect();
        exercise(&src);
    }
}

// ---------------------------------------------------------------- docs

/// The complete example in docs/questionnaires.md must stay valid and run.
#[test]
fn the_documented_example_is_valid_and_runs() {
    let docs =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/questionnaires.md"))
            .unwrap();
    let after = &docs[docs.find("## Complete example").unwrap()..];
    let start = after.find("```toml\n").unwrap() + "```toml\n".len();
    let example = &after[start..start + after[start..].find("```").unwrap()];
    let findings = questionnaire::validate("example.toml", example, None);
    assert!(findings.is_empty(), "{findings:#?}");

    let q = Arc::new(questionnaire::parse("example.toml", example).unwrap());
    let s = Session::start(q, Mode::Interviewer, None).unwrap();
    s.answer(&top("consent"), Answer::Acknowledged).unwrap();
    s.answer(&top("age"), Answer::Integer(16)).unwrap();
    s.answer(&top("working"), yes()).unwrap();
    let i = s.add_repeat("employers").unwrap();
    s.answer(&Slot::at("employer_paid", i), no()).unwrap();
    s.answer(&Slot::at("owed", i), Answer::Decimal(300.0))
        .unwrap();
    s.answer(&top("can_leave"), no()).unwrap();
    s.answer(
        &top("what_happens"),
        Answer::Choices(vec!["threats".into()]),
    )
    .unwrap();
    let o = s.outcome();
    assert_eq!(o.risk, RiskLevel::Urgent);
    assert!(o.actions.contains(&Action::ReferHelplines));
    assert!(o.indicators.iter().any(|t| t.id == "child"));
}

/// A draft that cannot be saved rolls back an answer that changed what is
/// shown: the derived relevance and calculations come back too (they are
/// rebuilt from the restored answers, not copied).
#[test]
fn a_failed_save_restores_relevance_and_calculations() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let drafts = Drafts::new(Arc::clone(&vault));
    let q = load("skip.toml");
    let s = Session::start(Arc::clone(&q), Mode::Interviewer, Some(drafts)).unwrap();
    s.answer(&top("working"), yes()).unwrap();
    s.answer(&top("where"), Answer::Choice("sea".into()))
        .unwrap();
    s.answer(&top("sector"), Answer::Choice("fishing".into()))
        .unwrap();
    s.answer(&top("boat_days"), Answer::Integer(40)).unwrap();
    let before = s.snapshot();
    let shown = s.review().len();
    vault.lock();
    // "no" would hide the work section and clear four answers.
    assert!(matches!(
        s.answer(&top("working"), no()),
        Err(QuestionnaireError::Vault(_))
    ));
    assert_eq!(s.snapshot(), before);
    assert_eq!(s.review().len(), shown);
    assert_eq!(s.calculated("long_at_sea"), Some(Value::Number(1.0)));
}

// ---------------------------------------------------------------- ODK semantics

/// As in ODK, a block where a question is not relevant holds no node for
/// it: `count()` skips it and `sum()` adds the others instead of giving NaN.
#[test]
fn count_and_sum_skip_blocks_where_the_question_is_not_relevant() {
    let s = start("odk_semantics.toml", Mode::Interviewer);
    s.answer(&top("working"), yes()).unwrap();
    let a = s.add_repeat("jobs").unwrap();
    let b = s.add_repeat("jobs").unwrap();
    s.answer(&Slot::at("paid", a), no()).unwrap();
    s.answer(&Slot::at("owed", a), Answer::Decimal(100.0))
        .unwrap();
    s.answer(&Slot::at("paid", b), yes()).unwrap();
    assert_eq!(s.calculated("total_owed"), Some(Value::Number(100.0)));
    assert_eq!(s.calculated("owed_count"), Some(Value::Number(1.0)));
    // Relevance alone (no answer deleted) changes the count too.
    s.answer(&Slot::at("paid", b), no()).unwrap();
    assert_eq!(s.calculated("owed_count"), Some(Value::Number(2.0)));
    s.answer(&Slot::at("paid", b), yes()).unwrap();
    assert_eq!(s.calculated("owed_count"), Some(Value::Number(1.0)));
    let ids: Vec<String> = s
        .outcome()
        .indicators
        .into_iter()
        .map(|t| t.id.clone())
        .collect();
    assert_eq!(ids, ["withholding_of_wages"]);
}

/// A repeat that stops being relevant loses its blocks: `count()` of it is
/// 0, its indicators stop firing, and nothing of it reaches the report
/// (issue 14: someone who said they have no job was still scored on jobs).
#[test]
fn an_irrelevant_repeat_loses_its_blocks_and_they_never_reach_the_report() {
    let s = start("odk_semantics.toml", Mode::Interviewer);
    s.answer(&top("working"), yes()).unwrap();
    for hours in [70, 10] {
        let i = s.add_repeat("jobs").unwrap();
        s.answer(&Slot::at("paid", i), yes()).unwrap();
        s.answer(&Slot::at("hours", i), Answer::Integer(hours))
            .unwrap();
    }
    assert_eq!(s.calculated("job_count"), Some(Value::Number(2.0)));
    assert_eq!(s.outcome().risk, RiskLevel::Medium);

    s.answer(&top("working"), no()).unwrap();
    assert_eq!(s.repeat_count("jobs"), 0);
    assert_eq!(s.calculated("job_count"), Some(Value::Number(0.0)));
    assert_eq!(s.calculated("hours_total"), Some(Value::Number(0.0)));
    assert!(s.outcome().indicators.is_empty());
    assert_eq!(s.outcome().risk, RiskLevel::None);
    // No block can be added while the repeat is not asked.
    assert_eq!(
        s.add_repeat("jobs"),
        Err(QuestionnaireError::NotRelevant {
            name: "jobs".into()
        })
    );
    // Asked again, it starts empty: the old blocks are gone for good.
    s.answer(&top("working"), yes()).unwrap();
    assert_eq!(s.repeat_count("jobs"), 0);
    let report = s.finalize().unwrap();
    assert!(report.answers.iter().all(|a| a.slot.instance.is_none()));
    assert!(report.outcome.indicators.is_empty());
}

/// A refused answer inside a repeat names the question and the block, in
/// the typed error and in the message a script prints.
#[test]
fn a_constraint_error_names_the_question_and_the_block() {
    let s = start("odk_semantics.toml", Mode::Interviewer);
    s.answer(&top("working"), yes()).unwrap();
    s.add_repeat("jobs").unwrap();
    let b = s.add_repeat("jobs").unwrap();
    s.answer(&Slot::at("paid", b), no()).unwrap();
    let err = s
        .answer(&Slot::at("owed", b), Answer::Decimal(-5.0))
        .unwrap_err();
    assert_eq!(
        err,
        QuestionnaireError::ConstraintFailed {
            name: "owed".into(),
            instance: Some(1),
            message: Some("odk-owed-check".into()),
        }
    );
    assert_eq!(
        err.to_string(),
        "the answer to owed in block 2 is not accepted"
    );
    let loc = waymark_core::i18n::Localizer::new(&["en"]);
    let located = err.located_message(&loc);
    assert!(
        located.contains("owed") && located.contains("block"),
        "{located}"
    );
    assert!(located.contains('2') && !located.contains('5'), "{located}");
}

/// A failed save rolls back a change that dropped a repeat's blocks.
#[test]
fn a_failed_save_restores_the_blocks_of_a_repeat() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let drafts = Drafts::new(Arc::clone(&vault));
    let s = Session::start(load("odk_semantics.toml"), Mode::Interviewer, Some(drafts)).unwrap();
    s.answer(&top("working"), yes()).unwrap();
    let i = s.add_repeat("jobs").unwrap();
    s.answer(&Slot::at("paid", i), no()).unwrap();
    s.answer(&Slot::at("owed", i), Answer::Decimal(20.0))
        .unwrap();
    let before = s.snapshot();
    vault.lock();
    assert!(matches!(
        s.answer(&top("working"), no()),
        Err(QuestionnaireError::Vault(_))
    ));
    assert_eq!(s.snapshot(), before);
    assert_eq!(s.repeat_count("jobs"), 1);
    assert_eq!(s.calculated("total_owed"), Some(Value::Number(20.0)));
}
