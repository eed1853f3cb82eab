//! The desk's HTTP routes and the checks every request passes:
//!
//! - the Host header must name the desk's own loopback address (a web page
//!   elsewhere cannot reach the desk through DNS rebinding);
//! - a POST with an Origin header must come from the desk itself, and every
//!   form carries the session's CSRF token (the login form a token of its
//!   own, double-submitted in a cookie);
//! - every answer carries a strict Content-Security-Policy (nothing from
//!   outside, no scripts at all), `no-store` caching, no referrer, no
//!   framing.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{DefaultBodyLimit, Path, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use chrono::Utc;
use waymark_core::i18n::Arg;
use zeroize::Zeroizing;

use super::casework::{EventKind, Status};
use super::html::{Ctx, STYLE};
use super::pages::{self, ListInput, ReportInput, TEMPLATES};
use super::reading;
use super::state::{Session, SessionCheck, StateLookup, Unlocked, MAX_NAME_CHARS, MAX_NOTE_CHARS};
use super::stats;
use super::triage::Filter;
use super::{Desk, DeskError};

pub const SESSION_COOKIE: &str = "desk_session";
pub const LOGIN_COOKIE: &str = "desk_login";
pub const LANG_COOKIE: &str = "desk_lang";
/// Largest form accepted (a note is at most 20,000 characters).
const MAX_FORM_BYTES: usize = 128 * 1024;

pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self'; \
     form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

type Shared = Arc<Desk>;

pub fn router(desk: Shared) -> Router {
    Router::new()
        .route("/", get(list))
        .route("/login", get(login_page).post(login))
        .route("/logout", post(logout))
        .route("/pull", post(pull))
        .route("/report/{id}", get(report))
        .route("/report/{id}/{action}", post(report_action))
        .route("/dashboard", get(dashboard))
        .route("/dashboard.csv", get(dashboard_csv))
        .route("/lang/{code}", get(set_language))
        .route("/static/desk.css", get(style))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(MAX_FORM_BYTES))
        .layer(middleware::from_fn_with_state(desk.clone(), guard))
        .with_state(desk)
}

/// Host and Origin checks before any route; security headers after.
async fn guard(State(desk): State<Shared>, request: Request, next: Next) -> Response {
    let headers = request.headers();
    let host_ok = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .is_some_and(|h| desk.host_allowed(h));
    let origin_ok = request.method() != Method::POST
        || headers
            .get(header::ORIGIN)
            .and_then(|o| o.to_str().ok())
            .is_none_or(|o| {
                o.split_once("://")
                    .is_some_and(|(_, host)| desk.host_allowed(host))
            });
    let mut response = if !host_ok {
        let ctx = context(&desk, headers, None, "/");
        let body = pages::problem(&ctx, "desk-problem-title", &ctx.t("desk-error-host"), "/");
        (StatusCode::MISDIRECTED_REQUEST, Html(body)).into_response()
    } else if !origin_ok {
        forbidden(&desk, headers)
    } else {
        next.run(request).await
    };
    let h = response.headers_mut();
    for (name, value) in [
        ("content-security-policy", CONTENT_SECURITY_POLICY),
        ("x-content-type-options", "nosniff"),
        ("x-frame-options", "DENY"),
        // Not no-referrer: browsers then send `Origin: null` on the desk's
        // own form posts, and the Origin check above would refuse them.
        ("referrer-policy", "same-origin"),
        ("cache-control", "no-store"),
        ("cross-origin-opener-policy", "same-origin"),
        ("cross-origin-resource-policy", "same-origin"),
    ] {
        h.insert(name, HeaderValue::from_static(value));
    }
    response
}

struct Html(String);

impl IntoResponse for Html {
    fn into_response(self) -> Response {
        ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], self.0).into_response()
    }
}

fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

fn set_cookie(desk: &Desk, name: &str, value: &str, max_age: Option<u64>) -> String {
    let mut c = format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict");
    if let Some(age) = max_age {
        c.push_str(&format!("; Max-Age={age}"));
    }
    if desk.options().tls.is_some() {
        c.push_str("; Secure");
    }
    c
}

