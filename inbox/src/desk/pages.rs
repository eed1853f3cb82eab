//! The desk's pages, rendered to HTML strings. Every text is a Fluent
//! message (`locales/<lang>/desk.ftl`); everything from a report, a note or
//! a name is escaped.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use chrono::NaiveDate;
use waymark_core::i18n::Arg;

use super::casework::{CaseState, Event, EventKind, Status};
use super::html::{esc, page, url_value, Ctx};
use super::reading::{self, Reading};
use super::stats::{self, Dashboard, Shown};
use super::svg;
use super::triage::{risk_code, CaseFile, Filter, Quarantined, Reports, RISK_CODES};
use super::Desk;

/// Reports per list page.
pub const PAGE_SIZE: usize = 50;

/// Reply templates: message ids `desk-template-<id>` (text) and
/// `desk-template-<id>-name` (the link).
pub const TEMPLATES: [&str; 3] = ["received", "safe-contact", "help-now"];

pub fn login(ctx: &Ctx, login_token: &str, error: Option<&str>, expired: bool) -> String {
    let mut body = String::new();
    if expired {
        let _ = write!(
            body,
            "<p class=\"notice\" id=\"expired\">{}</p>",
            ctx.e("desk-login-expired")
        );
    }
    if let Some(id) = error {
        let _ = write!(
            body,
            "<p class=\"error\" id=\"login-error\">{}</p>",
            ctx.e(id)
        );
    }
    let _ = write!(
        body,
        "<p>{intro}</p><form method=\"post\" action=\"/login\">\
         <input type=\"hidden\" name=\"login_csrf\" value=\"{token}\">\
         <p><label>{name}<br><input name=\"name\" id=\"name\" required maxlength=\"60\" autocomplete=\"username\"></label></p>\
         <p><label>{pass}<br><input type=\"password\" name=\"passphrase\" id=\"passphrase\" required autocomplete=\"current-password\"></label></p>\
         <p><button id=\"login\">{go}</button></p></form>",
        intro = ctx.e("desk-login-intro"),
        token = esc(login_token),
        name = ctx.e("desk-login-name"),
        pass = ctx.e("desk-login-passphrase"),
        go = ctx.e("desk-login-submit"),
    );
    page(ctx, &ctx.t("desk-login-title"), &body)
}

/// A page that explains a failure and offers the way back.
pub fn problem(ctx: &Ctx, title_id: &str, message: &str, back: &str) -> String {
    let body = format!(
        "<p class=\"error\" id=\"problem\">{}</p><p><a href=\"{}\">{}</a></p>",
        esc(message),
        esc(back),
        ctx.e("desk-back"),
    );
    page(ctx, &ctx.t(title_id), &body)
}

fn risk_badge(ctx: &Ctx, risk: &str) -> String {
    format!(
        "<span class=\"risk-{risk}\">{}</span>",
        ctx.e(&format!("desk-risk-{risk}"))
    )
}

fn status_name(ctx: &Ctx, s: Status) -> String {
    ctx.t(&format!("desk-status-{}", s.code().replace('_', "-")))
}

fn select(
    ctx: &Ctx,
    name: &str,
    label_id: &str,
    current: &str,
    options: &[(String, String)],
) -> String {
    let mut out = format!(
        "<label>{}<select name=\"{name}\" id=\"filter-{name}\"><option value=\"\">{}</option>",
        ctx.e(label_id),
        ctx.e("desk-filter-any")
    );
    for (value, text) in options {
        let sel = if value == current { " selected" } else { "" };
        let _ = write!(
            out,
            "<option value=\"{}\"{sel}>{}</option>",
            esc(value),
            esc(text)
        );
    }
    out.push_str("</select></label>");
    out
}

/// Options of the list's filters, from the reports there are.
struct Facets {
    indicators: BTreeSet<String>,
    sources: BTreeSet<String>,
    langs: BTreeSet<String>,
    regions: BTreeSet<(String, String)>,
}

fn facets(reports: &Reports) -> Facets {
    let mut f = Facets {
        indicators: BTreeSet::new(),
        sources: BTreeSet::new(),
        langs: BTreeSet::new(),
        regions: BTreeSet::new(),
    };
    for c in &reports.cases {
        f.indicators.extend(c.indicators.iter().cloned());
        f.sources.insert(c.source.clone());
        f.langs.insert(c.language().to_owned());
        if let Some(r) = &c.region {
            f.regions.insert((c.source.clone(), r.clone()));
        }
    }
    f
}

