//! Waymark's mobile bindings: the core exposed to Kotlin, Swift and Python
//! through uniffi (proc-macro mode). This is the only crate that knows about
//! FFI; `waymark-core` stays pure Rust.
//!
//! Shape (docs/mobile-integration.md explains it for app developers):
//! - objects are thin `Arc` facades over the core's objects: [`Vault`],
//!   [`Journal`], [`ContentStore`], [`Localizer`], [`Questionnaire`],
//!   [`QuestionnaireSession`], [`Drafts`]; the support assistant
//!   ([`Assistant`], [`Conversation`]); reports and sync ([`Outbox`],
//!   [`Ngos`], [`Replies`], [`SyncEngine`]); the [`Courier`] a background
//!   worker opens with only the key store while the vault is locked. All are `Send + Sync`: any
//!   thread may use them, and the core locks inside;
//! - data cross as plain records and enums that mirror the core's (an
//!   assistant [`Turn`] with its [`AssistantEffect`]s, a [`SyncReport`]…);
//! - every fallible call returns a typed error per area ([`VaultError`],
//!   [`JournalError`], [`ContentError`], [`QuestionnaireError`],
//!   [`AssistantError`], [`LocaleError`], [`SyncError`]) whose
//!   `user_message` is the core's own localized sentence (see
//!   [`set_error_locale`]) and never carries personal data;
//! - a panic inside the core is caught at this boundary and arrives as the
//!   area's `Internal` error, with no panic text (it could quote data);
//! - platform services are foreign traits the app implements:
//!   [`PlatformKeyStore`], [`NetworkMonitor`] and the optional [`LogSink`].
//!
//! **Blocking calls.** Everything that touches the disk, the network, runs
//! the passcode KDF or calls the key store blocks: vault, journal, content,
//! drafts, a session that saves drafts, a vault's assistant and its
//! conversations (saved after every turn), the outbox, NGOs, replies, and
//! above all [`SyncEngine::sync_once`] and [`Ngos::fetch_directory`], which
//! wait on the network for up to the transport's timeouts. Call them off the
//! main/UI thread (Kotlin: `Dispatchers.IO` or a WorkManager worker; Swift: a
//! background `Task`, queue or BGTask thread). Pure calls (a `Localizer`, a
//! session without drafts, helpline queries on the built-in pack, an
//! [`Assistant::builtin`] conversation) are fast.

uniffi::setup_scaffolding!();

mod assistant;
mod content;
mod courier;
#[cfg(debug_assertions)]
mod debug;
mod errors;
mod guard;
mod keystore;
mod locale;
mod log;
mod network;
mod questionnaire;
mod sync;
mod vault;

pub use assistant::*;
pub use content::*;
pub use courier::*;
#[cfg(debug_assertions)]
pub use debug::*;
pub use errors::*;
pub use keystore::*;
pub use locale::*;
pub use log::*;
pub use network::*;
pub use questionnaire::*;
pub use sync::*;
pub use vault::*;

/// The version of the Waymark core inside this library.
#[waymark_ffi_macros::export]
pub fn core_version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
