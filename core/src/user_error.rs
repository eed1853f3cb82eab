//! The contract every error a person or a script may see keeps: a stable
//! code, a Fluent message id, and a sentence in the person's language.
//! Each error type implements it next to its own definition; the CLI's
//! JSON `kind` is the code, so a script's view of an error and the
//! person's come from one place.

use crate::i18n::Localizer;

/// An error a person or a script may see.
pub trait UserError: std::error::Error {
    /// Stable and snake_case (`"wrong_passcode"`), for scripts and apps;
    /// never renamed once shipped. A wrapped error gives its own.
    fn code(&self) -> &'static str;
    /// The Fluent message id of the sentence for the person.
    fn message_id(&self) -> &'static str;
    /// A short, plain sentence for the person, in `loc`'s language, with
    /// the message's arguments filled in.
    fn user_message(&self, loc: &Localizer) -> String;
}

/// Implements [`UserError`] for an error type from its own `code`,
/// `message_id` and `user_message` methods, which sit beside its variants.
macro_rules! impl_user_error {
    ($t:ty) => {
        impl $crate::user_error::UserError for $t {
            fn code(&self) -> &'static str {
                <$t>::code(self)
            }
            fn message_id(&self) -> &'static str {
                <$t>::message_id(self)
            }
            fn user_message(&self, loc: &$crate::i18n::Localizer) -> String {
                <$t>::user_message(self, loc)
            }
        }
    };
}
pub(crate) use impl_user_error;