fn indicator_name(ctx: &Ctx, id: &str) -> String {
    waymark_core::questionnaire::indicator_name(id, &ctx.loc)
}

fn lang_name(desk: &Desk, code: &str) -> String {
    desk.language_names
        .iter()
        .find(|(c, _)| c == code)
        .map_or_else(|| code.to_owned(), |(_, n)| n.clone())
}

pub struct ListInput<'a> {
    pub filter: &'a Filter,
    pub reports: &'a Reports,
    pub matching: &'a [&'a CaseFile],
    pub states: &'a std::collections::HashMap<String, CaseState>,
    pub today: NaiveDate,
    pub notice: Option<String>,
}

pub fn list(ctx: &Ctx, desk: &Desk, input: &ListInput<'_>) -> String {
    let f = input.filter;
    let facets = facets(input.reports);
    let mut body = String::new();
    if let Some(n) = &input.notice {
        let _ = write!(body, "<p class=\"notice\" id=\"notice\">{}</p>", esc(n));
    }
    body.push_str("<form method=\"get\" action=\"/\" class=\"filters\">");
    let risks: Vec<(String, String)> = RISK_CODES
        .iter()
        .map(|r| ((*r).to_owned(), ctx.t(&format!("desk-risk-{r}"))))
        .collect();
    body.push_str(&select(ctx, "risk", "desk-col-risk", &f.risk, &risks));
    let indicators: Vec<(String, String)> = facets
        .indicators
        .iter()
        .map(|i| (i.clone(), indicator_name(ctx, i)))
        .collect();
    body.push_str(&select(
        ctx,
        "indicator",
        "desk-col-indicators",
        &f.indicator,
        &indicators,
    ));
    let sources: Vec<(String, String)> = facets
        .sources
        .iter()
        .map(|s| {
            (
                s.clone(),
                reading::source_name(s, &desk.forms, &ctx.loc, &ctx.lang),
            )
        })
        .collect();
    body.push_str(&select(
        ctx,
        "source",
        "desk-col-source",
        &f.source,
        &sources,
    ));
    let langs: Vec<(String, String)> = facets
        .langs
        .iter()
        .map(|l| (l.clone(), lang_name(desk, l)))
        .collect();
    body.push_str(&select(ctx, "lang", "desk-col-language", &f.lang, &langs));
    let regions: Vec<(String, String)> = facets
        .regions
        .iter()
        .map(|(s, r)| {
            (
                r.clone(),
                reading::region_name(s, r, &desk.forms, &ctx.lang),
            )
        })
        .collect();
    body.push_str(&select(
        ctx,
        "region",
        "desk-col-region",
        &f.region,
        &regions,
    ));
    let ages: Vec<(String, String)> = [1, 7, 30, 90]
        .iter()
        .map(|d| {
            (
                d.to_string(),
                ctx.ta("desk-filter-age-days", &[("days", Arg::from(*d as u32))]),
            )
        })
        .collect();
    body.push_str(&select(ctx, "age", "desk-col-age", &f.age, &ages));
    let answered = vec![
        ("yes".to_owned(), ctx.t("desk-answered-yes")),
        ("no".to_owned(), ctx.t("desk-answered-no")),
    ];
    body.push_str(&select(
        ctx,
        "answered",
        "desk-col-answered",
        &f.answered,
        &answered,
    ));
    let statuses: Vec<(String, String)> = Status::ALL
        .iter()
        .map(|s| (s.code().to_owned(), status_name(ctx, *s)))
        .collect();
    body.push_str(&select(
        ctx,
        "status",
        "desk-col-status",
        &f.status,
        &statuses,
    ));
    let sorts = vec![
        ("urgent".to_owned(), ctx.t("desk-sort-urgent")),
        ("newest".to_owned(), ctx.t("desk-sort-newest")),
    ];
    let _ = write!(
        body,
        "<label>{search}<input type=\"search\" name=\"q\" id=\"filter-q\" value=\"{q}\"></label>",
        search = ctx.e("desk-filter-search"),
        q = esc(&f.q),
    );
    let mut sort_select = select(ctx, "sort", "desk-filter-sort", &f.sort, &sorts);
    // Sorting has no "any": the first option is the default order.
    sort_select = sort_select.replacen(
        &format!("<option value=\"\">{}</option>", ctx.e("desk-filter-any")),
        "",
        1,
    );
    body.push_str(&sort_select);
    let _ = write!(
        body,
        "<button id=\"apply-filters\">{}</button> <a href=\"/\">{}</a></form>",
        ctx.e("desk-filter-apply"),
        ctx.e("desk-filter-clear"),
    );

    let total = input.matching.len();
    let start = (f.page * PAGE_SIZE).min(total);
    let end = (start + PAGE_SIZE).min(total);
    let _ = write!(
        body,
        "<p id=\"count\">{}</p>",
        esc(&ctx.ta(
            "desk-list-count",
            &[
                ("shown", Arg::from(end - start)),
                ("total", Arg::from(total)),
                ("all", Arg::from(input.reports.cases.len())),
            ]
        ))
    );
    let _ = write!(
        body,
        "<table id=\"reports\"><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        ctx.e("desk-col-risk"),
        ctx.e("desk-col-age"),
        ctx.e("desk-col-source"),
        ctx.e("desk-col-indicators"),
        ctx.e("desk-col-language"),
        ctx.e("desk-col-region"),
        ctx.e("desk-col-status"),
        ctx.e("desk-col-answered"),
        ctx.e("desk-col-open"),
    );
    for c in &input.matching[start..end] {
        let id = c.id();
        let state = input.states.get(&id).cloned().unwrap_or_default();
        let inds: Vec<String> = c
            .indicators
            .iter()
            .map(|i| indicator_name(ctx, i))
            .collect();
        let region = c
            .region
            .as_deref()
            .map(|r| reading::region_name(&c.source, r, &desk.forms, &ctx.lang))
            .unwrap_or_default();
        let status = match &state.assignee {
            Some(a) => ctx.ta(
                "desk-status-assigned",
                &[
                    ("status", Arg::from(status_name(ctx, state.status))),
                    ("name", Arg::from(a.as_str())),
                ],
            ),
            None => status_name(ctx, state.status),
        };
        let _ = write!(
            body,
            "<tr class=\"report\" data-risk=\"{risk}\"><td>{badge}</td><td>{age}</td><td>{source}</td><td>{inds}</td><td>{lang}</td><td>{region}</td><td>{status}</td><td>{answered}</td><td><a href=\"/report/{id}\" class=\"open\">{open}</a></td></tr>",
            risk = risk_code(c.risk),
            badge = risk_badge(ctx, risk_code(c.risk)),
            age = c.age_days(input.today),
            source = esc(&reading::source_name(&c.source, &desk.forms, &ctx.loc, &ctx.lang)),
            inds = esc(&inds.join(", ")),
            lang = esc(&lang_name(desk, c.language())),
            region = esc(&region),
            status = esc(&status),
            answered = if state.replies > 0 { ctx.e("desk-answered-yes") } else { ctx.e("desk-answered-no") },
            open = ctx.e("desk-open"),
        );
    }
    body.push_str("</tbody></table>");
    if total > PAGE_SIZE {
        body.push_str("<p class=\"pages\">");
        let pages = total.div_ceil(PAGE_SIZE);
        for p in 0..pages.min(50) {
            let mut q = query_of(f);
            let _ = write!(q, "&page={p}");
            if p == f.page {
                let _ = write!(body, "<strong>{}</strong> ", p + 1);
            } else {
                let _ = write!(body, "<a href=\"/?{}\">{}</a> ", esc(&q), p + 1);
            }
        }
        body.push_str("</p>");
    }
    if !input.reports.quarantined.is_empty() {
        body.push_str(&quarantine(ctx, &input.reports.quarantined));
    }
    page(ctx, &ctx.t("desk-list-title"), &body)
}

