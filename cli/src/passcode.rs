//! Reading passcodes: a no-echo prompt on the terminal, or an environment
//! variable for scripts and tests.

use zeroize::Zeroizing;

use crate::output::Failure;

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

    fn prompt(self) -> &'static str {
        match self {
            Which::Current => "Passcode: ",
            Which::New => "New passcode: ",
            Which::Duress => "Duress passcode: ",
        }
    }
}

/// Reads a passcode. With `confirm`, a prompted passcode must be typed twice.
pub fn read(which: Which, confirm: bool) -> Result<Zeroizing<String>, Failure> {
    if let Ok(value) = std::env::var(which.env_var()) {
        return Ok(Zeroizing::new(value));
    }
    let first = prompt(which.prompt())?;
    if confirm {
        let again = prompt("Type it again: ")?;
        if *again != *first {
            return Err(Failure::new(
                "mismatch",
                "The two passcodes are different. Nothing was changed.",
            ));
        }
    }
    Ok(first)
}

fn prompt(text: &str) -> Result<Zeroizing<String>, Failure> {
    rpassword::prompt_password(text).map(Zeroizing::new).map_err(|_| {
        Failure::new(
            "no_passcode",
            "No terminal to ask for the passcode. Set WAYMARK_PASSCODE (and WAYMARK_NEW_PASSCODE or WAYMARK_DURESS_PASSCODE where asked).",
        )
    })
}
