//! Network facts from the app and the safe-to-send decision.
//!
//! The app reports what only the OS can see (ConnectivityManager,
//! NWPathMonitor) through [`NetworkMonitor`]; the user's rules are
//! [`SendRules`]; the core decides ([`decide_send`]). The sync entry point
//! ([`crate::SyncEngine::sync_once`]) asks the same monitor, through the
//! same code, at the start of every run.

use std::sync::Arc;
use std::time::SystemTime;

use chrono::{DateTime, FixedOffset, NaiveTime, Utc};
use waymark_core::sync::{
    DenyReason as CoreDeny, NetworkFacts as CoreNetworkFacts, SendDecision as CoreDecision,
    SendFacts, SendPolicy, TimeWindow as CoreWindow, Transport as CoreTransport,
};

use crate::errors::{PlatformError, SyncError};
use crate::log::{emit, LogLevel};

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum Transport {
    None,
    Wifi,
    Cellular,
    Ethernet,
    Other,
}

/// What the OS says about the current network, and whether the phone is
/// charging.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct NetworkFacts {
    pub transport: Transport,
    /// Internet access validated by the system (no captive portal).
    pub validated: bool,
    pub captive_portal: bool,
    pub metered: bool,
    pub roaming: bool,
    pub vpn: bool,
    pub charging: bool,
    /// Wi-Fi SSID or similar, only to compare with trusted networks; never
    /// stored or logged. `None` when the app cannot or should not read it.
    pub network_identity: Option<String>,
}

/// Implemented by the app. Called from Rust threads (background sync) as
/// well as the caller's; must be thread-safe and quick (return the last
/// known state, do not wait for a change).
#[uniffi::export(with_foreign)]
pub trait NetworkMonitor: Send + Sync {
    fn current_facts(&self) -> Result<NetworkFacts, PlatformError>;
}

/// A daily window in the phone's local time, minutes after midnight;
/// `end` before `start` runs past midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct SendWindow {
    pub start_minute: u32,
    pub end_minute: u32,
}

/// The user's rules for when reports may leave the phone.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SendRules {
    pub manual_only: bool,
    pub allow_wifi: bool,
    pub allow_cellular: bool,
    pub allow_metered: bool,
    pub allow_roaming: bool,
    pub require_vpn: bool,
    pub require_charging: bool,
    /// Empty: any time of day.
    pub windows: Vec<SendWindow>,
}

