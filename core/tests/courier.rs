//! The courier (docs/courier.md, ADR 0210) against the real inbox on
//! 127.0.0.1: reports leave a locked phone from a fresh process that has
//! only the key store; the vault reads the replies at the next unlock; the
//! courier holds nothing that opens or names a report; duress and panic
//! wipe destroy its key first; a crash between the vault's commit and the
//! courier's copy heals.

#[path = "support/mod.rs"]
mod support;
#[path = "support/sync/mod.rs"]
mod sync_support;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};

use chrono::Utc;
use sync_support::inbox::start_inbox;
use sync_support::*;
use waymark_core::envelope::ReportKind;
use waymark_core::sync::{
    Courier, Outbox, OutboxState, Replies, SyncEngine, SyncOutcome, SyncReport, SyncSettings,
};
use waymark_core::{KeyStoreError, PlatformKeyStore, SoftwareKeyStore, Vault};

const SECRET: &str = "they keep our passports in the office safe";
const DURESS: &str = "a different passcode";

fn urgent() -> waymark_core::sync::SendFacts {
    let mut facts = good_wifi();
    facts.user_requested = true;
    facts
}

/// What a background worker has in a fresh process: the folder and the key
/// store, nothing else.
fn fresh_courier(dir: &Path) -> Arc<Courier> {
    Arc::new(Courier::new(
        dir,
        Arc::new(SoftwareKeyStore::in_directory(dir.join("keystore"))),
    ))
}

fn courier_sync(dir: &Path) -> SyncReport {
    let courier = fresh_courier(dir);
    let report = SyncEngine::for_courier(courier.clone())
        .sync_once(&urgent(), Utc::now())
        .unwrap();
    courier.close();
    report
}

/// What an attacker with the app's key-store access reads in the courier:
/// every value of every table, as text or bytes.
fn attacker_dump(dir: &Path) -> BTreeMap<String, Vec<Vec<u8>>> {
    let header = std::fs::read(dir.join("courier.header")).unwrap();
    let id = waymark_core::hex::encode(&header[5..21]);
    let keys = SoftwareKeyStore::in_directory(dir.join("keystore"));
    let key = keys
        .derive(format!("waymark-courier-{id}"), header[21..53].to_vec())
        .unwrap();
    let conn = rusqlite::Connection::open(dir.join(format!("courier-{id}.db"))).unwrap();
    conn.execute_batch(&format!(
        "PRAGMA key = \"x'{}'\";",
        waymark_core::hex::encode(&key)
    ))
    .unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut out = BTreeMap::new();
    for table in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM {table}")).unwrap();
        let width = stmt.column_count();
        let mut values = Vec::new();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            for i in 0..width {
                use rusqlite::types::ValueRef;
                values.push(match row.get_ref(i).unwrap() {
                    ValueRef::Text(t) | ValueRef::Blob(t) => t.to_vec(),
                    ValueRef::Integer(n) => n.to_string().into_bytes(),
                    ValueRef::Real(x) => x.to_string().into_bytes(),
                    ValueRef::Null => Vec::new(),
                });
            }
        }
        out.insert(table, values);
    }
    out
}

fn rows_in(dump: &BTreeMap<String, Vec<Vec<u8>>>, table: &str, width: usize) -> usize {
    dump.get(table).map_or(0, |v| v.len() / width)
}

