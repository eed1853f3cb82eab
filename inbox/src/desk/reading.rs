//! A report read in two languages: the caseworker's and the reporter's.
//!
//! Questions, choices and indicators are the questionnaire's own Fluent
//! texts, so they are shown in the caseworker's language with the
//! reporter's original alongside. What the reporter typed is shown as
//! written: the desk does not machine-translate (nothing leaves the
//! computer).

use waymark_core::i18n::{negotiate, Localizer};
use waymark_core::questionnaire;
use waymark_core::questionnaire::{
    indicator_name, Answer, LoadedQuestionnaire, Question, QuestionType,
};

use super::forms::Forms;
use super::lang::Languages;
use super::triage::{answer_name, parse_answer, CaseFile};

/// One answer or field, in both languages.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub question: String,
    pub question_original: String,
    pub answer: String,
    pub answer_original: String,
    /// Free text the reporter typed (shown as written).
    pub typed: bool,
}

/// A triggered indicator and the answers its rule read.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorReason {
    pub id: String,
    pub name: String,
    /// `strong`, `medium` or `weak`.
    pub strength: &'static str,
    /// (question, answer) in the caseworker's language.
    pub because: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Reading {
    /// The reporter's language as the desk shows it (a shipped locale).
    pub original_lang: String,
    pub lines: Vec<Line>,
    pub indicators: Vec<IndicatorReason>,
}

/// The reporter's locale, matched to a shipped one.
pub fn original_language(case: &CaseFile, langs: &Languages) -> String {
    negotiate(&[case.report.locale.as_str()], langs.available())
        .into_iter()
        .next()
        .unwrap_or_else(|| "en".into())
}

/// A questionnaire's title, or the report kind's name.
pub fn source_name(source: &str, forms: &Forms, loc: &Localizer, lang: &str) -> String {
    match forms.get(source).zip(forms.localizer(source, lang)) {
        Some((form, qloc)) => qloc.text(&form.questionnaire.title, &[]),
        None => loc.text(&format!("desk-source-{source}"), &[]),
    }
}

/// The label of choice `name` of a questionnaire's region question.
pub fn region_name(source: &str, region: &str, forms: &Forms, lang: &str) -> String {
    let Some((form, qloc)) = forms.get(source).zip(forms.localizer(source, lang)) else {
        return region.to_owned();
    };
    form.questionnaire
        .questions
        .iter()
        .filter(|q| q.kind == QuestionType::Region)
        .find_map(|q| choice_label(form, q, region, &qloc))
        .unwrap_or_else(|| region.to_owned())
}

fn choice_label(
    form: &LoadedQuestionnaire,
    q: &Question,
    choice: &str,
    loc: &Localizer,
) -> Option<String> {
    let list = form.questionnaire.choice_lists.get(q.choices.as_deref()?)?;
    let c = list.iter().find(|c| c.name == choice)?;
    Some(loc.text(&c.label, &[]))
}

/// An answer in one language: choice labels from the questionnaire, yes/no
/// and the like from the desk's messages (about the person, not to them),
/// numbers and dates as the language writes them, text as given.
fn answer_text(
    form: Option<&LoadedQuestionnaire>,
    q: Option<&Question>,
    answer: &Answer,
    qloc: &Localizer,
    desk: &Localizer,
) -> String {
    let label = |c: &str| {
        if q.is_some_and(|q| q.kind == QuestionType::YesNo) && matches!(c, "yes" | "no") {
            return desk.text(&format!("desk-answer-{c}"), &[]);
        }
        form.zip(q)
            .and_then(|(f, q)| choice_label(f, q, c, qloc))
            .unwrap_or_else(|| c.to_owned())
    };
    match answer {
        Answer::Choice(c) => label(c),
        Answer::Choices(cs) => cs.iter().map(|c| label(c)).collect::<Vec<_>>().join(", "),
        Answer::Text(t) => t.clone(),
        Answer::Integer(n) => n.to_string(),
        // The caseworker's separator and date order, as the core writes
        // them for the person (questionnaire::answer_text).
        Answer::Decimal(x) => questionnaire::write_decimal(*x, desk.locale()),
        Answer::Date(d) => questionnaire::write_date(*d, desk.locale()),
        Answer::Acknowledged => desk.text("desk-answer-acknowledged", &[]),
        Answer::NotSure => desk.text("desk-answer-not-sure", &[]),
        Answer::PreferNotToSay => desk.text("desk-answer-prefer-not", &[]),
    }
}

/// Fields every questionnaire report carries that are not answers.
const META_FIELDS: [&str; 5] = [
    "questionnaire",
    "questionnaire_version",
    "mode",
    "stopped_early",
    "consent_to_show_answers",
];

