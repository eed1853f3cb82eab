//! `waymark`: the terminal app for trainers, testers and NGO IT staff.
//!
//! Each command opens the vault for as long as it runs and locks it when it
//! exits. Passcodes come from a no-echo prompt, or from environment variables
//! for scripts (see `passcode.rs`). Every command takes `--json`.

mod demo;
mod journal_cmd;
mod output;
mod passcode;
mod vault_cmd;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use output::Output;

#[derive(Parser)]
#[command(
    name = "waymark",
    version,
    about = "Waymark: private, encrypted tools against trafficking and forced labour"
)]
struct Cli {
    /// Print machine-readable JSON instead of text.
    #[arg(long, global = true)]
    json: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create, unlock, protect or destroy an encrypted vault.
    #[command(subcommand)]
    Vault(vault_cmd::VaultCommand),
    /// Private journal of incident notes, kept inside the vault.
    #[command(subcommand)]
    Journal(journal_cmd::JournalCommand),
    /// Walk through everything Waymark does so far, on a throwaway vault.
    Demo,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let out = Output::new(cli.json);
    let result = match cli.command {
        Command::Vault(cmd) => vault_cmd::run(cmd, &out),
        Command::Journal(cmd) => journal_cmd::run(cmd, &out),
        Command::Demo => demo::run(&out),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => out.fail(failure),
    }
}
