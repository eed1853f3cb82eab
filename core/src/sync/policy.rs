//! The safe-to-send policy: may a report leave the phone right now?
//!
//! The app shell reports facts it alone can see (network type, metered,
//! captive portal, VPN, roaming, charging); the user sets rules; the core
//! decides. The decision always carries a reason (for a calm, localized
//! message such as "Waiting for Wi-Fi") and when to ask again.
//!
//! Trusted networks are stored as salted HMACs of whatever identity the shell
//! gives (an SSID, a BSSID): never in clear, so a seized phone does not list the
//! places its owner feels safe.

use crate::i18n::ids;
use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc};
use ring::hmac;

/// How the phone is connected, as the shell sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Transport {
    None,
    Wifi,
    Cellular,
    Ethernet,
    Other,
}

/// Network facts from the shell (ConnectivityManager, NWPathMonitor).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworkFacts {
    pub transport: Transport,
    /// The system validated internet access (no captive portal in the way).
    pub validated: bool,
    pub captive_portal: bool,
    pub metered: bool,
    pub roaming: bool,
    pub vpn: bool,
    /// The current network's identity (e.g. Wi-Fi SSID), if the shell can see
    /// it. Used only to compare against trusted networks; never stored.
    pub network_identity: Option<String>,
}

/// Everything the policy looks at, gathered at one moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendFacts {
    pub network: NetworkFacts,
    pub charging: bool,
    /// The user has just pressed "send now".
    pub user_requested: bool,
}

/// A daily window in the phone's local time, `start` inclusive, `end`
/// exclusive. A window whose end is before its start runs past midnight
/// (22:00–06:00).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct TimeWindow {
    pub start: NaiveTime,
    pub end: NaiveTime,
}

/// Minutes in a day: a window's ends, in minutes after local midnight,
/// stay below this.
pub const MINUTES_PER_DAY: u32 = 24 * 60;

impl TimeWindow {
    /// A window from minutes after local midnight; `end` before `start`
    /// runs past midnight. A minute of a day's length or more is refused,
    /// never wrapped: 1,500 ("25:00") is a mistake, and wrapping it to
    /// 01:00 would send reports at an hour the person did not choose.
    pub fn from_minutes(start: u32, end: u32) -> Result<TimeWindow, super::SyncError> {
        let time = |m: u32| {
            (m < MINUTES_PER_DAY)
                .then(|| NaiveTime::from_num_seconds_from_midnight_opt(m * 60, 0))
                .flatten()
        };
        match (time(start), time(end)) {
            (Some(start), Some(end)) => Ok(TimeWindow { start, end }),
            _ => Err(super::SyncError::InvalidSetting("time window")),
        }
    }

    fn contains(&self, t: NaiveTime) -> bool {
        if self.start <= self.end {
            t >= self.start && t < self.end
        } else {
            t >= self.start || t < self.end
        }
    }
}

/// The user's rules. The defaults are cautious: Wi-Fi that has been validated,
/// not metered, not roaming.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendPolicy {
    /// Only send when the user presses "send".
    pub manual_only: bool,
    pub allow_wifi: bool,
    pub allow_cellular: bool,
    pub allow_metered: bool,
    pub allow_roaming: bool,
    pub require_vpn: bool,
    /// Only on networks the user marked as trusted.
    pub trusted_networks_only: bool,
    pub trusted_networks: TrustedNetworks,
    /// Empty = any time of day.
    pub windows: Vec<TimeWindow>,
    pub require_charging: bool,
}

impl Default for SendPolicy {
    fn default() -> Self {
        SendPolicy {
            manual_only: false,
            allow_wifi: true,
            allow_cellular: false,
            allow_metered: false,
            allow_roaming: false,
            require_vpn: false,
            trusted_networks_only: false,
            trusted_networks: TrustedNetworks::new(crate::random::array()),
            windows: Vec::new(),
            require_charging: false,
        }
    }
}

/// Why sending is not allowed now. Each has a localized message in the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum DenyReason {
    WaitingForUser,
    NoNetwork,
    CaptivePortal,
    NotValidated,
    TransportNotAllowed,
    Metered,
    Roaming,
    VpnRequired,
    UntrustedNetwork,
    OutsideTimeWindow,
    NotCharging,
}

impl DenyReason {
    /// The Fluent message id (`sync-held-…`, in `sync.ftl`): a calm line
    /// such as "Waiting for Wi-Fi".
    pub fn message_id(&self) -> &'static str {
        match self {
            DenyReason::WaitingForUser => ids::SYNC_HELD_WAITING_FOR_USER,
            DenyReason::NoNetwork => ids::SYNC_HELD_NO_NETWORK,
            DenyReason::CaptivePortal => ids::SYNC_HELD_CAPTIVE_PORTAL,
            DenyReason::NotValidated => ids::SYNC_HELD_NOT_VALIDATED,
            DenyReason::TransportNotAllowed => ids::SYNC_HELD_TRANSPORT,
            DenyReason::Metered => ids::SYNC_HELD_METERED,
            DenyReason::Roaming => ids::SYNC_HELD_ROAMING,
            DenyReason::VpnRequired => ids::SYNC_HELD_VPN,
            DenyReason::UntrustedNetwork => ids::SYNC_HELD_UNTRUSTED_NETWORK,
            DenyReason::OutsideTimeWindow => ids::SYNC_HELD_TIME_WINDOW,
            DenyReason::NotCharging => ids::SYNC_HELD_NOT_CHARGING,
        }
    }

    pub fn user_message(&self, loc: &crate::i18n::Localizer) -> String {
        loc.text(self.message_id(), &[])
    }
}

