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
    assert_eq!(sms.as_array().unwrap().len(), 1);
    assert_eq!(
        refused(&["helplines", "--channel", "pigeon"]),
        "invalid_setting"
    );
    ok(&["content", "verify", "../content/builtin", "--dev"]);
}
