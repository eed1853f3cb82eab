//! Scaffolding shared by the bindings' Rust tests (`mod common;` in each).
#![allow(dead_code)]

use std::sync::{Arc, Mutex};

use waymark::*;

/// Error locale and log sink are process-wide: tests that touch them take
/// turns.
pub static GLOBALS: Mutex<()> = Mutex::new(());

/// Vault options with the cheapest KDF: tests are about behaviour, not cost.
pub fn fast() -> VaultOptions {
    VaultOptions {
        kdf: KdfParams {
            memory_kib: 8,
            iterations: 1,
            lanes: 1,
        },
        wipe_after: None,
    }
}

/// A new unlocked vault (passcode "right") in a temporary folder.
pub fn vault() -> (tempfile::TempDir, Arc<Vault>) {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::new(
        dir.path().join("v").display().to_string(),
        software_key_store(None),
    );
    vault.create("right".into(), fast()).unwrap();
    (dir, vault)
}

/// A network monitor that reports fixed facts, or fails when `None`.
pub struct Monitor(pub Option<NetworkFacts>);

impl NetworkMonitor for Monitor {
    fn current_facts(&self) -> Result<NetworkFacts, PlatformError> {
        self.0.clone().ok_or(PlatformError::Unavailable)
    }
}

/// A validated, unmetered network of `transport`, not charging.
pub fn facts(transport: Transport) -> NetworkFacts {
    NetworkFacts {
        transport,
        validated: true,
        captive_portal: false,
        metered: false,
        roaming: false,
        vpn: false,
        charging: false,
        network_identity: None,
    }
}
