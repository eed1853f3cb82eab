//! How results and failures reach the user: plain text in the user's
//! language, or JSON with `--json`.
//!
//! The language is chosen once in `main` (`--lang`, then the environment)
//! and kept in a process-wide [`Localizer`]: every command and every
//! `Failure` conversion reads it through [`loc`] and [`text`].

use std::io::Write;
use std::process::ExitCode;
use std::sync::OnceLock;

use serde_json::{json, Value};
use waymark_core::i18n::{Arg, Localizer};
use waymark_core::{JournalError, VaultError};

static LOCALIZER: OnceLock<Localizer> = OnceLock::new();

/// Chooses the language for this run. Later calls change nothing.
pub fn set_language<S: AsRef<str>>(requested: &[S]) {
    let requested: Vec<&str> = requested.iter().map(AsRef::as_ref).collect();
    let _ = LOCALIZER.set(Localizer::new(&requested));
}

/// The languages asked for: `--lang` (clap also reads WAYMARK_LANG into it),
/// else the first non-empty of LC_ALL, LC_MESSAGES, LANG as POSIX orders
/// them. An empty list means English.
pub fn requested_languages(flag: Option<&str>) -> Vec<String> {
    if let Some(lang) = flag.filter(|l| !l.trim().is_empty()) {
        return vec![lang.to_owned()];
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .find(|v| !v.trim().is_empty())
        .into_iter()
        .collect()
}

/// The localizer of this run (English if `set_language` was never called).
pub fn loc() -> &'static Localizer {
    LOCALIZER.get_or_init(|| Localizer::new(&[]))
}

/// A CLI message in the user's language; never a bare message id.
pub fn text(id: &str, args: &[(&str, Arg)]) -> String {
    loc().text(id, args)
}

pub struct Output {
    json: bool,
}

/// A failed command: a stable kind for scripts, a one-line message for people,
/// and the exit code.
#[derive(Debug)]
pub struct Failure {
    pub kind: &'static str,
    pub message: String,
    pub code: u8,
    /// Extra JSON for `--json` (e.g. the lint's findings), under `error.details`.
    pub details: Option<Value>,
}

/// Exit codes: 1 = failed, 2 = bad usage (clap), 3 = wrong passcode.
pub const EXIT_FAILED: u8 = 1;
pub const EXIT_WRONG_PASSCODE: u8 = 3;

impl Failure {
    pub fn new(kind: &'static str, message: impl Into<String>) -> Self {
        Failure {
            kind,
            message: message.into(),
            code: EXIT_FAILED,
            details: None,
        }
    }

    pub fn with_details(mut self, details: Value) -> Self {
        self.details = Some(details);
        self
    }

    /// A failure whose message is the CLI message `id`.
    pub fn localized(kind: &'static str, id: &str) -> Self {
        Failure::new(kind, text(id, &[]))
    }
}

impl From<VaultError> for Failure {
    fn from(e: VaultError) -> Self {
        let kind = e.code();
        let message = match &e {
            // In a folder, "here" reads better as "in this folder".
            VaultError::NotFound => text("cli-vault-status-none", &[]),
            other => other.user_message(loc()),
        };
        let code = if matches!(e, VaultError::WrongPasscode { .. }) {
            EXIT_WRONG_PASSCODE
        } else {
            EXIT_FAILED
        };
        Failure {
            kind,
            message,
            code,
            details: None,
        }
    }
}

impl From<JournalError> for Failure {
    fn from(e: JournalError) -> Self {
        if let JournalError::Vault(v) = &e {
            return v.clone().into();
        }
        let kind = e.code();
        Failure::new(kind, e.user_message(loc()))
    }
}

impl Output {
    pub fn new(json: bool) -> Self {
        Output { json }
    }

    /// Whether `--json` was given (interactive screens then go to stderr).
    pub fn is_json(&self) -> bool {
        self.json
    }

    /// Reports success: `text` for people, `data` for `--json`.
    pub fn done(&self, text: &str, data: Value) {
        if self.json {
            print_line(&json!({ "ok": true, "result": data }).to_string());
        } else if !text.is_empty() {
            print_line(text);
        }
    }

    /// A line of narration (the demo); silent in JSON mode.
    pub fn say(&self, text: &str) {
        if !self.json {
            print_line(text);
        }
    }

    pub fn fail(&self, f: Failure) -> ExitCode {
        if self.json {
            let mut error = json!({ "kind": f.kind, "message": f.message });
            if let (Some(details), Some(map)) = (f.details, error.as_object_mut()) {
                map.insert("details".to_owned(), details);
            }
            print_line(&json!({ "ok": false, "error": error }).to_string());
        } else {
            let _ = writeln!(std::io::stderr().lock(), "{}", f.message);
        }
        ExitCode::from(f.code)
    }
}

/// Writes one line to stdout. A closed pipe (`waymark … | head`) is not a
/// reason to panic: the reader has all it wanted.
fn print_line(line: &str) {
    let _ = writeln!(std::io::stdout().lock(), "{line}");
}
