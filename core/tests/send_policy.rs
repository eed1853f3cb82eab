//! The safe-to-send policy: every rule, the order they are checked in, time
//! windows across midnight and time zones, and trusted networks.

use chrono::{DateTime, FixedOffset, NaiveTime, TimeZone, Utc};
use waymark_core::sync::{
    DenyReason, NetworkFacts, SendDecision, SendFacts, SendPolicy, SyncError, TimeWindow,
    Transport, TrustedNetworks,
};

/// A named change to the facts, and the reason the policy must then give.
type Case = (&'static str, Box<dyn Fn(&mut SendFacts)>, DenyReason);

fn good_wifi() -> SendFacts {
    SendFacts {
        network: NetworkFacts {
            transport: Transport::Wifi,
            validated: true,
            captive_portal: false,
            metered: false,
            roaming: false,
            vpn: false,
            network_identity: Some("HomeNet".into()),
        },
        charging: false,
        user_requested: false,
    }
}

fn noon() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap()
}

fn reason(decision: SendDecision) -> Option<DenyReason> {
    match decision {
        SendDecision::Allow => None,
        SendDecision::Deny { reason, .. } => Some(reason),
    }
}

fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

#[test]
fn default_policy_allows_validated_unmetered_wifi() {
    assert_eq!(
        SendPolicy::default().decide(&good_wifi(), noon()),
        SendDecision::Allow
    );
}

#[test]
fn each_rule_denies_with_its_own_reason() {
    let policy = SendPolicy::default();
    let cases: Vec<Case> = vec![
        (
            "offline",
            Box::new(|f| f.network.transport = Transport::None),
            DenyReason::NoNetwork,
        ),
        (
            "captive",
            Box::new(|f| f.network.captive_portal = true),
            DenyReason::CaptivePortal,
        ),
        (
            "not validated",
            Box::new(|f| f.network.validated = false),
            DenyReason::NotValidated,
        ),
        (
            "cellular",
            Box::new(|f| f.network.transport = Transport::Cellular),
            DenyReason::TransportNotAllowed,
        ),
        (
            "metered",
            Box::new(|f| f.network.metered = true),
            DenyReason::Metered,
        ),
        (
            "roaming",
            Box::new(|f| f.network.roaming = true),
            DenyReason::Roaming,
        ),
    ];
    for (name, change, expected) in cases {
        let mut facts = good_wifi();
        change(&mut facts);
        assert_eq!(
            reason(policy.decide(&facts, noon())),
            Some(expected),
            "{name}"
        );
    }
}

#[test]
fn user_choices_widen_or_narrow_what_is_allowed() {
    let mut cellular = good_wifi();
    cellular.network.transport = Transport::Cellular;
    cellular.network.metered = true;
    let open = SendPolicy {
        allow_cellular: true,
        allow_metered: true,
        ..SendPolicy::default()
    };
    assert_eq!(open.decide(&cellular, noon()), SendDecision::Allow);

    let vpn = SendPolicy {
        require_vpn: true,
        ..SendPolicy::default()
    };
    assert_eq!(
        reason(vpn.decide(&good_wifi(), noon())),
        Some(DenyReason::VpnRequired)
    );
    let mut with_vpn = good_wifi();
    with_vpn.network.vpn = true;
    assert_eq!(vpn.decide(&with_vpn, noon()), SendDecision::Allow);

    let charging = SendPolicy {
        require_charging: true,
        ..SendPolicy::default()
    };
    assert_eq!(
        reason(charging.decide(&good_wifi(), noon())),
        Some(DenyReason::NotCharging)
    );
    let mut plugged = good_wifi();
    plugged.charging = true;
    assert_eq!(charging.decide(&plugged, noon()), SendDecision::Allow);
}

#[test]
fn manual_only_waits_for_the_user() {
    let manual = SendPolicy {
        manual_only: true,
        ..SendPolicy::default()
    };
    assert_eq!(
        manual.decide(&good_wifi(), noon()),
        SendDecision::Deny {
            reason: DenyReason::WaitingForUser,
            next_check: None
        }
    );
    let mut pressed = good_wifi();
    pressed.user_requested = true;
    assert_eq!(manual.decide(&pressed, noon()), SendDecision::Allow);
    // Pressing send does not bypass the network rules.
    pressed.network.captive_portal = true;
    assert_eq!(
        reason(manual.decide(&pressed, noon())),
        Some(DenyReason::CaptivePortal)
    );
}

