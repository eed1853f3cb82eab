//! `waymark inbox serve`: a loopback inbox made on first use, served until
//! SIGTERM, reused on the next start, and refused on a non-loopback address.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

const PASSPHRASE: &str = "a long passphrase for the demo";

fn start(dir: &Path) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(["--json", "inbox", "serve", "--port", "0", "--dir"])
        .arg(dir)
        .env("WAYMARK_INBOX_PASSPHRASE", PASSPHRASE)
        .env("WAYMARK_INBOX_LOG", "off")
        .env("WAYMARK_LANG", "en")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let line = rx
        .recv_timeout(Duration::from_secs(60))
        .expect("listening line");
    let v: Value = serde_json::from_str(&line).unwrap();
    assert_eq!(v["ok"], true, "{line}");
    (child, v["result"]["listening"].as_str().unwrap().to_owned())
}

fn get(addr: &str, path: &str) -> String {
    let mut tcp = TcpStream::connect(addr).unwrap();
    tcp.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        tcp,
        "GET {path} HTTP/1.1\r\nhost: {addr}\r\nconnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    tcp.read_to_string(&mut answer).unwrap();
    answer
}

fn stop(mut child: Child) {
    let pid = child.id().to_string();
    assert!(Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap()
        .success());
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        assert!(start.elapsed() < Duration::from_secs(20), "did not stop");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn inbox_serve_makes_a_loopback_inbox_and_reuses_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("inbox");
    let (child, addr) = start(&dir);
    assert!(addr.starts_with("127.0.0.1:"));
    assert!(get(&addr, "/healthz").starts_with("HTTP/1.1 200"));
    let directory = get(&addr, "/v1/directory");
    assert!(directory.contains(&format!("http://{addr}")), "{directory}");
    stop(child);
    for file in [
        "ngo-keys.json",
        "inbox.toml",
        "ngo-public.json",
        "directory.json",
    ] {
        assert!(dir.join(file).exists(), "{file}");
    }

    // Second start: same inbox, same address, no new keys.
    let keys_before = std::fs::read(dir.join("ngo-keys.json")).unwrap();
    let (child, again) = start(&dir);
    assert_eq!(again, addr);
    stop(child);
    assert_eq!(
        std::fs::read(dir.join("ngo-keys.json")).unwrap(),
        keys_before
    );

    // A config that listens beyond loopback is refused by this command.
    let config = std::fs::read_to_string(dir.join("inbox.toml")).unwrap();
    std::fs::write(
        dir.join("inbox.toml"),
        config.replace(&format!("listen = \"{addr}\""), "listen = \"0.0.0.0:8080\""),
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(["--json", "inbox", "serve", "--dir"])
        .arg(&dir)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["error"]["kind"], "not_loopback");
}
