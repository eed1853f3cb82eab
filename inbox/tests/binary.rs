//! The `waymark-inbox` program end to end, as an NGO runs it: keygen,
//! directory sign, serve, then a phone submits, the NGO pulls, decrypts,
//! exports and replies, and the phone reads the reply. The same run checks
//! that the server's log and database hold no client address or user agent.

mod support;

use std::io::{BufRead, BufReader};
use std::net::{IpAddr, Ipv4Addr};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;
use support::{seal_report, submit_to, Sent};
use waymark_core::content::keys::PublicKey;
use waymark_core::envelope::{self, NgoPublicKey};
use waymark_core::sync::wire::{self, Receipt, RepliesResponse, SignedDirectory};

const BIN: &str = env!("CARGO_BIN_EXE_waymark-inbox");
const PASSPHRASE: &str = "seven random words are a good passphrase";
/// What the "phone" in this test looks like from outside. None of it may
/// appear in the server's log or database.
const CLIENT_IP: &str = "127.0.0.2";
const CLIENT_UA: &str = "SpyPhone/9.9 (Handset-4471; Android 14)";
const FORWARDED_IP: &str = "198.51.100.23";

fn inbox(args: &[&str], passphrase: Option<&str>) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .env_remove("WAYMARK_INBOX_PASSPHRASE")
        .env("WAYMARK_LANG", "en")
        .stdin(Stdio::null());
    if let Some(p) = passphrase {
        cmd.env("WAYMARK_INBOX_PASSPHRASE", p);
    }
    cmd.output().unwrap()
}