/// The cautious defaults: validated Wi-Fi, not metered, not roaming.
#[waymark_ffi_macros::export]
pub fn default_send_rules() -> SendRules {
    rules_of(&SendPolicy::default())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
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

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum SendDecision {
    Allow,
    /// `next_check`: when to ask again; `None` = on the next network change
    /// or user action.
    Deny {
        reason: DenyReason,
        next_check: Option<SystemTime>,
    },
}

fn transport(t: Transport) -> CoreTransport {
    match t {
        Transport::None => CoreTransport::None,
        Transport::Wifi => CoreTransport::Wifi,
        Transport::Cellular => CoreTransport::Cellular,
        Transport::Ethernet => CoreTransport::Ethernet,
        Transport::Other => CoreTransport::Other,
    }
}

pub(crate) fn deny_reason(r: CoreDeny) -> DenyReason {
    use CoreDeny as D;
    match r {
        D::WaitingForUser => DenyReason::WaitingForUser,
        D::NoNetwork => DenyReason::NoNetwork,
        D::CaptivePortal => DenyReason::CaptivePortal,
        D::NotValidated => DenyReason::NotValidated,
        D::TransportNotAllowed => DenyReason::TransportNotAllowed,
        D::Metered => DenyReason::Metered,
        D::Roaming => DenyReason::Roaming,
        D::VpnRequired => DenyReason::VpnRequired,
        D::UntrustedNetwork => DenyReason::UntrustedNetwork,
        D::OutsideTimeWindow => DenyReason::OutsideTimeWindow,
        D::NotCharging => DenyReason::NotCharging,
    }
}

/// The user's rules over `base` (which keeps what rules do not carry:
/// trusted networks). A window minute past the day is refused by the core
/// (`TimeWindow::from_minutes`), never wrapped.
pub(crate) fn apply_rules(rules: &SendRules, base: SendPolicy) -> Result<SendPolicy, SyncError> {
    let windows = rules
        .windows
        .iter()
        .map(|w| CoreWindow::from_minutes(w.start_minute, w.end_minute))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(SendPolicy {
        manual_only: rules.manual_only,
        allow_wifi: rules.allow_wifi,
        allow_cellular: rules.allow_cellular,
        allow_metered: rules.allow_metered,
        allow_roaming: rules.allow_roaming,
        require_vpn: rules.require_vpn,
        require_charging: rules.require_charging,
        windows,
        ..base
    })
}

/// The rules a stored policy holds.
pub(crate) fn rules_of(p: &SendPolicy) -> SendRules {
    use chrono::Timelike;
    let m = |t: NaiveTime| t.hour() * 60 + t.minute();
    SendRules {
        manual_only: p.manual_only,
        allow_wifi: p.allow_wifi,
        allow_cellular: p.allow_cellular,
        allow_metered: p.allow_metered,
        allow_roaming: p.allow_roaming,
        require_vpn: p.require_vpn,
        require_charging: p.require_charging,
        windows: p
            .windows
            .iter()
            .map(|w| SendWindow {
                start_minute: m(w.start),
                end_minute: m(w.end),
            })
            .collect(),
    }
}

/// Asks the app's monitor (on this thread) and gathers what the policy
/// reads. A failing monitor means "no": nothing is sent on facts we could
/// not read.
pub(crate) fn send_facts(
    monitor: &dyn NetworkMonitor,
    user_requested: bool,
) -> Result<SendFacts, SyncError> {
    let facts = monitor.current_facts().map_err(|_| {
        emit(LogLevel::Warn, "sync", "network-facts-unavailable");
        SyncError::network_facts_unavailable()
    })?;
    Ok(SendFacts {
        network: CoreNetworkFacts {
            transport: transport(facts.transport),
            validated: facts.validated,
            captive_portal: facts.captive_portal,
            metered: facts.metered,
            roaming: facts.roaming,
            vpn: facts.vpn,
            network_identity: facts.network_identity,
        },
        charging: facts.charging,
        user_requested,
    })
}

/// Now, in the phone's current UTC offset (for the policy's time windows).
pub(crate) fn local_now(utc_offset_minutes: i32) -> DateTime<FixedOffset> {
    let offset = FixedOffset::east_opt(utc_offset_minutes.clamp(-18 * 60, 18 * 60) * 60)
        .unwrap_or_else(|| FixedOffset::east_opt(0).expect("zero offset"));
    Utc::now().with_timezone(&offset)
}

fn policy(rules: &SendRules) -> Result<SendPolicy, SyncError> {
    apply_rules(rules, SendPolicy::default())
}

/// May a report leave the phone now? Asks `monitor` for the network facts
/// (from this thread), then applies `rules`. `utc_offset_minutes` is the
/// phone's current offset, for the time windows. A failing monitor means
/// "no": nothing is sent on facts we could not read.
#[waymark_ffi_macros::export]
pub fn decide_send(
    rules: SendRules,
    monitor: Arc<dyn NetworkMonitor>,
    user_requested: bool,
    utc_offset_minutes: i32,
) -> Result<SendDecision, SyncError> {
    let facts = send_facts(&*monitor, user_requested)?;
    Ok(
        match policy(&rules)?.decide(&facts, local_now(utc_offset_minutes)) {
            CoreDecision::Allow => SendDecision::Allow,
            CoreDecision::Deny { reason, next_check } => SendDecision::Deny {
                reason: deny_reason(reason),
                next_check: next_check.map(SystemTime::from),
            },
        },
    )
}
