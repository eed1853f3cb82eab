//! Questionnaires and interviews: parse and validate a questionnaire, run it
//! in one of three modes, keep drafts in the vault, finalize a report.
//!
//! Every text field in these records is a Fluent message id; resolve it
//! with a [`crate::Localizer`] to which the questionnaire's `.ftl` files
//! were added.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::SystemTime;

use chrono::NaiveDate;
use waymark_core::questionnaire as q;
use waymark_core::Vault as CoreVault;

use crate::errors::QuestionnaireError;
use crate::Localizer;

// ---------------------------------------------------------------- records

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum FindingKind {
    Syntax,
    Structure,
    DuplicateName,
    UnknownReference,
    Cycle,
    ExpressionSyntax,
    ExpressionType,
    UnknownChoiceList,
    Unreachable,
    MissingTranslation,
}

/// One problem in a questionnaire file.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Finding {
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub kind: FindingKind,
    pub reason: String,
}

impl From<q::Finding> for Finding {
    fn from(f: q::Finding) -> Self {
        use q::FindingKind as K;
        Finding {
            file: f.file,
            line: f.line,
            column: f.column,
            kind: match f.kind {
                K::Syntax => FindingKind::Syntax,
                K::Structure => FindingKind::Structure,
                K::DuplicateName => FindingKind::DuplicateName,
                K::UnknownReference => FindingKind::UnknownReference,
                K::Cycle => FindingKind::Cycle,
                K::ExpressionSyntax => FindingKind::ExpressionSyntax,
                K::ExpressionType => FindingKind::ExpressionType,
                K::UnknownChoiceList => FindingKind::UnknownChoiceList,
                K::Unreachable => FindingKind::Unreachable,
                K::MissingTranslation => FindingKind::MissingTranslation,
            },
            reason: f.reason,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum InterviewMode {
    /// The worker reads the questions and records the answers.
    Interviewer,
    /// The at-risk person alone, on their own phone.
    SelfCheck,
    /// The worker hands the phone over; the interviewee answers privately.
    HandOver,
}

impl From<InterviewMode> for q::Mode {
    fn from(m: InterviewMode) -> Self {
        match m {
            InterviewMode::Interviewer => q::Mode::Interviewer,
            InterviewMode::SelfCheck => q::Mode::SelfCheck,
            InterviewMode::HandOver => q::Mode::HandOver,
        }
    }
}

impl From<q::Mode> for InterviewMode {
    fn from(m: q::Mode) -> Self {
        match m {
            q::Mode::Interviewer => InterviewMode::Interviewer,
            q::Mode::SelfCheck => InterviewMode::SelfCheck,
            q::Mode::HandOver => InterviewMode::HandOver,
        }
    }
}

/// Who looks at a summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum Viewer {
    Worker,
    Respondent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum QuestionType {
    YesNo,
    SingleChoice,
    MultipleChoice,
    Text,
    Integer,
    Decimal,
    Date,
    Region,
    Note,
    Acknowledgement,
    Calculate,
}

impl From<q::QuestionType> for QuestionType {
    fn from(t: q::QuestionType) -> Self {
        use q::QuestionType as T;
        match t {
            T::YesNo => QuestionType::YesNo,
            T::SingleChoice => QuestionType::SingleChoice,
            T::MultipleChoice => QuestionType::MultipleChoice,
            T::Text => QuestionType::Text,
            T::Integer => QuestionType::Integer,
            T::Decimal => QuestionType::Decimal,
            T::Date => QuestionType::Date,
            T::Region => QuestionType::Region,
            T::Note => QuestionType::Note,
            T::Acknowledgement => QuestionType::Acknowledgement,
            T::Calculate => QuestionType::Calculate,
        }
    }
}

/// An answer. "Not sure" and "prefer not to say" fit every question.
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum Answer {
    /// Yes/no (`"yes"`/`"no"`), single choice, region: the choice name.
    Choice {
        name: String,
    },
    Choices {
        names: Vec<String>,
    },
    Text {
        text: String,
    },
    Integer {
        value: i64,
    },
    Decimal {
        value: f64,
    },
    Date {
        year: i32,
        month: u32,
        day: u32,
    },
    Acknowledged,
    NotSure,
    PreferNotToSay,
}

impl Answer {
    fn into_core(self, question: &str) -> Result<q::Answer, QuestionnaireError> {
        Ok(match self {
            Answer::Choice { name } => q::Answer::Choice(name),
            Answer::Choices { names } => q::Answer::Choices(names),
            Answer::Text { text } => q::Answer::Text(text),
            Answer::Integer { value } => q::Answer::Integer(value),
            Answer::Decimal { value } => q::Answer::Decimal(value),
            Answer::Date { year, month, day } => match NaiveDate::from_ymd_opt(year, month, day) {
                Some(d) => q::Answer::Date(d),
                None => {
                    return Err(q::QuestionnaireError::WrongType {
                        name: question.to_owned(),
                    }
                    .into())
                }
            },
            Answer::Acknowledged => q::Answer::Acknowledged,
            Answer::NotSure => q::Answer::NotSure,
            Answer::PreferNotToSay => q::Answer::PreferNotToSay,
        })
    }
}

impl From<q::Answer> for Answer {
    fn from(a: q::Answer) -> Self {
        use chrono::Datelike;
        match a {
            q::Answer::Choice(name) => Answer::Choice { name },
            q::Answer::Choices(names) => Answer::Choices { names },
            q::Answer::Text(text) => Answer::Text { text },
            q::Answer::Integer(value) => Answer::Integer { value },
            q::Answer::Decimal(value) => Answer::Decimal { value },
            q::Answer::Date(d) => Answer::Date {
                year: d.year(),
                month: d.month(),
                day: d.day(),
            },
            q::Answer::Acknowledged => Answer::Acknowledged,
            q::Answer::NotSure => Answer::NotSure,
            q::Answer::PreferNotToSay => Answer::PreferNotToSay,
        }
    }
}

/// One answerable place: a question, and its repeat instance (0-based) if
/// it is inside a repeat section.
#[derive(Debug, Clone, PartialEq, Eq, Hash, uniffi::Record)]
pub struct Slot {
    pub question: String,
    pub instance: Option<u32>,
}

impl From<q::Slot> for Slot {
    fn from(s: q::Slot) -> Self {
        Slot {
            question: s.question,
            instance: s.instance,
        }
    }
}

impl From<Slot> for q::Slot {
    fn from(s: Slot) -> Self {
        q::Slot {
            question: s.question,
            instance: s.instance,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ChoiceView {
    pub name: String,
    pub label_id: String,
}

/// One option a person can tap: its label (a Fluent message id) and the
/// answer it gives.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct AnswerOption {
    pub label_id: String,
    pub answer: Answer,
}

/// What to show for one question. `*_id` fields are Fluent message ids.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct QuestionView {
    pub slot: Slot,
    pub section: String,
    pub section_title_id: Option<String>,
    pub kind: QuestionType,
    pub label_id: Option<String>,
    /// Interviewer guidance; only in interviewer mode.
    pub hint_id: Option<String>,
    pub required: bool,
    pub choices: Vec<ChoiceView>,
    /// Every option to show, in order, decided by the core: the choices (or
    /// the acknowledgement), then "not sure" and "prefer not to say" for
    /// every question that takes an answer (beside the input field of a
    /// text, number or date question). Render these; add none.
    pub options: Vec<AnswerOption>,
    /// Locale → audio file path inside the pack.
    pub audio: HashMap<String, String>,
    pub answer: Option<Answer>,
}

impl From<q::QuestionView> for QuestionView {
    fn from(v: q::QuestionView) -> Self {
        let options = q::answer_options(&v)
            .into_iter()
            .map(|o| AnswerOption {
                label_id: o.label,
                answer: o.answer.into(),
            })
            .collect();
        QuestionView {
            slot: v.slot.into(),
            section: v.section,
            section_title_id: v.section_title,
            kind: v.kind.into(),
            label_id: v.label,
            hint_id: v.hint,
            required: v.required,
            choices: v
                .choices
                .into_iter()
                .map(|c| ChoiceView {
                    name: c.name,
                    label_id: c.label,
                })
                .collect(),
            options,
            audio: v.audio.into_iter().collect(),
            answer: v.answer.map(Into::into),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct Progress {
    pub answered: u32,
    pub relevant: u32,
}

impl From<q::Progress> for Progress {
    fn from(p: q::Progress) -> Self {
        Progress {
            answered: p.answered,
            relevant: p.relevant,
        }
    }
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ReviewItem {
    pub slot: Slot,
    pub section: String,
    pub label_id: Option<String>,
    pub answer: Option<Answer>,
}

impl From<q::ReviewItem> for ReviewItem {
    fn from(r: q::ReviewItem) -> Self {
        ReviewItem {
            slot: r.slot.into(),
            section: r.section,
            label_id: r.label,
            answer: r.answer.map(Into::into),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum RiskLevel {
    None,
    Low,
    Medium,
    High,
    Urgent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum Strength {
    Weak,
    Medium,
    Strong,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct TriggeredIndicator {
    pub id: String,
    pub strength: Strength,
    pub weight: f64,
}

/// A recommended next step.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum NextStep {
    /// A Fluent message id describing the step.
    Message { message_id: String },
    /// Show helplines for the person's country and language.
    ReferHelplines,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Outcome {
    pub risk: RiskLevel,
    pub indicators: Vec<TriggeredIndicator>,
    pub next_steps: Vec<NextStep>,
}

impl From<q::RiskLevel> for RiskLevel {
    fn from(r: q::RiskLevel) -> Self {
        match r {
            q::RiskLevel::None => RiskLevel::None,
            q::RiskLevel::Low => RiskLevel::Low,
            q::RiskLevel::Medium => RiskLevel::Medium,
            q::RiskLevel::High => RiskLevel::High,
            q::RiskLevel::Urgent => RiskLevel::Urgent,
        }
    }
}

impl From<q::Strength> for Strength {
    fn from(s: q::Strength) -> Self {
        match s {
            q::Strength::Weak => Strength::Weak,
            q::Strength::Medium => Strength::Medium,
            q::Strength::Strong => Strength::Strong,
        }
    }
}

impl From<q::Outcome> for Outcome {
    fn from(o: q::Outcome) -> Self {
        Outcome {
            risk: o.risk.into(),
            indicators: o
                .indicators
                .into_iter()
                .map(|i| TriggeredIndicator {
                    id: i.id,
                    strength: i.strength.into(),
                    weight: i.weight,
                })
                .collect(),
            next_steps: o
                .actions
                .into_iter()
                .map(|a| match a {
                    q::Action::Message(message_id) => NextStep::Message { message_id },
                    q::Action::ReferHelplines => NextStep::ReferHelplines,
                })
                .collect(),
        }
    }
}

/// A result as the person reads it: every text already in the localizer's
/// language, so an app renders it and builds no message id.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct OutcomeText {
    pub risk: RiskLevel,
    pub risk_text: String,
    pub indicators: Vec<IndicatorText>,
    pub next_steps: Vec<NextStepText>,
}

/// A sign found, named in the person's language (its id when the
/// questionnaire gives it no name).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct IndicatorText {
    pub id: String,
    pub name: String,
    pub strength: Strength,
    pub strength_text: String,
    pub weight: f64,
}

/// A next step in words.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum NextStepText {
    Message {
        message_id: String,
        text: String,
    },
    /// Show helplines for the person's country and language here
    /// (`Helplines`).
    ReferHelplines,
}

impl From<q::OutcomeText> for OutcomeText {
    fn from(o: q::OutcomeText) -> Self {
        OutcomeText {
            risk: o.risk.into(),
            risk_text: o.risk_text,
            indicators: o
                .indicators
                .into_iter()
                .map(|i| IndicatorText {
                    id: i.id,
                    name: i.name,
                    strength: i.strength.into(),
                    strength_text: i.strength_text,
                    weight: i.weight,
                })
                .collect(),
            next_steps: o
                .next_steps
                .into_iter()
                .map(|s| match s {
                    q::NextStepText::Message { id, text } => NextStepText::Message {
                        message_id: id,
                        text,
                    },
                    q::NextStepText::ReferHelplines => NextStepText::ReferHelplines,
                })
                .collect(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Summary {
    pub outcome: Outcome,
    pub progress: Progress,
    pub stopped: bool,
    /// `None` when this viewer may not see the answers (hand-over mode, the
    /// worker, without the interviewee's consent).
    pub answers: Option<Vec<ReviewItem>>,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ReportAnswer {
    pub slot: Slot,
    pub answer: Answer,
}

/// A finalized questionnaire: only the answers of questions that were shown.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Report {
    pub id: String,
    pub questionnaire_id: String,
    pub version: u32,
    pub mode: InterviewMode,
    pub created_at: SystemTime,
    pub stopped_early: bool,
    pub consent_to_show_answers: bool,
    pub answers: Vec<ReportAnswer>,
    pub outcome: Outcome,
}

impl From<q::Report> for Report {
    fn from(r: q::Report) -> Self {
        Report {
            id: r.id,
            questionnaire_id: r.questionnaire_id,
            version: r.version,
            mode: r.mode.into(),
            created_at: r.created_at.into(),
            stopped_early: r.stopped_early,
            consent_to_show_answers: r.consent_to_show_answers,
            answers: r
                .answers
                .into_iter()
                .map(|a| ReportAnswer {
                    slot: a.slot.into(),
                    answer: a.answer.into(),
                })
                .collect(),
            outcome: r.outcome.into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DraftInfo {
    pub id: String,
    pub questionnaire_id: String,
    pub version: u32,
    pub mode: InterviewMode,
    pub created_at: SystemTime,
    pub updated_at: SystemTime,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SectionInfo {
    pub id: String,
    pub title_id: Option<String>,
    pub repeat: bool,
}

// ---------------------------------------------------------------- objects

/// Checks a questionnaire file (TOML) and lists every problem. Fast.
#[waymark_ffi_macros::export]
pub fn validate_questionnaire(file_name: String, source: String) -> Vec<Finding> {
    q::validate(&file_name, &source, None)
        .into_iter()
        .map(Into::into)
        .collect()
}

/// A parsed, checked questionnaire. Immutable; share it freely.
#[derive(uniffi::Object)]
pub struct Questionnaire {
    inner: Arc<q::Questionnaire>,
}

#[waymark_ffi_macros::export]
impl Questionnaire {
    /// Parses and validates a questionnaire file (TOML); `Invalid` lists the
    /// findings. Fast.
    #[uniffi::constructor]
    pub fn parse(file_name: String, source: String) -> Result<Arc<Self>, QuestionnaireError> {
        Ok(Arc::new(Questionnaire {
            inner: Arc::new(q::parse(&file_name, &source)?),
        }))
    }

    pub fn id(&self) -> String {
        self.inner.id.clone()
    }

    pub fn version(&self) -> u32 {
        self.inner.version
    }

    pub fn title_id(&self) -> String {
        self.inner.title.clone()
    }

    /// Locales the questionnaire's texts exist in.
    pub fn locales(&self) -> Vec<String> {
        self.inner.locales.clone()
    }

    pub fn sections(&self) -> Vec<SectionInfo> {
        self.inner
            .sections
            .iter()
            .map(|s| SectionInfo {
                id: s.id.clone(),
                title_id: s.title.clone(),
                repeat: s.repeat,
            })
            .collect()
    }
}

/// A questionnaire being answered. Thread-safe. With drafts (started through
/// [`Drafts::start`] or resumed), every change is saved in the vault before
/// the call returns: those calls block.
#[derive(uniffi::Object)]
pub struct QuestionnaireSession {
    inner: q::Session,
}

fn session(s: q::Session) -> Arc<QuestionnaireSession> {
    Arc::new(QuestionnaireSession { inner: s })
}

#[waymark_ffi_macros::export]
impl QuestionnaireSession {
    /// A session that is not saved anywhere (e.g. a practice run).
    #[uniffi::constructor]
    pub fn start_unsaved(
        questionnaire: Arc<Questionnaire>,
        mode: InterviewMode,
    ) -> Result<Arc<Self>, QuestionnaireError> {
        Ok(session(q::Session::start(
            questionnaire.inner.clone(),
            mode.into(),
            None,
        )?))
    }

    pub fn draft_id(&self) -> Option<String> {
        self.inner.draft_id()
    }

    pub fn mode(&self) -> InterviewMode {
        self.inner.mode().into()
    }

    /// The question to show, or `None` at the end (show the review).
    pub fn current(&self) -> Result<Option<QuestionView>, QuestionnaireError> {
        Ok(self.inner.current().map(Into::into))
    }

    /// Moves on; refuses while the current question is required and
    /// unanswered. `None`: the end.
    pub fn next(&self) -> Result<Option<QuestionView>, QuestionnaireError> {
        Ok(self.inner.next()?.map(Into::into))
    }

    pub fn back(&self) -> Result<Option<QuestionView>, QuestionnaireError> {
        Ok(self.inner.back()?.map(Into::into))
    }

    pub fn go_to(&self, slot: Slot) -> Result<QuestionView, QuestionnaireError> {
        Ok(self.inner.go_to(&slot.into())?.into())
    }

    pub fn jump_to_section(&self, section_id: String) -> Result<QuestionView, QuestionnaireError> {
        Ok(self.inner.jump_to_section(&section_id)?.into())
    }

    /// Records (or replaces) an answer. Questions that stop being relevant
    /// lose their answers at once.
    pub fn answer(&self, slot: Slot, answer: Answer) -> Result<(), QuestionnaireError> {
        let answer = answer.into_core(&slot.question)?;
        Ok(self.inner.answer(&slot.into(), answer)?)
    }

    /// Reads what the person typed or tapped for the current question, in
    /// the localizer's language, as the core reads it everywhere: an
    /// option's number or label, any script's digits, the locale's decimal
    /// separator and date order. `None`: not understood (ask again), or no
    /// current question. The localizer must hold the questionnaire's texts.
    pub fn read_typed(&self, typed: String, localizer: Arc<Localizer>) -> Option<Answer> {
        let view = self.inner.current()?;
        let loc = localizer.read();
        q::input::read_typed(&view, |id| loc.text(id, &[]), &typed, loc.locale()).map(Into::into)
    }

    pub fn answer_current(&self, answer: Answer) -> Result<(), QuestionnaireError> {
        let name = self
            .inner
            .current()
            .map(|v| v.slot.question)
            .unwrap_or_default();
        Ok(self.inner.answer_current(answer.into_core(&name)?)?)
    }

    pub fn clear_answer(&self, slot: Slot) -> Result<(), QuestionnaireError> {
        Ok(self.inner.clear_answer(&slot.into())?)
    }

    pub fn answer_of(&self, slot: Slot) -> Option<Answer> {
        self.inner.answer_of(&slot.into()).map(Into::into)
    }

    /// Adds an instance to a repeat section; returns its index.
    pub fn add_repeat(&self, section_id: String) -> Result<u32, QuestionnaireError> {
        Ok(self.inner.add_repeat(&section_id)?)
    }

    pub fn remove_repeat(
        &self,
        section_id: String,
        instance: u32,
    ) -> Result<(), QuestionnaireError> {
        Ok(self.inner.remove_repeat(&section_id, instance)?)
    }

    pub fn repeat_count(&self, section_id: String) -> u32 {
        self.inner.repeat_count(&section_id)
    }

    /// Every visible question with its answer, in order.
    pub fn review(&self) -> Result<Vec<ReviewItem>, QuestionnaireError> {
        Ok(self.inner.review().into_iter().map(Into::into).collect())
    }

    /// An answer to `question` in words, in the localizer's language (which
    /// must hold the questionnaire's texts), as the review and the summary
    /// show it: a choice's label, a number with the locale's decimal
    /// separator, a date in the locale's order. `read_typed` reads it back
    /// as the same answer. Show this; format nothing yourself.
    pub fn answer_text(
        &self,
        question: String,
        answer: Answer,
        localizer: Arc<Localizer>,
    ) -> Result<String, QuestionnaireError> {
        let answer = answer.into_core(&question)?;
        Ok(q::answer_text(
            self.inner.questionnaire(),
            &question,
            &answer,
            &localizer.read(),
        ))
    }

    pub fn progress(&self) -> Progress {
        self.inner.progress().into()
    }

    /// "Stop here": no more answers; can still be finalized.
    pub fn stop(&self) -> Result<(), QuestionnaireError> {
        Ok(self.inner.stop()?)
    }

    pub fn is_stopped(&self) -> bool {
        self.inner.is_stopped()
    }

    pub fn set_consent_to_show_answers(&self, consent: bool) -> Result<(), QuestionnaireError> {
        Ok(self.inner.set_consent_to_show_answers(consent)?)
    }

    pub fn outcome(&self) -> Result<Outcome, QuestionnaireError> {
        Ok(self.inner.outcome().into())
    }

    /// The result in words in the localizer's language (which must hold the
    /// questionnaire's texts). Everyone may see it, as `outcome`.
    pub fn outcome_text(
        &self,
        localizer: Arc<Localizer>,
    ) -> Result<OutcomeText, QuestionnaireError> {
        Ok(q::outcome_text(&self.inner.outcome(), &localizer.read()).into())
    }

    /// What `viewer` may see: in hand-over mode the worker gets the outcome
    /// only, unless the interviewee consented.
    pub fn summary(&self, viewer: Viewer) -> Result<Summary, QuestionnaireError> {
        let s = self.inner.summary_for(match viewer {
            Viewer::Worker => q::Viewer::Worker,
            Viewer::Respondent => q::Viewer::Respondent,
        });
        Ok(Summary {
            outcome: s.outcome.into(),
            progress: s.progress.into(),
            stopped: s.stopped,
            answers: s.answers.map(|a| a.into_iter().map(Into::into).collect()),
        })
    }

    /// Scores and builds the report; with drafts, stores it in the vault and
    /// deletes the draft in one transaction.
    pub fn finalize(&self) -> Result<Report, QuestionnaireError> {
        Ok(self.inner.finalize()?.into())
    }
}

/// Drafts and finalized reports in one vault. Blocking (database).
#[derive(uniffi::Object)]
pub struct Drafts {
    inner: q::Drafts,
}

impl Drafts {
    pub(crate) fn for_vault(vault: Arc<CoreVault>) -> Arc<Self> {
        Arc::new(Drafts {
            inner: q::Drafts::new(vault),
        })
    }
}

#[waymark_ffi_macros::export]
impl Drafts {
    /// Starts a questionnaire whose draft is saved after every change.
    pub fn start(
        &self,
        questionnaire: Arc<Questionnaire>,
        mode: InterviewMode,
    ) -> Result<Arc<QuestionnaireSession>, QuestionnaireError> {
        Ok(session(q::Session::start(
            questionnaire.inner.clone(),
            mode.into(),
            Some(self.inner.clone()),
        )?))
    }

    /// Continues a draft exactly where it was left.
    pub fn resume(
        &self,
        draft_id: String,
        questionnaire: Arc<Questionnaire>,
    ) -> Result<Arc<QuestionnaireSession>, QuestionnaireError> {
        Ok(session(
            self.inner.resume(&draft_id, questionnaire.inner.clone())?,
        ))
    }

    /// Most recently changed first; no answers.
    pub fn list(&self) -> Result<Vec<DraftInfo>, QuestionnaireError> {
        Ok(self
            .inner
            .list()?
            .into_iter()
            .map(|d| DraftInfo {
                id: d.id,
                questionnaire_id: d.questionnaire_id,
                version: d.version,
                mode: d.mode.into(),
                created_at: d.created_at.into(),
                updated_at: d.updated_at.into(),
            })
            .collect())
    }

    pub fn delete(&self, draft_id: String) -> Result<(), QuestionnaireError> {
        Ok(self.inner.delete(&draft_id)?)
    }

    pub fn report(&self, report_id: String) -> Result<Report, QuestionnaireError> {
        Ok(self.inner.report(&report_id)?.into())
    }

    /// Report ids, oldest first.
    pub fn report_ids(&self) -> Result<Vec<String>, QuestionnaireError> {
        Ok(self.inner.reports()?)
    }
}
