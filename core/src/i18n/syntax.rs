//! Shared helpers over Fluent source text: size and nesting guards, line
//! numbers, and the `$variables` a pattern uses.

use std::collections::BTreeSet;

use fluent_syntax::ast;

/// Largest `.ftl` file accepted from outside (content packs, `--root`).
/// The biggest real one is a few kilobytes.
pub const MAX_SOURCE_BYTES: usize = 1024 * 1024;

/// Deepest `{`/`(` nesting accepted. The Fluent parser recurses once per
/// level, so a hostile file of nested braces could otherwise overflow the
/// stack. Real messages nest two or three levels.
const MAX_NESTING: usize = 48;

/// Why a source is refused before parsing, if it is.
pub fn guard(source: &str) -> Option<(usize, String)> {
    if source.len() > MAX_SOURCE_BYTES {
        return Some((1, format!("file larger than {MAX_SOURCE_BYTES} bytes")));
    }
    let mut braces = 0usize;
    for (line_no, line) in source.lines().enumerate() {
        // Parentheses only nest inside one line (function calls), braces may
        // span several (select expressions).
        let mut parens = 0usize;
        for c in line.chars() {
            match c {
                '{' => braces += 1,
                '}' => braces = braces.saturating_sub(1),
                '(' => parens += 1,
                ')' => parens = parens.saturating_sub(1),
                _ => {}
            }
            if braces > MAX_NESTING || parens > MAX_NESTING {
                return Some((
                    line_no + 1,
                    format!("placeables nested deeper than {MAX_NESTING} levels"),
                ));
            }
        }
    }
    None
}

/// 1-based line of byte offset `pos` in `source` (clamped to the text).
pub fn line_of(source: &str, pos: usize) -> usize {
    let mut end = pos.min(source.len());
    while end > 0 && !source.is_char_boundary(end) {
        end -= 1;
    }
    source[..end].bytes().filter(|b| *b == b'\n').count() + 1
}

/// 1-based line to blame for a parser error: the first non-blank line of
/// the junk it produced (where the broken entry starts), else where the
/// parser stopped, which for an unclosed placeable is often the next line.
pub fn error_line(source: &str, error: &fluent_syntax::parser::ParserError) -> usize {
    if let Some(slice) = &error.slice {
        let start = slice.start.min(source.len());
        if let Some(text) = source.get(start..) {
            let skipped = text.len() - text.trim_start().len();
            return line_of(source, start + skipped);
        }
    }
    line_of(source, error.pos.start)
}

/// 1-based line where message or term `id` starts (`id =` at column 0), or 0.
pub fn line_of_entry(source: &str, id: &str) -> usize {
    for (n, line) in source.lines().enumerate() {
        if let Some(rest) = line.strip_prefix(id) {
            if rest.trim_start().starts_with('=') {
                return n + 1;
            }
        }
    }
    0
}

/// The `$variables` used anywhere in `pattern`, including selectors,
/// variants and function or term arguments.
pub fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    pattern_vars(pattern, &mut found);
    found
}

fn pattern_vars(pattern: &ast::Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, found);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, found);
            for variant in variants {
                pattern_vars(&variant.value, found);
            }
        }
        ast::Expression::Inline(inline) => inline_vars(inline, found),
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => call_vars(arguments, found),
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => call_vars(arguments, found),
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, found),
        _ => {}
    }
}

fn call_vars(arguments: &ast::CallArguments<&str>, found: &mut BTreeSet<String>) {
    for arg in &arguments.positional {
        inline_vars(arg, found);
    }
    for arg in &arguments.named {
        inline_vars(&arg.value, found);
    }
}

/// Plural categories that `lang`'s integers use, from the same CLDR rules
/// Fluent applies at run time (`other` included). `None` for a language the
/// rules do not know.
pub fn plural_categories(lang: &str) -> Option<BTreeSet<&'static str>> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let id: unic_langid::LanguageIdentifier = lang.parse().ok()?;
    let rules = PluralRules::create(id, PluralRuleType::CARDINAL).ok()?;
    // Every integer category shows up below 1000 or at a million (`many`
    // in newer French, Spanish and Portuguese rules).
    let samples = (0..1000u32).chain([1_000_000]);
    // `other` always exists (for Russian it only covers fractions).
    let mut found = BTreeSet::from(["other"]);
    for n in samples {
        let name = match rules.select(n) {
            Ok(PluralCategory::ZERO) => "zero",
            Ok(PluralCategory::ONE) => "one",
            Ok(PluralCategory::TWO) => "two",
            Ok(PluralCategory::FEW) => "few",
            Ok(PluralCategory::MANY) => "many",
            Ok(PluralCategory::OTHER) | Err(_) => "other",
        };
        found.insert(name);
    }
    Some(found)
}

const PLURAL_KEYS: [&str; 5] = ["zero", "one", "two", "few", "many"];

/// The identifier keys of every plural select in `pattern` (a select with at
/// least one `[zero]`…`[many]` key; `[other]` alone says nothing).
pub fn plural_selects(pattern: &ast::Pattern<&str>) -> Vec<BTreeSet<String>> {
    let mut found = Vec::new();
    selects_in_pattern(pattern, &mut found);
    found
}

fn selects_in_pattern(pattern: &ast::Pattern<&str>, found: &mut Vec<BTreeSet<String>>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            selects_in_expression(expression, found);
        }
    }
}

fn selects_in_expression(expression: &ast::Expression<&str>, found: &mut Vec<BTreeSet<String>>) {
    match expression {
        ast::Expression::Select { variants, .. } => {
            let keys: BTreeSet<String> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => Some((*name).to_owned()),
                    ast::VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            if keys.iter().any(|k| PLURAL_KEYS.contains(&k.as_str())) {
                found.push(keys);
            }
            for variant in variants {
                selects_in_pattern(&variant.value, found);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            selects_in_expression(expression, found)
        }
        ast::Expression::Inline(_) => {}
    }
}
