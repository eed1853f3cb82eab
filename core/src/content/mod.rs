//! Signed content packs: questionnaires, assistant flows, helpline
//! directories and their translations arrive as data, never as code, and only
//! from publishers the user or NGO trusts.
//!
//! A pack is a set of files: `manifest.json` (id, monotonic version,
//! publisher key id, locales, size and SHA-256 of every file),
//! `manifest.sig` (Ed25519 over the canonical manifest) and the files the
//! manifest lists. docs/content-packs.md specifies the format byte by byte.
//!
//! - [`pack::verify`] checks a pack against trusted keys;
//! - [`builtin`] is the pack embedded in the app, signed with a development
//!   key trusted for it alone;
//! - [`ContentStore`] keeps trusted publishers and installed packs in the
//!   vault, installing each pack in one transaction;
//! - [`helplines`] is the helpline directory and its queries;
//!   [`helpline_audit`] what in it is unconfirmed, old or missing.

pub mod builtin;
pub mod canonical;
mod error;
pub mod helpline_audit;
pub mod helplines;
pub mod keys;
pub mod load;
pub mod manifest;
pub mod pack;
pub mod path;
mod store;
pub mod text;

pub use error::PackError;
pub use helpline_audit::Audit;
pub use helplines::{
    Audience, Channel, ChannelKind, Evidence, Helpline, HelplineQuery, Hours, SourceKind, Topic,
};
pub use keys::{PublicKey, SigningKey};
pub use manifest::{FileEntry, Manifest};
pub use pack::{PackFile, PackInfo, VerifiedPack};
pub use store::{ContentStore, HelplineEntry, InstalledPack, TrustedPublisher};
pub use text::LocalizedText;

/// Largest content file, in bytes.
pub const MAX_FILE_SIZE: u64 = 4 * 1024 * 1024;
/// Largest pack (sum of content files), in bytes.
pub const MAX_PACK_SIZE: u64 = 32 * 1024 * 1024;
/// Most content files in one pack.
pub const MAX_FILES: usize = 1000;
/// Largest manifest.json, in bytes.
pub const MAX_MANIFEST_SIZE: usize = 256 * 1024;
