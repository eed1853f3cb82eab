//! The localization layer as apps and content packs use it: negotiation,
//! direction and isolation marks, plurals, strict and forgiving formatting,
//! content-pack resources, and the locale lint on real and broken trees.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use proptest::prelude::*;
use waymark_core::i18n::lint::{self, FindingKind};
use waymark_core::i18n::{direction_of, Arg, I18nError, Localizer, TextDirection, TEXT_MISSING_ID};
use waymark_core::VaultError;

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// The 16 locales issue 3 requires.
const REQUIRED: [&str; 16] = [
    "ar", "en", "es", "fa", "fr", "hi", "my", "pt", "ro", "ru", "sw", "th", "tl", "uk", "vi",
    "zh-Hans",
];

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn broken(name: &str) -> PathBuf {
    repo_root().join("tests/fixtures/locales-broken").join(name)
}

fn wrong(loc: &Localizer, n: u32) -> String {
    VaultError::WrongPasscode {
        remaining_attempts: Some(n),
    }
    .user_message(loc)
}

// ---- negotiation -----------------------------------------------------------

#[test]
fn all_required_locales_are_embedded() {
    let available = Localizer::available_locales();
    for code in REQUIRED {
        assert!(
            available.iter().any(|a| a == code),
            "{code} missing from {available:?}"
        );
    }
}

#[test]
fn regional_variants_fall_back_to_the_language_then_english() {
    let loc = Localizer::new(&["pt-BR"]);
    assert_eq!(loc.locale(), "pt");
    assert_eq!(loc.fallback_chain(), ["pt", "en"]);
    assert_eq!(Localizer::new(&["es-MX"]).fallback_chain(), ["es", "en"]);
    assert_eq!(Localizer::new(&["fr-CA"]).locale(), "fr");
    assert_eq!(Localizer::new(&["en-GB"]).fallback_chain(), ["en"]);
}

#[test]
fn chinese_regions_and_scripts_map_to_simplified() {
    for asked in [
        "zh-CN",
        "zh-SG",
        "zh-Hans-CN",
        "zh-Hans",
        "zh_CN.UTF-8",
        "zh",
    ] {
        assert_eq!(Localizer::new(&[asked]).locale(), "zh-Hans", "{asked}");
    }
}

#[test]
fn posix_forms_from_the_shell_are_understood() {
    assert_eq!(
        Localizer::new(&["pt_BR.UTF-8"]).fallback_chain(),
        ["pt", "en"]
    );
    assert_eq!(Localizer::new(&["uk_UA.utf8"]).locale(), "uk");
    assert_eq!(Localizer::new(&["sr_RS@latin", "ru_RU"]).locale(), "ru");
    assert_eq!(Localizer::new(&["C"]).locale(), "en");
    assert_eq!(Localizer::new(&["POSIX"]).locale(), "en");
}

#[test]
fn unknown_or_empty_requests_give_english_and_say_so() {
    for asked in [
        &["xx"][..],
        &["de-DE"],
        &[],
        &[""],
        &["!!!"],
        &["\u{0}\u{ffff}"],
    ] {
        let loc = Localizer::new(asked);
        assert_eq!(loc.locale(), "en", "{asked:?}");
        assert_eq!(loc.fallback_chain(), ["en"]);
    }
}

#[test]
fn later_preferences_join_the_chain_before_english() {
    let loc = Localizer::new(&["de", "fr-BE", "ar"]);
    assert_eq!(loc.fallback_chain(), ["fr", "ar", "en"]);
    assert_eq!(loc.direction(), TextDirection::LeftToRight);
}

#[test]
fn phone_specific_codes_are_aliased() {
    // Android and iOS report Filipino as "fil".
    assert_eq!(Localizer::new(&["fil-PH"]).locale(), "tl");
    assert_eq!(Localizer::new(&["prs-AF"]).locale(), "fa");
}

// ---- direction and isolation marks ----------------------------------------

