//! The assistant and the sync through the bindings, from Rust: typed
//! errors with the core's localized messages, quick exit, conversations in
//! the vault, the sync engine asking the app's monitor first, settings that
//! keep trusted networks as fingerprints. The round trip to a real inbox
//! runs in every foreign language (tests/bindings/).

use std::sync::{Arc, Mutex};

use waymark::*;

/// Error locale is process-wide: tests that set it take turns.
static GLOBALS: Mutex<()> = Mutex::new(());

fn vault() -> (tempfile::TempDir, Arc<Vault>) {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::new(
        dir.path().join("v").display().to_string(),
        software_key_store(None),
    );
    let fast = KdfParams {
        memory_kib: 8,
        iterations: 1,
        lanes: 1,
    };
    vault
        .create(
            "right".into(),
            VaultOptions {
                kdf: fast,
                wipe_after: None,
            },
        )
        .unwrap();
    (dir, vault)
}

struct Monitor(Option<NetworkFacts>);

impl NetworkMonitor for Monitor {
    fn current_facts(&self) -> Result<NetworkFacts, PlatformError> {
        self.0.clone().ok_or(PlatformError::Unavailable)
    }
}

fn facts(transport: Transport) -> NetworkFacts {
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

#[test]
fn a_danger_phrase_in_ukrainian_reaches_urgent_help_and_quick_exit_ends_it() {
    let _g = GLOBALS.lock().unwrap_or_else(|e| e.into_inner());
    let assistant = Assistant::builtin("uk-UA".into()).unwrap();
    let c = assistant.start("uk-UA".into(), Some("ua".into())).unwrap();
    let home = c.current().unwrap();
    assert_eq!(home.locale, "uk");
    assert_eq!(home.waiting_for, WaitingFor::Choice);
    assert!(!home.quick_replies.is_empty(), "the home menu");
    let t = c.say("у них мій паспорт, допоможіть".into()).unwrap();
    assert_eq!(
        (t.flow.as_deref(), t.node.as_deref()),
        (Some("urgent"), Some("in_danger"))
    );
    let t = c.choose(0).unwrap();
    let cards = t
        .effects
        .iter()
        .find_map(|e| match e {
            AssistantEffect::ShowHelplines { helplines } => Some(helplines.clone()),
            _ => None,
        })
        .expect("helplines shown");
    assert!(cards.iter().any(|h| h.country == "UA"), "{cards:?}");
    // Out of range: a typed error, in Ukrainian, not a crash.
    set_error_locale(vec!["uk".into()]);
    let err = c.choose(99).unwrap_err();
    set_error_locale(vec!["en".into()]);
    let AssistantError::NoSuchChoice { user_message } = &err else {
        panic!("{err:?}")
    };
    assert!(!user_message.contains("assistant-error") && !user_message.is_empty());
    let t = c.quick_exit().unwrap();
    assert_eq!(t.waiting_for, WaitingFor::Nothing);
    assert!(t.messages.is_empty() && t.quick_replies.is_empty());
    assert_eq!(t.effects, vec![AssistantEffect::QuickExit]);
    assert!(matches!(c.current(), Err(AssistantError::Ended { .. })));
    // No vault: nothing saved, nothing to resume.
    assert!(assistant.conversations().unwrap().is_empty());
    assert!(matches!(
        assistant.resume("x".into()),
        Err(AssistantError::NotFound { .. })
    ));
}

#[test]
fn vault_conversations_are_saved_resumed_and_gone_after_quick_exit() {
    let (_dir, vault) = vault();
    let assistant = vault.assistant().unwrap();
    assert!(assistant.locales().len() >= 16);
    let c = assistant.start("fr".into(), None).unwrap();
    let t = c.urgent().unwrap();
    assert_eq!(t.node.as_deref(), Some("in_danger"));
    let id = c.id().unwrap();
    let listed = assistant.conversations().unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].id, id);
    let again = assistant.resume(id.clone()).unwrap();
    assert_eq!(again.current().unwrap().node.as_deref(), Some("in_danger"));
    // The flow's own "leave the app" choice is a quick exit too.
    let t = again.choose(2).unwrap();
    assert_eq!(t.effects, vec![AssistantEffect::QuickExit]);
    assert!(assistant.conversations().unwrap().is_empty());
    vault.lock().unwrap();
    assert!(matches!(
        assistant.conversations(),
        Err(AssistantError::Locked { .. })
    ));
}

