//! Every passcode check, and the rotation that follows every correct one.
//!
//! The steps, the same for the passcode and the duress passcode (ADR 0100):
//!
//! 1. lock; read the header; the epoch key's answer opens its secret part;
//!    tidy up what a crash left behind; count the guess;
//! 2. Argon2id once; the key store's answer for *both* slots' keys;
//!    try both slots;
//! 3. open a database: the live one (passcode) or the spare (duress);
//! 4. make a new empty spare database with a new key;
//! 5. seal the key of the database that lives on under a new key-store key
//!    for the slot that opened; after duress the other slot becomes noise;
//! 6. write the header under a new epoch key;
//! 7. delete the old epoch key and the opened slot's old key, and the
//!    database nobody needs any more: the old spare (passcode) or the real
//!    one (duress).

use std::sync::atomic::Ordering;

use super::attempts::VaultLock;
use super::header::{self, Clear, Inner, Role, Slot};
use super::ids;
use super::opened::Opened;
use super::{coin, files, kdf, legacy, migrate, Session, Vault, VaultError};
use crate::secret::SecretKey;

/// What a settings change adds to the rotation.
pub(super) enum Change {
    Nothing,
    /// The new passcode's Argon2id output.
    Passcode(SecretKey),
    /// The duress passcode's Argon2id output.
    SetDuress(SecretKey),
    ClearDuress,
    WipeAfter(Option<u32>),
}

