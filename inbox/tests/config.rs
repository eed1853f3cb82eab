//! `inbox.toml`: the connection limits, retention, quota and metrics
//! settings are read and checked; a bad value is a typed configuration
//! error naming the setting, never a panic or a silent default.

use std::time::Duration;

use waymark_core::KdfParams;
use waymark_inbox::config::ConfigFile;
use waymark_inbox::identity::{self, SERVER_CONFIG};
use waymark_inbox::InboxError;

/// A local inbox's folder and its config text, as `waymark inbox serve`
/// makes them.
fn local_inbox() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    identity::create_local_inbox(
        dir.path(),
        "a passphrase for the test",
        "127.0.0.1:8099".parse().unwrap(),
        KdfParams::MINIMUM,
    )
    .unwrap();
    let text = std::fs::read_to_string(dir.path().join(SERVER_CONFIG)).unwrap();
    (dir, text)
}

fn load(dir: &tempfile::TempDir, text: &str) -> Result<waymark_inbox::config::Loaded, InboxError> {
    let path = dir.path().join(SERVER_CONFIG);
    std::fs::write(&path, text).unwrap();
    ConfigFile::load(&path)
}

#[test]
fn defaults_are_safe_and_written_out() {
    let (dir, text) = local_inbox();
    // keygen writes the connection limits so an NGO sees them.
    assert!(text.contains("[connections]"), "{text}");
    let loaded = load(&dir, &text).unwrap();
    let s = &loaded.settings;
    assert!(!s.metrics, "metrics off by default");
    assert_eq!(s.retention.envelope_days, 30);
    assert_eq!(s.retention.reply_days, 200);
    assert_eq!(s.quota_bytes, 4 << 30);
    assert_eq!(s.connections.max_connections, 256);
    assert_eq!(s.connections.header_read_timeout, Duration::from_secs(10));
    assert_eq!(s.connections.idle_timeout, Duration::from_secs(30));
}

#[test]
fn every_new_setting_is_read() {
    let (dir, text) = local_inbox();
    let text = text
        .replace("[connections]\n", "")
        .replace("max_connections = 256\n", "")
        .replace("header_read_timeout_secs = 10\n", "")
        .replace("idle_timeout_secs = 30\n", "")
        .replace("tls_handshake_timeout_secs = 10\n", "")
        .replace(
            "[storage]\n",
            "[storage]\nretention_days = 7\nreply_days = 90\nquota_mib = 512\n",
        )
        .replace("metrics = false", "metrics = true");
    let text = format!(
        "{text}\n[connections]\nmax_connections = 20\nheader_read_timeout_secs = 3\n\
         idle_timeout_secs = 4\ntls_handshake_timeout_secs = 5\n"
    );
    let loaded = load(&dir, &text).unwrap_or_else(|e| panic!("{e:?}\n{text}"));
    let s = &loaded.settings;
    assert!(s.metrics);
    assert_eq!((s.retention.envelope_days, s.retention.reply_days), (7, 90));
    assert_eq!(s.quota_bytes, 512 << 20);
    assert_eq!(s.connections.max_connections, 20);
    assert_eq!(s.connections.header_read_timeout, Duration::from_secs(3));
    assert_eq!(s.connections.idle_timeout, Duration::from_secs(4));
    assert_eq!(s.connections.tls_handshake_timeout, Duration::from_secs(5));
}

#[test]
fn bad_values_are_refused_by_name() {
    let (dir, text) = local_inbox();
    for (from, to, reason) in [
        (
            "max_connections = 256",
            "max_connections = 0",
            "connections.max_connections",
        ),
        (
            "header_read_timeout_secs = 10",
            "header_read_timeout_secs = 0",
            "connections.header_read_timeout_secs",
        ),
        (
            "idle_timeout_secs = 30",
            "idle_timeout_secs = 99999",
            "connections.idle_timeout_secs",
        ),
        (
            "[storage]\n",
            "[storage]\nquota_mib = 0\n",
            "storage.quota_mib",
        ),
        (
            "[storage]\n",
            "[storage]\nretention_days = 99999\n",
            "storage.retention_days",
        ),
    ] {
        assert!(text.contains(from), "{from}");
        match load(&dir, &text.replace(from, to)) {
            Err(InboxError::Config { reason: got }) => assert_eq!(got, reason),
            other => panic!("{to}: {:?}", other.map(|_| ())),
        }
    }
    // Unknown keys are refused too (a typo must not fall back to a default).
    assert!(matches!(
        load(
            &dir,
            &text.replace("[connections]\n", "[connections]\nmax_conections = 5\n")
        ),
        Err(InboxError::Config { reason: "syntax" })
    ));
}
