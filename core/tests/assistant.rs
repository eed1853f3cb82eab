//! The support assistant end to end: the built-in flows walked in every
//! locale, danger phrases, typos, unclear text, the vault, quick exit, and
//! the validator on purpose-made broken flows.

mod support;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use waymark_core::assistant::intents::{self, PhraseTable};
use waymark_core::assistant::*;
use waymark_core::content::{builtin, load};
use waymark_core::i18n::Localizer;
use waymark_core::questionnaire::RiskLevel;
use waymark_core::{KdfParams, SoftwareKeyStore, Vault, VaultOptions};

const PASS: &str = "assistant-test-passcode";

fn lib() -> Arc<Library> {
    match Library::builtin() {
        Ok(l) => Arc::new(l),
        Err(AssistantError::Invalid { findings }) => {
            let all: Vec<String> = findings.iter().map(ToString::to_string).collect();
            panic!("built-in flows invalid:\n{}", all.join("\n"));
        }
        Err(e) => panic!("{e}"),
    }
}

fn ctx(locale: &str, country: Option<&str>) -> Context {
    Context {
        locale: locale.into(),
        country: country.map(Into::into),
    }
}

/// The built-in phrase tables, by locale.
fn builtin_phrases() -> BTreeMap<String, PhraseTable> {
    let pack = builtin::pack().unwrap();
    pack.files
        .iter()
        .filter_map(|(path, data)| {
            let locale = path.strip_prefix("intents/")?.strip_suffix(".toml")?;
            let (table, findings) = intents::parse(path, std::str::from_utf8(data).unwrap());
            assert!(findings.is_empty(), "{findings:?}");
            Some((locale.to_owned(), table))
        })
        .collect()
}

fn text_missing(locale: &str) -> String {
    Localizer::new(&[locale]).text("i18n-text-missing", &[])
}

fn new_vault(dir: &Path) -> Arc<Vault> {
    let vault = Arc::new(Vault::new(
        dir,
        Arc::new(SoftwareKeyStore::in_directory(dir.join("keystore"))),
    ));
    let options = VaultOptions {
        kdf: KdfParams::MINIMUM,
        wipe_after: None,
    };
    vault.create(PASS, &options).unwrap();
    vault
}

// ------------------------------------------------------------ walking flows

#[derive(Debug, Clone)]
enum Input {
    Choose(usize),
    Say(String),
    Outcome(QuestionnaireResult),
}

const QUICK_EXIT: &str = "<quick-exit>";

/// How a walk enters its flow: the app's button, or a typed sentence
/// (the urgent flow's crisis path is entered only by a self-harm one).
#[derive(Debug, Clone, Copy)]
enum Opener<'a> {
    Start,
    Say(&'a str),
}

