//! Waymark's NGO inbox: an HTTP server that receives sealed report
//! envelopes from phones, keeps them without being able to read them, and
//! lets the NGO pull them and post sealed replies; plus the NGO's tools
//! (keys, directory entry, pull, export, reply), which run on the NGO's own
//! machine with the private key.
//!
//! The API is `waymark_core::sync::wire`, documented in `docs/sync-api.md`;
//! deployment in `inbox/README.md`.

pub mod config;
pub mod connection;
pub mod desk;
mod error;
pub mod identity;
pub mod keyfile;
pub mod metrics;
pub mod ngo;
pub mod passphrase;
pub mod ratelimit;
pub mod request;
pub mod run;
pub mod server;
pub mod store;
pub mod tls;

pub use error::InboxError;
