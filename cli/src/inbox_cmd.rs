//! `waymark inbox serve`: an NGO inbox on this computer only (127.0.0.1),
//! for demos and tests. It is the `waymark-inbox` server (the same library)
//! over SQLite; a real NGO runs `waymark-inbox` (see inbox/README.md).

use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde_json::json;
use waymark_core::i18n::Arg;
use waymark_core::KdfParams;
use waymark_inbox::config::ConfigFile;
use waymark_inbox::identity::{self, SERVER_CONFIG};
use waymark_inbox::{passphrase, run, InboxError};

use crate::output::{loc, text, Failure, Output, EXIT_WRONG_PASSCODE};

#[derive(Subcommand)]
pub enum InboxCommand {
    /// Run an NGO inbox on 127.0.0.1 (SQLite), making its keys on first use.
    Serve(ServeArgs),
}

#[derive(Args)]
pub struct ServeArgs {
    /// The inbox's folder: keys, configuration and database. Made on first
    /// use (the key file's passphrase is asked, or WAYMARK_INBOX_PASSPHRASE).
    #[arg(long)]
    dir: PathBuf,
    /// Port on 127.0.0.1 when the inbox is first made (0 = any free port).
    #[arg(long, default_value_t = 8470)]
    port: u16,
}

impl From<InboxError> for Failure {
    fn from(e: InboxError) -> Self {
        let mut failure = Failure::new(e.kind(), e.user_message(loc()));
        if matches!(e, InboxError::WrongPassphrase) {
            failure.code = EXIT_WRONG_PASSCODE;
        }
        failure
    }
}

pub fn run(cmd: InboxCommand, out: &Output) -> Result<(), Failure> {
    match cmd {
        InboxCommand::Serve(args) => serve(args, out),
    }
}

fn serve(args: ServeArgs, out: &Output) -> Result<(), Failure> {
    let config_path = args.dir.join(SERVER_CONFIG);
    if !config_path.exists() {
        let port = if args.port == 0 {
            free_port()?
        } else {
            args.port
        };
        let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
        let pass = passphrase::read(loc(), true)?;
        identity::create_local_inbox(&args.dir, &pass, addr, KdfParams::RECOMMENDED)?;
        out.say(&text(
            "inbox-serve-created",
            &[
                ("dir", Arg::from(args.dir.display().to_string())),
                ("url", Arg::from(format!("http://{addr}"))),
            ],
        ));
    }
    let loaded = ConfigFile::load(&config_path)?;
    if !loaded.listen.ip().is_loopback() {
        return Err(Failure::localized(
            "not_loopback",
            "inbox-error-not-loopback",
        ));
    }
    run::init_logging();
    run::serve_until_signal(loaded, None, |addr| {
        out.done(
            &text(
                "inbox-serve-listening",
                &[("address", Arg::from(addr.to_string()))],
            ),
            json!({ "listening": addr.to_string(), "url": format!("http://{addr}") }),
        );
    })?;
    out.say(&text("inbox-serve-stopped", &[]));
    Ok(())
}

fn free_port() -> Result<u16, Failure> {
    std::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|_| InboxError::Config { reason: "listen" }.into())
}