/// Reads `case` for a caseworker who reads `lang`.
pub fn read(case: &CaseFile, forms: &Forms, langs: &Languages, lang: &str) -> Reading {
    let original_lang = original_language(case, langs);
    let desk = langs.localizer(lang);
    let desk_orig = langs.localizer(&original_lang);
    let form = forms.get(&case.source);
    let qloc = form.and_then(|_| forms.localizer(&case.source, lang));
    let qloc_orig = form.and_then(|_| forms.localizer(&case.source, &original_lang));
    let (qloc, qloc_orig) = match (qloc, qloc_orig) {
        (Some(a), Some(b)) => (a, b),
        _ => (desk.clone(), desk_orig.clone()),
    };
    let mut reading = Reading {
        original_lang,
        ..Reading::default()
    };
    let mut answers: Vec<(&str, Answer)> = Vec::new();
    for field in &case.report.body {
        if META_FIELDS.contains(&field.name.as_str()) || field.name == "outcome" {
            continue;
        }
        let parsed = answer_name(&field.name).zip(parse_answer(&field.value));
        let Some(((qname, instance), answer)) = parsed else {
            // Free text, journal notes, chat: the field as the phone named it.
            reading.lines.push(Line {
                question: field.name.clone(),
                question_original: field.name.clone(),
                answer: field.value.clone(),
                answer_original: field.value.clone(),
                typed: true,
            });
            continue;
        };
        let q = form.and_then(|f| f.questionnaire.question(qname));
        let label = |loc: &Localizer| {
            let base = q
                .and_then(|q| q.label.as_deref())
                .map_or_else(|| qname.to_owned(), |l| loc.text(l, &[]));
            match instance {
                Some(i) => format!("{base} [{}]", i + 1),
                None => base,
            }
        };
        reading.lines.push(Line {
            question: label(&qloc),
            question_original: label(&qloc_orig),
            answer: answer_text(form, q, &answer, &qloc, &desk),
            answer_original: answer_text(form, q, &answer, &qloc_orig, &desk_orig),
            typed: matches!(answer, Answer::Text(_)),
        });
        answers.push((qname, answer));
    }
    let outcome: Option<waymark_core::questionnaire::Outcome> = case
        .report
        .body
        .iter()
        .find(|f| f.name == "outcome")
        .and_then(|f| serde_json::from_str(&f.value).ok());
    for t in outcome.map(|o| o.indicators).unwrap_or_default() {
        let rule = form.and_then(|f| f.questionnaire.indicators.iter().find(|i| i.id == t.id));
        let mut because = Vec::new();
        for name in rule.map(|r| r.reads()).unwrap_or_default() {
            let q = form.and_then(|f| f.questionnaire.question(&name));
            for (_, a) in answers.iter().filter(|(qn, _)| *qn == name) {
                let question = q
                    .and_then(|q| q.label.as_deref())
                    .map_or_else(|| name.clone(), |l| qloc.text(l, &[]));
                because.push((question, answer_text(form, q, a, &qloc, &desk)));
            }
        }
        reading.indicators.push(IndicatorReason {
            name: indicator_name(&t.id, &desk),
            id: t.id,
            strength: match t.strength {
                waymark_core::questionnaire::Strength::Strong => "strong",
                waymark_core::questionnaire::Strength::Medium => "medium",
                waymark_core::questionnaire::Strength::Weak => "weak",
            },
            because,
        });
    }
    reading
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use waymark_core::envelope::{Report, ReportField, ReportKind};

    /// Field names and values as a hostile or buggy phone might send them:
    /// real question names with answers of the wrong type, broken JSON,
    /// odd instances, outcomes that do not parse.
    fn field() -> impl Strategy<Value = ReportField> {
        let name = prop_oneof![
            Just("questionnaire".to_owned()),
            Just("outcome".to_owned()),
            Just("answer:sc_debt".to_owned()),
            Just("answer:fl_wp_place[0]".to_owned()),
            Just("answer:fl_wp_place[x]".to_owned()),
            "answer:[a-z_\\[\\]0-9]{0,12}",
            ".{0,16}",
        ];
        let value = prop_oneof![
            Just("self_check".to_owned()),
            Just("frontline_adult".to_owned()),
            Just(r#"{"type":"choice","value":"yes"}"#.to_owned()),
            Just(r#"{"type":"choices","value":["a","at_sea"]}"#.to_owned()),
            Just(r#"{"type":"integer","value":-9}"#.to_owned()),
            Just(r#"{"risk":"urgent","indicators":[{"id":"x","strength":"weak","weight":1e308}],"actions":[]}"#.to_owned()),
            ".{0,40}",
        ];
        (name, value).prop_map(|(name, value)| ReportField { name, value })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn any_report_body_reads_without_panic(
            body in proptest::collection::vec(field(), 0..12),
            locale in prop_oneof![Just("uk"), Just("ar"), Just("zz-Qaaa"), Just("")],
        ) {
            thread_local! {
                static FORMS: Forms = Forms::builtin();
                static LANGS: Languages = Languages::default();
            }
            let (report, _) = Report::new(ReportKind::Questionnaire, locale, "2026-13-40", body);
            FORMS.with(|forms| LANGS.with(|langs| {
                let case = CaseFile::new(1, "2026-12-01".into(), report, forms);
                let reading = read(&case, forms, langs, "fr");
                prop_assert!(reading.lines.len() <= case.report.body.len());
                let _ = source_name(&case.source, forms, &langs.localizer("fr"), "fr");
                Ok(())
            }))?;
        }
    }
}