#[test]
fn arabic_and_persian_are_right_to_left() {
    assert_eq!(
        Localizer::new(&["ar"]).direction(),
        TextDirection::RightToLeft
    );
    assert_eq!(
        Localizer::new(&["fa-IR"]).direction(),
        TextDirection::RightToLeft
    );
    for ltr in ["en", "es", "uk", "th", "my", "zh-Hans", "hi"] {
        assert_eq!(
            Localizer::new(&[ltr]).direction(),
            TextDirection::LeftToRight,
            "{ltr}"
        );
    }
}

#[test]
fn future_rtl_languages_are_known() {
    for code in ["he", "ur", "ps", "ckb", "dv", "yi", "pa-Arab", "iw"] {
        assert_eq!(direction_of(code), TextDirection::RightToLeft, "{code}");
    }
    for code in ["en", "ku-Latn", "", "garbage!"] {
        assert_eq!(direction_of(code), TextDirection::LeftToRight, "{code}");
    }
}

#[test]
fn rtl_text_isolates_placeables_and_ltr_text_does_not() {
    let ar = Localizer::new(&["ar"]);
    assert!(ar.uses_isolation_marks());
    let text = ar
        .format("vault-error-database", &[("code", Arg::from(14i64))])
        .unwrap();
    assert!(text.contains(&format!("{FSI}14{PDI}")), "{text:?}");

    let en = Localizer::new(&["en"]);
    assert!(!en.uses_isolation_marks());
    let text = en
        .format("vault-error-database", &[("code", Arg::from(14i64))])
        .unwrap();
    assert_eq!(text, "Something went wrong inside the vault (code 14).");
    assert!(!text.contains(FSI) && !text.contains(PDI));
}

#[test]
fn a_latin_phone_number_inside_arabic_stays_one_isolated_run() {
    let mut ar = Localizer::new(&["ar"]);
    ar.add_resource(
        "ar",
        "helplines.ftl",
        "call-helpline = اتصل بـ { $name } على الرقم { $number }.\n",
    )
    .unwrap();
    let text = ar
        .format(
            "call-helpline",
            &[
                ("name", "La Strada".into()),
                ("number", "+380 800 500 335".into()),
            ],
        )
        .unwrap();
    assert!(
        text.contains(&format!("{FSI}+380 800 500 335{PDI}")),
        "{text:?}"
    );
    assert!(text.contains(&format!("{FSI}La Strada{PDI}")), "{text:?}");
}

#[test]
fn english_fallback_inside_an_rtl_screen_is_isolated_too() {
    let mut ar = Localizer::new(&["ar"]);
    ar.add_resource("en", "extra.ftl", "only-english = Call { $number }\n")
        .unwrap();
    let text = ar.text("only-english", &[("number", "112".into())]);
    assert_eq!(text, format!("Call {FSI}112{PDI}"));
}

// ---- plurals --------------------------------------------------------------

#[test]
fn arabic_uses_all_six_plural_categories() {
    let mut ar = Localizer::new(&["ar"]);
    let ftl = "probe = { $n ->\n    [zero] zero\n    [one] one\n    [two] two\n    [few] few\n    [many] many\n   *[other] other\n}\n";
    ar.add_resource("ar", "probe.ftl", ftl).unwrap();
    let category = |n: f64| ar.format("probe", &[("n", Arg::Num(n))]).unwrap();
    assert_eq!(category(0.0), "zero");
    assert_eq!(category(1.0), "one");
    assert_eq!(category(2.0), "two");
    assert_eq!(category(3.0), "few");
    assert_eq!(category(10.0), "few");
    assert_eq!(category(11.0), "many");
    assert_eq!(category(99.0), "many");
    assert_eq!(category(100.0), "other");
    assert_eq!(category(102.0), "other");
}

#[test]
fn arabic_wrong_passcode_message_agrees_with_the_count() {
    let ar = Localizer::new(&["ar"]);
    assert!(wrong(&ar, 1).contains("محاولة واحدة"), "{}", wrong(&ar, 1));
    assert!(wrong(&ar, 2).contains("محاولتان"), "{}", wrong(&ar, 2));
    assert!(wrong(&ar, 3).contains("محاولات"), "{}", wrong(&ar, 3));
    assert!(wrong(&ar, 11).contains("محاولة") && !wrong(&ar, 11).contains("محاولات"));
    assert!(wrong(&ar, 11).contains(&format!("{FSI}11{PDI}")));
}

