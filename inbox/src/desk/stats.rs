//! Counts for the dashboard and its CSV: reports over time (by ISO week of
//! the day the phone made them), indicators by frequency, risk levels,
//! regions and languages.
//!
//! A count below the threshold (default 5) is never shown or exported as a
//! number, only as "fewer than N", so that a small group cannot point at one
//! person. A zero stays zero. See docs/ngo-desk.md for what this does not
//! cover (totals are not adjusted, so differences can still narrow a cell).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};

use super::triage::{risk_code, CaseFile, RISK_CODES};

/// A count as it may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Exact(u64),
    /// Between 1 and threshold − 1.
    Below(u64),
}

impl Shown {
    pub fn of(count: u64, threshold: u64) -> Shown {
        if count > 0 && count < threshold {
            Shown::Below(threshold)
        } else {
            Shown::Exact(count)
        }
    }

    /// The text for a cell: the number, or `<N`.
    pub fn text(self) -> String {
        match self {
            Shown::Exact(n) => n.to_string(),
            Shown::Below(t) => format!("<{t}"),
        }
    }
}

/// One chart's rows: (key, count), in display order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Series {
    pub rows: Vec<(String, u64)>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dashboard {
    /// ISO weeks (`2026-W49`), oldest first, gaps filled with zero.
    pub over_time: Series,
    /// Indicator ids, most frequent first.
    pub indicators: Series,
    /// Risk codes, most urgent first (every level listed).
    pub risks: Series,
    /// Region choice names (with their source), most frequent first.
    pub regions: Series,
    /// Primary language subtags, most frequent first.
    pub languages: Series,
}

fn by_frequency(map: BTreeMap<String, u64>) -> Series {
    let mut rows: Vec<(String, u64)> = map.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Series { rows }
}

fn week_of(day: &str) -> Option<(i32, u32)> {
    let d = NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()?;
    let w = d.iso_week();
    Some((w.year(), w.week()))
}

/// Most weeks the time chart shows (the latest ones).
pub const MAX_WEEKS: usize = 26;

pub fn count<'a>(cases: impl Iterator<Item = &'a CaseFile>) -> Dashboard {
    let mut weeks: BTreeMap<(i32, u32), u64> = BTreeMap::new();
    let mut indicators = BTreeMap::new();
    let mut risks: BTreeMap<&'static str, u64> = BTreeMap::new();
    let mut regions = BTreeMap::new();
    let mut languages = BTreeMap::new();
    for c in cases {
        if let Some(w) = week_of(&c.report.created_day) {
            *weeks.entry(w).or_default() += 1;
        }
        for i in &c.indicators {
            *indicators.entry(i.clone()).or_default() += 1;
        }
        *risks.entry(risk_code(c.risk)).or_default() += 1;
        if let Some(r) = &c.region {
            *regions.entry(format!("{}:{r}", c.source)).or_default() += 1;
        }
        *languages.entry(c.language().to_owned()).or_default() += 1;
    }
    Dashboard {
        over_time: fill_weeks(&weeks),
        indicators: by_frequency(indicators),
        risks: Series {
            rows: RISK_CODES
                .iter()
                .map(|r| ((*r).to_owned(), risks.get(r).copied().unwrap_or(0)))
                .collect(),
        },
        regions: by_frequency(regions),
        languages: by_frequency(languages),
    }
}

/// Every week from the first to the last with reports (at most the last
/// [`MAX_WEEKS`]), empty weeks as zero.
fn fill_weeks(weeks: &BTreeMap<(i32, u32), u64>) -> Series {
    let (Some(first), Some(last)) = (weeks.keys().next(), weeks.keys().next_back()) else {
        return Series::default();
    };
    let monday = |(y, w): (i32, u32)| NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Mon);
    let (Some(mut day), Some(end)) = (monday(*first), monday(*last)) else {
        return Series::default();
    };
    let mut rows = Vec::new();
    while day <= end {
        let w = day.iso_week();
        rows.push((
            format!("{}-W{:02}", w.year(), w.week()),
            weeks.get(&(w.year(), w.week())).copied().unwrap_or(0),
        ));
        day += chrono::TimeDelta::days(7);
    }
    let skip = rows.len().saturating_sub(MAX_WEEKS);
    Series {
        rows: rows.split_off(skip),
    }
}

/// The dashboard's numbers as CSV (`chart,key,count`), small counts
/// suppressed. Keys are ids and codes, not translated, so a spreadsheet can
/// join exports from desks in different languages.
pub fn to_csv(d: &Dashboard, threshold: u64) -> String {
    let mut out = String::from("chart,key,count\r\n");
    for (chart, series) in [
        ("reports_per_week", &d.over_time),
        ("indicator", &d.indicators),
        ("risk", &d.risks),
        ("region", &d.regions),
        ("language", &d.languages),
    ] {
        for (key, n) in &series.rows {
            let _ = write!(
                out,
                "{chart},\"{}\",{}\r\n",
                key.replace('"', "\"\""),
                Shown::of(*n, threshold).text()
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suppression_and_weeks() {
        assert_eq!(Shown::of(0, 5), Shown::Exact(0));
        assert_eq!(Shown::of(4, 5).text(), "<5");
        assert_eq!(Shown::of(5, 5).text(), "5");
        let mut weeks = BTreeMap::new();
        weeks.insert((2026, 1), 3);
        weeks.insert((2026, 4), 6);
        let s = fill_weeks(&weeks);
        assert_eq!(
            s.rows,
            [
                ("2026-W01".to_string(), 3),
                ("2026-W02".to_string(), 0),
                ("2026-W03".to_string(), 0),
                ("2026-W04".to_string(), 6)
            ]
        );
        let d = Dashboard {
            over_time: s,
            ..Dashboard::default()
        };
        let csv = to_csv(&d, 5);
        assert!(csv.contains("reports_per_week,\"2026-W01\",<5\r\n"));
        assert!(csv.contains("reports_per_week,\"2026-W04\",6\r\n"));
    }
}
