//! `waymark helplines`: who to call, from the built-in pack and, with
//! `--dir`, the packs installed in a vault; `waymark helplines audit`: what
//! in the directory a maintainer must still check.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde_json::json;
use waymark_core::content::helplines::HelplineDirectory;
use waymark_core::content::{
    builtin, helpline_audit, Audience, Channel, ChannelKind, ContentStore, Helpline, HelplineEntry,
    HelplineQuery, LocalizedText,
};

use crate::content_cmd::failure;
use crate::output::{text as cli_text, Failure, Output};
use crate::vault_cmd::unlocked;

#[derive(Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct HelplinesArgs {
    #[command(subcommand)]
    action: Option<HelplinesAction>,
    /// Country code (ISO 3166-1 alpha-2, e.g. UA, TH, GB).
    #[arg(long)]
    country: Option<String>,
    /// everyone, adults, children, women, workers, migrants, nationals-abroad.
    #[arg(long)]
    audience: Option<String>,
    /// call, sms, chat, web, ussd, whatsapp.
    #[arg(long)]
    channel: Option<String>,
    /// A vault whose installed packs are searched too.
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
}

#[derive(Subcommand)]
enum HelplinesAction {
    /// For maintainers: fields no source confirms, sources checked too long
    /// ago, and countries without an emergency number, a trafficking line
    /// or a crisis line. Fails when a country has no emergency number.
    Audit(AuditArgs),
}

#[derive(Args)]
struct AuditArgs {
    /// Sources checked more than this many days ago are listed as stale.
    #[arg(long, value_name = "DAYS", default_value_t = 365)]
    older_than: i64,
    /// Audit this helplines.json (e.g. a pack folder's, before signing)
    /// instead of the built-in directory.
    #[arg(long, value_name = "FILE", conflicts_with = "dir")]
    file: Option<PathBuf>,
    /// A vault whose installed packs are audited with the built-in ones.
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
    /// Measure ages from this date (YYYY-MM-DD) instead of today.
    #[arg(long, value_name = "DATE")]
    today: Option<String>,
}

/// Finds a pack's message (pack id, message id) in the chosen language.
type TextLookup<'a> = Box<dyn Fn(&str, &str) -> Option<LocalizedText> + 'a>;

/// The words `--audience` and `--channel` accept, for the error message.
const AUDIENCES: &str = "everyone, adults, children, women, workers, migrants, nationals-abroad";
const CHANNELS: &str = "call, sms, chat, web, ussd, whatsapp";

/// A wrong `--audience` or `--channel`: CLI message `id`, with the words
/// that would have worked (never translated: they are typed as they are).
fn usage(id: &str, choices: &str) -> Failure {
    Failure::new(
        "invalid_setting",
        cli_text(id, &[("choices", choices.into())]),
    )
}

/// `lang` is the global `--lang` (or WAYMARK_LANG); English without it.
pub fn run(args: HelplinesArgs, lang: Option<&str>, out: &Output) -> Result<(), Failure> {
    if let Some(HelplinesAction::Audit(a)) = args.action {
        return audit(a, out);
    }
    let lang = lang
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .unwrap_or("en");
    let query = HelplineQuery {
        country: args.country.clone(),
        // Ranks services that speak it first; never hides one.
        language: Some(lang.to_owned()),
        audience: match &args.audience {
            Some(a) => Some(
                Audience::parse(a)
                    .ok_or_else(|| usage("cli-helplines-unknown-audience", AUDIENCES))?,
            ),
            None => None,
        },
        channel: match &args.channel {
            Some(c) => Some(
                ChannelKind::parse(c)
                    .ok_or_else(|| usage("cli-helplines-unknown-channel", CHANNELS))?,
            ),
            None => None,
        },
    };
    let (entries, text): (Vec<HelplineEntry>, TextLookup<'_>) = match &args.dir {
        None => {
            let found = builtin::helplines(&query).map_err(failure)?;
            let entries = found
                .into_iter()
                .map(|helpline| HelplineEntry {
                    pack_id: builtin::PACK_ID.to_owned(),
                    helpline,
                })
                .collect();
            (
                entries,
                Box::new(|_pack: &str, id: &str| builtin::text(lang, id)),
            )
        }
        Some(dir) => {
            let store = ContentStore::new(unlocked(dir)?);
            let entries = store.helplines(&query).map_err(failure)?;
            (
                entries,
                Box::new(move |pack: &str, id: &str| store.text(pack, lang, id).ok().flatten()),
            )
        }
    };
    let mut lines = Vec::new();
    let mut data = Vec::new();
    for e in &entries {
        let h = &e.helpline;
        let hours = text(&e.pack_id, &h.hours.note);
        let conf = text(&e.pack_id, &h.confidentiality);
        let uncertain = h.uncertainty_message().and_then(|id| text(&e.pack_id, id));
        let notices: Vec<LocalizedText> = h
            .notices
            .iter()
            .filter_map(|n| text(&e.pack_id, n))
            .collect();
        let mut notes = vec![hours.clone(), conf.clone()];
        notes.extend(notices.iter().cloned().map(Some));
        notes.push(uncertain.clone());
        lines.push(show(h, &notes));
        data.push(json!({
            "pack_id": e.pack_id,
            "helpline": h,
            "text": {
                "hours": hours, "confidentiality": conf, "notices": notices,
                "uncertain": uncertain,
            },
        }));
    }
    let text = if entries.is_empty() {
        cli_text("cli-helplines-none", &[])
    } else {
        lines.join("\n\n")
    };
    out.done(&text, json!(data));
    Ok(())
}

