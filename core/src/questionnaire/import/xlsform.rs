//! Reads an XLSForm workbook (`.xlsx` or legacy `.xls`, through `calamine`)
//! into the neutral [`Form`]: the survey, choices, settings and
//! external_choices sheets, with pyxform's leniency (sheet names and
//! headers in any case, spaces around headers, old `bind::` and
//! `control::` headers).

use std::io::Cursor;

use calamine::{Data, Reader, Sheets};

use super::form::{ChoiceRow, Form, Row, Texts};
use super::report::{ImportAction, Place};
use super::{FormKind, ImportError};
use crate::i18n::MessageRef;

/// A sheet as text cells, with the spreadsheet row number of each row.
struct Sheet {
    name: String,
    headers: Vec<String>,
    rows: Vec<(u32, Vec<String>)>,
}

pub(crate) fn read(
    kind: FormKind,
    bytes: &[u8],
    beside: &dyn Fn(&str) -> Option<Vec<u8>>,
) -> Result<Form, ImportError> {
    // calamine can panic on a hostile workbook (an arithmetic overflow found
    // by the import_xlsform fuzz target): a typed error, never a crash.
    let [survey, choices, external, settings] =
        std::panic::catch_unwind(|| read_sheets(kind, bytes)).unwrap_or_else(|_| {
            Err(ImportError::Unreadable {
                reason: "the workbook's structure is damaged".to_owned(),
            })
        })?;
    let survey = survey.ok_or(ImportError::NoSurvey)?;

    let mut form = Form::default();
    if let Some(settings) = settings {
        read_settings(&settings, &mut form);
    }
    for (number, cells) in &survey.rows {
        let place = Place::Sheet {
            sheet: survey.name.clone(),
            row: *number,
        };
        form.rows.push(survey_row(&survey.headers, cells, place));
    }
    if let Some(sheet) = &choices {
        read_choices(sheet, &mut form.choices, "");
    }
    // Lists of the external_choices sheet serve `select_one_external` only.
    if let Some(sheet) = &external {
        read_choices(sheet, &mut form.choices, EXTERNAL);
    }
    read_choice_files(&mut form, beside);
    Ok(form)
}

/// The four sheets an XLSForm may have: survey, choices, external_choices,
/// settings (any of them missing).
fn read_sheets(kind: FormKind, bytes: &[u8]) -> Result<[Option<Sheet>; 4], ImportError> {
    let unreadable = |e: calamine::Error| ImportError::Unreadable {
        reason: short(&e.to_string()),
    };
    let cursor = Cursor::new(bytes.to_vec());
    let mut book: Sheets<Cursor<Vec<u8>>> = match kind {
        FormKind::Xls => Sheets::Xls(calamine::Xls::new(cursor).map_err(|e| unreadable(e.into()))?),
        _ => Sheets::Xlsx(calamine::Xlsx::new(cursor).map_err(|e| unreadable(e.into()))?),
    };
    let names = book.sheet_names();
    let mut sheet = |wanted: &str| -> Option<Sheet> {
        let name = names
            .iter()
            .find(|n| n.trim().eq_ignore_ascii_case(wanted))?;
        let range = book.worksheet_range(name).ok()?;
        let first_row = range.start().map_or(0, |(r, _)| r);
        let mut rows = range.rows().enumerate();
        let headers: Vec<String> = rows
            .next()
            .map(|(_, r)| r.iter().map(cell).collect())
            .unwrap_or_default();
        let rows = rows
            .map(|(i, r)| {
                let number = first_row.saturating_add(i as u32).saturating_add(1);
                (number, r.iter().map(cell).collect::<Vec<_>>())
            })
            .filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()))
            .collect();
        Some(Sheet {
            name: name.clone(),
            headers,
            rows,
        })
    };
    let survey = sheet("survey");
    let choices = sheet("choices");
    let external = sheet("external_choices");
    let settings = sheet("settings");
    Ok([survey, choices, external, settings])
}

