//! The helpline directory: `helplines.json` in a pack, and queries over it.
//!
//! A wrong number can hand someone back to the person exploiting them, so
//! every entry records where it came from, when a person last checked it,
//! and whether it is uncertain. Format 2 records that per field: each
//! number, the operator and the hours carry their own sources and check
//! dates ([`Evidence`]), and an entry whose number, operator or hours no
//! source confirms is uncertain whatever it says. docs/helplines.md has the
//! schema and policy; [`super::helpline_audit`] reports on it.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::error::{json_reason, PackError};
use super::manifest::{is_valid_locale, Manifest};
use super::text;

/// The file in a pack that holds the directory.
pub const FILE: &str = "helplines.json";
/// Each locale's translations of the directory's messages.
pub fn ftl_path(locale: &str) -> String {
    format!("locales/{locale}/helplines.ftl")
}

/// The directory format this version writes (format 1 still loads).
pub const FORMAT: u32 = 2;
/// Formats this version reads.
pub const FORMATS: &[u32] = &[1, 2];
const MAX_SERVICES: usize = 5000;
const MAX_TEXT: usize = 300;
const MAX_QUOTE: usize = 1000;
const MAX_EVIDENCE: usize = 64;

/// Format 1 entries whose `country` is `EU` apply in every member state;
/// format 2 entries list the member states where they work (`countries`).
pub const EU_MEMBERS: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
    "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelplineDirectory {
    pub format: u32,
    pub services: Vec<Helpline>,
}

/// One service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Helpline {
    /// Stable id, `[a-z0-9-]`, e.g. `ua-la-strada`. A pack installed later
    /// replaces the entry with the same id.
    pub id: String,
    /// ISO 3166-1 alpha-2, or `EU` for a number of several member states.
    pub country: String,
    /// Format 2, `EU` entries: the member states where the number works
    /// (116 006 works in some, not all). Empty for a national entry.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<String>,
    /// The service's own name (a proper noun, not translated).
    pub name: String,
    pub operator: String,
    /// Format 2: what the service is for (a trafficking line, a crisis
    /// line…). Emergency numbers say so with `emergency` instead.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<Topic>,
    pub channels: Vec<Channel>,
    pub hours: Hours,
    /// Languages spoken (BCP 47 tags); empty when not known.
    pub languages: Vec<String>,
    pub audience: Vec<Audience>,
    /// Police, ambulance or fire: the last resort, listed after specialist
    /// services.
    pub emergency: bool,
    pub free: bool,
    /// Fluent message id (in `locales/<lang>/helplines.ftl`).
    pub confidentiality: String,
    /// Format 2: Fluent message ids of notes shown with the entry ("from
    /// mobile phones only", "reports are passed to the police").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notices: Vec<String>,
    /// Where the entry comes from, in words. Required in format 1; in
    /// format 2 an optional summary beside `evidence`.
    #[serde(default)]
    pub source: String,
    /// Format 1 only: a page that shows the number.
    #[serde(default)]
    pub source_url: Option<String>,
    /// Format 2: the sources, field by field.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// YYYY-MM-DD when a person last checked the entry. Format 1: as
    /// written. Format 2: computed, the oldest check of its key fields
    /// (`None` while one is unconfirmed).
    #[serde(default)]
    pub last_verified: Option<String>,
    /// True when the number or details could not be confirmed. Format 2:
    /// also true whenever a key field ([`Helpline::unconfirmed_key_fields`])
    /// has no source.
    #[serde(default)]
    pub uncertain: bool,
    /// For maintainers (English, not shown to users): why it is uncertain,
    /// what to check.
    #[serde(default)]
    pub note: Option<String>,
}

/// What a service is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// Human trafficking and forced labour.
    Trafficking,
    /// Suicide prevention and emotional crisis: someone to talk to now.
    Crisis,
    /// Domestic, sexual and gender-based violence.
    Violence,
    /// Children at risk.
    Children,
    /// Missing children (116 000).
    MissingChildren,
    /// Victims of crime (116 006).
    CrimeVictims,
}

