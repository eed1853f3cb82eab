//! How results and failures reach the user: plain text, or JSON with `--json`.

use std::process::ExitCode;

use serde_json::{json, Value};
use waymark_core::{JournalError, VaultError};

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
        }
    }
}

impl From<VaultError> for Failure {
    fn from(e: VaultError) -> Self {
        let kind = match &e {
            VaultError::NotFound => "not_found",
            VaultError::AlreadyExists => "already_exists",
            VaultError::Locked => "locked",
            VaultError::WrongPasscode { .. } => "wrong_passcode",
            VaultError::InvalidPasscode { .. } => "invalid_passcode",
            VaultError::DuressSameAsPasscode => "duress_same_as_passcode",
            VaultError::HeaderCorrupt { .. } => "header_corrupt",
            VaultError::HeaderTampered => "header_tampered",
            VaultError::UnsupportedVersion { .. } => "unsupported_version",
            VaultError::DatabaseCorrupt => "database_corrupt",
            VaultError::SchemaTooNew { .. } => "schema_too_new",
            VaultError::KeyStore(_) => "key_store",
            VaultError::Io(_) => "io",
            VaultError::Database(_) => "database",
            VaultError::InvalidSetting(_) => "invalid_setting",
        };
        let message = match &e {
            VaultError::WrongPasscode {
                remaining_attempts: Some(n),
            } if *n > 0 => {
                format!("Wrong passcode. {n} attempts left before the vault is wiped.")
            }
            VaultError::WrongPasscode { .. } => "Wrong passcode.".to_owned(),
            VaultError::NotFound => "There is no vault in this folder.".to_owned(),
            other => {
                let mut s = other.to_string();
                if let Some(c) = s.get_mut(0..1) {
                    c.make_ascii_uppercase();
                }
                s + "."
            }
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
        }
    }
}

impl From<JournalError> for Failure {
    fn from(e: JournalError) -> Self {
        match e {
            JournalError::Vault(v) => v.into(),
            JournalError::NotFound => Failure::new(
                "entry_not_found",
                "There is no journal entry with that number.",
            ),
            JournalError::Empty => Failure::new("empty", "The note is empty."),
            JournalError::TooLong { max } => Failure::new(
                "too_long",
                format!("The note is too long (at most {max} bytes)."),
            ),
        }
    }
}

impl Output {
    pub fn new(json: bool) -> Self {
        Output { json }
    }

    /// Reports success: `text` for people, `data` for `--json`.
    pub fn done(&self, text: &str, data: Value) {
        if self.json {
            println!("{}", json!({ "ok": true, "result": data }));
        } else if !text.is_empty() {
            println!("{text}");
        }
    }

    /// A line of narration (the demo); silent in JSON mode.
    pub fn say(&self, text: &str) {
        if !self.json {
            println!("{text}");
        }
    }

    pub fn fail(&self, f: Failure) -> ExitCode {
        if self.json {
            println!(
                "{}",
                json!({ "ok": false, "error": { "kind": f.kind, "message": f.message } })
            );
        } else {
            eprintln!("{}", f.message);
        }
        ExitCode::from(f.code)
    }
}