#[test]
fn a_locked_phone_delivers_through_the_courier_and_reads_the_reply_after_unlock() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = start_inbox();
    let vault = new_vault(dir.path());
    let ngo = trust(&vault, &inbox, &inbox.url, vec![]);
    quick_settings(&vault);
    let queued = Outbox::new(vault.clone())
        .queue_text(&ngo, ReportKind::FreeText, "en", SECRET, Utc::now())
        .unwrap();
    vault.lock();
    drop(vault);

    // A fresh engine over the courier alone: no passcode, no vault.
    let report = courier_sync(dir.path());
    assert_eq!(report.outcome, SyncOutcome::Ran);
    assert_eq!((report.sent, report.failed, report.queued), (1, 0, 0));
    let reports = inbox.pull_reports();
    assert_eq!(reports[&queued.report_id].body[0].value, SECRET);

    // The NGO answers; the locked phone fetches it, sealed.
    inbox.reply(&reports[&queued.report_id], "We read it. Stay safe.");
    assert_eq!(courier_sync(dir.path()).new_replies, 1);
    assert_eq!(rows_in(&attacker_dump(dir.path()), "courier_fetched", 4), 1);

    // At the next unlock the vault takes in the receipt and the reply.
    let vault = vault_in(dir.path());
    vault.unlock(PASS).unwrap();
    let taken = Courier::beside(&vault).hand_over(&vault).unwrap();
    assert_eq!((taken.delivered, taken.replies), (1, 1));
    let items = Outbox::new(vault.clone()).list().unwrap();
    assert_eq!(items[0].state, OutboxState::Sent);
    assert!(items[0].sent_day.is_some());
    let replies = Replies::new(vault.clone()).list().unwrap();
    assert_eq!(replies.len(), 1);
    assert_eq!(replies[0].text, "We read it. Stay safe.");
    // ... and the courier forgets them, but keeps polling that report.
    let dump = attacker_dump(dir.path());
    assert_eq!(rows_in(&dump, "courier_fetched", 4), 0);
    let queue = &dump["courier_queue"];
    assert_eq!(queue.len(), 14, "one row of 14 columns");
    assert!(queue[12].is_empty(), "the receipt is forgotten");
    // No reply is fetched twice.
    vault.lock();
    assert_eq!(courier_sync(dir.path()).new_replies, 0);
}

#[test]
fn courier_holds_no_secret_of_the_vault() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = start_inbox();
    let vault = new_vault(dir.path());
    let ngo = trust(&vault, &inbox, &inbox.url, vec![]);
    let queued = Outbox::new(vault.clone())
        .queue_text(&ngo, ReportKind::FreeText, "en", SECRET, Utc::now())
        .unwrap();
    let code = queued.receipt_code;
    let dump = attacker_dump(dir.path());
    assert_eq!(
        dump.keys().collect::<Vec<_>>(),
        [
            "courier_fetched",
            "courier_queue",
            "sync_ngos",
            "sync_state"
        ]
    );
    // The queued envelope is there (that is the accepted cost) ...
    assert_eq!(rows_in(&dump, "courier_queue", 14), 1);
    let letters = code.to_letters().to_string();
    let bare = letters.replace('-', "");
    let markers: [&[u8]; 4] = [
        SECRET.as_bytes(),
        code.secret(),
        letters.as_bytes(),
        bare.as_bytes(),
    ];
    // ... but no value holds the text or the receipt code in any form.
    for values in dump.values() {
        for v in values {
            for m in markers {
                assert!(
                    !v.windows(m.len()).any(|w| w == m),
                    "a courier value holds a secret"
                );
            }
        }
    }
    // On disk the courier is as unreadable as the vault.
    vault.lock();
    support::assert_no_plaintext(dir.path(), &[SECRET, &letters, &queued.report_id]);
}

/// Everything a person holding the phone can read of a courier, through the
/// courier alone and with the key store: the sync's answer, the key-store
/// aliases, the files' names (ids masked) and sizes, every table's rows.
/// (sync answer, courier aliases, files with sizes, values per table).
type Observed = (SyncReport, usize, Vec<(String, u64)>, Vec<(String, usize)>);

fn observed(dir: &Path) -> Observed {
    let mut report = courier_sync(dir);
    report.next_check = None;
    let aliases = SoftwareKeyStore::in_directory(dir.join("keystore"))
        .aliases("waymark-courier-".into())
        .unwrap()
        .len();
    let mut files: Vec<(String, u64)> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let masked = match name.strip_prefix("courier-") {
                Some(rest) => format!("courier-<id>{}", &rest[32..]),
                None if name == "courier.header" => name,
                None => return None,
            };
            Some((masked, e.metadata().ok()?.len()))
        })
        .collect();
    files.sort();
    let dump = attacker_dump(dir);
    let rows = dump
        .iter()
        .filter(|(t, _)| *t != "sync_state")
        .map(|(t, v)| (t.clone(), v.len()))
        .collect();
    (report, aliases, files, rows)
}

