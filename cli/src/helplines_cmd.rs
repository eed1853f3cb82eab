//! `waymark helplines`: who to call, from the built-in pack and, with
//! `--dir`, the packs installed in a vault.

use std::path::PathBuf;

use clap::Args;
use serde_json::json;
use waymark_core::content::helplines::UNCERTAIN_MESSAGE;
use waymark_core::content::{
    builtin, Audience, Channel, ChannelKind, ContentStore, Helpline, HelplineEntry, HelplineQuery,
    LocalizedText,
};

use crate::content_cmd::failure;
use crate::output::{text as cli_text, Failure, Output};
use crate::vault_cmd::unlocked;

#[derive(Args)]
pub struct HelplinesArgs {
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
        let uncertain = if h.uncertain {
            text(&e.pack_id, UNCERTAIN_MESSAGE)
        } else {
            None
        };
        lines.push(show(h, [&hours, &conf, &uncertain]));
        data.push(json!({
            "pack_id": e.pack_id,
            "helpline": h,
            "text": { "hours": hours, "confidentiality": conf, "uncertain": uncertain },
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

fn show(h: &Helpline, notes: [&Option<LocalizedText>; 3]) -> String {
    let mut s = format!("{} — {} [{}]", h.name, h.operator, h.country);
    for c in &h.channels {
        s.push_str("\n  ");
        s.push_str(&channel_line(c));
    }
    for note in notes.into_iter().flatten() {
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
