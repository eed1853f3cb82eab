//! Waymark's core: everything the phone apps share, in pure Rust.
//!
//! This crate knows nothing about FFI. The `waymark-ffi` crate wraps it for
//! Kotlin and Swift; the `waymark` terminal app uses it directly. Every object
//! that crosses into the apps is `Send + Sync`, every error is a typed enum whose
//! message never carries personal data, and platform services (the hardware key
//! store) are traits that the app implements.
//!
//! Calls that touch the disk or run the passcode KDF block: apps call them off
//! the main thread.

pub mod assistant;
pub mod content;
pub mod envelope;
pub mod expression;
pub mod hex;
pub mod i18n;
pub mod journal;
pub mod kdf;
pub mod keystore;
pub mod numerals;
pub mod questionnaire;
mod random;
pub mod secret;
pub mod software_keystore;
pub mod sync;
pub mod time;
mod user_error;
pub mod vault;

pub use journal::{Journal, JournalEntry, JournalError};
pub use kdf::KdfParams;
pub use keystore::{KeyStoreError, PlatformKeyStore};
pub use software_keystore::SoftwareKeyStore;
pub use user_error::UserError;
pub use vault::{Vault, VaultError, VaultOptions, VaultStatus};
