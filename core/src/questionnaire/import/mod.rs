//! Importing forms that NGOs already keep for ODK, KoboToolbox or
//! SurveyCTO: XLSForm workbooks (`.xlsx`, `.xls`) and XForm XML. Both are
//! read into one neutral [`form::Form`] (rows as in an XLSForm survey
//! sheet), which [`convert`] turns into a Waymark questionnaire: the TOML
//! file and one Fluent file per language, checked with the same validator
//! as `waymark questionnaire check`.
//!
//! Every row is accounted for in the [`ImportReport`]: converted, changed
//! (with what changed), dropped or refused (with why). Refusals on purpose:
//! GPS (`geopoint`, `geotrace`, `geoshape`: Waymark never records
//! location) and uploads (until attachments are encrypted). Identifying
//! metadata (`deviceid`, `phonenumber`, `simserial`, `username`, `email`…)
//! is dropped. Format notes: `docs/questionnaires.md`, "Importing from ODK
//! and Kobo".

mod convert;
mod form;
mod report;
mod xform;
mod xlsform;

use std::collections::BTreeMap;
use std::path::Path;

pub use report::{ImportAction, ImportLine, ImportReport, Place};

use crate::i18n::MessageRef;

/// Largest form file read, in bytes (a workbook is compressed XML).
pub const MAX_FORM_LEN: u64 = 16 * 1024 * 1024;

/// A converted form, ready to be written as `<id>.toml` and
/// `locales/<lang>/<id>.ftl`.
#[derive(Debug, Clone)]
pub struct Imported {
    pub id: String,
    pub toml: String,
    /// Locale → the Fluent file's text.
    pub ftl: BTreeMap<String, String>,
    pub report: ImportReport,
}

/// Why a form could not be imported at all. Messages never quote the
/// form's texts (they may be sensitive questions).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("the file is not a form Waymark can read ({reason})")]
    Unreadable { reason: String },
    #[error("the form has no survey (no survey sheet, or no body)")]
    NoSurvey,
    #[error("the file is larger than {max} bytes")]
    TooLarge { max: u64 },
    #[error("nothing of the form could be converted")]
    NothingLeft,
}

impl ImportError {
    /// The Fluent message for this error.
    pub fn message(&self) -> MessageRef {
        match self {
            ImportError::Unreadable { reason } => {
                MessageRef::new("import-error-unreadable").arg("reason", reason)
            }
            ImportError::NoSurvey => MessageRef::new("import-error-no-survey"),
            ImportError::TooLarge { max } => {
                MessageRef::new("import-error-too-large").arg("max", max)
            }
            ImportError::NothingLeft => MessageRef::new("import-error-nothing-left"),
        }
    }
}

/// The kinds of file an import reads, by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    Xlsx,
    Xls,
    XForm,
}

impl FormKind {
    pub fn of(path: &Path) -> Option<FormKind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "xlsx" => FormKind::Xlsx,
            "xls" => FormKind::Xls,
            "xml" => FormKind::XForm,
            _ => return None,
        })
    }
}

/// Imports a form from its bytes. `beside` reads a file next to the form
/// by name (external choices, `select_one_from_file`); `None` when absent.
pub fn import_bytes(
    kind: FormKind,
    name: &str,
    bytes: &[u8],
    beside: &dyn Fn(&str) -> Option<Vec<u8>>,
) -> Result<Imported, ImportError> {
    if bytes.len() as u64 > MAX_FORM_LEN {
        return Err(ImportError::TooLarge { max: MAX_FORM_LEN });
    }
    let form = match kind {
        FormKind::Xlsx | FormKind::Xls => xlsform::read(kind, bytes, beside)?,
        FormKind::XForm => xform::read(bytes)?,
    };
    convert::convert(form, name)
}

/// Imports the form at `path`, reading files beside it when it refers to
/// them.
pub fn import_file(path: &Path) -> Result<Imported, ImportError> {
    let kind = FormKind::of(path).ok_or_else(|| ImportError::Unreadable {
        reason: "extension".into(),
    })?;
    let bytes = read_limited(path)?;
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let beside = move |file: &str| -> Option<Vec<u8>> {
        // Only a plain file name beside the form: never a path elsewhere.
        if file.contains(['/', '\\']) || file.starts_with('.') {
            return None;
        }
        read_limited(&dir.join(file)).ok()
    };
    let name = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("form")
        .to_string();
    import_bytes(kind, &name, &bytes, &beside)
}

fn read_limited(path: &Path) -> Result<Vec<u8>, ImportError> {
    use std::io::Read;
    let mut data = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_FORM_LEN + 1).read_to_end(&mut data))
        .map_err(|e| ImportError::Unreadable {
            reason: format!("{:?}", e.kind()),
        })?;
    if data.len() as u64 > MAX_FORM_LEN {
        return Err(ImportError::TooLarge { max: MAX_FORM_LEN });
    }
    Ok(data)
}