fn replay(
    lib: &Arc<Library>,
    locale: &str,
    country: Option<&str>,
    (flow, opener): (&str, Opener<'_>),
    path: &[Input],
) -> Turn {
    let (c, _) = Conversation::start(lib.clone(), ctx(locale, country), None).unwrap();
    let mut turn = match opener {
        Opener::Start => c.start_flow(flow),
        Opener::Say(text) => c.say(text),
    }
    .unwrap();
    for step in path {
        turn = match step {
            Input::Choose(i) => c.choose(*i),
            Input::Say(t) => c.say(t),
            Input::Outcome(r) => c.questionnaire_finished(*r),
        }
        .unwrap_or_else(|e| panic!("{locale} {flow} {path:?}: {e}"));
    }
    turn
}

/// Ends a flow can reach, from its graph: `end` nodes, and quick exits.
fn expected_ends(flow: &Flow) -> BTreeSet<(String, String)> {
    let mut reachable = HashSet::new();
    let mut stack = vec![flow.start.clone()];
    while let Some(n) = stack.pop() {
        if reachable.insert(n.clone()) {
            stack.extend(
                flow.node(&n)
                    .unwrap()
                    .next
                    .targets()
                    .into_iter()
                    .map(str::to_owned),
            );
        }
    }
    let mut ends = BTreeSet::new();
    for id in &reachable {
        let node = flow.node(id).unwrap();
        if node.actions.contains(&Action::QuickExit) {
            ends.insert((flow.id.clone(), QUICK_EXIT.to_owned()));
        } else if matches!(node.next, Continuation::End) {
            ends.insert((flow.id.clone(), id.clone()));
        }
    }
    ends
}

/// Explores every path of `flow` in `locale` (breadth first, paths from
/// the turns themselves), returning the ends reached.
fn walk(
    lib: &Arc<Library>,
    phrases: &BTreeMap<String, PhraseTable>,
    locale: &str,
    country: Option<&str>,
    flow: &str,
) -> BTreeSet<(String, String)> {
    walk_from(lib, phrases, locale, country, (flow, Opener::Start))
}

fn walk_from(
    lib: &Arc<Library>,
    phrases: &BTreeMap<String, PhraseTable>,
    locale: &str,
    country: Option<&str>,
    (flow, opener): (&str, Opener<'_>),
) -> BTreeSet<(String, String)> {
    let missing = text_missing(locale);
    let mut reached = BTreeSet::new();
    let mut seen = HashSet::new();
    let mut queue: VecDeque<Vec<Input>> = VecDeque::from([Vec::new()]);
    let mut turns = 0;
    while let Some(path) = queue.pop_front() {
        turns += 1;
        assert!(turns < 5000, "{locale} {flow}: too many paths");
        let turn = replay(lib, locale, country, (flow, opener), &path);
        for m in &turn.messages {
            assert!(!m.trim().is_empty(), "{locale} {flow}: empty message");
            assert_ne!(m, &missing, "{locale} {flow} {path:?}: a text is missing");
        }
        for c in &turn.choices {
            assert_ne!(
                c.label, missing,
                "{locale} {flow}: a choice label is missing"
            );
        }
        if turn.waiting_for == Waiting::Nothing {
            let from = replay(
                lib,
                locale,
                country,
                (flow, opener),
                &path[..path.len() - 1],
            );
            reached.insert((from.flow.unwrap(), QUICK_EXIT.to_owned()));
            continue;
        }
        let (Some(f), Some(n)) = (turn.flow.clone(), turn.node.clone()) else {
            continue;
        };
        let key = (
            f.clone(),
            n.clone(),
            turn.messages.clone(),
            turn.choices.clone(),
        );
        if !seen.insert(key) {
            continue;
        }
        let node = lib.flow(&f).unwrap().node(&n).unwrap();
        let mut next: Vec<Input> = Vec::new();
        match (&node.next, turn.waiting_for) {
            (Continuation::End, _) => {
                reached.insert((f, n));
                continue;
            }
            (Continuation::Questionnaire { .. }, Waiting::Questionnaire) => {
                for level in ["none", "low", "medium", "high", "urgent", "stopped"] {
                    next.push(Input::Outcome(QuestionnaireResult::parse(level).unwrap()));
                }
            }
            (Continuation::Ask { routes, .. }, Waiting::Text) => {
                for r in routes {
                    let phrase = phrases
                        .get(locale)
                        .and_then(|t| t.get(&r.intent))
                        .and_then(|p| p.first())
                        .unwrap_or_else(|| panic!("{locale}: intent {} has no phrase", r.intent));
                    next.push(Input::Say(phrase.clone()));
                }
                next.push(Input::Say("zqxj wvkp".to_owned()));
            }
            _ => next.extend((0..turn.choices.len()).map(Input::Choose)),
        }
        for step in next {
            let mut p = path.clone();
            p.push(step);
            queue.push_back(p);
        }
    }
    reached
}

#[test]
fn every_builtin_flow_reaches_each_of_its_ends_in_every_locale() {
    let lib = lib();
    let phrases = builtin_phrases();
    let locales = lib.locales().to_vec();
    assert_eq!(locales.len(), 16);
    let flows: Vec<Flow> = lib.flows().cloned().collect();
    assert!(!flows.is_empty());
    for locale in &locales {
        for flow in &flows {
            let expected = expected_ends(flow);
            assert!(!expected.is_empty(), "{} has no end", flow.id);
            // With and without a known country: branches differ.
            let mut reached = walk(&lib, &phrases, locale, Some("GB"), &flow.id);
            reached.extend(walk(&lib, &phrases, locale, None, &flow.id));
            if flow.urgent {
                // The crisis path, entered by a self-harm sentence.
                let self_harm = &phrases[locale][SELF_HARM_INTENT][0];
                for country in [Some("GB"), None] {
                    reached.extend(walk_from(
                        &lib,
                        &phrases,
                        locale,
                        country,
                        (&flow.id, Opener::Say(self_harm)),
                    ));
                }
            }
            let missed: Vec<_> = expected.difference(&reached).collect();
            assert!(
                missed.is_empty(),
                "{locale} {}: ends never reached: {missed:?}",
                flow.id
            );
        }
        let missing = lib.localizer(locale).unwrap().missing_ids();
        assert!(missing.is_empty(), "{locale}: missing messages {missing:?}");
    }
}

// ------------------------------------------------------------ understanding

#[test]
fn danger_phrases_reach_the_urgent_flow_first_in_every_locale() {
    let lib = lib();
    let urgent = lib.urgent_flow().unwrap().id.clone();
    let phrases = builtin_phrases();
    assert_eq!(phrases.len(), 16);
    for (locale, table) in &phrases {
        let danger = table.get(DANGER_INTENT).unwrap();
        assert!(danger.len() >= 5, "{locale}: too few danger phrases");
        let heard = lib.localizer(locale).unwrap().text("urgent-heard-you", &[]);
        for phrase in danger {
            // From the home menu…
            let (c, _) = Conversation::start(lib.clone(), ctx(locale, None), None).unwrap();
            let t = c.say(phrase).unwrap();
            assert_eq!(
                t.flow.as_deref(),
                Some(urgent.as_str()),
                "{locale}: {phrase:?}"
            );
            assert_eq!(t.messages.first(), Some(&heard), "{locale}: {phrase:?}");
            // …and from the middle of a flow, where choices are waiting.
            let (c, _) = Conversation::start(lib.clone(), ctx(locale, Some("GB")), None).unwrap();
            c.start_flow(&urgent).unwrap();
            let t = c.choose(1).unwrap();
            assert_eq!(t.node.as_deref(), Some("not_now"));
            let t = c.say(phrase).unwrap();
            assert_eq!(t.node.as_deref(), Some("in_danger"), "{locale}: {phrase:?}");
            assert_eq!(t.messages.first(), Some(&heard), "{locale}: {phrase:?}");
        }
    }
}

/// Every self-harm phrase, typed at home or in the middle of a flow,
/// reaches the urgent flow's crisis path (a crisis line first).
#[test]
fn self_harm_phrases_reach_the_crisis_path_in_every_locale() {
    let lib = lib();
    let phrases = builtin_phrases();
    for (locale, table) in &phrases {
        let list = table.get(SELF_HARM_INTENT).unwrap();
        assert!(list.len() >= 10, "{locale}: too few self-harm phrases");
        let heard = lib
            .localizer(locale)
            .unwrap()
            .text("urgent-crisis-heard", &[]);
        for phrase in list {
            let (c, _) = Conversation::start(lib.clone(), ctx(locale, Some("GB")), None).unwrap();
            let t = c.say(phrase).unwrap();
            assert_eq!(
                t.node.as_deref(),
                Some("crisis_talk"),
                "{locale}: {phrase:?}"
            );
            assert_eq!(t.messages.first(), Some(&heard), "{locale}: {phrase:?}");
            let (c, _) = Conversation::start(lib.clone(), ctx(locale, None), None).unwrap();
            c.start_flow("rights").unwrap();
            let t = c.say(phrase).unwrap();
            assert_eq!(
                t.node.as_deref(),
                Some("crisis_no_country"),
                "{locale}: {phrase:?}"
            );
        }
    }
}

/// The questionnaire the conversation asks the app to run, after choosing
/// the first choice at each screen until one is asked for.
fn to_questionnaire(c: &Conversation, flow: &str) -> (String, QuestionnaireMode) {
    let mut turn = c.start_flow(flow).unwrap();
    for _ in 0..10 {
        if let Some((id, mode)) = turn.effects.iter().find_map(|e| match e {
            Effect::StartQuestionnaire { id, mode } => Some((id.clone(), *mode)),
            _ => None,
        }) {
            assert_eq!(turn.waiting_for, Waiting::Questionnaire);
            return (id, mode);
        }
        turn = c.choose(0).unwrap();
    }
    panic!("{flow}: no questionnaire reached by first choices");
}

/// Danger and self-harm sentences reach urgent help wherever they are
/// typed: at the home screen, where choices wait, in a free-text question
/// (with routes, and one kept for a report), and as an answer inside an
/// interview the assistant handed over to the app.
#[test]
fn danger_and_self_harm_reach_urgent_help_wherever_they_are_typed() {
    use waymark_core::questionnaire::{Answer, Catalog, Mode, QuestionType, Session};
    let lib = lib();
    let cases = [
        ("en", "my boss took my passport", "in_danger"),
        ("en", "i want to kill myself", "crisis_talk"),
        ("uk", "я хочу накласти на себе руки", "crisis_talk"),
        ("my", "သူ ကျွန်မကို ရိုက်တယ်", "in_danger"),
        ("zh-Hans", "我想自杀", "crisis_talk"),
        // Recognised by concept rules only, no phrase (crisis_eval,
        // `concept_rules_recognise_danger_that_no_phrase_matches`).
        (
            "en",
            "my recruiter kept my work permit after we landed",
            "in_danger",
        ),
        ("ar", "زميلتي تقول إنها تبي تقتل نفسها", "crisis_talk"),
        ("sw", "walimtishia mama yangu kijijini", "in_danger"),
    ];
    // Recognised by the crisis classifier only (ADR 0311): no phrase or
    // concept rule matches them (checked below). Written for this test,
    // not taken from a held-out round.
    let classifier_only = [
        (
            "en",
            "i wont be a burden to anyone much longer",
            "crisis_talk",
        ),
        (
            "en",
            "my cousin says the boss visits her room at night and she cannot refuse",
            "in_danger",
        ),
        (
            "es",
            "pronto ya no seré una carga para nadie",
            "crisis_talk",
        ),
        (
            "hi",
            "ab main kisi pe bojh nahi banungi zyada din",
            "crisis_talk",
        ),
    ];
    let rules_only = Arc::new(Library::builtin().unwrap().with_classifier(None));
    for (locale, text, _) in classifier_only {
        let (c, _) =
            Conversation::start(rules_only.clone(), ctx(locale, Some("GB")), None).unwrap();
        let t = c.say(text).unwrap();
        assert_ne!(
            t.flow.as_deref(),
            Some("urgent"),
            "{locale}: a rule matches {text:?}; pick another"
        );
    }
    for (locale, text, node) in cases.into_iter().chain(classifier_only) {
        let new = || {
            Conversation::start(lib.clone(), ctx(locale, Some("GB")), None)
                .unwrap()
                .0
        };
        // Home.
        let t = new().say(text).unwrap();
        assert_eq!(t.node.as_deref(), Some(node), "{locale} home: {text}");
        // Where choices wait.
        let c = new();
        c.start_flow("situation").unwrap();
        assert_eq!(
            c.say(text).unwrap().node.as_deref(),
            Some(node),
            "{locale} choices"
        );
        // A free-text question with routes ("in my own words").
        let c = new();
        c.start_flow("situation").unwrap();
        let tell = match &lib.flow("situation").unwrap().node("start").unwrap().next {
            Continuation::Choices(cs) => cs
                .iter()
                .position(|ch| ch.target == Target::Node("tell".to_owned()))
                .unwrap(),
            _ => panic!("situation starts with choices"),
        };
        assert_eq!(c.choose(tell).unwrap().waiting_for, Waiting::Text);
        assert_eq!(
            c.say(text).unwrap().node.as_deref(),
            Some(node),
            "{locale} ask"
        );
        // A free-text question kept for a report.
        let c = new();
        c.start_flow("report").unwrap();
        let mut turn = c.current().unwrap();
        for _ in 0..8 {
            if turn.waiting_for == Waiting::Text {
                break;
            }
            turn = c.choose(0).unwrap();
        }
        assert_eq!(turn.waiting_for, Waiting::Text, "{locale}: report asks");
        assert_eq!(
            c.say(text).unwrap().node.as_deref(),
            Some(node),
            "{locale} report"
        );
        // Inside an interview: the app runs the questionnaire the frontline
        // flow hands over and passes each typed answer to the conversation.
        let c = new();
        let (id, mode) = to_questionnaire(&c, "frontline");
        let q = Catalog::builtin().load(&id).unwrap().questionnaire;
        let mode = match mode {
            QuestionnaireMode::SelfCheck => Mode::SelfCheck,
            QuestionnaireMode::HandOver => Mode::HandOver,
            QuestionnaireMode::Interviewer => Mode::Interviewer,
        };
        let session = Session::start(q, mode, None).unwrap();
        let mut view = session.next().unwrap();
        while let Some(v) = view.as_ref().filter(|v| v.kind != QuestionType::Text) {
            session.answer(&v.slot, Answer::NotSure).unwrap();
            view = session.next().unwrap();
        }
        let v = view.expect("the questionnaire has a text question");
        // An ordinary answer changes nothing.
        assert_eq!(c.interview_text("the farm on the hill").unwrap(), None);
        assert_eq!(c.current().unwrap().waiting_for, Waiting::Questionnaire);
        session
            .answer(&v.slot, Answer::Text(text.to_owned()))
            .unwrap();
        let t = c.interview_text(text).unwrap().expect("urgent help");
        assert_eq!(t.node.as_deref(), Some(node), "{locale} interview: {text}");
        // The interview is where it was, and "back" returns to it.
        assert_eq!(
            session.answer_of(&v.slot),
            Some(Answer::Text(text.to_owned()))
        );
        assert_eq!(c.back().unwrap().waiting_for, Waiting::Questionnaire);
    }
    // Outside a hand-over the call is refused, not silently ignored.
    let (c, _) = Conversation::start(lib.clone(), ctx("en", None), None).unwrap();
    assert!(matches!(
        c.interview_text("i want to kill myself"),
        Err(AssistantError::NotWaitingForThis)
    ));
}

fn lands_in_urgent(lib: &Arc<Library>, locale: &str, text: &str) -> bool {
    let (c, _) = Conversation::start(lib.clone(), ctx(locale, None), None).unwrap();
    let t = c.say(text).unwrap();
    t.node.as_deref() == Some("in_danger")
}

#[test]
fn danger_inside_longer_sentences_and_with_typos() {
    let lib = lib();
    for (locale, text) in [
        ("en", "yesterday my boss took my passport"),
        ("en", "they tok my pasport"),
        ("en", "THEY TOOK MY PASSPORT!!!"),
        ("en", "i cant leave"),
        ("es", "el jefe me quitó el pasaporte"),
        ("es", "me quitaron el pasaprte"),
        ("fr", "ils ont pris mon pasport"),
        ("fr", "je suis enfermee"),
        ("pt", "pegaram meu passaport"),
        ("ru", "они забрали пасорт"),
        ("uk", "у них мій паспорт, допоможіть"),
        ("vi", "ho lay ho chieu cua toi"),
        ("ar", "أخذوا جواز سَفَري"),
        ("zh-Hans", "老板拿走了我的护照怎么办"),
        ("th", "นายจ้างยึดพาสปอร์ตของฉัน"),
        ("my", "သူတို့ ပတ်စ်ပို့ ယူထားတယ်"),
        ("sw", "wamechukua pasipoti yangu jana"),
        ("tl", "kinuha nila ang pasaporte ko kahapon"),
        ("hi", "मालिक ने मेरा पासपोर्ट ले लिया"),
    ] {
        assert!(lands_in_urgent(&lib, locale, text), "{locale}: {text:?}");
    }
}

#[test]
fn misspelled_choices_and_typed_commands_are_understood() {
    let lib = lib();
    let (c, _) = Conversation::start(lib.clone(), ctx("en", Some("GB")), None).unwrap();
    // "hlep" is one transposition from "help": the urgent flow's intent.
    let t = c.say("hlep").unwrap();
    assert_eq!(t.node.as_deref(), Some("in_danger"));
    // A choice label with a typo.
    let t = c.say("not rigth now").unwrap();
    assert_eq!(t.node.as_deref(), Some("not_now"));
    // A number in another script picks a choice.
    let (c, _) = Conversation::start(lib.clone(), ctx("ar", Some("GB")), None).unwrap();
    c.start_flow("urgent").unwrap();
    let t = c.say("٢").unwrap();
    assert_eq!(t.node.as_deref(), Some("not_now"));
    // Commands typed in words.
    let t = c.say("رجوع").unwrap();
    assert_eq!(t.node.as_deref(), Some("in_danger"));
    let (c, _) = Conversation::start(lib.clone(), ctx("fr", None), None).unwrap();
    c.start_flow("urgent").unwrap();
    let t = c.say("autre chose").unwrap();
    assert_eq!(t.flow, None, "back to the home menu");
}

/// What typing `text` on the first screen of "Know your rights" gives.
fn say_in_rights(lib: &Arc<Library>, locale: &str, text: &str) -> Turn {
    let (c, _) = Conversation::start(lib.clone(), ctx(locale, Some("GB")), None).unwrap();
    c.start_flow("rights").unwrap();
    c.say(text).unwrap()
}

/// Short everyday sentences that share a word, a stem or a near spelling
/// with a command word ("menu", "quit", "exit"…). None may end the
/// conversation or take the person away from where they are.
#[test]
fn ordinary_short_sentences_are_not_taken_for_commands() {
    let lib = lib();
    let stays = |locale: &str, text: &str, what: &str| {
        let t = say_in_rights(&lib, locale, text);
        assert_ne!(t.waiting_for, Waiting::Nothing, "{what}: {text:?} quit");
        // A flow, or "did you mean" (no flow yet); never the home menu.
        let (_, home) = Conversation::start(lib.clone(), ctx(locale, Some("GB")), None).unwrap();
        assert!(
            t.flow.is_some() || t.choices != home.choices,
            "{what}: {text:?} went to the home menu"
        );
    };
    for (locale, text) in [
        ("uk", "мені не платять зарплату"), // "мені" ≈ "меню"
        ("ru", "мой друг"),                 // stem of "другое"
        ("ru", "у меня нет выходных"),      // ≈ "выход"
        ("vi", "dien thoai"),               // "thoai" ≈ "thoát"
        ("vi", "tien cong"),                // "cong" ≈ "đóng"
        ("fr", "quitter mon travail"),      // leave my job, not "quit"
        ("es", "estoy sola"),               // ≈ "salir"
        ("es", "vivo solo"),
        ("en", "hide my messages"),
        ("en", "go home"),
    ] {
        assert!(
            text.split_whitespace().count() <= 4 && text.chars().count() <= 24,
            "{text:?} must be short enough to be tried as a command"
        );
        stays(locale, text, locale);
    }
    // Every phrase of every other intent, in every locale: these are
    // exactly the things people type.
    for (locale, table) in builtin_phrases() {
        let command_words: HashSet<String> = COMMAND_INTENTS
            .iter()
            .flat_map(|i| table.get(*i).into_iter().flatten())
            .map(|p| p.to_lowercase())
            .collect();
        for (intent, phrases) in &table {
            if COMMAND_INTENTS.contains(&intent.as_str()) {
                continue;
            }
            for text in phrases {
                if !command_words.contains(&text.to_lowercase()) {
                    stays(&locale, text, &format!("{locale} {intent}"));
                }
            }
        }
    }
    // The command words alone still work.
    for (locale, text) in [("uk", "меню"), ("fr", "Menu"), ("ru", "Другое")] {
        let t = say_in_rights(&lib, locale, text);
        let (_, home) = Conversation::start(lib.clone(), ctx(locale, Some("GB")), None).unwrap();
        assert_eq!(
            (t.flow, t.choices),
            (None, home.choices),
            "{locale}: {text:?}"
        );
    }
    for (locale, text) in [("fr", "quitter"), ("vi", "thoát"), ("es", "salir")] {
        let t = say_in_rights(&lib, locale, text);
        assert_eq!(t.waiting_for, Waiting::Nothing, "{locale}: {text:?}");
    }
}

/// Talking about wages is not danger: "no me pagan" (they don't pay me) is
/// one letter from the stem of "me pega" (he hits me) but is not it.
#[test]
fn unpaid_wages_are_not_taken_for_danger() {
    let lib = lib();
    for (locale, text) in [
        ("es", "no me pagan desde hace dos meses"),
        ("es", "no me pagan"),
        ("uk", "мені не платять зарплату"),
    ] {
        assert!(!lands_in_urgent(&lib, locale, text), "{locale}: {text:?}");
    }
}

#[test]
fn unclear_text_is_never_guessed() {
    let lib = lib();
    let (c, home) = Conversation::start(lib.clone(), ctx("en", None), None).unwrap();
    let t = c.say("what time does the bus come").unwrap();
    assert_eq!(t.flow, None);
    assert_eq!(t.choices, home.choices, "the same options stay");
    assert_eq!(
        t.messages,
        vec![lib
            .localizer("en")
            .unwrap()
            .text("assistant-not-understood", &[])]
    );
    // Half a phrase: "did you mean", with the candidate and "none of these".
    let t = c.say("need").unwrap();
    assert_eq!(t.flow, None);
    assert_eq!(t.choices.len(), 2, "{t:?}");
    assert_eq!(t.choices[0].label, "I need help now");
    let t = c.choose(1).unwrap();
    assert_eq!(t.flow, None, "none of these: nothing started");
    let t = c.say("need").unwrap();
    assert_eq!(t.choices.len(), 2);
    let t = c.choose(0).unwrap();
    assert_eq!(t.node.as_deref(), Some("in_danger"));
    // Inside a flow, a text that fits no choice leaves the person where they were.
    let t = c.say("banana").unwrap();
    assert_eq!(t.node.as_deref(), Some("in_danger"));
    assert_eq!(t.choices.len(), 3);
    // Short words need exact matches; "yes" is not guessed from "yet".
    let t = c.say("yet").unwrap();
    assert_eq!(t.node.as_deref(), Some("in_danger"));
}

// ------------------------------------------------------------ the docs example

/// Extracts the fenced blocks of docs/assistant-flows.md §2.
fn docs_example() -> (String, String, String) {
    let doc = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../docs/assistant-flows.md"),
    )
    .unwrap();
    let block = |marker: &str| -> String {
        let start = doc.find(marker).unwrap_or_else(|| panic!("{marker}"));
        let body = &doc[start..];
        let end = body.find("```").unwrap();
        body[..end].to_owned()
    };
    (
        block("# flows/wages.toml"),
        block("# locales/en/wages.ftl"),
        block("# intents/en.toml"),
    )
}

/// The docs example, with a one-node "rights" flow it jumps to, in English
/// and French (French texts copied from English: only structure matters).
fn example_sources() -> Sources {
    let (flow, ftl, intents_src) = docs_example();
    let reserved = "danger = [\"they took my passport\"]\nself_harm = [\"i want to kill myself\"]\nback = [\"back\"]\nrestart = [\"restart\"]\nsomething_else = [\"something else\"]\nquick_exit = [\"exit\"]\n";
    let rights = "id = \"rights\"\ntitle = \"rights-title\"\nlocales = [\"en\", \"fr\"]\nstart = \"s\"\nurgent = true\n[[nodes]]\nid = \"s\"\nsay = [\"rights-title\"]\nend = true\n";
    let mut s = Sources {
        flows: vec![
            ("flows/wages.toml".into(), flow),
            ("flows/rights.toml".into(), rights.into()),
        ],
        ..Sources::default()
    };
    for locale in ["en", "fr"] {
        s.texts.push((
            locale.into(),
            format!("locales/{locale}/wages.ftl"),
            ftl.clone(),
        ));
        s.texts.push((
            locale.into(),
            format!("locales/{locale}/rights.ftl"),
            "rights-title = Your rights\n".into(),
        ));
        s.intents.push((
            locale.into(),
            format!("intents/{locale}.toml"),
            format!("{intents_src}{reserved}"),
        ));
    }
    s.helplines = Some(["gb-modern-slavery".to_owned()].into());
    s.questionnaires = Some(
        BUILTIN_QUESTIONNAIRES
            .iter()
            .map(|q| (*q).to_owned())
            .collect(),
    );
    s
}

fn example_library() -> Arc<Library> {
    let locales = vec!["en".to_owned(), "fr".to_owned()];
    Arc::new(
        Library::from_sources(&example_sources(), &locales, Arc::new(BuiltinHelplines))
            .unwrap_or_else(|e| match e {
                AssistantError::Invalid { findings } => panic!("{findings:#?}"),
                e => panic!("{e}"),
            }),
    )
}

#[test]
fn the_documented_example_is_valid_and_runs() {
    let checked = check(&example_sources());
    assert!(checked.findings.is_empty(), "{:#?}", checked.findings);
    let lib = example_library();
    let phrases: BTreeMap<String, PhraseTable> = checked.intents;
    let flow = lib.flow("wages").unwrap().clone();
    let mut reached = walk(&lib, &phrases, "en", Some("GB"), "wages");
    reached.extend(walk(&lib, &phrases, "en", None, "wages"));
    let missed: Vec<_> = expected_ends(&flow).difference(&reached).cloned().collect();
    assert!(missed.is_empty(), "{missed:?}");
}

#[test]
fn questionnaire_hand_over_report_draft_and_back() {
    let lib = example_library();
    let (c, _) = Conversation::start(lib.clone(), ctx("en", Some("GB")), None).unwrap();
    c.start_flow("wages").unwrap();
    let t = c.choose(1).unwrap(); // not paid → unpaid → helpline branch (GB)
    assert_eq!(t.node.as_deref(), Some("unpaid_helpline"));
    assert!(matches!(&t.effects[0], Effect::Helplines { helplines } if !helplines.is_empty()));
    let t = c.choose(0).unwrap(); // check my situation
    assert_eq!(t.waiting_for, Waiting::Questionnaire);
    assert_eq!(
        t.effects,
        vec![Effect::StartQuestionnaire {
            id: "self_check".into(),
            mode: QuestionnaireMode::SelfCheck
        }]
    );
    assert!(matches!(
        c.say("hello"),
        Err(AssistantError::NotWaitingForThis)
    ));
    let t = c
        .questionnaire_finished(QuestionnaireResult::Finished(RiskLevel::High))
        .unwrap();
    assert_eq!(t.node.as_deref(), Some("serious"));
    assert_eq!(
        t.effects,
        vec![Effect::Call {
            number: "08000 121 700".into(),
            helpline: Some("gb-modern-slavery".into())
        }]
    );
    // Back returns to the screen before the questionnaire, with its variables.
    let t = c.back().unwrap();
    assert_eq!(t.node.as_deref(), Some("unpaid_helpline"));

    // The report: free text is kept (only in the variable), then sent to the app.
    let (c, _) = Conversation::start(lib.clone(), ctx("en", None), None).unwrap();
    c.start_flow("wages").unwrap();
    c.choose(1).unwrap();
    let t = c.choose(1).unwrap();
    assert_eq!(t.node.as_deref(), Some("report"));
    assert_eq!(t.waiting_for, Waiting::Text);
    let t = c.say("Factory on the north road, 40 workers").unwrap();
    assert_eq!(t.node.as_deref(), Some("report_done"));
    assert_eq!(
        t.effects,
        vec![Effect::ReportDraft {
            topic: "wages".into(),
            fields: vec![
                ("paid".into(), "no".into()),
                (
                    "details".into(),
                    "Factory on the north road, 40 workers".into()
                )
            ]
        }]
    );
    // What the person wrote never shows in Debug output.
    let debug = format!("{t:?}");
    assert!(
        debug.contains("details") && !debug.contains("north road"),
        "{debug}"
    );
    // Restart starts the flow again.
    let t = c.restart().unwrap();
    assert_eq!(t.node.as_deref(), Some("start"));
}

#[test]
fn free_text_routes_and_ties_ask_which() {
    let lib = example_library();
    let (c, _) = Conversation::start(lib.clone(), ctx("en", None), None).unwrap();
    c.start_flow("wages").unwrap();
    let t = c.choose(2).unwrap();
    assert_eq!(t.waiting_for, Waiting::Text);
    let t = c.say("they keep my money every week").unwrap();
    assert_eq!(
        t.node.as_deref(),
        Some("unpaid_general"),
        "deductions → unpaid"
    );
    assert!(t.messages.iter().any(|m| m.contains("warning sign")));

    // Two flows with the same words: never a guess between them.
    let mut s = example_sources();
    s.intents[0].2.push_str("rights_words = [\"money\"]\n");
    s.intents[1].2.push_str("rights_words = [\"money\"]\n");
    s.flows[1].1 = s.flows[1].1.replace(
        "urgent = true\n",
        "urgent = true\nintents = [\"rights_words\"]\n",
    );
    let lib = Arc::new(
        Library::from_sources(
            &s,
            &["en".to_owned(), "fr".to_owned()],
            Arc::new(BuiltinHelplines),
        )
        .unwrap(),
    );
    let (c, _) = Conversation::start(lib, ctx("en", None), None).unwrap();
    let t = c.say("money").unwrap();
    assert_eq!(t.flow, None);
    let labels: Vec<&str> = t.choices.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(
        labels,
        ["Your rights", "Am I being paid fairly?", "None of these"]
    );
    let t = c.choose(1).unwrap();
    assert_eq!(t.flow.as_deref(), Some("wages"));
}

// ------------------------------------------------------------ the vault

#[test]
fn saved_after_every_turn_resumed_and_deleted_without_a_trace() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = new_vault(tmp.path());
    let store = ConversationStore::new(vault.clone());
    let lib = example_library();
    let (c, _) = Conversation::start(lib.clone(), ctx("en", None), Some(store.clone())).unwrap();
    let id = c.id().unwrap();
    c.start_flow("wages").unwrap();
    c.choose(1).unwrap();
    c.choose(1).unwrap();
    c.say("MARKER-assistant-7731 the farm by the river")
        .unwrap();
    let before = c.back().unwrap();
    drop(c); // as if the app were killed: nothing else is written

    let (c, resumed) = Conversation::resume(lib.clone(), store.clone(), &id).unwrap();
    assert_eq!(resumed.node, before.node);
    assert_eq!(resumed.choices, before.choices);
    assert_eq!(resumed.messages, before.messages);
    assert!(resumed.can_go_back);
    vault.lock();
    support::assert_no_plaintext(
        tmp.path(),
        &["MARKER-assistant-7731", "the farm by the river"],
    );
    vault.unlock(PASS).unwrap();

    assert_eq!(store.list().unwrap().len(), 1);
    c.delete().unwrap();
    assert!(store.list().unwrap().is_empty());
    assert!(matches!(c.choose(0), Err(AssistantError::Ended)));
    assert!(matches!(
        Conversation::resume(lib, store, &id),
        Err(AssistantError::NotFound)
    ));
}

