//! The courier: what a background worker opens to send reports while the
//! vault is locked (ADR 0210, docs/courier.md, docs/mobile-integration.md).
//!
//! Android's `SyncWorker` and iOS's `BackgroundSync` run in a process that
//! may have no passcode and no unlocked vault: they make a [`Courier`] from
//! the vault's folder and the key store alone, call
//! [`Courier::sync_once`], and drop it. Receipts and replies wait in the
//! courier, sealed, until the next [`crate::Vault::unlock`] takes them in.

use std::sync::Arc;

use waymark_core::sync as core_sync;

use crate::errors::SyncError;
use crate::keystore::{Bridge, PlatformKeyStore};
use crate::network::NetworkMonitor;
use crate::sync::{hint, report, run_once, NextRun, SyncReport};

/// The courier beside the vault in `dir`. Thread-safe; every call blocks.
/// Its database closes when the object is dropped (Kotlin `close()`/`use`,
/// Swift and Python on release).
#[derive(uniffi::Object)]
pub struct Courier {
    engine: core_sync::SyncEngine,
    monitor: Arc<dyn NetworkMonitor>,
}

#[waymark_ffi_macros::export]
impl Courier {
    /// A handle on the courier in the vault's folder `dir`, keyed through
    /// `key_store` (the same store the vault uses). No passcode. Touches
    /// nothing until the first call.
    #[uniffi::constructor]
    pub fn new(
        dir: String,
        key_store: Arc<dyn PlatformKeyStore>,
        monitor: Arc<dyn NetworkMonitor>,
    ) -> Arc<Self> {
        let courier = Arc::new(core_sync::Courier::new(dir, Arc::new(Bridge(key_store))));
        Arc::new(Courier {
            engine: core_sync::SyncEngine::for_courier(courier),
            monitor,
        })
    }

    /// `SyncEngine::sync_once` for a locked phone: the same rules, delay,
    /// sends, receipt checks, dummies and reply polls, on the courier alone.
    /// `new_replies` counts replies fetched (still sealed: the user reads
    /// them after the next unlock). A phone with no courier (never unlocked
    /// since install, after a wipe) reports `Idle`. Blocks on the network.
    pub fn sync_once(
        &self,
        user_requested: bool,
        utc_offset_minutes: i32,
    ) -> Result<SyncReport, SyncError> {
        let result = run_once(
            &self.engine,
            &*self.monitor,
            user_requested,
            utc_offset_minutes,
        );
        Ok(report(result?))
    }

    /// `sync_once(false, …)` answered as the core's scheduling hint, as
    /// `SyncEngine::run_in_background`. The only error is `Internal`.
    pub fn run_in_background(&self, utc_offset_minutes: i32) -> Result<NextRun, SyncError> {
        let result = run_once(&self.engine, &*self.monitor, false, utc_offset_minutes);
        Ok(hint(&result))
    }
}
