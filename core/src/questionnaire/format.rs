//! The TOML file as written by authors, with the byte spans of the fields
//! that findings point at.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use super::error::{Finding, FindingKind};
use crate::i18n::MessageRef;

/// Largest questionnaire file accepted, in bytes.
pub const MAX_SOURCE_LEN: usize = 2 * 1024 * 1024;

pub(crate) type S = Spanned<String>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawDoc {
    pub id: S,
    #[serde(default)]
    pub version: Option<u32>,
    pub title: S,
    #[serde(default)]
    pub locales: Vec<S>,
    #[serde(default)]
    pub choices: BTreeMap<String, Spanned<Vec<Spanned<RawChoice>>>>,
    #[serde(default)]
    pub sections: Vec<Spanned<RawSection>>,
    #[serde(default)]
    pub questions: Vec<Spanned<RawQuestion>>,
    #[serde(default)]
    pub indicators: Vec<Spanned<RawIndicator>>,
    #[serde(default)]
    pub outcomes: Vec<Spanned<RawOutcome>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawChoice {
    pub name: S,
    pub label: S,
    #[serde(default)]
    pub columns: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSection {
    pub id: S,
    #[serde(default)]
    pub title: Option<S>,
    #[serde(default)]
    pub relevant: Option<S>,
    #[serde(default)]
    pub repeat: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawQuestion {
    pub name: S,
    #[serde(rename = "type")]
    pub kind: S,
    #[serde(default)]
    pub section: Option<S>,
    #[serde(default)]
    pub label: Option<S>,
    #[serde(default)]
    pub hint: Option<S>,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub required_message: Option<S>,
    #[serde(default)]
    pub relevant: Option<S>,
    #[serde(default)]
    pub constraint: Option<S>,
    #[serde(default)]
    pub constraint_message: Option<S>,
    #[serde(default)]
    pub calculation: Option<S>,
    #[serde(default)]
    pub choices: Option<S>,
    #[serde(default)]
    pub choice_filter: Option<S>,
    /// The answer a new draft (or a new repeat block) starts with.
    #[serde(default)]
    pub default: Option<S>,
    #[serde(default)]
    pub audio: BTreeMap<String, S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawIndicator {
    pub id: S,
    pub when: S,
    #[serde(default)]
    pub weight: Option<f64>,
    #[serde(default)]
    pub strength: Option<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAtLeast {
    pub n: u32,
    pub of: Vec<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawWeight {
    pub threshold: f64,
    #[serde(default)]
    pub of: Vec<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawOutcome {
    pub level: S,
    #[serde(default)]
    pub any_of: Option<Vec<S>>,
    #[serde(default)]
    pub at_least: Option<RawAtLeast>,
    #[serde(default)]
    pub all_of_sets: Option<Vec<Vec<S>>>,
    #[serde(default)]
    pub weight: Option<RawWeight>,
    #[serde(default)]
    pub actions: Vec<S>,
    #[serde(default)]
    pub refer_helplines: bool,
}

/// Maps byte offsets of one source to 1-based lines and columns.
pub(crate) struct Lines<'a> {
    src: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    pub fn new(src: &'a str) -> Lines<'a> {
        let mut starts = vec![0];
        starts.extend(src.match_indices('\n').map(|(i, _)| i + 1));
        Lines { src, starts }
    }

    /// (line, column) of a byte offset; offsets past the end clamp.
    pub fn position(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.src.len());
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        let column = self
            .src
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count())
            + 1;
        (clamp(line), clamp(column))
    }

    /// Where the text of a string value starts: after its opening quote(s).
    pub fn content_start(&self, span: &Range<usize>) -> usize {
        let rest = self.src.get(span.start..).unwrap_or("");
        let quote = ["\"\"\"", "'''", "\"", "'"]
            .iter()
            .find(|q| rest.starts_with(**q))
            .map_or(0, |q| q.len());
        // TOML drops a newline right after an opening triple quote.
        let after = rest.get(quote..).unwrap_or("");
        let newline = if quote == 3 {
            ["\r\n", "\n"]
                .iter()
                .find(|n| after.starts_with(**n))
                .map_or(0, |n| n.len())
        } else {
            0
        };
        span.start + quote + newline
    }
}

fn clamp(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Parses the file's TOML. A failure is one `Syntax` finding.
pub(crate) fn parse_raw(file: &str, src: &str) -> Result<RawDoc, Finding> {
    let lines = Lines::new(src);
    if src.len() > MAX_SOURCE_LEN {
        return Err(Finding::new(
            file,
            (1, 1),
            FindingKind::Structure,
            MessageRef::new("questionnaire-finding-too-large").arg("max", MAX_SOURCE_LEN),
        ));
    }
    toml::from_str::<RawDoc>(src).map_err(|e| {
        let at = e.span().map_or((1, 1), |s| lines.position(s.start));
        // The TOML parser's own words (English, technical) go in as a
        // variable, like a pack's technical reasons.
        let detail = e.message().trim().to_string();
        Finding::new(
            file,
            at,
            FindingKind::Syntax,
            MessageRef::new("questionnaire-finding-toml").arg("detail", detail),
        )
    })
}
