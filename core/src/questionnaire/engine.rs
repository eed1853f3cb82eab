//! A running questionnaire: answers, skip logic, navigation and modes.
//!
//! Each answer re-evaluates only the expressions that read it (through the
//! dependency graph). A question that stops being relevant is hidden and its
//! answer is deleted at once, so an abandoned branch can never reach a
//! draft or a report (GlobaLeaks #2506).

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, MutexGuard};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::draft::Drafts;
use super::error::QuestionnaireError;
use super::model::*;
use super::record::{Mode, Position, Report, ReportAnswer, Slot, State};
use super::scoring::{score, Outcome};
use super::undo::{roll_back, Undo};
use crate::expression::{eval, eval_bool, Env, Value};
use crate::time::{Clock, SystemClock};

/// Longest free-text answer, in bytes.
pub const MAX_TEXT_LEN: usize = 16 * 1024;

/// Who is looking at a summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Viewer {
    Worker,
    Respondent,
}

#[derive(Debug, Clone, PartialEq, Default)]
struct Derived {
    section_rel: Vec<bool>,
    /// Per question, per instance (one entry outside repeats).
    question_rel: Vec<Vec<bool>>,
    calcs: HashMap<String, Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChoiceView {
    pub name: String,
    pub label: String,
}

/// What the app shows for one question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionView {
    pub slot: Slot,
    pub section: String,
    pub section_title: Option<String>,
    pub kind: QuestionType,
    pub label: Option<String>,
    /// Interviewer guidance; only in interviewer mode.
    pub hint: Option<String>,
    pub required: bool,
    /// The author's message for a required question left unanswered
    /// (message id), to show when `next` refuses.
    pub required_message: Option<String>,
    /// Yes/no questions: yes and no. Choice questions: the filtered list.
    /// Not sure and prefer not to say are always accepted besides.
    pub choices: Vec<ChoiceView>,
    pub audio: BTreeMap<String, String>,
    pub answer: Option<Answer>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub answered: u32,
    pub relevant: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewItem {
    pub slot: Slot,
    pub section: String,
    pub label: Option<String>,
    pub answer: Option<Answer>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub outcome: Outcome,
    pub progress: Progress,
    pub stopped: bool,
    /// `None` when the viewer may not see the answers (hand-over mode, the
    /// worker, without the interviewee's consent).
    pub answers: Option<Vec<ReviewItem>>,
}

struct Inner {
    state: State,
    derived: Derived,
    /// The drafts' vault's clock, or the system's without drafts: `today()`
    /// and the report's time.
    clock: Arc<dyn Clock>,
    /// What the change in progress overwrote (see [`super::undo`]).
    undo: Vec<Undo>,
}

/// The small parts of the state a change may overwrite, kept whole.
#[derive(PartialEq)]
struct Scalars {
    position: Position,
    consent_to_show_answers: bool,
    stopped: bool,
    finalized: bool,
    today: Option<NaiveDate>,
}

impl Scalars {
    fn of(st: &State) -> Scalars {
        Scalars {
            position: st.position.clone(),
            consent_to_show_answers: st.consent_to_show_answers,
            stopped: st.stopped,
            finalized: st.finalized,
            today: st.today,
        }
    }

    fn restore(self, st: &mut State) {
        st.position = self.position;
        st.consent_to_show_answers = self.consent_to_show_answers;
        st.stopped = self.stopped;
        st.finalized = self.finalized;
        st.today = self.today;
    }
}

/// A questionnaire being answered. `Send + Sync`; every method locks.
/// With [`Drafts`], the state is saved in the vault after every change
/// (blocking: call off the main thread).
pub struct Session {
    q: Arc<Questionnaire>,
    drafts: Option<(Drafts, String)>,
    inner: Mutex<Inner>,
}

struct SEnv<'a> {
    q: &'a Questionnaire,
    st: &'a State,
    d: &'a Derived,
    /// (section, instance) when evaluating inside a repeat instance.
    ctx: Option<(usize, usize)>,
    current: Value,
    choice: Option<&'a Choice>,
    clock: &'a dyn Clock,
}

pub(crate) fn to_value(kind: QuestionType, a: &Answer) -> Value {
    match a {
        Answer::Choice(c) => Value::Choice(c.clone()),
        Answer::Choices(c) => Value::Choices(c.clone()),
        Answer::Text(t) => Value::Text(t.clone()),
        Answer::Integer(i) => Value::Number(*i as f64),
        Answer::Decimal(d) => Value::Number(*d),
        Answer::Date(d) => Value::Date(*d),
        Answer::Acknowledged => Value::Bool(true),
        Answer::NotSure if kind == QuestionType::YesNo => Value::Choice(NOT_SURE.into()),
        Answer::PreferNotToSay if kind == QuestionType::YesNo => {
            Value::Choice(PREFER_NOT_TO_SAY.into())
        }
        Answer::NotSure | Answer::PreferNotToSay => Value::Null,
    }
}

