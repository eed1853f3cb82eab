//! The user's sync settings, stored in the vault: the send policy, the
//! scheduler's delays, dummy sends, reply polling and the transport.
//!
//! Stored as one JSON document in `sync_state.settings`. Trusted networks are
//! kept as their salt and salted fingerprints only (see [`TrustedNetworks`]).

use std::time::Duration;

use chrono::NaiveTime;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

use super::backoff::Backoff;
use super::policy::{SendPolicy, TimeWindow, TrustedNetworks};
use super::store::{with, SyncDb};
use super::transport::TransportConfig;
use super::SyncError;
use crate::envelope::Bucket;
use crate::vault::Vault;

/// Every setting of the sync. `Default` is cautious.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncSettings {
    pub policy: SendPolicy,
    /// After the policy allows, wait a random time in `[delay_min, delay_max]`
    /// before a send round, so sends do not line up with the phone joining a
    /// network.
    pub delay_min: Duration,
    pub delay_max: Duration,
    /// Retry spacing after a failed send.
    pub backoff: Backoff,
    /// Send a dummy envelope (cover traffic, `super::cover`) in a round with
    /// nothing real to send, about once per `dummy_interval` (jittered ×0.5
    /// to ×1.5 after every send), so that sending at all does not mark a
    /// phone. On by default; the send rules apply to dummies too.
    pub dummy_sends: bool,
    pub dummy_interval: Duration,
    /// How often every phone polls every trusted NGO for replies, jittered
    /// ×0.5 to ×1.5, whether or not it ever reported (unless the user asks
    /// sooner).
    pub reply_interval: Duration,
    /// Most real envelopes sent in one round.
    pub max_sends_per_round: u32,
    /// Smallest padding bucket: everything is sealed at least this large.
    pub min_bucket: Bucket,
    pub transport: TransportConfig,
    /// Let the courier send while the vault is locked (ADR 0210). On by
    /// default. Off: the courier keeps no envelope, and reports go only
    /// while the vault is unlocked.
    pub send_while_locked: bool,
}

impl Default for SyncSettings {
    fn default() -> Self {
        SyncSettings {
            policy: SendPolicy::default(),
            delay_min: Duration::from_secs(60),
            delay_max: Duration::from_secs(15 * 60),
            backoff: Backoff::default(),
            dummy_sends: true,
            dummy_interval: Duration::from_secs(6 * 3600),
            reply_interval: Duration::from_secs(6 * 3600),
            max_sends_per_round: 50,
            min_bucket: Bucket::Kib4,
            transport: TransportConfig::default(),
            send_while_locked: true,
        }
    }
}

/// Longest delay, interval or backoff accepted: one week.
const MAX_SECS: u64 = 7 * 24 * 3600;

impl SyncSettings {
    /// Checks ranges; names the first bad setting.
    pub fn check(&self) -> Result<(), SyncError> {
        let within = |d: Duration| d.as_secs() <= MAX_SECS;
        if self.delay_min > self.delay_max || !within(self.delay_max) {
            return Err(SyncError::InvalidSetting("delay"));
        }
        if self.backoff.base.is_zero()
            || self.backoff.base > self.backoff.cap
            || !within(self.backoff.cap)
        {
            return Err(SyncError::InvalidSetting("backoff"));
        }
        if !within(self.dummy_interval) || !within(self.reply_interval) {
            return Err(SyncError::InvalidSetting("interval"));
        }
        if self.max_sends_per_round == 0 || self.max_sends_per_round > 10_000 {
            return Err(SyncError::InvalidSetting("max_sends_per_round"));
        }
        self.transport.check()
    }

    /// The stored settings, or the defaults (with a fresh salt for trusted
    /// networks, saved at once so the salt stays).
    pub fn load(vault: &Vault) -> Result<SyncSettings, SyncError> {
        SyncSettings::load_from(vault)
    }

    /// [`SyncSettings::load`] from the vault or the courier.
    pub(crate) fn load_from(db: &dyn SyncDb) -> Result<SyncSettings, SyncError> {
        let json: Option<String> = with(db, |c| {
            Ok(
                c.query_row("SELECT settings FROM sync_state WHERE id = 1", [], |r| {
                    r.get::<_, Option<String>>(0)
                })
                .optional()?
                .flatten(),
            )
        })?;
        match json {
            Some(json) => {
                let stored: Stored = serde_json::from_str(&json).map_err(|_| SyncError::Damaged)?;
                stored.into_settings()
            }
            None => {
                let fresh = SyncSettings::default();
                fresh.save_to(db)?;
                Ok(fresh)
            }
        }
    }

    pub fn save(&self, vault: &Vault) -> Result<(), SyncError> {
        self.save_to(vault)
    }