#[test]
fn after_duress_the_courier_is_an_empty_one() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = start_inbox();
    let vault = new_vault(dir.path());
    let ngo = trust(&vault, &inbox, &inbox.url, vec![]);
    vault.set_duress_passcode(PASS, DURESS).unwrap();
    Outbox::new(vault.clone())
        .queue_text(&ngo, ReportKind::FreeText, "en", SECRET, Utc::now())
        .unwrap();
    vault.lock();
    // The attacker keeps a copy of the courier from before.
    let before = tempfile::tempdir().unwrap();
    copy_dir(dir.path(), before.path());
    assert_eq!(
        rows_in(&attacker_dump(before.path()), "courier_queue", 14),
        1
    );

    vault.unlock(DURESS).unwrap();
    Courier::beside(&vault).hand_over(&vault).unwrap();
    vault.lock();
    // The old copy no longer opens: its key is gone from the key store.
    let old = Courier::new(
        before.path(),
        Arc::new(SoftwareKeyStore::in_directory(dir.path().join("keystore"))),
    );
    assert!(!old.is_usable());

    // A phone whose vault was just made, unlocked once, looks the same.
    let fresh_dir = tempfile::tempdir().unwrap();
    let fresh = new_vault(fresh_dir.path());
    Courier::beside(&fresh).hand_over(&fresh).unwrap();
    fresh.lock();
    let after = observed(dir.path());
    assert_eq!(after, observed(fresh_dir.path()));
    assert_eq!(after.0.sent + after.0.queued, 0);
    assert_eq!(inbox.stored_count(), 0, "nothing left the phone");
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A key store that notes every call, in order.
struct Recording(SoftwareKeyStore, Arc<Mutex<Vec<String>>>);
impl PlatformKeyStore for Recording {
    fn create(&self, alias: String) -> Result<(), KeyStoreError> {
        self.1.lock().unwrap().push(format!("create {alias}"));
        self.0.create(alias)
    }
    fn derive(&self, alias: String, input: Vec<u8>) -> Result<Vec<u8>, KeyStoreError> {
        self.1.lock().unwrap().push(format!("derive {alias}"));
        self.0.derive(alias, input)
    }
    fn aliases(&self, prefix: String) -> Result<Vec<String>, KeyStoreError> {
        self.1.lock().unwrap().push(format!("aliases {prefix}"));
        self.0.aliases(prefix)
    }
    fn delete(&self, alias: String) -> Result<(), KeyStoreError> {
        self.1.lock().unwrap().push(format!("delete {alias}"));
        self.0.delete(alias)
    }
    fn unwrap(&self, alias: String, wrapped: Vec<u8>) -> Result<Vec<u8>, KeyStoreError> {
        self.0.unwrap(alias, wrapped)
    }
}

#[test]
fn panic_wipe_and_duress_delete_the_courier_key_before_anything_else() {
    for duress in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        let inbox = start_inbox();
        let calls = Arc::new(Mutex::new(Vec::new()));
        let store = Recording(
            SoftwareKeyStore::in_directory(dir.path().join("keystore")),
            calls.clone(),
        );
        let vault = Arc::new(Vault::new(dir.path(), Arc::new(store)));
        vault
            .create(
                PASS,
                &waymark_core::VaultOptions {
                    kdf: waymark_core::KdfParams::MINIMUM,
                    wipe_after: None,
                },
            )
            .unwrap();
        let ngo = trust(&vault, &inbox, &inbox.url, vec![]);
        vault.set_duress_passcode(PASS, DURESS).unwrap();
        Outbox::new(vault.clone())
            .queue_text(&ngo, ReportKind::FreeText, "en", SECRET, Utc::now())
            .unwrap();
        let files_before = support::all_files(dir.path());
        assert!(files_before.iter().any(|p| p.ends_with("courier.header")));
        calls.lock().unwrap().clear();
        if duress {
            vault.lock();
            vault.unlock(DURESS).unwrap();
        } else {
            vault.wipe().unwrap();
        }
        let calls = calls.lock().unwrap().clone();
        // The first key-store change of all deletes the courier's key.
        let first_change = calls
            .iter()
            .find(|c| c.starts_with("delete") || c.starts_with("create"))
            .unwrap();
        assert!(
            first_change.starts_with("delete waymark-courier-"),
            "{calls:#?}"
        );
        let left = SoftwareKeyStore::in_directory(dir.path().join("keystore"))
            .aliases("waymark-courier-".into())
            .unwrap();
        assert!(left.is_empty(), "{left:?}");
        if !duress {
            assert!(
                support::all_files(dir.path())
                    .iter()
                    .all(|p| !p.to_string_lossy().contains("courier")),
                "a courier file survived the wipe"
            );
        }
    }
}

