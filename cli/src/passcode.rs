//! Reading passcodes: a no-echo prompt on the terminal, or an environment
//! variable for scripts and tests.

use zeroize::Zeroizing;

use crate::output::{text, Failure};

/// Which passcode is asked for, with its environment variable.
#[derive(Clone, Copy)]
pub enum Which {
    Current,
    New,
    Duress,
}

impl Which {
    pub fn env_var(self) -> &'static str {
        match self {
            Which::Current => "WAYMARK_PASSCODE",
            Which::New => "WAYMARK_NEW_PASSCODE",
            Which::Duress => "WAYMARK_DURESS_PASSCODE",
        }
    }

    fn prompt_id(self) -> &'static str {
        match self {
            Which::Current => "cli-prompt-passcode",
            Which::New => "cli-prompt-new-passcode",
            Which::Duress => "cli-prompt-duress-passcode",
        }
    }
}

/// Reads a passcode. With `confirm`, a prompted passcode must be typed twice.
pub fn read(which: Which, confirm: bool) -> Result<Zeroizing<String>, Failure> {
    if let Ok(value) = std::env::var(which.env_var()) {
        return Ok(Zeroizing::new(value));
    }
    let first = prompt(which.prompt_id())?;
    if confirm {
        let again = prompt("cli-prompt-again")?;
        if *again != *first {
            return Err(Failure::localized("mismatch", "cli-passcode-mismatch"));
        }
    }
    Ok(first)
}

/// Prompts with message `id`; Fluent trims trailing spaces, so add one here.
fn prompt(id: &str) -> Result<Zeroizing<String>, Failure> {
    let label = format!("{} ", text(id, &[]));
    rpassword::prompt_password(label)
        .map(Zeroizing::new)
        .map_err(|_| Failure::localized("no_passcode", "cli-no-terminal"))
}
