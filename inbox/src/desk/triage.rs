//! Reports as the desk sees them: opened from the sealed archive in memory,
//! summarised for triage (risk, indicators, source, language, region,
//! age), filtered, searched and sorted. Nothing here touches the disk but
//! the sealed archive it reads.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Deserialize;
use waymark_core::envelope::{self, EnvelopeError, NgoPrivateKey, Opened, Report, ReportKind};
use waymark_core::questionnaire::{Answer, Outcome, QuestionType, RiskLevel};

use super::forms::Forms;
use super::DeskError;
use crate::ngo::archive::Archive;

/// One opened report and what the desk derived from it.
#[derive(Debug, Clone)]
pub struct CaseFile {
    pub seq: u64,
    /// Day the inbox received it.
    pub received_day: String,
    pub report: Report,
    /// The questionnaire id, or the report kind for other reports.
    pub source: String,
    /// `None` for reports that were not scored (free text, journal, chat).
    pub risk: Option<RiskLevel>,
    /// Triggered indicator ids, strongest first.
    pub indicators: Vec<String>,
    /// The answer to the questionnaire's region question (a choice name).
    pub region: Option<String>,
    /// Every answer and text, lowercased, for search.
    search_text: String,
}

/// An envelope in the archive that did not open: shown as one row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quarantined {
    pub seq: u64,
    pub report_id: String,
    pub received_day: String,
    /// A message id naming the reason (never the content).
    pub reason: &'static str,
}

/// The desk's reports after an unlock.
#[derive(Debug, Default)]
pub struct Reports {
    /// Newest first by inbox order; sorted per request.
    pub cases: Vec<CaseFile>,
    pub quarantined: Vec<Quarantined>,
    by_id: HashMap<String, usize>,
}

fn quarantine_reason(e: &EnvelopeError) -> &'static str {
    match e {
        EnvelopeError::WrongKey => "desk-quarantine-wrong-key",
        EnvelopeError::MalformedReport { .. } => "desk-quarantine-malformed",
        _ => "desk-quarantine-damaged",
    }
}

/// A value from a questionnaire report's answer field.
pub fn parse_answer(value: &str) -> Option<Answer> {
    serde_json::from_str(value).ok()
}

/// `answer:q`, `answer:q[2]` → `("q", Some(2))`.
pub fn answer_name(field: &str) -> Option<(&str, Option<u32>)> {
    let rest = field.strip_prefix("answer:")?;
    match rest.split_once('[') {
        Some((q, idx)) => Some((q, idx.strip_suffix(']')?.parse().ok())),
        None => Some((rest, None)),
    }
}

pub fn kind_code(kind: ReportKind) -> &'static str {
    match kind {
        ReportKind::Questionnaire => "questionnaire",
        ReportKind::Journal => "journal",
        ReportKind::Assistant => "assistant",
        ReportKind::FreeText => "free_text",
    }
}

impl CaseFile {
    pub fn new(seq: u64, received_day: String, report: Report, forms: &Forms) -> CaseFile {
        let field = |name: &str| {
            report
                .body
                .iter()
                .find(|f| f.name == name)
                .map(|f| f.value.as_str())
        };
        let questionnaire = (report.kind == ReportKind::Questionnaire)
            .then(|| field("questionnaire"))
            .flatten()
            .map(str::to_owned);
        let outcome: Option<Outcome> = field("outcome").and_then(|v| serde_json::from_str(v).ok());
        let mut indicators: Vec<(String, waymark_core::questionnaire::Strength)> = outcome
            .as_ref()
            .map(|o| {
                o.indicators
                    .iter()
                    .map(|t| (t.id.clone(), t.strength))
                    .collect()
            })
            .unwrap_or_default();
        indicators.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let form = questionnaire.as_deref().and_then(|id| forms.get(id));
        let region = form.and_then(|f| {
            report.body.iter().find_map(|fld| {
                let (q, _) = answer_name(&fld.name)?;
                let question = f.questionnaire.question(q)?;
                if question.kind != QuestionType::Region {
                    return None;
                }
                match parse_answer(&fld.value)? {
                    Answer::Choice(c) => Some(c),
                    _ => None,
                }
            })
        });
        let mut search_text = String::new();
        for f in &report.body {
            if f.name == "outcome" {
                continue;
            }
            match parse_answer(&f.value) {
                Some(Answer::Text(t)) => search_text.push_str(&t.to_lowercase()),
                _ => search_text.push_str(&f.value.to_lowercase()),
            }
            search_text.push('\n');
        }
        CaseFile {
            seq,
            received_day,
            source: questionnaire.unwrap_or_else(|| kind_code(report.kind).to_owned()),
            risk: outcome.map(|o| o.risk),
            indicators: indicators.into_iter().map(|(id, _)| id).collect(),
            region,
            search_text,
            report,
        }
    }

    pub fn id(&self) -> String {
        self.report.id.to_hex()
    }

    /// Days since the phone made the report (0 when the day is unreadable).
    pub fn age_days(&self, today: NaiveDate) -> i64 {
        NaiveDate::parse_from_str(&self.report.created_day, "%Y-%m-%d")
            .map(|d| (today - d).num_days().max(0))
            .unwrap_or(0)
    }

    /// The language's primary subtag (`pt-BR` → `pt`), for filters and counts.
    pub fn language(&self) -> &str {
        self.report
            .locale
            .split(['-', '_'])
            .next()
            .unwrap_or(&self.report.locale)
    }

    /// A short fingerprint of the report's reply key (see docs/ngo-desk.md):
    /// the phone that holds the receipt code holds this key too, so a
    /// reporter who calls can be matched without anyone saying the code.
    pub fn fingerprint(&self) -> String {
        self.report.reply_key.fingerprint()
    }
}