fn query_of(f: &Filter) -> String {
    let pairs = [
        ("risk", &f.risk),
        ("indicator", &f.indicator),
        ("source", &f.source),
        ("lang", &f.lang),
        ("region", &f.region),
        ("age", &f.age),
        ("answered", &f.answered),
        ("status", &f.status),
        ("q", &f.q),
        ("sort", &f.sort),
    ];
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", url_value(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn quarantine(ctx: &Ctx, rows: &[Quarantined]) -> String {
    let mut out = format!(
        "<h2>{}</h2><p>{}</p><table id=\"quarantine\"><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        ctx.e("desk-quarantine-title"),
        ctx.e("desk-quarantine-intro"),
        ctx.e("desk-col-received"),
        ctx.e("desk-col-report-id"),
        ctx.e("desk-col-reason"),
    );
    for q in rows {
        let _ = write!(
            out,
            "<tr class=\"quarantine\"><td>{}</td><td><code>{}</code></td><td>{}</td></tr>",
            esc(&q.received_day),
            esc(&q.report_id),
            ctx.e(q.reason),
        );
    }
    out.push_str("</tbody></table>");
    out
}

pub struct ReportInput<'a> {
    pub case: &'a CaseFile,
    pub reading: &'a Reading,
    pub state: &'a CaseState,
    pub events: &'a [Event],
    pub today: NaiveDate,
    /// The reply box's text (a template, or what was typed before an error).
    pub draft: String,
    pub error: Option<String>,
    pub notice: Option<String>,
}

