//! Tests that need the vault's internals: the step-by-step parity of normal
//! and duress unlocks, KDF accounting and migrations.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use super::trace::{self, Step};
use super::*;
use crate::kdf::tests::derivations;
use crate::keystore::KeyStoreError;
use crate::software_keystore::SoftwareKeyStore;

fn fast() -> VaultOptions {
    VaultOptions {
        kdf: KdfParams::MINIMUM,
        wipe_after: None,
    }
}

const PASS: &str = "1111";
const DURESS: &str = "9999";

/// The platform's view: a key store that notes every call (and the alias it
/// was about) in the same trace as the vault's file operations, in order.
struct RecordingKeyStore(SoftwareKeyStore);

impl PlatformKeyStore for RecordingKeyStore {
    fn create(&self, alias: String) -> Result<(), KeyStoreError> {
        trace::step(|| Step::KeyStore("platform create", alias.clone()));
        self.0.create(alias)
    }
    fn derive(&self, alias: String, input: Vec<u8>) -> Result<Vec<u8>, KeyStoreError> {
        trace::step(|| Step::KeyStore("platform derive", alias.clone()));
        self.0.derive(alias, input)
    }
    fn aliases(&self, prefix: String) -> Result<Vec<String>, KeyStoreError> {
        trace::step(|| Step::KeyStore("platform aliases", prefix.clone()));
        self.0.aliases(prefix)
    }
    fn delete(&self, alias: String) -> Result<(), KeyStoreError> {
        trace::step(|| Step::KeyStore("platform delete", alias.clone()));
        self.0.delete(alias)
    }
    fn unwrap(&self, alias: String, wrapped: Vec<u8>) -> Result<Vec<u8>, KeyStoreError> {
        trace::step(|| Step::KeyStore("platform unwrap", alias.clone()));
        self.0.unwrap(alias, wrapped)
    }
}

/// A vault with notes in it and a duress passcode, locked.
fn prepared(dir: &std::path::Path) -> Arc<Vault> {
    let vault = Arc::new(Vault::new(
        dir,
        Arc::new(RecordingKeyStore(SoftwareKeyStore::in_memory())),
    ));
    vault.create(PASS, &fast()).unwrap();
    let journal = crate::Journal::new(vault.clone());
    for i in 0..20 {
        journal
            .add(&format!("note {i} {}", "x".repeat(300)))
            .unwrap();
    }
    vault.set_duress_passcode(PASS, DURESS).unwrap();
    // Every phone has a courier after its first unlock (ADR 0210).
    crate::sync::Courier::beside(&vault)
        .hand_over(&vault)
        .unwrap();
    vault.lock();
    vault
}

/// What an observer of the file system and the key store can tell apart:
/// the kind of each step, file names with random ids replaced by `<id>`,
/// written sizes, and each alias replaced by the order it first appeared in
/// (all aliases have one shape, `waymark-<vault>-<key>`; checked here).
fn observed(steps: &[Step]) -> Vec<String> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut id_of = |alias: &str| {
        let n = seen.len();
        *seen.entry(alias.to_owned()).or_insert(n)
    };
    let shape = |name: &str| {
        let (base, rest) = name.split_at(name.find('.').unwrap_or(name.len()));
        if base.len() == 32 && base.bytes().all(|b| b.is_ascii_hexdigit()) {
            format!("<id>{rest}")
        } else {
            name.to_owned()
        }
    };
    steps
        .iter()
        .map(|s| match s {
            Step::Write(n, len) => format!("write {} {len}", shape(n)),
            Step::Rename(n) => format!("rename {}", shape(n)),
            Step::Remove(n) => format!("remove {}", shape(n)),
            Step::Shred(n) => format!("shred {}", shape(n)),
            Step::CreateDatabase(n) => format!("create {}", shape(n)),
            Step::OpenDatabase(n) => format!("open {}", shape(n)),
            Step::Mark(m) => format!("mark {m}"),
            Step::KeyStore(call, prefix) if *call == "platform aliases" => {
                if prefix == "waymark-courier-" {
                    return format!("{call} {prefix}");
                }
                assert!(
                    prefix.len() == 40 && prefix.starts_with("waymark-"),
                    "{prefix}"
                );
                format!("{call} <vault prefix>")
            }
            Step::KeyStore(call, alias) if call.starts_with("platform") => {
                let parts: Vec<&str> = alias.split('-').collect();
                let well_formed = parts.len() == 3
                    && parts[0] == "waymark"
                    && (parts[1].len() == 32 || parts[1] == "courier")
                    && parts[2].len() == 32;
                assert!(well_formed, "alias of another shape: {alias}");
                format!("{call} #{}", id_of(alias))
            }
            // The vault's own note of the same call: the platform's counts.
            Step::KeyStore(..) => String::new(),
        })
        .filter(|s| !s.is_empty())
        .collect()
}

