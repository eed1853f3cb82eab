//! `waymark`: the terminal app for trainers, testers and NGO IT staff.
//!
//! Each command opens the vault for as long as it runs and locks it when it
//! exits. Passcodes come from a no-echo prompt, or from environment variables
//! for scripts (see `passcode.rs`). Every command takes `--json`.

mod chat_cmd;
mod content_cmd;
mod demo;
mod flow_cmd;
mod helplines_cmd;
mod inbox_cmd;
mod interview_cmd;
mod journal_cmd;
mod locales_cmd;
mod ngo_cmd;
mod outbox_cmd;
mod output;
mod passcode;
mod policy_cmd;
mod questionnaire_cmd;
mod replies_cmd;
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
    /// Language of the messages (e.g. es, pt-BR, ar). Default: WAYMARK_LANG,
    /// then LC_ALL, LC_MESSAGES, LANG; else English. Help texts stay English.
    #[arg(long, global = true, value_name = "LANG", env = "WAYMARK_LANG")]
    lang: Option<String>,
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
    Demo {
        /// Keep the demo's NGO inbox (keys, database, the report it got) in
        /// this new folder, to open it afterwards in the NGO desk.
        #[arg(long, value_name = "DIR")]
        keep_inbox: Option<std::path::PathBuf>,
    },
    /// List the built-in languages, or check locale files for gaps.
    #[command(subcommand)]
    Locales(locales_cmd::LocalesCommand),
    /// Make, sign, check and install signed content packs.
    #[command(subcommand)]
    Content(content_cmd::ContentCommand),
    /// Helplines by country, language, audience and channel (24/7 first).
    Helplines(helplines_cmd::HelplinesArgs),
    /// Check questionnaire files, and list the questionnaires on offer.
    #[command(subcommand)]
    Questionnaire(questionnaire_cmd::QuestionnaireCommand),
    /// Run a questionnaire: start, resume, answer, review, summary, finalize.
    #[command(subcommand)]
    Interview(interview_cmd::InterviewCommand),
    /// Talk with the support assistant (interactive, or --script FILE).
    Chat(chat_cmd::ChatArgs),
    /// Check assistant flows, their translations and intents.
    #[command(subcommand)]
    Flow(flow_cmd::FlowCommand),
    /// An NGO inbox on this computer, for demos and tests.
    #[command(subcommand)]
    Inbox(inbox_cmd::InboxCommand),
    /// NGOs this vault sends reports to (trusted by their signing key).
    #[command(subcommand)]
    Ngo(ngo_cmd::NgoCommand),
    /// Reports sealed for an NGO: queue, list, send now, status.
    #[command(subcommand)]
    Outbox(outbox_cmd::OutboxCommand),
    /// When reports may leave the device (network, time, delay, proxy).
    #[command(subcommand)]
    Policy(policy_cmd::PolicyCommand),
    /// The NGOs' answers to your reports.
    Replies(replies_cmd::RepliesArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    output::set_language(&output::requested_languages(cli.lang.as_deref()));
    let out = Output::new(cli.json);
    let result = match cli.command {
        Command::Vault(cmd) => vault_cmd::run(cmd, &out),
        Command::Journal(cmd) => journal_cmd::run(cmd, &out),
        Command::Demo { keep_inbox } => demo::run(keep_inbox.as_deref(), &out),
        Command::Locales(cmd) => locales_cmd::run(cmd, &out),
        Command::Content(cmd) => content_cmd::run(cmd, &out),
        Command::Helplines(args) => helplines_cmd::run(args, cli.lang.as_deref(), &out),
        Command::Questionnaire(cmd) => questionnaire_cmd::run(cmd, &out),
        Command::Interview(cmd) => interview_cmd::run(cmd, cli.lang.as_deref(), &out),
        Command::Chat(args) => chat_cmd::run(args, cli.lang.as_deref(), cli.json, &out),
        Command::Flow(cmd) => flow_cmd::run(cmd, &out),
        Command::Inbox(cmd) => inbox_cmd::run(cmd, &out),
        Command::Ngo(cmd) => ngo_cmd::run(cmd, &out),
        Command::Outbox(cmd) => outbox_cmd::run(cmd, &out),
        Command::Policy(cmd) => policy_cmd::run(cmd, &out),
        Command::Replies(args) => replies_cmd::run(args, &out),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => out.fail(failure),
    }
}