impl Vault {
    /// Every passcode check goes through here: the passcode and the duress
    /// passcode take the same path, the same single KDF run and the same key
    /// store calls.
    pub(super) fn authenticate(&self, passcode: &str) -> Result<Opened, VaultError> {
        super::check_passcode(passcode)?;
        if !self.exists() {
            return Err(VaultError::NotFound);
        }
        let mut held = VaultLock::acquire(&self.files.attempts())?;
        let generation = self.generation.load(Ordering::SeqCst);
        let raw = super::read_limited(&self.files.header())?;
        if raw.starts_with(files::MAGIC) && raw.get(4) == Some(&legacy::FORMAT_VERSION) {
            return migrate::authenticate(self, held, &raw, passcode, generation);
        }
        let clear = header::parse(&raw)?;
        let epoch = self
            .keys
            .derive(&clear.epoch_alias(), &clear.epoch_input())?;
        let inner = header::open(&raw, &clear, &epoch)?;
        self.tidy(&clear, &inner)?;
        // Counted before the KDF: killing the app mid-guess still counts.
        held.count_failure()?;
        let x = kdf(&clear.kdf, passcode, &clear.salt)?;
        let derived = [
            self.keys
                .derive(&clear.slot_alias(&inner.slots[0]), x.expose())?,
            self.keys
                .derive(&clear.slot_alias(&inner.slots[1]), x.expose())?,
        ];
        // Both slots (and a migrated vault's old duress slot) are always tried.
        let tries = [
            inner.slots[0].open(&clear.vault_id, &derived[0], &x),
            inner.slots[1].open(&clear.vault_id, &derived[1], &x),
        ];
        let legacy_duress = inner
            .legacy
            .as_ref()
            .is_some_and(|l| l.opens(&x, &clear.salt));
        let found = match tries {
            [Some((role, content)), _] => Some((0, role, content)),
            [None, Some((role, content))] => Some((1, role, content)),
            // Which slot's key gets replaced does not matter: both become
            // new (one sealed, one noise).
            [None, None] if legacy_duress => {
                Some((usize::from(coin()), Role::Duress, SecretKey::random()))
            }
            [None, None] => None,
        };
        let Some((slot, role, content)) = found else {
            return Err(self.refuse(held, clear.wipe_after));
        };
        held.set_failures(0)?;
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

    /// A wrong passcode: the guess stays counted; at the limit, wipe.
    pub(super) fn refuse(&self, mut held: VaultLock, wipe_after: Option<u32>) -> VaultError {
        let failures = held.failures();
        match wipe_after {
            Some(limit) if failures >= limit => match self.wipe_holding(Some(held)) {
                Ok(()) => VaultError::WrongPasscode {
                    remaining_attempts: Some(0),
                },
                Err(e) => e,
            },
            Some(limit) => VaultError::WrongPasscode {
                remaining_attempts: Some(limit - failures),
            },
            None => VaultError::WrongPasscode {
                remaining_attempts: None,
            },
        }
    }

    /// Removes what a crash between a header write and the deletions after
    /// it left behind: keys and files the header no longer names. Finishes a
    /// format-1 migration cut short before its rename. Finds nothing, and so
    /// changes nothing, in a vault that was never interrupted.
    fn tidy(&self, clear: &Clear, inner: &Inner) -> Result<(), VaultError> {
        let keep = [
            clear.epoch_alias(),
            clear.slot_alias(&inner.slots[0]),
            clear.slot_alias(&inner.slots[1]),
        ];
        self.keys
            .delete_all_but(&ids::vault_prefix(&clear.vault_id), &keep)?;
        if !self.files.database(&inner.live_db).exists() {
            migrate::finish_rename(&self.files, &inner.live_db)?;
        }
        for stray in self.files.strays(&[inner.live_db, inner.spare_db], false) {
            files::remove_if_present(&stray)?;
        }
        Ok(())
    }

    /// Steps 3–7 of the module docs. With `open`, returns the connection to
    /// the database that lives on, its key and how the session began.
    pub(super) fn rotate(
        &self,
        opened: Opened,
        change: Change,
        open: bool,
    ) -> Result<(Option<rusqlite::Connection>, SecretKey, Session), VaultError> {
        let Opened {
            lock: held,
            mut clear,
            inner,
            x,
            slot,
            role,
            content,
            generation,
        } = opened;
        let vault_id = clear.vault_id;
        let (live_db, live_key, dead_db, session) = match role {
            Role::Passcode => (inner.live_db, content, inner.spare_db, Session::Normal),
            Role::Duress => (
                inner.spare_db,
                inner.spare_key.clone(),
                inner.live_db,
                Session::Duress,
            ),
        };
        // The courier's key goes first (ADR 0210), by the same calls on
        // both paths; only a passcode keeps its answer for the hand-over.
        // A settings change with the passcode opens nothing, so the courier
        // keeps its key (nothing would build the next one).
        if open || role == Role::Duress {
            self.retire_courier_key(role == Role::Passcode);
        }
        let conn = match open {
            true => Some(self.open_or_renew(&live_db, &live_key, role)?),
            false => None,
        };
        let (spare_db, spare_key) = (ids::random_id(), SecretKey::random());
        self.make_database(&spare_db, &spare_key)?;

        let other = 1 - slot;
        let mut slots = inner.slots.clone();
        let mut retired = vec![clear.epoch_alias(), clear.slot_alias(&slots[slot])];
        let seal_x = match &change {
            Change::Passcode(x_new) => x_new,
            _ => &x,
        };
        slots[slot] = self.new_slot(&vault_id, seal_x, Role::Passcode, &live_key)?;
        let mut legacy = inner.legacy.clone();
        if role == Role::Duress {
            // The real passcode's slot becomes noise under its old key.
            slots[other] = Slot::random(slots[other].key_id);
            legacy = legacy.map(|l| l.random_like());
        }
        match change {
            Change::SetDuress(x_duress) => {
                retired.push(clear.slot_alias(&slots[other]));
                let token = SecretKey::random();
                slots[other] = self.new_slot(&vault_id, &x_duress, Role::Duress, &token)?;
                legacy = None;
            }
            Change::ClearDuress => {
                retired.push(clear.slot_alias(&slots[other]));
                slots[other] = self.new_empty_slot(&vault_id)?;
                legacy = None;
            }
            Change::WipeAfter(limit) => clear.wipe_after = limit,
            Change::Nothing | Change::Passcode(_) => {}
        }
        if coin() {
            slots.swap(0, 1);
        }
        let next = Inner {
            slots,
            live_db,
            spare_db,
            spare_key,
            legacy,
        };
        self.write_new_epoch(&mut clear, &next, generation)?;

        // The new header is in place. What follows only removes what it no
        // longer names; a crash here is finished by the next `tidy`.
        for alias in &retired {
            let _ = self.keys.delete(alias);
        }
        let _ = files::remove_database(&self.files.database(&dead_db));
        drop(held);
        Ok((conn, live_key, session))
    }

    /// Opens the database that lives on. The duress path must succeed
    /// whatever state the spare is in: if it does not open, a fresh empty
    /// one takes its place.
    fn open_or_renew(
        &self,
        id: &ids::Id,
        key: &SecretKey,
        role: Role,
    ) -> Result<rusqlite::Connection, VaultError> {
        match (self.open_database(id, key), role) {
            (Ok(conn), _) => Ok(conn),
            (Err(_), Role::Duress) => {
                files::remove_database(&self.files.database(id))?;
                self.make_database(id, key)?;
                self.open_database(id, key)
            }
            (Err(e), Role::Passcode) => Err(e),
        }
    }
}
