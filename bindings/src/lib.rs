//! Waymark's mobile bindings: the core exposed to Kotlin, Swift and Python
//! through uniffi (proc-macro mode). This is the only crate that knows about
//! FFI; `waymark-core` stays pure Rust.
//!
//! Shape (docs/mobile-integration.md explains it for app developers):
//! - objects ([`Vault`], [`Journal`], [`ContentStore`], [`Localizer`],
//!   [`Questionnaire`], [`QuestionnaireSession`], [`Drafts`]) are thin `Arc`
//!   facades over the core's objects. All are `Send + Sync`: any thread may
//!   use them, and the core locks inside;
//! - data cross as plain records and enums that mirror the core's;
//! - every fallible call returns a typed error per area ([`VaultError`],
//!   [`JournalError`], [`ContentError`], [`QuestionnaireError`],
//!   [`LocaleError`], [`SyncError`]) whose `user_message` is localized (see
//!   [`set_error_locale`]) and never carries personal data;
//! - a panic inside the core is caught at this boundary and arrives as the
//!   area's `Internal` error, with no panic text (it could quote data);
//! - platform services are foreign traits the app implements:
//!   [`PlatformKeyStore`], [`NetworkMonitor`] and the optional [`LogSink`].
//!
//! **Blocking calls.** Everything that touches the disk, runs the passcode KDF
//! or calls the key store blocks: vault, journal, content, drafts, and a
//! session that saves drafts. Call them off the main/UI thread (Kotlin:
//! `Dispatchers.IO`; Swift: a background `Task` or queue). Pure calls (a
//! `Localizer`, a session without drafts, helpline queries on the built-in
//! pack) are fast.

uniffi::setup_scaffolding!();

mod content;
mod errors;
mod guard;
mod keystore;
mod locale;
mod log;
mod network;
mod questionnaire;
mod vault;

pub use content::*;
pub use errors::*;
pub use keystore::*;
pub use locale::*;
pub use log::*;
pub use network::*;
pub use questionnaire::*;
pub use vault::*;

/// The version of the Waymark core inside this library.
#[uniffi::export]
pub fn core_version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
