//! Indicators and outcome rules: from answers to a risk level, the
//! indicators behind it and the recommended actions.

use serde::{Deserialize, Serialize};

use super::model::{Action, Questionnaire, RiskLevel, Rule, Strength};
use crate::expression::{eval_bool, Env};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TriggeredIndicator {
    pub id: String,
    pub strength: Strength,
    pub weight: f64,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Outcome {
    /// The highest level among the outcome rules that matched.
    pub risk: RiskLevel,
    pub indicators: Vec<TriggeredIndicator>,
    /// The matched rules' actions, in file order, without repeats.
    pub actions: Vec<Action>,
}

pub(crate) fn score(q: &Questionnaire, env: &dyn Env) -> Outcome {
    // An indicator whose expression fails to evaluate is not triggered.
    let indicators: Vec<TriggeredIndicator> = q
        .indicators
        .iter()
        .filter(|i| eval_bool(&i.when, env).unwrap_or(false))
        .map(|i| TriggeredIndicator {
            id: i.id.clone(),
            strength: i.strength,
            weight: i.weight,
        })
        .collect();
    let on = |id: &String| indicators.iter().any(|t| &t.id == id);
    let mut outcome = Outcome::default();
    for rule in &q.outcomes {
        let matched = match &rule.rule {
            Rule::AnyOf(of) => of.iter().any(on),
            Rule::AtLeast { n, of } => of.iter().filter(|i| on(i)).count() >= *n as usize,
            Rule::AllOfSets(sets) => !sets.is_empty() && sets.iter().all(|s| s.iter().any(on)),
            Rule::Weight { threshold, of } => {
                let total: f64 = indicators
                    .iter()
                    .filter(|t| of.is_empty() || of.contains(&t.id))
                    .map(|t| t.weight)
                    .sum();
                total >= *threshold
            }
        };
        if matched {
            outcome.risk = outcome.risk.max(rule.level);
            for a in &rule.actions {
                if !outcome.actions.contains(a) {
                    outcome.actions.push(a.clone());
                }
            }
        }
    }
    outcome.indicators = indicators;
    outcome
}
