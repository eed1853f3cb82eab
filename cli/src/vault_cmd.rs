//! `waymark vault …`

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::{Args, Subcommand};
use serde_json::json;
use waymark_core::{SoftwareKeyStore, Vault, VaultOptions};

use crate::output::{text, Failure, Output};
use crate::passcode::{self, Which};

#[derive(Args, Clone)]
pub struct DirArg {
    /// The vault's folder.
    #[arg(long, value_name = "DIR")]
    pub dir: PathBuf,
}

#[derive(Subcommand)]
pub enum VaultCommand {
    /// Create a new vault protected by a passcode.
    Init {
        #[command(flatten)]
        dir: DirArg,
        /// Wipe the vault after this many wrong passcodes in a row.
        #[arg(long, value_name = "N")]
        wipe_after: Option<u32>,
    },
    /// Check the passcode and open the vault (it locks again when the command ends).
    Unlock(DirArg),
    /// Lock the vault. Every command locks it when it ends; this reports the state.
    Lock(DirArg),
    /// Show what can be known without the passcode.
    Status(DirArg),
    /// Change the passcode (WAYMARK_PASSCODE, then WAYMARK_NEW_PASSCODE).
    Passcode(DirArg),
    /// Set or clear a duress passcode that silently destroys the vault.
    Duress {
        #[command(flatten)]
        dir: DirArg,
        /// Remove the duress passcode instead of setting one.
        #[arg(long)]
        clear: bool,
    },
    /// Wipe after N wrong passcodes in a row, or "off".
    WipeAfter {
        #[command(flatten)]
        dir: DirArg,
        /// A number of attempts, or "off".
        limit: String,
    },
    /// Destroy the vault now. Needs no passcode.
    Wipe {
        #[command(flatten)]
        dir: DirArg,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
}

/// The vault in `dir`. On a desktop there is no hardware key store, so the
/// device key lives in a file beside the vault (see docs/vault.md).
pub fn open(dir: &Path) -> Arc<Vault> {
    let keystore = Arc::new(SoftwareKeyStore::in_directory(dir.join("keystore")));
    Arc::new(Vault::new(dir, keystore))
}

/// Opens the vault in `dir` with the passcode from the prompt or environment.
pub fn unlocked(dir: &Path) -> Result<Arc<Vault>, Failure> {
    let vault = open(dir);
    if !vault.exists() {
        return Err(waymark_core::VaultError::NotFound.into());
    }
    let code = passcode::read(Which::Current, false)?;
    vault.unlock(&code)?;
    hand_over(&vault);
    Ok(vault)
}

/// After every unlock (and creation): the vault takes in what the courier
/// fetched while it was locked, and a new courier is built (ADR 0210).
/// A failure is not shown: the unlock worked, and the next sync or unlock
/// tries again; showing it would make a duress unlock look different.
pub fn hand_over(vault: &Vault) {
    let _ = waymark_core::sync::Courier::beside(vault).hand_over(vault);
}

pub fn run(cmd: VaultCommand, out: &Output) -> Result<(), Failure> {
    match cmd {
        VaultCommand::Init { dir, wipe_after } => {
            let vault = open(&dir.dir);
            if vault.exists() {
                return Err(waymark_core::VaultError::AlreadyExists.into());
            }
            let code = passcode::read(Which::Current, true)?;
            let options = VaultOptions {
                wipe_after,
                ..VaultOptions::default()
            };
            vault.create(&code, &options)?;
            hand_over(&vault);
            vault.lock();
            out.done(&text("cli-vault-created", &[]), json!({ "created": true }));
        }
        VaultCommand::Unlock(dir) => {
            let vault = unlocked(&dir.dir)?;
            vault.lock();
            out.done(
                &text("cli-vault-unlocked", &[]),
                json!({ "unlocked": true }),
            );
        }
        VaultCommand::Lock(dir) => {
            let vault = open(&dir.dir);
            if !vault.exists() {
                return Err(waymark_core::VaultError::NotFound.into());
            }
            out.done(&text("cli-vault-locked", &[]), json!({ "locked": true }));
        }
        VaultCommand::Status(dir) => {
            let status = open(&dir.dir).status();
            let message = if !status.exists {
                text("cli-vault-status-none", &[])
            } else {
                let failed = ("failed", status.failed_attempts.into());
                match status.wipe_after {
                    Some(n) => text("cli-vault-status-wipe", &[failed, ("limit", n.into())]),
                    None => text("cli-vault-status-no-wipe", &[failed]),
                }
            };
            out.done(&message, serde_json::to_value(status).unwrap_or_default());
        }
        VaultCommand::Passcode(dir) => {
            let vault = existing(&dir.dir)?;
            let current = passcode::read(Which::Current, false)?;
            let new = passcode::read(Which::New, true)?;
            vault.change_passcode(&current, &new)?;
            out.done(
                &text("cli-vault-passcode-changed", &[]),
                json!({ "changed": true }),
            );
        }
        VaultCommand::Duress { dir, clear } => {
            let vault = existing(&dir.dir)?;
            let current = passcode::read(Which::Current, false)?;
            if clear {
                vault.clear_duress_passcode(&current)?;
                out.done(
                    &text("cli-vault-duress-removed", &[]),
                    json!({ "duress": false }),
                );
            } else {
                let duress = passcode::read(Which::Duress, true)?;
                vault.set_duress_passcode(&current, &duress)?;
                out.done(
                    &text("cli-vault-duress-set", &[]),
                    json!({ "duress": true }),
                );
            }
        }
        VaultCommand::WipeAfter { dir, limit } => {
            let limit = match limit.as_str() {
                "off" | "never" => None,
                n => Some(n.parse::<u32>().ok().filter(|n| *n > 0).ok_or_else(|| {
                    Failure::localized("invalid_setting", "cli-vault-wipe-after-invalid")
                })?),
            };
            let vault = existing(&dir.dir)?;
            let current = passcode::read(Which::Current, false)?;
            vault.set_wipe_after(&current, limit)?;
            let message = match limit {
                Some(n) => text("cli-vault-wipe-after-set", &[("limit", n.into())]),
                None => text("cli-vault-wipe-after-off", &[]),
            };
            out.done(&message, json!({ "wipe_after": limit }));
        }
        VaultCommand::Wipe { dir, yes } => {
            let vault = existing(&dir.dir)?;
            if !yes && !confirm_wipe()? {
                out.done(
                    &text("cli-vault-nothing-wiped", &[]),
                    json!({ "wiped": false }),
                );
                return Ok(());
            }
            vault.wipe()?;
            out.done(&text("cli-vault-wiped", &[]), json!({ "wiped": true }));
        }
    }
    Ok(())
}

fn existing(dir: &Path) -> Result<Arc<Vault>, Failure> {
    let vault = open(dir);
    if !vault.exists() {
        return Err(waymark_core::VaultError::NotFound.into());
    }
    Ok(vault)
}

fn confirm_wipe() -> Result<bool, Failure> {
    if !std::io::stdin().is_terminal() {
        return Err(Failure::localized(
            "confirmation_needed",
            "cli-vault-confirm-needed",
        ));
    }
    let word = text("cli-vault-confirm-word", &[]);
    eprint!(
        "{} ",
        text("cli-vault-confirm-wipe", &[("word", word.clone().into())])
    );
    let mut answer = String::new();
    std::io::stdin()
        .read_line(&mut answer)
        .map_err(|_| Failure::localized("io", "cli-error-read-answer"))?;
    // The localized word, or the English one that scripts and trainers know.
    let answer = answer.trim();
    Ok(answer.to_lowercase() == word.to_lowercase() || answer.eq_ignore_ascii_case("yes"))
}