fn context(desk: &Desk, headers: &HeaderMap, session: Option<&Session>, here: &str) -> Ctx {
    let chosen = cookie(headers, LANG_COOKIE);
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let lang = desk.languages.choose(chosen.as_deref(), accept);
    Ctx {
        loc: desk.languages.localizer(&lang),
        lang,
        user: session.map(|s| s.user.clone()),
        csrf: session.map(|s| s.csrf.clone()).unwrap_or_default(),
        here: here.to_owned(),
        languages: desk.language_names.clone(),
    }
}

fn redirect(to: &str) -> Response {
    (StatusCode::SEE_OTHER, [(header::LOCATION, to.to_owned())]).into_response()
}

fn forbidden(desk: &Desk, headers: &HeaderMap) -> Response {
    let ctx = context(desk, headers, None, "/");
    let body = pages::problem(&ctx, "desk-problem-title", &ctx.t("desk-error-csrf"), "/");
    (StatusCode::FORBIDDEN, Html(body)).into_response()
}

fn problem(
    desk: &Desk,
    headers: &HeaderMap,
    session: Option<&Session>,
    status: StatusCode,
    e: &DeskError,
    back: &str,
) -> Response {
    let ctx = context(desk, headers, session, back);
    let message = ctx.ta(
        e.message_id(),
        &[("server", Arg::from(desk.options().server.as_str()))],
    );
    let body = pages::problem(&ctx, "desk-problem-title", &message, back);
    (status, Html(body)).into_response()
}

/// A logged-in request: its session and the unlocked desk, or the way to
/// the login page. (The error is a ready answer, made once per request, so
/// its size does not matter.)
#[allow(clippy::result_large_err)]
fn authenticated(desk: &Desk, headers: &HeaderMap) -> Result<(Session, Arc<Unlocked>), Response> {
    let token = cookie(headers, SESSION_COOKIE);
    match desk.session(token.as_deref()) {
        SessionCheck::Valid(s) => match desk.unlocked() {
            Some(u) => Ok((s, u)),
            None => Err(redirect("/login?expired=1")),
        },
        SessionCheck::Expired => Err(redirect("/login?expired=1")),
        SessionCheck::None => Err(redirect("/login")),
    }
}

fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// A form POST from a logged-in session with its CSRF token.
#[allow(clippy::result_large_err)]
fn authorised(
    desk: &Desk,
    headers: &HeaderMap,
    form: &HashMap<String, String>,
) -> Result<(Session, Arc<Unlocked>), Response> {
    let (session, unlocked) = authenticated(desk, headers)?;
    match form.get("csrf") {
        Some(t) if !t.is_empty() && same(t, &session.csrf) => Ok((session, unlocked)),
        _ => Err(forbidden(desk, headers)),
    }
}

fn here(path: &str, query: &HashMap<String, String>) -> String {
    let mut q: Vec<(&String, &String)> = query.iter().collect();
    q.sort();
    if q.is_empty() {
        return path.to_owned();
    }
    let pairs: Vec<String> = q
        .iter()
        .map(|(k, v)| {
            format!(
                "{}={}",
                super::html::url_value(k),
                super::html::url_value(v)
            )
        })
        .collect();
    format!("{path}?{}", pairs.join("&"))
}

async fn style() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], STYLE).into_response()
}

async fn not_found(State(desk): State<Shared>, headers: HeaderMap) -> Response {
    problem(
        &desk,
        &headers,
        None,
        StatusCode::NOT_FOUND,
        &DeskError::UnknownReport,
        "/",
    )
}

async fn login_page(
    State(desk): State<Shared>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    if let SessionCheck::Valid(_) = desk.session(cookie(&headers, SESSION_COOKIE).as_deref()) {
        return redirect("/");
    }
    let ctx = context(&desk, &headers, None, "/login");
    let token = Desk::new_token();
    let body = pages::login(&ctx, &token, None, q.contains_key("expired"));
    (
        [(
            header::SET_COOKIE,
            set_cookie(&desk, LOGIN_COOKIE, &token, None),
        )],
        Html(body),
    )
        .into_response()
}