#[test]
fn russian_and_ukrainian_use_one_few_many() {
    let ru = Localizer::new(&["ru"]);
    assert!(wrong(&ru, 1).contains("1 попытка"), "{}", wrong(&ru, 1));
    assert!(wrong(&ru, 21).contains("21 попытка"), "{}", wrong(&ru, 21));
    assert!(wrong(&ru, 3).contains("3 попытки"), "{}", wrong(&ru, 3));
    assert!(wrong(&ru, 22).contains("22 попытки"), "{}", wrong(&ru, 22));
    assert!(wrong(&ru, 5).contains("5 попыток"), "{}", wrong(&ru, 5));
    assert!(wrong(&ru, 11).contains("11 попыток"), "{}", wrong(&ru, 11));

    let uk = Localizer::new(&["uk"]);
    assert!(wrong(&uk, 1).contains("1 спроба"), "{}", wrong(&uk, 1));
    assert!(wrong(&uk, 4).contains("4 спроби"), "{}", wrong(&uk, 4));
    assert!(wrong(&uk, 5).contains("5 спроб,"), "{}", wrong(&uk, 5));
    assert!(wrong(&uk, 12).contains("12 спроб,"), "{}", wrong(&uk, 12));
}

#[test]
fn english_singular_and_plural() {
    let en = Localizer::new(&["en"]);
    assert_eq!(
        wrong(&en, 1),
        "Wrong passcode. 1 attempt left before the vault is wiped."
    );
    assert_eq!(
        wrong(&en, 7),
        "Wrong passcode. 7 attempts left before the vault is wiped."
    );
}

// ---- strict and forgiving formatting --------------------------------------

#[test]
fn format_reports_a_missing_variable() {
    let en = Localizer::new(&["en"]);
    let err = en.format("vault-error-database", &[]).unwrap_err();
    assert_eq!(
        err,
        I18nError::FormatErrors {
            id: "vault-error-database".into(),
            count: 1
        }
    );
}

#[test]
fn format_reports_a_missing_message() {
    let fr = Localizer::new(&["fr"]);
    let err = fr.format("no-such-message", &[]).unwrap_err();
    assert_eq!(
        err,
        I18nError::MissingMessage {
            id: "no-such-message".into()
        }
    );
}

#[test]
fn format_reports_a_broken_reference_inside_a_message() {
    let mut en = Localizer::new(&["en"]);
    en.add_resource("en", "r.ftl", "points-nowhere = See { missing-target }.\n")
        .unwrap();
    assert!(matches!(
        en.format("points-nowhere", &[]),
        Err(I18nError::FormatErrors { .. })
    ));
    let shown = en.text("points-nowhere", &[]);
    assert!(!shown.contains("missing-target"), "{shown}");
}

#[test]
fn text_never_shows_a_bare_id_and_records_it() {
    for code in REQUIRED {
        let loc = Localizer::new(&[code]);
        let shown = loc.text("no-such-message", &[]);
        assert!(!shown.contains("no-such-message"), "{code}: {shown}");
        assert_eq!(shown, loc.format(TEXT_MISSING_ID, &[]).unwrap(), "{code}");
        assert_eq!(loc.missing_ids(), ["no-such-message"], "{code}");
    }
}

#[test]
fn text_with_a_missing_variable_shows_no_placeholder_debris() {
    let en = Localizer::new(&["en"]);
    let shown = en.text("vault-error-database", &[]);
    assert!(!shown.contains('{') && !shown.contains("$code"), "{shown}");
    assert_eq!(shown, "This text is not available yet.");
    assert_eq!(en.missing_ids(), ["vault-error-database"]);
}

