//! Reads an XForm (ODK XML, as pyxform writes it) into the neutral
//! [`Form`] with a real XML parser (`roxmltree`): the primary instance in
//! document order gives the rows, `<bind>` their logic, the body controls
//! their type and texts, `<itext>` the translations, and secondary
//! instances the choices of itemsets. XPath paths become `${name}`.

use std::collections::{BTreeMap, HashMap};

use roxmltree::{Document, Node, ParsingOptions};

use super::form::{ChoiceRow, Form, Row, Texts};
use super::report::{ImportAction, Place};
use super::ImportError;
use crate::i18n::MessageRef;

const JR: &str = "http://openrosa.org/javarosa";

pub(crate) fn read(bytes: &[u8]) -> Result<Form, ImportError> {
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::Unreadable {
        reason: "UTF-8".into(),
    })?;
    let options = ParsingOptions {
        // No DTDs: entity expansion is an attack surface a form never needs.
        allow_dtd: false,
        nodes_limit: 2_000_000,
        ..ParsingOptions::default()
    };
    let doc = Document::parse_with_options(text, options).map_err(|e| ImportError::Unreadable {
        reason: e.to_string().chars().take(80).collect(),
    })?;
    let x = XForm::new(&doc)?;
    Ok(x.form())
}

fn local<'a>(n: &Node<'a, '_>) -> &'a str {
    n.tag_name().name()
}

fn child<'a, 'i>(n: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    n.children().find(|c| c.is_element() && local(c) == name)
}

fn elements<'a, 'i>(n: Node<'a, 'i>) -> impl Iterator<Item = Node<'a, 'i>> {
    n.children().filter(|c| c.is_element())
}

/// An attribute by local name, in any namespace (`jr:constraintMsg`).
fn attr<'a>(n: &Node<'a, '_>, name: &str) -> Option<&'a str> {
    n.attributes().find(|a| a.name() == name).map(|a| a.value())
}

struct XForm<'a, 'i> {
    title: Option<String>,
    instance: Node<'a, 'i>,
    secondary: HashMap<String, Node<'a, 'i>>,
    binds: HashMap<String, Node<'a, 'i>>,
    /// itext id → language → text.
    itext: HashMap<String, Texts>,
    default_lang: Option<String>,
    /// Absolute path → body control (input, select1, group, repeat…).
    controls: HashMap<String, Node<'a, 'i>>,
}

impl<'a, 'i> XForm<'a, 'i> {
    fn new(doc: &'a Document<'i>) -> Result<XForm<'a, 'i>, ImportError> {
        let root = doc.root_element();
        let head = child(root, "head").ok_or(ImportError::NoSurvey)?;
        let body = child(root, "body").ok_or(ImportError::NoSurvey)?;
        let model = child(head, "model").ok_or(ImportError::NoSurvey)?;
        let title = child(head, "title")
            .and_then(|t| t.text())
            .map(|t| t.trim().to_string());
        let mut primary = None;
        let mut secondary = HashMap::new();
        for inst in elements(model).filter(|n| local(n) == "instance") {
            match attr(&inst, "id") {
                Some(id) => {
                    if let Some(r) = elements(inst).next() {
                        secondary.insert(id.to_string(), r);
                    }
                }
                None if primary.is_none() => primary = elements(inst).next(),
                None => {}
            }
        }
        let instance = primary.ok_or(ImportError::NoSurvey)?;
        let binds = elements(model)
            .filter(|n| local(n) == "bind")
            .filter_map(|b| Some((attr(&b, "nodeset")?.trim().to_string(), b)))
            .collect();
        let mut itext: HashMap<String, Texts> = HashMap::new();
        let mut default_lang = None;
        if let Some(it) = child(model, "itext") {
            for tr in elements(it).filter(|n| local(n) == "translation") {
                let lang = attr(&tr, "lang").unwrap_or("").to_string();
                if attr(&tr, "default").is_some() {
                    default_lang = Some(lang.clone());
                }
                for t in elements(tr).filter(|n| local(n) == "text") {
                    let Some(id) = attr(&t, "id") else { continue };
                    let value = elements(t)
                        .filter(|v| local(v) == "value")
                        .find(|v| attr(v, "form").is_none())
                        .map(|v| mixed_text(v));
                    if let Some(v) = value {
                        itext
                            .entry(id.to_string())
                            .or_default()
                            .insert(lang.clone(), v);
                    }
                }
            }
        }
        let mut x = XForm {
            title,
            instance,
            secondary,
            binds,
            itext,
            default_lang,
            controls: HashMap::new(),
        };
        x.index_controls(body, "");
        Ok(x)
    }