fn json_of(out: &Output) -> Value {
    let text = String::from_utf8_lossy(&out.stdout);
    serde_json::from_str(text.trim()).unwrap_or_else(|_| {
        panic!(
            "not JSON: {text} / {}",
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The server child process; killed if the test fails half-way.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start_server(config: &Path, log: &Path, level: Option<&str>) -> Server {
    let mut cmd = Command::new(BIN);
    cmd.env_remove("WAYMARK_INBOX_LOG");
    if let Some(level) = level {
        cmd.env("WAYMARK_INBOX_LOG", level);
    }
    let mut child = cmd
        .args(["--json", "serve", "--config"])
        .arg(config)
        .env("WAYMARK_LANG", "en")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(log).unwrap())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut lines = BufReader::new(stdout).lines();
        if let Some(Ok(line)) = lines.next() {
            let _ = tx.send(line);
        }
        // Keep draining so the server never blocks on a full pipe.
        for _ in lines {}
    });
    let line = rx
        .recv_timeout(Duration::from_secs(30))
        .expect("the server said it is listening");
    assert!(line.contains("listening"), "{line}");
    Server(child)
}

/// A phone: a fixed User-Agent and source address that must never be kept.
fn phone_client() -> reqwest::Client {
    waymark_inbox::ngo::client::install_crypto_provider();
    reqwest::Client::builder()
        .user_agent(CLIENT_UA)
        .local_address(IpAddr::V4(CLIENT_IP.parse::<Ipv4Addr>().unwrap()))
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ngo_round_trip_through_the_binary_with_no_client_trace() {
    let deadline = Instant::now() + Duration::from_secs(240);
    let tmp = tempfile::tempdir().unwrap();
    let ngo_dir = tmp.path().join("ngo");
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let listen = format!("127.0.0.1:{port}");

    // keygen: without a passphrase and without a terminal it refuses.
    let out = inbox(
        &["--json", "keygen", "--out", ngo_dir.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json_of(&out)["error"]["kind"], "no_terminal");
    let out = inbox(
        &[
            "--json",
            "keygen",
            "--out",
            ngo_dir.to_str().unwrap(),
            "--listen",
            &listen,
        ],
        Some(PASSPHRASE),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let public = json_of(&out)["result"]["public"].clone();
    // A second keygen never overwrites the keys.
    let again = inbox(
        &["--json", "keygen", "--out", ngo_dir.to_str().unwrap()],
        Some(PASSPHRASE),
    );
    assert_eq!(json_of(&again)["error"]["kind"], "already_exists");
    // The server's config has no private NGO key and no token, only its hash.
    let config_text = std::fs::read_to_string(ngo_dir.join("inbox.toml")).unwrap();
    let key_file = std::fs::read_to_string(ngo_dir.join("ngo-keys.json")).unwrap();
    assert!(!config_text.contains("hpke"));
    assert!(!key_file.contains(public["hpke_public_key"].as_str().unwrap()));

    // directory sign (wrong passphrase: exit code 3).
    let keys = ngo_dir.join("ngo-keys.json");
    let keys = keys.to_str().unwrap();
    let dir_out = ngo_dir.join("directory.json");
    let sign_args = [
        "--json",
        "directory",
        "sign",
        "--keys",
        keys,
        "--ngo-id",
        "org.example.test",
        "--name",
        "Example Helpdesk",
        "--endpoint",
        &base,
        "--expires",
        "2099-12-31",
        "--out",
        dir_out.to_str().unwrap(),
    ];
    let out = inbox(&sign_args, Some("not the passphrase at all"));
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(json_of(&out)["error"]["kind"], "wrong_passphrase");
    let out = inbox(&sign_args, Some(PASSPHRASE));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let signed: Value = serde_json::from_str(&std::fs::read_to_string(&dir_out).unwrap()).unwrap();
    assert!(signed["entry"]["version"].as_u64().unwrap() > 1_700_000_000);
    assert!(wire::is_day(signed["entry"]["issued"].as_str().unwrap()));
    // Plain http to an ordinary host dressed up as an onion address (in a
    // query or a fragment) is never signed; nothing is written.
    let refused = tmp.path().join("refused.json");
    for sneaky in [
        "http://inbox.example.org?.onion",
        "http://inbox.example.org#.onion",
    ] {
        let mut args = sign_args.to_vec();
        let at = args.iter().position(|a| *a == base.as_str()).unwrap();
        args[at] = sneaky;
        let last = args.len() - 1;
        args[last] = refused.to_str().unwrap();
        let out = inbox(&args, Some(PASSPHRASE));
        assert_eq!(out.status.code(), Some(1), "{sneaky}");
        assert_eq!(json_of(&out)["error"]["kind"], "bad_argument", "{sneaky}");
        assert!(!refused.exists());
    }

    // serve.
    let log = tmp.path().join("server.log");
    let server = start_server(&ngo_dir.join("inbox.toml"), &log, Some("debug"));

    // The phone fetches the directory and checks it with the NGO's key.
    let phone = phone_client();
    let directory: SignedDirectory = phone
        .get(format!("{base}{}", wire::DIRECTORY_PATH))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let directory_key =
        PublicKey::from_hex(public["directory_public_key"].as_str().unwrap()).unwrap();
    let entry = directory
        .verify(&directory_key, "2026-11-22")
        .unwrap()
        .clone();
    assert_eq!(entry.endpoints, std::slice::from_ref(&base));
    let hpke = NgoPublicKey {
        bytes: waymark_core::hex::decode(&entry.hpke_public_key)
            .unwrap()
            .try_into()
            .unwrap(),
    };
    let receipt_key = entry.receipt_public_key().unwrap();

    // Two real reports, a dummy, a malformed one, a reply poll; each with the
    // phone's user agent, source address and a forwarded-for header.
    let reports: Vec<Sent> = ["They took my passport.", "Wages withheld for 3 months."]
        .iter()
        .map(|t| seal_report(&hpke, t))
        .collect();
    for sent in &reports {
        let r = phone
            .post(format!("{base}{}", wire::SUBMIT_PATH))
            .header(wire::HEADER_REPORT_ID, sent.report_id_hex())
            .header(wire::HEADER_REPLY_LOOKUP, sent.lookup_hex())
            .header("x-forwarded-for", FORWARDED_IP)
            .header("x-real-ip", FORWARDED_IP)
            .body(sent.envelope.bytes.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        let receipt: Receipt = r.json().await.unwrap();
        receipt
            .verify(
                &receipt_key,
                &sent.envelope.report_id.bytes,
                &sent.envelope.bytes,
            )
            .unwrap();
    }
    let dummy = support::seal_dummy(&hpke, envelope::Bucket::Kib4);
    assert_eq!(
        submit_to(&phone, &base, &dummy, &dummy.envelope.bytes)
            .await
            .status(),
        200
    );
    assert_eq!(
        submit_to(&phone, &base, &dummy, b"nonsense").await.status(),
        400
    );

    // pull: download, decrypt locally, export.
    let store = tmp.path().join("store");
    let json_path = tmp.path().join("reports.json");
    let csv_path = tmp.path().join("reports.csv");
    let pull_args = [
        "--json",
        "pull",
        "--keys",
        keys,
        "--server",
        &base,
        "--store",
        store.to_str().unwrap(),
        "--json-out",
        json_path.to_str().unwrap(),
        "--csv-out",
        csv_path.to_str().unwrap(),
    ];
    let out = inbox(&pull_args, Some(PASSPHRASE));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let result = &json_of(&out)["result"];
    assert_eq!(result["new"], 2, "the dummy was dropped, not archived");
    assert_eq!(result["opened"], 2);
    assert_eq!(result["unopened"], 0);
    let exported: Value =
        serde_json::from_str(&std::fs::read_to_string(&json_path).unwrap()).unwrap();
    assert_eq!(exported[0]["report_id"], reports[0].report_id_hex());
    assert_eq!(exported[0]["fields"][3][1], "They took my passport.");
    let csv = std::fs::read_to_string(&csv_path).unwrap();
    let header = csv.lines().next().unwrap();
    assert_eq!(
        header,
        "\"seq\",\"received_day\",\"report_id\",\"created_day\",\"kind\",\"locale\",\
         \"indicator.retention_of_documents\",\"risk\",\"q.passport_taken\",\"note\""
    );
    assert!(csv.contains("\"strong\",\"high\",\"yes\",\"Wages withheld for 3 months.\""));
    // The local store keeps envelopes sealed.
    for entry in std::fs::read_dir(store.join("envelopes")).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        assert!(!String::from_utf8_lossy(&bytes).contains("passport"));
    }
    // A second pull finds nothing new: the cursor was kept.
    let out = inbox(&pull_args, Some(PASSPHRASE));
    assert_eq!(json_of(&out)["result"]["new"], 0);

    // reply, sealed to the report's own reply key.
    let reply_args = [
        "--json",
        "reply",
        "--keys",
        keys,
        "--server",
        &base,
        "--store",
        store.to_str().unwrap(),
        "--report",
        &reports[0].report_id_hex(),
        "--text",
        "We can help. Call us on Tuesday.",
    ];
    let out = inbox(&reply_args, Some(PASSPHRASE));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let unknown = [
        "--json",
        "reply",
        "--keys",
        keys,
        "--server",
        &base,
        "--store",
        store.to_str().unwrap(),
        "--report",
        &"0".repeat(32),
        "--text",
        "x",
    ];
    assert_eq!(
        json_of(&inbox(&unknown, Some(PASSPHRASE)))["error"]["kind"],
        "unknown_report"
    );

    // The reporter reads it with the receipt code's lookup id; the other
    // reporter sees nothing.
    for (sent, expected) in [(&reports[0], 1), (&reports[1], 0)] {
        let replies: RepliesResponse = phone
            .post(format!("{base}{}", wire::REPLIES_PATH))
            .header("x-forwarded-for", FORWARDED_IP)
            .json(&wire::FetchRepliesRequest {
                lookup: sent.lookup_hex(),
                after: wire::NO_REPLY_YET.into(),
            })
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(replies.replies.len(), expected);
        if expected == 1 {
            let text =
                envelope::open_reply(&replies.replies[0].sealed, &sent.reply_secret).unwrap();
            assert_eq!(text.as_str(), "We can help. Call us on Tuesday.");
        }
    }

    // Stop with SIGTERM: a clean shutdown.
    let mut server = server;
    let pid = server.0.id().to_string();
    assert!(Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap()
        .success());
    let start = Instant::now();
    loop {
        if server.0.try_wait().unwrap().is_some() {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "server did not stop"
        );
        std::thread::sleep(Duration::from_millis(50));
    }

    // At debug level the log has one line per request, without a time or
    // a duration, and nothing that identifies the phone.
    let log_text = std::fs::read_to_string(&log).unwrap();
    assert!(
        log_text.contains("route=\"submit\"") || log_text.contains("route=submit"),
        "{log_text}"
    );
    assert!(log_text.lines().count() >= 8, "{log_text}");
    assert_no_times(&log_text);
    let token = {
        let secrets = waymark_inbox::keyfile::open(key_file.as_bytes(), PASSPHRASE).unwrap();
        secrets.ngo_token.to_string()
    };
    let mut secrets_and_traces: Vec<String> = vec![
        CLIENT_IP.into(),
        CLIENT_UA.into(),
        "SpyPhone".into(),
        FORWARDED_IP.into(),
        token,
    ];
    for sent in reports.iter().chain([&dummy]) {
        secrets_and_traces.push(sent.report_id_hex());
        secrets_and_traces.push(sent.lookup_hex());
    }
    for needle in &secrets_and_traces {
        assert!(
            !log_text.contains(needle.as_str()),
            "log contains {needle}:\n{log_text}"
        );
    }
    // Nor does the database (main file and WAL) hold the address or agent.
    for name in ["inbox.sqlite3", "inbox.sqlite3-wal"] {
        if let Ok(bytes) = std::fs::read(ngo_dir.join(name)) {
            for needle in [CLIENT_IP, CLIENT_UA, "SpyPhone", FORWARDED_IP] {
                assert!(
                    !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
                    "{name} contains {needle}"
                );
            }
        }
    }

    // At the default level: no line per request at all.
    let quiet_log = tmp.path().join("quiet.log");
    let server = start_server(&ngo_dir.join("inbox.toml"), &quiet_log, None);
    for sent in &reports {
        assert_eq!(
            submit_to(&phone, &base, sent, &sent.envelope.bytes)
                .await
                .status(),
            200
        );
    }
    drop(server);
    let quiet = std::fs::read_to_string(&quiet_log).unwrap();
    assert!(!quiet.contains("route"), "{quiet}");
    assert_no_times(&quiet);
    assert!(Instant::now() < deadline, "took too long");
}

/// No clock time, date or duration in a log: `12:34:56`, `2026-11-22`,
/// `ms=`, `T01:02`.
fn assert_no_times(log: &str) {
    let bytes = log.as_bytes();
    for w in bytes.windows(8) {
        let d = |i: usize| w[i].is_ascii_digit();
        assert!(
            !(d(0) && d(1) && w[2] == b':' && d(3) && d(4) && w[5] == b':' && d(6) && d(7)),
            "a clock time in the log:\n{log}"
        );
    }
    for w in bytes.windows(10) {
        let d = |i: usize| w[i].is_ascii_digit();
        assert!(
            !(d(0) && d(1) && d(2) && d(3) && w[4] == b'-' && d(5) && d(6) && w[7] == b'-'),
            "a date in the log:\n{log}"
        );
    }
    assert!(!log.contains("ms="), "a duration in the log:\n{log}");
}

#[test]
fn bad_config_and_usage_give_typed_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("none.toml");
    let out = inbox(
        &["--json", "serve", "--config", missing.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json_of(&out)["error"]["kind"], "file");
    let bad = tmp.path().join("bad.toml");
    std::fs::write(&bad, "listen = 5\n").unwrap();
    let out = inbox(
        &["--json", "serve", "--config", bad.to_str().unwrap()],
        None,
    );
    assert_eq!(json_of(&out)["error"]["kind"], "config");
    // No subcommand: usage error, exit code 2.
    assert_eq!(inbox(&[], None).status.code(), Some(2));
    // Localized: Spanish text for the same error, not English.
    let out = Command::new(BIN)
        .args([
            "--lang",
            "es",
            "serve",
            "--config",
            missing.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let message = String::from_utf8_lossy(&out.stderr);
    assert!(!message.trim().is_empty());
    assert!(!message.contains("Could not read"), "{message}");
}
