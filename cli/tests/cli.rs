//! The `waymark` binary driven as a user or a script would drive it.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const PASS: &str = "5391";

fn waymark(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_waymark"));
    cmd.args(args)
        .arg("--dir")
        .arg(dir)
        .env_remove("WAYMARK_PASSCODE")
        .env_remove("WAYMARK_NEW_PASSCODE")
        .env_remove("WAYMARK_DURESS_PASSCODE")
        .env("WAYMARK_LANG", "en")
        .stdin(Stdio::null());
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

fn json_of(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

/// Runs a `--json` command that must succeed and returns its result.
fn ok(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Value {
    let mut with_json = args.to_vec();
    with_json.push("--json");
    let out = waymark(dir, &with_json, env);
    let v = json_of(&out);
    assert!(out.status.success(), "{args:?} failed: {v}");
    assert_eq!(v["ok"], true);
    v["result"].clone()
}

fn init(dir: &Path) {
    ok(dir, &["vault", "init"], &[("WAYMARK_PASSCODE", PASS)]);
}

#[test]
fn journal_round_trip_through_the_cli() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    init(&dir);
    let env = [("WAYMARK_PASSCODE", PASS)];
    let added = ok(
        &dir,
        &["journal", "add", "MARKER-cli-4471 they kept my papers"],
        &env,
    );
    let id = added["id"].as_i64().unwrap();
    let list = ok(&dir, &["journal", "list"], &env);
    assert_eq!(list[0]["text"], "MARKER-cli-4471 they kept my papers");
    ok(
        &dir,
        &["journal", "edit", &id.to_string(), "MARKER-cli-4471 edited"],
        &env,
    );
    assert_eq!(
        ok(&dir, &["journal", "list"], &env)[0]["text"],
        "MARKER-cli-4471 edited"
    );

    // Nothing readable on disk after the commands exit.
    for entry in walk(&dir) {
        let bytes = std::fs::read(&entry).unwrap();
        assert!(
            !bytes.windows(15).any(|w| w == b"MARKER-cli-4471"),
            "{}",
            entry.display()
        );
    }

    ok(&dir, &["journal", "delete", &id.to_string()], &env);
    assert_eq!(ok(&dir, &["journal", "list"], &env), Value::Array(vec![]));
}

#[test]
fn note_text_can_come_from_stdin() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    init(&dir);
    let mut child = Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(["journal", "add", "--json", "--dir"])
        .arg(&dir)
        .env("WAYMARK_PASSCODE", PASS)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"from stdin\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(json_of(&out)["result"]["text"], "from stdin");
}

#[test]
fn wrong_passcode_is_one_line_and_a_distinct_exit_code() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    init(&dir);
    let out = waymark(&dir, &["vault", "unlock"], &[("WAYMARK_PASSCODE", "0000")]);
    assert_eq!(out.status.code(), Some(3));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr, "Wrong passcode.\n");
    assert!(out.stdout.is_empty());

    let out = waymark(
        &dir,
        &["journal", "list", "--json"],
        &[("WAYMARK_PASSCODE", "0000")],
    );
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(json_of(&out)["error"]["kind"], "wrong_passcode");
}

#[test]
fn without_a_terminal_or_variable_the_passcode_is_asked_for_clearly() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    init(&dir);
    // setsid detaches the controlling terminal, as under CI or a scheduler:
    // the prompt cannot be shown and the message names the variable to set.
    let out = Command::new("setsid")
        .arg("--wait")
        .arg(env!("CARGO_BIN_EXE_waymark"))
        .args(["vault", "unlock", "--json", "--dir"])
        .arg(&dir)
        .env_remove("WAYMARK_PASSCODE")
        .env("WAYMARK_LANG", "en")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v = json_of(&out);
    assert_eq!(v["error"]["kind"], "no_passcode");
    assert!(v["error"]["message"]
        .as_str()
        .unwrap()
        .contains("WAYMARK_PASSCODE"));
}

#[test]
fn duress_and_wipe_from_the_cli() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    init(&dir);
    let env = [("WAYMARK_PASSCODE", PASS)];
    ok(&dir, &["journal", "add", "real note"], &env);
    ok(
        &dir,
        &["vault", "duress"],
        &[
            ("WAYMARK_PASSCODE", PASS),
            ("WAYMARK_DURESS_PASSCODE", "7777"),
        ],
    );

    // Unlocking with the duress passcode reads exactly like a normal unlock.
    let normal = waymark(&dir, &["vault", "unlock"], &env);
    let duress = waymark(&dir, &["vault", "unlock"], &[("WAYMARK_PASSCODE", "7777")]);
    assert!(duress.status.success());
    assert_eq!(normal.stdout, duress.stdout);
    assert_eq!(
        ok(&dir, &["journal", "list"], &[("WAYMARK_PASSCODE", "7777")]),
        Value::Array(vec![])
    );
    assert_eq!(
        waymark(&dir, &["journal", "list"], &env).status.code(),
        Some(3)
    );

    let status = ok(&dir, &["vault", "status"], &[]);
    assert_eq!(status["exists"], true);
    assert!(
        status.get("duress").is_none(),
        "status never reveals a duress passcode"
    );

    // Wipe needs --yes without a terminal.
    let out = waymark(&dir, &["vault", "wipe", "--json"], &[]);
    assert!(!out.status.success());
    ok(&dir, &["vault", "wipe", "--yes"], &[]);
    assert!(walk(&dir).is_empty());
    // Not even an empty key folder shows that a vault was here.
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0);
    let out = waymark(
        &dir,
        &["vault", "unlock", "--json"],
        &[("WAYMARK_PASSCODE", "7777")],
    );
    assert_eq!(json_of(&out)["error"]["kind"], "not_found");
}