#[test]
fn sync_asks_the_monitor_first_and_reports_why_it_held() {
    let _g = GLOBALS.lock().unwrap_or_else(|e| e.into_inner());
    let (_dir, vault) = vault();
    let dead = vault.sync_engine(Arc::new(Monitor(None)));
    assert!(matches!(
        dead.sync_once(false, 0),
        Err(SyncError::NetworkFactsUnavailable { .. })
    ));
    let offline = vault.sync_engine(Arc::new(Monitor(Some(facts(Transport::None)))));
    let r = offline.sync_once(false, 0).unwrap();
    assert_eq!(
        r.outcome,
        SyncOutcome::Held {
            reason: DenyReason::NoNetwork
        }
    );
    assert_eq!((r.sent, r.bytes_up), (0, 0));
    // Engines of one vault share their status.
    let wifi = vault.sync_engine(Arc::new(Monitor(Some(facts(Transport::Wifi)))));
    let status = wifi.status().unwrap();
    assert!(!status.running);
    assert_eq!(status.last_report, Some(r));
    assert_eq!(wifi.sync_once(false, 0).unwrap().outcome, SyncOutcome::Idle);
    assert!(send_hold_message(DenyReason::NoNetwork).len() > 5);
    assert!(sync_failure_message(FailureKind::PinMismatch).len() > 5);
    vault.lock().unwrap();
    assert!(matches!(
        wifi.sync_once(true, 0),
        Err(SyncError::Locked { .. })
    ));
}

#[test]
fn settings_round_trip_and_trusted_networks_stay_fingerprints() {
    let (_dir, vault) = vault();
    let engine = vault.sync_engine(Arc::new(Monitor(None)));
    let mut s = engine.settings().unwrap();
    assert!(
        s.rules.allow_wifi && !s.rules.allow_cellular,
        "cautious defaults"
    );
    s.delay_min_seconds = 0;
    s.delay_max_seconds = 5;
    s.rules.windows = vec![SendWindow {
        start_minute: 22 * 60,
        end_minute: 6 * 60,
    }];
    s.transport.socks_proxy = Some("socks5h://127.0.0.1:9050".into());
    engine.set_settings(s.clone()).unwrap();
    assert_eq!(engine.settings().unwrap(), s);
    engine.trust_network("Home Wi-Fi".into()).unwrap();
    engine.trust_network("Home Wi-Fi".into()).unwrap();
    assert_eq!(engine.settings().unwrap().trusted_network_count, 1);
    // Saving other settings keeps the trusted networks.
    engine.set_settings(s.clone()).unwrap();
    assert_eq!(engine.settings().unwrap().trusted_network_count, 1);
    engine.forget_network("Home Wi-Fi".into()).unwrap();
    assert_eq!(engine.settings().unwrap().trusted_network_count, 0);
    s.delay_min_seconds = 10;
    s.delay_max_seconds = 1;
    assert!(matches!(
        engine.set_settings(s.clone()),
        Err(SyncError::InvalidInput { .. })
    ));
    s.delay_min_seconds = 0;
    s.transport.socks_proxy = Some("socks5://leaks-names".into());
    assert!(matches!(
        engine.set_settings(s),
        Err(SyncError::InvalidInput { .. })
    ));
}

#[test]
fn outbox_and_ngo_errors_are_typed() {
    let (_dir, vault) = vault();
    let ngos = vault.ngos();
    assert!(matches!(
        ngos.trust("not hex".into(), "NGO".into()),
        Err(SyncError::InvalidInput { .. })
    ));
    let key_id = ngos.trust("11".repeat(32), "NGO".into()).unwrap();
    assert_eq!(ngos.list().unwrap().len(), 1);
    assert!(ngos.get(key_id.clone()).unwrap().directory.is_none());
    assert!(matches!(
        ngos.store_directory(key_id.clone(), "{ not json".into()),
        Err(SyncError::BadAnswer { .. })
    ));
    let outbox = vault.outbox();
    assert!(matches!(
        outbox.queue_text(
            key_id.clone(),
            ReportKind::FreeText,
            "en".into(),
            "hi".into()
        ),
        Err(SyncError::NoDirectory { .. })
    ));
    assert!(matches!(
        outbox.queue_text(
            "nobody".into(),
            ReportKind::FreeText,
            "en".into(),
            "hi".into()
        ),
        Err(SyncError::UnknownNgo { .. })
    ));
    assert!(matches!(
        outbox.receipt_code("00".repeat(16)),
        Err(SyncError::UnknownReport { .. })
    ));
    assert_eq!(
        outbox.counts().unwrap(),
        OutboxCounts { queued: 0, sent: 0 }
    );
    assert!(vault.replies().list().unwrap().is_empty());
}

#[test]
fn questionnaire_errors_use_the_cores_sentences() {
    let _g = GLOBALS.lock().unwrap_or_else(|e| e.into_inner());
    let src = "id = \"t\"\ntitle = \"t-t\"\n[[questions]]\nname = \"who\"\ntype = \"text\"\nlabel = \"t-a\"\nrequired = true\n";
    let q = Questionnaire::parse("t.toml".into(), src.into()).unwrap();
    let s = QuestionnaireSession::start_unsaved(q, InterviewMode::SelfCheck).unwrap();
    let err = s.next().unwrap_err();
    let QuestionnaireError::Required {
        question,
        user_message,
    } = err
    else {
        panic!("{err:?}")
    };
    assert_eq!(question, "who");
    // The core's message, naming the question (an author's identifier).
    assert!(user_message.contains("who"), "{user_message}");
}
