//! `waymark ngo|outbox|policy|replies` driven as a user would, against the
//! protocol stand-in inbox on 127.0.0.1 (core/tests/support/sync/inbox.rs).
//! The same device code against the real inbox: cli/tests/sync_e2e.rs.

#[path = "../../core/tests/support/sync/mod.rs"]
mod sync_support;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;
use sync_support::inbox::start_inbox;

const PASS: &str = "5391";

fn waymark(dir: &Path, args: &[&str], stdin: Option<&str>, lang: &str) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_waymark"));
    cmd.args(args)
        .arg("--dir")
        .arg(dir)
        .env("WAYMARK_PASSCODE", PASS)
        .env("WAYMARK_LANG", lang)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut input = child.stdin.take().unwrap();
    if let Some(text) = stdin {
        input.write_all(text.as_bytes()).unwrap();
    }
    drop(input);
    child.wait_with_output().unwrap()
}

fn ok(dir: &Path, args: &[&str], stdin: Option<&str>) -> Value {
    let mut with_json = args.to_vec();
    with_json.push("--json");
    let out = waymark(dir, &with_json, stdin, "en");
    let v: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| panic!("{args:?}: {}", String::from_utf8_lossy(&out.stdout)));
    assert!(out.status.success(), "{args:?} failed: {v}");
    v["result"].clone()
}

fn fails(dir: &Path, args: &[&str]) -> Value {
    let mut with_json = args.to_vec();
    with_json.push("--json");
    let out = waymark(dir, &with_json, None, "en");
    assert_eq!(out.status.code(), Some(1), "{args:?} should fail");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["error"].clone()
}

#[test]
fn trust_queue_send_and_read_a_reply_from_the_terminal() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    ok(&dir, &["vault", "init"], None);
    let inbox = start_inbox();

    let added = ok(
        &dir,
        &[
            "ngo",
            "add",
            "--key",
            &inbox.signing_key_hex,
            "--url",
            &inbox.url,
        ],
        None,
    );
    let ngo = added["key_id"].as_str().unwrap().to_owned();
    assert_eq!(added["directory"]["endpoints"][0], inbox.url.as_str());
    assert_eq!(
        ok(&dir, &["ngo", "list"], None).as_array().unwrap().len(),
        1
    );

    // No random wait on a desktop demo.
    let policy = ok(
        &dir,
        &[
            "policy",
            "set",
            "--delay-min",
            "0",
            "--delay-max",
            "0",
            "--window",
            "00:00-23:59",
        ],
        None,
    );
    assert_eq!(policy["delay_max_secs"], 0);
    assert_eq!(policy["windows"][0], "00:00-23:59");

    let queued = ok(
        &dir,
        &["outbox", "add", "--ngo", &ngo],
        Some("MARKER-sync-cli they took my passport"),
    );
    let report_id = queued["report_id"].as_str().unwrap().to_owned();
    assert_eq!(queued["receipt_code"].as_str().unwrap().len(), 21);
    let list = ok(&dir, &["outbox", "list"], None);
    assert_eq!(list[0]["state"], "queued");
    assert_eq!(ok(&dir, &["outbox", "status"], None)["queued"], 1);

    let sent = ok(&dir, &["outbox", "send"], None);
    assert_eq!(sent["sent"], 1, "{sent}");
    assert_eq!(ok(&dir, &["outbox", "list"], None)[0]["state"], "sent");

    let reports = inbox.pull_reports();
    let report = &reports[&report_id];
    assert_eq!(
        report.body[0].value,
        "MARKER-sync-cli they took my passport"
    );
    inbox.reply(report, "MARKER-reply we can help, call 555");
    let replies = ok(&dir, &["replies", "--fetch"], None);
    assert_eq!(
        replies["replies"][0]["text"],
        "MARKER-reply we can help, call 555"
    );
    // Text mode, in another language.
    let out = waymark(&dir, &["replies"], None, "es");
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(shown.contains("Respuesta del"), "{shown}");
    assert!(shown.contains("MARKER-reply we can help"));
    // The vault's files hold neither the report nor the reply in clear.
    for file in std::fs::read_dir(&dir).unwrap().flatten() {
        if file.path().is_file() {
            let bytes = std::fs::read(file.path()).unwrap();
            for marker in ["MARKER-sync-cli", "MARKER-reply"] {
                assert!(!bytes.windows(marker.len()).any(|w| w == marker.as_bytes()));
            }
        }
    }
}