pub fn report(ctx: &Ctx, desk: &Desk, input: &ReportInput<'_>) -> String {
    let c = input.case;
    let id = c.id();
    let r = input.reading;
    let mut body = String::new();
    if let Some(e) = &input.error {
        let _ = write!(
            body,
            "<p class=\"error\" id=\"report-error\">{}</p>",
            esc(e)
        );
    }
    if let Some(n) = &input.notice {
        let _ = write!(body, "<p class=\"notice\" id=\"notice\">{}</p>", esc(n));
    }
    let region = c
        .region
        .as_deref()
        .map(|x| reading::region_name(&c.source, x, &desk.forms, &ctx.lang))
        .unwrap_or_else(|| "—".into());
    let _ = write!(
        body,
        "<dl class=\"facts\"><dt>{l_risk}</dt><dd id=\"risk\">{risk}</dd>\
         <dt>{l_source}</dt><dd>{source}</dd>\
         <dt>{l_made}</dt><dd>{made}</dd>\
         <dt>{l_received}</dt><dd>{received}</dd>\
         <dt>{l_lang}</dt><dd>{lang}</dd>\
         <dt>{l_region}</dt><dd>{region}</dd>\
         <dt>{l_fp}</dt><dd><code id=\"fingerprint\">{fp}</code><br><small>{fp_help}</small></dd></dl>",
        l_risk = ctx.e("desk-col-risk"),
        risk = risk_badge(ctx, risk_code(c.risk)),
        l_source = ctx.e("desk-col-source"),
        source = esc(&reading::source_name(&c.source, &desk.forms, &ctx.loc, &ctx.lang)),
        l_made = ctx.e("desk-report-made"),
        made = esc(&c.report.created_day),
        l_received = ctx.e("desk-col-received"),
        received = esc(&c.received_day),
        l_lang = ctx.e("desk-col-language"),
        lang = esc(&format!("{} ({})", lang_name(desk, &r.original_lang), c.report.locale)),
        l_region = ctx.e("desk-col-region"),
        region = esc(&region),
        l_fp = ctx.e("desk-report-fingerprint"),
        fp = esc(&c.fingerprint()),
        fp_help = ctx.e("desk-report-fingerprint-help"),
    );

    // Casework.
    let _ = write!(
        body,
        "<h2>{}</h2><div class=\"casework\">",
        ctx.e("desk-casework-title")
    );
    let _ = write!(
        body,
        "<form method=\"post\" action=\"/report/{id}/status\">{csrf}<label>{l}<select name=\"status\" id=\"status\">",
        csrf = ctx.csrf_field(),
        l = ctx.e("desk-col-status"),
    );
    for s in Status::ALL {
        let sel = if s == input.state.status {
            " selected"
        } else {
            ""
        };
        let _ = write!(
            body,
            "<option value=\"{}\"{sel}>{}</option>",
            s.code(),
            esc(&status_name(ctx, s))
        );
    }
    let _ = write!(
        body,
        "</select></label> <button id=\"set-status\">{}</button></form>",
        ctx.e("desk-status-set")
    );
    let _ = write!(
        body,
        "<form method=\"post\" action=\"/report/{id}/assign\">{csrf}<label>{l}<input name=\"assignee\" id=\"assignee\" maxlength=\"60\" value=\"{v}\"></label> <button id=\"assign\">{b}</button></form>",
        csrf = ctx.csrf_field(),
        l = ctx.e("desk-assign-label"),
        v = esc(input.state.assignee.as_deref().unwrap_or_default()),
        b = ctx.e("desk-assign"),
    );
    let _ = write!(
        body,
        "<form method=\"post\" action=\"/report/{id}/note\">{csrf}<label>{l}<textarea name=\"note\" id=\"note\" maxlength=\"20000\"></textarea></label><button id=\"add-note\">{b}</button></form></div>",
        csrf = ctx.csrf_field(),
        l = ctx.e("desk-note-label"),
        b = ctx.e("desk-note-add"),
    );

    // Indicators and why.
    let _ = write!(body, "<h2>{}</h2>", ctx.e("desk-indicators-title"));
    if r.indicators.is_empty() {
        let _ = write!(body, "<p>{}</p>", ctx.e("desk-indicators-none"));
    } else {
        body.push_str("<ul id=\"indicators\">");
        for i in &r.indicators {
            let because: Vec<String> = i
                .because
                .iter()
                .map(|(q, a)| format!("“{}” → {}", esc(q), esc(a)))
                .collect();
            let _ = write!(
                body,
                "<li><strong>{}</strong> ({})<br><small>{} {}</small></li>",
                esc(&i.name),
                ctx.e(&format!("desk-strength-{}", i.strength)),
                ctx.e("desk-indicator-because"),
                because.join("; "),
            );
        }
        body.push_str("</ul>");
    }

    // Answers.
    let same_lang = r.original_lang == ctx.lang;
    let _ = write!(
        body,
        "<h2>{}</h2><table id=\"answers\"><thead><tr><th>{}</th><th>{}</th>",
        ctx.e("desk-answers-title"),
        ctx.e("desk-col-question"),
        ctx.e("desk-col-answer")
    );
    if !same_lang {
        let _ = write!(
            body,
            "<th lang=\"{}\">{}</th>",
            esc(&r.original_lang),
            esc(&ctx.ta(
                "desk-col-original",
                &[("language", Arg::from(lang_name(desk, &r.original_lang)))]
            ))
        );
    }
    body.push_str("</tr></thead><tbody>");
    for line in &r.lines {
        let typed = if line.typed {
            format!(
                " <small class=\"orig\">({})</small>",
                ctx.e("desk-answer-as-written")
            )
        } else {
            String::new()
        };
        let _ = write!(
            body,
            "<tr><td>{}</td><td>{}{typed}</td>",
            esc(&line.question),
            esc(&line.answer)
        );
        if !same_lang {
            let _ = write!(
                body,
                "<td lang=\"{}\" dir=\"auto\" class=\"orig\">{} — {}</td>",
                esc(&r.original_lang),
                esc(&line.question_original),
                esc(&line.answer_original)
            );
        }
        body.push_str("</tr>");
    }
    body.push_str("</tbody></table>");

    // Reply.
    let _ = write!(
        body,
        "<h2>{}</h2><p>{}</p><p>{} ",
        ctx.e("desk-reply-title"),
        ctx.e("desk-reply-intro"),
        ctx.e("desk-reply-templates")
    );
    for t in TEMPLATES {
        let _ = write!(
            body,
            "<a href=\"/report/{id}?template={t}#reply\" id=\"template-{t}\">{}</a> ",
            ctx.e(&format!("desk-template-{t}-name"))
        );
    }
    let _ = write!(
        body,
        "</p><form method=\"post\" action=\"/report/{id}/reply\" id=\"reply\">{csrf}<textarea name=\"text\" id=\"reply-text\" lang=\"{lang}\" dir=\"auto\" maxlength=\"3500\">{draft}</textarea><button id=\"send-reply\">{b}</button></form>",
        csrf = ctx.csrf_field(),
        lang = esc(&r.original_lang),
        draft = esc(&input.draft),
        b = ctx.e("desk-reply-send"),
    );

    // History.
    let _ = write!(body, "<h2>{}</h2>", ctx.e("desk-history-title"));
    if input.events.is_empty() {
        let _ = write!(body, "<p>{}</p>", ctx.e("desk-history-none"));
    } else {
        body.push_str("<ol class=\"thread\" id=\"history\">");
        for e in input.events {
            let what = match e.kind {
                EventKind::Status => ctx.ta(
                    "desk-event-status",
                    &[(
                        "status",
                        Arg::from(
                            Status::from_code(&e.body)
                                .map(|s| status_name(ctx, s))
                                .unwrap_or_default(),
                        ),
                    )],
                ),
                EventKind::Assign if e.body.is_empty() => ctx.t("desk-event-unassigned"),
                EventKind::Assign => ctx.ta(
                    "desk-event-assigned",
                    &[("name", Arg::from(e.body.as_str()))],
                ),
                EventKind::Note => ctx.t("desk-event-note"),
                EventKind::Reply => ctx.t("desk-event-reply"),
            };
            let text = if matches!(e.kind, EventKind::Note | EventKind::Reply) {
                format!("<blockquote dir=\"auto\">{}</blockquote>", esc(&e.body))
            } else {
                String::new()
            };
            let _ = write!(
                body,
                "<li class=\"event-{kind}\"><small>{when}</small> {what}{text}</li>",
                kind = match e.kind {
                    EventKind::Status => "status",
                    EventKind::Assign => "assign",
                    EventKind::Note => "note",
                    EventKind::Reply => "reply",
                },
                when = esc(&ctx.ta(
                    "desk-event-by",
                    &[
                        ("who", Arg::from(e.who.as_str())),
                        (
                            "when",
                            Arg::from(e.at.replace('T', " ").replace('Z', " UTC"))
                        )
                    ]
                )),
                what = esc(&what),
            );
        }
        body.push_str("</ol>");
    }
    let title = ctx.ta(
        "desk-report-title",
        &[(
            "source",
            Arg::from(reading::source_name(
                &c.source,
                &desk.forms,
                &ctx.loc,
                &ctx.lang,
            )),
        )],
    );
    page(ctx, &title, &body)
}

