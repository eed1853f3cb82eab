//! The core's modules form no cycle, at any level: among the crate's
//! top-level modules, and among the children of every module. A cycle means
//! two concepts that cannot be understood, tested or moved apart (issue 15
//! found `questionnaire::draft` ↔ `engine`, `assistant::store` ↔ `engine`,
//! `keystore` ↔ `vault` and `i18n` ↔ every module with errors).
//!
//! Read from the source, as a newcomer would: a module depends on another
//! when its code names it through `crate::…` or `super::…`. Comments, test
//! modules and `tests.rs` files do not count (tests may reach anywhere).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

type ModPath = Vec<String>;

fn source_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            source_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `a/b/mod.rs` and `a/b.rs` are both module `a::b`; `lib.rs` is the root.
fn module_of(root: &Path, file: &Path) -> ModPath {
    let rel = file.strip_prefix(root).unwrap().with_extension("");
    let mut parts: ModPath = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

/// The code without line comments and without the trailing inline
/// `#[cfg(test)] mod … { … }` (where every file here keeps its unit tests;
/// a `#[cfg(test)] mod tests;` declaration is kept, and what follows it).
fn code(text: &str) -> String {
    let inline_tests = text.match_indices("#[cfg(test)]\nmod ").find(|(at, m)| {
        let rest = &text[at + m.len()..];
        let name_len = rest.find(|c: char| !is_ident(c)).unwrap_or(rest.len());
        rest[name_len..].trim_start().starts_with('{')
    });
    let text = match inline_tests {
        Some((at, _)) => &text[..at],
        None => text,
    };
    text.lines()
        .map(|line| match line.find("//") {
            // Not inside a string such as "https://…": good enough here,
            // since a path is never written after a URL on one line.
            Some(at) if !line[..at].contains('"') => &line[..at],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The paths that follow `prefix` at `at`: one `a::b::c`, or each item of a
/// `{a::b, c}` group (one level of nesting is enough for a module's path).
fn paths_after(text: &str) -> Vec<ModPath> {
    let rest = text.trim_start();
    if let Some(group) = rest.strip_prefix('{') {
        let mut depth = 1;
        let end = group
            .char_indices()
            .find(|&(_, c)| {
                depth += i32::from(c == '{') - i32::from(c == '}');
                depth == 0
            })
            .map_or(group.len(), |(i, _)| i);
        return group[..end]
            .split(',')
            .flat_map(|item| paths_after(item.trim()))
            .collect();
    }
    let mut path = Vec::new();
    let mut s = rest;
    loop {
        let len = s.find(|c: char| !is_ident(c)).unwrap_or(s.len());
        if len == 0 {
            break;
        }
        path.push(s[..len].to_owned());
        match s[len..].strip_prefix("::") {
            Some(next) if next.starts_with(|c: char| is_ident(c)) => s = next,
            _ => break,
        }
    }
    if path.is_empty() {
        Vec::new()
    } else {
        vec![path]
    }
}

/// Every module path `file_module`'s code names.
fn references(file_module: &ModPath, text: &str) -> BTreeSet<ModPath> {
    let mut out = BTreeSet::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < text.len() {
        if !text.is_char_boundary(i) {
            i += 1;
            continue;
        }
        let before_ok = i == 0 || !is_ident(bytes[i - 1] as char) && bytes[i - 1] != b':';
        let rest = &text[i..];
        let (base, tail) = if before_ok && rest.starts_with("crate::") {
            (Vec::new(), &rest["crate::".len()..])
        } else if before_ok && rest.starts_with("super::") {
            let mut tail = rest;
            let mut base = file_module.clone();
            while let Some(t) = tail.strip_prefix("super::") {
                base.pop();
                tail = t;
            }
            (base, tail)
        } else {
            i += 1;
            continue;
        };
        for p in paths_after(tail) {
            let mut full = base.clone();
            full.extend(p);
            out.insert(full);
        }
        i += 1;
    }
    out
}

/// The cycles among `children`, as strongly connected sets of two or more.
fn cycles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<BTreeSet<String>> {
    // Reachability is enough at this size (a few dozen modules per level).
    let reach = |from: &String| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.clone()];
        while let Some(m) = todo.pop() {
            for n in edges.get(&m).into_iter().flatten() {
                if seen.insert(n.clone()) {
                    todo.push(n.clone());
                }
            }
        }
        seen
    };
    let mut found: Vec<BTreeSet<String>> = Vec::new();
    for m in edges.keys() {
        let from_m = reach(m);
        if !from_m.contains(m) {
            continue;
        }
        let set: BTreeSet<String> = from_m
            .iter()
            .filter(|n| reach(n).contains(m))
            .cloned()
            .collect();
        if !found.contains(&set) {
            found.push(set);
        }
    }
    found
}

/// For every module, the dependencies among its children.
fn graphs(root: &Path) -> BTreeMap<ModPath, BTreeMap<String, BTreeSet<String>>> {
    let mut files = Vec::new();
    source_files(root, &mut files);
    let mut levels: BTreeMap<ModPath, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for file in files {
        let module = module_of(root, &file);
        if module.iter().any(|p| p == "tests") {
            continue;
        }
        let text = code(&fs::read_to_string(&file).unwrap());
        for target in references(&module, &text) {
            // The deepest common parent: there, `module`'s child depends on
            // `target`'s child.
            let common = module
                .iter()
                .zip(&target)
                .take_while(|(a, b)| a == b)
                .count();
            let (Some(from), Some(to)) = (module.get(common), target.get(common)) else {
                continue; // a module naming its own ancestor or descendant
            };
            // Items (types, functions, constants) are not modules: a
            // lower-case name that is a child module of `common`'s parent.
            if !to.starts_with(|c: char| c.is_ascii_lowercase()) {
                continue;
            }
            levels
                .entry(module[..common].to_vec())
                .or_default()
                .entry(from.clone())
                .or_default()
                .insert(to.clone());
        }
    }
    // Keep only names that are modules (a lower-case function such as
    // `crate::random::array` is reached as `random`, a module, anyway).
    let modules: BTreeSet<ModPath> = {
        let mut files = Vec::new();
        source_files(root, &mut files);
        files.iter().map(|f| module_of(root, f)).collect()
    };
    for (parent, edges) in levels.iter_mut() {
        let is_module = |name: &String| {
            let mut p = parent.clone();
            p.push(name.clone());
            modules.contains(&p)
        };
        edges.retain(|from, _| is_module(from));
        for to in edges.values_mut() {
            to.retain(|n| is_module(n));
        }
    }
    levels
}

#[test]
fn no_module_depends_on_itself_through_others() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut problems = Vec::new();
    for (parent, edges) in graphs(&root) {
        for cycle in cycles(&edges) {
            let within = if parent.is_empty() {
                "the crate".to_owned()
            } else {
                parent.join("::")
            };
            let detail: Vec<String> = cycle
                .iter()
                .map(|m| {
                    let deps: Vec<&String> =
                        edges[m].iter().filter(|n| cycle.contains(*n)).collect();
                    format!("{m} -> {deps:?}")
                })
                .collect();
            problems.push(format!("in {within}: {}", detail.join("; ")));
        }
    }
    assert!(
        problems.is_empty(),
        "module cycles:\n{}",
        problems.join("\n")
    );
}

/// The reader itself: it must see the kinds of reference the core uses, or
/// the test above would pass by seeing nothing.
#[test]
fn the_reader_sees_crate_super_and_grouped_paths() {
    let module: ModPath = vec!["questionnaire".into(), "draft".into()];
    let text = code(
        "use super::engine::{Mode, State};\n\
         use crate::{vault::Vault, i18n::{Arg, Localizer}};\n\
         // use crate::commented::Out;\n\
         let k = super::super::keystore::DERIVE_LEN;\n",
    );
    let refs = references(&module, &text);
    let declared = code("#[cfg(test)]\nmod tests;\n\npub use crate::sync::Outbox;\n");
    assert!(
        declared.contains("crate::sync"),
        "code after `mod tests;` is read"
    );
    let inline = code("use crate::a::X;\n#[cfg(test)]\nmod tests {\n    use crate::b::Y;\n}\n");
    assert!(inline.contains("crate::a") && !inline.contains("crate::b"));
    let has = |p: &[&str]| {
        refs.iter()
            .any(|r| r.starts_with(&p.iter().map(|s| s.to_string()).collect::<Vec<_>>()))
    };
    assert!(has(&["questionnaire", "engine"]), "{refs:?}");
    assert!(has(&["vault", "Vault"]), "{refs:?}");
    assert!(has(&["i18n"]), "{refs:?}");
    assert!(has(&["keystore", "DERIVE_LEN"]), "{refs:?}");
    assert!(!has(&["commented"]), "{refs:?}");
    let mut edges = BTreeMap::new();
    edges.insert("a".to_owned(), BTreeSet::from(["b".to_owned()]));
    edges.insert("b".to_owned(), BTreeSet::from(["a".to_owned()]));
    edges.insert("c".to_owned(), BTreeSet::from(["a".to_owned()]));
    assert_eq!(
        cycles(&edges),
        vec![BTreeSet::from(["a".to_owned(), "b".to_owned()])]
    );
}