async fn login(
    State(desk): State<Shared>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let expected = cookie(&headers, LOGIN_COOKIE).unwrap_or_default();
    let given = form.get("login_csrf").map(String::as_str).unwrap_or("");
    if expected.is_empty() || !same(&expected, given) {
        return forbidden(&desk, &headers);
    }
    let ctx = context(&desk, &headers, None, "/login");
    let name = form.get("name").map(|n| n.trim()).unwrap_or("");
    let passphrase = Zeroizing::new(form.get("passphrase").cloned().unwrap_or_default());
    let retry = |status: StatusCode, id: &str| {
        let token = Desk::new_token();
        (
            status,
            [(
                header::SET_COOKIE,
                set_cookie(&desk, LOGIN_COOKIE, &token, None),
            )],
            Html(pages::login(&ctx, &token, Some(id), false)),
        )
            .into_response()
    };
    if name.is_empty() || name.chars().count() > MAX_NAME_CHARS {
        return retry(StatusCode::BAD_REQUEST, "desk-error-name");
    }
    let token = match desk.login(name, passphrase).await {
        Ok(t) => t,
        Err(DeskError::WrongPassphrase) => {
            return retry(StatusCode::UNAUTHORIZED, "desk-error-wrong-passphrase")
        }
        Err(e) => {
            let status = match e {
                DeskError::KeyFileMissing | DeskError::KeyFileCorrupt => {
                    StatusCode::SERVICE_UNAVAILABLE
                }
                _ => StatusCode::INTERNAL_SERVER_ERROR,
            };
            return problem(&desk, &headers, None, status, &e, "/login");
        }
    };
    let session_cookie = set_cookie(&desk, SESSION_COOKIE, &token, None);
    let clear_login = set_cookie(&desk, LOGIN_COOKIE, "", Some(0));
    // Fetch what is new; an unreachable inbox gets its own page, and the
    // reports pulled before are still there.
    let outcome = desk.pull().await;
    let mut response = match outcome {
        Ok(n) => redirect(&format!("/?pulled={n}")),
        Err(e) => {
            let session = match desk.session(Some(&token)) {
                SessionCheck::Valid(s) => Some(s),
                _ => None,
            };
            problem(
                &desk,
                &headers,
                session.as_ref(),
                StatusCode::BAD_GATEWAY,
                &e,
                "/",
            )
        }
    };
    let h = response.headers_mut();
    for c in [session_cookie, clear_login] {
        if let Ok(v) = HeaderValue::from_str(&c) {
            h.append(header::SET_COOKIE, v);
        }
    }
    response
}

async fn logout(
    State(desk): State<Shared>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    if let Err(r) = authorised(&desk, &headers, &form) {
        return r;
    }
    if let Some(token) = cookie(&headers, SESSION_COOKIE) {
        desk.end_session(&token);
    }
    let mut r = redirect("/login");
    if let Ok(v) = HeaderValue::from_str(&set_cookie(&desk, SESSION_COOKIE, "", Some(0))) {
        r.headers_mut().insert(header::SET_COOKIE, v);
    }
    r
}

async fn pull(
    State(desk): State<Shared>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let (session, _) = match authorised(&desk, &headers, &form) {
        Ok(x) => x,
        Err(r) => return r,
    };
    match desk.pull().await {
        Ok(n) => redirect(&format!("/?pulled={n}")),
        Err(e) => problem(
            &desk,
            &headers,
            Some(&session),
            StatusCode::BAD_GATEWAY,
            &e,
            "/",
        ),
    }
}

fn today() -> chrono::NaiveDate {
    Utc::now().date_naive()
}

