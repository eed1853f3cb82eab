//! The FFI boundary's own rules, checked from Rust: panics become typed
//! errors, errors are localized and free of personal data, the key store
//! self-test catches broken stores. The foreign-language tests
//! (tests/bindings/) run the same library from Kotlin, Python and Swift.

use std::sync::{Arc, Mutex};

use waymark::*;

mod common;

use common::{facts, fast, Monitor, GLOBALS};

#[test]
fn a_panic_arrives_as_the_internal_error_without_its_text() {
    let _g = GLOBALS.lock().unwrap_or_else(|e| e.into_inner());
    struct Sink(Mutex<Vec<LogRecord>>);
    impl LogSink for Sink {
        fn log(&self, record: LogRecord) -> Result<(), PlatformError> {
            self.0.lock().unwrap().push(record);
            Ok(())
        }
    }
    let sink = Arc::new(Sink(Mutex::new(Vec::new())));
    set_log_sink(Some(sink.clone()));
    let err = debug_panic_in_core().unwrap_err();
    set_log_sink(None);
    let VaultError::Internal { user_message } = &err else {
        panic!("expected Internal, got {err:?}");
    };
    assert!(!user_message.contains("SECRET") && !format!("{err:?}").contains("SECRET"));
    assert_eq!(
        *sink.0.lock().unwrap(),
        vec![LogRecord {
            level: LogLevel::Error,
            area: "debug".into(),
            event: "panic-caught".into()
        }]
    );
}

/// A call with no error type cannot return `Internal`: its panic is raised
/// again with a fixed text, which is all uniffi passes to the app.
#[test]
fn a_panic_in_a_call_without_an_error_type_loses_its_text() {
    let _g = GLOBALS.lock().unwrap_or_else(|e| e.into_inner());
    let payload = std::panic::catch_unwind(debug_panic_without_error_type).unwrap_err();
    let text = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    assert_eq!(text, "waymark: internal error (details withheld)");
}