    /// Finds the body controls by their absolute path, resolving refs
    /// relative to the enclosing group or repeat.
    fn index_controls(&mut self, node: Node<'a, 'i>, base: &str) {
        for c in elements(node) {
            let name = local(&c);
            let reference = attr(&c, "ref").or_else(|| attr(&c, "nodeset"));
            let path = reference.map(|r| absolute(base, r));
            if let Some(p) = &path {
                let keep = match name {
                    // A repeat's group and the repeat share a path: the
                    // repeat wins.
                    "group" => !self.controls.contains_key(p),
                    "label" | "hint" | "item" | "itemset" | "value" | "setvalue" => false,
                    _ => true,
                };
                if keep {
                    self.controls.insert(p.clone(), c);
                }
            }
            if matches!(name, "group" | "repeat") {
                self.index_controls(c, path.as_deref().unwrap_or(base));
            }
        }
    }

    fn form(&self) -> Form {
        let mut form = Form {
            id: attr(&self.instance, "id").map(str::to_string),
            title: self.title.clone(),
            version: attr(&self.instance, "version").map(str::to_string),
            default_language: self.default_lang.clone(),
            ..Form::default()
        };
        let root = format!("/{}", local(&self.instance));
        for n in elements(self.instance) {
            self.walk(n, &root, &mut form);
        }
        form
    }

    fn texts_of(&self, node: Option<Node<'a, 'i>>) -> Texts {
        let mut out = Texts::new();
        let Some(node) = node else { return out };
        if let Some(id) = attr(&node, "ref").and_then(itext_id) {
            if let Some(t) = self.itext.get(&id) {
                return t.clone();
            }
        }
        let text = mixed_text(node);
        if !text.trim().is_empty() {
            out.insert(String::new(), text.trim().to_string());
        }
        out
    }

    /// A message attribute: literal, or `jr:itext('id')`.
    fn message(&self, value: Option<&str>) -> Texts {
        let mut out = Texts::new();
        let Some(v) = value else { return out };
        if let Some(id) = itext_id(v) {
            return self.itext.get(&id).cloned().unwrap_or_default();
        }
        out.insert(String::new(), v.to_string());
        out
    }

    fn walk(&self, node: Node<'a, 'i>, parent: &str, form: &mut Form) {
        let name = local(&node);
        let path = format!("{parent}/{name}");
        if name == "meta" && parent.matches('/').count() == 1 {
            // instanceID, instanceName…: the server's bookkeeping.
            form.notes.push((
                Place::Xml { path },
                ImportAction::Dropped,
                MessageRef::new("import-dropped-meta"),
            ));
            return;
        }
        let place = Some(Place::Xml { path: path.clone() });
        let bind = self.binds.get(&path).copied();
        let control = self.controls.get(&path).copied();
        let battr = |a: &str| bind.and_then(|b| attr(&b, a)).unwrap_or("").to_string();
        // Repeat templates appear twice in pyxform's instance: skip the
        // `jr:template` copy when a real one follows.
        if node.attribute((JR, "template")).is_some()
            && node
                .next_siblings()
                .skip(1)
                .any(|s| s.is_element() && local(&s) == name)
        {
            return;
        }
        let mut row = Row {
            place,
            name: name.to_string(),
            relevant: xpath(&battr("relevant")),
            constraint: xpath(&battr("constraint")),
            calculation: xpath(&battr("calculate")),
            required: battr("required"),
            read_only: battr("readonly"),
            constraint_message: self.message(bind.and_then(|b| attr(&b, "constraintMsg"))),
            required_message: self.message(bind.and_then(|b| attr(&b, "requiredMsg"))),
            ..Row::default()
        };
        if let Some(c) = control {
            row.label = self.texts_of(child(c, "label"));
            row.hint = self.texts_of(child(c, "hint"));
            row.appearance = attr(&c, "appearance").unwrap_or("").to_string();
        }
        let has_children = elements(node).next().is_some();
        let control_name = control.map(|c| local(&c));
        if has_children || matches!(control_name, Some("group" | "repeat")) {
            let repeat = control_name == Some("repeat");
            if let Some(c) = control.filter(|_| repeat) {
                row.repeat_count = xpath(attr(&c, "count").unwrap_or(""));
                // The repeat's label sits on the group around it.
                if row.label.is_empty() {
                    if let Some(g) = c.parent().filter(|p| local(p) == "group") {
                        row.label = self.texts_of(child(g, "label"));
                    }
                }
            }
            row.kind = if repeat {
                "begin repeat"
            } else {
                "begin group"
            }
            .into();
            form.rows.push(row);
            for c in elements(node) {
                self.walk(c, &path, form);
            }
            form.rows.push(Row {
                place: Some(Place::Xml { path }),
                kind: if repeat { "end repeat" } else { "end group" }.into(),
                ..Row::default()
            });
            return;
        }
        row.default = node.text().unwrap_or("").trim().to_string();
        row.kind = match (control, bind) {
            (Some(c), _) => {
                let (kind, filter) = self.control_type(c, &battr("type"), &path, form);
                row.choice_filter = filter.map(|f| xpath(&f)).unwrap_or_default();
                kind
            }
            (None, Some(b)) => match attr(&b, "preload") {
                Some(p) => preload(p, attr(&b, "preloadParams").unwrap_or("")),
                None if !row.calculation.is_empty() => "calculate".into(),
                None => "hidden".into(),
            },
            (None, None) => "hidden".into(),
        };
        form.rows.push(row);
    }

