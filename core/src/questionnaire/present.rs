//! What a shell shows, decided once for the terminal and both phones: the
//! options a person can tap or number, in order, an answer shown back in
//! words, and a result's risk level, signs and next steps as text in their
//! language. Message ids are built here and nowhere else. (Reading what a
//! person types is `input`.)

use serde::{Deserialize, Serialize};

use super::conventions::{write_date, write_decimal};
use super::engine::QuestionView;
use super::model::{Action, Answer, QuestionType, Questionnaire, RiskLevel, Strength};
use super::scoring::Outcome;
use crate::content::{ContentStore, HelplineEntry, HelplineQuery, PackError};
use crate::i18n::{ids, Localizer};

/// One option: the message id of its label (in the questionnaire's
/// localizer, which includes the core's messages) and the answer it gives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerOption {
    pub label: String,
    pub answer: Answer,
}

/// The options of `view`, in the order to show them: its choices (yes and
/// no for a yes/no question), or the acknowledgement; then "not sure" and
/// "prefer not to say" for every question that takes an answer, because
/// nobody must be pushed into a guess (docs/questionnaires.md). A text,
/// number or date question shows these two beside its input field. Notes
/// and calculations have none.
pub fn answer_options(view: &QuestionView) -> Vec<AnswerOption> {
    let option = |label: &str, answer| AnswerOption {
        label: label.to_owned(),
        answer,
    };
    if !view.kind.is_answerable() {
        return Vec::new();
    }
    if view.kind == QuestionType::Acknowledgement {
        return vec![option(ids::ANSWER_ACKNOWLEDGE, Answer::Acknowledged)];
    }
    let mut out: Vec<AnswerOption> = view
        .choices
        .iter()
        .map(|c| option(&c.label, Answer::Choice(c.name.clone())))
        .collect();
    out.push(option(ids::ANSWER_NOT_SURE, Answer::NotSure));
    out.push(option(
        ids::ANSWER_PREFER_NOT_TO_SAY,
        Answer::PreferNotToSay,
    ));
    out
}

/// An answer to `question` as the person reads it back (the review, the
/// summary), in `loc`'s language: a choice's label ("Yes" for a yes/no
/// question), the labels of several choices, a number with the locale's
/// decimal separator, a date in the locale's order and calendar, or the
/// words of "not sure", "prefer not to say" and the acknowledgement.
/// `input::read_typed` reads every one of these back as the same answer.
/// A choice the questionnaire no longer has is shown by its name.
pub fn answer_text(
    questionnaire: &Questionnaire,
    question: &str,
    answer: &Answer,
    loc: &Localizer,
) -> String {
    let q = questionnaire.question(question);
    let choice_label = |name: &str| -> String {
        let yes_no = q.is_some_and(|q| q.kind == QuestionType::YesNo);
        if yes_no && (name == super::YES || name == super::NO) {
            return loc.text(&format!("answer-{name}"), &[]);
        }
        q.and_then(|q| q.choices.as_ref())
            .and_then(|list| questionnaire.choice_lists.get(list))
            .and_then(|list| list.iter().find(|c| c.name == name))
            .map_or_else(|| name.to_owned(), |c| loc.text(&c.label, &[]))
    };
    match answer {
        Answer::Choice(c) => choice_label(c),
        Answer::Choices(cs) => cs
            .iter()
            .map(|c| choice_label(c))
            .collect::<Vec<_>>()
            .join(", "),
        Answer::Text(t) => t.clone(),
        Answer::Integer(i) => i.to_string(),
        Answer::Decimal(d) => write_decimal(*d, loc.locale()),
        Answer::Date(d) => write_date(*d, loc.locale()),
        Answer::Acknowledged => loc.text(ids::ANSWER_ACKNOWLEDGE, &[]),
        Answer::NotSure => loc.text(ids::ANSWER_NOT_SURE, &[]),
        Answer::PreferNotToSay => loc.text(ids::ANSWER_PREFER_NOT_TO_SAY, &[]),
    }
}

