//! Between the vault and its courier (docs/courier.md):
//!
//! - [`Courier::refill`] copies what the courier lacks from the vault, the
//!   source of truth: settings, NGOs, envelopes (when sending while locked
//!   is on), lookup ids and poll cursors. Idempotent; run after queueing,
//!   before every sync with the vault unlocked, and at every unlock, so a
//!   crash between the vault's commit and the courier's copy heals itself.
//! - [`Courier::take_in`] brings receipts, reply ciphertexts (opened here
//!   with the vault's reply keys), send attempts and refreshed directory
//!   entries into the vault, then forgets the receipts and ciphertexts.
//!   Vault first, so a crash in between only repeats it.
//! - [`Courier::hand_over`] replaces the courier at every unlock by one
//!   under a new key.

use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension};
use zeroize::Zeroizing;

use super::super::settings::SyncSettings;
use super::super::wire::SignedDirectory;
use super::super::SyncError;
use super::{open_database, Courier};
use crate::envelope::{self, ReceiptCode, ReplySecretKey};
use crate::time::to_stored;
use crate::vault::{Vault, VaultError};

/// What [`Courier::take_in`] brought into the vault.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct TakenIn {
    /// Reports whose verified receipt the vault now holds.
    pub delivered: u32,
    /// Replies opened and stored in the vault.
    pub replies: u32,
}

/// The tables a courier is made of, copied whole by a hand-over.
const TABLES: [&str; 4] = [
    "sync_ngos",
    "sync_state",
    "courier_queue",
    "courier_fetched",
];

/// Runs `f` on the courier's connection, keeping its `SyncError`.
fn on_courier<T>(
    courier: &Courier,
    f: impl FnOnce(&mut Connection) -> Result<T, SyncError>,
) -> Result<T, SyncError> {
    let mut out = None;
    courier.with_connection(|c| {
        out = Some(f(c));
        Ok(())
    })?;
    out.unwrap_or(Err(SyncError::Damaged))
}

impl Courier {
    /// Builds a new courier under a new key after the vault was unlocked
    /// (or created, or its passcode changed): takes in what the old one
    /// holds, if the unlock kept its key (never after duress), copies the
    /// rest, refills from the vault, and deletes the old one. Call it
    /// whenever `Vault::unlock` returned `Ok`; the bindings and the CLI do.
    pub fn hand_over(&self, vault: &Vault) -> Result<TakenIn, SyncError> {
        if !vault.is_unlocked() {
            return Err(SyncError::Vault(VaultError::Locked));
        }
        let old = vault.take_courier_handover();
        self.close();
        let mut previous = old
            .and_then(|h| open_database(&self.dir.join(h.old.database_name()), &h.key, false).ok());
        let taken = match previous.as_mut() {
            Some(p) => take_in_from(p, vault)?,
            None => TakenIn::default(),
        };
        self.start_fresh()?;
        if let Some(p) = previous {
            on_courier(self, |c| copy_all(&p, c))?;
        }
        self.refill(vault)?;
        self.remove_stale()?;
        Ok(taken)
    }

    /// Makes sure a courier exists and holds what the vault has: refill, or
    /// a hand-over when the courier is missing or unreadable.
    pub fn catch_up(&self, vault: &Vault) -> Result<(), SyncError> {
        if self.is_usable() {
            self.refill(vault)
        } else {
            self.hand_over(vault).map(drop)
        }
    }

    /// See the module docs.
    pub fn take_in(&self, vault: &Vault) -> Result<TakenIn, SyncError> {
        on_courier(self, |c| take_in_from(c, vault))
    }

    /// See the module docs.
    pub fn refill(&self, vault: &Vault) -> Result<(), SyncError> {
        let envelopes = SyncSettings::load(vault)?.send_while_locked;
        self.refill_with(vault, envelopes)
    }

