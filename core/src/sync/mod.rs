//! Delayed anonymous delivery of sealed reports.
//!
//! Sending a report can itself put someone at risk, so nothing leaves the
//! phone unless the user's safety rules allow it ([`policy`]), and sends are
//! spread out in time ([`backoff`], [`scheduler`]). Reports wait in the
//! vault's [`outbox`], already sealed to the NGO, which the phone trusts by
//! its signing key ([`ngo`]). [`transport`] speaks [`wire`], the inbox HTTP
//! API that the phone and the NGO inbox share, with TLS pinning
//! ([`pinning`]) and an optional SOCKS5h proxy. Replies land in [`replies`].
//! [`cover`] makes a phone's traffic look the same whether or not it ever
//! reported: dummy sends and a fixed poll schedule.
//! docs/outbox.md describes the whole.

pub mod backoff;
pub mod courier;
pub mod cover;
mod error;
pub mod next_run;
pub mod ngo;
pub mod outbox;
pub mod pinning;
pub mod policy;
pub mod replies;
pub mod scheduler;
pub mod settings;
mod store;
pub mod transport;
pub mod wire;

pub use backoff::{Backoff, Jitter};
pub use courier::handover::TakenIn;
pub use courier::Courier;
pub use error::SyncError;
pub use next_run::{NextRun, RunVerdict};
pub use ngo::{Ngos, TrustedNgo};
pub use outbox::{AfterQueue, Outbox, OutboxItem, OutboxState, Queued};
pub use pinning::spki_pin_of_certificate;
pub use policy::{
    DenyReason, NetworkFacts, SendDecision, SendFacts, SendPolicy, TimeWindow, Transport,
    TrustedNetworks,
};
pub use replies::{Replies, Reply};
pub use scheduler::{SyncEngine, SyncOutcome, SyncReport};
pub use settings::SyncSettings;
pub use transport::{FailureKind, InboxClient, TransportConfig, TransportError};
