//! The inbox's one error type for configuration, keys, tools and start-up.
//! Messages name what failed, never a key, token, passphrase or report.

use waymark_core::i18n::{Arg, Localizer};

use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum InboxError {
    /// A configuration value is missing or wrong; `reason` names the setting.
    #[error("the inbox configuration is invalid: {reason}")]
    Config { reason: &'static str },
    /// A file could not be read or written; `what` names which.
    #[error("could not use the file: {what}")]
    File { what: &'static str },
    /// keygen refuses to overwrite keys.
    #[error("a key file is already there; nothing was overwritten")]
    AlreadyExists,
    #[error("the passphrase is wrong (or the key file was altered)")]
    WrongPassphrase,
    #[error("the passphrase is too short")]
    WeakPassphrase,
    #[error("this is not a Waymark NGO key file, or it is damaged")]
    KeyFileCorrupt,
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The inbox server could not be reached.
    #[error("the inbox server could not be reached")]
    Unreachable,
    /// The inbox server answered with an error status and code.
    #[error("the inbox server refused the request: {status} {code}")]
    Refused { status: u16, code: String },
    /// The inbox server's answer is not what the API says.
    #[error("the inbox server's answer is not valid")]
    BadResponse,
    /// `reply` for a report that is not in the local store.
    #[error("no report with that id has been pulled yet")]
    UnknownReport,
    /// A reply text that is empty or not valid text.
    #[error("the reply text is empty or too long")]
    BadReplyText,
    /// A reply text longer than one reply holds (`max` bytes of UTF-8).
    #[error("the reply is longer than {max} bytes")]
    ReplyTooLong { max: usize },
    /// A command-line value is wrong; `what` names the option.
    #[error("invalid value for {what}")]
    BadArgument { what: &'static str },
    /// No terminal to prompt for the passphrase on.
    #[error("no terminal to ask for the passphrase")]
    NoTerminal,
    #[error("the two passphrases are different")]
    PassphraseMismatch,
}

impl InboxError {
    /// A stable kind for `--json` output and scripts.
    pub fn kind(&self) -> &'static str {
        match self {
            InboxError::Config { .. } => "config",
            InboxError::File { .. } => "file",
            InboxError::AlreadyExists => "already_exists",
            InboxError::WrongPassphrase => "wrong_passphrase",
            InboxError::WeakPassphrase => "weak_passphrase",
            InboxError::KeyFileCorrupt => "key_file_corrupt",
            InboxError::Store(_) => "storage",
            InboxError::Unreachable => "unreachable",
            InboxError::Refused { .. } => "refused",
            InboxError::BadResponse => "bad_response",
            InboxError::UnknownReport => "unknown_report",
            InboxError::BadReplyText => "bad_reply_text",
            InboxError::ReplyTooLong { .. } => "reply_too_long",
            InboxError::BadArgument { .. } => "bad_argument",
            InboxError::NoTerminal => "no_terminal",
            InboxError::PassphraseMismatch => "mismatch",
        }
    }

    /// The message in the user's language (`locales/<lang>/inbox.ftl`).
    pub fn user_message(&self, loc: &Localizer) -> String {
        match self {
            InboxError::Config { reason } => {
                loc.text("inbox-error-config", &[("setting", Arg::from(*reason))])
            }
            InboxError::File { what } => {
                loc.text("inbox-error-file", &[("file", Arg::from(*what))])
            }
            InboxError::AlreadyExists => loc.text("inbox-error-already-exists", &[]),
            InboxError::WrongPassphrase => loc.text("inbox-error-wrong-passphrase", &[]),
            InboxError::WeakPassphrase => loc.text("inbox-error-weak-passphrase", &[]),
            InboxError::KeyFileCorrupt => loc.text("inbox-error-key-file", &[]),
            InboxError::Store(StoreError::SchemaTooNew { .. }) => {
                loc.text("inbox-error-schema-too-new", &[])
            }
            InboxError::Store(_) => loc.text("inbox-error-storage", &[]),
            InboxError::Unreachable => loc.text("inbox-error-unreachable", &[]),
            InboxError::Refused { status, code } => loc.text(
                "inbox-error-refused",
                &[
                    ("status", Arg::from(u32::from(*status))),
                    ("code", Arg::from(code.as_str())),
                ],
            ),
            InboxError::BadResponse => loc.text("inbox-error-bad-response", &[]),
            InboxError::UnknownReport => loc.text("inbox-error-unknown-report", &[]),
            InboxError::BadReplyText => loc.text("inbox-error-reply-text", &[]),
            InboxError::ReplyTooLong { max } => {
                loc.text("inbox-error-reply-too-long", &[("max", Arg::from(*max))])
            }
            InboxError::BadArgument { what } => {
                loc.text("inbox-error-argument", &[("option", Arg::from(*what))])
            }
            InboxError::NoTerminal => loc.text("inbox-error-no-terminal", &[]),
            InboxError::PassphraseMismatch => loc.text("inbox-error-passphrase-mismatch", &[]),
        }
    }
}