#[test]
fn quick_exit_leaves_nothing_of_the_last_screen() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = new_vault(tmp.path());
    let store = ConversationStore::new(vault.clone());
    let lib = lib();
    for how in ["method", "words", "choice"] {
        let (c, _) =
            Conversation::start(lib.clone(), ctx("en", Some("GB")), Some(store.clone())).unwrap();
        c.start_flow("urgent").unwrap();
        let last = c.choose(0).unwrap();
        assert!(!last.messages.is_empty());
        let t = match how {
            "method" => c.quick_exit().unwrap(),
            "words" => c.say("exit").unwrap(),
            _ => {
                c.back().unwrap();
                c.choose(2).unwrap() // "Leave this app quickly"
            }
        };
        assert_eq!(t.waiting_for, Waiting::Nothing, "{how}");
        assert!(t.messages.is_empty() && t.choices.is_empty());
        // One effect, whatever caused the exit: every shell closes the
        // screen on it (the bindings used to add it themselves).
        assert_eq!(t.effects, [Effect::QuickExit], "{how}");
        let shown = serde_json::to_string(&t).unwrap();
        assert_eq!((t.flow, t.node, t.can_go_back), (None, None, false));
        for m in &last.messages {
            assert!(!shown.contains(m.as_str()));
        }
        assert!(
            store.list().unwrap().is_empty(),
            "{how}: the saved state is gone"
        );
        assert!(matches!(c.current(), Err(AssistantError::Ended)));
    }
}