async fn list(
    State(desk): State<Shared>,
    headers: HeaderMap,
    Query(raw): Query<HashMap<String, String>>,
) -> Response {
    let (session, u) = match authenticated(&desk, &headers) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let mut filter: Filter = Filter::default();
    let get = |k: &str| raw.get(k).cloned().unwrap_or_default();
    filter.risk = get("risk");
    filter.indicator = get("indicator");
    filter.source = get("source");
    filter.lang = get("lang");
    filter.region = get("region");
    filter.age = get("age");
    filter.answered = get("answered");
    filter.status = get("status");
    filter.q = get("q");
    filter.sort = get("sort");
    filter.page = raw.get("page").and_then(|p| p.parse().ok()).unwrap_or(0);
    let ctx = context(&desk, &headers, Some(&session), &here("/", &raw));
    let notice = raw
        .get("pulled")
        .and_then(|n| n.parse::<u32>().ok())
        .map(|n| ctx.ta("desk-pulled", &[("count", Arg::from(n))]));
    let reports = u.reports();
    let states = u.states();
    let lookup = StateLookup(&states);
    let today = today();
    let matching = filter.apply(&reports, today, &lookup);
    let body = pages::list(
        &ctx,
        &desk,
        &ListInput {
            filter: &filter,
            reports: &reports,
            matching: &matching,
            states: &states,
            today,
            notice,
        },
    );
    Html(body).into_response()
}

struct ReportView {
    draft: String,
    error: Option<String>,
    notice: Option<String>,
}

fn render_report(
    desk: &Desk,
    headers: &HeaderMap,
    session: &Session,
    u: &Unlocked,
    id: &str,
    view: ReportView,
) -> Response {
    let reports = u.reports();
    let Some(case) = reports.get(id) else {
        return problem(
            desk,
            headers,
            Some(session),
            StatusCode::NOT_FOUND,
            &DeskError::UnknownReport,
            "/",
        );
    };
    let ctx = context(desk, headers, Some(session), &format!("/report/{id}"));
    let reading = reading::read(case, &desk.forms, &desk.languages, &ctx.lang);
    let state = match u.casework.state(id) {
        Ok(s) => s,
        Err(e) => {
            return problem(
                desk,
                headers,
                Some(session),
                StatusCode::INTERNAL_SERVER_ERROR,
                &e,
                "/",
            )
        }
    };
    let events = u.casework.events(id).unwrap_or_default();
    let body = pages::report(
        &ctx,
        desk,
        &ReportInput {
            case,
            reading: &reading,
            state: &state,
            events: &events,
            today: today(),
            draft: view.draft,
            error: view.error,
            notice: view.notice,
        },
    );
    Html(body).into_response()
}

async fn report(
    State(desk): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let (session, u) = match authenticated(&desk, &headers) {
        Ok(x) => x,
        Err(r) => return r,
    };
    // A template is written in the reporter's language.
    let draft = match q
        .get("template")
        .filter(|t| TEMPLATES.contains(&t.as_str()))
    {
        Some(t) => {
            let reports = u.reports();
            let lang = reports
                .get(&id)
                .map(|c| reading::original_language(c, &desk.languages))
                .unwrap_or_else(|| "en".into());
            desk.languages
                .localizer(&lang)
                .text(&format!("desk-template-{t}"), &[])
        }
        None => String::new(),
    };
    let ctx = context(&desk, &headers, Some(&session), "/");
    let notice = q
        .get("done")
        .filter(|d| ["status", "assign", "note", "reply"].contains(&d.as_str()))
        .map(|d| ctx.t(&format!("desk-done-{d}")));
    render_report(
        &desk,
        &headers,
        &session,
        &u,
        &id,
        ReportView {
            draft,
            error: None,
            notice,
        },
    )
}

