//! `waymark locales …` and `--lang`, driven as a translator or a script would.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

fn waymark(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_waymark"));
    cmd.args(args)
        .env_remove("WAYMARK_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

fn json_of(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/locales-broken")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn the_built_in_locales_pass_the_lint() {
    let out = waymark(&["locales", "lint", "--json"], &[]);
    assert!(out.status.success(), "{}", stdout(&out));
    let v = json_of(&out);
    assert_eq!(v["ok"], true);
    assert_eq!(v["result"]["findings"], Value::Array(vec![]));
    assert!(v["result"]["locales"].as_u64().unwrap() >= 16);
}

#[test]
fn the_repository_locales_folder_passes_the_lint() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    let out = waymark(
        &["locales", "lint", "--root", root.to_str().unwrap()],
        &[("WAYMARK_LANG", "en")],
    );
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(stdout(&out).starts_with("No problems found."));
}

#[test]
fn a_broken_tree_fails_with_findings() {
    let out = waymark(
        &["locales", "lint", "--root", &fixture("variable-mismatch")],
        &[],
    );
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains("fr/app.ftl:1: variable_mismatch [hello]"),
        "{text}"
    );
    assert_eq!(String::from_utf8_lossy(&out.stderr).lines().count(), 1);

    let out = waymark(
        &[
            "locales",
            "lint",
            "--root",
            &fixture("missing-message"),
            "--json",
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(1));
    let v = json_of(&out);
    assert_eq!(v["ok"], false);
    assert_eq!(v["error"]["kind"], "lint_failed");
    assert_eq!(
        v["error"]["details"]["findings"][0]["kind"],
        "missing_message"
    );
    assert_eq!(v["error"]["details"]["findings"][0]["message_id"], "bye");
}

#[test]
fn list_shows_sixteen_locales_with_direction_and_status() {
    let v = json_of(&waymark(&["locales", "list", "--json"], &[]));
    let list = v["result"].as_array().unwrap();
    assert!(list.len() >= 16);
    let ar = list.iter().find(|l| l["code"] == "ar").unwrap();
    assert_eq!(ar["direction"], "right_to_left");
    assert_eq!(ar["status"], "machine_assisted");
    assert_eq!(ar["native_name"], "العربية");
    let en = list.iter().find(|l| l["code"] == "en").unwrap();
    assert_eq!(en["status"], "source");
}

#[test]
fn lang_flag_and_environment_choose_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let status = |args: &[&str], env: &[(&str, &str)]| {
        let mut all = vec!["vault", "status", "--dir", d];
        all.extend_from_slice(args);
        stdout(&waymark(&all, env)).trim().to_owned()
    };
    assert_eq!(status(&[], &[]), "There is no vault in this folder.");
    assert_eq!(
        status(&["--lang", "es"], &[]),
        "No hay ninguna caja fuerte en esta carpeta."
    );
    assert_eq!(
        status(&[], &[("WAYMARK_LANG", "fr")]),
        "Il n’y a pas de coffre dans ce dossier."
    );
    assert_eq!(
        status(&[], &[("LANG", "pt_BR.UTF-8")]),
        "Não há nenhum cofre nesta pasta."
    );
    assert_eq!(
        status(&[], &[("LC_ALL", "ru_RU.UTF-8"), ("LANG", "es_ES")]),
        "В этой папке нет сейфа."
    );
    // The flag wins over the environment; unknown languages give English.
    assert_eq!(
        status(&["--lang", "uk"], &[("LANG", "es_ES")]),
        "У цій папці немає сейфа."
    );
    assert_eq!(
        status(&["--lang", "xx"], &[]),
        "There is no vault in this folder."
    );
}

#[test]
fn json_shapes_and_kinds_do_not_depend_on_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("v");
    let d = d.to_str().unwrap();
    for lang in ["en", "ar", "zh-Hans"] {
        let out = waymark(
            &["journal", "list", "--dir", d, "--json", "--lang", lang],
            &[("WAYMARK_PASSCODE", "1")],
        );
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(json_of(&out)["error"]["kind"], "not_found");
    }
}

#[test]
fn the_demo_runs_in_other_scripts_and_directions() {
    // Each run derives real Argon2 keys; three scripts and both directions
    // are enough here (the lint proves every locale has every message).
    for code in ["ar", "my", "zh-Hans"] {
        let out = waymark(&["demo", "--lang", code], &[]);
        assert!(
            out.status.success(),
            "{code}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = stdout(&out);
        assert!(
            !text.contains("cli-demo"),
            "{code}: a message id leaked:\n{text}"
        );
        assert!(!text.contains("(text missing)"), "{code}");
        let filler = waymark_core::i18n::Localizer::new(&[code])
            .format("i18n-text-missing", &[])
            .unwrap();
        assert!(
            !text.contains(&filler),
            "{code}: a message could not be formatted:\n{text}"
        );
    }
}
