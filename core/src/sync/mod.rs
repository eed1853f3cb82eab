//! Delayed anonymous delivery of sealed reports.
//!
//! Sending a report can itself put someone at risk, so nothing leaves the
//! phone unless the user's safety rules allow it ([`policy`]), and sends are
//! spread out in time ([`backoff`]). [`wire`] is the inbox HTTP API that
//! the phone and the NGO inbox share.

pub mod backoff;
pub mod policy;
pub mod wire;

pub use backoff::{Backoff, Jitter};
pub use policy::{
    DenyReason, NetworkFacts, SendDecision, SendFacts, SendPolicy, TimeWindow, Transport,
    TrustedNetworks, UnlockKind,
};
