//! `waymark questionnaire` and `waymark interview` driven as a worker, a
//! script or an NGO testing its forms would drive them: scripted and
//! interactive interviews, hand-over privacy, `questionnaire check` on
//! broken files, a draft surviving SIGKILL, and no answer on disk in clear.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use waymark_core::i18n::Localizer;
use waymark_core::questionnaire::{
    Answer, Catalog, Mode, QuestionType, QuestionView, Questionnaire, Session, Slot,
};
use waymark_core::{KdfParams, SoftwareKeyStore, Vault, VaultOptions};

#[path = "../../core/tests/support/mod.rs"]
mod support;
use support::assert_no_plaintext;

const PASS: &str = "7302";

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/interview/work_check.toml")
}

fn core_fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../core/tests/fixtures/questionnaires")
        .join(name)
}

/// A vault with the cheapest KDF, made the way `waymark` opens it.
fn new_vault(dir: &Path) {
    let vault = Vault::new(
        dir,
        Arc::new(SoftwareKeyStore::in_directory(dir.join("keystore"))),
    );
    let options = VaultOptions {
        kdf: KdfParams::MINIMUM,
        wipe_after: None,
    };
    vault.create(PASS, &options).unwrap();
}

fn command(args: &[&str], lang: &str) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_waymark"));
    cmd.args(args)
        .env("WAYMARK_PASSCODE", PASS)
        .env("WAYMARK_LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LANG");
    cmd
}

fn run(args: &[&str], stdin: &str) -> Output {
    run_in(args, stdin, "en")
}