/// A cell as text: whole numbers without `.0`, booleans as pyxform reads
/// them.
fn cell(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => if *b { "true" } else { "false" }.into(),
        other => other.to_string(),
    }
}

/// An error text from a library, cut short and without anything that
/// could be the form's own text beyond a few words.
fn short(s: &str) -> String {
    s.chars().take(80).collect()
}

/// A header split into its column and its language: `label::English (en)`
/// is ("label", "English (en)"). Old `bind::`/`control::` prefixes map to
/// the plain columns.
fn header(h: &str) -> (String, String) {
    let h = h.trim();
    // Old forms write one colon: `label:English`.
    let texts = ["label", "hint", "constraint_message", "required_message"];
    let (column, lang) = match h.split_once("::") {
        Some((c, l)) => (c.trim(), l.trim()),
        None => match h.split_once(':') {
            Some((c, l)) if texts.contains(&c.trim().to_ascii_lowercase().as_str()) => {
                (c.trim(), l.trim())
            }
            _ => (h, ""),
        },
    };
    let mut column = column.to_ascii_lowercase().replace(' ', "_");
    let mut lang = lang.to_string();
    if column == "bind" || column == "control" {
        // `bind::relevant`, `bind::jr:constraintMsg`: the "language" is the column.
        column = lang.to_ascii_lowercase();
        lang = String::new();
    }
    let column = match column.as_str() {
        "jr:constraintmsg" => "constraint_message",
        "jr:requiredmsg" => "required_message",
        "calculate" => "calculation",
        "readonly" => "read_only",
        "list name" | "list_name" => "list_name",
        "jr:count" => "repeat_count",
        other => other,
    }
    .to_string();
    (column, lang)
}

fn survey_row(headers: &[String], cells: &[String], place: Place) -> Row {
    let mut row = Row {
        place: Some(place),
        ..Row::default()
    };
    for (h, value) in headers.iter().zip(cells) {
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        let (column, lang) = header(h);
        let text = |texts: &mut Texts| {
            texts.insert(lang.clone(), value.to_string());
        };
        match column.as_str() {
            "type" => row.kind = value.split_whitespace().collect::<Vec<_>>().join(" "),
            "name" => row.name = value.to_string(),
            "label" => text(&mut row.label),
            "hint" => text(&mut row.hint),
            "required" => row.required = value.to_string(),
            "required_message" => text(&mut row.required_message),
            "relevant" => row.relevant = value.to_string(),
            "constraint" => row.constraint = value.to_string(),
            "constraint_message" => text(&mut row.constraint_message),
            "calculation" => row.calculation = value.to_string(),
            "choice_filter" => row.choice_filter = value.to_string(),
            "appearance" => row.appearance = value.to_string(),
            "default" => row.default = value.to_string(),
            "repeat_count" => row.repeat_count = value.to_string(),
            "read_only" => row.read_only = value.to_string(),
            "trigger" => row.trigger = value.to_string(),
            _ => {}
        }
    }
    row
}

fn read_settings(sheet: &Sheet, form: &mut Form) {
    let Some((_, cells)) = sheet.rows.first() else {
        return;
    };
    for (h, value) in sheet.headers.iter().zip(cells) {
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        match header(h).0.as_str() {
            "form_id" | "id_string" => form.id = Some(value.to_string()),
            "form_title" => form.title = Some(value.to_string()),
            "version" => form.version = Some(value.to_string()),
            "default_language" => form.default_language = Some(value.to_string()),
            "public_key" | "submission_url" | "auto_send" | "auto_delete" => {
                let place = Place::Sheet {
                    sheet: sheet.name.clone(),
                    row: 2,
                };
                form.notes.push((
                    place,
                    ImportAction::Dropped,
                    MessageRef::new("import-dropped-setting").arg("setting", header(h).0),
                ));
            }
            _ => {}
        }
    }
}