/// One source confirming one or more fields of an entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// The fields it confirms: `name`, `operator`, `hours`, `free`,
    /// `languages`, `audience`, `confidentiality`, `topics`, `countries`,
    /// `notices`, or `<kind>:<address>` for one channel (`call:1547`,
    /// `whatsapp:800 5533 000`: exactly as the channel is written, so that
    /// changing a number without a new source is an error).
    pub fields: Vec<String>,
    /// The page (`https://` or, for old pages, `http://`).
    pub url: String,
    pub kind: SourceKind,
    /// When a person compared the fields with the page: YYYY-MM-DD, or
    /// YYYY-MM when only the month is known.
    pub checked: String,
    /// The words of the page that confirm the fields, in its language.
    pub quote: String,
    /// The date the page itself shows, when it shows one (YYYY, YYYY-MM or
    /// YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
}

/// Who published a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// The operator's own page or publication.
    Operator,
    /// A government or official body other than the operator.
    Official,
    /// News, a partner, or another third party.
    Secondary,
}

/// The fields an [`Evidence`] may name besides `<kind>:<address>`.
pub const EVIDENCE_FIELDS: &[&str] = &[
    "name",
    "operator",
    "hours",
    "free",
    "languages",
    "audience",
    "confidentiality",
    "topics",
    "countries",
    "notices",
];

/// The evidence key of a channel: `call:1547`.
pub fn channel_field(c: &Channel) -> String {
    format!("{}:{}", c.kind.as_str(), c.address)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    pub kind: ChannelKind,
    /// Number to dial or text, USSD code, or https URL.
    pub address: String,
    /// SMS: the word to send, when the service needs one.
    pub keyword: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChannelKind {
    Call,
    Sms,
    Chat,
    Web,
    Ussd,
    Whatsapp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hours {
    /// Open 24 hours a day, 7 days a week.
    pub always_open: bool,
    /// Fluent message id describing the hours.
    pub note: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    Everyone,
    Adults,
    Children,
    Women,
    Workers,
    Migrants,
    NationalsAbroad,
}

impl ChannelKind {
    pub fn parse(s: &str) -> Option<ChannelKind> {
        serde_json::from_value(serde_json::Value::String(s.to_ascii_lowercase())).ok()
    }
    pub fn as_str(self) -> &'static str {
        match self {
            ChannelKind::Call => "call",
            ChannelKind::Sms => "sms",
            ChannelKind::Chat => "chat",
            ChannelKind::Web => "web",
            ChannelKind::Ussd => "ussd",
            ChannelKind::Whatsapp => "whatsapp",
        }
    }
}

impl Audience {
    pub fn parse(s: &str) -> Option<Audience> {
        serde_json::from_value(serde_json::Value::String(
            s.to_ascii_lowercase().replace('-', "_"),
        ))
        .ok()
    }
}

/// What to look for. Every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HelplineQuery {
    /// ISO 3166-1 alpha-2 (any case). EU-wide numbers are included for
    /// member states.
    pub country: Option<String>,
    /// The person's language (matched on the primary subtag, so `zh-Hans`
    /// finds `zh`). It ranks services that list it first; it never hides
    /// one. A frightened person should still see a 24/7 helpline that works
    /// through interpreters, or that someone else can call for them.
    pub language: Option<String>,
    /// Only services for this audience (or for everyone).
    pub audience: Option<Audience>,
    /// Only services reachable by this channel.
    pub channel: Option<ChannelKind>,
}