#[test]
fn with_sending_while_locked_off_the_courier_holds_no_envelope() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = start_inbox();
    let vault = new_vault(dir.path());
    let ngo = trust(&vault, &inbox, &inbox.url, vec![]);
    let mut settings = quick_settings(&vault);
    settings.send_while_locked = false;
    settings.save(&vault).unwrap();
    Outbox::new(vault.clone())
        .queue_text(&ngo, ReportKind::FreeText, "en", SECRET, Utc::now())
        .unwrap();
    let dump = attacker_dump(dir.path());
    assert!(dump["courier_queue"][4].is_empty(), "no envelope");
    vault.lock();
    let report = courier_sync(dir.path());
    assert_eq!((report.outcome, report.sent), (SyncOutcome::Idle, 0));
    assert_eq!(inbox.stored_count(), 0);
    // Unlocked, the vault sends it, and the courier is emptied again.
    vault.unlock(PASS).unwrap();
    let report = SyncEngine::new(vault.clone())
        .sync_once(&urgent(), Utc::now())
        .unwrap();
    assert_eq!(report.sent, 1);
    assert_eq!(inbox.stored_count(), 1);
    assert!(attacker_dump(dir.path())["courier_queue"][4].is_empty());
    assert!(SyncSettings::load(&vault).unwrap() == settings);
}

/// Child half of the crash test: queue a report and be killed right after
/// the vault's commit, before the courier's copy.
#[test]
#[ignore = "helper process for the crash test"]
fn queue_child() {
    let Ok(dir) = std::env::var("WAYMARK_COURIER_DIR") else {
        return;
    };
    let ngo = std::env::var("WAYMARK_COURIER_NGO").unwrap();
    let vault = vault_in(Path::new(&dir));
    vault.unlock(PASS).unwrap();
    Courier::beside(&vault).hand_over(&vault).unwrap();
    // The first step from here is the mark after the vault's commit.
    waymark_core::vault::crash_points::arm(1);
    Outbox::new(vault)
        .queue_text(&ngo, ReportKind::FreeText, "en", SECRET, Utc::now())
        .unwrap();
    println!("not killed");
}

#[test]
fn a_crash_between_the_vault_and_the_courier_heals_at_the_next_unlock() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = start_inbox();
    let vault = new_vault(dir.path());
    let ngo = trust(&vault, &inbox, &inbox.url, vec![]);
    quick_settings(&vault);
    vault.lock();
    let out = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "queue_child", "--ignored", "--nocapture"])
        .env("WAYMARK_COURIER_DIR", dir.path())
        .env("WAYMARK_COURIER_NGO", &ngo)
        .output()
        .unwrap();
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(
        out.status.signal(),
        Some(9),
        "the child was killed at the mark"
    );
    assert!(!String::from_utf8_lossy(&out.stdout).contains("not killed"));
    // The vault has the report; the courier does not (yet): nothing to send
    // while locked, and nothing the vault does not know.
    let report = courier_sync(dir.path());
    assert_eq!((report.sent, report.queued), (0, 0));
    vault.unlock(PASS).unwrap();
    assert_eq!(Outbox::new(vault.clone()).counts().unwrap(), (1, 0));
    Courier::beside(&vault).hand_over(&vault).unwrap();
    vault.lock();
    let report = courier_sync(dir.path());
    assert_eq!((report.sent, report.queued), (1, 0));
    assert_eq!(inbox.stored_count(), 1);
}

/// An unlock whose hand-over never ran (the app was killed) kept the old
/// courier's key in memory; a duress unlock after it must not use it.
#[test]
fn a_duress_unlock_after_an_unfinished_hand_over_leaves_the_courier_empty() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = start_inbox();
    let vault = new_vault(dir.path());
    let ngo = trust(&vault, &inbox, &inbox.url, vec![]);
    vault.set_duress_passcode(PASS, DURESS).unwrap();
    Outbox::new(vault.clone())
        .queue_text(&ngo, ReportKind::FreeText, "en", SECRET, Utc::now())
        .unwrap();
    vault.lock();
    vault.unlock(PASS).unwrap();
    vault.lock();
    vault.unlock(DURESS).unwrap();
    Courier::beside(&vault).hand_over(&vault).unwrap();
    let dump = attacker_dump(dir.path());
    assert_eq!(rows_in(&dump, "courier_queue", 14), 0);
    assert_eq!(rows_in(&dump, "sync_ngos", 6), 0);
}