#[test]
fn errors_are_localized_in_the_chosen_language() {
    let _g = GLOBALS.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::new(
        dir.path().join("v").display().to_string(),
        software_key_store(None),
    );
    vault.create("right".into(), fast()).unwrap();
    vault.lock().unwrap();
    assert_eq!(set_error_locale(vec!["fr-CA".into()]), "fr");
    let err = vault.unlock("wrong".into()).unwrap_err();
    set_error_locale(vec!["en".into()]);
    match err {
        VaultError::WrongPasscode {
            remaining_attempts: None,
            user_message,
        } => assert!(user_message.contains("incorrect"), "{user_message}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn every_bindings_message_exists_in_every_locale() {
    // The other areas' messages are the core's own (checked by the core's
    // locale tests); these two are the bindings' only ones.
    let ids = ["ffi-error-internal", "ffi-network-facts-unavailable"];
    for info in available_locales() {
        let loc = Localizer::new(vec![info.code.clone()]);
        for id in ids {
            let text = loc.format(id.into(), vec![]).unwrap();
            assert!(!text.trim().is_empty(), "{}: {id}", info.code);
        }
    }
}

#[test]
fn questionnaire_errors_name_the_question_never_the_answer() {
    let src = "id = \"t\"\ntitle = \"t-t\"\n[[questions]]\nname = \"a\"\ntype = \"text\"\nlabel = \"t-a\"\nconstraint = \"string-length(.) < 3\"\nconstraint_message = \"t-short\"\n";
    let q = Questionnaire::parse("t.toml".into(), src.into()).unwrap();
    let s = QuestionnaireSession::start_unsaved(q, InterviewMode::Interviewer).unwrap();
    let slot = Slot {
        question: "a".into(),
        instance: None,
    };
    let err = s
        .answer(
            slot.clone(),
            Answer::Text {
                text: "SECRET ANSWER".into(),
            },
        )
        .unwrap_err();
    assert!(!format!("{err:?}").contains("SECRET"));
    match err {
        QuestionnaireError::NotAccepted {
            question,
            constraint_message_id,
            ..
        } => {
            assert_eq!(question, "a");
            assert_eq!(constraint_message_id.as_deref(), Some("t-short"));
        }
        other => panic!("{other:?}"),
    }
    // An impossible date is refused as a typed error, not a panic.
    let err = s
        .answer(
            slot,
            Answer::Date {
                year: 2024,
                month: 2,
                day: 30,
            },
        )
        .unwrap_err();
    assert!(matches!(err, QuestionnaireError::NotAccepted { .. }));
}

#[test]
fn the_key_store_self_test_passes_a_good_store_and_catches_bad_ones() {
    assert_eq!(self_test_key_store(software_key_store(None), 4), Ok(4));

    /// "Derives" by echoing the input: nothing secret takes part, every key
    /// gives the same answer.
    #[derive(Default)]
    struct Echo(Mutex<Vec<String>>);
    impl PlatformKeyStore for Echo {
        fn create(&self, a: String) -> Result<(), KeyStoreError> {
            self.0.lock().unwrap().push(a);
            Ok(())
        }
        fn derive(&self, a: String, input: Vec<u8>) -> Result<Vec<u8>, KeyStoreError> {
            match self.0.lock().unwrap().contains(&a) {
                true => Ok(input),
                false => Err(KeyStoreError::KeyMissing),
            }
        }
        fn aliases(&self, p: String) -> Result<Vec<String>, KeyStoreError> {
            let keys = self.0.lock().unwrap();
            Ok(keys.iter().filter(|a| a.starts_with(&p)).cloned().collect())
        }
        fn delete(&self, a: String) -> Result<(), KeyStoreError> {
            self.0.lock().unwrap().retain(|k| *k != a);
            Ok(())
        }
        fn unwrap(&self, _: String, w: Vec<u8>) -> Result<Vec<u8>, KeyStoreError> {
            Ok(w)
        }
    }
    assert_eq!(
        self_test_key_store(Arc::new(Echo::default()), 2),
        Err(KeyStoreError::Unavailable)
    );

    /// Makes keys on first use, as the old `wrap` did: a vault could then
    /// never tell a lost key from a new one.
    struct Implicit(Arc<dyn PlatformKeyStore>);
    impl PlatformKeyStore for Implicit {
        fn create(&self, a: String) -> Result<(), KeyStoreError> {
            self.0.create(a)
        }
        fn derive(&self, a: String, input: Vec<u8>) -> Result<Vec<u8>, KeyStoreError> {
            if self.0.aliases(a.clone())?.is_empty() {
                self.0.create(a.clone())?;
            }
            self.0.derive(a, input)
        }
        fn aliases(&self, p: String) -> Result<Vec<String>, KeyStoreError> {
            self.0.aliases(p)
        }
        fn delete(&self, a: String) -> Result<(), KeyStoreError> {
            self.0.delete(a)
        }
        fn unwrap(&self, a: String, w: Vec<u8>) -> Result<Vec<u8>, KeyStoreError> {
            self.0.unwrap(a, w)
        }
    }
    assert_eq!(
        self_test_key_store(Arc::new(Implicit(software_key_store(None))), 2),
        Err(KeyStoreError::Unavailable)
    );

    struct Down;
    impl PlatformKeyStore for Down {
        fn create(&self, _: String) -> Result<(), KeyStoreError> {
            Err(KeyStoreError::Unavailable)
        }
        fn derive(&self, _: String, _: Vec<u8>) -> Result<Vec<u8>, KeyStoreError> {
            Err(KeyStoreError::Unavailable)
        }
        fn aliases(&self, _: String) -> Result<Vec<String>, KeyStoreError> {
            Err(KeyStoreError::Unavailable)
        }
        fn delete(&self, _: String) -> Result<(), KeyStoreError> {
            Ok(())
        }
        fn unwrap(&self, _: String, _: Vec<u8>) -> Result<Vec<u8>, KeyStoreError> {
            Err(KeyStoreError::Unavailable)
        }
    }
    assert_eq!(
        self_test_key_store(Arc::new(Down), 1),
        Err(KeyStoreError::Unavailable)
    );
}

#[test]
fn a_failing_key_store_is_a_key_store_error_and_loses_nothing() {
    let _g = GLOBALS.lock().unwrap_or_else(|e| e.into_inner());
    struct Flaky {
        inner: Arc<dyn PlatformKeyStore>,
        down: Mutex<bool>,
    }
    impl PlatformKeyStore for Flaky {
        fn create(&self, a: String) -> Result<(), KeyStoreError> {
            self.inner.create(a)
        }
        fn derive(&self, a: String, input: Vec<u8>) -> Result<Vec<u8>, KeyStoreError> {
            if *self.down.lock().unwrap() {
                return Err(KeyStoreError::Unavailable);
            }
            self.inner.derive(a, input)
        }
        fn aliases(&self, p: String) -> Result<Vec<String>, KeyStoreError> {
            self.inner.aliases(p)
        }
        fn delete(&self, a: String) -> Result<(), KeyStoreError> {
            self.inner.delete(a)
        }
        fn unwrap(&self, a: String, w: Vec<u8>) -> Result<Vec<u8>, KeyStoreError> {
            self.inner.unwrap(a, w)
        }
    }
    let store = Arc::new(Flaky {
        inner: software_key_store(None),
        down: Mutex::new(false),
    });
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::new(dir.path().join("v").display().to_string(), store.clone());
    vault.create("right".into(), fast()).unwrap();
    vault.journal().add("kept".into()).unwrap();
    vault.lock().unwrap();
    *store.down.lock().unwrap() = true;
    assert!(matches!(
        vault.unlock("right".into()),
        Err(VaultError::KeyStore { .. })
    ));
    // A store that is down is not a wrong guess: nothing counted.
    assert_eq!(vault.status().unwrap().failed_attempts, 0);
    *store.down.lock().unwrap() = false;
    vault.unlock("right".into()).unwrap();
    assert_eq!(vault.journal().list().unwrap().len(), 1);
}

#[test]
fn send_decisions_follow_the_rules_and_a_dead_monitor_means_no() {
    let _g = GLOBALS.lock().unwrap_or_else(|e| e.into_inner());
    let wifi = facts(Transport::Wifi);
    let mut rules = default_send_rules();
    let d = |rules: &SendRules, f: Option<NetworkFacts>| {
        decide_send(rules.clone(), Arc::new(Monitor(f)), false, 60)
    };
    assert_eq!(d(&rules, Some(wifi.clone())), Ok(SendDecision::Allow));
    rules.require_vpn = true;
    assert!(matches!(
        d(&rules, Some(wifi.clone())),
        Ok(SendDecision::Deny {
            reason: DenyReason::VpnRequired,
            ..
        })
    ));
    assert!(matches!(
        d(&rules, None),
        Err(SyncError::NetworkFactsUnavailable { .. })
    ));
}
