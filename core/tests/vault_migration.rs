//! Format-1 vaults become format 2 at their first successful unlock, in one
//! crash-safe step. The vault under test is a real format-1 vault made by
//! the previous version of the code (fixtures/vault-v1, see its README).

mod support;

use std::fs;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use support::{all_files, assert_no_plaintext};
use waymark_core::{Journal, KeyStoreError, PlatformKeyStore, SoftwareKeyStore, Vault, VaultError};

const PASS: &str = "4826";
const DURESS: &str = "0000-duress";
/// The fixture's notes, sorted.
const NOTES: [&str; 3] = [
    "MARKER-v1-debt-77c1",
    "MARKER-v1-passport-4b2e",
    "MARKER-v1-wages-a9d0",
];
const FORMAT_1_KEY: &str = "waymark-e46812047f9394dc6c6c9fc010d07f58";

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/vault-v1")
}

/// A copy of the format-1 vault, key store included, as a person's phone
/// would hold it after updating the app.
fn format_1_vault() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for f in all_files(&fixture()) {
        let rel = f.strip_prefix(fixture()).unwrap();
        if rel.ends_with("README.md") {
            continue;
        }
        fs::create_dir_all(dir.path().join(rel).parent().unwrap()).unwrap();
        fs::copy(&f, dir.path().join(rel)).unwrap();
    }
    dir
}

fn keys(dir: &Path) -> SoftwareKeyStore {
    SoftwareKeyStore::in_directory(dir.join("keystore"))
}

fn vault_in(dir: &Path) -> Arc<Vault> {
    Arc::new(Vault::new(dir, Arc::new(keys(dir))))
}

fn notes(vault: &Arc<Vault>) -> Vec<String> {
    let mut texts: Vec<String> = Journal::new(vault.clone())
        .list()
        .unwrap()
        .into_iter()
        .map(|e| e.text)
        .collect();
    texts.sort();
    texts
}

/// What every migrated vault must look like on disk and in the key store.
fn assert_format_2(dir: &Path) {
    let header = fs::read(dir.join("vault.header")).unwrap();
    assert_eq!(header[4], 2, "format 2 now");
    assert!(!dir.join("vault.db").exists(), "renamed to its random name");
    let mut aliases = keys(dir).aliases("waymark-".into()).unwrap();
    aliases.sort();
    assert_eq!(aliases.len(), 3, "epoch and two slots: {aliases:?}");
    assert!(
        !aliases.contains(&FORMAT_1_KEY.to_owned()),
        "format-1 key left"
    );
}

#[test]
fn the_passcode_migrates_the_vault_and_keeps_everything() {
    let dir = format_1_vault();
    let vault = vault_in(dir.path());
    assert_eq!(vault.status().wipe_after, Some(5), "read from format 1");
    vault.unlock(PASS).unwrap();
    assert_eq!(notes(&vault), NOTES);
    vault.lock();
    assert_format_2(dir.path());
    assert_eq!(vault.status().wipe_after, Some(5), "settings kept");
    assert_no_plaintext(dir.path(), &NOTES);
    vault.unlock(PASS).unwrap();
    assert_eq!(notes(&vault), NOTES);

    // The format-1 header, put back, cannot be opened: its key is gone.
    vault.lock();
    fs::copy(
        fixture().join("vault.header"),
        dir.path().join("vault.header"),
    )
    .unwrap();
    assert_eq!(
        vault.unlock(PASS),
        Err(VaultError::KeyStore(KeyStoreError::KeyMissing))
    );
}

/// The format-1 duress slot cannot be re-sealed without its passcode: it is
/// carried over, and still destroys the vault after migration.
#[test]
fn the_format_1_duress_passcode_still_works_after_migration() {
    let dir = format_1_vault();
    let vault = vault_in(dir.path());
    vault.unlock(PASS).unwrap();
    vault.lock();
    vault.unlock(DURESS).unwrap();
    assert_eq!(notes(&vault), Vec::<String>::new());
    vault.lock();
    assert!(matches!(
        vault.unlock(PASS),
        Err(VaultError::WrongPasscode { .. })
    ));
    assert_no_plaintext(dir.path(), &NOTES);
}

#[test]
fn the_duress_passcode_as_the_first_unlock_migrates_and_destroys() {
    let dir = format_1_vault();
    let vault = vault_in(dir.path());
    vault.unlock(DURESS).unwrap();
    assert_eq!(notes(&vault), Vec::<String>::new());
    vault.lock();
    assert_format_2(dir.path());
    assert!(matches!(
        vault.unlock(PASS),
        Err(VaultError::WrongPasscode { .. })
    ));
    vault.unlock(DURESS).unwrap();
    assert_no_plaintext(dir.path(), &NOTES);
}

#[test]
fn wrong_passcodes_on_a_format_1_vault_count_and_wipe_it() {
    let dir = format_1_vault();
    let vault = vault_in(dir.path());
    for left in (0..5).rev() {
        assert_eq!(
            vault.unlock("1234"),
            Err(VaultError::WrongPasscode {
                remaining_attempts: Some(left)
            })
        );
    }
    assert!(!vault.exists());
    assert_eq!(all_files(dir.path()), Vec::<PathBuf>::new(), "nothing left");
}

/// Child half of the kill test: arms a kill at step N of the vault's work,
/// then unlocks (which migrates). Prints how many steps it saw if it lives.
#[test]
#[ignore = "helper process for the kill test"]
fn migration_child() {
    let Ok(dir) = std::env::var("WAYMARK_MIGRATION_DIR") else {
        return;
    };
    let kill_at: u64 = std::env::var("WAYMARK_MIGRATION_KILL_AT")
        .unwrap()
        .parse()
        .unwrap();
    let vault = vault_in(Path::new(&dir));
    waymark_core::vault::crash_points::arm(kill_at);
    vault.unlock(PASS).unwrap();
    println!("steps={}", waymark_core::vault::crash_points::seen());
}

fn child(dir: &Path, kill_at: u64) -> std::process::Output {
    Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "migration_child", "--ignored", "--nocapture"])
        .args(["--test-threads=1"])
        .env("WAYMARK_MIGRATION_DIR", dir)
        .env("WAYMARK_MIGRATION_KILL_AT", kill_at.to_string())
        .output()
        .unwrap()
}

/// SIGKILL at every single step of the migration (every file write,
/// rename, delete, database creation and key-store call), one run per step:
/// after each kill the vault opens with its passcode, holds every note, is
/// format 2 with exactly its three keys, and its duress passcode still works.
#[test]
fn killed_at_every_step_of_the_migration_the_vault_still_opens() {
    let unarmed = child(format_1_vault().path(), 0);
    let stdout = String::from_utf8_lossy(&unarmed.stdout);
    let total: u64 = stdout
        .split_whitespace()
        .find_map(|w| w.strip_prefix("steps="))
        .unwrap_or_else(|| panic!("the child did not finish: {stdout}"))
        .parse()
        .unwrap();
    assert!(total >= 20, "a migration takes more steps than {total}");
    for n in 1..=total {
        let dir = format_1_vault();
        let out = child(dir.path(), n);
        assert_eq!(out.status.signal(), Some(9), "step {n}: not killed");
        let vault = vault_in(dir.path());
        vault
            .unlock(PASS)
            .unwrap_or_else(|e| panic!("after a kill at step {n}: {e:?}"));
        assert_eq!(notes(&vault), NOTES, "step {n}");
        vault.lock();
        assert_format_2(dir.path());
        vault.unlock(DURESS).unwrap();
        assert_eq!(notes(&vault), Vec::<String>::new(), "step {n}: duress");
    }
}
