//! `waymark ngo …`: the NGOs this vault sends reports to. An NGO is trusted
//! by its signing key; its signed directory entry (endpoints, HPKE key,
//! receipt key, TLS pins) is fetched and verified against that key.

use clap::Subcommand;
use serde_json::json;
use waymark_core::sync::{Ngos, SyncSettings, TrustedNgo};

use crate::outbox_cmd::sync_failure;
use crate::output::{text, Failure, Output};
use crate::vault_cmd::{unlocked, DirArg};

#[derive(Subcommand)]
pub enum NgoCommand {
    /// Trust an NGO's signing key and fetch its signed directory entry.
    Add {
        #[command(flatten)]
        dir: DirArg,
        /// The NGO's Ed25519 signing key (64 hex characters).
        #[arg(long, value_name = "HEX")]
        key: String,
        /// Where to fetch the directory first (the inbox's base URL).
        #[arg(long)]
        url: String,
        /// A name to show for the NGO.
        #[arg(long, default_value = "")]
        label: String,
    },
    /// Fetch a fresh directory entry from the NGO's own endpoints.
    Refresh {
        #[command(flatten)]
        dir: DirArg,
        /// The key id shown by `ngo list`.
        key_id: String,
    },
    /// List trusted NGOs.
    List(DirArg),
}

fn line(ngo: &TrustedNgo) -> String {
    let name = match &ngo.directory {
        Some(d) if ngo.label.is_empty() => d.name.clone(),
        _ => ngo.label.clone(),
    };
    match &ngo.directory {
        Some(d) => text(
            "cli-ngo-line-ready",
            &[
                ("key_id", ngo.key_id.as_str().into()),
                ("name", name.into()),
                ("expires", d.expires.as_str().into()),
            ],
        ),
        None => text(
            "cli-ngo-line-no-directory",
            &[
                ("key_id", ngo.key_id.as_str().into()),
                ("name", name.into()),
            ],
        ),
    }
}

pub fn run(cmd: NgoCommand, out: &Output) -> Result<(), Failure> {
    let now = chrono::Utc::now();
    match cmd {
        NgoCommand::Add {
            dir,
            key,
            url,
            label,
        } => {
            let vault = unlocked(&dir.dir)?;
            let ngos = Ngos::new(vault.clone());
            let settings = SyncSettings::load(&vault).map_err(sync_failure)?;
            let key_id = ngos.trust(&key, &label).map_err(sync_failure)?;
            let entry = ngos
                .fetch_directory(&key_id, Some(&url), &settings.transport, now)
                .map_err(sync_failure)?;
            out.done(
                &text(
                    "cli-ngo-added",
                    &[
                        ("name", entry.name.as_str().into()),
                        ("key_id", key_id.as_str().into()),
                    ],
                ),
                json!({ "key_id": key_id, "directory": entry }),
            );
        }
        NgoCommand::Refresh { dir, key_id } => {
            let vault = unlocked(&dir.dir)?;
            let settings = SyncSettings::load(&vault).map_err(sync_failure)?;
            let entry = Ngos::new(vault)
                .fetch_directory(&key_id, None, &settings.transport, now)
                .map_err(sync_failure)?;
            out.done(
                &text("cli-ngo-refreshed", &[("name", entry.name.as_str().into())]),
                json!({ "key_id": key_id, "directory": entry }),
            );
        }
        NgoCommand::List(dir) => {
            let ngos = Ngos::new(unlocked(&dir.dir)?)
                .list()
                .map_err(sync_failure)?;
            let message = if ngos.is_empty() {
                text("cli-ngo-none", &[])
            } else {
                ngos.iter().map(line).collect::<Vec<_>>().join("\n")
            };
            out.done(&message, json!(ngos));
        }
    }
    Ok(())
}