impl Env for SEnv<'_> {
    fn get(&self, name: &str) -> Value {
        if let Some(v) = self.d.calcs.get(name) {
            return v.clone();
        }
        if let Some(&qi) = self.q.index.get(name) {
            let Some(question) = self.q.questions.get(qi) else {
                return Value::Null;
            };
            let value = |a: Option<&Answer>| a.map_or(Value::Null, |a| to_value(question.kind, a));
            if !self.q.is_repeat(question) {
                return value(self.st.answers.get(name));
            }
            let Some(section) = self.q.sections.get(question.section) else {
                return Value::Null;
            };
            let instances = self
                .st
                .repeats
                .get(&section.id)
                .map_or(&[][..], Vec::as_slice);
            return match self.ctx {
                Some((s, i)) if s == question.section => {
                    value(instances.get(i).and_then(|m| m.get(name)))
                }
                // As in ODK, a block where the question is not relevant is
                // no node at all: `count()` skips it and `sum()` is not NaN.
                _ => {
                    let shown = self.d.question_rel.get(qi).map_or(&[][..], Vec::as_slice);
                    Value::Repeat(
                        instances
                            .iter()
                            .zip(shown)
                            .filter(|(_, shown)| **shown)
                            .map(|(m, _)| value(m.get(name)))
                            .collect(),
                    )
                }
            };
        }
        if let Some(&s) = self.q.section_index.get(name) {
            let id = self.q.sections.get(s).map(|s| s.id.as_str()).unwrap_or("");
            let n = self.st.repeats.get(id).map_or(0, Vec::len);
            return Value::Repeat(vec![Value::Bool(true); n]);
        }
        Value::Null
    }

    fn current(&self) -> Value {
        self.current.clone()
    }

    fn today(&self) -> NaiveDate {
        self.st
            .today
            .unwrap_or_else(|| self.clock.now().date_naive())
    }

    fn field(&self, name: &str) -> Value {
        match self.choice {
            Some(c) if name == "name" => Value::Text(c.name.clone()),
            Some(c) => c
                .columns
                .get(name)
                .map_or(Value::Null, |v| Value::Text(v.clone())),
            None => Value::Null,
        }
    }
}

impl Inner {
    fn env<'a>(&'a self, q: &'a Questionnaire, ctx: Option<(usize, usize)>) -> SEnv<'a> {
        SEnv {
            q,
            st: &self.state,
            d: &self.derived,
            ctx,
            current: Value::Null,
            choice: None,
            clock: &*self.clock,
        }
    }

    fn instances(&self, q: &Questionnaire, section: usize) -> usize {
        q.sections
            .get(section)
            .filter(|s| s.repeat)
            .map_or(1, |s| self.state.repeats.get(&s.id).map_or(0, Vec::len))
    }

    fn visible(&self, q: &Questionnaire, qi: usize, instance: usize) -> bool {
        let Some(question) = q.questions.get(qi) else {
            return false;
        };
        self.derived
            .section_rel
            .get(question.section)
            .copied()
            .unwrap_or(false)
            && self
                .derived
                .question_rel
                .get(qi)
                .and_then(|v| v.get(instance))
                .copied()
                .unwrap_or(false)
    }

    /// Evaluates one node; returns whether a relevance changed (a
    /// calculation's readers are found through the graph instead).
    fn eval_node(&mut self, q: &Questionnaire, id: usize) -> bool {
        let Some((kind, expr)) = q.nodes.get(id) else {
            return false;
        };
        match *kind {
            NodeKind::SectionRelevant(s) => {
                let b = eval_bool(expr, &self.env(q, None)).unwrap_or(true);
                self.derived
                    .section_rel
                    .get_mut(s)
                    .is_some_and(|slot| std::mem::replace(slot, b) != b)
            }
            NodeKind::QuestionRelevant(qi) => {
                let Some(section) = q.questions.get(qi).map(|x| x.section) else {
                    return false;
                };
                let values: Vec<bool> = if q.sections.get(section).is_some_and(|s| s.repeat) {
                    (0..self.instances(q, section))
                        .map(|i| eval_bool(expr, &self.env(q, Some((section, i)))).unwrap_or(true))
                        .collect()
                } else {
                    vec![eval_bool(expr, &self.env(q, None)).unwrap_or(true)]
                };
                self.derived
                    .question_rel
                    .get_mut(qi)
                    .is_some_and(|slot| std::mem::replace(slot, values) != *slot)
            }
            NodeKind::Calculation(qi) => {
                let v = eval(expr, &self.env(q, None)).unwrap_or(Value::Null);
                if let Some(question) = q.questions.get(qi) {
                    self.derived.calcs.insert(question.name.clone(), v);
                }
                false
            }
            NodeKind::ChoiceFilter(qi) => self.drop_filtered(q, qi),
        }
    }

    /// Deletes the choices of an answer that its filter no longer offers
    /// (all of a single choice; those of a multiple choice, keeping the
    /// rest); returns whether an answer changed.
    fn drop_filtered(&mut self, q: &Questionnaire, qi: usize) -> bool {
        let Some(question) = q.questions.get(qi) else {
            return false;
        };
        let section = q.sections.get(question.section).filter(|s| s.repeat);
        let blocks: Vec<Option<usize>> = match section {
            Some(_) => (0..self.instances(q, question.section)).map(Some).collect(),
            None => vec![None],
        };
        let mut changed = false;
        for block in blocks {
            let slot = Slot {
                question: question.name.clone(),
                instance: block.map(|i| u32::try_from(i).unwrap_or(u32::MAX)),
            };
            let Some(answer) = self.answer_of(q, &slot).cloned() else {
                continue;
            };
            let ctx = block.map(|i| (question.section, i));
            let offered = self.choices(q, question, ctx);
            let kept = |c: &String| offered.iter().any(|x| &x.name == c);
            let new = match &answer {
                Answer::Choice(c) if !kept(c) => None,
                Answer::Choices(cs) if !cs.iter().all(kept) => {
                    let rest: Vec<String> = cs.iter().filter(|c| kept(c)).cloned().collect();
                    (!rest.is_empty()).then_some(Answer::Choices(rest))
                }
                _ => continue,
            };
            let at = section.zip(block).map(|(s, i)| (s.id.as_str(), i));
            self.put(at, &question.name, new);
            changed = true;
        }
        changed
    }

