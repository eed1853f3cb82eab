//! The locale lint: every locale must have the same files, the same messages
//! and the same variables as the reference locale (`en`), and parse cleanly.
//!
//! It works on any tree shaped `<root>/<lang>/*.ftl`: the embedded locales,
//! a `locales/` folder, or a content pack's. Files are compared one to one
//! (`en/core.ftl` with `fr/core.ftl`), so findings point at a file and line.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

use fluent_syntax::ast;
use serde::Serialize;

use super::negotiate::REFERENCE_LOCALE;
use super::syntax;

/// What kind of fault a finding is. The `snake_case` names are stable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// The file does not parse (or is too large or too deeply nested).
    SyntaxError,
    /// A message or term of the English file is absent.
    MissingMessage,
    /// A message or term that the English file does not have.
    ExtraMessage,
    /// The set of `$variables` differs from English (value or attribute).
    VariableMismatch,
    /// The attributes differ from English, or one has a value and not the other.
    AttributeMismatch,
    /// A plural select lacks a category the locale's language needs (e.g.
    /// Russian `[few]`), so some numbers would get the wrong form.
    PluralCategories,
    /// The same id is defined twice in one file.
    DuplicateMessage,
    /// The locale lacks a file that English has.
    MissingFile,
    /// The locale has a file that English does not.
    ExtraFile,
    /// There is no English locale to compare with.
    MissingReference,
    /// A folder name that is not a language tag.
    InvalidLocale,
    /// A file or folder that cannot be read (or is not UTF-8).
    Unreadable,
}

impl FindingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::SyntaxError => "syntax_error",
            FindingKind::MissingMessage => "missing_message",
            FindingKind::ExtraMessage => "extra_message",
            FindingKind::VariableMismatch => "variable_mismatch",
            FindingKind::AttributeMismatch => "attribute_mismatch",
            FindingKind::PluralCategories => "plural_categories",
            FindingKind::DuplicateMessage => "duplicate_message",
            FindingKind::MissingFile => "missing_file",
            FindingKind::ExtraFile => "extra_file",
            FindingKind::MissingReference => "missing_reference",
            FindingKind::InvalidLocale => "invalid_locale",
            FindingKind::Unreadable => "unreadable",
        }
    }
}

/// One fault. `file` is relative to the root (`fr/core.ftl`); `line` is
/// 1-based, 0 when the fault has no line (a missing message or file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub file: String,
    pub line: usize,
    pub message_id: Option<String>,
    pub kind: FindingKind,
    pub reason: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
        }
        write!(f, ": {}", self.kind.as_str())?;
        if let Some(id) = &self.message_id {
            write!(f, " [{id}]")?;
        }
        write!(f, ": {}", self.reason)
    }
}

/// Lints the locales embedded in this build.
pub fn check_embedded() -> Vec<Finding> {
    let files: Vec<(String, String, String)> = super::embedded_files()
        .iter()
        .map(|(l, f, s)| ((*l).to_owned(), (*f).to_owned(), (*s).to_owned()))
        .collect();
    check_sources(&files)
}

/// Lints the tree `<root>/<lang>/*.ftl`. Never fails: unreadable parts are
/// findings. Other files and hidden folders are ignored.
pub fn check_dir(root: &Path) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut files = Vec::new();
    let Ok(entries) = std::fs::read_dir(root) else {
        return vec![finding(
            ".",
            0,
            None,
            FindingKind::Unreadable,
            "cannot read the locales folder".into(),
        )];
    };
    let mut langs: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    langs.sort();
    for lang_dir in langs {
        let Some(lang) = lang_dir
            .file_name()
            .and_then(|n| n.to_str())
            .map(str::to_owned)
        else {
            findings.push(finding(
                "?",
                0,
                None,
                FindingKind::InvalidLocale,
                "folder name is not UTF-8".into(),
            ));
            continue;
        };
        if lang.starts_with('.') {
            continue;
        }
        let Ok(entries) = std::fs::read_dir(&lang_dir) else {
            findings.push(finding(
                &lang,
                0,
                None,
                FindingKind::Unreadable,
                "cannot read the folder".into(),
            ));
            continue;
        };
        let mut paths: Vec<_> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_file() && p.extension().and_then(|e| e.to_str()) == Some("ftl"))
            .collect();
        paths.sort();
        // A locale folder with no .ftl file still counts: its files are missing.
        if paths.is_empty() {
            files.push((lang.clone(), String::new(), String::new()));
        }
        for path in paths {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("?")
                .to_owned();
            let too_big = std::fs::metadata(&path)
                .map(|m| m.len() > syntax::MAX_SOURCE_BYTES as u64)
                .unwrap_or(false);
            if too_big {
                let reason = format!("file larger than {} bytes", syntax::MAX_SOURCE_BYTES);
                findings.push(finding(
                    &format!("{lang}/{name}"),
                    0,
                    None,
                    FindingKind::SyntaxError,
                    reason,
                ));
                continue;
            }
            match std::fs::read_to_string(&path) {
                Ok(source) => files.push((lang.clone(), name, source)),
                Err(_) => findings.push(finding(
                    &format!("{lang}/{name}"),
                    0,
                    None,
                    FindingKind::Unreadable,
                    "cannot read the file as UTF-8 text".into(),
                )),
            }
        }
    }
    findings.extend(check_sources(&files));
    sort(&mut findings);
    findings
}

