//! Exports of opened reports: JSON (one object per report) and CSV (one row
//! per report, one column per field, indicator columns first).
//!
//! Field names are whatever the phone put in the report's body. Names that
//! start with `indicator.` (the questionnaire's triggered indicators) come
//! first, then `risk`/`outcome.` fields, then every other field in the order
//! it first appears. A report without a field leaves its cell empty.
//!
//! CSV cells that a spreadsheet would run as a formula (starting with `=`,
//! `+`, `-`, `@`, tab or carriage return) get a leading `'`: a report's text
//! comes from anyone and must not execute on the NGO's computer.

use serde::Serialize;
use waymark_core::envelope::{Report, ReportKind};

/// A report opened from the archive.
#[derive(Debug, Clone)]
pub struct Opened {
    pub seq: u64,
    /// Day the inbox received it.
    pub received_day: String,
    pub report: Report,
}

fn kind_name(kind: ReportKind) -> &'static str {
    match kind {
        ReportKind::Questionnaire => "questionnaire",
        ReportKind::Journal => "journal",
        ReportKind::Assistant => "assistant",
        ReportKind::FreeText => "free_text",
    }
}

#[derive(Serialize)]
struct JsonReport<'a> {
    seq: u64,
    received_day: &'a str,
    report_id: String,
    created_day: &'a str,
    kind: &'static str,
    locale: &'a str,
    /// `[name, value]` pairs in the report's own order.
    fields: Vec<(&'a str, &'a str)>,
}

/// A JSON array of reports, oldest first.
pub fn to_json(reports: &[Opened]) -> String {
    let rows: Vec<JsonReport<'_>> = reports
        .iter()
        .map(|o| JsonReport {
            seq: o.seq,
            received_day: &o.received_day,
            report_id: o.report.id.to_hex(),
            created_day: &o.report.created_day,
            kind: kind_name(o.report.kind),
            locale: &o.report.locale,
            fields: o
                .report
                .body
                .iter()
                .map(|f| (f.name.as_str(), f.value.as_str()))
                .collect(),
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".into());
    out.push('\n');
    out
}

const FIXED_COLUMNS: [&str; 6] = [
    "seq",
    "received_day",
    "report_id",
    "created_day",
    "kind",
    "locale",
];

fn column_rank(name: &str) -> u8 {
    if name.starts_with("indicator.") {
        0
    } else if name == "risk" || name.starts_with("outcome.") {
        1
    } else {
        2
    }
}

/// The field columns: indicators, then outcome, then the rest, each group
/// in order of first appearance.
pub fn field_columns(reports: &[Opened]) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for o in reports {
        for f in &o.report.body {
            if !seen.iter().any(|s| s == &f.name) {
                seen.push(f.name.clone());
            }
        }
    }
    // A stable sort keeps first-appearance order within each group.
    seen.sort_by_key(|name| column_rank(name));
    seen
}

/// RFC 4180 CSV with a header row; every cell quoted.
pub fn to_csv(reports: &[Opened]) -> String {
    let columns = field_columns(reports);
    let mut out = String::new();
    let header: Vec<&str> = FIXED_COLUMNS
        .iter()
        .copied()
        .chain(columns.iter().map(String::as_str))
        .collect();
    push_row(&mut out, header.into_iter());
    for o in reports {
        let r = &o.report;
        let fixed = [
            o.seq.to_string(),
            o.received_day.clone(),
            r.id.to_hex(),
            r.created_day.clone(),
            kind_name(r.kind).to_owned(),
            r.locale.clone(),
        ];
        let fields = columns.iter().map(|c| {
            r.body
                .iter()
                .find(|f| &f.name == c)
                .map_or("", |f| f.value.as_str())
        });
        push_row(&mut out, fixed.iter().map(String::as_str).chain(fields));
    }
    out
}

fn push_row<'a>(out: &mut String, cells: impl Iterator<Item = &'a str>) {
    let mut first = true;
    for cell in cells {
        if !first {
            out.push(',');
        }
        first = false;
        out.push('"');
        if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            out.push('\'');
        }
        out.push_str(&cell.replace('"', "\"\""));
        out.push('"');
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use waymark_core::envelope::ReportField;

    fn opened(seq: u64, fields: &[(&str, &str)]) -> Opened {
        let (report, _) = Report::new(
            ReportKind::Questionnaire,
            "en",
            "2026-11-22",
            fields
                .iter()
                .map(|(n, v)| ReportField {
                    name: (*n).into(),
                    value: (*v).into(),
                })
                .collect(),
        );
        Opened {
            seq,
            received_day: "2026-11-23".into(),
            report,
        }
    }

    #[test]
    fn indicators_first_and_formulas_defused() {
        let reports = [
            opened(1, &[("q.age", "30"), ("indicator.debt_bondage", "strong")]),
            opened(
                2,
                &[
                    ("note", "=HYPERLINK(\"x\")"),
                    ("risk", "high"),
                    ("indicator.isolation", "medium"),
                ],
            ),
        ];
        assert_eq!(
            field_columns(&reports),
            [
                "indicator.debt_bondage",
                "indicator.isolation",
                "risk",
                "q.age",
                "note"
            ]
        );
        let csv = to_csv(&reports);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert!(lines[0].starts_with("\"seq\",\"received_day\",\"report_id\""));
        assert!(lines[1].contains("\"strong\",\"\",\"\",\"30\",\"\""));
        assert!(lines[2].contains("\"'=HYPERLINK(\"\"x\"\")\""));
        let json = to_json(&reports);
        let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(parsed[1]["fields"][1][1], "high");
    }
}