    /// Sets or deletes one answer, logging what it overwrote.
    fn put(&mut self, block: Option<(&str, usize)>, name: &str, a: Option<Answer>) {
        let map = match block {
            None => Some(&mut self.state.answers),
            Some((section, i)) => self
                .state
                .repeats
                .get_mut(section)
                .and_then(|v| v.get_mut(i)),
        };
        let Some(map) = map else {
            return;
        };
        let before = match a {
            Some(a) => map.insert(name.to_string(), a),
            None => match map.remove(name) {
                Some(old) => Some(old),
                // Nothing changed: nothing to log.
                None => return,
            },
        };
        self.undo.push(Undo::Answer {
            block: block.map(|(s, i)| (s.to_string(), i)),
            name: name.to_string(),
            before,
        });
    }

    /// Deletes the answers of the given questions where they are hidden.
    fn clear_hidden(&mut self, q: &Questionnaire, touched: &[usize]) {
        for &qi in touched {
            let Some(question) = q.questions.get(qi) else {
                continue;
            };
            if !q.is_repeat(question) {
                if !self.visible(q, qi, 0) {
                    self.put(None, &question.name, None);
                }
                continue;
            }
            let Some(section) = q.sections.get(question.section) else {
                continue;
            };
            for i in 0..self.instances(q, question.section) {
                if !self.visible(q, qi, i) {
                    self.put(Some((&section.id, i)), &question.name, None);
                }
            }
        }
    }

    /// A repeat whose section stopped being relevant loses its blocks, as
    /// ODK drops them from the submission: they can never reach a report.
    fn drop_blocks(&mut self, q: &Questionnaire, s: usize) {
        let Some(section) = q.sections.get(s).filter(|x| x.repeat) else {
            return;
        };
        let Some(blocks) = self.state.repeats.get_mut(&section.id) else {
            return;
        };
        if blocks.is_empty() {
            return;
        }
        let blocks = std::mem::take(blocks);
        self.undo.push(Undo::BlocksDropped {
            section: section.id.clone(),
            blocks,
        });
        for qi in section.questions.clone() {
            if let Some(v) = self.derived.question_rel.get_mut(qi) {
                v.clear();
            }
        }
    }

    /// Re-evaluates what `changed` affects; a relevance that changes hides
    /// (and deletes) or shows answers, which changes what reads them, and so
    /// on until nothing more changes.
    fn propagate(&mut self, q: &Questionnaire, mut changed: Vec<String>) {
        // Each round follows a relevance that changed; a form whose
        // relevance depends on itself could flip for ever, so bound it.
        for _ in 0..=q.questions.len() + 1 {
            if changed.is_empty() {
                break;
            }
            let names: Vec<&str> = changed.iter().map(String::as_str).collect();
            let ids = q.graph.affected(&names);
            let mut touched = Vec::new();
            let mut next = Vec::new();
            for id in ids {
                if self.eval_node(q, id) {
                    self.relevance_changed(q, id, &mut touched, &mut next);
                }
            }
            self.clear_hidden(q, &touched);
            changed = next;
        }
    }

    /// After node `id`'s relevance changed: a repeat that became irrelevant
    /// loses its blocks; the questions it covers are `touched` (to delete
    /// hidden answers) and their names are `changed` (their readers see
    /// other nodes now).
    fn relevance_changed(
        &mut self,
        q: &Questionnaire,
        id: usize,
        touched: &mut Vec<usize>,
        changed: &mut Vec<String>,
    ) {
        match q.nodes.get(id).map(|n| n.0) {
            Some(NodeKind::SectionRelevant(s)) => {
                let Some(section) = q.sections.get(s) else {
                    return;
                };
                if !self.derived.section_rel.get(s).copied().unwrap_or(true) {
                    self.drop_blocks(q, s);
                }
                touched.extend(section.questions.clone());
                changed.push(section.id.clone());
                changed.extend(
                    section
                        .questions
                        .clone()
                        .filter_map(|qi| q.questions.get(qi).map(|x| x.name.clone())),
                );
            }
            Some(NodeKind::QuestionRelevant(qi)) => {
                touched.push(qi);
                changed.extend(q.questions.get(qi).map(|x| x.name.clone()));
            }
            Some(NodeKind::ChoiceFilter(qi)) => {
                changed.extend(q.questions.get(qi).map(|x| x.name.clone()));
            }
            _ => {}
        }
    }

    /// Everything from scratch: at start and on resume.
    fn recompute(&mut self, q: &Questionnaire) {
        self.derived = Derived {
            section_rel: vec![true; q.sections.len()],
            question_rel: q
                .questions
                .iter()
                .map(|x| vec![true; self.instances(q, x.section)])
                .collect(),
            calcs: HashMap::new(),
        };
        // Everything starts relevant; whatever is not is then followed
        // like any change.
        let (mut touched, mut changed) = (Vec::new(), Vec::new());
        for &id in q.graph.order() {
            if self.eval_node(q, id) {
                self.relevance_changed(q, id, &mut touched, &mut changed);
            }
        }
        self.clear_hidden(q, &touched);
        self.propagate(q, changed);
    }

