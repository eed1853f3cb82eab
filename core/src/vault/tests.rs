//! Tests that need the vault's internals: KDF accounting and migrations.

use std::sync::Arc;

use super::*;
use crate::kdf::tests::derivations;
use crate::keystore::SoftwareKeyStore;

fn fast() -> VaultOptions {
    VaultOptions {
        kdf: KdfParams::MINIMUM,
        wipe_after: None,
    }
}

/// Normal, duress and wrong passcodes each cost exactly one KDF run, so the
/// time an unlock takes does not tell them apart.
#[test]
fn every_unlock_path_runs_the_kdf_once() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::new(dir.path(), Arc::new(SoftwareKeyStore::in_memory()));
    vault.create("1111", &fast()).unwrap();
    vault.set_duress_passcode("1111", "9999").unwrap();
    vault.lock();

    let cost = |passcode: &str| {
        let before = derivations();
        let result = vault.unlock(passcode);
        vault.lock();
        (derivations() - before, result.is_ok())
    };
    assert_eq!(cost("1111"), (1, true));
    assert_eq!(cost("0000"), (1, false));
    assert_eq!(cost("9999"), (1, true));
}

/// A vault written at schema version 1 (journal without `updated_at`) opens
/// and migrates, keeping its entries.
#[test]
fn migrates_a_version_1_vault() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::new(dir.path(), Arc::new(SoftwareKeyStore::in_memory()));
    let salt = [7u8; 16];
    let passcode_key = KdfParams::MINIMUM.derive(b"2468", &salt).unwrap();
    let auth = vault
        .fresh_vault(KdfParams::MINIMUM, salt, None, &passcode_key, 1)
        .unwrap();
    {
        let conn = database::open(&vault.files.database(), Some(&auth.data_key), false).unwrap();
        assert_eq!(schema::version(&conn).unwrap(), 1);
        conn.execute(
            "INSERT INTO journal (created_at, body) VALUES ('2026-01-02T03:04:05.000Z', 'v1 note')",
            [],
        )
        .unwrap();
        // Version 1 had no updated_at column.
        assert!(conn
            .execute("UPDATE journal SET updated_at = 'x'", [])
            .is_err());
    }
    drop(auth);

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
}
