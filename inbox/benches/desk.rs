//! The NGO desk with 10,000 reports: server time per page.
//!
//! `cargo bench -p waymark-inbox --bench desk --profile dev [-- --quick]`
//!
//! Fills a desk's sealed archive with real envelopes (questionnaire reports
//! in eight languages with indicators, regions and free text), starts a real
//! empty inbox and the desk on 127.0.0.1, logs in (which opens every
//! envelope), and times each page over HTTP: the list (default order, a
//! filter, a search), one report, the dashboard and its CSV. The baseline,
//! measured in the same run, is the desk's style sheet: the same HTTP path,
//! session-less and static, so the ratio is what the page itself costs. The
//! goal is under 200 ms per page. `--quick` uses 500 reports (the test
//! command's smoke run).
//!
//! Prints a markdown table for docs/PERFORMANCE.md.

use std::net::{Ipv4Addr, SocketAddr};
use std::time::{Duration, Instant};

use serde_json::json;
use waymark_core::envelope::{self, Report, ReportField, ReportKind};
use waymark_core::sync::wire::PulledEnvelope;
use waymark_core::KdfParams;
use waymark_inbox::config::ConfigFile;
use waymark_inbox::desk::{self, routes, DeskOptions};
use waymark_inbox::identity::{self, SERVER_CONFIG};
use waymark_inbox::ngo::archive::Archive;
use waymark_inbox::{keyfile, run};

const PASS: &str = "desk benchmark passphrase";
const LANGS: [&str; 8] = ["en", "es", "fr", "pt-BR", "ar", "uk", "ru", "sw"];
const INDICATORS: [&str; 5] = [
    "deception",
    "debt_bondage",
    "retention_of_identity_documents",
    "restriction_of_movement",
    "intimidation_and_threats",
];
const RISKS: [&str; 5] = ["none", "low", "medium", "high", "urgent"];
const REGIONS: [&str; 3] = ["this_country", "other_country", "at_sea"];

fn field(name: &str, value: &str) -> ReportField {
    ReportField {
        name: name.into(),
        value: value.into(),
    }
}