    fn answer_of(&self, q: &Questionnaire, slot: &Slot) -> Option<&Answer> {
        let question = q.question(&slot.question)?;
        match slot.instance {
            None => self.state.answers.get(&question.name),
            Some(i) => {
                let section = q.section_of(question)?;
                self.state
                    .repeats
                    .get(&section.id)?
                    .get(i as usize)?
                    .get(&question.name)
            }
        }
    }

    /// Visible slots in order, with their question index; calculations are
    /// never shown.
    fn slots(&self, q: &Questionnaire) -> Vec<(usize, Slot)> {
        let mut out = Vec::new();
        for (s, section) in q.sections.iter().enumerate() {
            if !self.derived.section_rel.get(s).copied().unwrap_or(false) {
                continue;
            }
            let n = self.instances(q, s);
            for i in 0..n {
                for qi in section.questions.clone() {
                    let Some(question) = q.questions.get(qi) else {
                        continue;
                    };
                    if question.kind == QuestionType::Calculate || !self.visible(q, qi, i) {
                        continue;
                    }
                    let instance = section.repeat.then(|| u32::try_from(i).unwrap_or(u32::MAX));
                    out.push((
                        qi,
                        Slot {
                            question: question.name.clone(),
                            instance,
                        },
                    ));
                }
            }
        }
        out
    }

    /// Sort key of a slot in the form's order, visible or not.
    fn key(&self, q: &Questionnaire, slot: &Slot) -> Option<(usize, u32, usize)> {
        let qi = *q.index.get(&slot.question)?;
        let section = q.questions.get(qi)?.section;
        Some((section, slot.instance.unwrap_or(0), qi))
    }

    fn choices(
        &self,
        q: &Questionnaire,
        question: &Question,
        ctx: Option<(usize, usize)>,
    ) -> Vec<ChoiceView> {
        if question.kind == QuestionType::YesNo {
            return [YES, NO]
                .iter()
                .map(|n| ChoiceView {
                    name: n.to_string(),
                    label: format!("answer-{n}"),
                })
                .collect();
        }
        let Some(list) = question
            .choices
            .as_ref()
            .and_then(|l| q.choice_lists.get(l))
        else {
            return Vec::new();
        };
        list.iter()
            .filter(|c| match &question.choice_filter {
                None => true,
                Some(f) => {
                    let mut env = self.env(q, ctx);
                    env.choice = Some(c);
                    eval_bool(f, &env).unwrap_or(false)
                }
            })
            .map(|c| ChoiceView {
                name: c.name.clone(),
                label: c.label.clone(),
            })
            .collect()
    }

    fn ctx_of(
        &self,
        q: &Questionnaire,
        question: &Question,
        slot: &Slot,
    ) -> Option<(usize, usize)> {
        q.is_repeat(question)
            .then(|| (question.section, slot.instance.unwrap_or(0) as usize))
    }

    fn view(&self, q: &Questionnaire, slot: &Slot) -> Option<QuestionView> {
        let question = q.question(&slot.question)?;
        let section = q.section_of(question)?;
        let ctx = self.ctx_of(q, question, slot);
        Some(QuestionView {
            slot: slot.clone(),
            section: section.id.clone(),
            section_title: section.title.clone(),
            kind: question.kind,
            label: question.label.clone(),
            hint: (self.state.mode == Mode::Interviewer)
                .then(|| question.hint.clone())
                .flatten(),
            required: question.required,
            required_message: question.required_message.clone(),
            choices: self.choices(q, question, ctx),
            audio: question.audio.clone(),
            answer: self.answer_of(q, slot).cloned(),
        })
    }

    /// The current slot; if it became hidden, the next visible one after it.
    fn current_slot(&self, q: &Questionnaire) -> Option<Slot> {
        let slots = self.slots(q);
        match &self.state.position {
            Position::Start => slots.first().map(|s| s.1.clone()),
            Position::End => None,
            Position::At(slot) => {
                if slots.iter().any(|s| &s.1 == slot) {
                    return Some(slot.clone());
                }
                let key = self.key(q, slot);
                slots
                    .into_iter()
                    .map(|s| s.1)
                    .find(|s| self.key(q, s) > key)
            }
        }
    }

    fn review(&self, q: &Questionnaire) -> Vec<ReviewItem> {
        self.slots(q)
            .into_iter()
            .filter(|(qi, _)| q.questions.get(*qi).is_some_and(|x| x.kind.is_answerable()))
            .filter_map(|(qi, slot)| {
                let question = q.questions.get(qi)?;
                Some(ReviewItem {
                    section: q.section_of(question)?.id.clone(),
                    label: question.label.clone(),
                    answer: self.answer_of(q, &slot).cloned(),
                    slot,
                })
            })
            .collect()
    }

    fn progress(&self, q: &Questionnaire) -> Progress {
        let items = self.review(q);
        let answered = items.iter().filter(|i| i.answer.is_some()).count();
        Progress {
            answered: u32::try_from(answered).unwrap_or(u32::MAX),
            relevant: u32::try_from(items.len()).unwrap_or(u32::MAX),
        }
    }

    fn outcome(&self, q: &Questionnaire) -> Outcome {
        score(q, &self.env(q, None))
    }

