//! `waymark chat` and `waymark flow check` as a person or a script uses
//! them, including a conversation that survives the process being killed.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

const PASS: &str = "5391";

fn waymark() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_waymark"));
    cmd.env_remove("WAYMARK_PASSCODE")
        .env_remove("WAYMARK_LANG")
        .env("WAYMARK_PASSCODE", PASS)
        .stdin(Stdio::null());
    cmd
}

fn init(dir: &Path) {
    let out = waymark()
        .args(["vault", "init", "--dir"])
        .arg(dir)
        .arg("--json")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

fn transcript(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn script(dir: &Path, lines: &[&str]) -> PathBuf {
    let path = dir.join("script.txt");
    std::fs::write(&path, lines.join("\n")).unwrap();
    path
}

#[test]
fn scripted_json_transcript_in_thai() {
    let tmp = tempfile::tempdir().unwrap();
    let s = script(
        tmp.path(),
        &["เขายึดพาสปอร์ตของฉัน", "1", "/back", "2", "/exit"],
    );
    let out = waymark()
        .args([
            "chat",
            "--lang",
            "th",
            "--country",
            "TH",
            "--json",
            "--script",
        ])
        .arg(&s)
        .output()
        .unwrap();
    assert!(out.status.success());
    let t = transcript(&out.stdout);
    assert_eq!(t.len(), 6, "{t:#?}");
    assert_eq!(t[0]["input"], Value::Null);
    assert_eq!(t[0]["turn"]["locale"], "th");
    assert_eq!(t[1]["turn"]["node"], "in_danger", "danger phrase → urgent");
    assert_eq!(t[2]["turn"]["node"], "numbers");
    let helplines = &t[2]["turn"]["effects"][0]["helplines"];
    assert_eq!(helplines[0]["country"], "TH");
    assert_eq!(t[3]["turn"]["node"], "in_danger");
    assert_eq!(t[4]["turn"]["node"], "not_now");
    assert_eq!(t[5]["turn"]["waiting_for"], "nothing");
    assert_eq!(t[5]["turn"]["messages"], Value::Array(vec![]));
}

#[test]
fn a_killed_conversation_resumes_where_it_was() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = tmp.path().join("v");
    init(&vault);
    let mut child = waymark()
        .args(["chat", "--lang", "es", "--country", "ES", "--json", "--dir"])
        .arg(&vault)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first: Value = serde_json::from_str(&lines.next().unwrap().unwrap()).unwrap();
    assert_eq!(first["turn"]["flow"], Value::Null);
    writeln!(stdin, "1").unwrap();
    let urgent: Value = serde_json::from_str(&lines.next().unwrap().unwrap()).unwrap();
    assert_eq!(urgent["turn"]["node"], "in_danger");
    writeln!(stdin, "ahora no").unwrap();
    let t: Value = serde_json::from_str(&lines.next().unwrap().unwrap()).unwrap();
    assert_eq!(t["turn"]["node"], "not_now");
    let before = t["turn"]["choices"].clone();
    // SIGKILL: no chance to save or clean up anything.
    child.kill().unwrap();
    child.wait().unwrap();

    let s = script(tmp.path(), &["/back"]);
    let out = waymark()
        .args(["chat", "--lang", "es", "--json", "--dir"])
        .arg(&vault)
        .arg("--script")
        .arg(&s)
        .output()
        .unwrap();
    assert!(out.status.success());
    let t = transcript(&out.stdout);
    assert_eq!(
        t[0]["turn"]["node"], "not_now",
        "resumed on the same screen"
    );
    assert_eq!(t[0]["turn"]["choices"], before);
    assert_eq!(t[1]["turn"]["node"], "in_danger", "with its history");

    // --new starts over; /delete removes it.
    let s = script(tmp.path(), &["/delete"]);
    let out = waymark()
        .args(["chat", "--json", "--new", "--dir"])
        .arg(&vault)
        .arg("--script")
        .arg(&s)
        .output()
        .unwrap();
    let t = transcript(&out.stdout);
    assert_eq!(t[0]["turn"]["flow"], Value::Null);
    assert_eq!(t[1]["deleted"], true);
}

#[test]
fn interactive_text_mode_and_commands() {
    let mut child = waymark()
        .args(["chat", "--lang", "en", "--country", "GB"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    {
        let mut stdin = child.stdin.take().unwrap();
        stdin
            .write_all(b"I need help\n1\n/nonsense\n/exit\n")
            .unwrap();
    }
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Are you in danger right now?"), "{text}");
    assert!(text.contains("999"), "{text}");
    assert!(text.contains("Unknown command"), "{text}");
    assert!(text.contains("You left the conversation"), "{text}");
}

#[test]
fn flow_check_reports_file_line_and_reason() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let ok = waymark()
        .args(["flow", "check", "--json"])
        .arg(root.join("content/builtin/flows/urgent.toml"))
        .output()
        .unwrap();
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stdout)
    );
    let fixture = root.join("core/tests/fixtures/flows/unreachable/flows/unreachable.toml");
    let bad = waymark()
        .args(["flow", "check", "--json"])
        .arg(&fixture)
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&bad.stdout).unwrap();
    assert_eq!(v["ok"], false);
    assert_eq!(v["error"]["kind"], "invalid_flow");
    let f = &v["error"]["details"]["findings"][0];
    assert_eq!(f["kind"], "unreachable");
    assert_eq!(f["line"], 13);
    assert!(f["file"]
        .as_str()
        .unwrap()
        .ends_with("flows/unreachable.toml"));
    assert!(f["reason"].as_str().unwrap().contains("orphan"));
    // Text mode: one line per finding.
    let text = waymark()
        .args(["flow", "check"])
        .arg(&fixture)
        .env("WAYMARK_LANG", "en")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&text.stdout);
    assert!(
        stdout.contains("unreachable.toml:13: node orphan cannot be reached"),
        "{stdout}"
    );
    assert!(String::from_utf8_lossy(&text.stderr).contains("Problems found: 1"));
}