    /// The row type of a body control, and the choice filter of an itemset.
    fn control_type(
        &self,
        c: Node<'a, 'i>,
        bind_type: &str,
        path: &str,
        form: &mut Form,
    ) -> (String, Option<String>) {
        let t = bind_type.rsplit(':').next().unwrap_or("");
        let kind = match local(&c) {
            "select1" | "select" => {
                let select = if local(&c) == "select1" {
                    "select_one"
                } else {
                    "select_multiple"
                };
                let (list, filter) = self.choices(c, path, form);
                return (format!("{select} {list}"), filter);
            }
            "trigger" => "trigger".into(),
            "upload" => {
                let media = attr(&c, "mediatype").unwrap_or("");
                match media.split('/').next().unwrap_or("") {
                    "image" => "image",
                    "audio" => "audio",
                    "video" => "video",
                    _ => "file",
                }
                .into()
            }
            "range" => "range".into(),
            "rank" => "rank".into(),
            _ => match t {
                "int" | "integer" => "integer",
                "decimal" => "decimal",
                "date" => "date",
                "dateTime" => "datetime",
                "time" => "time",
                "geopoint" | "geotrace" | "geoshape" => t,
                "barcode" => "barcode",
                _ => "text",
            }
            .into(),
        };
        (kind, None)
    }

    /// The choices of a select: static items (a list named after the
    /// question) or an itemset over a secondary instance (a list named
    /// after the instance, its predicate as the choice filter).
    fn choices(&self, c: Node<'a, 'i>, path: &str, form: &mut Form) -> (String, Option<String>) {
        let name = path.rsplit('/').next().unwrap_or("list").to_string();
        if let Some(set) = child(c, "itemset") {
            let nodeset = attr(&set, "nodeset").unwrap_or("");
            let Some((id, filter)) = itemset(nodeset) else {
                return (name, None);
            };
            if form.choices.iter().any(|x| x.list == id) {
                return (id, filter);
            }
            let value_ref = child(set, "value")
                .and_then(|v| attr(&v, "ref"))
                .unwrap_or("name");
            let label_ref = child(set, "label")
                .and_then(|v| attr(&v, "ref"))
                .unwrap_or("label");
            let itext_label = label_ref
                .strip_prefix("jr:itext(")
                .and_then(|s| s.strip_suffix(')'));
            if let Some(root) = self.secondary.get(&id) {
                for (i, item) in elements(*root).enumerate() {
                    let mut row = ChoiceRow {
                        place: Some(Place::Xml {
                            path: format!("instance('{id}')/item[{}]", i + 1),
                        }),
                        list: id.clone(),
                        ..ChoiceRow::default()
                    };
                    for field in elements(item) {
                        let value = field.text().unwrap_or("").trim().to_string();
                        let f = local(&field);
                        if f == value_ref {
                            row.name = value;
                        } else if Some(f) == itext_label {
                            row.label = self.itext.get(&value).cloned().unwrap_or_default();
                        } else if f == label_ref {
                            row.label.insert(String::new(), value);
                        } else {
                            row.columns.insert(f.to_string(), value);
                        }
                    }
                    form.choices.push(row);
                }
            }
            return (id, filter);
        }
        for (i, item) in elements(c).filter(|n| local(n) == "item").enumerate() {
            form.choices.push(ChoiceRow {
                place: Some(Place::Xml {
                    path: format!("{path}/item[{}]", i + 1),
                }),
                list: name.clone(),
                name: child(item, "value")
                    .and_then(|v| v.text())
                    .unwrap_or("")
                    .trim()
                    .to_string(),
                label: self.texts_of(child(item, "label")),
                columns: BTreeMap::new(),
            });
        }
        (name, None)
    }
}