    fn check_open(&self) -> Result<(), QuestionnaireError> {
        if self.state.finalized {
            return Err(QuestionnaireError::Finalized);
        }
        if self.state.stopped {
            return Err(QuestionnaireError::Stopped);
        }
        Ok(())
    }

    /// Checks an answer against its question; the answer is never quoted.
    fn check_answer(
        &self,
        q: &Questionnaire,
        slot: &Slot,
        a: &Answer,
    ) -> Result<(), QuestionnaireError> {
        let name = || slot.question.clone();
        let question = q
            .question(&slot.question)
            .ok_or_else(|| QuestionnaireError::UnknownQuestion { name: name() })?;
        if !question.kind.is_answerable() {
            return Err(QuestionnaireError::NotAnswerable { name: name() });
        }
        let instance = match (q.is_repeat(question), slot.instance) {
            (false, None) => 0,
            (true, Some(i)) if (i as usize) < self.instances(q, question.section) => i as usize,
            (_, i) => {
                return Err(QuestionnaireError::NoSuchInstance {
                    name: name(),
                    instance: i.unwrap_or(0),
                })
            }
        };
        let qi = q.index.get(&slot.question).copied().unwrap_or(usize::MAX);
        if !self.visible(q, qi, instance) {
            return Err(QuestionnaireError::NotRelevant { name: name() });
        }
        if matches!(a, Answer::NotSure | Answer::PreferNotToSay) {
            return Ok(());
        }
        let ctx = self.ctx_of(q, question, slot);
        let allowed = || self.choices(q, question, ctx);
        let in_list = |c: &str| allowed().iter().any(|x| x.name == c);
        use QuestionType as T;
        match (question.kind, a) {
            (T::YesNo, Answer::Choice(c)) if c == YES || c == NO => {}
            (T::SingleChoice | T::Region, Answer::Choice(c)) => {
                if !in_list(c) {
                    return Err(QuestionnaireError::NotAChoice { name: name() });
                }
            }
            (T::MultipleChoice, Answer::Choices(cs)) => {
                let list = allowed();
                let mut seen = std::collections::HashSet::new();
                if cs
                    .iter()
                    .any(|c| !seen.insert(c) || !list.iter().any(|x| &x.name == c))
                {
                    return Err(QuestionnaireError::NotAChoice { name: name() });
                }
            }
            (T::Text, Answer::Text(t)) => {
                if t.len() > MAX_TEXT_LEN {
                    return Err(QuestionnaireError::TooLong { name: name() });
                }
            }
            (T::Integer, Answer::Integer(_)) | (T::Date, Answer::Date(_)) => {}
            (T::Decimal, Answer::Decimal(d)) if d.is_finite() => {}
            (T::Decimal, Answer::Integer(_)) => {}
            (T::Acknowledgement, Answer::Acknowledged) => {}
            _ => return Err(QuestionnaireError::WrongType { name: name() }),
        }
        if let Some(constraint) = &question.constraint {
            let mut env = self.env(q, ctx);
            env.current = to_value(question.kind, a);
            if !eval_bool(constraint, &env).unwrap_or(false) {
                return Err(QuestionnaireError::ConstraintFailed {
                    name: name(),
                    instance: slot.instance,
                    message: question.constraint_message.clone(),
                });
            }
        }
        Ok(())
    }

    fn set_answer(&mut self, q: &Questionnaire, slot: &Slot, a: Option<Answer>) {
        let Some(question) = q.question(&slot.question) else {
            return;
        };
        let block = match (slot.instance, q.section_of(question)) {
            (Some(i), Some(section)) => Some((section.id.as_str(), i as usize)),
            _ => None,
        };
        self.put(block, &question.name, a);
        self.propagate(q, vec![question.name.clone()]);
    }
}