/// Report `i`: a frontline interview every third, a self-check otherwise,
/// spread over 20 weeks.
fn report(i: usize) -> Report {
    let day =
        chrono::NaiveDate::from_ymd_opt(2026, 7, 1).unwrap() + chrono::Days::new((i % 140) as u64);
    let (id, region_q) = if i.is_multiple_of(3) {
        ("frontline_adult", Some("fl_wp_place"))
    } else {
        ("self_check", None)
    };
    let mut body = vec![
        field("questionnaire", id),
        field("questionnaire_version", "1"),
        field("mode", "\"interviewer\""),
        field("stopped_early", "false"),
        field("consent_to_show_answers", "false"),
        field("answer:sc_debt", &json!({"type": "choice", "value": if i.is_multiple_of(2) { "yes" } else { "no" }}).to_string()),
        field(
            "answer:notes",
            &json!({"type": "text", "value": format!("case {i}: worked {} hours a day, papers kept by the boss", 10 + i % 8)}).to_string(),
        ),
    ];
    if let Some(q) = region_q {
        body.push(field(
            &format!("answer:{q}"),
            &json!({"type": "choice", "value": REGIONS[i % 3]}).to_string(),
        ));
    }
    let inds: Vec<_> = (0..1 + i % 4)
        .map(|k| json!({"id": INDICATORS[(i + k) % 5], "strength": "strong", "weight": 1.0}))
        .collect();
    body.push(field(
        "outcome",
        &json!({"risk": RISKS[i % 5], "indicators": inds, "actions": []}).to_string(),
    ));
    Report::new(
        ReportKind::Questionnaire,
        LANGS[i % LANGS.len()],
        &day.format("%Y-%m-%d").to_string(),
        body,
    )
    .0
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let n = if quick { 500 } else { 10_000 };
    let rounds = if quick { 3 } else { 15 };
    let work = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();

    // A real inbox (empty: the archive below is what the desk pulled before).
    let addr = std::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|l| l.local_addr())
        .unwrap();
    let inbox_dir = work.path().join("inbox");
    let made = identity::create_local_inbox(&inbox_dir, PASS, addr, KdfParams::MINIMUM).unwrap();
    let secrets = keyfile::open(&std::fs::read(&made.key_file).unwrap(), PASS).unwrap();
    let loaded = ConfigFile::load(&inbox_dir.join(SERVER_CONFIG)).unwrap();
    let inbox = runtime.block_on(run::start(loaded, None)).unwrap();

    let started = Instant::now();
    let store = work.path().join("desk");
    let archive = Archive::open(&store.join("archive")).unwrap();
    let public = secrets.hpke.public_key();
    let mut some_id = String::new();
    for i in 0..n {
        let sealed = envelope::seal(&report(i), &public).unwrap();
        some_id = sealed.report_id.to_hex();
        archive
            .save(&PulledEnvelope {
                seq: i as u64 + 1,
                report_id: some_id.clone(),
                day: "2026-12-01".into(),
                envelope: sealed.bytes,
            })
            .unwrap();
    }
    let sealing = started.elapsed();

    let options = DeskOptions {
        keys: made.key_file.clone(),
        server: format!("http://{addr}"),
        store,
        listen: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
        idle: DeskOptions::DEFAULT_IDLE,
        suppress_below: DeskOptions::DEFAULT_SUPPRESS_BELOW,
        tls: None,
    };
    let running = runtime.block_on(desk::start(options)).unwrap();
    let base = running.url();
    waymark_inbox::ngo::client::install_crypto_provider();
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();

    let (unlock, session) = runtime.block_on(async {
        let page = http.get(format!("{base}/login")).send().await.unwrap();
        let body = page.text().await.unwrap();
        let token = body
            .split("name=\"login_csrf\" value=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .unwrap()
            .to_owned();
        let t = Instant::now();
        let r = http
            .post(format!("{base}/login"))
            .header("cookie", format!("{}={token}", routes::LOGIN_COOKIE))
            .form(&[
                ("name", "bench"),
                ("passphrase", PASS),
                ("login_csrf", &token),
            ])
            .send()
            .await
            .unwrap();
        let took = t.elapsed();
        assert_eq!(r.status(), 303);
        let cookie = r
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|c| c.starts_with(routes::SESSION_COOKIE))
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .to_owned();
        (took, cookie)
    });

    let pages: Vec<(&str, String)> = vec![
        (
            "style sheet (baseline: same HTTP path, static)",
            "/static/desk.css".into(),
        ),
        ("list, most urgent first (page 1 of 50 rows)", "/".into()),
        (
            "list, filtered: urgent + one indicator + language",
            "/?risk=urgent&indicator=debt_bondage&lang=uk".into(),
        ),
        (
            "list, search inside the answers",
            "/?q=papers+kept+by".into(),
        ),
        (
            "one report (two languages, indicators, history)",
            format!("/report/{some_id}"),
        ),
        ("dashboard (five SVG charts)", "/dashboard".into()),
        ("dashboard CSV", "/dashboard.csv".into()),
    ];
    let mut results = Vec::new();
    runtime.block_on(async {
        for (name, path) in &pages {
            let mut times = Vec::new();
            for _ in 0..rounds {
                let t = Instant::now();
                let r = http
                    .get(format!("{base}{path}"))
                    .header("cookie", &session)
                    .send()
                    .await
                    .unwrap();
                assert_eq!(r.status(), 200, "{path}");
                let _ = r.bytes().await.unwrap();
                times.push(t.elapsed());
            }
            results.push((*name, median(times)));
        }
    });
    let baseline = results[0].1;
    println!("## NGO desk, {n} reports (median of {rounds} requests over HTTP on 127.0.0.1)\n");
    println!(
        "Sealing and archiving {n} envelopes: {:.1} s (set-up, not timed below).",
        sealing.as_secs_f64()
    );
    println!("Login, opening all {n} envelopes: {:.0} ms.\n", ms(unlock));
    println!("| page | median | ratio to baseline | goal < 200 ms |");
    println!("|---|---|---|---|");
    for (name, t) in &results {
        let ratio = t.as_secs_f64() / baseline.as_secs_f64().max(1e-9);
        let goal = if ms(*t) < 200.0 { "yes" } else { "**no**" };
        println!("| {name} | {:.1} ms | {ratio:.1}× | {goal} |", ms(*t));
    }
    runtime.block_on(async {
        running.stop().await;
        inbox.stop().await;
    });
}