#[test]
fn trusted_networks_are_matched_by_salted_fingerprint_only() {
    let mut trusted = TrustedNetworks::new([7; 32]);
    trusted.trust("HomeNet");
    let policy = SendPolicy {
        trusted_networks_only: true,
        trusted_networks: trusted.clone(),
        ..SendPolicy::default()
    };
    assert_eq!(policy.decide(&good_wifi(), noon()), SendDecision::Allow);

    let mut cafe = good_wifi();
    cafe.network.network_identity = Some("CafeNet".into());
    assert_eq!(
        reason(policy.decide(&cafe, noon())),
        Some(DenyReason::UntrustedNetwork)
    );
    cafe.network.network_identity = None;
    assert_eq!(
        reason(policy.decide(&cafe, noon())),
        Some(DenyReason::UntrustedNetwork)
    );

    // What would be stored holds no network name, and differs per salt.
    let stored: Vec<u8> = trusted.fingerprints().concat();
    assert!(!stored.windows(7).any(|w| w == b"HomeNet"));
    let mut other = TrustedNetworks::new([8; 32]);
    other.trust("HomeNet");
    assert_ne!(other.fingerprints(), trusted.fingerprints());
    assert!(!format!("{trusted:?}").contains("HomeNet"));

    // Restored from storage, it still recognises the network; forgetting works.
    let mut restored =
        TrustedNetworks::with_fingerprints(*trusted.salt(), trusted.fingerprints().to_vec());
    assert!(restored.contains("HomeNet"));
    restored.forget("HomeNet");
    assert!(!restored.contains("HomeNet"));
}

#[test]
fn time_windows_tell_when_to_check_again() {
    let evenings = SendPolicy {
        windows: vec![TimeWindow {
            start: t(19, 0),
            end: t(22, 30),
        }],
        ..SendPolicy::default()
    };
    assert_eq!(
        evenings.decide(&good_wifi(), noon()),
        SendDecision::Deny {
            reason: DenyReason::OutsideTimeWindow,
            next_check: Some(Utc.with_ymd_and_hms(2026, 11, 22, 19, 0, 0).unwrap()),
        }
    );
    let inside = Utc.with_ymd_and_hms(2026, 11, 22, 20, 0, 0).unwrap();
    assert_eq!(evenings.decide(&good_wifi(), inside), SendDecision::Allow);
    // The end is exclusive; after it, the next start is tomorrow.
    let after = Utc.with_ymd_and_hms(2026, 11, 22, 22, 30, 0).unwrap();
    assert_eq!(
        evenings.decide(&good_wifi(), after),
        SendDecision::Deny {
            reason: DenyReason::OutsideTimeWindow,
            next_check: Some(Utc.with_ymd_and_hms(2026, 11, 23, 19, 0, 0).unwrap()),
        }
    );
}