fn show(h: &Helpline, notes: &[Option<LocalizedText>]) -> String {
    let mut s = format!("{} — {} [{}]", h.name, h.operator, h.country);
    for c in &h.channels {
        s.push_str("\n  ");
        s.push_str(&channel_line(c));
    }
    for note in notes.iter().flatten() {
        s.push_str(&format!("\n  {}", note.text));
    }
    s
}

/// "Call: +44 …", in the user's language. The address and the SMS keyword
/// are variables, so they are never translated and, in Arabic or Persian,
/// stay one left-to-right run.
pub(crate) fn channel_line(c: &Channel) -> String {
    let id = match (c.kind, &c.keyword) {
        (ChannelKind::Call, _) => "cli-helplines-call",
        (ChannelKind::Sms, Some(_)) => "cli-helplines-sms-keyword",
        (ChannelKind::Sms, None) => "cli-helplines-sms",
        (ChannelKind::Chat, _) => "cli-helplines-chat",
        (ChannelKind::Web, _) => "cli-helplines-web",
        (ChannelKind::Ussd, _) => "cli-helplines-ussd",
        (ChannelKind::Whatsapp, _) => "cli-helplines-whatsapp",
    };
    let mut args = vec![("address", c.address.as_str().into())];
    if let (ChannelKind::Sms, Some(k)) = (c.kind, &c.keyword) {
        args.push(("keyword", k.as_str().into()));
    }
    cli_text(id, &args)
}

/// `waymark helplines audit`.
fn audit(args: AuditArgs, out: &Output) -> Result<(), Failure> {
    let today = match &args.today {
        Some(d) => chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(|_| {
            Failure::new("invalid_setting", cli_text("cli-helplines-bad-date", &[]))
        })?,
        None => chrono::Utc::now().date_naive(),
    };
    let services: Vec<Helpline> = if let Some(file) = &args.file {
        let bytes = std::fs::read(file).map_err(|e| failure(e.into()))?;
        HelplineDirectory::parse(&bytes).map_err(failure)?.services
    } else if let Some(dir) = &args.dir {
        let store = ContentStore::new(unlocked(dir)?);
        let all = store
            .helplines(&HelplineQuery::default())
            .map_err(failure)?;
        all.into_iter().map(|e| e.helpline).collect()
    } else {
        builtin::helplines(&HelplineQuery::default()).map_err(failure)?
    };
    let report = helpline_audit::audit(&services, today, args.older_than);
    let text = audit_text(&report, services.len(), args.older_than);
    let data = serde_json::to_value(&report).unwrap_or_default();
    if report.emergency_everywhere() {
        out.done(&text, data);
        return Ok(());
    }
    if !out.is_json() {
        out.say(&text);
    }
    Err(Failure::new(
        "helplines_audit_failed",
        cli_text("cli-helplines-audit-failed", &[]),
    )
    .with_details(data))
}

/// The audit as lines of text. Entry ids and field names are data, shown
/// as they are written in helplines.json.
fn audit_text(r: &helpline_audit::Audit, entries: usize, days: i64) -> String {
    let list = |v: &[String]| -> String {
        if v.is_empty() {
            cli_text("cli-helplines-audit-none", &[])
        } else {
            v.join(", ")
        }
    };
    let mut lines = vec![cli_text(
        "cli-helplines-audit-summary",
        &[
            ("countries", r.countries.len().into()),
            ("entries", entries.into()),
        ],
    )];
    let mut section = |title: String, items: Vec<String>| {
        lines.push(String::new());
        lines.push(title);
        if items.is_empty() {
            lines.push(format!("  {}", cli_text("cli-helplines-audit-none", &[])));
        }
        lines.extend(items.into_iter().map(|i| format!("  {i}")));
    };
    section(
        cli_text("cli-helplines-audit-unconfirmed", &[]),
        r.unconfirmed
            .iter()
            .map(|u| {
                let mut parts = Vec::new();
                if !u.key_fields.is_empty() {
                    parts.push(cli_text(
                        "cli-helplines-audit-key-fields",
                        &[("fields", u.key_fields.join(", ").into())],
                    ));
                }
                if !u.other_fields.is_empty() {
                    parts.push(cli_text(
                        "cli-helplines-audit-other-fields",
                        &[("fields", u.other_fields.join(", ").into())],
                    ));
                }
                format!("{} [{}]: {}", u.id, u.country, parts.join("; "))
            })
            .collect(),
    );
    section(
        cli_text("cli-helplines-audit-stale", &[("days", days.into())]),
        r.stale
            .iter()
            .map(|s| format!("{} {} ({})", s.id, s.field, s.checked))
            .collect(),
    );
    section(
        cli_text("cli-helplines-audit-secondary", &[]),
        r.secondary_only
            .iter()
            .map(|s| format!("{} {}", s.id, s.field))
            .collect(),
    );
    section(
        cli_text("cli-helplines-audit-marked", &[]),
        r.marked_uncertain
            .iter()
            .map(|(id, note)| format!("{id}: {note}"))
            .collect(),
    );
    section(
        cli_text("cli-helplines-audit-no-sources", &[]),
        r.without_sources.clone(),
    );
    lines.push(String::new());
    for (id, countries) in [
        ("cli-helplines-audit-no-emergency", &r.without_emergency),
        (
            "cli-helplines-audit-no-trafficking",
            &r.without_trafficking_line,
        ),
        ("cli-helplines-audit-no-crisis", &r.without_crisis_line),
    ] {
        lines.push(cli_text(id, &[("countries", list(countries).into())]));
    }
    lines.join("\n")
}