#[test]
fn bad_input_gets_clear_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    ok(&dir, &["vault", "init"], None);
    let e = fails(&dir, &["outbox", "add", "--ngo", "0011223344556677"]);
    assert_eq!(e["kind"], "nothing_to_send"); // empty stdin
    let out = waymark(
        &dir,
        &["outbox", "add", "--ngo", "0011223344556677", "--json"],
        Some("text"),
        "en",
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["error"]["kind"], "unknown_ngo");
    assert_eq!(
        fails(
            &dir,
            &["ngo", "add", "--key", "abc", "--url", "http://127.0.0.1:9"]
        )["kind"],
        "invalid_key"
    );
    // A URL that only looks like an onion address (query, fragment) is not
    // one: plain http to an ordinary host is refused before any request.
    let key = waymark_core::content::SigningKey::from_pkcs8(
        &waymark_core::content::SigningKey::generate_pkcs8().unwrap(),
    )
    .unwrap()
    .public_key()
    .to_hex();
    for sneaky in [
        "http://inbox.example.org?.onion",
        "http://inbox.example.org#.onion",
        "http://inbox.example.org/?x=.onion",
    ] {
        let e = fails(&dir, &["ngo", "add", "--key", &key, "--url", sneaky]);
        assert_eq!(e["kind"], "no_endpoint", "{sneaky}: {e}");
    }
    assert_eq!(
        fails(&dir, &["policy", "set", "--window", "25:00-01:00"])["kind"],
        "invalid_window"
    );
    assert_eq!(
        fails(
            &dir,
            &["policy", "set", "--socks", "socks5://127.0.0.1:9050"]
        )["kind"],
        "invalid_setting"
    );
    let shown = ok(&dir, &["policy", "show"], None);
    assert_eq!(
        shown["socks_proxy"],
        Value::Null,
        "a refused setting changes nothing"
    );
    let out = waymark(&dir, &["outbox", "list"], None, "uk");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Вихідні порожні"));
}

/// `waymark outbox send` as a scheduled job runs it: no WAYMARK_PASSCODE,
/// no terminal (stdin is a pipe).
fn send_without_passcode(dir: &Path) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(["outbox", "send", "--json", "--dir"])
        .arg(dir)
        .env_remove("WAYMARK_PASSCODE")
        .env("WAYMARK_LANG", "en")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&out.stdout)));
    assert!(out.status.success(), "send without a passcode failed: {v}");
    v["result"].clone()
}

#[test]
fn outbox_send_without_a_passcode_goes_through_the_courier() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    ok(&dir, &["vault", "init"], None);
    let inbox = start_inbox();
    let added = ok(
        &dir,
        &[
            "ngo",
            "add",
            "--key",
            &inbox.signing_key_hex,
            "--url",
            &inbox.url,
        ],
        None,
    );
    let ngo = added["key_id"].as_str().unwrap().to_owned();
    ok(
        &dir,
        &["policy", "set", "--delay-min", "0", "--delay-max", "0"],
        None,
    );
    let queued = ok(
        &dir,
        &["outbox", "add", "--ngo", &ngo],
        Some("MARKER-courier the boss took our phones"),
    );
    let report_id = queued["report_id"].as_str().unwrap().to_owned();

    // The vault stays locked; the courier delivers and says so.
    let sent = send_without_passcode(&dir);
    assert_eq!(sent["through"], "courier", "{sent}");
    assert_eq!(sent["sent"], 1, "{sent}");
    assert_eq!(sent["queued"], 0, "{sent}");
    let reports = inbox.pull_reports();
    assert_eq!(
        reports[&report_id].body[0].value,
        "MARKER-courier the boss took our phones"
    );
    // Sending again delivers nothing twice.
    assert_eq!(send_without_passcode(&dir)["sent"], 0);

    // The NGO answers; the locked phone fetches it sealed ...
    inbox.reply(&reports[&report_id], "MARKER-courier-reply we are coming");
    assert_eq!(send_without_passcode(&dir)["new_replies"], 1);
    // ... and the user reads it after unlocking.
    let replies = ok(&dir, &["replies"], None);
    assert_eq!(
        replies["replies"][0]["text"],
        "MARKER-courier-reply we are coming"
    );
    assert_eq!(ok(&dir, &["outbox", "list"], None)[0]["state"], "sent");
}
