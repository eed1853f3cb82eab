//! `waymark content` and `waymark helplines` driven as an NGO volunteer
//! would: make a key, sign a folder, trust, install, query.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const PASS: &str = "5391";

fn waymark(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(args)
        .arg("--json")
        .env("WAYMARK_PASSCODE", PASS)
        .env("WAYMARK_LANG", "en")
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn json_of(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

fn ok(args: &[&str]) -> Value {
    let out = waymark(args);
    let v = json_of(&out);
    assert!(out.status.success(), "{args:?} failed: {v}");
    v["result"].clone()
}

/// Runs a command that must fail and returns its error kind.
fn refused(args: &[&str]) -> String {
    let out = waymark(args);
    let v = json_of(&out);
    assert!(!out.status.success(), "{args:?} should fail: {v}");
    v["error"]["kind"].as_str().unwrap().to_owned()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn publish_trust_install_and_query() {
    let tmp = tempfile::tempdir().unwrap();
    let key = tmp.path().join("ngo.pk8");
    let pack = tmp.path().join("pack");
    let vault = tmp.path().join("vault");

    let made = ok(&["content", "keygen", "--out", s(&key)]);
    let public = made["public_key"].as_str().unwrap().to_owned();
    assert_eq!(
        refused(&["content", "keygen", "--out", s(&key)]),
        "already_exists"
    );

    std::fs::create_dir_all(pack.join("locales/en")).unwrap();
    std::fs::write(
        pack.join("helplines.json"),
        r#"{"format":1,"services":[{"id":"pl-ngo-test","country":"PL","name":"Test Line",
        "operator":"Test NGO","channels":[{"kind":"call","address":"+48 000 000 000","keyword":null}],
        "hours":{"always_open":true,"note":"helpline-hours-24-7"},"languages":["uk"],
        "audience":["workers"],"emergency":false,"free":true,"confidentiality":"helpline-conf-anonymous",
        "source":"test","source_url":null,"last_verified":null,"uncertain":false,"note":null}]}"#,
    )
    .unwrap();
    std::fs::write(
        pack.join("locales/en/helplines.ftl"),
        "helpline-hours-24-7 = Open.\nhelpline-conf-anonymous = No name needed.\nhelpline-uncertain = Unchecked.\n",
    )
    .unwrap();
    let signed = ok(&[
        "content",
        "sign",
        s(&pack),
        "--key",
        s(&key),
        "--pack-id",
        "org.example.pl",
        "--version",
        "1",
    ]);
    assert_eq!(signed["locales"], serde_json::json!(["en"]));
    ok(&["content", "check", s(&pack)]);
    ok(&["content", "verify", s(&pack), "--key", &public]);
    assert_eq!(
        refused(&["content", "verify", s(&pack), "--dev"]),
        "unknown_publisher"
    );

    ok(&["vault", "init", "--dir", s(&vault)]);
    assert_eq!(
        refused(&["content", "install", "--dir", s(&vault), s(&pack)]),
        "unknown_publisher"
    );
    let dev = "a415aec5bde51581afade271bedcaf1271eaeedacc7d10d649008f60b171656c";
    assert_eq!(
        refused(&["content", "trust", "--dir", s(&vault), dev]),
        "development_key"
    );
    ok(&[
        "content",
        "trust",
        "--dir",
        s(&vault),
        &public,
        "--name",
        "Test NGO",
    ]);
    let installed = ok(&["content", "install", "--dir", s(&vault), s(&pack)]);
    assert_eq!(installed["version"], 1);
    assert_eq!(
        refused(&["content", "install", "--dir", s(&vault), s(&pack)]),
        "rollback"
    );

    // Tampered after signing.
    let h = pack.join("helplines.json");
    let text = std::fs::read_to_string(&h)
        .unwrap()
        .replace("000 000 000", "666 666 666");
    std::fs::write(&h, text).unwrap();
    assert_eq!(refused(&["content", "check", s(&pack)]), "hash_mismatch");
    assert_eq!(
        refused(&["content", "install", "--dir", s(&vault), s(&pack)]),
        "hash_mismatch"
    );

    let found = ok(&[
        "--lang",
        "uk",
        "helplines",
        "--country",
        "PL",
        "--dir",
        s(&vault),
    ]);
    let ids: Vec<&str> = found
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["helpline"]["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"pl-ngo-test"), "{ids:?}");
    let mine = found
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["helpline"]["id"] == "pl-ngo-test")
        .unwrap();
    assert_eq!(
        mine["helpline"]["channels"][0]["address"],
        "+48 000 000 000"
    );
    assert_eq!(mine["text"]["confidentiality"]["text"], "No name needed.");
}