fn unlock_steps(passcode: &str) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let vault = prepared(dir.path());
    let before = derivations();
    let (result, steps) = trace::record(|| vault.unlock(passcode));
    result.unwrap();
    assert_eq!(derivations() - before, 1, "one KDF run");
    observed(&steps)
}

/// The heart of the duress promise: a normal and a duress unlock make the
/// same key-store calls and file operations, in the same order, on names and
/// sizes of the same shape. The only difference between two unlocks is
/// which of the two slot keys is replaced, and that is a coin flip on both
/// paths (the slots' order is shuffled at every header write), so both sides
/// are sampled until each shows both outcomes.
#[test]
fn normal_and_duress_unlocks_take_identical_steps() {
    let sample = |passcode: &str| -> BTreeSet<Vec<String>> {
        (0..16).map(|_| unlock_steps(passcode)).collect()
    };
    let normal = sample(PASS);
    let duress = sample(DURESS);
    assert_eq!(
        normal.len(),
        2,
        "the replaced slot key differs by a coin flip"
    );
    assert_eq!(normal, duress, "normal {normal:#?}\nduress {duress:#?}");
    let one = normal.iter().next().unwrap();
    println!("one unlock, as observed: {one:#?}");
    for expected in [
        "platform derive #0",
        "platform create #4",
        "create <id>.db",
        "write vault.header 320",
        "rename vault.header",
        "remove <id>.db",
        "platform delete #0",
        // The courier's key (#3), taken and deleted first on both paths,
        // before any database is opened.
        "platform derive #3",
        "platform aliases waymark-courier-",
        "platform delete #3",
    ] {
        assert!(
            one.contains(&expected.to_string()),
            "{expected} in {one:#?}"
        );
    }
}

/// Normal, duress and wrong passcodes each cost exactly one KDF run, so the
/// time an unlock takes does not tell them apart.
#[test]
fn every_unlock_path_runs_the_kdf_once() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::new(dir.path(), Arc::new(SoftwareKeyStore::in_memory()));
    vault.create(PASS, &fast()).unwrap();
    vault.set_duress_passcode(PASS, DURESS).unwrap();
    vault.lock();

    let cost = |passcode: &str| {
        let before = derivations();
        let result = vault.unlock(passcode);
        vault.lock();
        (derivations() - before, result.is_ok())
    };
    assert_eq!(cost(PASS), (1, true));
    assert_eq!(cost("0000"), (1, false));
    assert_eq!(cost(DURESS), (1, true));
}

/// The session after duress is marked in memory only, for the sync.
#[test]
fn only_the_session_knows_it_began_with_duress() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::new(dir.path(), Arc::new(SoftwareKeyStore::in_memory()));
    vault.create(PASS, &fast()).unwrap();
    assert!(!vault.is_duress_session());
    vault.set_duress_passcode(PASS, DURESS).unwrap();
    vault.lock();
    vault.unlock(DURESS).unwrap();
    assert!(vault.is_duress_session());
    vault.lock();
    assert!(!vault.is_duress_session());
    vault.unlock(DURESS).unwrap();
    assert!(!vault.is_duress_session(), "now simply the passcode");
}

/// A vault written at schema version 1 (journal without `updated_at`) opens
/// and migrates, keeping its entries.
#[test]
fn migrates_a_schema_1_database() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::new(dir.path(), Arc::new(SoftwareKeyStore::in_memory()));
    vault.create_at_schema("2468", &fast(), 1).unwrap();
    vault
        .with_connection(|c| {
            assert_eq!(schema::version(c).unwrap(), 1);
            c.execute(
                "INSERT INTO journal (created_at, body) VALUES ('2026-01-02T03:04:05.000Z', 'v1 note')",
                [],
            )?;
            // Version 1 had no updated_at column.
            assert!(c.execute("UPDATE journal SET updated_at = 'x'", []).is_err());
            Ok(())
        })
        .unwrap();
    vault.lock();

    vault.unlock("2468").unwrap();
    let version = vault.with_connection(|c| schema::version(c)).unwrap();
    assert_eq!(version, schema::LATEST);
    let journal = crate::Journal::new(Arc::new(vault));
    let entries = journal.list().unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].text, "v1 note");
    assert_eq!(entries[0].updated_at, entries[0].created_at);
}

/// A database from a newer app version is refused, not mangled.
#[test]
fn refuses_a_newer_schema() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::new(dir.path(), Arc::new(SoftwareKeyStore::in_memory()));
    vault.create("1357", &fast()).unwrap();
    vault
        .with_connection(|c| Ok(c.pragma_update(None, "user_version", schema::LATEST + 5)?))
        .unwrap();
    vault.lock();
    assert_eq!(
        vault.unlock("1357"),
        Err(VaultError::SchemaTooNew {
            found: schema::LATEST + 5
        })
    );
    // Nothing was lost: the version is still what the newer app wrote.
    assert!(vault.exists());
    let again = vault.unlock("1357");
    assert_eq!(
        again,
        Err(VaultError::SchemaTooNew {
            found: schema::LATEST + 5
        })
    );
}