fn guard(m: &Mutex<Inner>) -> MutexGuard<'_, Inner> {
    // A panic elsewhere must not lock the person out of their answers.
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Session {
    /// Starts a questionnaire. With `drafts`, a draft is created in the
    /// vault at once and kept up to date after every change.
    pub fn start(
        questionnaire: Arc<Questionnaire>,
        mode: Mode,
        drafts: Option<Drafts>,
    ) -> Result<Session, QuestionnaireError> {
        // Defaults, as ODK fills them in; the first recompute deletes those
        // of questions that are not relevant.
        let answers = questionnaire
            .questions
            .iter()
            .filter(|x| !questionnaire.is_repeat(x))
            .filter_map(|x| Some((x.name.clone(), x.default.clone()?)))
            .collect();
        let state = State {
            questionnaire_id: questionnaire.id.clone(),
            version: questionnaire.version,
            mode,
            answers,
            repeats: questionnaire
                .sections
                .iter()
                .filter(|s| s.repeat)
                .map(|s| (s.id.clone(), Vec::new()))
                .collect(),
            position: Position::Start,
            consent_to_show_answers: false,
            stopped: false,
            finalized: false,
            today: None,
        };
        let drafts = match drafts {
            Some(d) => {
                let id = d.create(&state)?;
                Some((d, id))
            }
            None => None,
        };
        Ok(Session::from_state(questionnaire, state, drafts))
    }

    pub(crate) fn from_state(
        q: Arc<Questionnaire>,
        state: State,
        drafts: Option<(Drafts, String)>,
    ) -> Session {
        let clock = drafts.as_ref().map_or_else(
            || Arc::new(SystemClock) as Arc<dyn Clock>,
            |(d, _)| d.clock(),
        );
        let mut inner = Inner {
            state,
            derived: Derived::default(),
            clock,
            undo: Vec::new(),
        };
        inner.recompute(&q);
        inner.undo.clear();
        Session {
            q,
            drafts,
            inner: Mutex::new(inner),
        }
    }

    /// Applies a change; on success saves the draft, on any failure puts
    /// everything back as it was.
    fn change<T>(
        &self,
        f: impl FnOnce(&mut Inner, &Questionnaire) -> Result<T, QuestionnaireError>,
    ) -> Result<T, QuestionnaireError> {
        let mut inner = guard(&self.inner);
        // Only what the change overwrites is kept for a rollback (see
        // `undo`): the derived values are a function of the answers,
        // rebuilt on the failure path only when something had changed.
        inner.undo.clear();
        let scalars = Scalars::of(&inner.state);
        let result = f(&mut inner, &self.q).and_then(|t| {
            if let Some((drafts, id)) = &self.drafts {
                drafts.save(id, &inner.state)?;
            }
            Ok(t)
        });
        let log = std::mem::take(&mut inner.undo);
        if result.is_err() && (!log.is_empty() || Scalars::of(&inner.state) != scalars) {
            let st = &mut inner.state;
            roll_back(log, &mut st.answers, &mut st.repeats);
            scalars.restore(st);
            inner.recompute(&self.q);
            inner.undo.clear();
        }
        result
    }

    pub fn questionnaire(&self) -> &Arc<Questionnaire> {
        &self.q
    }

    /// The vault draft this session saves to, if any.
    pub fn draft_id(&self) -> Option<String> {
        self.drafts.as_ref().map(|(_, id)| id.clone())
    }

    pub fn mode(&self) -> Mode {
        guard(&self.inner).state.mode
    }

    /// Fixes the date `today()` returns (tests, reproducible scripts).
    pub fn set_today(&self, date: Option<NaiveDate>) -> Result<(), QuestionnaireError> {
        self.change(|inner, q| {
            inner.state.today = date;
            inner.recompute(q);
            Ok(())
        })
    }

    /// The question to show, or `None` at the end (show the review).
    pub fn current(&self) -> Option<QuestionView> {
        let inner = guard(&self.inner);
        let slot = inner.current_slot(&self.q)?;
        inner.view(&self.q, &slot)
    }

    /// Moves on. Refuses while the current question is required and
    /// unanswered. `None` means the end.
    pub fn next(&self) -> Result<Option<QuestionView>, QuestionnaireError> {
        self.change(|inner, q| {
            let Some(cur) = inner.current_slot(q) else {
                return Ok(None);
            };
            let required = q.question(&cur.question).is_some_and(|x| x.required);
            if required && inner.answer_of(q, &cur).is_none() {
                return Err(QuestionnaireError::Required { name: cur.question });
            }
            let slots = inner.slots(q);
            let pos = slots.iter().position(|s| s.1 == cur);
            let next = pos.and_then(|p| slots.get(p + 1)).map(|s| s.1.clone());
            inner.state.position = next.clone().map_or(Position::End, Position::At);
            Ok(next.and_then(|s| inner.view(q, &s)))
        })
    }

    /// Goes back one visible question.
    pub fn back(&self) -> Result<Option<QuestionView>, QuestionnaireError> {
        self.change(|inner, q| {
            let slots = inner.slots(q);
            let prev = match inner.current_slot(q) {
                None => slots.last(),
                Some(cur) => {
                    let key = inner.key(q, &cur);
                    slots.iter().rev().find(|s| inner.key(q, &s.1) < key)
                }
            }
            .map(|s| s.1.clone());
            if let Some(p) = &prev {
                inner.state.position = Position::At(p.clone());
            }
            Ok(prev.and_then(|s| inner.view(q, &s)))
        })
    }

    /// Goes to a visible question, e.g. to change an earlier answer.
    pub fn go_to(&self, slot: &Slot) -> Result<QuestionView, QuestionnaireError> {
        self.change(|inner, q| {
            if !inner.slots(q).iter().any(|s| &s.1 == slot) {
                return Err(QuestionnaireError::NotRelevant {
                    name: slot.question.clone(),
                });
            }
            inner.state.position = Position::At(slot.clone());
            inner
                .view(q, slot)
                .ok_or_else(|| QuestionnaireError::UnknownQuestion {
                    name: slot.question.clone(),
                })
        })
    }

    /// Goes to the first visible question of a section.
    pub fn jump_to_section(&self, id: &str) -> Result<QuestionView, QuestionnaireError> {
        let s = *self
            .q
            .section_index
            .get(id)
            .ok_or_else(|| QuestionnaireError::UnknownSection { id: id.to_string() })?;
        let first = {
            let inner = guard(&self.inner);
            inner
                .slots(&self.q)
                .into_iter()
                .find(|(qi, _)| self.q.questions.get(*qi).is_some_and(|x| x.section == s))
                .map(|x| x.1)
        };
        match first {
            Some(slot) => self.go_to(&slot),
            None => Err(QuestionnaireError::UnknownSection { id: id.to_string() }),
        }
    }

    /// Records an answer (or replaces an earlier one). Questions that stop
    /// being relevant lose their answers.
    pub fn answer(&self, slot: &Slot, answer: Answer) -> Result<(), QuestionnaireError> {
        self.change(|inner, q| {
            inner.check_open()?;
            inner.check_answer(q, slot, &answer)?;
            inner.set_answer(q, slot, Some(answer));
            Ok(())
        })
    }

    /// Answers the current question.
    pub fn answer_current(&self, answer: Answer) -> Result<(), QuestionnaireError> {
        let slot = {
            let inner = guard(&self.inner);
            inner
                .current_slot(&self.q)
                .ok_or(QuestionnaireError::Finalized)?
        };
        self.answer(&slot, answer)
    }

    pub fn clear_answer(&self, slot: &Slot) -> Result<(), QuestionnaireError> {
        self.change(|inner, q| {
            inner.check_open()?;
            if q.question(&slot.question).is_none() {
                return Err(QuestionnaireError::UnknownQuestion {
                    name: slot.question.clone(),
                });
            }
            inner.set_answer(q, slot, None);
            Ok(())
        })
    }

    pub fn answer_of(&self, slot: &Slot) -> Option<Answer> {
        guard(&self.inner).answer_of(&self.q, slot).cloned()
    }

    /// A calculation's current value.
    pub fn calculated(&self, name: &str) -> Option<Value> {
        guard(&self.inner).derived.calcs.get(name).cloned()
    }

    /// Adds an instance to a repeat section; returns its index.
    pub fn add_repeat(&self, section: &str) -> Result<u32, QuestionnaireError> {
        self.change(|inner, q| {
            inner.check_open()?;
            let s = repeat_section(q, section)?;
            // A repeat that is not relevant has no blocks (they would be
            // dropped at once, and never reach a report).
            if !inner.derived.section_rel.get(s).copied().unwrap_or(false) {
                return Err(QuestionnaireError::NotRelevant {
                    name: section.to_string(),
                });
            }
            let block = q
                .sections
                .get(s)
                .map(|x| x.questions.clone())
                .unwrap_or(0..0)
                .filter_map(|qi| q.questions.get(qi))
                .filter_map(|x| Some((x.name.clone(), x.default.clone()?)))
                .collect();
            let list = inner.state.repeats.entry(section.to_string()).or_default();
            list.push(block);
            let index = u32::try_from(list.len() - 1).unwrap_or(u32::MAX);
            inner.undo.push(Undo::BlockAdded {
                section: section.to_string(),
            });
            inner.after_repeat_change(q, s);
            Ok(index)
        })
    }

    /// Removes an instance of a repeat section with its answers.
    pub fn remove_repeat(&self, section: &str, instance: u32) -> Result<(), QuestionnaireError> {
        self.change(|inner, q| {
            inner.check_open()?;
            let s = repeat_section(q, section)?;
            let list = inner.state.repeats.entry(section.to_string()).or_default();
            if instance as usize >= list.len() {
                return Err(QuestionnaireError::NoSuchInstance {
                    name: section.to_string(),
                    instance,
                });
            }
            let block = list.remove(instance as usize);
            inner.undo.push(Undo::BlockRemoved {
                section: section.to_string(),
                index: instance as usize,
                block,
            });
            inner.after_repeat_change(q, s);
            Ok(())
        })
    }

    /// Whether a section is shown at the moment (its `relevant` holds), e.g.
    /// to decide whether to offer adding a repeat block. Unknown: false.
    pub fn section_relevant(&self, id: &str) -> bool {
        let inner = guard(&self.inner);
        self.q
            .section_index
            .get(id)
            .and_then(|&s| inner.derived.section_rel.get(s))
            .copied()
            .unwrap_or(false)
    }

    /// Whether a question is relevant at the moment: its section's and its
    /// own `relevant` hold (in that block, inside a repeat). Calculations
    /// and notes too. Unknown question or block: false.
    pub fn is_relevant(&self, slot: &Slot) -> bool {
        let inner = guard(&self.inner);
        let Some(&qi) = self.q.index.get(&slot.question) else {
            return false;
        };
        let Some(question) = self.q.questions.get(qi) else {
            return false;
        };
        match (self.q.is_repeat(question), slot.instance) {
            (false, None) => inner.visible(&self.q, qi, 0),
            (true, Some(i)) => inner.visible(&self.q, qi, i as usize),
            _ => false,
        }
    }

    pub fn repeat_count(&self, section: &str) -> u32 {
        let inner = guard(&self.inner);
        let n = inner.state.repeats.get(section).map_or(0, Vec::len);
        u32::try_from(n).unwrap_or(u32::MAX)
    }

    /// Every visible question with its answer, in order.
    pub fn review(&self) -> Vec<ReviewItem> {
        guard(&self.inner).review(&self.q)
    }

    /// Answered of currently relevant questions.
    pub fn progress(&self) -> Progress {
        guard(&self.inner).progress(&self.q)
    }

    /// "Stop here": no more answers; the session can still be scored and
    /// finalized with what it has.
    pub fn stop(&self) -> Result<(), QuestionnaireError> {
        self.change(|inner, _| {
            inner.state.stopped = true;
            Ok(())
        })
    }

    pub fn is_stopped(&self) -> bool {
        guard(&self.inner).state.stopped
    }

    pub fn set_consent_to_show_answers(&self, consent: bool) -> Result<(), QuestionnaireError> {
        self.change(|inner, _| {
            inner.state.consent_to_show_answers = consent;
            Ok(())
        })
    }

    pub fn outcome(&self) -> Outcome {
        guard(&self.inner).outcome(&self.q)
    }

    /// The summary a viewer may see. In hand-over mode the worker gets the
    /// outcome only, unless the interviewee consented to show the answers.
    pub fn summary_for(&self, viewer: Viewer) -> Summary {
        let inner = guard(&self.inner);
        let hidden = inner.state.mode == Mode::HandOver
            && viewer == Viewer::Worker
            && !inner.state.consent_to_show_answers;
        Summary {
            outcome: inner.outcome(&self.q),
            progress: inner.progress(&self.q),
            stopped: inner.state.stopped,
            answers: (!hidden).then(|| inner.review(&self.q)),
        }
    }

    /// Ends the questionnaire: scores it and builds the report from the
    /// answers of visible questions only. With drafts, stores the report in
    /// the vault and deletes the draft in one transaction. Unless stopped
    /// early, every visible required question must be answered.
    pub fn finalize(&self) -> Result<Report, QuestionnaireError> {
        let mut inner = guard(&self.inner);
        if inner.state.finalized {
            return Err(QuestionnaireError::Finalized);
        }
        let items = inner.review(&self.q);
        if !inner.state.stopped {
            if let Some(missing) = items.iter().find(|i| {
                i.answer.is_none()
                    && self
                        .q
                        .question(&i.slot.question)
                        .is_some_and(|x| x.required)
            }) {
                return Err(QuestionnaireError::Required {
                    name: missing.slot.question.clone(),
                });
            }
        }
        let report = Report {
            id: crate::hex::encode(&crate::random::array::<16>()),
            questionnaire_id: self.q.id.clone(),
            version: self.q.version,
            mode: inner.state.mode,
            created_at: inner.clock.now(),
            stopped_early: inner.state.stopped,
            consent_to_show_answers: inner.state.consent_to_show_answers,
            answers: items
                .into_iter()
                .filter_map(|i| {
                    Some(ReportAnswer {
                        answer: i.answer?,
                        slot: i.slot,
                    })
                })
                .collect(),
            outcome: inner.outcome(&self.q),
        };
        if let Some((drafts, id)) = &self.drafts {
            drafts.store_report(id, &report)?;
        }
        inner.state.finalized = true;
        Ok(report)
    }

    /// Re-evaluates every expression from scratch, as engines without a
    /// dependency graph do after each answer. Only the benchmark's baseline
    /// uses it; sessions never need it. Saves nothing.
    #[doc(hidden)]
    pub fn reevaluate_everything(&self) {
        let mut inner = guard(&self.inner);
        inner.recompute(&self.q);
        inner.undo.clear();
    }

    /// Everything that determines what the session shows, for tests that
    /// compare sessions (serialized state plus derived relevance). Contains
    /// answers: never log it.
    #[doc(hidden)]
    pub fn snapshot(&self) -> String {
        let inner = guard(&self.inner);
        let mut calcs: Vec<_> = inner
            .derived
            .calcs
            .iter()
            .map(|(k, v)| format!("{k}={v:?}"))
            .collect();
        calcs.sort();
        format!(
            "{}|{:?}|{:?}|{:?}",
            serde_json::to_string(&inner.state).unwrap_or_default(),
            inner.derived.section_rel,
            inner.derived.question_rel,
            calcs
        )
    }
}

