//! `waymark policy show|set`: when reports may leave the device, and how.

use std::time::Duration;

use chrono::NaiveTime;
use clap::{Args, Subcommand};
use serde_json::json;
use waymark_core::sync::{SyncSettings, TimeWindow};

use crate::outbox_cmd::sync_failure;
use crate::output::{text, Failure, Output};
use crate::vault_cmd::{unlocked, DirArg};

#[derive(Subcommand)]
pub enum PolicyCommand {
    /// Show the current rules.
    Show(DirArg),
    /// Change some rules; the others stay as they are.
    Set(SetArgs),
}

#[derive(Args)]
pub struct SetArgs {
    #[command(flatten)]
    dir: DirArg,
    /// Send only when I press send (true/false).
    #[arg(long, value_name = "BOOL")]
    manual_only: Option<bool>,
    #[arg(long, value_name = "BOOL")]
    wifi: Option<bool>,
    /// Mobile data.
    #[arg(long, value_name = "BOOL")]
    cellular: Option<bool>,
    #[arg(long, value_name = "BOOL")]
    metered: Option<bool>,
    #[arg(long, value_name = "BOOL")]
    roaming: Option<bool>,
    #[arg(long, value_name = "BOOL")]
    require_vpn: Option<bool>,
    #[arg(long, value_name = "BOOL")]
    require_charging: Option<bool>,
    /// Only on networks marked with --trust-network.
    #[arg(long, value_name = "BOOL")]
    trusted_only: Option<bool>,
    /// Mark a network (e.g. a Wi-Fi name) as trusted; only a salted
    /// fingerprint is stored.
    #[arg(long, value_name = "NAME")]
    trust_network: Vec<String>,
    /// Allowed time of day, HH:MM-HH:MM (repeat for several; may cross midnight).
    #[arg(long, value_name = "HH:MM-HH:MM")]
    window: Vec<String>,
    /// Remove all time windows (send at any time).
    #[arg(long, conflicts_with = "window")]
    any_time: bool,
    /// Random delay before sending, in seconds.
    #[arg(long, value_name = "SECS")]
    delay_min: Option<u64>,
    #[arg(long, value_name = "SECS")]
    delay_max: Option<u64>,
    /// Send same-size dummy envelopes when there is nothing to send.
    #[arg(long, value_name = "BOOL")]
    dummy: Option<bool>,
    /// SOCKS5h proxy (Tor/Orbot), e.g. socks5h://127.0.0.1:9050.
    #[arg(long, value_name = "URL", conflicts_with = "no_proxy")]
    socks: Option<String>,
    #[arg(long)]
    no_proxy: bool,
}

fn yes_no(b: bool) -> String {
    text(if b { "cli-yes" } else { "cli-no" }, &[])
}

fn window(spec: &str) -> Result<TimeWindow, Failure> {
    let bad = || Failure::localized("invalid_window", "cli-policy-bad-window");
    let (a, b) = spec.split_once('-').ok_or_else(bad)?;
    let t = |s: &str| NaiveTime::parse_from_str(s.trim(), "%H:%M").map_err(|_| bad());
    Ok(TimeWindow {
        start: t(a)?,
        end: t(b)?,
    })
}

fn show(s: &SyncSettings) -> String {
    let p = &s.policy;
    let windows = if p.windows.is_empty() {
        text("cli-policy-any-time", &[])
    } else {
        p.windows
            .iter()
            .map(|w| format!("{}–{}", w.start.format("%H:%M"), w.end.format("%H:%M")))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let proxy = s
        .transport
        .socks_proxy
        .clone()
        .unwrap_or_else(|| text("cli-policy-no-proxy", &[]));
    text(
        "cli-policy-show",
        &[
            ("manual", yes_no(p.manual_only).into()),
            ("wifi", yes_no(p.allow_wifi).into()),
            ("cellular", yes_no(p.allow_cellular).into()),
            ("metered", yes_no(p.allow_metered).into()),
            ("roaming", yes_no(p.allow_roaming).into()),
            ("vpn", yes_no(p.require_vpn).into()),
            ("trusted", yes_no(p.trusted_networks_only).into()),
            (
                "trusted_count",
                p.trusted_networks.fingerprints().len().to_string().into(),
            ),
            ("windows", windows.into()),
            ("charging", yes_no(p.require_charging).into()),
            ("delay_min", s.delay_min.as_secs().to_string().into()),
            ("delay_max", s.delay_max.as_secs().to_string().into()),
            ("dummy", yes_no(s.dummy_sends).into()),
            ("proxy", proxy.into()),
        ],
    )
}

fn as_json(s: &SyncSettings) -> serde_json::Value {
    let p = &s.policy;
    json!({
        "manual_only": p.manual_only,
        "allow_wifi": p.allow_wifi,
        "allow_cellular": p.allow_cellular,
        "allow_metered": p.allow_metered,
        "allow_roaming": p.allow_roaming,
        "require_vpn": p.require_vpn,
        "require_charging": p.require_charging,
        "trusted_networks_only": p.trusted_networks_only,
        "trusted_networks": p.trusted_networks.fingerprints().len(),
        "windows": p.windows.iter().map(|w| format!("{}-{}", w.start.format("%H:%M"), w.end.format("%H:%M"))).collect::<Vec<_>>(),
        "delay_min_secs": s.delay_min.as_secs(),
        "delay_max_secs": s.delay_max.as_secs(),
        "dummy_sends": s.dummy_sends,
        "socks_proxy": s.transport.socks_proxy,
    })
}

pub fn run(cmd: PolicyCommand, out: &Output) -> Result<(), Failure> {
    match cmd {
        PolicyCommand::Show(dir) => {
            let vault = unlocked(&dir.dir)?;
            let settings = SyncSettings::load(&vault).map_err(sync_failure)?;
            out.done(&show(&settings), as_json(&settings));
        }
        PolicyCommand::Set(a) => {
            let windows = a
                .window
                .iter()
                .map(|w| window(w))
                .collect::<Result<Vec<_>, _>>()?;
            let vault = unlocked(&a.dir.dir)?;
            let mut s = SyncSettings::load(&vault).map_err(sync_failure)?;
            let p = &mut s.policy;
            let set = |field: &mut bool, v: Option<bool>| {
                if let Some(v) = v {
                    *field = v;
                }
            };
            set(&mut p.manual_only, a.manual_only);
            set(&mut p.allow_wifi, a.wifi);
            set(&mut p.allow_cellular, a.cellular);
            set(&mut p.allow_metered, a.metered);
            set(&mut p.allow_roaming, a.roaming);
            set(&mut p.require_vpn, a.require_vpn);
            set(&mut p.require_charging, a.require_charging);
            set(&mut p.trusted_networks_only, a.trusted_only);
            for name in &a.trust_network {
                p.trusted_networks.trust(name);
            }
            if a.any_time {
                p.windows.clear();
            } else if !windows.is_empty() {
                p.windows = windows;
            }
            set(&mut s.dummy_sends, a.dummy);
            if let Some(secs) = a.delay_min {
                s.delay_min = Duration::from_secs(secs);
            }
            if let Some(secs) = a.delay_max {
                s.delay_max = Duration::from_secs(secs);
            }
            if a.no_proxy {
                s.transport.socks_proxy = None;
            } else if a.socks.is_some() {
                s.transport.socks_proxy = a.socks;
            }
            s.save(&vault).map_err(sync_failure)?;
            out.done(
                &format!("{}\n{}", text("cli-policy-saved", &[]), show(&s)),
                as_json(&s),
            );
        }
    }
    Ok(())
}
