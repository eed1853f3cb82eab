//! `waymark-inbox`: the NGO's inbox server and tools.
//!
//! `keygen`, `directory sign`, `pull` and `reply` run on the NGO's own
//! machine, with the encrypted key file; `serve` runs on the server with
//! only `inbox.toml`. Every message is Fluent (`locales/<lang>/inbox.ftl`).
//! Exit codes: 0 ok, 1 failed, 2 bad usage, 3 wrong passphrase.

use std::io::{Read as _, Write as _};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use serde_json::{json, Value};
use waymark_core::i18n::{Arg, Localizer};
use waymark_core::sync::wire::MAX_ENVELOPE_LEN;
use waymark_core::KdfParams;
use waymark_inbox::config::ConfigFile;
use waymark_inbox::identity::{self, DirectoryInput};
use waymark_inbox::ngo::{self, archive::Archive, client::InboxClient, export};
use waymark_inbox::{keyfile, passphrase, run, InboxError};

#[derive(Parser)]
#[command(
    name = "waymark-inbox",
    version,
    about = "Waymark NGO inbox: the server that receives sealed reports, and the NGO's key, pull and reply tools"
)]
struct Cli {
    /// Print machine-readable JSON instead of text.
    #[arg(long, global = true)]
    json: bool,
    /// Language of the messages (e.g. es, pt-BR, ar). Default: WAYMARK_LANG,
    /// then LC_ALL, LC_MESSAGES, LANG; else English.
    #[arg(long, global = true, value_name = "LANG", env = "WAYMARK_LANG")]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Make the NGO's keys: an encrypted key file for the NGO's machine, and
    /// a server config that holds only what the server needs.
    Keygen {
        /// Folder to write ngo-keys.json, inbox.toml and ngo-public.json into.
        #[arg(long)]
        out: PathBuf,
        /// Address the server will listen on (written into inbox.toml).
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: String,
    },
    /// Sign the NGO's directory entry (what phones need to reach the inbox).
    #[command(subcommand)]
    Directory(DirectoryCommand),
    /// Download new envelopes, open them locally, and export them.
    Pull {
        #[command(flatten)]
        common: NgoArgs,
        /// Write every pulled report as JSON to this file.
        #[arg(long = "json-out", value_name = "FILE")]
        json_out: Option<PathBuf>,
        /// Write every pulled report as CSV (indicators as columns) to this file.
        #[arg(long = "csv-out", value_name = "FILE")]
        csv_out: Option<PathBuf>,
    },
    /// Answer a reporter: the reply is sealed to the report's own reply key.
    Reply {
        #[command(flatten)]
        common: NgoArgs,
        /// The report's id (32 hex characters, as in the export).
        #[arg(long)]
        report: String,
        /// The reply. Without it, the text is read from standard input.
        #[arg(long)]
        text: Option<String>,
    },
    /// Run the NGO desk: a web application for caseworkers on this computer
    /// only (127.0.0.1), next to the key file (docs/ngo-desk.md).
    Desk {
        #[command(flatten)]
        common: NgoArgs,
        /// Address to listen on: loopback only.
        #[arg(long, default_value = "127.0.0.1:8471")]
        listen: SocketAddr,
        /// Minutes without a request before a session ends; the desk locks
        /// when no session is left.
        #[arg(long, default_value_t = 15)]
        idle_minutes: u64,
        /// Counts below this are shown and exported as "<N".
        #[arg(long, default_value_t = waymark_inbox::desk::DeskOptions::DEFAULT_SUPPRESS_BELOW)]
        suppress_below: u64,
        /// PEM certificate for HTTPS (with --tls-key).
        #[arg(long, requires = "tls_key")]
        tls_cert: Option<PathBuf>,
        /// PEM private key for HTTPS (with --tls-cert).
        #[arg(long, requires = "tls_cert")]
        tls_key: Option<PathBuf>,
    },
    /// Run the inbox server.
    Serve {
        /// The server config written by keygen.
        #[arg(long)]
        config: PathBuf,
        /// Listen here instead of the config's address.
        #[arg(long)]
        listen: Option<SocketAddr>,
    },
}