#[test]
fn bad_input_gives_typed_errors_and_keeps_the_state() {
    let lib = lib();
    let (c, _) = Conversation::start(lib.clone(), ctx("en", None), None).unwrap();
    let before = c.start_flow("urgent").unwrap();
    assert!(matches!(
        c.choose(9),
        Err(AssistantError::NoSuchChoice { index: 10 })
    ));
    assert!(matches!(
        c.say(&"x".repeat(MAX_INPUT_CHARS + 1)),
        Err(AssistantError::TextTooLong { .. })
    ));
    assert!(matches!(
        c.start_flow("nope"),
        Err(AssistantError::UnknownFlow { .. })
    ));
    assert!(matches!(
        c.questionnaire_finished(QuestionnaireResult::Stopped),
        Err(AssistantError::NotWaitingForThis)
    ));
    assert_eq!(c.current().unwrap().node, before.node);
    // Localized messages, without the input.
    let loc = Localizer::new(&["es"]);
    let msg = AssistantError::NoSuchChoice { index: 10 }.user_message(&loc);
    assert!(msg.contains("10") && msg.starts_with("No hay"), "{msg}");
    let debug = format!("{c:?}");
    assert!(!debug.contains("danger"));
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Conversation>();
    send_sync::<Library>();
    send_sync::<ConversationStore>();
}