fn repeat_section(q: &Questionnaire, id: &str) -> Result<usize, QuestionnaireError> {
    q.section_index
        .get(id)
        .copied()
        .filter(|&s| q.sections.get(s).is_some_and(|s| s.repeat))
        .ok_or_else(|| QuestionnaireError::UnknownSection { id: id.to_string() })
}

impl Inner {
    /// After adding or removing an instance: resize the section's relevance,
    /// re-evaluate it, and propagate to readers of its questions.
    fn after_repeat_change(&mut self, q: &Questionnaire, s: usize) {
        let n = self.instances(q, s);
        let Some(section) = q.sections.get(s) else {
            return;
        };
        for qi in section.questions.clone() {
            if let Some(v) = self.derived.question_rel.get_mut(qi) {
                v.resize(n, true);
            }
            if let Some(node) = q.questions.get(qi).and_then(|x| x.relevant) {
                self.eval_node(q, node);
            }
        }
        let touched: Vec<usize> = section.questions.clone().collect();
        self.clear_hidden(q, &touched);
        let mut changed = vec![section.id.clone()];
        changed.extend(
            touched
                .iter()
                .filter_map(|&qi| q.questions.get(qi).map(|x| x.name.clone())),
        );
        self.propagate(q, changed);
    }
}

#[allow(dead_code)]
fn _assert_send_sync() {
    fn is<T: Send + Sync>() {}
    is::<Session>();
}

// Here rather than in `draft.rs`: making a session is the engine's business,
// and the drafts module must not depend on the engine that saves through it.
impl Drafts {
    /// Continues a draft exactly where it was. `questionnaire` must be the
    /// one the draft was started with (same id and version).
    pub fn resume(
        &self,
        draft_id: &str,
        questionnaire: Arc<Questionnaire>,
    ) -> Result<Session, QuestionnaireError> {
        let state = self.load_state(draft_id)?;
        if state.questionnaire_id != questionnaire.id || state.version != questionnaire.version {
            return Err(QuestionnaireError::DraftMismatch {
                id: state.questionnaire_id,
                version: state.version,
            });
        }
        Ok(Session::from_state(
            questionnaire,
            state,
            Some((self.clone(), draft_id.to_string())),
        ))
    }
}
