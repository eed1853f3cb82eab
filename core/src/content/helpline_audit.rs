//! What in a helpline directory a person must still check: fields no source
//! confirms, sources checked too long ago, and countries left without an
//! emergency number, a trafficking line or a crisis line
//! (`waymark helplines audit`, docs/helplines.md).

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::Serialize;

use super::helplines::{check_date, Helpline, SourceKind, Topic};

/// One entry's fields that no source confirms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unconfirmed {
    pub id: String,
    pub country: String,
    /// Key fields (a number, the operator, the hours): while one is here
    /// the app shows the entry as uncertain.
    pub key_fields: Vec<String>,
    /// Other fields the entry states without a source.
    pub other_fields: Vec<String>,
}

/// A field whose newest source was checked longer ago than allowed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stale {
    pub id: String,
    pub field: String,
    /// As written in the evidence (YYYY-MM-DD or YYYY-MM).
    pub checked: String,
    pub age_days: i64,
}

/// A key field confirmed only by news or third parties, never by the
/// operator or an official body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SecondaryOnly {
    pub id: String,
    pub field: String,
}

/// The audit of a set of entries.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Audit {
    /// Countries the entries cover (`EU` expanded), sorted.
    pub countries: Vec<String>,
    pub unconfirmed: Vec<Unconfirmed>,
    pub stale: Vec<Stale>,
    pub secondary_only: Vec<SecondaryOnly>,
    /// Entries shown as uncertain that carry a maintainers' note, with it.
    pub marked_uncertain: Vec<(String, String)>,
    /// Entries with no source for any field (every format 1 entry).
    pub without_sources: Vec<String>,
    pub without_emergency: Vec<String>,
    pub without_trafficking_line: Vec<String>,
    pub without_crisis_line: Vec<String>,
}

impl Audit {
    /// Whether every covered country has an emergency number: the one
    /// finding that fails the test command.
    pub fn emergency_everywhere(&self) -> bool {
        self.without_emergency.is_empty()
    }
}

/// Audits `services` (the entries a person could be shown), as of `today`;
/// sources checked more than `max_age_days` ago are stale.
pub fn audit(services: &[Helpline], today: NaiveDate, max_age_days: i64) -> Audit {
    let mut a = Audit::default();
    let mut emergency = BTreeSet::new();
    let mut trafficking = BTreeSet::new();
    let mut crisis = BTreeSet::new();
    let mut countries = BTreeSet::new();
    for s in services {
        for c in s.served_countries() {
            if s.emergency {
                emergency.insert(c.clone());
            }
            if s.topics.contains(&Topic::Trafficking) {
                trafficking.insert(c.clone());
            }
            if s.is_crisis_line() {
                crisis.insert(c.clone());
            }
            countries.insert(c);
        }
        if s.evidence.is_empty() {
            a.without_sources.push(s.id.clone());
        }
        let key = s.key_fields();
        let missing: Vec<String> = s
            .stated_fields()
            .into_iter()
            .filter(|f| !s.confirmed(f))
            .collect();
        let (key_missing, other_missing): (Vec<String>, Vec<String>) =
            missing.into_iter().partition(|f| key.contains(f));
        if !key_missing.is_empty() || !other_missing.is_empty() {
            a.unconfirmed.push(Unconfirmed {
                id: s.id.clone(),
                country: s.country.clone(),
                key_fields: key_missing,
                other_fields: other_missing,
            });
        }
        // The newest check of each field, and who confirmed it.
        let mut newest: BTreeMap<&str, (&str, NaiveDate)> = BTreeMap::new();
        let mut firsthand: BTreeSet<&str> = BTreeSet::new();
        for e in &s.evidence {
            let Some(date) = check_date(&e.checked) else {
                continue;
            };
            for f in &e.fields {
                let slot = newest.entry(f).or_insert((&e.checked, date));
                if date > slot.1 {
                    *slot = (&e.checked, date);
                }
                if e.kind != SourceKind::Secondary {
                    firsthand.insert(f);
                }
            }
        }
        for (field, (checked, date)) in &newest {
            let age = (today - *date).num_days();
            if age > max_age_days {
                a.stale.push(Stale {
                    id: s.id.clone(),
                    field: (*field).to_owned(),
                    checked: (*checked).to_owned(),
                    age_days: age,
                });
            }
        }
        for f in &key {
            if newest.contains_key(f.as_str()) && !firsthand.contains(f.as_str()) {
                a.secondary_only.push(SecondaryOnly {
                    id: s.id.clone(),
                    field: f.clone(),
                });
            }
        }
        if let Some(note) = s.note.as_deref().filter(|_| s.uncertain) {
            a.marked_uncertain.push((s.id.clone(), note.to_owned()));
        }
    }
    let lacking = |have: &BTreeSet<String>| -> Vec<String> {
        countries
            .iter()
            .filter(|c| !have.contains(*c))
            .cloned()
            .collect()
    };
    a.without_emergency = lacking(&emergency);
    a.without_trafficking_line = lacking(&trafficking);
    a.without_crisis_line = lacking(&crisis);
    a.countries = countries.into_iter().collect();
    a
}
