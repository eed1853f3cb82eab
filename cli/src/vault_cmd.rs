//! `waymark vault …`

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::{Args, Subcommand};
use serde_json::json;
use waymark_core::{SoftwareKeyStore, Vault, VaultOptions};

use crate::output::{Failure, Output};
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
    Ok(vault)
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
            vault.lock();
            out.done(
                "Vault created. It is locked; only your passcode opens it.",
                json!({ "created": true }),
            );
        }
        VaultCommand::Unlock(dir) => {
            let vault = unlocked(&dir.dir)?;
            vault.lock();
            out.done(
                "Passcode accepted. The vault opened, and is locked again.",
                json!({ "unlocked": true }),
            );
        }
        VaultCommand::Lock(dir) => {
            let vault = open(&dir.dir);
            if !vault.exists() {
                return Err(waymark_core::VaultError::NotFound.into());
            }
            out.done(
                "The vault is locked. Waymark never leaves it open after a command.",
                json!({ "locked": true }),
            );
        }
        VaultCommand::Status(dir) => {
            let status = open(&dir.dir).status();
            let text = if !status.exists {
                "There is no vault in this folder.".to_owned()
            } else {
                let wipe = match status.wipe_after {
                    Some(n) => format!("wiped after {n} wrong passcodes in a row"),
                    None => "never wiped for wrong passcodes".to_owned(),
                };
                format!(
                    "A vault is here. It is locked. Wrong passcodes since the last unlock: {}. It is {wipe}.",
                    status.failed_attempts
                )
            };
            out.done(&text, serde_json::to_value(status).unwrap_or_default());
        }
        VaultCommand::Passcode(dir) => {
            let vault = existing(&dir.dir)?;
            let current = passcode::read(Which::Current, false)?;
            let new = passcode::read(Which::New, true)?;
            vault.change_passcode(&current, &new)?;
            out.done("Passcode changed.", json!({ "changed": true }));
        }
        VaultCommand::Duress { dir, clear } => {
            let vault = existing(&dir.dir)?;
            let current = passcode::read(Which::Current, false)?;
            if clear {
                vault.clear_duress_passcode(&current)?;
                out.done("Duress passcode removed.", json!({ "duress": false }));
            } else {
                let duress = passcode::read(Which::Duress, true)?;
                vault.set_duress_passcode(&current, &duress)?;
                out.done(
                    "Duress passcode set. Unlocking with it destroys this vault and opens an empty one.",
                    json!({ "duress": true }),
                );
            }
        }
        VaultCommand::WipeAfter { dir, limit } => {
            let limit = match limit.as_str() {
                "off" | "never" => None,
                n => Some(n.parse::<u32>().ok().filter(|n| *n > 0).ok_or_else(|| {
                    Failure::new(
                        "invalid_setting",
                        "Give a number of attempts (1 or more), or \"off\".",
                    )
                })?),
            };
            let vault = existing(&dir.dir)?;
            let current = passcode::read(Which::Current, false)?;
            vault.set_wipe_after(&current, limit)?;
            let text = match limit {
                Some(n) => format!("The vault will be wiped after {n} wrong passcodes in a row."),
                None => "Wrong passcodes will no longer wipe the vault.".to_owned(),
            };
            out.done(&text, json!({ "wipe_after": limit }));
        }
        VaultCommand::Wipe { dir, yes } => {
            let vault = existing(&dir.dir)?;
            if !yes && !confirm_wipe()? {
                out.done("Nothing was wiped.", json!({ "wiped": false }));
                return Ok(());
            }
            vault.wipe()?;
            out.done(
                "The vault is destroyed. Its files are gone and cannot be decrypted.",
                json!({ "wiped": true }),
            );
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
        return Err(Failure::new(
            "confirmation_needed",
            "Add --yes to wipe without a question.",
        ));
    }
    eprint!("Destroy this vault for ever? Type yes: ");
    let mut answer = String::new();
    std::io::stdin()
        .read_line(&mut answer)
        .map_err(|_| Failure::new("io", "Could not read the answer."))?;
    Ok(answer.trim().eq_ignore_ascii_case("yes"))
}