    pub(crate) fn save_to(&self, db: &dyn SyncDb) -> Result<(), SyncError> {
        self.check()?;
        let json =
            serde_json::to_string(&Stored::from_settings(self)).map_err(|_| SyncError::Damaged)?;
        with(db, |c| {
            c.execute(
                "INSERT INTO sync_state (id, settings) VALUES (1, ?1)
                 ON CONFLICT (id) DO UPDATE SET settings = excluded.settings",
                [json],
            )?;
            Ok(())
        })?;
        Ok(())
    }
}

/// The JSON form. Field names are stable: they are in users' vaults.
#[derive(Serialize, Deserialize)]
struct Stored {
    manual_only: bool,
    allow_wifi: bool,
    allow_cellular: bool,
    allow_metered: bool,
    allow_roaming: bool,
    require_vpn: bool,
    trusted_networks_only: bool,
    trusted_salt: String,
    trusted_fingerprints: Vec<String>,
    /// `["22:00", "06:00"]` pairs.
    windows: Vec<(String, String)>,
    require_charging: bool,
    delay_min_secs: u64,
    delay_max_secs: u64,
    backoff_base_secs: u64,
    backoff_cap_secs: u64,
    dummy_sends: bool,
    dummy_interval_secs: u64,
    reply_interval_secs: u64,
    max_sends_per_round: u32,
    min_bucket: u8,
    transport: TransportConfig,
    /// Added with the courier; settings stored before it mean "on".
    #[serde(default = "on")]
    send_while_locked: bool,
}

fn on() -> bool {
    true
}

fn hex32(s: &str) -> Result<[u8; 32], SyncError> {
    crate::hex::decode(s)
        .and_then(|b| b.try_into().ok())
        .ok_or(SyncError::Damaged)
}

fn time(s: &str) -> Result<NaiveTime, SyncError> {
    NaiveTime::parse_from_str(s, "%H:%M").map_err(|_| SyncError::Damaged)
}

impl Stored {
    fn from_settings(s: &SyncSettings) -> Stored {
        let p = &s.policy;
        Stored {
            manual_only: p.manual_only,
            allow_wifi: p.allow_wifi,
            allow_cellular: p.allow_cellular,
            allow_metered: p.allow_metered,
            allow_roaming: p.allow_roaming,
            require_vpn: p.require_vpn,
            trusted_networks_only: p.trusted_networks_only,
            trusted_salt: crate::hex::encode(p.trusted_networks.salt()),
            trusted_fingerprints: p
                .trusted_networks
                .fingerprints()
                .iter()
                .map(|f| crate::hex::encode(f))
                .collect(),
            windows: p
                .windows
                .iter()
                .map(|w| {
                    (
                        w.start.format("%H:%M").to_string(),
                        w.end.format("%H:%M").to_string(),
                    )
                })
                .collect(),
            require_charging: p.require_charging,
            delay_min_secs: s.delay_min.as_secs(),
            delay_max_secs: s.delay_max.as_secs(),
            backoff_base_secs: s.backoff.base.as_secs(),
            backoff_cap_secs: s.backoff.cap.as_secs(),
            dummy_sends: s.dummy_sends,
            dummy_interval_secs: s.dummy_interval.as_secs(),
            reply_interval_secs: s.reply_interval.as_secs(),
            max_sends_per_round: s.max_sends_per_round,
            min_bucket: s.min_bucket.wire_id(),
            transport: s.transport.clone(),
            send_while_locked: s.send_while_locked,
        }
    }

    fn into_settings(self) -> Result<SyncSettings, SyncError> {
        let fingerprints = self
            .trusted_fingerprints
            .iter()
            .map(|f| hex32(f))
            .collect::<Result<Vec<_>, _>>()?;
        let windows = self
            .windows
            .iter()
            .map(|(a, b)| {
                Ok(TimeWindow {
                    start: time(a)?,
                    end: time(b)?,
                })
            })
            .collect::<Result<Vec<_>, SyncError>>()?;
        let secs = Duration::from_secs;
        Ok(SyncSettings {
            policy: SendPolicy {
                manual_only: self.manual_only,
                allow_wifi: self.allow_wifi,
                allow_cellular: self.allow_cellular,
                allow_metered: self.allow_metered,
                allow_roaming: self.allow_roaming,
                require_vpn: self.require_vpn,
                trusted_networks_only: self.trusted_networks_only,
                trusted_networks: TrustedNetworks::with_fingerprints(
                    hex32(&self.trusted_salt)?,
                    fingerprints,
                ),
                windows,
                require_charging: self.require_charging,
            },
            delay_min: secs(self.delay_min_secs),
            delay_max: secs(self.delay_max_secs),
            backoff: Backoff {
                base: secs(self.backoff_base_secs),
                cap: secs(self.backoff_cap_secs),
            },
            dummy_sends: self.dummy_sends,
            dummy_interval: secs(self.dummy_interval_secs),
            reply_interval: secs(self.reply_interval_secs),
            max_sends_per_round: self.max_sends_per_round,
            min_bucket: Bucket::from_wire_id(self.min_bucket).ok_or(SyncError::Damaged)?,
            transport: self.transport,
            send_while_locked: self.send_while_locked,
        })
    }
}