#[test]
fn windows_run_past_midnight_and_follow_the_local_time_zone() {
    let nights = SendPolicy {
        windows: vec![TimeWindow {
            start: t(23, 0),
            end: t(5, 0),
        }],
        ..SendPolicy::default()
    };
    let bangkok = FixedOffset::east_opt(7 * 3600).unwrap();
    // 02:00 in Bangkok is inside the night window, though it is 19:00 UTC.
    let two_am = bangkok.with_ymd_and_hms(2026, 11, 23, 2, 0, 0).unwrap();
    assert_eq!(nights.decide(&good_wifi(), two_am), SendDecision::Allow);
    // 12:00 in Bangkok: wait until 23:00 Bangkok = 16:00 UTC.
    let midday = bangkok.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap();
    assert_eq!(
        nights.decide(&good_wifi(), midday),
        SendDecision::Deny {
            reason: DenyReason::OutsideTimeWindow,
            next_check: Some(Utc.with_ymd_and_hms(2026, 11, 23, 16, 0, 0).unwrap()),
        }
    );
    // Several windows: the nearest start wins.
    let two = SendPolicy {
        windows: vec![
            TimeWindow {
                start: t(18, 0),
                end: t(19, 0),
            },
            TimeWindow {
                start: t(13, 0),
                end: t(14, 0),
            },
        ],
        ..SendPolicy::default()
    };
    match two.decide(&good_wifi(), noon()) {
        SendDecision::Deny { next_check, .. } => {
            assert_eq!(
                next_check,
                Some(Utc.with_ymd_and_hms(2026, 11, 22, 13, 0, 0).unwrap())
            )
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_recheck_comes_soon_for_conditions_that_change_by_themselves() {
    let mut facts = good_wifi();
    facts.network.validated = false;
    match SendPolicy::default().decide(&facts, noon()) {
        SendDecision::Deny {
            reason: DenyReason::NotValidated,
            next_check: Some(at),
        } => {
            assert!(at > noon() && at <= noon() + chrono::Duration::hours(1));
        }
        other => panic!("{other:?}"),
    }
}

proptest::proptest! {
    /// Over random facts and rules: an Allow always means every rule holds.
    /// (A duress unlock is not a fact the policy sees: the sync keeps such a
    /// session off the network, tests/sync_delivery.rs.)
    #[test]
    fn allow_means_every_rule_holds(
        transport in proptest::sample::select(vec![
            Transport::None, Transport::Wifi, Transport::Cellular, Transport::Ethernet, Transport::Other,
        ]),
        net in proptest::array::uniform6(proptest::bool::ANY),
        rules in proptest::array::uniform8(proptest::bool::ANY),
        charging in proptest::bool::ANY,
        pressed in proptest::bool::ANY,
        on_trusted in proptest::bool::ANY,
        hour in 0u32..24,
    ) {
        let [validated, captive, metered, roaming, vpn, _] = net;
        let facts = SendFacts {
            network: NetworkFacts {
                transport,
                validated,
                captive_portal: captive,
                metered,
                roaming,
                vpn,
                network_identity: Some(if on_trusted { "Home" } else { "Cafe" }.into()),
            },
            charging,
            user_requested: pressed,
        };
        let mut trusted = TrustedNetworks::new([9; 32]);
        trusted.trust("Home");
        let policy = SendPolicy {
            manual_only: rules[0],
            allow_wifi: rules[1],
            allow_cellular: rules[2],
            allow_metered: rules[3],
            allow_roaming: rules[4],
            require_vpn: rules[5],
            trusted_networks_only: rules[6],
            trusted_networks: trusted,
            windows: vec![TimeWindow { start: t(8, 0), end: t(20, 0) }],
            require_charging: rules[7],
        };
        let now = Utc.with_ymd_and_hms(2026, 11, 22, hour, 30, 0).unwrap();
        if policy.decide(&facts, now) == SendDecision::Allow {
            proptest::prop_assert!(!policy.manual_only || pressed);
            proptest::prop_assert!(transport != Transport::None && validated && !captive);
            let transport_allowed = match transport {
                Transport::Wifi | Transport::Ethernet => policy.allow_wifi,
                Transport::Cellular => policy.allow_cellular,
                _ => policy.allow_wifi && policy.allow_cellular,
            };
            proptest::prop_assert!(transport_allowed);
            proptest::prop_assert!(!metered || policy.allow_metered);
            proptest::prop_assert!(!roaming || policy.allow_roaming);
            proptest::prop_assert!(!policy.require_vpn || vpn);
            proptest::prop_assert!(!policy.trusted_networks_only || on_trusted);
            proptest::prop_assert!((8..20).contains(&hour));
            proptest::prop_assert!(!policy.require_charging || charging);
        }
    }
}

/// Window ends come as minutes after midnight from the phone; one past the
/// day is refused with a typed error, never wrapped to an hour nobody chose.
#[test]
fn a_window_minute_past_the_day_is_refused() {
    let w = TimeWindow::from_minutes(22 * 60, 6 * 60).unwrap();
    assert_eq!(w.start, NaiveTime::from_hms_opt(22, 0, 0).unwrap());
    assert_eq!(w.end, NaiveTime::from_hms_opt(6, 0, 0).unwrap());
    assert!(TimeWindow::from_minutes(0, 1439).is_ok());
    for (start, end) in [(0, 1440), (1500, 60), (u32::MAX, 0)] {
        assert!(matches!(
            TimeWindow::from_minutes(start, end),
            Err(SyncError::InvalidSetting("time window"))
        ));
    }
}