/// Lints in-memory files `(lang, file name, source)`. An entry with an empty
/// file name declares a locale that has no files.
pub fn check_sources(files: &[(String, String, String)]) -> Vec<Finding> {
    let mut findings = Vec::new();
    // lang → file name → parsed entries (None when the file is unusable).
    let mut tree: BTreeMap<&str, BTreeMap<&str, Option<Entries>>> = BTreeMap::new();
    for (lang, name, source) in files {
        let files_of_lang = tree.entry(lang.as_str()).or_default();
        if name.is_empty() {
            continue;
        }
        let path = format!("{lang}/{name}");
        let entries = analyse(&path, source, &mut findings);
        if let Some(entries) = &entries {
            check_plurals(lang, &path, entries, &mut findings);
        }
        files_of_lang.insert(name.as_str(), entries);
    }

    for lang in tree.keys() {
        // Strict BCP 47, without the aliases negotiation accepts: a folder
        // must be named as the locale is (`pt-BR`, not `pt_BR`).
        let parsed = lang.parse::<unic_langid::LanguageIdentifier>().ok();
        if parsed
            .is_none_or(|id| id.language.is_empty() || !id.to_string().eq_ignore_ascii_case(lang))
        {
            let reason =
                "folder name is not a language tag (use e.g. pt, pt-BR, zh-Hans)".to_owned();
            findings.push(finding(lang, 0, None, FindingKind::InvalidLocale, reason));
        }
    }

    let Some(reference) = tree.get(REFERENCE_LOCALE) else {
        if !tree.is_empty() {
            let reason = "no en/ folder: nothing to compare the other locales with".to_owned();
            findings.push(finding(
                REFERENCE_LOCALE,
                0,
                None,
                FindingKind::MissingReference,
                reason,
            ));
        }
        sort(&mut findings);
        return findings;
    };

    for (lang, lang_files) in &tree {
        if *lang == REFERENCE_LOCALE {
            continue;
        }
        for (name, en_entries) in reference {
            let path = format!("{lang}/{name}");
            match lang_files.get(name) {
                None => findings.push(finding(
                    &path,
                    0,
                    None,
                    FindingKind::MissingFile,
                    format!("the locale has no {name}; English has it"),
                )),
                Some(Some(entries)) => {
                    if let Some(en) = en_entries {
                        compare(&path, en, entries, &mut findings);
                    }
                }
                // Already reported as a syntax error.
                Some(None) => {}
            }
        }
        for name in lang_files.keys() {
            if !reference.contains_key(name) {
                findings.push(finding(
                    &format!("{lang}/{name}"),
                    0,
                    None,
                    FindingKind::ExtraFile,
                    format!("English has no {name}"),
                ));
            }
        }
    }
    sort(&mut findings);
    findings
}

/// What the lint needs to know about one message or term.
struct EntryInfo {
    line: usize,
    /// Keys of each plural select, in the value and the attributes.
    plural_selects: Vec<BTreeSet<String>>,
    has_value: bool,
    variables: BTreeSet<String>,
    attributes: BTreeMap<String, BTreeSet<String>>,
}

type Entries = BTreeMap<String, EntryInfo>;

/// Parses one file, reporting syntax errors and duplicates. `None` when the
/// file is refused before parsing (too large, nested too deep).
fn analyse(path: &str, source: &str, findings: &mut Vec<Finding>) -> Option<Entries> {
    if let Some((line, reason)) = syntax::guard(source) {
        findings.push(finding(path, line, None, FindingKind::SyntaxError, reason));
        return None;
    }
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                findings.push(finding(
                    path,
                    syntax::error_line(source, &error),
                    None,
                    FindingKind::SyntaxError,
                    error.kind.to_string(),
                ));
            }
            resource
        }
    };
    let mut entries = Entries::new();
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        let line = syntax::line_of_entry(source, &id);
        if entries.contains_key(&id) {
            findings.push(finding(
                path,
                line,
                Some(&id),
                FindingKind::DuplicateMessage,
                "defined twice".into(),
            ));
            continue;
        }
        let mut plural_selects = value.map(syntax::plural_selects).unwrap_or_default();
        for attribute in attributes {
            plural_selects.extend(syntax::plural_selects(&attribute.value));
        }
        let info = EntryInfo {
            line,
            plural_selects,
            has_value: value.is_some(),
            variables: value.map(syntax::variables).unwrap_or_default(),
            attributes: attributes
                .iter()
                .map(|a| (a.id.name.to_owned(), syntax::variables(&a.value)))
                .collect(),
        };
        entries.insert(id, info);
    }
    Some(entries)
}

