//! HTML building blocks: escaping, the page frame, the language switcher.
//! Every page is rendered on the server; no script runs in the browser.

use std::fmt::Write as _;
use std::sync::Arc;

use waymark_core::i18n::{Arg, Localizer, TextDirection};

/// Who is asking, in which language, with which form token.
pub struct Ctx {
    pub loc: Arc<Localizer>,
    pub lang: String,
    /// The caseworker's name; `None` before login.
    pub user: Option<String>,
    /// The session's CSRF token ("" before login).
    pub csrf: String,
    /// Path and query of this page, for the language switcher's way back.
    pub here: String,
    /// Every shipped locale with its own name, for the switcher.
    pub languages: Arc<Vec<(String, String)>>,
}

impl Ctx {
    pub fn t(&self, id: &str) -> String {
        self.loc.text(id, &[])
    }

    pub fn ta(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.loc.text(id, args)
    }

    /// Escaped text of a message.
    pub fn e(&self, id: &str) -> String {
        esc(&self.t(id))
    }

    /// The hidden CSRF field every form carries.
    pub fn csrf_field(&self) -> String {
        format!(
            "<input type=\"hidden\" name=\"csrf\" value=\"{}\">",
            esc(&self.csrf)
        )
    }
}

/// Escapes text for element content and quoted attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Percent-encodes a query value.
pub fn url_value(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// The whole page around `body`.
pub fn page(ctx: &Ctx, title: &str, body: &str) -> String {
    let dir = match ctx.loc.direction() {
        TextDirection::RightToLeft => "rtl",
        TextDirection::LeftToRight => "ltr",
    };
    let mut out = String::with_capacity(body.len() + 4096);
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"referrer\" content=\"same-origin\">\
         <title>{title} · {app}</title><link rel=\"stylesheet\" href=\"/static/desk.css\"></head>\
         <body><header><span class=\"app\">{app}</span>",
        lang = esc(&ctx.lang),
        title = esc(title),
        app = ctx.e("desk-app-name"),
    );
    if let Some(user) = &ctx.user {
        let _ = write!(
            out,
            "<nav><a href=\"/\" id=\"nav-list\">{list}</a> <a href=\"/dashboard\" id=\"nav-dashboard\">{dash}</a>\
             <form method=\"post\" action=\"/pull\" class=\"inline\">{csrf}<button id=\"pull\">{pull}</button></form>\
             <span class=\"user\">{signed}</span>\
             <form method=\"post\" action=\"/logout\" class=\"inline\">{csrf}<button id=\"logout\">{lock}</button></form></nav>",
            list = ctx.e("desk-nav-list"),
            dash = ctx.e("desk-nav-dashboard"),
            csrf = ctx.csrf_field(),
            pull = ctx.e("desk-nav-pull"),
            signed = esc(&ctx.ta("desk-signed-in-as", &[("name", Arg::from(user.as_str()))])),
            lock = ctx.e("desk-nav-lock"),
        );
    }
    let _ = write!(
        out,
        "<nav class=\"langs\" aria-label=\"{label}\">",
        label = ctx.e("desk-language-switch")
    );
    for (code, name) in ctx.languages.iter() {
        let current = if *code == ctx.lang {
            " aria-current=\"true\""
        } else {
            ""
        };
        let _ = write!(
            out,
            "<a href=\"/lang/{code}?back={back}\" lang=\"{code}\"{current}>{name}</a> ",
            code = esc(code),
            back = url_value(&ctx.here),
            name = esc(name),
        );
    }
    let _ = writeln!(
        out,
        "</nav></header><main><h1>{title}</h1>{body}</main></body></html>",
        title = esc(title)
    );
    out
}

/// The desk's style sheet: served from the desk itself (no outside fonts).
pub const STYLE: &str = r#"
body{font-family:system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
header{display:flex;flex-wrap:wrap;gap:1em;align-items:center;padding:.5em 1em;background:#243b53;color:#fff}
header a{color:#fff}
header .app{font-weight:bold}
header nav{display:flex;flex-wrap:wrap;gap:.75em;align-items:center}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25em 1em}
dl.facts dt{font-weight:bold}
dl.facts dd{margin:0}
.casework form{margin:.5em 0}
.casework label{margin-inline-end:.5em}
nav.langs{margin-inline-start:auto;font-size:.85em}
nav.langs a[aria-current]{font-weight:bold;text-decoration:none}
main{padding:1em;max-width:80em}
form.inline{display:inline}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border-bottom:1px solid #ddd;padding:.35em .5em;text-align:start;vertical-align:top}
.risk-urgent{background:#b00020;color:#fff;padding:0 .4em;border-radius:3px}
.risk-high{background:#e65100;color:#fff;padding:0 .4em;border-radius:3px}
.risk-medium{background:#f9a825;padding:0 .4em;border-radius:3px}
.risk-low,.risk-none,.risk-unscored{background:#e0e0e0;padding:0 .4em;border-radius:3px}
.filters{display:flex;flex-wrap:wrap;gap:.5em;align-items:end;margin-bottom:1em}
.filters label{display:flex;flex-direction:column;font-size:.85em}
.error{background:#fdecea;border:1px solid #b00020;padding:.5em 1em}
.notice{background:#e8f4fd;border:1px solid #1565c0;padding:.5em 1em}
.quarantine td{color:#6d4c41}
.orig{color:#555}
.thread li{margin-bottom:.5em}
.charts figure{background:#fff;border:1px solid #ddd;padding:.5em;margin:0 0 1em}
textarea{width:100%;min-height:8em}
"#;