fn run_in(args: &[&str], stdin: &str, lang: &str) -> Output {
    let mut child = command(args, lang)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn json_of(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// A `--json` command that must succeed; returns its result.
fn ok(args: &[&str]) -> Value {
    ok_in(args, "en")
}

fn ok_in(args: &[&str], lang: &str) -> Value {
    let mut a = args.to_vec();
    a.push("--json");
    let out = run_in(&a, "", lang);
    let v = json_of(&out);
    assert!(out.status.success(), "{args:?} failed: {v}");
    v["result"].clone()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn drafts(dir: &Path) -> Vec<Value> {
    ok(&["interview", "list", "--dir", s(dir)])
        .as_array()
        .unwrap()
        .clone()
}

// ---------------------------------------------------------------- scripted

const ANSWERS_TOML: &str = r#"
consent = true
age = 34
working = "yes"
sector = "fishing"
region = "north"
can_leave = "no"
threats = ["violence", "debt"]
since = 2024-01-01
story = "MARKER-toml-5521 they took my passport"

[[employers]]
paid = "no"
owed = 1500.5

[[employers]]
paid = "yes"
"#;

#[test]
fn a_scripted_interview_scores_and_lists_helplines_for_the_country() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    new_vault(&dir);
    let answers = tmp.path().join("answers.toml");
    std::fs::write(&answers, ANSWERS_TOML).unwrap();
    let f = fixture();
    let r = ok(&[
        "interview",
        "start",
        "--file",
        s(&f),
        "--answers",
        s(&answers),
        "--country",
        "GB",
        "--today",
        "2026-01-01",
        "--dir",
        s(&dir),
    ]);
    assert_eq!(r["risk"], "high", "{r}");
    let ids: Vec<&str> = r["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    // The second employer paid, so its `owed` is unasked: sum() skips that
    // block (issue 14; ODK Web Forms would give NaN) and the first
    // employer's debt is a wages sign.
    assert_eq!(
        ids,
        [
            "restriction_of_movement",
            "intimidation_and_threats",
            "debt_bondage",
            "withholding_of_wages"
        ]
    );
    assert_eq!(r["indicators"][0]["name"], "Restriction of movement");
    let actions = r["actions"].as_array().unwrap();
    assert_eq!(actions[0]["text"], "Explain the right to be paid in full.");
    assert_eq!(actions[1]["text"], "Make a safety plan together today.");
    // The helplines come from the directory, for the person's country.
    let helplines = actions[2]["helplines"].as_array().unwrap();
    assert_eq!(actions[2]["type"], "refer_helplines");
    assert!(!helplines.is_empty());
    for h in helplines {
        let c = h["helpline"]["country"].as_str().unwrap();
        assert_eq!(c, "GB", "{h}");
    }
    assert!(helplines.iter().any(|h| h["helpline"]["name"]
        .as_str()
        .unwrap()
        .contains("Modern Slavery")));
    // Interviewer mode: the worker sees the answers, both repeat blocks too.
    let answers = r["answers"].as_array().unwrap();
    let owed: Vec<&Value> = answers.iter().filter(|a| a["question"] == "owed").collect();
    assert_eq!(owed.len(), 1, "the second employer paid: no owed question");
    assert_eq!(owed[0]["block"], 1);
    assert_eq!(r["progress"]["answered"], r["progress"]["relevant"]);
    let draft = r["draft_id"].as_str().unwrap();
    assert_eq!(drafts(&dir)[0]["id"], draft);
    assert_no_plaintext(&dir, &["MARKER-toml-5521", "they took my passport"]);
}

#[test]
fn json_answers_finalize_and_the_same_result_in_french() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    new_vault(&dir);
    let answers = tmp.path().join("answers.json");
    let body = json!({
        "consent": true, "age": "٣٤", "working": "yes", "sector": "farm",
        "region": "not_sure", "can_leave": "no", "threats": ["police"],
        "since": "2025-06-01", "story": "MARKER-json-9917",
        "employers": [{ "paid": "no", "owed": 20 }]
    });
    std::fs::write(&answers, body.to_string()).unwrap();
    let f = fixture();
    let r = ok_in(
        &[
            "interview",
            "start",
            "--file",
            s(&f),
            "--answers",
            s(&answers),
            "--finalize",
            "--dir",
            s(&dir),
        ],
        "fr",
    );
    assert_eq!(r["risk"], "high");
    assert_eq!(r["risk_text"], "Élevé", "{r}");
    assert!(r["report_id"].as_str().unwrap().len() == 32);
    assert_eq!(
        r["actions"][1]["text"],
        "Faire un plan de sécurité ensemble aujourd’hui."
    );
    assert_eq!(
        r["answers"][1]["answer"],
        json!({ "type": "integer", "value": 34 })
    );
    // Finalizing stored the report and removed the draft.
    assert!(drafts(&dir).is_empty());
    assert_no_plaintext(&dir, &["MARKER-json-9917"]);
}

#[test]
fn changing_an_answer_clears_the_abandoned_branch() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    new_vault(&dir);
    let answers = tmp.path().join("a.toml");
    std::fs::write(&answers, ANSWERS_TOML).unwrap();
    let f = fixture();
    let r = ok(&[
        "interview",
        "start",
        "--file",
        s(&f),
        "--answers",
        s(&answers),
        "--dir",
        s(&dir),
    ]);
    let draft = r["draft_id"].as_str().unwrap().to_owned();
    let d = s(&dir);
    let fp = s(&f);
    ok(&[
        "interview",
        "answer",
        &draft,
        "working",
        "no",
        "--file",
        fp,
        "--dir",
        d,
    ]);
    let review = ok(&["interview", "review", &draft, "--file", fp, "--dir", d]);
    let names: Vec<&str> = review["answers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["question"].as_str().unwrap())
        .collect();
    assert!(
        !names.contains(&"sector") && !names.contains(&"owed"),
        "{names:?}"
    );
    let summary = ok(&["interview", "summary", &draft, "--file", fp, "--dir", d]);
    assert!(summary["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i["id"] != "withholding_of_wages"));
    // Answering it again is refused: it is no longer asked.
    let out = run(
        &[
            "interview",
            "answer",
            &draft,
            "sector",
            "farm",
            "--file",
            fp,
            "--dir",
            d,
            "--json",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json_of(&out)["error"]["kind"], "not_relevant");
    // A wrong value is refused with the question's name, never the value.
    let out = run(
        &[
            "interview",
            "answer",
            &draft,
            "age",
            "5",
            "--file",
            fp,
            "--dir",
            d,
            "--json",
        ],
        "",
    );
    assert_eq!(json_of(&out)["error"]["kind"], "constraint_failed");
    // The author's message, after the question it is about.
    assert_eq!(
        json_of(&out)["error"]["message"],
        "age: Please give an age between 10 and 110."
    );
    let out = run(
        &[
            "interview",
            "start",
            "--file",
            fp,
            "--answers",
            s(&tmp.path().join("nope.toml")),
            "--dir",
            d,
            "--json",
        ],
        "",
    );
    assert_eq!(json_of(&out)["error"]["kind"], "invalid_answers");
}

#[test]
fn an_answers_file_with_unknown_names_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    new_vault(&dir);
    let answers = tmp.path().join("a.toml");
    std::fs::write(&answers, "consent = true\nagee = 30\n").unwrap();
    let f = fixture();
    let out = run(
        &[
            "interview",
            "start",
            "--file",
            s(&f),
            "--answers",
            s(&answers),
            "--dir",
            s(&dir),
            "--json",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    let v = json_of(&out);
    assert_eq!(v["error"]["kind"], "invalid_answers");
    assert!(v["error"]["message"].as_str().unwrap().contains("agee"));
}

#[test]
fn hand_over_shows_the_worker_only_the_summary_unless_the_person_agrees() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    new_vault(&dir);
    let answers = tmp.path().join("a.toml");
    std::fs::write(&answers, ANSWERS_TOML).unwrap();
    let (f, d) = (fixture(), dir.clone());
    let (fp, dp) = (s(&f), s(&d));
    let r = ok(&[
        "interview",
        "start",
        "--file",
        fp,
        "--mode",
        "handover",
        "--answers",
        s(&answers),
        "--dir",
        dp,
    ]);
    assert_eq!(r["risk"], "high");
    assert_eq!(r["answers"], Value::Null, "{r}");
    let draft = r["draft_id"].as_str().unwrap().to_owned();
    let out = run(
        &[
            "interview",
            "review",
            &draft,
            "--file",
            fp,
            "--dir",
            dp,
            "--json",
        ],
        "",
    );
    assert_eq!(json_of(&out)["error"]["kind"], "private");
    let text = stdout(&run(
        &["interview", "summary", &draft, "--file", fp, "--dir", dp],
        "",
    ));
    assert!(text.contains("The answers are private"), "{text}");
    assert!(
        !text.contains("Fishing") && !text.contains("MARKER"),
        "{text}"
    );

    // Interactively, the person is asked at the end; "yes" shows them.
    let input = "\n1\n30\n2\n2\n1\n\n2\n1\n2\n";
    let out = run(
        &[
            "interview",
            "start",
            "--file",
            fp,
            "--mode",
            "handover",
            "--dir",
            dp,
        ],
        input,
    );
    let text = stdout(&out);
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("Would you like the worker to see your answers?"),
        "{text}"
    );
    assert!(text.contains("Please give the phone back now."), "{text}");
    let after = text
        .split("Please give the phone back now.")
        .nth(1)
        .unwrap();
    assert!(after.contains("How old are you?: 30"), "{after}");
    // The interviewer's hints are never shown in hand-over mode.
    assert!(!text.contains("For the interviewer"), "{text}");

    // "No": the worker's summary has no answers.
    let input = "\n1\n30\n2\n2\n1\n\n2\n2\n";
    let text = stdout(&run(
        &[
            "interview",
            "start",
            "--file",
            fp,
            "--mode",
            "handover",
            "--dir",
            dp,
        ],
        input,
    ));
    let after = text
        .split("Please give the phone back now.")
        .nth(1)
        .unwrap();
    assert!(after.contains("The answers are private"), "{after}");
    assert!(!after.contains("How old are you?: 30"), "{after}");
}

#[test]
fn interactive_answers_in_the_users_language_with_back_review_and_stop() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    new_vault(&dir);
    let f = fixture();
    // French words and numbers: "1" acknowledges, "Oui" is yes, and the
    // back and stop words are the French ones from the messages.
    let stop = Localizer::new(&["fr"]).text("cli-interview-cmd-stop", &[]);
    let back = Localizer::new(&["fr"]).text("cli-interview-cmd-back", &[]);
    let input = format!("\n1\n42\nOui\n{back}\nnon\n{stop}\n2\n");
    let out = run_in(
        &["interview", "start", "--file", s(&f), "--dir", s(&dir)],
        &input,
        "fr",
    );
    let text = stdout(&out);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("Travaillez-vous en ce moment ?"), "{text}");
    // Back at "working" with its earlier answer shown; "non" replaces
    // "oui" and the work section is not asked again.
    let after = text
        .split("Réponse actuelle : Oui")
        .nth(1)
        .unwrap_or_else(|| panic!("{text}"));
    assert!(!after.contains("Quel genre de travail ?"), "{text}");
    assert!(text.contains("Pouvez-vous quitter ce travail"), "{text}");
    let draft = drafts(&dir)[0]["id"].as_str().unwrap().to_owned();
    let review = ok(&[
        "interview",
        "review",
        &draft,
        "--file",
        s(&fixture()),
        "--dir",
        s(&dir),
    ]);
    let working = review["answers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["question"] == "working")
        .unwrap()
        .clone();
    assert_eq!(
        working["answer"],
        json!({ "type": "choice", "value": "no" })
    );
    let summary = ok(&[
        "interview",
        "summary",
        &draft,
        "--file",
        s(&fixture()),
        "--dir",
        s(&dir),
    ]);
    assert_eq!(summary["stopped"], true);
}

// ---------------------------------------------------------------- check

/// 1-based lines of `src` that contain `needle`.
fn lines_with(src: &str, needle: &str) -> Vec<u32> {
    src.lines()
        .enumerate()
        .filter(|(_, l)| l.contains(needle))
        .map(|(i, _)| i as u32 + 1)
        .collect()
}

#[test]
fn questionnaire_check_reports_file_and_line_for_every_broken_fixture() {
    let dir = core_fixture("");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        if !name.starts_with("bad_") {
            continue;
        }
        checked += 1;
        let src = std::fs::read_to_string(&path).unwrap();
        let expected = if name == "bad_syntax.toml" {
            lines_with(&src, "label = \"broken-a")
        } else {
            lines_with(&src, "# FAULT")
        };
        let out = run(&["questionnaire", "check", s(&path)], "");
        assert_eq!(out.status.code(), Some(1), "{name}");
        let text = stdout(&out);
        let lines: Vec<&str> = text.lines().collect();
        assert!(!lines.is_empty(), "{name}: nothing reported");
        for line in lines {
            // file:line: reason
            let rest = line
                .strip_prefix(&format!("{}:", path.display()))
                .unwrap_or_else(|| panic!("{name}: {line}"));
            let (n, reason) = rest.split_once(": ").unwrap();
            let n: u32 = n.parse().unwrap();
            assert!(
                expected.contains(&n),
                "{name}: line {n} not in {expected:?}: {line}"
            );
            assert!(
                reason.len() > 10 && !reason.contains("questionnaire-finding"),
                "{line}"
            );
        }
        // --json: the same findings with columns and stable kinds.
        let out = run(&["questionnaire", "check", s(&path), "--json"], "");
        let v = json_of(&out);
        assert_eq!(v["ok"], false);
        let findings = v["error"]["details"]["files"][0]["findings"]
            .as_array()
            .unwrap();
        assert!(!findings.is_empty());
        for f in findings {
            assert!(
                expected.contains(&(f["line"].as_u64().unwrap() as u32)),
                "{f}"
            );
            assert!(f["column"].as_u64().unwrap() >= 1);
        }
    }
    assert!(checked >= 9, "only {checked} broken fixtures");
}

#[test]
fn questionnaire_check_is_localized_and_passes_a_good_file() {
    let out = run(&["questionnaire", "check", s(&fixture())], "");
    assert!(out.status.success());
    assert!(stdout(&out).contains("no problems found"));
    let bad = core_fixture("bad_unknown_reference.toml");
    let fr = run_in(&["questionnaire", "check", s(&bad)], "", "fr");
    let text = stdout(&fr);
    assert!(text.contains("${nope}"), "{text}");
    let en = stdout(&run(&["questionnaire", "check", s(&bad)], ""));
    assert_ne!(
        text, en,
        "the French reason must differ from the English one"
    );
    // A missing translation is named with its file and line.
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("locales/en")).unwrap();
    std::fs::create_dir_all(tmp.path().join("locales/fr")).unwrap();
    let src = std::fs::read_to_string(fixture()).unwrap();
    std::fs::write(tmp.path().join("work_check.toml"), &src).unwrap();
    let ftl = |l: &str| {
        std::fs::read_to_string(
            fixture()
                .parent()
                .unwrap()
                .join(format!("locales/{l}/work_check.ftl")),
        )
        .unwrap()
    };
    std::fs::write(tmp.path().join("locales/en/work_check.ftl"), ftl("en")).unwrap();
    let fr_missing: String = ftl("fr")
        .lines()
        .filter(|l| !l.starts_with("wc-age-hint"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(tmp.path().join("locales/fr/work_check.ftl"), fr_missing).unwrap();
    let out = run(
        &[
            "questionnaire",
            "check",
            s(&tmp.path().join("work_check.toml")),
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let line = lines_with(&src, "wc-age-hint")[0];
    assert!(
        text.contains(&format!(
            "work_check.toml:{line}: The message wc-age-hint has no translation in fr."
        )),
        "{text}"
    );
    // An unreadable file is a failure, not a panic.
    let out = run(&["questionnaire", "check", "/nonexistent/x.toml"], "");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn an_interview_on_a_broken_file_lists_its_problems_and_the_command_to_check_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    new_vault(&dir);
    let bad = core_fixture("bad_cycle.toml");
    let args = ["interview", "start", "--file", s(&bad), "--dir", s(&dir)];
    let out = run(&args, "");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad_cycle.toml:"), "{err}");
    // The hint names the terminal command; the core's message (also shown
    // in the phone app) does not.
    assert!(
        err.contains("Check it with: waymark questionnaire check"),
        "{err}"
    );
    let fr = run_in(&args, "", "fr");
    let err = String::from_utf8_lossy(&fr.stderr);
    assert!(
        err.contains("Vérifiez-le avec : waymark questionnaire check"),
        "{err}"
    );
}

// ---------------------------------------------------------------- kill and resume

/// Reads a child's stdout on a thread, so the test can wait for prompts.
struct Screen {
    rx: mpsc::Receiver<Vec<u8>>,
    seen: String,
}

impl Screen {
    fn attach(child: &mut Child) -> Screen {
        let mut out = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = out.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Screen {
            rx,
            seen: String::new(),
        }
    }

    /// Waits until `needle` has appeared `times` times in all output.
    fn wait_for(&mut self, needle: &str, times: usize) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while self.seen.matches(needle).count() < times {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.rx.recv_timeout(left) {
                Ok(bytes) => self.seen.push_str(&String::from_utf8_lossy(&bytes)),
                Err(_) => panic!("never saw {needle:?}; output so far:\n{}", self.seen),
            }
        }
    }
}

#[test]
fn a_draft_survives_sigkill_and_resumes_at_the_right_question() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    new_vault(&dir);
    let f = fixture();
    let mut child = command(
        &["interview", "start", "--file", s(&f), "--dir", s(&dir)],
        "en",
    )
    .stdin(Stdio::piped())
    .stdout(Stdio::piped())
    .stderr(Stdio::null())
    .spawn()
    .unwrap();
    let mut screen = Screen::attach(&mut child);
    let mut stdin = child.stdin.take().unwrap();
    let mut say = |line: &str| {
        stdin.write_all(format!("{line}\n").as_bytes()).unwrap();
        stdin.flush().unwrap();
    };
    screen.wait_for("These questions are about your work", 1);
    say("");
    screen.wait_for("I agree to answer", 1);
    say("1");
    screen.wait_for("How old are you?", 1);
    say("37");
    screen.wait_for("Are you working", 1);
    say("yes");
    screen.wait_for("What kind of work is it?", 1);
    say("2");
    screen.wait_for("Which part of the country?", 1);
    // Killed mid-interview: no chance to save anything more or clean up.
    child.kill().unwrap();
    child.wait().unwrap();

    let list = drafts(&dir);
    assert_eq!(list.len(), 1);
    let draft = list[0]["id"].as_str().unwrap().to_owned();
    let review = ok(&[
        "interview",
        "review",
        &draft,
        "--file",
        s(&f),
        "--dir",
        s(&dir),
    ]);
    let got: Vec<(String, Value)> = review["answers"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| !a["answer"].is_null())
        .map(|a| {
            (
                a["question"].as_str().unwrap().to_owned(),
                a["answer"].clone(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("consent".to_owned(), json!({ "type": "acknowledged" })),
            ("age".to_owned(), json!({ "type": "integer", "value": 37 })),
            (
                "working".to_owned(),
                json!({ "type": "choice", "value": "yes" })
            ),
            (
                "sector".to_owned(),
                json!({ "type": "choice", "value": "fishing" })
            ),
        ]
    );
    // Resuming continues with the question that was on the screen.
    let out = run(
        &[
            "interview",
            "resume",
            &draft,
            "--file",
            s(&f),
            "--dir",
            s(&dir),
        ],
        "1\nquit\n",
    );
    let text = stdout(&out);
    let first = text
        .lines()
        .find(|l| l.starts_with('['))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(first.ends_with("Which part of the country?"), "{text}");
    let review = ok(&[
        "interview",
        "review",
        &draft,
        "--file",
        s(&f),
        "--dir",
        s(&dir),
    ]);
    let region = review["answers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["question"] == "region")
        .unwrap()
        .clone();
    assert_eq!(
        region["answer"],
        json!({ "type": "choice", "value": "north" })
    );
}

#[test]
fn no_answer_text_reaches_any_vault_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    new_vault(&dir);
    let f = fixture();
    let input = "\n1\n30\n2\n2\n1\n\nMARKER-story-6640 the boss kept my ID\n1\n";
    let out = run(
        &["interview", "start", "--file", s(&f), "--dir", s(&dir)],
        input,
    );
    assert!(
        stdout(&out).contains("is saved in the vault"),
        "{}",
        stdout(&out)
    );
    let input = "\n1\n30\n2\n2\n1\n\nMARKER-draft-3318 never finalized\nquit\n";
    run(
        &["interview", "start", "--file", s(&f), "--dir", s(&dir)],
        input,
    );
    assert_eq!(drafts(&dir).len(), 1);
    assert_no_plaintext(
        &dir,
        &[
            "MARKER-story-6640",
            "the boss kept my ID",
            "MARKER-draft-3318",
        ],
    );
}

// ---------------------------------------------------------------- built-in questionnaires

/// The questionnaires the built-in pack must ship (issue 4).
const BUILTIN_IDS: [&str; 4] = [
    "frontline_adult",
    "quick_screen",
    "self_check",
    "youth_screen",
];

/// How a simulated person answers: the classes of path through a form.
#[derive(Clone, Copy, Debug)]
enum Route {
    /// Yes, the first choice, plausible numbers: the "many signs" path.
    First,
    /// No, the last choice: the "few signs" path.
    Last,
    NotSure,
    PreferNotToSay,
}

fn pick(view: &QuestionView, how: Route, n: usize) -> Vec<Answer> {
    match how {
        Route::NotSure
            if view.kind.is_answerable() && view.kind != QuestionType::Acknowledgement =>
        {
            return vec![Answer::NotSure]
        }
        Route::PreferNotToSay
            if view.kind.is_answerable() && view.kind != QuestionType::Acknowledgement =>
        {
            return vec![Answer::PreferNotToSay]
        }
        _ => {}
    }
    let first = matches!(how, Route::First);
    let choice = |c: &[waymark_core::questionnaire::ChoiceView]| {
        let c = if first { c.first() } else { c.last() };
        c.map(|c| c.name.clone())
    };
    let mut out = match view.kind {
        QuestionType::YesNo => vec![Answer::Choice(if first { "yes" } else { "no" }.into())],
        QuestionType::SingleChoice | QuestionType::Region => choice(&view.choices)
            .map(Answer::Choice)
            .into_iter()
            .collect(),
        QuestionType::MultipleChoice => {
            let all: Vec<String> = view.choices.iter().map(|c| c.name.clone()).collect();
            if first {
                vec![Answer::Choices(all)]
            } else {
                choice(&view.choices)
                    .map(|c| Answer::Choices(vec![c]))
                    .into_iter()
                    .collect()
            }
        }
        QuestionType::Text => vec![Answer::Text(format!("MARKER-builtin-{n}"))],
        QuestionType::Integer => [16, 30, 1, 0, 12, 60, 100]
            .into_iter()
            .map(Answer::Integer)
            .collect(),
        QuestionType::Decimal => vec![Answer::Decimal(100.0), Answer::Decimal(0.0)],
        QuestionType::Date => vec![Answer::Date(
            chrono::NaiveDate::from_ymd_opt(2025, 1, 15).unwrap(),
        )],
        QuestionType::Acknowledgement => vec![Answer::Acknowledged],
        QuestionType::Note | QuestionType::Calculate => Vec::new(),
    };
    // Whatever the constraints, one of these is accepted.
    out.push(Answer::NotSure);
    out
}

fn answer_json(a: &Answer) -> Value {
    match a {
        Answer::Choice(c) => json!(c),
        Answer::Choices(c) => json!(c),
        Answer::Text(t) => json!(t),
        Answer::Integer(i) => json!(i),
        Answer::Decimal(d) => json!(d),
        Answer::Date(d) => json!(d.format("%Y-%m-%d").to_string()),
        Answer::Acknowledged => json!(true),
        Answer::NotSure => json!("not_sure"),
        Answer::PreferNotToSay => json!("prefer_not_to_say"),
    }
}

/// Answers a questionnaire in memory along one path class (with one block
/// per relevant repeat), and returns the answers file and the risk level.
fn simulate(q: &Arc<Questionnaire>, how: Route) -> (Value, String) {
    let session = Session::start(Arc::clone(q), Mode::Interviewer, None).unwrap();
    session
        .set_today(chrono::NaiveDate::from_ymd_opt(2026, 1, 1))
        .unwrap();
    let mut file = serde_json::Map::new();
    let mut steps = 0;
    while let Some(view) = session.current() {
        steps += 1;
        assert!(steps < 10_000, "{}: the walk does not end", q.id);
        for section in q.sections.iter().filter(|s| s.repeat) {
            if session.section_relevant(&section.id) && session.repeat_count(&section.id) == 0 {
                session.add_repeat(&section.id).unwrap();
            }
        }
        let view = session.current().unwrap_or(view);
        if view.kind.is_answerable() {
            let accepted = pick(&view, how, steps)
                .into_iter()
                .find(|a| session.answer(&view.slot, a.clone()).is_ok())
                .unwrap_or_else(|| {
                    panic!("{}: no answer accepted for {}", q.id, view.slot.question)
                });
            let value = answer_json(&accepted);
            match view.slot.instance {
                None => {
                    file.insert(view.slot.question.clone(), value);
                }
                Some(i) => {
                    let blocks = file
                        .entry(view.section.clone())
                        .or_insert_with(|| json!([]))
                        .as_array_mut()
                        .unwrap();
                    while blocks.len() <= i as usize {
                        blocks.push(json!({}));
                    }
                    blocks[i as usize][&view.slot.question] = value;
                }
            }
        }
        session.next().unwrap();
    }
    // Answers that later answers hid are not in the final state: keep
    // exactly what the session kept.
    let kept: std::collections::HashSet<Slot> = session
        .review()
        .into_iter()
        .filter(|i| i.answer.is_some())
        .map(|i| i.slot)
        .collect();
    for (k, v) in file.iter_mut() {
        if let Some(blocks) = v.as_array_mut() {
            for (i, block) in blocks.iter_mut().enumerate() {
                if let Some(b) = block.as_object_mut() {
                    b.retain(|name, _| kept.contains(&Slot::at(name, i as u32)));
                }
            }
        } else if !kept.contains(&Slot::top(k)) {
            *v = Value::Null;
        }
    }
    file.retain(|_, v| !v.is_null());
    // Blocks the walk added but left without answers still count.
    for section in q.sections.iter().filter(|s| s.repeat) {
        let n = session.repeat_count(&section.id) as usize;
        if n == 0 {
            continue;
        }
        let blocks = file
            .entry(section.id.clone())
            .or_insert_with(|| json!([]))
            .as_array_mut()
            .unwrap();
        while blocks.len() < n {
            blocks.push(json!({}));
        }
    }
    let risk = serde_json::to_value(session.outcome().risk).unwrap();
    (Value::Object(file), risk.as_str().unwrap().to_owned())
}

// With any built-in questionnaire missing it fails naming the missing ids.
#[test]
fn every_builtin_questionnaire_runs_in_every_shipped_locale() {
    let catalog = Catalog::builtin();
    let listed: Vec<String> = catalog.list().unwrap().into_iter().map(|e| e.id).collect();
    let missing: Vec<&str> = BUILTIN_IDS
        .iter()
        .copied()
        .filter(|id| !listed.iter().any(|l| l == id))
        .collect();
    assert!(
        missing.is_empty(),
        "the built-in pack lacks these questionnaires: {missing:?} \
         (content/builtin/questionnaires/<id>.toml, listed in core/src/content/builtin.rs)"
    );
    let locales = Localizer::available_locales();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    new_vault(&dir);
    for id in &listed {
        let loaded = catalog
            .load(id)
            .unwrap_or_else(|e| panic!("{id} does not load: {e:?}"));
        let q = &loaded.questionnaire;
        for l in &locales {
            assert!(q.locales.contains(l), "{id} does not declare locale {l}");
        }
        every_path(q, &[id.as_str()], &locales, tmp.path(), &dir);
    }
    assert_no_plaintext(&dir, &["MARKER-builtin-"]);
}

/// The same machinery on the test questionnaire, so it is known to work
/// before the built-in questionnaires exist.
#[test]
fn every_path_class_of_a_questionnaire_file_runs_in_its_locales() {
    let f = fixture();
    let loaded = waymark_core::questionnaire::catalog::load_file(&f).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    new_vault(&dir);
    let q = &loaded.questionnaire;
    every_path(q, &["--file", s(&f)], &q.locales, tmp.path(), &dir);
    assert_no_plaintext(&dir, &["MARKER-builtin-"]);
}

/// Answers `q` along every path class through the CLI (`source` names it:
/// an id or `--file F`), in each of `locales` for the main classes, and
/// checks that the CLI's result equals the engine's and no text is missing.
fn every_path(q: &Arc<Questionnaire>, source: &[&str], locales: &[String], tmp: &Path, dir: &Path) {
    let id = &q.id;
    for how in [
        Route::First,
        Route::Last,
        Route::NotSure,
        Route::PreferNotToSay,
    ] {
        let (answers, risk) = simulate(q, how);
        let file = tmp.join(format!("{id}-{how:?}.json"));
        std::fs::write(&file, answers.to_string()).unwrap();
        let langs: Vec<&str> = match how {
            Route::First | Route::Last => locales.iter().map(String::as_str).collect(),
            _ => vec!["en"],
        };
        for lang in langs {
            let mut args = vec!["interview", "start"];
            args.extend_from_slice(source);
            args.extend_from_slice(&[
                "--answers",
                s(&file),
                "--today",
                "2026-01-01",
                "--country",
                "GB",
                "--dir",
                s(dir),
            ]);
            let r = ok_in(&args, lang);
            assert_eq!(r["risk"], risk.as_str(), "{id} {how:?} {lang}: {r}");
            let missing = Localizer::new(&[lang]).text("i18n-text-missing", &[]);
            assert!(
                !r.to_string().contains(&missing),
                "{id} {how:?} {lang}: a text is missing: {r}"
            );
            // The text a person reads, too.
            let out = run_in(&args, "", lang);
            let text = stdout(&out);
            assert!(
                out.status.success() && !text.contains(&missing),
                "{id} {how:?} {lang}: {text}"
            );
        }
    }
    // "Stop here" before any answer still gives a summary and a report.
    let empty = tmp.join("empty.json");
    std::fs::write(&empty, "{}").unwrap();
    let mut args = vec!["interview", "start"];
    args.extend_from_slice(source);
    args.extend_from_slice(&[
        "--answers",
        s(&empty),
        "--stop",
        "--finalize",
        "--dir",
        s(dir),
    ]);
    let r = ok(&args);
    assert!(r["report_id"].is_string(), "{r}");
}

// ---------------------------------------------------------------- from a signed pack

#[test]
fn a_questionnaire_from_an_installed_pack_is_listed_and_run_by_id() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    new_vault(&dir);
    // An NGO's pack: the questionnaire and its texts, signed with its key.
    let pack = tmp.path().join("pack");
    let src = fixture();
    let here = src.parent().unwrap();
    std::fs::create_dir_all(pack.join("questionnaires")).unwrap();
    std::fs::copy(&src, pack.join("questionnaires/work_check.toml")).unwrap();
    for l in ["en", "fr"] {
        std::fs::create_dir_all(pack.join(format!("locales/{l}"))).unwrap();
        std::fs::copy(
            here.join(format!("locales/{l}/work_check.ftl")),
            pack.join(format!("locales/{l}/work_check.ftl")),
        )
        .unwrap();
    }
    let key = tmp.path().join("ngo.pk8");
    let made = ok(&["content", "keygen", "--out", s(&key)]);
    let public = made["public_key"].as_str().unwrap().to_owned();
    ok(&[
        "content",
        "sign",
        s(&pack),
        "--key",
        s(&key),
        "--pack-id",
        "org.example.forms",
        "--version",
        "1",
    ]);
    ok(&[
        "content",
        "trust",
        &public,
        "--name",
        "Example NGO",
        "--dir",
        s(&dir),
    ]);
    ok(&["content", "install", s(&pack), "--dir", s(&dir)]);

    let list = ok_in(&["questionnaire", "list", "--dir", s(&dir)], "fr");
    let entry = list
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "work_check")
        .unwrap_or_else(|| panic!("{list}"))
        .clone();
    assert_eq!(entry["title"], "Vérification du travail");
    assert_eq!(entry["source"]["pack_id"], "org.example.forms");
    assert_eq!(entry["locales"], json!(["en", "fr"]));

    let answers = tmp.path().join("a.toml");
    std::fs::write(&answers, ANSWERS_TOML).unwrap();
    let r = ok(&[
        "interview",
        "start",
        "work_check",
        "--answers",
        s(&answers),
        "--dir",
        s(&dir),
    ]);
    assert_eq!(r["risk"], "high");
    // Resuming by draft id finds the questionnaire in the pack again.
    let draft = r["draft_id"].as_str().unwrap();
    let summary = ok(&["interview", "summary", draft, "--dir", s(&dir)]);
    assert_eq!(summary["risk"], "high");
    // An id that no pack offers is a clear failure.
    let out = run(
        &["interview", "start", "nope", "--dir", s(&dir), "--json"],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json_of(&out)["error"]["kind"], "questionnaire_not_found");
}