#[derive(Subcommand)]
enum DirectoryCommand {
    /// Sign a directory entry with the key file's directory key.
    Sign {
        /// The encrypted key file (ngo-keys.json).
        #[arg(long)]
        keys: PathBuf,
        /// Short stable id, e.g. org.example.helpdesk.
        #[arg(long)]
        ngo_id: String,
        /// Name shown to people.
        #[arg(long)]
        name: String,
        /// Base URL of the inbox (repeat for several, e.g. https and onion).
        #[arg(long = "endpoint", required = true)]
        endpoints: Vec<String>,
        /// TLS SPKI pin: base64 SHA-256 of the certificate's public key (repeatable).
        #[arg(long = "tls-spki")]
        tls_spki: Vec<String>,
        /// Last day phones may use this entry (YYYY-MM-DD).
        #[arg(long)]
        expires: String,
        /// Largest envelope accepted, in bytes.
        #[arg(long, default_value_t = MAX_ENVELOPE_LEN as u32)]
        max_envelope_len: u32,
        /// Say that the inbox does not want dummy sends.
        #[arg(long)]
        no_dummy: bool,
        /// The entry's version: phones refuse an entry with a lower version
        /// than the one they hold. Default: the seconds since 1970 now.
        #[arg(long = "entry-version", value_name = "N")]
        entry_version: Option<u64>,
        /// Where to write the signed entry (the server's directory.json).
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(clap::Args)]
struct NgoArgs {
    /// The encrypted key file (ngo-keys.json).
    #[arg(long)]
    keys: PathBuf,
    /// The inbox's base URL.
    #[arg(long, env = "WAYMARK_INBOX_URL")]
    server: String,
    /// Local folder of pulled (still sealed) envelopes and the pull cursor.
    #[arg(long)]
    store: PathBuf,
}

struct Out {
    json: bool,
    loc: Localizer,
}

impl Out {
    fn text(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.loc.text(id, args)
    }

    fn done(&self, text: &str, data: Value) {
        let line = if self.json {
            json!({ "ok": true, "result": data }).to_string()
        } else {
            text.to_owned()
        };
        let _ = writeln!(std::io::stdout().lock(), "{line}");
    }

    fn fail(&self, e: &InboxError) -> ExitCode {
        let message = e.user_message(&self.loc);
        if self.json {
            let line = json!({ "ok": false, "error": { "kind": e.kind(), "message": message } });
            let _ = writeln!(std::io::stdout().lock(), "{line}");
        } else {
            let _ = writeln!(std::io::stderr().lock(), "{message}");
        }
        ExitCode::from(if matches!(e, InboxError::WrongPassphrase) {
            3
        } else {
            1
        })
    }
}

fn requested_languages(flag: Option<&str>) -> Vec<String> {
    if let Some(lang) = flag.filter(|l| !l.trim().is_empty()) {
        return vec![lang.to_owned()];
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .find(|v| !v.trim().is_empty())
        .into_iter()
        .collect()
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let langs = requested_languages(cli.lang.as_deref());
    let langs: Vec<&str> = langs.iter().map(String::as_str).collect();
    let out = Out {
        json: cli.json,
        loc: Localizer::new(&langs),
    };
    let result = match cli.command {
        Command::Keygen { out: dir, listen } => keygen(&out, &dir, &listen),
        Command::Directory(DirectoryCommand::Sign {
            keys,
            ngo_id,
            name,
            endpoints,
            tls_spki,
            expires,
            max_envelope_len,
            no_dummy,
            entry_version,
            out: path,
        }) => directory_sign(
            &out,
            &keys,
            DirectoryInput {
                ngo_id,
                name,
                endpoints,
                tls_spki_sha256: tls_spki,
                max_envelope_len,
                accepts_dummy: !no_dummy,
                expires,
                version: entry_version,
            },
            &path,
        ),
        Command::Pull {
            common,
            json_out,
            csv_out,
        } => pull(&out, &common, json_out.as_deref(), csv_out.as_deref()),
        Command::Reply {
            common,
            report,
            text,
        } => reply(&out, &common, &report, text),
        Command::Serve { config, listen } => serve(&out, &config, listen),
        Command::Desk {
            common,
            listen,
            idle_minutes,
            suppress_below,
            tls_cert,
            tls_key,
        } => desk(
            &out,
            waymark_inbox::desk::DeskOptions {
                keys: common.keys,
                server: common.server,
                store: common.store,
                listen,
                idle: std::time::Duration::from_secs(idle_minutes.max(1) * 60),
                suppress_below: suppress_below.max(1),
                tls: tls_cert.zip(tls_key),
            },
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => out.fail(&e),
    }
}

fn keygen(out: &Out, dir: &Path, listen: &str) -> Result<(), InboxError> {
    if listen.parse::<SocketAddr>().is_err() {
        return Err(InboxError::BadArgument { what: "--listen" });
    }
    let pass = passphrase::read(&out.loc, true)?;
    let made = identity::keygen(dir, &pass, listen, KdfParams::RECOMMENDED)?;
    let text = out.text(
        "inbox-keygen-done",
        &[
            ("keys", Arg::from(made.key_file.display().to_string())),
            (
                "config",
                Arg::from(made.server_config.display().to_string()),
            ),
            ("public", Arg::from(made.public_file.display().to_string())),
            ("keyid", Arg::from(made.public.directory_key_id.as_str())),
        ],
    );
    out.done(&text, serde_json::to_value(&made).unwrap_or(Value::Null));
    Ok(())
}

fn unlock(out: &Out, keys: &Path) -> Result<keyfile::NgoSecrets, InboxError> {
    let bytes = std::fs::read(keys).map_err(|_| InboxError::File { what: "key file" })?;
    let pass = passphrase::read(&out.loc, false)?;
    keyfile::open(&bytes, &pass)
}

fn directory_sign(
    out: &Out,
    keys: &Path,
    input: DirectoryInput,
    path: &Path,
) -> Result<(), InboxError> {
    let secrets = unlock(out, keys)?;
    let signed = identity::sign_directory(&secrets, input)?;
    let mut bytes =
        serde_json::to_vec_pretty(&signed).map_err(|_| InboxError::File { what: "directory" })?;
    bytes.push(b'\n');
    identity::write_atomic(path, &bytes, "directory")?;
    let text = out.text(
        "inbox-directory-signed",
        &[
            ("file", Arg::from(path.display().to_string())),
            ("expires", Arg::from(signed.entry.expires.as_str())),
        ],
    );
    out.done(&text, serde_json::to_value(&signed).unwrap_or(Value::Null));
    Ok(())
}

fn runtime() -> Result<tokio::runtime::Runtime, InboxError> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|_| InboxError::Config { reason: "runtime" })
}

fn pull(
    out: &Out,
    args: &NgoArgs,
    json_out: Option<&Path>,
    csv_out: Option<&Path>,
) -> Result<(), InboxError> {
    let secrets = unlock(out, &args.keys)?;
    let client = InboxClient::new(&args.server, &secrets.ngo_token)?;
    let archive = Archive::open(&args.store)?;
    let fetched = runtime()?.block_on(ngo::pull(&client, &archive, &secrets.hpke))?;
    let (reports, failed) = ngo::open_all(&archive, &secrets.hpke)?;
    if let Some(path) = json_out {
        identity::write_atomic(path, export::to_json(&reports).as_bytes(), "export")?;
    }
    if let Some(path) = csv_out {
        identity::write_atomic(path, export::to_csv(&reports).as_bytes(), "export")?;
    }
    let mut text = out.text(
        "inbox-pull-done",
        &[
            ("new", Arg::from(fetched)),
            ("total", Arg::from(reports.len())),
        ],
    );
    if failed > 0 {
        text.push('\n');
        text.push_str(&out.text("inbox-pull-unopened", &[("count", Arg::from(failed))]));
    }
    out.done(
        &text,
        json!({
            "new": fetched,
            "opened": reports.len(),
            "unopened": failed,
            "cursor": archive.cursor()?,
        }),
    );
    Ok(())
}

fn reply(out: &Out, args: &NgoArgs, report: &str, text: Option<String>) -> Result<(), InboxError> {
    let body = match text {
        Some(t) => zeroize::Zeroizing::new(t),
        None => {
            let mut s = zeroize::Zeroizing::new(String::new());
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|_| InboxError::BadReplyText)?;
            s
        }
    };
    let body = zeroize::Zeroizing::new(body.trim_end_matches(['\n', '\r']).to_owned());
    let secrets = unlock(out, &args.keys)?;
    let client = InboxClient::new(&args.server, &secrets.ngo_token)?;
    let archive = Archive::open(&args.store)?;
    let id = runtime()?.block_on(ngo::reply(&client, &archive, &secrets.hpke, report, &body))?;
    out.done(
        &out.text("inbox-reply-sent", &[]),
        json!({ "reply_id": id }),
    );
    Ok(())
}