/// Suffix of the lists read from the external_choices sheet.
pub(crate) const EXTERNAL: &str = " (external)";

fn read_choices(sheet: &Sheet, out: &mut Vec<ChoiceRow>, suffix: &str) {
    for (number, cells) in &sheet.rows {
        let mut c = ChoiceRow {
            place: Some(Place::Sheet {
                sheet: sheet.name.clone(),
                row: *number,
            }),
            ..ChoiceRow::default()
        };
        for (h, value) in sheet.headers.iter().zip(cells) {
            let value = value.trim();
            let (column, lang) = header(h);
            match column.as_str() {
                "list_name" => c.list = format!("{value}{suffix}"),
                "name" => c.name = value.to_string(),
                "label" if !value.is_empty() => {
                    c.label.insert(lang, value.to_string());
                }
                "label" | "image" | "audio" | "video" | "media" => {}
                _ if !column.is_empty() && !value.is_empty() => {
                    c.columns.insert(column, value.to_string());
                }
                _ => {}
            }
        }
        out.push(c);
    }
}

/// `select_one_from_file places.csv`: the CSV beside the form becomes a
/// choice list named after the file.
fn read_choice_files(form: &mut Form, beside: &dyn Fn(&str) -> Option<Vec<u8>>) {
    let mut files: Vec<String> = form
        .rows
        .iter()
        .filter_map(|r| {
            let mut words = r.kind.split_whitespace();
            let kind = words.next()?.to_ascii_lowercase();
            let file = words.next()?;
            (kind.ends_with("_from_file") && file.to_ascii_lowercase().ends_with(".csv"))
                .then(|| file.to_string())
        })
        .collect();
    files.sort();
    files.dedup();
    for file in files {
        let Some(bytes) = beside(&file) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        let mut lines = csv_rows(&text).into_iter();
        let Some(headers) = lines.next() else {
            continue;
        };
        for (i, cells) in lines.enumerate() {
            let mut c = ChoiceRow {
                place: Some(Place::Sheet {
                    sheet: file.clone(),
                    row: u32::try_from(i + 2).unwrap_or(u32::MAX),
                }),
                list: file.clone(),
                ..ChoiceRow::default()
            };
            for (h, value) in headers.iter().zip(cells) {
                let (column, lang) = header(h);
                match column.as_str() {
                    "name" => c.name = value.trim().to_string(),
                    "label" => {
                        c.label.insert(lang, value.trim().to_string());
                    }
                    _ if !value.trim().is_empty() => {
                        c.columns.insert(column, value.trim().to_string());
                    }
                    _ => {}
                }
            }
            if !c.name.is_empty() {
                form.choices.push(c);
            }
        }
    }
}

/// RFC 4180 rows: commas, double quotes with `""` inside, CRLF or LF.
pub(crate) fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows.retain(|r| r.iter().any(|f| !f.trim().is_empty()));
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn import_xlsform_headers_are_lenient() {
        assert_eq!(
            header("Label::English (en)"),
            ("label".into(), "English (en)".into())
        );
        assert_eq!(header(" type "), ("type".into(), String::new()));
        assert_eq!(
            header("bind::jr:constraintMsg"),
            ("constraint_message".into(), String::new())
        );
        assert_eq!(header("list name"), ("list_name".into(), String::new()));
        assert_eq!(header("label:English"), ("label".into(), "English".into()));
        assert_eq!(
            header("hint:: Français (fr) "),
            ("hint".into(), "Français (fr)".into())
        );
    }

    #[test]
    fn import_csv_rows() {
        let rows = csv_rows("name,label\r\na,\"x, \"\"y\"\"\"\n\nb,z");
        assert_eq!(
            rows,
            vec![
                vec!["name".to_string(), "label".into()],
                vec!["a".into(), "x, \"y\"".into()],
                vec!["b".into(), "z".into()],
            ]
        );
    }
}