// ------------------------------------------------------------ the validator

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/flows")
}

/// `(file, line, kind)` from `# EXPECT: kind[, kind]` (this line),
/// `# EXPECT-NEXT: kind` (the next line) and `# EXPECT-FILE: kind` (line 0).
fn expectations(files: &BTreeMap<String, Vec<u8>>) -> BTreeSet<(String, u32, String)> {
    let mut out = BTreeSet::new();
    for (path, data) in files {
        for (i, line) in std::str::from_utf8(data).unwrap().lines().enumerate() {
            for (marker, at) in [
                ("# EXPECT: ", i as u32 + 1),
                ("# EXPECT-NEXT: ", i as u32 + 2),
                ("# EXPECT-FILE: ", 0),
            ] {
                if let Some(pos) = line.find(marker) {
                    for kind in line[pos + marker.len()..].split(',') {
                        out.insert((path.clone(), at, kind.trim().to_owned()));
                    }
                }
            }
        }
    }
    out
}

#[test]
fn the_validator_catches_each_fault_with_file_line_and_reason() {
    let mut kinds_seen = HashSet::new();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 12);
    for dir in dirs {
        let files: BTreeMap<String, Vec<u8>> = load::read_dir(&dir)
            .unwrap()
            .into_iter()
            .map(|f| (f.path, f.data))
            .collect();
        let mut sources = sources_of(&files);
        sources.helplines = Some(["gb-modern-slavery".to_owned()].into());
        sources.questionnaires = Some(
            BUILTIN_QUESTIONNAIRES
                .iter()
                .map(|q| (*q).to_owned())
                .collect(),
        );
        let findings = check(&sources).findings;
        let got: BTreeSet<(String, u32, String)> = findings
            .iter()
            .map(|f| (f.file.clone(), f.line, f.kind.as_str().to_owned()))
            .collect();
        let want = expectations(&files);
        assert!(!want.is_empty());
        assert_eq!(got, want, "{}: {findings:#?}", dir.display());
        for f in &findings {
            assert!(!f.reason.is_empty());
            kinds_seen.insert(f.kind);
        }
        // A broken pack never becomes a library.
        let err = Library::from_sources(&sources, &["en".to_owned()], Arc::new(BuiltinHelplines));
        assert!(matches!(err, Err(AssistantError::Invalid { .. })));
    }
    for kind in [
        FindingKind::Syntax,
        FindingKind::Structure,
        FindingKind::Duplicate,
        FindingKind::UnknownNode,
        FindingKind::Unreachable,
        FindingKind::DeadEnd,
        FindingKind::Loop,
        FindingKind::MissingTranslation,
        FindingKind::UnknownReference,
        FindingKind::EmptyIntent,
        FindingKind::Expression,
    ] {
        assert!(kinds_seen.contains(&kind), "no fixture produces {kind:?}");
    }
}

