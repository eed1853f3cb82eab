//! What each fuzz target checks, one function per target. Shared by the
//! cargo-fuzz targets (fuzz_targets/, nightly, coverage-guided) and by the
//! stable replay of the seed corpus in the test command
//! (cli/tests/fuzz_corpus.rs), so a crash the fuzzer found once stays fixed.
//! Each function returns quietly on input its parser refuses and panics
//! only on a bug.

use std::sync::Arc;

use waymark_core::expression::{eval, parse, parse_choice_filter, MapEnv, Value};
use waymark_core::questionnaire::import::{import_bytes, FormKind};
use waymark_core::questionnaire::{self, validate, Mode, Session};
use waymark_core::sync::wire::{self, Receipt, RepliesResponse, SignedDirectory};

/// The expression parser (both modes), its printer and the evaluator: no
/// input panics, and every parsed tree prints to text that parses back to
/// the same tree.
pub fn expression(data: &[u8]) {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    for parsed in [parse(src), parse_choice_filter(src)] {
        let Ok(expr) = parsed else { continue };
        let printed = expr.to_string();
        let again = parse_choice_filter(&printed).expect("printed expressions parse");
        assert_eq!(again.to_string(), printed, "printing is stable");
        let env = MapEnv::default()
            .with("a", Value::Number(3.0))
            .with("b", Value::Text("x y".into()))
            .with("r", Value::Repeat(vec![Value::Number(1.0), Value::Null]));
        let _ = eval(&expr, &env);
    }
}

/// A questionnaire's TOML: validation, parsing and a started session's
/// review and outcome give values or typed errors.
pub fn questionnaire_toml(data: &[u8]) {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let _ = validate("fuzz.toml", src, Some(&|_, _| true));
    if let Ok(q) = questionnaire::parse("fuzz.toml", src) {
        if let Ok(s) = Session::start(Arc::new(q), Mode::Interviewer, None) {
            let _ = s.review();
            let _ = s.outcome();
        }
    }
}

/// The XLSForm importer on arbitrary workbook bytes (.xlsx and legacy .xls).
pub fn import_xlsform(data: &[u8]) {
    let kind = if data.first().is_some_and(|b| b & 1 == 1) {
        FormKind::Xls
    } else {
        FormKind::Xlsx
    };
    let _ = import_bytes(kind, "fuzz", data, &|_| None);
}

/// The XForm importer: whatever it accepts is a valid questionnaire.
pub fn import_xform(data: &[u8]) {
    if let Ok(imported) = import_bytes(FormKind::XForm, "fuzz", data, &|_| None) {
        let has = |locale: &str, _: &str| imported.ftl.contains_key(locale);
        let findings = validate("fuzz.toml", &imported.toml, Some(&has));
        assert!(
            findings.is_empty(),
            "an import is always a valid questionnaire"
        );
    }
}

/// Any bytes as a vault header: the format 2 and format 1 parsers, and
/// opening the sealed part.
pub fn vault_header(data: &[u8]) {
    waymark_core::vault::fuzzing::parse_header(data);
}

/// `wire::parse_endpoint` on any text: whatever it accepts obeys the
/// transport rules (plain http only to an onion host or a loopback address;
/// no query, fragment or credentials).
pub fn endpoint(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Some(endpoint) = wire::parse_endpoint(text) else {
        return;
    };
    assert!(!endpoint.base.contains(['?', '#']), "{text:?}");
    assert!(!endpoint.base.ends_with('/'), "{text:?}");
    let lower = endpoint.base.to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("http://") {
        let authority = rest.split('/').next().unwrap_or("");
        assert!(!authority.contains('@'), "{text:?}");
        let loopback = authority.starts_with("127.") || authority.starts_with("[::1]");
        assert!(endpoint.onion || loopback, "plain http to {text:?}");
    } else {
        assert!(lower.starts_with("https://"), "{text:?}");
    }
    if endpoint.onion {
        assert!(lower.contains(".onion"), "{text:?}");
    }
}

/// What an inbox answers, parsed the way the phone parses it: a reply
/// poll's answer, a receipt, a signed directory entry. Whatever passes the
/// checks obeys the API's limits.
pub fn inbox_answers(data: &[u8]) {
    if let Ok(answer) = serde_json::from_slice::<RepliesResponse>(data) {
        if answer.check().is_ok() {
            assert!(answer.replies.len() <= wire::MAX_REPLIES_PER_ANSWER);
            let padded = answer.to_padded_json().expect("a checked answer fits");
            assert_eq!(padded.len(), wire::REPLIES_ANSWER_LEN);
        }
    }
    if let Ok(receipt) = serde_json::from_slice::<Receipt>(data) {
        if let Ok(key) = waymark_core::content::PublicKey::from_hex(&"11".repeat(32)) {
            let _ = receipt.verify(&key, &[0; 16], data);
        }
    }
    if let Ok(signed) = serde_json::from_slice::<SignedDirectory>(data) {
        if signed.entry.check().is_ok() {
            for e in &signed.entry.endpoints {
                assert!(wire::parse_endpoint(e).is_some());
            }
            let _ = signed.entry.may_replace(&signed.entry);
        }
    }
}

/// The crisis classifier (docs/crisis-model.md): any typed text gets three
/// finite probabilities that add up to one, and any bytes read as a model
/// file give a model or a typed error.
pub fn crisis_text(data: &[u8]) {
    use waymark_core::assistant::classifier::{builtin, Model};
    let _ = Model::from_bytes(data);
    let text = String::from_utf8_lossy(data);
    let p = builtin().probabilities(&text);
    assert!(p.iter().all(|x| x.is_finite() && *x >= 0.0), "{p:?}");
    assert!((p.iter().sum::<f32>() - 1.0).abs() < 1e-3, "{p:?}");
}

/// A target's check: returns on refused input, panics only on a bug.
pub type Check = fn(&[u8]);

/// Every target by name, for the replay.
pub const TARGETS: [(&str, Check); 8] = [
    ("crisis_text", crisis_text),
    ("endpoint", endpoint),
    ("inbox_answers", inbox_answers),
    ("expression", expression),
    ("questionnaire_toml", questionnaire_toml),
    ("import_xlsform", import_xlsform),
    ("import_xform", import_xform),
    ("vault_header", vault_header),
];