impl Reports {
    /// Opens every envelope of `archive` with `key`: dummies are dropped
    /// (the pull drops them already; an archive filled by an older tool may
    /// still hold some), envelopes that do not open become quarantined rows.
    /// Blocking.
    pub fn open(
        archive: &Archive,
        key: &NgoPrivateKey,
        forms: &Forms,
    ) -> Result<Reports, DeskError> {
        let mut out = Reports::default();
        for a in archive.list().map_err(|_| DeskError::Archive)? {
            let bytes = std::fs::read(&a.path).map_err(|_| DeskError::Archive)?;
            match envelope::open_any(&bytes, key) {
                Ok(Opened::Dummy) => {}
                Ok(Opened::Report(report)) if report.id.to_hex() != a.report_id => {
                    // The inbox filed it under another id than the sealed one.
                    out.quarantined.push(Quarantined {
                        seq: a.seq,
                        report_id: a.report_id,
                        received_day: a.day,
                        reason: "desk-quarantine-id-mismatch",
                    });
                }
                Ok(Opened::Report(report)) => {
                    out.cases.push(CaseFile::new(a.seq, a.day, report, forms))
                }
                Err(e) => out.quarantined.push(Quarantined {
                    seq: a.seq,
                    report_id: a.report_id,
                    received_day: a.day,
                    reason: quarantine_reason(&e),
                }),
            }
        }
        out.cases.reverse();
        out.reindex();
        Ok(out)
    }

    /// Builds the desk's view from reports already opened (benchmarks, tests).
    pub fn from_cases(mut cases: Vec<CaseFile>) -> Reports {
        cases.sort_by_key(|c| std::cmp::Reverse(c.seq));
        let mut out = Reports::default();
        out.cases = cases;
        out.reindex();
        out
    }

    fn reindex(&mut self) {
        self.by_id = self
            .cases
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id(), i))
            .collect();
    }

    pub fn get(&self, report_id: &str) -> Option<&CaseFile> {
        self.by_id.get(report_id).and_then(|&i| self.cases.get(i))
    }
}

/// Opened reports are wiped when the desk drops them (on lock).
impl Drop for Reports {
    fn drop(&mut self) {
        for c in &mut self.cases {
            zeroize::Zeroize::zeroize(&mut c.report);
            zeroize::Zeroize::zeroize(&mut c.search_text);
        }
    }
}

/// The list's filters, as the query string carries them. Empty = any.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Filter {
    pub risk: String,
    pub indicator: String,
    pub source: String,
    pub lang: String,
    pub region: String,
    /// Reports at most this many days old.
    pub age: String,
    /// `yes` or `no`.
    pub answered: String,
    pub status: String,
    /// Search inside the decrypted answers.
    pub q: String,
    /// `urgent` (default) or `newest`.
    pub sort: String,
    pub page: usize,
}

pub fn risk_code(risk: Option<RiskLevel>) -> &'static str {
    match risk {
        None => "unscored",
        Some(RiskLevel::None) => "none",
        Some(RiskLevel::Low) => "low",
        Some(RiskLevel::Medium) => "medium",
        Some(RiskLevel::High) => "high",
        Some(RiskLevel::Urgent) => "urgent",
    }
}

/// Every risk code, most urgent first.
pub const RISK_CODES: [&str; 6] = ["urgent", "high", "medium", "low", "none", "unscored"];

/// What the list needs to know of a case's casework.
pub trait CaseLookup {
    fn status_code(&self, report_id: &str) -> &'static str;
    fn answered(&self, report_id: &str) -> bool;
}

impl Filter {
    fn matches(&self, c: &CaseFile, id: &str, today: NaiveDate, lookup: &dyn CaseLookup) -> bool {
        (self.risk.is_empty() || self.risk == risk_code(c.risk))
            && (self.indicator.is_empty() || c.indicators.contains(&self.indicator))
            && (self.source.is_empty() || self.source == c.source)
            && (self.lang.is_empty() || self.lang == c.language())
            && (self.region.is_empty() || c.region.as_deref() == Some(self.region.as_str()))
            && self
                .age
                .parse::<i64>()
                .map_or(true, |max| c.age_days(today) <= max)
            && match self.answered.as_str() {
                "yes" => lookup.answered(id),
                "no" => !lookup.answered(id),
                _ => true,
            }
            && (self.status.is_empty() || self.status == lookup.status_code(id))
            && (self.q.trim().is_empty() || c.search_text.contains(&self.q.trim().to_lowercase()))
    }

    /// The matching cases, sorted: most urgent then newest (default), or
    /// newest first.
    pub fn apply<'a>(
        &self,
        reports: &'a Reports,
        today: NaiveDate,
        lookup: &dyn CaseLookup,
    ) -> Vec<&'a CaseFile> {
        let mut out: Vec<&CaseFile> = reports
            .cases
            .iter()
            .filter(|c| self.matches(c, &c.id(), today, lookup))
            .collect();
        let newest = |a: &&CaseFile, b: &&CaseFile| {
            b.report
                .created_day
                .cmp(&a.report.created_day)
                .then(b.seq.cmp(&a.seq))
        };
        if self.sort == "newest" {
            out.sort_by(newest);
        } else {
            out.sort_by(|a, b| b.risk.cmp(&a.risk).then_with(|| newest(a, b)));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answer_names() {
        assert_eq!(answer_name("answer:q1"), Some(("q1", None)));
        assert_eq!(answer_name("answer:q1[2]"), Some(("q1", Some(2))));
        assert_eq!(answer_name("outcome"), None);
    }
}