#[test]
fn the_builtin_pack_checks_clean_with_pack_sources() {
    let pack = builtin::pack().unwrap();
    let sources = pack_sources(&pack.files, &[], &[]);
    let findings = check(&sources).findings;
    assert!(findings.is_empty(), "{findings:#?}");
    let _ = HashMap::<(), ()>::new();
}

// ------------------------------------------------------- packs in the vault

/// An NGO's signed pack holding the documented `wages` flow (en and fr).
fn wages_pack(key: &waymark_core::content::SigningKey) -> Vec<waymark_core::content::PackFile> {
    use waymark_core::content::{pack, PackFile, PackInfo};
    let (flow, ftl, intents_src) = docs_example();
    let mut files = vec![PackFile::new("flows/wages.toml", flow)];
    for locale in ["en", "fr"] {
        files.push(PackFile::new(
            format!("locales/{locale}/wages.ftl"),
            ftl.clone(),
        ));
        files.push(PackFile::new(
            format!("intents/{locale}.toml"),
            intents_src.clone(),
        ));
    }
    let info = PackInfo {
        pack_id: "org.example.wages".into(),
        version: 1,
        locales: vec!["en".into(), "fr".into()],
    };
    let envelope = pack::sign(&files, &info, key).unwrap();
    files.extend(envelope);
    files
}