#[test]
fn text_falls_back_along_the_chain() {
    let mut fr = Localizer::new(&["fr-FR"]);
    fr.add_resource("en", "new.ftl", "brand-new = Only in English so far.\n")
        .unwrap();
    assert_eq!(fr.text("brand-new", &[]), "Only in English so far.");
    assert!(fr.missing_ids().is_empty());
}

#[test]
fn missing_ids_never_hold_argument_values() {
    let en = Localizer::new(&["en"]);
    en.text(
        "vault-error-database",
        &[("secret", "my passport number X123".into())],
    );
    let recorded = en.missing_ids().join(" ");
    assert!(!recorded.contains("X123"), "{recorded}");
}

#[test]
fn attributes_can_be_formatted() {
    let mut es = Localizer::new(&["es"]);
    es.add_resource(
        "es",
        "ui.ftl",
        "save = Guardar\n    .title = Guardar la nota de { $who }\n",
    )
    .unwrap();
    assert_eq!(
        es.format("save.title", &[("who", "Ana".into())]).unwrap(),
        "Guardar la nota de Ana"
    );
    assert!(matches!(
        es.format("save.nope", &[]),
        Err(I18nError::MissingMessage { .. })
    ));
}

#[test]
fn numbers_and_strings_convert_into_args() {
    assert_eq!(Arg::from(3u32), Arg::Num(3.0));
    assert_eq!(Arg::from(3usize), Arg::Num(3.0));
    assert_eq!(Arg::from(-3i64), Arg::Num(-3.0));
    assert_eq!(Arg::from(0.5f64), Arg::Num(0.5));
    assert_eq!(Arg::from("x"), Arg::Str("x".into()));
    assert_eq!(Arg::from(String::from("y")), Arg::Str("y".into()));
}

#[test]
fn a_shared_localizer_works_from_many_threads() {
    let loc = Arc::new(Localizer::new(&["uk"]));
    let handles: Vec<_> = (1..=8u32)
        .map(|n| {
            let loc = Arc::clone(&loc);
            std::thread::spawn(move || wrong(&loc, n))
        })
        .collect();
    for h in handles {
        assert!(h.join().unwrap().starts_with("Неправильний код."));
    }
}

// ---- content-pack resources ------------------------------------------------

#[test]
fn a_resource_with_a_syntax_error_is_refused_with_its_line() {
    let mut en = Localizer::new(&["en"]);
    let err = en
        .add_resource("en", "pack.ftl", "good = Fine\n\nbad = { $x \n")
        .unwrap_err();
    match err {
        I18nError::BadResource { file, line, .. } => {
            assert_eq!(file, "pack.ftl");
            assert_eq!(line, 3);
        }
        other => panic!("{other:?}"),
    }
    // Nothing of the refused file was added.
    assert!(!en.has_message("good"));
}

#[test]
fn a_resource_may_not_redefine_a_message() {
    let mut en = Localizer::new(&["en"]);
    let err = en
        .add_resource(
            "en",
            "pack.ftl",
            "fresh = New\nvault-error-locked = Hijacked\n",
        )
        .unwrap_err();
    assert_eq!(
        err,
        I18nError::DuplicateMessage {
            file: "pack.ftl".into(),
            id: "vault-error-locked".into()
        }
    );
    assert!(!en.has_message("fresh"));
    assert_ne!(en.text("vault-error-locked", &[]), "Hijacked");
    let err = en
        .add_resource("en", "pack.ftl", "twice = A\ntwice = B\n")
        .unwrap_err();
    assert!(matches!(err, I18nError::DuplicateMessage { .. }));
}

#[test]
fn resources_for_other_locales_are_checked_then_ignored() {
    let mut en = Localizer::new(&["en"]);
    en.add_resource("sw", "pack.ftl", "habari = Habari\n")
        .unwrap();
    assert!(!en.has_message("habari"));
    assert!(en.add_resource("sw", "pack.ftl", "habari = {").is_err());
    assert!(matches!(
        en.add_resource("", "pack.ftl", "a = b\n"),
        Err(I18nError::BadLocale { .. })
    ));
    // POSIX and case forms name the same locale.
    let mut pt = Localizer::new(&["pt_BR"]);
    pt.add_resource("PT", "pack.ftl", "ola = Olá\n").unwrap();
    assert_eq!(pt.format("ola", &[]).unwrap(), "Olá");
}