/// The flow an NGO would write from docs/assistant-flows.md, tried with
/// `flow check` and `chat --pack` before signing.
#[test]
fn an_author_checks_and_tries_the_documented_example() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let doc = std::fs::read_to_string(root.join("docs/assistant-flows.md")).unwrap();
    let block = |marker: &str| -> String {
        let body = &doc[doc.find(marker).unwrap()..];
        body[..body.find("```").unwrap()].to_owned()
    };
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("pack");
    for d in ["flows", "locales/en", "intents"] {
        std::fs::create_dir_all(pack.join(d)).unwrap();
    }
    // English only here, and pointed at a flow that exists nowhere: the
    // check must say so first.
    let flow = block("# flows/wages.toml")
        .replace(r#"locales = ["en", "fr"]"#, r#"locales = ["en"]"#)
        .replace("goto_flow = \"rights\"", "goto_flow = \"pay_rights\"");
    std::fs::write(pack.join("flows/wages.toml"), &flow).unwrap();
    std::fs::write(
        pack.join("locales/en/wages.ftl"),
        block("# locales/en/wages.ftl"),
    )
    .unwrap();
    std::fs::write(pack.join("intents/en.toml"), block("# intents/en.toml")).unwrap();
    let out = waymark()
        .args(["flow", "check", "--json"])
        .arg(&pack)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = v["error"]["details"]["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert!(findings[0]["reason"]
        .as_str()
        .unwrap()
        .contains("unknown flow \"pay_rights\""));

    std::fs::write(
        pack.join("flows/wages.toml"),
        flow.replace("goto_flow = \"pay_rights\"", "goto_flow = \"urgent\""),
    )
    .unwrap();
    let out = waymark()
        .args(["flow", "check"])
        .arg(&pack)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    let s = script(
        tmp.path(),
        &[
            "I was not paid my wages",
            "2",
            "2",
            "the farm on the hill",
            "1",
        ],
    );
    let out = waymark()
        .args(["chat", "--lang", "en", "--json", "--pack"])
        .arg(&pack)
        .arg("--script")
        .arg(&s)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let t = transcript(&out.stdout);
    assert_eq!(t[1]["turn"]["flow"], "wages");
    assert_eq!(t[2]["turn"]["node"], "unpaid_general");
    assert_eq!(t[3]["turn"]["node"], "report");
    assert_eq!(t[4]["turn"]["node"], "report_done");
    assert_eq!(t[4]["turn"]["effects"][0]["kind"], "report_draft");
    assert_eq!(
        t[4]["turn"]["effects"][0]["fields"][1][1],
        "the farm on the hill"
    );
    assert_eq!(t[5]["turn"]["flow"], Value::Null, "something else: home");
}

/// A self-harm sentence typed in the terminal chat reaches the crisis path:
/// the country's crisis line first, then its emergency number.
#[test]
fn a_self_harm_sentence_gets_the_crisis_line_first() {
    let tmp = tempfile::tempdir().unwrap();
    let s = script(tmp.path(), &["quiero quitarme la vida", "1"]);
    let out = waymark()
        .args([
            "chat",
            "--lang",
            "es",
            "--country",
            "ES",
            "--json",
            "--script",
        ])
        .arg(&s)
        .output()
        .unwrap();
    assert!(out.status.success());
    let t = transcript(&out.stdout);
    assert_eq!(t[1]["turn"]["node"], "crisis_talk");
    let cards = t[1]["turn"]["effects"][0]["helplines"].as_array().unwrap();
    assert_eq!(cards[0]["id"], "es-024");
    assert_eq!(cards[0]["crisis_line"], true);
    assert_eq!(cards[1]["emergency"], true);
    // "I might not be safe right now": emergency numbers first.
    assert_eq!(t[2]["turn"]["node"], "crisis_not_safe");
    assert_eq!(
        t[2]["turn"]["effects"][0]["helplines"][0]["emergency"],
        true
    );
}
