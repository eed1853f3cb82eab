//! A pack's translated texts: Fluent files under `locales/<lang>/`.

use std::collections::HashSet;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
use fluent_syntax::ast;

/// A message in the locale that was actually used.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LocalizedText {
    pub locale: String,
    pub text: String,
}

/// Ids of the messages that `source` defines, or why it does not parse. The
/// reason names the line, never the text.
pub fn message_ids(source: &[u8]) -> Result<HashSet<String>, String> {
    let source = std::str::from_utf8(source).map_err(|_| "not UTF-8".to_owned())?;
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| {
        // Counted on bytes: an offset need not fall on a character boundary.
        let line = errors.first().map_or(0, |e| {
            let end = e.pos.start.min(source.len());
            source.as_bytes()[..end]
                .iter()
                .filter(|b| **b == b'\n')
                .count()
                + 1
        });
        format!("Fluent syntax error near line {line}")
    })?;
    Ok(resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) if m.value.is_some() => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect())
}

/// Picks from `available` the best locale for `requested`, with the same
/// rules as the app's own messages (`i18n::negotiate`: `pt-BR` → `pt`,
/// `zh-CN` → `zh-Hans`, `fil` → `tl`, POSIX forms), then English, then the
/// first one. One set of rules, so a pack's text and the app around it never
/// disagree about the language.
pub fn negotiate<'a>(available: &'a [String], requested: &str) -> Option<&'a str> {
    let best = crate::i18n::negotiate(&[requested], available)
        .into_iter()
        .next()?;
    available.iter().find(|a| **a == best).map(String::as_str)
}

/// Formats message `id` from an ftl `source` (no variables).
pub fn format(locale: &str, source: &[u8], id: &str) -> Option<String> {
    let source = std::str::from_utf8(source).ok()?.to_owned();
    let resource = FluentResource::try_new(source).ok()?;
    let langid = locale.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Plain sentences, no placeables to isolate.
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).ok()?;
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, None, &mut errors)
        .into_owned();
    errors.is_empty().then_some(text)
}