/// The language subtag: `pt-BR`, `pt_BR.UTF-8` (POSIX style) → `pt`.
pub(crate) fn primary(tag: &str) -> String {
    tag.split(['-', '_', '.'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

impl Helpline {
    pub fn serves_country(&self, country: &str) -> bool {
        let mut c = country.to_ascii_uppercase();
        // People say "UK"; ISO 3166-1 says GB.
        if c == "UK" {
            c = "GB".to_owned();
        }
        if !self.countries.is_empty() {
            return self.countries.contains(&c);
        }
        self.country == c || (self.country == "EU" && EU_MEMBERS.contains(&c.as_str()))
    }

    /// The countries where it works (`EU` expanded).
    pub fn served_countries(&self) -> Vec<String> {
        if !self.countries.is_empty() {
            self.countries.clone()
        } else if self.country == "EU" {
            EU_MEMBERS.iter().map(|c| (*c).to_owned()).collect()
        } else {
            vec![self.country.clone()]
        }
    }

    /// A suicide-prevention or emotional-crisis line.
    pub fn is_crisis_line(&self) -> bool {
        self.topics.contains(&Topic::Crisis)
    }

    /// The fields a person relies on to reach the right service: every
    /// number (call, SMS, USSD, WhatsApp), the operator, and the hours when
    /// the entry says it is always open.
    pub fn key_fields(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .channels
            .iter()
            .filter(|c| !matches!(c.kind, ChannelKind::Web | ChannelKind::Chat))
            .map(channel_field)
            .collect();
        v.push("operator".to_owned());
        if self.hours.always_open {
            v.push("hours".to_owned());
        }
        v
    }

    /// The fields this entry states, for the audit: the key fields, plus
    /// the others it claims something about.
    pub fn stated_fields(&self) -> Vec<String> {
        let mut v = vec!["name".to_owned()];
        v.extend(self.channels.iter().map(channel_field));
        v.push("operator".to_owned());
        if self.hours.always_open {
            v.push("hours".to_owned());
        }
        if self.free {
            v.push("free".to_owned());
        }
        if !self.languages.is_empty() {
            v.push("languages".to_owned());
        }
        v.push("confidentiality".to_owned());
        if !self.topics.is_empty() {
            v.push("topics".to_owned());
        }
        if !self.countries.is_empty() {
            v.push("countries".to_owned());
        }
        v
    }

    /// Whether some source confirms `field`.
    pub fn confirmed(&self, field: &str) -> bool {
        self.evidence
            .iter()
            .any(|e| e.fields.iter().any(|f| f == field))
    }

    /// Which "uncertain" message the entry is shown with, if any: that the
    /// number may be wrong ([`UNCERTAIN_MESSAGE`]), or, when every number is
    /// confirmed but who runs it or its hours are not,
    /// [`UNCERTAIN_DETAILS_MESSAGE`].
    pub fn uncertainty_message(&self) -> Option<&'static str> {
        if !self.uncertain {
            return None;
        }
        let missing = self.unconfirmed_key_fields();
        let details_only = !self.evidence.is_empty()
            && !missing.is_empty()
            && missing.iter().all(|f| f == "operator" || f == "hours");
        Some(if details_only {
            UNCERTAIN_DETAILS_MESSAGE
        } else {
            UNCERTAIN_MESSAGE
        })
    }

    /// Key fields no source confirms (format 2).
    pub fn unconfirmed_key_fields(&self) -> Vec<String> {
        self.key_fields()
            .into_iter()
            .filter(|f| !self.confirmed(f))
            .collect()
    }

    /// The oldest check date of the key fields' sources (the newest source
    /// of each field counts), as YYYY-MM-DD; `None` while one is
    /// unconfirmed.
    pub fn key_fields_checked(&self) -> Option<chrono::NaiveDate> {
        let mut oldest: Option<chrono::NaiveDate> = None;
        for field in self.key_fields() {
            let newest = self
                .evidence
                .iter()
                .filter(|e| e.fields.contains(&field))
                .filter_map(|e| check_date(&e.checked))
                .max()?;
            oldest = Some(oldest.map_or(newest, |o| o.min(newest)));
        }
        oldest
    }

    pub fn speaks(&self, language: &str) -> bool {
        let want = primary(language);
        self.languages.iter().any(|l| primary(l) == want)
    }

    pub fn matches(&self, q: &HelplineQuery) -> bool {
        q.country.as_deref().is_none_or(|c| self.serves_country(c))
            && q.audience.is_none_or(|a| {
                self.audience.contains(&a) || self.audience.contains(&Audience::Everyone)
            })
            && q.channel
                .is_none_or(|k| self.channels.iter().any(|c| c.kind == k))
    }
}

/// The documented order (docs/helplines.md): open 24/7 first; then
/// specialist services before emergency numbers; then services that speak
/// the asked language; then national before EU-wide; then checked before
/// uncertain; then by id, so equal entries never swap between runs.
pub fn sort(services: &mut [Helpline], q: &HelplineQuery) {
    services.sort_by_key(|s| {
        (
            !s.hours.always_open,
            s.emergency,
            !q.language.as_deref().is_some_and(|l| s.speaks(l)),
            s.country == "EU",
            s.uncertain,
            s.id.clone(),
        )
    });
}

/// Filters and sorts.
pub fn query(services: &[Helpline], q: &HelplineQuery) -> Vec<Helpline> {
    let mut found: Vec<Helpline> = services.iter().filter(|s| s.matches(q)).cloned().collect();
    sort(&mut found, q);
    found
}

fn bad(reason: impl Into<String>) -> PackError {
    PackError::InvalidContent {
        file: FILE.to_owned(),
        reason: reason.into(),
    }
}

fn is_id(s: &str) -> bool {
    (1..=64).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_text(s: &str) -> bool {
    !s.trim().is_empty() && s.len() <= MAX_TEXT && !s.chars().any(char::is_control)
}

/// A check date: YYYY-MM-DD, or YYYY-MM (taken as the month's first day,
/// so that age is never understated).
pub fn check_date(s: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| chrono::NaiveDate::parse_from_str(&format!("{s}-01"), "%Y-%m-%d"))
        .ok()
        .filter(|_| s.len() == 7 || s.len() == 10)
}

fn is_page_date(s: &str) -> bool {
    check_date(s).is_some() || (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
}

fn is_web_url(s: &str) -> bool {
    (s.starts_with("https://") || s.starts_with("http://"))
        && s.len() <= 2 * MAX_TEXT
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn is_https(s: &str) -> bool {
    s.starts_with("https://")
        && s.len() <= MAX_TEXT
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn is_dial(s: &str) -> bool {
    (1..=32).contains(&s.len())
        && s.bytes().any(|b| b.is_ascii_digit())
        && s.bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'+' | b'*' | b'#' | b' ' | b'-'))
}

impl HelplineDirectory {
    pub fn parse(bytes: &[u8]) -> Result<HelplineDirectory, PackError> {
        let mut dir: HelplineDirectory =
            serde_json::from_slice(bytes).map_err(|e| bad(json_reason(&e)))?;
        dir.validate()?;
        dir.resolve();
        Ok(dir)
    }

    /// Format 2: what the sources say, written into `uncertain` and
    /// `last_verified`, which is what every reader of an entry looks at.
    fn resolve(&mut self) {
        if self.format < 2 {
            return;
        }
        for s in &mut self.services {
            s.uncertain |= !s.unconfirmed_key_fields().is_empty();
            s.last_verified = s
                .key_fields_checked()
                .map(|d| d.format("%Y-%m-%d").to_string());
        }
    }

    /// Structural rules; message ids are checked against the pack's locales
    /// by [`check_pack`].
    pub fn validate(&self) -> Result<(), PackError> {
        if !FORMATS.contains(&self.format) {
            return Err(bad(format!(
                "unsupported format {} (this version reads {FORMATS:?})",
                self.format
            )));
        }
        let v2 = self.format >= 2;
        if self.services.len() > MAX_SERVICES {
            return Err(bad("too many services"));
        }
        let mut ids = HashSet::new();
        for s in &self.services {
            let at = |what: &str| {
                bad(format!(
                    "service {}: {what}",
                    super::error::display_name(&s.id)
                ))
            };
            if !is_id(&s.id) {
                return Err(bad("a service id is not [a-z0-9-]{1,64}"));
            }
            if !ids.insert(s.id.as_str()) {
                return Err(at("id used twice"));
            }
            if s.country.len() != 2 || !s.country.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(at(
                    "country must be two capital letters (ISO 3166-1 alpha-2)",
                ));
            }
            if !is_text(&s.name) || !is_text(&s.operator) {
                return Err(at("name and operator must be non-empty one-line text"));
            }
            if (!v2 || !s.source.is_empty()) && !is_text(&s.source) {
                return Err(at("source must be non-empty one-line text"));
            }
            if !v2
                && (!s.countries.is_empty()
                    || !s.topics.is_empty()
                    || !s.notices.is_empty()
                    || !s.evidence.is_empty())
            {
                return Err(at(
                    "countries, topics, notices and evidence need \"format\": 2",
                ));
            }
            if v2 {
                validate_v2(s).map_err(|why| at(&why))?;
            }
            if s.channels.is_empty() || s.channels.len() > 16 {
                return Err(at("needs 1 to 16 channels"));
            }
            for c in &s.channels {
                let ok = match c.kind {
                    ChannelKind::Web | ChannelKind::Chat => is_https(&c.address),
                    _ => is_dial(&c.address),
                };
                if !ok {
                    return Err(at(&format!(
                        "{} channel address is malformed",
                        c.kind.as_str()
                    )));
                }
                if c.keyword
                    .as_deref()
                    .is_some_and(|k| !is_text(k) || c.kind != ChannelKind::Sms)
                {
                    return Err(at("keyword is only for sms, one line"));
                }
            }
            if s.languages.len() > 64 || !s.languages.iter().all(|l| is_valid_locale(l)) {
                return Err(at("languages must be language tags"));
            }
            if s.audience.is_empty() {
                return Err(at("audience is empty"));
            }
            if !is_id(&s.confidentiality) || !is_id(&s.hours.note) {
                return Err(at("message ids must be [a-z0-9-]"));
            }
            if s.source_url.as_deref().is_some_and(|u| !is_https(u)) {
                return Err(at("source_url must be an https URL"));
            }
            if let Some(d) = &s.last_verified {
                if chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_err() {
                    return Err(at("last_verified must be YYYY-MM-DD"));
                }
            }
            if s.note.as_deref().is_some_and(|n| n.len() > 2000) {
                return Err(at("note too long"));
            }
            let computed = v2 && !s.unconfirmed_key_fields().is_empty();
            if s.uncertain && s.note.is_none() && !computed {
                return Err(at("an uncertain entry needs a note saying why"));
            }
        }
        Ok(())
    }

    /// Every Fluent message id the directory uses, sorted.
    pub fn message_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self
            .services
            .iter()
            .flat_map(|s| {
                [s.confidentiality.as_str(), s.hours.note.as_str()]
                    .into_iter()
                    .chain(s.notices.iter().map(String::as_str))
            })
            .chain([UNCERTAIN_MESSAGE])
            .chain((self.format >= 2).then_some(UNCERTAIN_DETAILS_MESSAGE))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// Country codes with at least one service, sorted (`EU` expanded).
    pub fn countries(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .services
            .iter()
            .flat_map(Helpline::served_countries)
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

/// The format 2 rules of one entry, as a reason.
fn validate_v2(s: &Helpline) -> Result<(), String> {
    if s.source_url.is_some() {
        return Err("source_url is format 1; give the page in evidence".to_owned());
    }
    if s.last_verified.is_some() {
        return Err("last_verified is computed from evidence in format 2; remove it".to_owned());
    }
    if s.country == "EU" {
        if s.countries.is_empty() {
            return Err(
                "an EU entry must list the member states where it works in countries".to_owned(),
            );
        }
        if let Some(c) = s
            .countries
            .iter()
            .find(|c| !EU_MEMBERS.contains(&c.as_str()))
        {
            let shown: String = c.chars().take(8).collect();
            return Err(format!("countries: {shown:?} is not an EU member state"));
        }
        let mut seen = HashSet::new();
        if !s.countries.iter().all(|c| seen.insert(c)) {
            return Err("countries lists a member state twice".to_owned());
        }
    } else if !s.countries.is_empty() {
        return Err("countries is only for EU entries".to_owned());
    }
    if s.notices.len() > 8 || !s.notices.iter().all(|n| is_id(n)) {
        return Err("notices must be at most 8 message ids [a-z0-9-]".to_owned());
    }
    if s.evidence.len() > MAX_EVIDENCE {
        return Err(format!("more than {MAX_EVIDENCE} evidence entries"));
    }
    let channels: HashSet<String> = s.channels.iter().map(channel_field).collect();
    for e in &s.evidence {
        if e.fields.is_empty() {
            return Err("an evidence entry names no field".to_owned());
        }
        for f in &e.fields {
            if !EVIDENCE_FIELDS.contains(&f.as_str()) && !channels.contains(f) {
                let shown: String = f.chars().take(60).collect();
                return Err(format!(
                    "evidence names {shown:?}, which is not a field of this entry (<kind>:<address> must match a channel exactly)"
                ));
            }
        }
        if !is_web_url(&e.url) {
            return Err("evidence url must be an http(s) URL".to_owned());
        }
        if check_date(&e.checked).is_none() {
            return Err("evidence checked must be YYYY-MM-DD or YYYY-MM".to_owned());
        }
        if e.published.as_deref().is_some_and(|p| !is_page_date(p)) {
            return Err("evidence published must be YYYY, YYYY-MM or YYYY-MM-DD".to_owned());
        }
        if e.quote.trim().is_empty()
            || e.quote.chars().count() > MAX_QUOTE
            || e.quote.chars().any(char::is_control)
        {
            return Err(format!(
                "evidence quote must be one line of 1 to {MAX_QUOTE} characters"
            ));
        }
    }
    Ok(())
}

/// Shown beside entries marked uncertain; every pack with helplines must
/// translate it.
pub const UNCERTAIN_MESSAGE: &str = "helpline-uncertain";
/// Shown beside format 2 entries whose numbers are confirmed but whose
/// operator or hours are not; every pack with a format 2 directory must
/// translate it.
pub const UNCERTAIN_DETAILS_MESSAGE: &str = "helpline-uncertain-details";

/// If the pack has a directory: it parses, and every locale the manifest
/// lists has a `helplines.ftl` that parses cleanly and defines every message
/// the directory uses.
pub(crate) fn check_pack<'a>(
    manifest: &Manifest,
    file: impl Fn(&str) -> Option<&'a [u8]>,
) -> Result<(), PackError> {
    let Some(bytes) = file(FILE) else {
        return Ok(());
    };
    let dir = HelplineDirectory::parse(bytes)?;
    let needed = dir.message_ids();
    if manifest.locales.is_empty() {
        return Err(bad(
            "the manifest lists no locales for the directory's texts",
        ));
    }
    for locale in &manifest.locales {
        let path = ftl_path(locale);
        let source = file(&path).ok_or_else(|| PackError::MissingFile { file: path.clone() })?;
        let defined = text::message_ids(source).map_err(|reason| PackError::InvalidContent {
            file: path.clone(),
            reason,
        })?;
        if let Some(missing) = needed.iter().find(|id| !defined.contains(**id)) {
            return Err(PackError::InvalidContent {
                file: path,
                reason: format!("message {missing} is missing"),
            });
        }
    }
    Ok(())
}