// ---- the lint --------------------------------------------------------------

#[test]
fn the_real_locales_pass_the_lint() {
    let findings = lint::check_dir(&repo_root().join("locales"));
    let report: Vec<String> = findings.iter().map(ToString::to_string).collect();
    assert!(
        findings.is_empty(),
        "locales/ has problems:\n{}",
        report.join("\n")
    );
    let embedded = lint::check_embedded();
    assert!(embedded.is_empty(), "{embedded:?}");
}

#[test]
fn every_required_locale_has_the_core_and_cli_files() {
    for code in REQUIRED {
        for file in ["core.ftl", "cli.ftl"] {
            assert!(
                repo_root().join("locales").join(code).join(file).is_file(),
                "{code}/{file}"
            );
        }
    }
}

fn kinds(name: &str) -> BTreeSet<FindingKind> {
    lint::check_dir(&broken(name))
        .into_iter()
        .map(|f| f.kind)
        .collect()
}

#[test]
fn the_lint_catches_a_missing_message() {
    let findings = lint::check_dir(&broken("missing-message"));
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0].kind, FindingKind::MissingMessage);
    assert_eq!(findings[0].file, "fr/app.ftl");
    assert_eq!(findings[0].message_id.as_deref(), Some("bye"));
}

#[test]
fn the_lint_catches_an_extra_message() {
    let findings = lint::check_dir(&broken("extra-message"));
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0].kind, FindingKind::ExtraMessage);
    assert_eq!(findings[0].message_id.as_deref(), Some("surplus"));
    assert_eq!(findings[0].line, 11);
}

#[test]
fn the_lint_catches_a_renamed_variable() {
    let findings = lint::check_dir(&broken("variable-mismatch"));
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0].kind, FindingKind::VariableMismatch);
    assert_eq!(findings[0].message_id.as_deref(), Some("hello"));
    assert_eq!(findings[0].line, 1);
    assert!(findings[0].reason.contains("$nom") && findings[0].reason.contains("$name"));
}

#[test]
fn the_lint_catches_a_missing_attribute() {
    assert_eq!(
        kinds("attribute-mismatch"),
        BTreeSet::from([FindingKind::AttributeMismatch])
    );
}

#[test]
fn the_lint_catches_a_variable_dropped_from_an_attribute() {
    let findings = lint::check_dir(&broken("attribute-variable-mismatch"));
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0].kind, FindingKind::VariableMismatch);
    assert_eq!(findings[0].message_id.as_deref(), Some("button.title"));
}

#[test]
fn the_lint_catches_a_syntax_error_with_file_and_line() {
    let findings = lint::check_dir(&broken("syntax-error"));
    let syntax: Vec<_> = findings
        .iter()
        .filter(|f| f.kind == FindingKind::SyntaxError)
        .collect();
    assert_eq!(syntax.len(), 1, "{findings:?}");
    assert_eq!(syntax[0].file, "fr/app.ftl");
    assert!((3..=5).contains(&syntax[0].line), "{:?}", syntax[0]);
    // The broken entry is junk, so it is also reported missing; nothing else.
    assert_eq!(
        kinds("syntax-error"),
        BTreeSet::from([FindingKind::SyntaxError, FindingKind::MissingMessage])
    );
}

#[test]
fn the_lint_catches_missing_and_extra_files() {
    let missing = lint::check_dir(&broken("missing-file"));
    assert_eq!(missing.len(), 1, "{missing:?}");
    assert_eq!(
        (missing[0].kind, missing[0].file.as_str()),
        (FindingKind::MissingFile, "fr/other.ftl")
    );
    assert_eq!(
        kinds("extra-file"),
        BTreeSet::from([FindingKind::ExtraFile])
    );
    let empty = lint::check_dir(&broken("missing-locale-files"));
    assert_eq!(empty.len(), 1, "{empty:?}");
    assert_eq!(
        (empty[0].kind, empty[0].file.as_str()),
        (FindingKind::MissingFile, "fr/app.ftl")
    );
}