/// The casework forms: one handler shape, different fields.
async fn casework(
    desk: Shared,
    headers: HeaderMap,
    id: String,
    form: HashMap<String, String>,
    kind: EventKind,
) -> Response {
    let (session, u) = match authorised(&desk, &headers, &form) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let (value, done) = match kind {
        EventKind::Status => match form.get("status").and_then(|s| Status::from_code(s)) {
            Some(s) => (s.code().to_owned(), "status"),
            None => {
                return problem(
                    &desk,
                    &headers,
                    Some(&session),
                    StatusCode::BAD_REQUEST,
                    &DeskError::Store,
                    "/",
                )
            }
        },
        EventKind::Assign => {
            let name: String = form
                .get("assignee")
                .map(|a| a.trim().chars().take(MAX_NAME_CHARS).collect())
                .unwrap_or_default();
            (name, "assign")
        }
        EventKind::Note | EventKind::Reply => {
            let note = form.get("note").map(|n| n.trim()).unwrap_or("");
            if note.is_empty() || note.chars().count() > MAX_NOTE_CHARS {
                return redirect(&format!("/report/{id}"));
            }
            (note.to_owned(), "note")
        }
    };
    match u.record(&id, kind, &session.user, &value) {
        Ok(()) => redirect(&format!("/report/{id}?done={done}")),
        Err(e) => problem(
            &desk,
            &headers,
            Some(&session),
            StatusCode::NOT_FOUND,
            &e,
            "/",
        ),
    }
}

/// The report's forms: status, assignment, note and reply.
async fn report_action(
    State(desk): State<Shared>,
    headers: HeaderMap,
    Path((id, action)): Path<(String, String)>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let kind = match action.as_str() {
        "status" => EventKind::Status,
        "assign" => EventKind::Assign,
        "note" => EventKind::Note,
        "reply" => return reply(desk, headers, id, form).await,
        _ => return not_found(State(desk), headers).await,
    };
    casework(desk, headers, id, form, kind).await
}

async fn reply(
    desk: Shared,
    headers: HeaderMap,
    id: String,
    form: HashMap<String, String>,
) -> Response {
    let (session, u) = match authorised(&desk, &headers, &form) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let text = Zeroizing::new(
        form.get("text")
            .map(|t| t.trim_end_matches(['\n', '\r']).to_owned())
            .unwrap_or_default(),
    );
    match desk.reply(&id, &session.user, &text).await {
        Ok(()) => redirect(&format!("/report/{id}?done=reply")),
        Err(e @ (DeskError::Unreachable | DeskError::InboxRefused)) => problem(
            &desk,
            &headers,
            Some(&session),
            StatusCode::BAD_GATEWAY,
            &e,
            &format!("/report/{id}"),
        ),
        Err(e) => {
            let ctx = context(&desk, &headers, Some(&session), "/");
            let mut r = render_report(
                &desk,
                &headers,
                &session,
                &u,
                &id,
                ReportView {
                    draft: text.to_string(),
                    error: Some(ctx.t(e.message_id())),
                    notice: None,
                },
            );
            *r.status_mut() = StatusCode::BAD_REQUEST;
            r
        }
    }
}

fn counts(u: &Unlocked) -> stats::Dashboard {
    let reports = u.reports();
    stats::count(reports.cases.iter())
}

async fn dashboard(State(desk): State<Shared>, headers: HeaderMap) -> Response {
    let (session, u) = match authenticated(&desk, &headers) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let ctx = context(&desk, &headers, Some(&session), "/dashboard");
    let d = counts(&u);
    Html(pages::dashboard(
        &ctx,
        &desk,
        &d,
        desk.options().suppress_below,
    ))
    .into_response()
}

async fn dashboard_csv(State(desk): State<Shared>, headers: HeaderMap) -> Response {
    let (_, u) = match authenticated(&desk, &headers) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let d = counts(&u);
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"waymark-dashboard.csv\"",
            ),
        ],
        pages::dashboard_csv(&d, desk.options().suppress_below),
    )
        .into_response()
}

async fn set_language(
    State(desk): State<Shared>,
    Path(code): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let back = q
        .get("back")
        .filter(|b| b.starts_with('/') && !b.starts_with("//") && !b.contains('\\'))
        .cloned()
        .unwrap_or_else(|| "/".into());
    let mut r = redirect(&back);
    if desk.languages.available().contains(&code) {
        let c = set_cookie(&desk, LANG_COOKIE, &code, Some(365 * 24 * 3600));
        if let Ok(v) = HeaderValue::from_str(&c) {
            r.headers_mut().insert(header::SET_COOKIE, v);
        }
    }
    r
}