    /// `refill`, with queued envelopes copied (`envelopes`) or taken out.
    pub(crate) fn refill_with(&self, vault: &Vault, envelopes: bool) -> Result<(), SyncError> {
        let (settings_json, ngos, rows) = vault.with_connection(|v| {
            let settings_json: Option<String> = v
                .query_row("SELECT settings FROM sync_state WHERE id = 1", [], |r| {
                    r.get(0)
                })
                .optional()?
                .flatten();
            let mut stmt = v.prepare(
                "SELECT key_id, signing_key, label, directory, added_at, refreshed_at
                 FROM sync_ngos",
            )?;
            let ngos = stmt
                .query_map([], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, Option<String>>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, Option<String>>(5)?,
                    ))
                })?
                .collect::<Result<Vec<_>, _>>()?;
            let mut stmt = v.prepare(
                "SELECT o.report_id, o.ngo_key_id, o.bucket, o.envelope, o.receipt_code,
                        o.state, o.attempts, o.next_attempt_at, o.last_error, o.queued_at,
                        o.sent_day,
                        (SELECT reply_id FROM sync_replies r WHERE r.report_id = o.report_id
                         ORDER BY r.rowid DESC LIMIT 1)
                 FROM sync_outbox o WHERE o.kind != 'dummy'",
            )?;
            let rows = stmt
                .query_map([], |r| {
                    Ok(VaultRow {
                        report_id: r.get(0)?,
                        ngo_key_id: r.get(1)?,
                        bucket: r.get(2)?,
                        envelope: r.get(3)?,
                        code: Zeroizing::new(r.get(4)?),
                        state: r.get(5)?,
                        attempts: r.get(6)?,
                        next_attempt_at: r.get(7)?,
                        last_error: r.get(8)?,
                        queued_at: r.get(9)?,
                        sent_day: r.get(10)?,
                        last_reply_id: r.get(11)?,
                    })
                })?
                .collect::<Result<Vec<_>, _>>()?;
            Ok((settings_json, ngos, rows))
        })?;
        on_courier(self, |c| {
            let tx = c.transaction()?;
            tx.execute(
                "INSERT INTO sync_state (id, settings) VALUES (1, ?1)
                 ON CONFLICT (id) DO UPDATE SET settings = excluded.settings",
                [settings_json],
            )?;
            for (key_id, signing_key, label, directory, added_at, refreshed_at) in ngos {
                let held: Option<Option<String>> = tx
                    .query_row(
                        "SELECT directory FROM sync_ngos WHERE key_id = ?1",
                        [&key_id],
                        |r| r.get(0),
                    )
                    .optional()?;
                let (directory, refreshed_at) = match (&directory, held.flatten()) {
                    (Some(from_vault), Some(held)) if !is_newer(from_vault, &held) => {
                        (Some(held), None)
                    }
                    _ => (directory, refreshed_at),
                };
                tx.execute(
                    "INSERT INTO sync_ngos (key_id, signing_key, label, directory, added_at,
                       refreshed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                     ON CONFLICT (key_id) DO UPDATE SET signing_key = excluded.signing_key,
                       label = excluded.label, directory = excluded.directory,
                       refreshed_at = COALESCE(excluded.refreshed_at, refreshed_at)",
                    params![
                        key_id,
                        signing_key,
                        label,
                        directory,
                        added_at,
                        refreshed_at
                    ],
                )?;
            }
            for row in rows {
                let lookup = lookup_of(&row.code)?;
                let queued = row.state == "queued";
                let envelope = row.envelope.as_deref().filter(|_| queued && envelopes);
                tx.execute(
                    "INSERT OR IGNORE INTO courier_queue (report_id, ngo_key_id, kind, bucket,
                       envelope, reply_lookup, state, attempts, next_attempt_at, last_error,
                       queued_at, sent_day, last_reply_id)
                     VALUES (?1, ?2, 'report', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                    params![
                        row.report_id,
                        row.ngo_key_id,
                        row.bucket,
                        envelope,
                        &lookup[..],
                        row.state,
                        row.attempts,
                        row.next_attempt_at,
                        row.last_error,
                        row.queued_at,
                        row.sent_day,
                        row.last_reply_id,
                    ],
                )?;
                if queued {
                    // Put back an envelope a crash or the setting took away,
                    // or take it out when the setting is off.
                    tx.execute(
                        "UPDATE courier_queue SET envelope = ?1
                         WHERE report_id = ?2 AND state = 'queued'",
                        params![envelope, row.report_id],
                    )?;
                } else {
                    tx.execute(
                        "UPDATE courier_queue SET state = 'sent', envelope = NULL,
                           sent_day = ?1 WHERE report_id = ?2 AND state = 'queued'",
                        params![row.sent_day, row.report_id],
                    )?;
                }
                tx.execute(
                    "UPDATE courier_queue SET last_reply_id = ?1
                     WHERE report_id = ?2 AND last_reply_id IS NULL",
                    params![row.last_reply_id, row.report_id],
                )?;
            }
            tx.commit()?;
            crate::vault::checkpoint(c)?;
            Ok(())
        })
    }
}

/// One outbox row of the vault, as the courier needs it.
struct VaultRow {
    report_id: String,
    ngo_key_id: String,
    bucket: i64,
    envelope: Option<Vec<u8>>,
    code: Zeroizing<Vec<u8>>,
    state: String,
    attempts: i64,
    next_attempt_at: Option<String>,
    last_error: Option<String>,
    queued_at: String,
    sent_day: Option<String>,
    last_reply_id: Option<String>,
}

/// The lookup id of a stored receipt-code secret.
fn lookup_of(code: &[u8]) -> Result<[u8; 32], SyncError> {
    let secret: [u8; 10] = code.try_into().map_err(|_| SyncError::Damaged)?;
    Ok(ReceiptCode::from_secret(secret).lookup_id())
}

/// Whether the signed directory `a` (JSON) is a newer entry than `b`.
fn is_newer(a: &str, b: &str) -> bool {
    match (
        serde_json::from_str::<SignedDirectory>(a),
        serde_json::from_str::<SignedDirectory>(b),
    ) {
        (Ok(a), Ok(b)) => a.entry.version > b.entry.version,
        (Ok(_), Err(_)) => true,
        _ => false,
    }
}

