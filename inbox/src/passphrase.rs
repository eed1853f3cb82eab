//! The NGO key file's passphrase: from `WAYMARK_INBOX_PASSPHRASE` (scripts),
//! or a no-echo prompt on the terminal.

use waymark_core::i18n::Localizer;
use zeroize::Zeroizing;

use crate::InboxError;

pub const ENV_VAR: &str = "WAYMARK_INBOX_PASSPHRASE";

/// Reads the passphrase. With `confirm`, a prompted one is asked twice.
pub fn read(loc: &Localizer, confirm: bool) -> Result<Zeroizing<String>, InboxError> {
    if let Ok(value) = std::env::var(ENV_VAR) {
        return Ok(Zeroizing::new(value));
    }
    let first = prompt(loc, "inbox-prompt-passphrase")?;
    if confirm {
        let again = prompt(loc, "inbox-prompt-again")?;
        if *again != *first {
            return Err(InboxError::PassphraseMismatch);
        }
    }
    Ok(first)
}

/// Fluent trims trailing spaces, so the space after the prompt is added here.
fn prompt(loc: &Localizer, id: &str) -> Result<Zeroizing<String>, InboxError> {
    let label = format!("{} ", loc.text(id, &[]));
    rpassword::prompt_password(label)
        .map(Zeroizing::new)
        .map_err(|_| InboxError::NoTerminal)
}
