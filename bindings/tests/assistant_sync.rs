//! The assistant and the sync through the bindings, from Rust: typed
//! errors with the core's localized messages, quick exit, conversations in
//! the vault, the sync engine asking the app's monitor first, settings that
//! keep trusted networks as fingerprints. The round trip to a real inbox
//! runs in every foreign language (tests/bindings/).

use std::sync::Arc;

use waymark::*;

mod common;

use common::{facts, vault, Monitor, GLOBALS};

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

/// A background scheduler gets the core's hint and decides nothing itself
/// (`SyncRun.kt` and `SyncRun.swift` only translate it).
#[test]
fn a_background_run_answers_with_the_cores_scheduling_hint() {
    let _g = GLOBALS.lock().unwrap_or_else(|e| e.into_inner());
    let (_dir, vault) = vault();
    let run = |facts: Option<NetworkFacts>| {
        vault
            .sync_engine(Arc::new(Monitor(facts)))
            .run_in_background(0)
            .unwrap()
    };
    let hint = |verdict, held_for| NextRun {
        verdict,
        run_again_after_seconds: None,
        held_for,
    };
    assert_eq!(run(None), hint(RunVerdict::Retry, None));
    assert_eq!(
        run(Some(facts(Transport::None))),
        hint(RunVerdict::NotNow, Some(DenyReason::NoNetwork))
    );
    // Default rules refuse cellular: the app waits for an unmetered network.
    assert_eq!(
        run(Some(facts(Transport::Cellular))),
        hint(RunVerdict::NotNow, Some(DenyReason::TransportNotAllowed))
    );
    assert_eq!(
        run(Some(facts(Transport::Wifi))),
        hint(RunVerdict::Done, None)
    );
    // The run is the engine's last report, as after `sync_once`.
    let wifi = vault.sync_engine(Arc::new(Monitor(Some(facts(Transport::Wifi)))));
    let last = wifi.status().unwrap().last_report.unwrap();
    assert_eq!(last.outcome, SyncOutcome::Idle);
    vault.lock().unwrap();
    assert_eq!(
        wifi.run_in_background(0).unwrap(),
        hint(RunVerdict::VaultLocked, None)
    );
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
        engine.set_settings(s.clone()),
        Err(SyncError::InvalidInput { .. })
    ));
    // A window minute past the day is refused, not wrapped (1,500 would
    // have become 01:00, an hour the person did not choose).
    s.transport.socks_proxy = None;
    for (start_minute, end_minute) in [(22 * 60, 1500), (1440, 6 * 60)] {
        s.rules.windows = vec![SendWindow {
            start_minute,
            end_minute,
        }];
        assert!(matches!(
            engine.set_settings(s.clone()),
            Err(SyncError::InvalidInput { .. })
        ));
    }
    let stored = engine.settings().unwrap().rules.windows;
    assert_eq!(stored[0].end_minute, 6 * 60, "the last good window stays");
}

/// `decide_send` refuses rules with a window minute past the day too.
#[test]
fn a_send_decision_refuses_a_window_past_the_day() {
    let mut rules = default_send_rules();
    rules.windows = vec![SendWindow {
        start_minute: 0,
        end_minute: 24 * 60,
    }];
    assert!(matches!(
        decide_send(
            rules,
            Arc::new(Monitor(Some(facts(Transport::Wifi)))),
            true,
            0
        ),
        Err(SyncError::InvalidInput { .. })
    ));
}

/// A directory entry signed by a new NGO key: (the key's hex, the JSON
/// served at /v1/directory).
fn signed_directory() -> (String, String) {
    use waymark_core::content::SigningKey;
    use waymark_core::envelope::NgoPrivateKey;
    use waymark_core::sync::wire::{self, DirectoryEntry, SignedDirectory};
    let key = SigningKey::from_pkcs8(&SigningKey::generate_pkcs8().unwrap()).unwrap();
    let entry = DirectoryEntry {
        format: wire::DIRECTORY_FORMAT,
        version: 1,
        issued: "2026-01-01".into(),
        ngo_id: "org.example.qr".into(),
        name: "NGO from a QR code".into(),
        endpoints: vec!["http://127.0.0.1:9".into()],
        hpke_public_key: waymark_core::hex::encode(&NgoPrivateKey::generate().public_key().bytes),
        receipt_key: key.public_key().to_hex(),
        tls_spki_sha256: Vec::new(),
        max_envelope_len: wire::MAX_ENVELOPE_LEN as u32,
        accepts_dummy: true,
        expires: "2099-12-31".into(),
    };
    let signed = SignedDirectory::sign(entry, &key).unwrap();
    (
        key.public_key().to_hex(),
        serde_json::to_string(&signed).unwrap(),
    )
}

/// A directory entry that came by QR code or content pack, not the network:
/// verified against the trusted key, stored, and then enough to queue.
#[test]
fn a_signed_directory_from_a_qr_code_is_verified_and_stored() {
    let (_dir, vault) = vault();
    let ngos = vault.ngos();
    let (signing_key, signed_json) = signed_directory();
    let key_id = ngos.trust(signing_key, "NGO".into()).unwrap();
    let stored = ngos
        .store_directory(key_id.clone(), signed_json.clone())
        .unwrap();
    assert_eq!(stored.ngo_id, "org.example.qr");
    assert_eq!(stored.endpoints, vec!["http://127.0.0.1:9".to_owned()]);
    assert_eq!(ngos.get(key_id.clone()).unwrap().directory, Some(stored));
    // One byte of the signed entry changed: refused, the stored one kept.
    let tampered = signed_json.replace("NGO from a QR code", "NGO from a QR c0de");
    assert!(ngos.store_directory(key_id.clone(), tampered).is_err());
    assert_eq!(
        ngos.get(key_id.clone()).unwrap().directory.unwrap().name,
        "NGO from a QR code"
    );
    let queued = vault
        .outbox()
        .queue_text(key_id, ReportKind::FreeText, "en".into(), "hi".into())
        .unwrap();
    assert_eq!(
        vault.outbox().list().unwrap()[0].report_id,
        queued.report_id
    );
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
    // Well-formed, but signed by a key this vault does not trust.
    let (_, signed_json) = signed_directory();
    assert!(ngos.store_directory(key_id.clone(), signed_json).is_err());
    assert!(ngos.get(key_id.clone()).unwrap().directory.is_none());
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