/// The message id of a risk level's name ("risk-level-high").
pub fn risk_message_id(risk: RiskLevel) -> &'static str {
    match risk {
        RiskLevel::None => ids::RISK_LEVEL_NONE,
        RiskLevel::Low => ids::RISK_LEVEL_LOW,
        RiskLevel::Medium => ids::RISK_LEVEL_MEDIUM,
        RiskLevel::High => ids::RISK_LEVEL_HIGH,
        RiskLevel::Urgent => ids::RISK_LEVEL_URGENT,
    }
}

/// The message id of an indicator strength's name ("strength-strong").
pub fn strength_message_id(strength: Strength) -> &'static str {
    match strength {
        Strength::Weak => ids::STRENGTH_WEAK,
        Strength::Medium => ids::STRENGTH_MEDIUM,
        Strength::Strong => ids::STRENGTH_STRONG,
    }
}

/// The message id of an indicator's name: `indicator-` and its id, in the
/// core's messages for the shared indicators or in the questionnaire's own.
pub fn indicator_message_id(indicator: &str) -> String {
    format!("indicator-{indicator}")
}

/// An indicator's name in `loc`'s language; its id when no message names
/// it (an NGO's questionnaire may define indicators without texts).
pub fn indicator_name(indicator: &str, loc: &Localizer) -> String {
    let id = indicator_message_id(indicator);
    if loc.has_message(&id) {
        loc.text(&id, &[])
    } else {
        indicator.to_owned()
    }
}

/// A result as a person reads it, every text in the localizer's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutcomeText {
    pub risk: RiskLevel,
    pub risk_text: String,
    pub indicators: Vec<IndicatorText>,
    pub next_steps: Vec<NextStepText>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorText {
    pub id: String,
    /// [`indicator_name`].
    pub name: String,
    pub strength: Strength,
    pub strength_text: String,
    pub weight: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum NextStepText {
    /// A step in words.
    Message { id: String, text: String },
    /// Show helplines for the person's country and language here
    /// ([`result_helplines`]).
    ReferHelplines,
}

/// `outcome` in words, through `loc` (a questionnaire's localizer, which
/// holds the core's messages and the questionnaire's own).
pub fn outcome_text(outcome: &Outcome, loc: &Localizer) -> OutcomeText {
    OutcomeText {
        risk: outcome.risk,
        risk_text: loc.text(risk_message_id(outcome.risk), &[]),
        indicators: outcome
            .indicators
            .iter()
            .map(|i| IndicatorText {
                id: i.id.clone(),
                name: indicator_name(&i.id, loc),
                strength: i.strength,
                strength_text: loc.text(strength_message_id(i.strength), &[]),
                weight: i.weight,
            })
            .collect(),
        next_steps: outcome
            .actions
            .iter()
            .map(|a| match a {
                Action::Message(id) => NextStepText::Message {
                    id: id.clone(),
                    text: loc.text(id, &[]),
                },
                Action::ReferHelplines => NextStepText::ReferHelplines,
            })
            .collect(),
    }
}

/// The helplines a result refers the person to
/// ([`NextStepText::ReferHelplines`]), from the vault's directory (installed
/// packs, then the built-in one): every service of `country`, in the
/// directory's documented order, which ranks services in the person's
/// language (`locale`) higher (docs/helplines.md). Empty when the country
/// is not known: the shell asks for it rather than guessing one.
pub fn result_helplines(
    store: &ContentStore,
    country: Option<&str>,
    locale: &str,
) -> Result<Vec<HelplineEntry>, PackError> {
    let Some(country) = country.map(str::trim).filter(|c| !c.is_empty()) else {
        return Ok(Vec::new());
    };
    store.helplines(&HelplineQuery {
        country: Some(country.to_owned()),
        language: Some(locale.to_owned()),
        // A frightened person sees every service of the country; the
        // language only ranks them.
        audience: None,
        channel: None,
    })
}