#[test]
fn the_lint_catches_a_plural_select_without_the_languages_categories() {
    let findings = lint::check_dir(&broken("plural-categories"));
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0].kind, FindingKind::PluralCategories);
    assert_eq!(
        (findings[0].file.as_str(), findings[0].line),
        ("ru/app.ftl", 3)
    );
    assert_eq!(findings[0].message_id.as_deref(), Some("count"));
    assert!(
        findings[0].reason.contains("few, many"),
        "{}",
        findings[0].reason
    );
}

#[test]
fn the_lint_catches_duplicates_bad_folder_names_and_no_reference() {
    assert_eq!(
        kinds("duplicate-message"),
        BTreeSet::from([FindingKind::DuplicateMessage])
    );
    assert_eq!(
        kinds("invalid-locale"),
        BTreeSet::from([FindingKind::InvalidLocale])
    );
    assert_eq!(
        kinds("missing-reference"),
        BTreeSet::from([FindingKind::MissingReference])
    );
    assert_eq!(
        kinds("no-such-folder"),
        BTreeSet::from([FindingKind::Unreadable])
    );
}

#[test]
fn findings_serialize_with_stable_kind_names() {
    let findings = lint::check_dir(&broken("missing-message"));
    let json = serde_json::to_value(&findings).unwrap();
    assert_eq!(json[0]["kind"], "missing_message");
    assert_eq!(json[0]["file"], "fr/app.ftl");
    assert_eq!(json[0]["message_id"], "bye");
}

// ---- no panics on any input -----------------------------------------------

