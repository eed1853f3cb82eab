//! `waymark questionnaire import` as a user runs it: an XLSForm workbook
//! and an XForm become questionnaires that `questionnaire check` accepts,
//! with a report line for every row; GPS and uploads are refused and
//! identifying metadata dropped, each with a line that says so.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn waymark(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(args)
        .env("WAYMARK_LANG", "en")
        .output()
        .expect("waymark runs")
}

fn import(form: &Path, out: &Path) -> Value {
    let o = waymark(&[
        "--json",
        "questionnaire",
        "import",
        form.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    let v: Value = serde_json::from_slice(&o.stdout).expect("JSON");
    v["result"].clone()
}

/// The lines of the report about one place, as (action, message id).
fn lines_at(result: &Value, place: &str) -> Vec<(String, String)> {
    result["report"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| {
            let p = &l["place"];
            let at = match p["in"].as_str() {
                Some("sheet") => format!("{}:{}", p["sheet"].as_str().unwrap(), p["row"]),
                Some("xml") => p["path"].as_str().unwrap().to_string(),
                _ => "form".into(),
            };
            at == place
        })
        .map(|l| {
            (
                l["action"].as_str().unwrap().to_string(),
                l["message_id"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn an_xlsform_workbook_becomes_a_checked_questionnaire_with_a_line_per_row() {
    let dir = tempfile::tempdir().unwrap();
    let r = import(&fixture("import_seed.xlsx"), dir.path());
    assert_eq!(r["id"], "seed_form");
    assert_eq!(r["checked"], true);
    assert_eq!(r["locales"], serde_json::json!(["en", "fr"]));
    let toml = dir.path().join("seed_form.toml");
    assert!(toml.is_file());
    assert!(dir.path().join("locales/fr/seed_form.ftl").is_file());
    // Every survey row has a line (rows 2 to 7; row 1 is the header).
    for row in 2..=7 {
        assert!(
            !lines_at(&r, &format!("survey:{row}")).is_empty(),
            "survey row {row}"
        );
    }
    // The repeat with its condition, the default kept, the GPS refused.
    let text = std::fs::read_to_string(&toml).unwrap();
    assert!(
        text.contains("repeat = true") && text.contains("default = \"40\""),
        "{text}"
    );
    assert_eq!(
        lines_at(&r, "survey:7"),
        [("refused".to_string(), "import-refused-gps".to_string())]
    );
    assert!(!text.contains("where"));
    // questionnaire check agrees, as a user would run it.
    let o = waymark(&["questionnaire", "check", toml.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    // A French reader gets the French report.
    let o = Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args([
            "--lang",
            "fr",
            "questionnaire",
            "import",
            "--force",
            "--out",
        ])
        .arg(dir.path())
        .arg(fixture("import_seed.xlsx"))
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("survey:7: refusé") && out.contains("Waymark ne le fait jamais"),
        "{out}"
    );
}

#[test]
fn identifying_metadata_is_dropped_and_location_and_uploads_refused_loudly() {
    let dir = tempfile::tempdir().unwrap();
    let r = import(&fixture("import_metadata.xml"), dir.path());
    assert_eq!(r["checked"], true);
    for (path, action, id) in [
        ("/data/deviceid", "dropped", "import-dropped-identifier"),
        ("/data/phonenumber", "dropped", "import-dropped-identifier"),
        ("/data/where", "refused", "import-refused-gps"),
        ("/data/photo", "refused", "import-refused-upload"),
    ] {
        assert_eq!(
            lines_at(&r, path),
            [(action.to_string(), id.to_string())],
            "{path}"
        );
    }
    // start becomes the engine's clock (a date, no time of day).
    assert!(
        lines_at(&r, "/data/start").contains(&("changed".into(), "import-changed-clock".into()))
    );
    let text = std::fs::read_to_string(dir.path().join("metadata_form.toml")).unwrap();
    assert!(text.contains("calculation = \"today()\""));
    for gone in ["deviceid", "phonenumber", "geopoint", "where", "photo"] {
        assert!(!text.contains(gone), "{gone} in {text}");
    }
    // Nothing is overwritten without --force.
    let o = waymark(&[
        "questionnaire",
        "import",
        fixture("import_metadata.xml").to_str().unwrap(),
        "--out",
        dir.path().to_str().unwrap(),
    ]);
    assert!(!o.status.success());
}

#[test]
fn a_file_that_is_not_a_form_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.xlsx");
    std::fs::write(&bad, b"not a workbook").unwrap();
    let o = waymark(&[
        "questionnaire",
        "import",
        bad.to_str().unwrap(),
        "--out",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("cannot be read as a form"), "{err}");
    let xml = dir.path().join("bad.xml");
    std::fs::write(&xml, b"<!DOCTYPE x [<!ENTITY a \"b\">]><x>&a;</x>").unwrap();
    let o = waymark(&[
        "questionnaire",
        "import",
        xml.to_str().unwrap(),
        "--out",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
}