fn serve(out: &Out, config: &Path, listen: Option<SocketAddr>) -> Result<(), InboxError> {
    let loaded = ConfigFile::load(config)?;
    run::init_logging();
    run::serve_until_signal(loaded, listen, |addr| {
        out.done(
            &out.text(
                "inbox-serve-listening",
                &[("address", Arg::from(addr.to_string()))],
            ),
            json!({ "listening": addr.to_string() }),
        );
    })?;
    out.done(
        &out.text("inbox-serve-stopped", &[]),
        json!({ "stopped": true }),
    );
    Ok(())
}

/// Runs the desk until Ctrl-C or SIGTERM. The key file must be there; the
/// passphrase is asked on the desk's login page, in the browser.
fn desk(out: &Out, options: waymark_inbox::desk::DeskOptions) -> Result<(), InboxError> {
    if !options.listen.ip().is_loopback() {
        return Err(InboxError::BadArgument {
            what: "--listen (loopback only)",
        });
    }
    if !options.keys.is_file() {
        return Err(InboxError::File { what: "key file" });
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|_| InboxError::Config { reason: "runtime" })?;
    runtime.block_on(async {
        let running =
            waymark_inbox::desk::start(options)
                .await
                .map_err(|_| InboxError::Config {
                    reason: "listen (address in use or not allowed)",
                })?;
        let url = running.url();
        out.done(
            &out.text("inbox-desk-listening", &[("url", Arg::from(url.as_str()))]),
            json!({ "listening": running.addr.to_string(), "url": url }),
        );
        run::shutdown_signal().await;
        running.stop().await;
        Ok::<(), InboxError>(())
    })?;
    out.done(
        &out.text("inbox-serve-stopped", &[]),
        json!({ "stopped": true }),
    );
    Ok(())
}