/// `instance('id')/root/item[filter]` → (id, filter).
fn itemset(nodeset: &str) -> Option<(String, Option<String>)> {
    let rest = nodeset.trim().strip_prefix("instance(")?;
    let quote = rest.chars().next()?;
    let rest = &rest[quote.len_utf8()..];
    let end = rest.find(quote)?;
    let id = rest[..end].to_string();
    let after = &rest[end..];
    let filter = after
        .find('[')
        .and_then(|i| after.rfind(']').map(|j| after[i + 1..j].to_string()));
    Some((id, filter))
}

/// Preloads: `timestamp start|end`, `date today`, `property deviceid`…
fn preload(kind: &str, params: &str) -> String {
    match (kind, params) {
        ("timestamp", "start") => "start".into(),
        ("timestamp", "end") => "end".into(),
        ("date", _) => "today".into(),
        ("property", p) => p.to_string(),
        ("uid", _) => "deviceid".into(),
        (k, _) => k.to_string(),
    }
}

/// `jr:itext('/data/q:label')` → the id.
fn itext_id(s: &str) -> Option<String> {
    let inner = s
        .trim()
        .strip_prefix("jr:itext(")?
        .strip_suffix(')')?
        .trim();
    let q = inner.chars().next()?;
    if q == '\'' || q == '"' {
        Some(inner.trim_matches(q).to_string())
    } else {
        None
    }
}

/// Text with `<output value="/data/x"/>` as `${x}` (dynamic text).
fn mixed_text(n: Node<'_, '_>) -> String {
    let mut out = String::new();
    for c in n.children() {
        if c.is_text() {
            out.push_str(c.text().unwrap_or(""));
        } else if c.is_element() && local(&c) == "output" {
            let value = attr(&c, "value").unwrap_or("");
            out.push_str(&xpath(value));
        }
    }
    out
}

/// An absolute path from a ref relative to `base`.
fn absolute(base: &str, r: &str) -> String {
    let r = r.trim();
    if r.starts_with('/') {
        return r.to_string();
    }
    let mut parts: Vec<&str> = base.split('/').filter(|p| !p.is_empty()).collect();
    for step in r.split('/') {
        match step {
            "." | "" => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    format!("/{}", parts.join("/"))
}

/// XPath paths as `${name}`: `/data/g/q`, `../q`, `current()/../q` are
/// `${q}` (names are unique in a form). Everything else is kept, so what
/// Waymark cannot read fails to parse and is reported.
pub(crate) fn xpath(expr: &str) -> String {
    let chars: Vec<char> = expr.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let name_char = |c: char| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ':');
    while i < chars.len() {
        let c = chars[i];
        if c == '\'' || c == '"' {
            let end = chars[i + 1..]
                .iter()
                .position(|&d| d == c)
                .map_or(chars.len(), |p| i + 1 + p);
            out.extend(&chars[i..(end + 1).min(chars.len())]);
            i = end + 1;
            continue;
        }
        let rest: String = chars[i..].iter().take(10).collect();
        let starts_path = c == '/' || rest.starts_with("../") || rest.starts_with("current()/");
        let after_name = out
            .chars()
            .last()
            .is_some_and(|p| name_char(p) || p == ')' || p == ']');
        if starts_path && !(c == '/' && after_name) {
            let mut j = i;
            let mut last = String::new();
            if rest.starts_with("current()") {
                j += "current()".len();
            }
            while j < chars.len() && (chars[j] == '/' || chars[j] == '.' || name_char(chars[j])) {
                j += 1;
            }
            let path: String = chars[i..j].iter().collect();
            for step in path.split('/') {
                if !step.is_empty() && step != "." && step != ".." && step != "current()" {
                    last = step.to_string();
                }
            }
            if last.is_empty() {
                out.push_str(&path);
            } else {
                out.push_str(&format!("${{{last}}}"));
            }
            i = j;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn import_xpath_paths_become_references() {
        assert_eq!(xpath("/data/g/age > 18"), "${age} > 18");
        assert_eq!(xpath("../paid = 'no'"), "${paid} = 'no'");
        assert_eq!(
            xpath("selected( /data/signs , 'a/b')"),
            "selected( ${signs} , 'a/b')"
        );
        assert_eq!(xpath("current()/../x + 1"), "${x} + 1");
        assert_eq!(xpath(". >= 0"), ". >= 0");
        assert_eq!(absolute("/data/g", "q"), "/data/g/q");
        assert_eq!(absolute("/data/g", "../q"), "/data/q");
        assert_eq!(
            itext_id("jr:itext('/data/q:label')"),
            Some("/data/q:label".into())
        );
        assert_eq!(
            itemset("instance('cities')/root/item[state= /data/state ]"),
            Some(("cities".into(), Some("state= /data/state ".into())))
        );
    }
}