/// See the module docs. `c` is a courier database.
fn take_in_from(c: &mut Connection, vault: &Vault) -> Result<TakenIn, SyncError> {
    let mut taken = TakenIn::default();
    let receipts = rows(
        c,
        "SELECT report_id, receipt, sent_day FROM courier_queue
         WHERE kind = 'report' AND receipt IS NOT NULL",
        |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
            ))
        },
    )?;
    let attempts = rows(
        c,
        "SELECT report_id, attempts, next_attempt_at, last_error FROM courier_queue
         WHERE kind = 'report' AND state = 'queued'",
        |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Option<String>>(3)?,
            ))
        },
    )?;
    let fetched = rows(
        c,
        "SELECT reply_id, report_id, day, sealed FROM courier_fetched ORDER BY rowid",
        |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Vec<u8>>(3)?,
            ))
        },
    )?;
    let directories = rows(
        c,
        "SELECT key_id, directory, refreshed_at FROM sync_ngos WHERE directory IS NOT NULL",
        |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
            ))
        },
    )?;
    let now = to_stored(vault.now());
    // The vault first: a crash before the courier forgets only repeats this.
    vault.with_connection(|v| {
        let tx = v.transaction()?;
        for (report_id, receipt, day) in &receipts {
            taken.delivered += tx.execute(
                "UPDATE sync_outbox SET state = 'sent', envelope = NULL, receipt = ?1,
                   sent_day = ?2, last_error = NULL, next_attempt_at = NULL
                 WHERE report_id = ?3 AND state = 'queued'",
                params![receipt, day, report_id],
            )? as u32;
        }
        for (report_id, n, next, error) in &attempts {
            tx.execute(
                "UPDATE sync_outbox SET attempts = ?1, next_attempt_at = ?2, last_error = ?3
                 WHERE report_id = ?4 AND state = 'queued'",
                params![n, next, error, report_id],
            )?;
        }
        for (reply_id, report_id, day, sealed) in &fetched {
            let secret: Option<Vec<u8>> = tx
                .query_row(
                    "SELECT reply_secret FROM sync_outbox WHERE report_id = ?1",
                    [report_id],
                    |r| r.get(0),
                )
                .optional()?;
            let Some(secret) = secret.map(Zeroizing::new) else {
                continue;
            };
            let Ok(key) = ReplySecretKey::from_bytes(&secret) else {
                continue;
            };
            // A reply that does not open is not for us (or damaged): dropped.
            let Ok(text) = envelope::open_reply(sealed, &key) else {
                continue;
            };
            taken.replies += tx.execute(
                "INSERT OR IGNORE INTO sync_replies (reply_id, report_id, day, body, received_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![reply_id, report_id, day, &*text, now],
            )? as u32;
        }
        for (key_id, directory, refreshed_at) in &directories {
            let held: Option<Option<String>> = tx
                .query_row(
                    "SELECT directory FROM sync_ngos WHERE key_id = ?1",
                    [key_id],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(held) = held {
                if held.as_deref().is_none_or(|h| is_newer(directory, h)) {
                    tx.execute(
                        "UPDATE sync_ngos SET directory = ?1, refreshed_at = ?2
                         WHERE key_id = ?3",
                        params![directory, refreshed_at, key_id],
                    )?;
                }
            }
        }
        tx.commit()?;
        crate::vault::checkpoint(v)
    })?;
    let tx = c.transaction()?;
    for (report_id, _, _) in &receipts {
        tx.execute(
            "UPDATE courier_queue SET receipt = NULL WHERE report_id = ?1",
            [report_id],
        )?;
    }
    for (reply_id, _, _, _) in &fetched {
        tx.execute(
            "DELETE FROM courier_fetched WHERE reply_id = ?1",
            [reply_id],
        )?;
    }
    tx.commit()?;
    crate::vault::checkpoint(c)?;
    Ok(taken)
}

/// Every row `sql` selects, mapped by `map`.
fn rows<T>(
    c: &Connection,
    sql: &str,
    map: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> rusqlite::Result<Vec<T>> {
    let mut stmt = c.prepare(sql)?;
    let out = stmt.query_map([], map)?.collect();
    out
}

/// Copies every row of every courier table from `from` into `to`.
fn copy_all(from: &Connection, to: &mut Connection) -> Result<(), SyncError> {
    let tx = to.transaction()?;
    for table in TABLES {
        let mut stmt = from.prepare(&format!("SELECT * FROM {table}"))?;
        let width = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                (0..width)
                    .map(|i| r.get::<_, Value>(i))
                    .collect::<Result<Vec<_>, _>>()
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let marks = vec!["?"; width].join(", ");
        let mut insert = tx.prepare(&format!("INSERT OR REPLACE INTO {table} VALUES ({marks})"))?;
        for row in rows {
            insert.execute(rusqlite::params_from_iter(row))?;
        }
    }
    tx.commit()?;
    Ok(())
}
