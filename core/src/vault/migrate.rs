//! Format-1 vaults become format 2 at their first successful unlock, in one
//! crash-safe step (docs/vault.md, "Migration"; tested by killing the process
//! at every step in core/tests/vault_migration.rs).
//!
//! Order, and what a crash at each point leaves:
//! 1. unwrap the format-1 device secret, verify the MAC, count the guess,
//!    run Argon2id (same salt and cost), open a format-1 slot;
//! 2. passcode: bring `vault.db` to the latest schema and fold its WAL in;
//! 3. make the spare database and the new key-store keys (slots, epoch);
//! 4. write the format-2 header: the point of no return. Before it, the
//!    format-1 header still opens and step 1 clears away what 3 made;
//! 5. delete the format-1 key; rename `vault.db` to its random name. After a
//!    crash here the next unlock (`tidy`) deletes the key and finishes the
//!    rename.
//!
//! The format-1 duress slot cannot be re-sealed without the duress passcode,
//! so the format-2 header keeps it, with the format-1 device secret, inside
//! its sealed part, until the duress passcode is set or cleared again.

use super::attempts::VaultLock;
use super::files::{self, VaultFiles};
use super::header::{Clear, Inner, LegacyDuress, Role, Slot};
use super::ids::{self, Id};
use super::legacy;
use super::opened::Opened;
use super::{coin, database, kdf, schema, Vault, VaultError};
use crate::secret::SecretKey;

pub(super) fn authenticate(
    vault: &Vault,
    mut held: VaultLock,
    raw: &[u8],
    passcode: &str,
    generation: u64,
) -> Result<Opened, VaultError> {
    let old = legacy::Header::parse(raw)?;
    let secret = vault
        .keys
        .unwrap(&old.alias(), &old.wrapped_device_secret)?;
    let secret = SecretKey::from_slice(&secret).ok_or(VaultError::HeaderTampered)?;
    old.verify(raw, &secret)?;
    let vault_id = old.key_id;
    // Whatever a migration cut short before its header made: keys and files.
    vault
        .keys
        .delete_all_but(&ids::vault_prefix(&vault_id), &[old.alias()])?;
    for stray in vault.files.strays(&[], true) {
        files::remove_if_present(&stray)?;
    }
    held.count_failure()?;
    let x = kdf(&old.kdf, passcode, &old.salt)?;
    let (role, content) = match old.open(&x, &secret) {
        Some(legacy::Opened::Passcode(key)) => (Role::Passcode, key),
        Some(legacy::Opened::Duress) => (Role::Duress, SecretKey::random()),
        None => return Err(vault.refuse(held, old.wipe_after)),
    };
    held.set_failures(0)?;

    if role == Role::Passcode {
        let mut conn = database::open(&vault.files.legacy_database(), Some(&content), false)?;
        schema::migrate_to(&mut conn, schema::LATEST)?;
        database::checkpoint(&conn)?;
    }
    let live_db = ids::random_id();
    let (spare_db, spare_key) = (ids::random_id(), SecretKey::random());
    vault.make_database(&spare_db, &spare_key)?;
    let opened_slot = vault.new_slot(&vault_id, &x, role, &content)?;
    let empty_slot = vault.new_empty_slot(&vault_id)?;
    let (slot, slots): (usize, [Slot; 2]) = if coin() {
        (0, [opened_slot, empty_slot])
    } else {
        (1, [empty_slot, opened_slot])
    };
    let kept = LegacyDuress {
        secret,
        slot: old.slots[1],
        aad: old.slot_aad(1),
    };
    let inner = Inner {
        slots,
        live_db,
        spare_db,
        spare_key,
        // After a duress unlock the rotation turns this into noise anyway.
        legacy: Some(kept),
    };
    let mut clear = Clear {
        vault_id,
        epoch_id: [0; 16],
        kdf: old.kdf,
        wipe_after: old.wipe_after,
        salt: old.salt,
    };
    vault.write_new_epoch(&mut clear, &inner, generation)?;

    let _ = vault.keys.delete(&old.alias());
    finish_rename(&vault.files, &live_db)?;
    Ok(Opened {
        lock: held,
        clear,
        inner,
        x,
        slot,
        role,
        content,
        generation,
    })
}

/// Gives `vault.db` (and a WAL beside it) the random name the header holds.
/// The WAL goes first: the database must never be found under its new name
/// without the WAL it needs. Does nothing when there is no `vault.db`.
pub(super) fn finish_rename(files: &VaultFiles, live_db: &Id) -> Result<(), VaultError> {
    let from = files::with_side_files(&files.legacy_database());
    let to = files::with_side_files(&files.database(live_db));
    if !from[3].exists() {
        return Ok(());
    }
    files::rename_if_present(&from[0], &to[0])?;
    files::rename_if_present(&from[2], &to[2])?;
    files::remove_if_present(&from[1])?;
    files::rename_if_present(&from[3], &to[3])?;
    Ok(())
}