fn ftl_like() -> impl Strategy<Value = String> {
    // Fragments of real syntax, shuffled: reaches the parser's odd corners
    // faster than uniform noise.
    let piece = prop_oneof![
        Just("a = b\n".to_owned()),
        Just("-t = T\n".to_owned()),
        Just("{ $x ->\n".to_owned()),
        Just("[one] x\n".to_owned()),
        Just("*[other] y\n".to_owned()),
        Just("}\n".to_owned()),
        Just("    .attr = { NUMBER($n) }\n".to_owned()),
        Just("{ -t }".to_owned()),
        Just("{{{{".to_owned()),
        Just("((((".to_owned()),
        Just("# c\n".to_owned()),
        "\\PC{0,12}",
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn add_resource_never_panics(lang in "\\PC{0,12}", source in prop_oneof!["\\PC{0,200}", ftl_like()]) {
        let mut loc = Localizer::new(&["en"]);
        let _ = loc.add_resource(&lang, "fuzz.ftl", &source);
        let _ = loc.add_resource("en", "fuzz.ftl", &source);
        let _ = loc.text("a", &[("x", Arg::Num(f64::NAN)), ("n", Arg::Str(source.clone()))]);
        let _ = loc.format("a.attr", &[]);
    }

    #[test]
    fn lint_never_panics(en in prop_oneof!["\\PC{0,200}", ftl_like()], other in prop_oneof!["\\PC{0,200}", ftl_like()], lang in "\\PC{0,8}") {
        let files = vec![
            ("en".to_owned(), "a.ftl".to_owned(), en),
            (lang, "a.ftl".to_owned(), other),
        ];
        let _ = lint::check_sources(&files);
    }

    #[test]
    fn negotiation_never_panics_and_always_answers(asked in prop::collection::vec("\\PC{0,20}", 0..4)) {
        let asked: Vec<&str> = asked.iter().map(String::as_str).collect();
        let loc = Localizer::new(&asked);
        prop_assert!(Localizer::available_locales().iter().any(|a| a == loc.locale()));
        let chain = loc.fallback_chain();
        prop_assert_eq!(chain.last().map(String::as_str), Some("en"));
    }
}

// ---- messages other parts of the app rely on --------------------------------

#[test]
fn every_locale_has_its_own_answer_words() {
    use waymark_core::questionnaire::{NO, NOT_SURE, PREFER_NOT_TO_SAY, YES};
    let en = Localizer::new(&["en"]);
    for code in REQUIRED {
        let loc = Localizer::new(&[code]);
        for answer in [YES, NO, NOT_SURE, PREFER_NOT_TO_SAY] {
            // The engine labels a yes/no choice `answer-<name>`, with hyphens.
            let id = format!("answer-{}", answer.replace('_', "-"));
            let text = loc.format(&id, &[]).unwrap();
            assert!(!text.trim().is_empty(), "{code}: {id}");
            if code != "en" && answer != NO {
                // Translated, not the English fallback ("No" is also Spanish).
                assert_ne!(text, en.format(&id, &[]).unwrap(), "{code}: {id}");
            }
        }
    }
}

#[test]
fn pack_errors_keep_file_names_whole_and_isolated_in_arabic() {
    use waymark_core::content::PackError;
    let file = "locales/ar/helplines.ftl".to_owned();
    let e = PackError::HashMismatch { file: file.clone() };
    let ar = Localizer::new(&["ar"]);
    let text = e.user_message(&ar);
    assert!(text.contains(&format!("{FSI}{file}{PDI}")), "{text}");
    let en = Localizer::new(&["en"]);
    assert_eq!(
        e.user_message(&en),
        "locales/ar/helplines.ftl: the contents do not match the manifest."
    );
    assert_eq!(e.message_id(), "pack-error-hash-mismatch");
    assert_eq!(
        PackError::Vault(VaultError::Locked).message_id(),
        VaultError::Locked.message_id()
    );
}

/// Every error a person or a script may see keeps one contract
/// (`waymark_core::UserError`): a snake_case code that the CLI prints as its
/// JSON `kind`, a message id the English texts have, and a sentence that is
/// not the id. A wrapped error (the vault's, a pack's) gives its own code,
/// so a script sees `locked` whichever call hit the locked vault.
#[test]
fn every_error_keeps_the_user_error_contract() {
    use waymark_core::assistant::AssistantError;
    use waymark_core::content::PackError;
    use waymark_core::questionnaire::{CatalogError, QuestionnaireError};
    use waymark_core::sync::SyncError;
    use waymark_core::{JournalError, UserError};

    let locked = || VaultError::Locked;
    let cases: Vec<(Box<dyn UserError>, &str)> = vec![
        (Box::new(locked()), "locked"),
        (Box::new(VaultError::NotFound), "not_found"),
        (Box::new(JournalError::Empty), "empty"),
        (Box::new(JournalError::Vault(locked())), "locked"),
        (Box::new(PackError::ManifestMissing), "manifest_missing"),
        (Box::new(PackError::Vault(locked())), "locked"),
        (
            Box::new(CatalogError::NotFound { id: "x".into() }),
            "questionnaire_not_found",
        ),
        (
            Box::new(CatalogError::Pack(PackError::SignatureMissing)),
            "signature_missing",
        ),
        (Box::new(QuestionnaireError::Stopped), "stopped"),
        (Box::new(QuestionnaireError::Vault(locked())), "locked"),
        (Box::new(AssistantError::Ended), "ended"),
        (
            Box::new(AssistantError::Pack(PackError::Vault(locked()))),
            "locked",
        ),
        (Box::new(SyncError::UnknownNgo), "unknown_ngo"),
        (Box::new(SyncError::Vault(locked())), "locked"),
    ];
    let en = Localizer::new(&["en"]);
    for (e, code) in &cases {
        assert_eq!(e.code(), *code, "{e}");
        assert!(
            e.code().chars().all(|c| c.is_ascii_lowercase() || c == '_'),
            "{}",
            e.code()
        );
        assert!(en.has_message(e.message_id()), "{}", e.message_id());
        let sentence = e.user_message(&en);
        assert!(
            !sentence.is_empty() && !sentence.contains(e.message_id()),
            "{sentence}"
        );
    }
}