/// Every plural select must name each category the language uses (the
/// `*` default may stand for `other`).
fn check_plurals(lang: &str, path: &str, entries: &Entries, findings: &mut Vec<Finding>) {
    let Some(needed) = syntax::plural_categories(lang) else {
        return;
    };
    for (id, info) in entries {
        for keys in &info.plural_selects {
            let missing: Vec<&str> = needed
                .iter()
                .copied()
                .filter(|c| *c != "other" && !keys.contains(*c))
                .collect();
            if !missing.is_empty() {
                let all: Vec<&str> = needed.iter().copied().collect();
                let reason = format!(
                    "plural select lacks [{}]; {lang} uses [{}]",
                    missing.join(", "),
                    all.join(", ")
                );
                findings.push(finding(
                    path,
                    info.line,
                    Some(id),
                    FindingKind::PluralCategories,
                    reason,
                ));
            }
        }
    }
}

fn compare(path: &str, en: &Entries, other: &Entries, findings: &mut Vec<Finding>) {
    for (id, en_info) in en {
        let Some(info) = other.get(id) else {
            let reason = format!("missing (English defines it at line {})", en_info.line);
            findings.push(finding(
                path,
                0,
                Some(id),
                FindingKind::MissingMessage,
                reason,
            ));
            continue;
        };
        if info.has_value != en_info.has_value {
            let reason = if en_info.has_value {
                "has no value; English has one"
            } else {
                "has a value; English has none"
            };
            findings.push(finding(
                path,
                info.line,
                Some(id),
                FindingKind::AttributeMismatch,
                reason.into(),
            ));
        }
        if info.variables != en_info.variables {
            let reason = format!(
                "uses {}; English uses {}",
                show(&info.variables),
                show(&en_info.variables)
            );
            findings.push(finding(
                path,
                info.line,
                Some(id),
                FindingKind::VariableMismatch,
                reason,
            ));
        }
        let en_attrs: BTreeSet<&String> = en_info.attributes.keys().collect();
        let attrs: BTreeSet<&String> = info.attributes.keys().collect();
        if en_attrs != attrs {
            let list = |s: &BTreeSet<&String>| {
                s.iter()
                    .map(|a| format!(".{a}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let reason = format!(
                "attributes [{}]; English has [{}]",
                list(&attrs),
                list(&en_attrs)
            );
            findings.push(finding(
                path,
                info.line,
                Some(id),
                FindingKind::AttributeMismatch,
                reason,
            ));
        }
        for (attr, en_vars) in &en_info.attributes {
            if let Some(vars) = info.attributes.get(attr) {
                if vars != en_vars {
                    let reason = format!("uses {}; English uses {}", show(vars), show(en_vars));
                    let full_id = format!("{id}.{attr}");
                    findings.push(finding(
                        path,
                        info.line,
                        Some(&full_id),
                        FindingKind::VariableMismatch,
                        reason,
                    ));
                }
            }
        }
    }
    for (id, info) in other {
        if !en.contains_key(id) {
            let reason = "English has no such message".to_owned();
            findings.push(finding(
                path,
                info.line,
                Some(id),
                FindingKind::ExtraMessage,
                reason,
            ));
        }
    }
}

fn show(vars: &BTreeSet<String>) -> String {
    if vars.is_empty() {
        return "no variables".to_owned();
    }
    vars.iter()
        .map(|v| format!("${v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn finding(
    file: &str,
    line: usize,
    id: Option<&str>,
    kind: FindingKind,
    reason: String,
) -> Finding {
    Finding {
        file: file.to_owned(),
        line,
        message_id: id.map(str::to_owned),
        kind,
        reason,
    }
}

fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (&a.file, a.line, a.kind, &a.message_id).cmp(&(&b.file, b.line, b.kind, &b.message_id))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(list: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
        list.iter()
            .map(|(l, f, s)| (l.to_string(), f.to_string(), s.to_string()))
            .collect()
    }

    #[test]
    fn clean_pair_passes() {
        let f = files(&[
            ("en", "a.ftl", "hello = Hello { $name }\n    .title = Hi\n"),
            (
                "fr",
                "a.ftl",
                "hello = Bonjour { $name }\n    .title = Salut\n",
            ),
        ]);
        assert_eq!(check_sources(&f), vec![]);
    }

    #[test]
    fn folder_names_must_be_canonical_tags() {
        let ok = "a = b\n";
        let f = files(&[
            ("en", "a.ftl", ok),
            ("fil", "a.ftl", ok),
            ("zh-Hans", "a.ftl", ok),
            ("pt_BR", "a.ftl", ok),
        ]);
        let found = check_sources(&f);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            (found[0].kind, found[0].file.as_str()),
            (FindingKind::InvalidLocale, "pt_BR")
        );
    }

    #[test]
    fn select_and_function_variables_are_seen() {
        let f = files(&[
            (
                "en",
                "a.ftl",
                "n = { $count ->\n    [one] one { $what }\n   *[other] { NUMBER($count) }\n}\n",
            ),
            (
                "fr",
                "a.ftl",
                "n = { $count ->\n    [one] un\n   *[other] { $count }\n}\n",
            ),
        ]);
        let found = check_sources(&f);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, FindingKind::VariableMismatch);
        assert_eq!(found[0].line, 1);
    }
}