/// Human labels for the dashboard's keys.
fn chart_rows(ctx: &Ctx, desk: &Desk, chart: &str, rows: &[(String, u64)]) -> Vec<(String, u64)> {
    rows.iter()
        .map(|(k, n)| {
            let label = match chart {
                "indicator" => indicator_name(ctx, k),
                "risk" => ctx.t(&format!("desk-risk-{k}")),
                "language" => lang_name(desk, k),
                "region" => match k.split_once(':') {
                    Some((source, r)) => reading::region_name(source, r, &desk.forms, &ctx.lang),
                    None => k.clone(),
                },
                _ => k.clone(),
            };
            (label, *n)
        })
        .collect()
}

pub fn dashboard(ctx: &Ctx, desk: &Desk, d: &Dashboard, threshold: u64) -> String {
    let mut body = format!(
        "<p>{}</p><p><a href=\"/dashboard.csv\" id=\"csv\">{}</a></p><div class=\"charts\">",
        esc(&ctx.ta(
            "desk-dashboard-intro",
            &[("threshold", Arg::from(threshold as u32))]
        )),
        ctx.e("desk-dashboard-csv"),
    );
    let charts = [
        ("reports_per_week", "desk-chart-over-time", &d.over_time),
        ("indicator", "desk-chart-indicators", &d.indicators),
        ("risk", "desk-chart-risks", &d.risks),
        ("region", "desk-chart-regions", &d.regions),
        ("language", "desk-chart-languages", &d.languages),
    ];
    for (chart, title_id, series) in charts {
        let rows = chart_rows(ctx, desk, chart, &series.rows);
        let title = ctx.t(title_id);
        let picture = if rows.is_empty() {
            format!("<p>{}</p>", ctx.e("desk-chart-empty"))
        } else if chart == "reports_per_week" {
            svg::columns(&title, &rows, threshold)
        } else {
            svg::bars(&title, &rows, threshold)
        };
        let _ = write!(
            body,
            "<figure id=\"chart-{chart}\"><figcaption><h2>{t}</h2></figcaption>{picture}<details><summary>{numbers}</summary><table>",
            t = esc(&title),
            numbers = ctx.e("desk-chart-numbers"),
        );
        for (label, n) in &rows {
            let _ = write!(
                body,
                "<tr><td>{}</td><td>{}</td></tr>",
                esc(label),
                esc(&Shown::of(*n, threshold).text())
            );
        }
        body.push_str("</table></details></figure>");
    }
    body.push_str("</div>");
    page(ctx, &ctx.t("desk-dashboard-title"), &body)
}

pub fn dashboard_csv(d: &Dashboard, threshold: u64) -> String {
    stats::to_csv(d, threshold)
}