#[test]
fn passcode_change_and_wipe_after_from_the_cli() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    init(&dir);
    ok(
        &dir,
        &["vault", "passcode"],
        &[
            ("WAYMARK_PASSCODE", PASS),
            ("WAYMARK_NEW_PASSCODE", "new-one"),
        ],
    );
    ok(
        &dir,
        &["vault", "unlock"],
        &[("WAYMARK_PASSCODE", "new-one")],
    );
    ok(
        &dir,
        &["vault", "wipe-after", "2"],
        &[("WAYMARK_PASSCODE", "new-one")],
    );
    assert_eq!(ok(&dir, &["vault", "status"], &[])["wipe_after"], 2);
    let bad = waymark(
        &dir,
        &["vault", "wipe-after", "zero", "--json"],
        &[("WAYMARK_PASSCODE", "new-one")],
    );
    assert_eq!(json_of(&bad)["error"]["kind"], "invalid_setting");
    for _ in 0..2 {
        waymark(&dir, &["vault", "unlock"], &[("WAYMARK_PASSCODE", "guess")]);
    }
    assert_eq!(ok(&dir, &["vault", "status"], &[])["exists"], false);
}

#[test]
fn a_corrupt_database_gives_one_line_and_no_sqlcipher_noise() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    init(&dir);
    // Both databases of the vault (the live one and the spare; their names
    // are random), not the courier's.
    let dbs: Vec<_> = walk(&dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "db"))
        .filter(|p| !p.to_string_lossy().contains("courier-"))
        .collect();
    assert_eq!(dbs.len(), 2);
    for db in &dbs {
        let mut bytes = std::fs::read(db).unwrap();
        bytes[100] ^= 0xff;
        std::fs::write(db, &bytes).unwrap();
    }
    let out = waymark(&dir, &["journal", "list"], &[("WAYMARK_PASSCODE", PASS)]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(!stderr.to_lowercase().contains("sqlcipher"), "{stderr}");
    assert!(!stderr.contains("ERROR"), "{stderr}");
    // The damaged vault is kept, not replaced.
    assert!(dbs.iter().all(|db| db.exists()) && dir.join("vault.header").exists());
}

#[test]
fn the_demo_runs_end_to_end() {
    let out = Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(["demo", "--json"])
        .env("WAYMARK_LANG", "en")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json_of(&out);
    // Eight vault steps and nine of the round trip.
    assert_eq!(v["result"]["steps"].as_array().unwrap().len(), 17);
    // The round trip ran against a real inbox on loopback: the report was
    // delivered with a verified receipt, the NGO opened it and saw the
    // quick screen's signs, and its sealed reply was read on the phone.
    let trip = &v["result"]["round_trip"];
    assert!(trip["inbox"]
        .as_str()
        .unwrap()
        .starts_with("http://127.0.0.1:"));
    assert_eq!(trip["sent"], 1, "{trip}");
    assert_eq!(trip["ngo_pulled"], 1, "{trip}");
    assert_eq!(trip["receipt_code"].as_str().unwrap().len(), 21);
    assert_eq!(trip["receipt_day"].as_str().unwrap().len(), 10);
    assert_eq!(
        trip["ngo_indicators"],
        serde_json::json!([
            "retention_of_identity_documents",
            "debt_bondage",
            "deception"
        ])
    );
    assert_eq!(trip["reply_read"], true);
    assert!(trip["reply"]
        .as_str()
        .unwrap()
        .starts_with("We received your report"));
    // In text, keeping the inbox for the NGO desk.
    let keep = tempfile::tempdir().unwrap();
    let kept = keep.path().join("ngo-inbox");
    let text = Command::new(env!("CARGO_BIN_EXE_waymark"))
        .arg("demo")
        .arg("--keep-inbox")
        .arg(&kept)
        .env("WAYMARK_LANG", "en")
        .output()
        .unwrap();
    assert!(text.status.success());
    let shown = String::from_utf8_lossy(&text.stdout);
    let desk = format!(
        "waymark-inbox desk --keys {}/ngo-keys.json --server {}",
        kept.display(),
        trip["inbox"].as_str().unwrap().rsplit_once(':').unwrap().0
    );
    for line in [
        "5.1 Start an NGO inbox on this computer",
        "Debt bondage",
        "5.6 A signed receipt",
        "The reporter read the reply from the NGO",
        "We received your report",
        "Panic wipe",
        &format!("waymark inbox serve --dir {}", kept.display()),
        &desk,
    ] {
        assert!(shown.contains(line), "{line:?} missing:\n{shown}");
    }
    // The kept inbox holds the demo's report, for the desk to open.
    for file in ["ngo-keys.json", "inbox.toml", "directory.json"] {
        assert!(kept.join(file).is_file(), "{file}");
    }
    // A folder that exists is never reused.
    let again = Command::new(env!("CARGO_BIN_EXE_waymark"))
        .arg("demo")
        .arg("--keep-inbox")
        .arg(&kept)
        .env("WAYMARK_LANG", "en")
        .output()
        .unwrap();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            if e.path().is_dir() {
                stack.push(e.path());
            } else {
                out.push(e.path());
            }
        }
    }
    out
}
