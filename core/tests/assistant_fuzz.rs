//! Property tests: the flow parser, the intents parser, the matcher and the
//! engine never panic, whatever they are given.

use std::sync::{Arc, OnceLock};

use proptest::prelude::*;
use waymark_core::assistant::matcher::{
    command_score, danger_score, decide, label_score, score, Input, Prepared, CONFIDENT,
};
use waymark_core::assistant::normalize::{as_number, fold, Normalizer};
use waymark_core::assistant::*;

const URGENT: &str = include_str!("../../content/builtin/flows/urgent.toml");
const LOCALES: &[&str] = &[
    "ar", "en", "es", "fa", "fr", "hi", "my", "pt", "ro", "ru", "sw", "th", "tl", "uk", "vi",
    "zh-Hans",
];

fn library() -> Arc<Library> {
    static LIB: OnceLock<Arc<Library>> = OnceLock::new();
    LIB.get_or_init(|| Arc::new(Library::builtin().unwrap()))
        .clone()
}

/// Text that mixes scripts, marks, digits, punctuation and controls.
fn messy() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            any::<char>(),
            prop::sample::select(vec![
                'a', 'é', ' ', '\'', '’', 'ก', '่', 'က', '်', '护', 'ي', 'َ', '١', '\u{200d}',
                '\u{0301}', 'ё', '\n', '{', '$', '"', '[', '=', ',', '.', '،', '。', 'و',
            ]),
        ],
        0..80,
    )
    .prop_map(|v| v.into_iter().collect())
}

/// The urgent flow with a slice replaced by random text.
fn mutated() -> impl Strategy<Value = String> {
    (0..URGENT.len(), 0..40usize, messy()).prop_map(|(at, len, insert)| {
        let mut at = at;
        while !URGENT.is_char_boundary(at) {
            at -= 1;
        }
        let mut end = (at + len).min(URGENT.len());
        while !URGENT.is_char_boundary(end) {
            end -= 1;
        }
        format!("{}{}{}", &URGENT[..at], insert, &URGENT[end..])
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn flow_parser_never_panics(src in prop_oneof![messy(), mutated()]) {
        match flow::parse("flows/x.toml", &src) {
            Ok(f) => prop_assert!(f.nodes.contains_key(&f.start)),
            Err(findings) => {
                prop_assert!(!findings.is_empty());
                for f in findings {
                    prop_assert!(!f.reason.is_empty());
                    prop_assert!(f.line as usize <= src.lines().count() + 1);
                }
            }
        }
    }

    #[test]
    fn pack_check_never_panics(flow_src in mutated(), ftl in messy(), phrases in messy()) {
        let sources = Sources {
            flows: vec![("flows/urgent.toml".into(), flow_src)],
            texts: vec![("en".into(), "locales/en/urgent.ftl".into(), ftl)],
            intents: vec![("en".into(), "intents/en.toml".into(), format!("danger = [{phrases:?}]\n{phrases}"))],
            concepts: vec![("en".into(), "concepts/en.toml".into(), format!("[concepts]\na = [{phrases:?}]\nb = [{phrases:?}, \"x\"]\n[[rule]]\nkind = \"danger\"\nall = [\"a\", \"b\"]\n{phrases}"))],
            ..Sources::default()
        };
        let _ = check(&sources);
    }

    #[test]
    fn matcher_scores_stay_in_range(a in messy(), b in messy(), locale in prop::sample::select(LOCALES.to_vec())) {
        let n = Normalizer::new(locale);
        let _ = fold(&a);
        let _ = as_number(&a);
        let p = Prepared::new(&n, &a);
        let t = Prepared::new(&n, &b);
        let s = score(&p, &Input::new(&t));
        prop_assert!((0.0..=1.0).contains(&s), "{}", s);
        let whole = Prepared::phrase(&n, &a);
        let scorers: [fn(&Prepared, &Input<'_>) -> f32; 3] = [danger_score, label_score, command_score];
        for scorer in scorers {
            for phrase in [&p, &whole] {
                let x = scorer(phrase, &Input::new(&t));
                prop_assert!((0.0..=1.0).contains(&x), "{}", x);
            }
        }
        // A phrase always finds itself, strictly scored too.
        if !p.is_empty() {
            prop_assert!(score(&p, &Input::new(&p)) > 0.99);
            prop_assert!(danger_score(&p, &Input::new(&p)) > 0.99);
        }
        let _ = decide(vec![("a", s), ("b", 1.0 - s)], CONFIDENT);
    }

    #[test]
    fn concept_rules_take_any_terms_and_text(a in messy(), b in messy(), text in messy(), locale in prop::sample::select(LOCALES.to_vec())) {
        use waymark_core::assistant::concepts::{parse, ConceptIndex};
        let src = format!("[concepts]\nx = [{a:?}]\ny = [{b:?}]\n[[rule]]\nkind = \"self_harm\"\nall = [\"x\", \"y\"]\n");
        let (table, _) = parse("concepts/x.toml", &src);
        let n = Normalizer::new(locale);
        let fired = ConceptIndex::new(&n, &table).recognise(&Prepared::new(&n, &text));
        for (kind, s) in fired {
            prop_assert_eq!(kind.as_str(), "self_harm");
            prop_assert!((0.0..=1.0).contains(&s));
        }
    }

    #[test]
    fn the_engine_takes_any_text(texts in prop::collection::vec(messy(), 1..6), locale in prop::sample::select(LOCALES.to_vec())) {
        let (c, _) = Conversation::start(library(), Context { locale: locale.into(), country: None }, None).unwrap();
        for t in &texts {
            match c.say(t) {
                Ok(_) | Err(AssistantError::NotWaitingForThis) | Err(AssistantError::Ended) => {}
                Err(e) => prop_assert!(false, "unexpected {e:?}"),
            }
        }
    }
}