/// The policy's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendDecision {
    Allow,
    Deny {
        reason: DenyReason,
        /// When the facts may have changed enough to ask again. `None` means
        /// "only when something happens" (the user presses send, the network
        /// changes); the shell also re-asks on every network change.
        next_check: Option<DateTime<Utc>>,
    },
}

/// How long to wait before re-checking conditions that change by themselves
/// (networks come and go, phones get plugged in).
const RECHECK: i64 = 15;

impl SendPolicy {
    /// Decides for `now`, with `now_local` giving the phone's time zone for
    /// time windows. Rules are checked from the most to the least protective,
    /// and the first that fails is the reason.
    pub fn decide<Tz: TimeZone>(&self, facts: &SendFacts, now: DateTime<Tz>) -> SendDecision {
        let now_utc = now.with_timezone(&Utc);
        let soon = Some(now_utc + Duration::minutes(RECHECK));
        let deny = |reason, next_check| SendDecision::Deny { reason, next_check };
        let net = &facts.network;

        if self.manual_only && !facts.user_requested {
            return deny(DenyReason::WaitingForUser, None);
        }
        if net.transport == Transport::None {
            return deny(DenyReason::NoNetwork, None);
        }
        if net.captive_portal {
            return deny(DenyReason::CaptivePortal, None);
        }
        if !net.validated {
            return deny(DenyReason::NotValidated, soon);
        }
        let transport_ok = match net.transport {
            Transport::Wifi | Transport::Ethernet => self.allow_wifi,
            Transport::Cellular => self.allow_cellular,
            Transport::Other => self.allow_wifi && self.allow_cellular,
            Transport::None => false,
        };
        if !transport_ok {
            return deny(DenyReason::TransportNotAllowed, None);
        }
        if net.metered && !self.allow_metered {
            return deny(DenyReason::Metered, None);
        }
        if net.roaming && !self.allow_roaming {
            return deny(DenyReason::Roaming, None);
        }
        if self.require_vpn && !net.vpn {
            return deny(DenyReason::VpnRequired, None);
        }
        if self.trusted_networks_only
            && !net
                .network_identity
                .as_deref()
                .is_some_and(|id| self.trusted_networks.contains(id))
        {
            return deny(DenyReason::UntrustedNetwork, None);
        }
        if let Some(next) = self.next_window_start(&now) {
            return deny(DenyReason::OutsideTimeWindow, Some(next));
        }
        if self.require_charging && !facts.charging {
            return deny(DenyReason::NotCharging, soon);
        }
        SendDecision::Allow
    }

    /// `None` when `now` is inside a window (or there are none); otherwise the
    /// start of the next window, in UTC.
    fn next_window_start<Tz: TimeZone>(&self, now: &DateTime<Tz>) -> Option<DateTime<Utc>> {
        if self.windows.is_empty() {
            return None;
        }
        let local = now.naive_local();
        if self.windows.iter().any(|w| w.contains(local.time())) {
            return None;
        }
        // The earliest window start after now, today or tomorrow (there is
        // always one tomorrow). A start that falls into a daylight-saving gap
        // does not exist locally: check again an hour later.
        let next = (0..=1)
            .flat_map(|day| {
                let date = local.date() + Duration::days(day);
                self.windows.iter().map(move |w| date.and_time(w.start))
            })
            .filter(|start| *start > local)
            .min()?;
        let now_utc = now.with_timezone(&Utc);
        Some(
            now.timezone()
                .from_local_datetime(&next)
                .earliest()
                .map(|t| t.with_timezone(&Utc))
                .unwrap_or(now_utc + Duration::hours(1)),
        )
    }
}

/// Salted fingerprints of the networks the user trusts.
#[derive(Clone, PartialEq, Eq)]
pub struct TrustedNetworks {
    salt: [u8; 32],
    fingerprints: Vec<[u8; 32]>,
}

impl std::fmt::Debug for TrustedNetworks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TrustedNetworks({} networks)", self.fingerprints.len())
    }
}

impl TrustedNetworks {
    /// `salt` is random per vault, so the same network has different
    /// fingerprints on different phones.
    pub fn new(salt: [u8; 32]) -> Self {
        TrustedNetworks {
            salt,
            fingerprints: Vec::new(),
        }
    }

    pub fn with_fingerprints(salt: [u8; 32], fingerprints: Vec<[u8; 32]>) -> Self {
        TrustedNetworks { salt, fingerprints }
    }

    fn fingerprint(&self, identity: &str) -> [u8; 32] {
        let key = hmac::Key::new(hmac::HMAC_SHA256, &self.salt);
        let tag = hmac::sign(&key, identity.as_bytes());
        let mut out = [0u8; 32];
        out.copy_from_slice(tag.as_ref());
        out
    }

    pub fn trust(&mut self, identity: &str) {
        let fp = self.fingerprint(identity);
        if !self.fingerprints.contains(&fp) {
            self.fingerprints.push(fp);
        }
    }

    pub fn forget(&mut self, identity: &str) {
        let fp = self.fingerprint(identity);
        self.fingerprints.retain(|f| *f != fp);
    }

    pub fn contains(&self, identity: &str) -> bool {
        self.fingerprints.contains(&self.fingerprint(identity))
    }

    /// What is stored: the salt and the fingerprints, never the identities.
    pub fn salt(&self) -> &[u8; 32] {
        &self.salt
    }

    pub fn fingerprints(&self) -> &[[u8; 32]] {
        &self.fingerprints
    }
}
