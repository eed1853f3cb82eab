//! Test support for the sync tests: the real NGO inbox behind a recording
//! relay ([`inbox::start_inbox`], [`relay`]), a fault-injecting proxy
//! ([`faults`]), a SOCKS5 proxy ([`socks`]) and a minimal HTTP codec
//! ([`http`]), all on 127.0.0.1; plus vault helpers.
#![allow(dead_code)]

pub mod faults;
pub mod http;
pub mod inbox;
pub mod relay;
pub mod socks;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use waymark_core::sync::{Backoff, NetworkFacts, Ngos, SendFacts, SyncSettings, Transport};
use waymark_core::{KdfParams, SoftwareKeyStore, Vault, VaultOptions};

pub const PASS: &str = "correct horse battery";

/// A vault in `dir` whose software key store lives in `dir/keystore`, so a
/// child process can open it too.
pub fn vault_in(dir: &Path) -> Arc<Vault> {
    Arc::new(Vault::new(
        dir,
        Arc::new(SoftwareKeyStore::in_directory(dir.join("keystore"))),
    ))
}

/// A new vault with the cheapest KDF (the KDF is not under test here).
pub fn new_vault(dir: &Path) -> Arc<Vault> {
    let vault = vault_in(dir);
    vault
        .create(
            PASS,
            &VaultOptions {
                kdf: KdfParams::MINIMUM,
                wipe_after: None,
            },
        )
        .unwrap();
    vault
}

/// Validated, unmetered Wi-Fi: what the default policy allows.
pub fn good_wifi() -> SendFacts {
    SendFacts {
        network: NetworkFacts {
            transport: Transport::Wifi,
            validated: true,
            captive_portal: false,
            metered: false,
            roaming: false,
            vpn: false,
            network_identity: None,
        },
        charging: false,
        user_requested: false,
    }
}

/// Settings for tests: no random delay, short backoff, short timeouts, no
/// dummy sends (tests about cover traffic turn them on).
pub fn quick_settings(vault: &Vault) -> SyncSettings {
    let mut s = SyncSettings::load(vault).unwrap();
    s.dummy_sends = false;
    s.delay_min = Duration::ZERO;
    s.delay_max = Duration::ZERO;
    s.backoff = Backoff {
        base: Duration::from_secs(1),
        cap: Duration::from_secs(60),
    };
    s.transport.connect_timeout_ms = 2_000;
    s.transport.read_timeout_ms = 1_000;
    s.transport.total_timeout_ms = 5_000;
    s.max_sends_per_round = 1_000;
    s.save(vault).unwrap();
    s
}

/// Trusts `inbox`'s key in `vault` and stores a directory whose only
/// endpoint is `endpoint` (the inbox itself, or a proxy in front of it).
pub fn trust(
    vault: &Arc<Vault>,
    inbox: &inbox::Inbox,
    endpoint: &str,
    pins: Vec<String>,
) -> String {
    let ngos = Ngos::new(vault.clone());
    let key_id = ngos.trust(&inbox.signing_key_hex, "Test NGO").unwrap();
    let directory = inbox.directory(vec![endpoint.to_owned()], pins);
    ngos.store_directory(&key_id, &directory, chrono::Utc::now())
        .unwrap();
    key_id
}
