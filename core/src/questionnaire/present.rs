//! What a shell shows for a question, decided once for the terminal and
//! both phones: the options a person can tap or number, in order. (The
//! other half of presenting a question, reading what a person types in
//! their locale, is still the CLI's; issue 15.)

use serde::{Deserialize, Serialize};

use super::engine::QuestionView;
use super::model::{Answer, QuestionType};

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
        return vec![option("answer-acknowledge", Answer::Acknowledged)];
    }
    let mut out: Vec<AnswerOption> = view
        .choices
        .iter()
        .map(|c| option(&c.label, Answer::Choice(c.name.clone())))
        .collect();
    out.push(option("answer-not-sure", Answer::NotSure));
    out.push(option("answer-prefer-not-to-say", Answer::PreferNotToSay));
    out
}