#[test]
fn flows_of_packs_installed_in_the_vault_join_the_built_in_ones() {
    use waymark_core::content::{ContentStore, PackFile, SigningKey};
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let store = Arc::new(ContentStore::new(Arc::clone(&vault)));
    let key = SigningKey::from_pkcs8(&SigningKey::generate_pkcs8().unwrap()).unwrap();
    store
        .trust_publisher(&key.public_key().to_hex(), "Example NGO")
        .unwrap();

    // Nothing installed: the built-in flows only.
    let before = Library::with_installed(Arc::clone(&store)).unwrap();
    assert!(before.flow("wages").is_none());
    assert!(before.urgent_flow().is_some());

    store.install(&wages_pack(&key)).unwrap();
    let after = Library::with_installed(Arc::clone(&store)).unwrap();
    assert!(
        after.flow("wages").is_some(),
        "the installed flow is missing"
    );
    assert!(after.flow("urgent").is_some());

    // A pack whose flow is broken is left out whole; the rest still load.
    let mut broken: Vec<PackFile> = wages_pack(&key)
        .into_iter()
        .filter(|f| f.path.starts_with("flows/") || f.path.starts_with("locales/en/"))
        .map(|mut f| {
            if f.path == "flows/wages.toml" {
                f.path = "flows/wages2.toml".into();
                f.data = String::from_utf8(f.data)
                    .unwrap()
                    .replace("id = \"wages\"", "id = \"wages2\"")
                    .into_bytes();
            }
            f
        })
        .collect();
    let info = waymark_core::content::PackInfo {
        pack_id: "org.example.broken".into(),
        version: 1,
        locales: vec!["en".into()],
    };
    let envelope = waymark_core::content::pack::sign(&broken, &info, &key).unwrap();
    broken.extend(envelope);
    store.install(&broken).unwrap();
    let both = Library::with_installed(store).unwrap();
    assert!(both.flow("wages").is_some());
    assert!(both.flow("wages2").is_none(), "a broken flow was loaded");
    assert!(both.urgent_flow().is_some());
}

/// A library built over a vault's content reads the vault's clock, so a
/// vault put at a moment puts its conversations there too (ADR 0009).
#[test]
fn a_library_over_a_vault_reads_the_vaults_clock() {
    let dir = tempfile::tempdir().unwrap();
    let t: chrono::DateTime<chrono::Utc> = "2031-02-03T04:05:06Z".parse().unwrap();
    let vault = Arc::new(
        Vault::new(
            dir.path(),
            Arc::new(SoftwareKeyStore::in_directory(dir.path().join("keystore"))),
        )
        .with_clock(Arc::new(waymark_core::time::FixedClock::at(t))),
    );
    let options = VaultOptions {
        kdf: KdfParams::MINIMUM,
        wipe_after: None,
    };
    vault.create("4826", &options).unwrap();
    let content = Arc::new(waymark_core::content::ContentStore::new(vault));
    let library = Library::with_installed(content).unwrap();
    assert_eq!(library.today(), t.date_naive());
}
