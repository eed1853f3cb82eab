//! Where sync data lives: the vault (everything, while it is unlocked) or
//! the courier (what sending needs, usable with no passcode). The NGO list
//! and the settings have the same tables in both, so the code that reads
//! them takes either (docs/courier.md).

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use crate::vault::{Vault, VaultError};

/// A database holding the sync tables `sync_ngos` and `sync_state`.
pub(crate) trait SyncDb: Send + Sync {
    /// Runs `f` on the open database.
    fn run(
        &self,
        f: &mut dyn FnMut(&mut Connection) -> Result<(), VaultError>,
    ) -> Result<(), VaultError>;

    /// Whether every request must fail as an unreachable server's would
    /// (a duress session; `InboxClient::cut_off`).
    fn cut_off(&self) -> bool;

    /// Now, for stamping rows outside a sync run (a run takes its `now`).
    fn now(&self) -> DateTime<Utc>;
}

/// `SyncDb::run` with a result.
pub(crate) fn with<T>(
    db: &(impl SyncDb + ?Sized),
    f: impl FnOnce(&mut Connection) -> Result<T, VaultError>,
) -> Result<T, VaultError> {
    let mut f = Some(f);
    let mut out = None;
    db.run(&mut |c| {
        if let Some(f) = f.take() {
            out = Some(f(c)?);
        }
        Ok(())
    })?;
    out.ok_or(VaultError::DatabaseCorrupt)
}

impl SyncDb for Vault {
    fn run(
        &self,
        f: &mut dyn FnMut(&mut Connection) -> Result<(), VaultError>,
    ) -> Result<(), VaultError> {
        self.with_connection(f)
    }

    fn cut_off(&self) -> bool {
        self.is_duress_session()
    }

    fn now(&self) -> DateTime<Utc> {
        Vault::now(self)
    }
}