#[test]
fn helplines_from_the_builtin_pack() {
    let found = ok(&["--lang", "uk", "helplines", "--country", "UA"]);
    let first = &found[0];
    assert_eq!(first["helpline"]["id"], "ua-1547");
    assert_eq!(first["text"]["hours"]["locale"], "uk");
    assert_eq!(first["text"]["hours"]["text"], "Працює цілодобово, щодня.");
    let sms = ok(&["helplines", "--country", "US", "--channel", "sms"]);
    let ids: Vec<&str> = sms
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["helpline"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["us-988", "us-nhth"]);
    // An entry's notes reach the user in their language.
    let us = ok(&["--lang", "es", "helplines", "--country", "US"]);
    let nhth = us
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["helpline"]["id"] == "us-nhth")
        .unwrap();
    assert_eq!(nhth["text"]["notices"][0]["locale"], "es");
    assert!(nhth["text"]["notices"][0]["text"]
        .as_str()
        .unwrap()
        .contains("estafadores"));
    assert_eq!(
        refused(&["helplines", "--channel", "pigeon"]),
        "invalid_setting"
    );
    ok(&["content", "verify", "../content/builtin", "--dev"]);
}

/// Runs a command for people (no --json) in `lang`: (exit code, stdout, stderr).
fn human(lang: &str, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(["--lang", lang])
        .args(args)
        .env("WAYMARK_PASSCODE", PASS)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn publisher_tools_speak_the_users_language() {
    let tmp = tempfile::tempdir().unwrap();
    let key = tmp.path().join("k.pk8");
    let pack = tmp.path().join("pack");
    std::fs::create_dir_all(pack.join("locales/en")).unwrap();
    std::fs::write(pack.join("locales/en/extra.ftl"), "x-hello = Hello.\n").unwrap();

    let (code, made, _) = human("fr", &["content", "keygen", "--out", s(&key)]);
    assert_eq!(code, 0);
    assert!(made.starts_with("Clé privée écrite."), "{made}");
    let public = made
        .lines()
        .find_map(|l| l.strip_prefix("Clé publique : "))
        .unwrap()
        .to_owned();
    let (code, _, again) = human("fr", &["content", "keygen", "--out", s(&key)]);
    assert_eq!(code, 1);
    assert_eq!(
        again.trim(),
        "Ce fichier de clé existe déjà. Il n’a pas été remplacé."
    );

    let sign = [
        "content",
        "sign",
        s(&pack),
        "--key",
        s(&key),
        "--pack-id",
        "org.example.fr",
        "--version",
        "3",
    ];
    let (code, signed, _) = human("fr", &sign);
    assert_eq!(code, 0);
    assert!(
        signed.starts_with("org.example.fr version 3 signé avec la clé "),
        "{signed}"
    );
    assert!(signed.trim_end().ends_with("Fichiers : 1."), "{signed}");
    let (code, valid, _) = human("fr", &["content", "verify", s(&pack), "--key", &public]);
    assert_eq!(code, 0);
    assert!(
        valid.starts_with("Valide : org.example.fr version 3"),
        "{valid}"
    );

    // A refused pack: the reason is localized, the file name kept as it is.
    std::fs::write(pack.join("locales/en/extra.ftl"), "x-hello = Hi.\n").unwrap();
    let (code, _, tampered) = human("fr", &["content", "verify", s(&pack), "--key", &public]);
    assert_eq!(code, 1);
    assert_eq!(
        tampered.trim(),
        "Paquet refusé : locales/en/extra.ftl : la taille ne correspond pas au manifeste."
    );
    let (_, _, english) = human("en", &["content", "check", s(&pack)]);
    assert_eq!(
        english.trim(),
        "Pack refused: locales/en/extra.ftl: the size does not match the manifest."
    );
    // A key problem is not a pack problem.
    let (code, _, bad_key) = human("fr", &["content", "verify", s(&pack), "--key", "00"]);
    assert_eq!(code, 1);
    assert!(
        bad_key.starts_with("Ce n’est pas une clé publique valide."),
        "{bad_key}"
    );
    assert_eq!(
        refused(&["content", "verify", s(&pack), "--key", "00"]),
        "invalid_public_key"
    );
}

#[test]
fn helpline_channels_are_labelled_in_the_users_language() {
    let (code, en, _) = human("en", &["helplines", "--country", "US"]);
    assert_eq!(code, 0);
    assert!(en.contains("\n  Call: +1 888 373 7888\n"), "{en}");
    assert!(
        en.contains("\n  Text message (SMS): 233733 (send the word HELP)\n"),
        "{en}"
    );
    assert!(!en.contains("  call:") && !en.contains("  sms:"), "{en}");

    // Arabic: the label is translated and the number stays one isolated run.
    let (_, ar, _) = human("ar", &["helplines", "--country", "GB"]);
    assert!(ar.contains("اتصل: \u{2068}08000 121 700\u{2069}"), "{ar}");
    let (_, th, _) = human("th", &["helplines", "--country", "TH"]);
    assert!(th.contains("\n  โทร: 1300\n"), "{th}");

    let (code, none, _) = human("en", &["helplines", "--country", "ZZ"]);
    assert_eq!(code, 0);
    assert!(none.starts_with("No helpline matches."), "{none}");
    assert!(!none.contains("--lang"), "--lang no longer filters: {none}");
    let (code, _, bad) = human("fr", &["helplines", "--audience", "martians"]);
    assert_eq!(code, 1);
    assert!(bad.starts_with("Public inconnu."), "{bad}");
    assert!(bad.contains("nationals-abroad"), "{bad}");
}

/// `waymark helplines audit`: what a maintainer must still check. It passes
/// on the built-in directory (every country has an emergency number) and
/// fails, with the report, on a directory where one has none.
#[test]
fn the_helpline_audit_reports_and_fails_without_an_emergency_number() {
    let report = ok(&["helplines", "audit", "--today", "2026-12-07"]);
    assert_eq!(report["without_emergency"], serde_json::json!([]));
    // 18 countries with national entries and the 27 EU member states, 6 of
    // them both.
    assert_eq!(report["countries"].as_array().unwrap().len(), 39);
    let crisis_gaps: Vec<&str> = report["without_crisis_line"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    for c in ["US", "UA", "TH", "BR", "DE"] {
        assert!(!crisis_gaps.contains(&c), "{c}");
    }
    assert!(report["unconfirmed"]
        .as_array()
        .unwrap()
        .iter()
        .any(|u| u["id"] == "ro-arps"));
    // Two years on, sources are stale.
    let later = ok(&["helplines", "audit", "--today", "2028-12-31"]);
    assert!(!later["stale"].as_array().unwrap().is_empty());

    // A directory with a country but no emergency number fails the audit.
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("helplines.json");
    let dir = serde_json::json!({"format": 2, "services": [{
        "id": "pl-only", "country": "PL", "name": "Line", "operator": "NGO",
        "topics": ["trafficking"],
        "channels": [{"kind": "call", "address": "800 100 100", "keyword": null}],
        "hours": {"always_open": false, "note": "helpline-hours-check"},
        "languages": [], "audience": ["everyone"], "emergency": false, "free": false,
        "confidentiality": "helpline-conf-unknown",
        "evidence": [{"fields": ["call:800 100 100", "operator"], "url": "https://example.org",
                      "kind": "operator", "checked": "2026-12", "quote": "Call 800 100 100."}],
        "uncertain": false, "note": null
    }]});
    std::fs::write(&file, serde_json::to_vec(&dir).unwrap()).unwrap();
    let out = waymark(&["helplines", "audit", "--file", s(&file)]);
    assert_eq!(out.status.code(), Some(1));
    let v = json_of(&out);
    assert_eq!(v["error"]["kind"], "helplines_audit_failed");
    assert_eq!(
        v["error"]["details"]["without_emergency"],
        serde_json::json!(["PL"])
    );
    // For people: the report, in their language, then the reason.
    let (code, stdout, stderr) = human("fr", &["helplines", "audit", "--file", s(&file)]);
    assert_eq!(code, 1);
    assert!(
        stdout.contains("Pays sans numéro d’urgence : PL"),
        "{stdout}"
    );
    assert!(stderr.contains("numéro d’urgence"), "{stderr}");
    assert_eq!(
        refused(&["helplines", "audit", "--today", "yesterday"]),
        "invalid_setting"
    );
}
