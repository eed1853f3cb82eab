//! The helpline directory: `helplines.json` in a pack, and queries over it.
//!
//! A wrong number can hand someone back to the person exploiting them, so
//! every entry records where it came from, when a person last checked it,
//! and whether it is uncertain. docs/helplines.md has the schema and policy.

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

/// The only directory format this version understands.
pub const FORMAT: u32 = 1;
const MAX_SERVICES: usize = 5000;
const MAX_TEXT: usize = 300;

/// Entries whose `country` is `EU` apply in every member state.
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
    /// Stable id, `[a-z0-9-]`, e.g. `ua-la-strada-527`. A pack installed later
    /// replaces the entry with the same id.
    pub id: String,
    /// ISO 3166-1 alpha-2, or `EU` for a number valid in every member state.
    pub country: String,
    /// The service's own name (a proper noun, not translated).
    pub name: String,
    pub operator: String,
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
    /// Where the entry comes from, in words (e.g. "Waymark design brief §7").
    pub source: String,
    pub source_url: Option<String>,
    /// YYYY-MM-DD when a person last checked the entry against the operator's
    /// own published information; `None` if never.
    pub last_verified: Option<String>,
    /// True when the number or details could not be confirmed.
    pub uncertain: bool,
    /// For maintainers (English, not shown to users): why it is uncertain.
    pub note: Option<String>,
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
        self.country == c || (self.country == "EU" && EU_MEMBERS.contains(&c.as_str()))
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
        let dir: HelplineDirectory =
            serde_json::from_slice(bytes).map_err(|e| bad(json_reason(&e)))?;
        dir.validate()?;
        Ok(dir)
    }

    /// Structural rules; message ids are checked against the pack's locales
    /// by [`check_pack`].
    pub fn validate(&self) -> Result<(), PackError> {
        if self.format != FORMAT {
            return Err(bad(format!("unsupported format {}", self.format)));
        }
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
            if !is_text(&s.name) || !is_text(&s.operator) || !is_text(&s.source) {
                return Err(at(
                    "name, operator and source must be non-empty one-line text",
                ));
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
            if s.uncertain && s.note.is_none() {
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
            .flat_map(|s| [s.confidentiality.as_str(), s.hours.note.as_str()])
            .chain([UNCERTAIN_MESSAGE])
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
            .flat_map(|s| {
                if s.country == "EU" {
                    EU_MEMBERS.iter().map(|c| (*c).to_owned()).collect()
                } else {
                    vec![s.country.clone()]
                }
            })
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

/// Shown beside entries marked uncertain; every pack with helplines must
/// translate it.
pub const UNCERTAIN_MESSAGE: &str = "helpline-uncertain";

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
