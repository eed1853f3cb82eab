//! The NGO desk over real HTTP on 127.0.0.1, next to a real inbox (SQLite)
//! holding real sealed envelopes: every route, the Host, Origin and CSRF
//! checks, login with a real key file, session expiry and auto-lock, the
//! quarantine of envelopes that do not open, replies the phone can open,
//! the dashboard's suppression, languages, and the encryption of the desk's
//! own store, checked on its files.

mod support;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use serde_json::json;
use support::{field, Backend, Ngo, Sent, TestInbox};
use waymark_core::envelope::{self, ReceiptCode, Report, ReportKind};
use waymark_core::KdfParams;
use waymark_inbox::desk::{self, routes, DeskOptions, RunningDesk};
use waymark_inbox::keyfile;

const PASS: &str = "desk test passphrase";
const FREE_TEXT: &str = "MARKER-text they took our passports at the farm";
const NOTE: &str = "MARKER-note called the shelter on Tuesday";
const REPLY: &str = "MARKER-reply we received your report";
const ASSIGNEE: &str = "MARKER-Bea";

fn today() -> String {
    chrono::Utc::now().format("%Y-%m-%d").to_string()
}

/// A questionnaire report the way the phone's outbox builds one.
fn questionnaire(
    id: &str,
    _locale: &str,
    answers: &[(&str, &str)],
    risk: &str,
    indicators: &[&str],
) -> Vec<waymark_core::envelope::ReportField> {
    let mut body = vec![
        field("questionnaire", id),
        field("questionnaire_version", "1"),
        field("mode", "\"self_check\""),
        field("stopped_early", "false"),
        field("consent_to_show_answers", "false"),
    ];
    for (q, a) in answers {
        body.push(field(
            &format!("answer:{q}"),
            &json!({"type": "choice", "value": a}).to_string(),
        ));
    }
    let inds: Vec<_> = indicators
        .iter()
        .map(|i| json!({"id": i, "strength": "strong", "weight": 1.0}))
        .collect();
    body.push(field(
        "outcome",
        &json!({"risk": risk, "indicators": inds, "actions": []}).to_string(),
    ));
    body
}

fn sealed(
    to: &waymark_core::envelope::NgoPublicKey,
    report: Report,
    reply_secret: waymark_core::envelope::ReplySecretKey,
) -> Sent {
    Sent {
        envelope: envelope::seal(&report, to).unwrap(),
        code: ReceiptCode::generate(),
        reply_secret,
        report,
    }
}

fn make(
    kind: ReportKind,
    locale: &str,
    body: Vec<waymark_core::envelope::ReportField>,
) -> (Report, waymark_core::envelope::ReplySecretKey) {
    Report::new(kind, locale, &today(), body)
}

struct World {
    inbox: TestInbox,
    dir: tempfile::TempDir,
    keys: PathBuf,
    /// urgent (uk self-check), medium (en quick screen), free text (pt-BR).
    sent: Vec<Sent>,
    _backend: Backend,
}

impl World {
    /// An inbox with three real reports, a dummy and one envelope altered
    /// after sealing; the NGO's key file on disk.
    async fn new() -> World {
        let backend = Backend::sqlite();
        let inbox = TestInbox::start_with(
            &backend,
            Arc::new(Ngo::new()),
            waymark_inbox::ratelimit::RateLimit::OFF,
            waymark_inbox::ratelimit::RateLimit::OFF,
        )
        .await;
        let dir = tempfile::tempdir().unwrap();
        let keys = dir.path().join("ngo-keys.json");
        std::fs::write(
            &keys,
            keyfile::seal(&inbox.ngo.identity.secrets, PASS, KdfParams::MINIMUM).unwrap(),
        )
        .unwrap();
        let ngo = inbox.ngo.hpke_public();
        let (r, s) = make(
            ReportKind::Questionnaire,
            "uk",
            questionnaire(
                "self_check",
                "uk",
                &[("sc_debt", "yes"), ("sc_safe_now", "no")],
                "urgent",
                &["debt_bondage", "unsafe_now"],
            ),
        );
        let urgent = sealed(&ngo, r, s);
        let (r, s) = make(
            ReportKind::Questionnaire,
            "en",
            questionnaire(
                "quick_screen",
                "en",
                &[("qs_documents", "yes")],
                "medium",
                &["retention_of_identity_documents"],
            ),
        );
        let medium = sealed(&ngo, r, s);
        let (r, s) = make(
            ReportKind::FreeText,
            "pt-BR",
            vec![field("text", FREE_TEXT)],
        );
        let free = sealed(&ngo, r, s);
        // Cover traffic as a phone sends it: the mark is inside the
        // ciphertext, so only the NGO's key tells it from a report.
        let dummy = support::seal_dummy(&ngo, envelope::Bucket::Kib4);
        for s in [&urgent, &medium, &free, &dummy] {
            assert!(inbox.submit(s).await.status().is_success());
        }
        // Altered after sealing: the inbox cannot tell (it holds no key).
        let (r, s) = make(ReportKind::FreeText, "en", vec![field("text", "altered")]);
        let altered = sealed(&ngo, r, s);
        let mut bytes = altered.envelope.bytes.clone();
        let middle = bytes.len() / 2;
        bytes[middle] ^= 0x40;
        let r = support::submit_to(&inbox.http, &inbox.base, &altered, &bytes).await;
        assert!(r.status().is_success());
        World {
            inbox,
            dir,
            keys,
            sent: vec![urgent, medium, free],
            _backend: backend,
        }
    }

    fn options(&self) -> DeskOptions {
        DeskOptions {
            keys: self.keys.clone(),
            server: self.inbox.base.clone(),
            store: self.dir.path().join("desk"),
            listen: "127.0.0.1:0".parse().unwrap(),
            idle: DeskOptions::DEFAULT_IDLE,
            suppress_below: DeskOptions::DEFAULT_SUPPRESS_BELOW,
            tls: None,
        }
    }
}

/// A browser without a cookie jar: cookies are handled by hand, so every
/// test says exactly what it sends.
struct Browser {
    http: reqwest::Client,
    base: String,
    session: Option<String>,
    csrf: String,
}

struct Page {
    status: u16,
    location: String,
    cookies: Vec<String>,
    headers: reqwest::header::HeaderMap,
    body: String,
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let i = s.find(start)? + start.len();
    let j = s[i..].find(end)? + i;
    Some(&s[i..j])
}

impl Browser {
    fn new(desk: &RunningDesk) -> Browser {
        Browser {
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            base: desk.url(),
            session: None,
            csrf: String::new(),
        }
    }

    async fn send(&self, req: reqwest::RequestBuilder, cookies: &[(&str, &str)]) -> Page {
        let mut all: Vec<String> = cookies.iter().map(|(k, v)| format!("{k}={v}")).collect();
        if let Some(s) = &self.session {
            all.push(format!("{}={s}", routes::SESSION_COOKIE));
        }
        let req = if all.is_empty() {
            req
        } else {
            req.header("cookie", all.join("; "))
        };
        let r = req.send().await.unwrap();
        let status = r.status().as_u16();
        let headers = r.headers().clone();
        let location = headers
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned();
        let cookies = headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok().map(str::to_owned))
            .collect();
        Page {
            status,
            location,
            cookies,
            headers,
            body: r.text().await.unwrap(),
        }
    }

    async fn get(&self, path: &str) -> Page {
        self.send(self.http.get(format!("{}{path}", self.base)), &[])
            .await
    }

    async fn post(&self, path: &str, form: &[(&str, &str)]) -> Page {
        self.send(
            self.http.post(format!("{}{path}", self.base)).form(form),
            &[],
        )
        .await
    }

    /// Posts a form with this session's CSRF token.
    async fn submit(&self, path: &str, form: &[(&str, &str)]) -> Page {
        let mut form = form.to_vec();
        form.push(("csrf", &self.csrf));
        self.post(path, &form).await
    }

    /// The login form's token and its cookie.
    async fn login_token(&self) -> String {
        let page = self.get("/login").await;
        assert_eq!(page.status, 200);
        let token = between(&page.body, "name=\"login_csrf\" value=\"", "\"")
            .unwrap()
            .to_owned();
        assert!(page
            .cookies
            .iter()
            .any(|c| c.starts_with(&format!("{}={token}", routes::LOGIN_COOKIE))));
        token
    }

    async fn try_login(&self, name: &str, pass: &str) -> Page {
        let token = self.login_token().await;
        self.send(
            self.http.post(format!("{}/login", self.base)).form(&[
                ("name", name),
                ("passphrase", pass),
                ("login_csrf", &token),
            ]),
            &[(routes::LOGIN_COOKIE, &token)],
        )
        .await
    }

    async fn login(&mut self, name: &str) -> Page {
        let page = self.try_login(name, PASS).await;
        assert_eq!(page.status, 303, "{}", page.body);
        let cookie = page
            .cookies
            .iter()
            .find(|c| c.starts_with(routes::SESSION_COOKIE))
            .unwrap()
            .clone();
        self.session = Some(between(&cookie, "=", ";").unwrap().to_owned());
        let list = self.get("/").await;
        self.csrf = between(&list.body, "name=\"csrf\" value=\"", "\"")
            .unwrap()
            .to_owned();
        page
    }
}

async fn start(options: DeskOptions) -> RunningDesk {
    desk::start(options).await.unwrap()
}

/// A desk on `options` and a browser logged in to it as `name`.
async fn logged_in(options: DeskOptions, name: &str) -> (RunningDesk, Browser) {
    let desk = start(options).await;
    let mut b = Browser::new(&desk);
    b.login(name).await;
    (desk, b)
}

fn report_ids(body: &str) -> Vec<String> {
    body.split("href=\"/report/")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .filter(|s| s.len() == 32)
        .map(str::to_owned)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_needs_a_session_a_loopback_host_and_strict_headers() {
    let world = World::new().await;
    // It will not listen anywhere but on loopback.
    for addr in ["0.0.0.0:0", "[::]:0"] {
        let mut options = world.options();
        options.listen = addr.parse().unwrap();
        assert!(matches!(
            desk::start(options).await,
            Err(desk::DeskError::NotLoopback)
        ));
    }
    let desk = start(world.options()).await;
    let b = Browser::new(&desk);
    for path in [
        "/",
        "/dashboard",
        "/dashboard.csv",
        &format!("/report/{}", world.sent[0].report_id_hex()),
    ] {
        let page = b.get(path).await;
        assert_eq!(
            (page.status, page.location.as_str()),
            (303, "/login"),
            "{path}"
        );
    }
    for path in [
        "/pull",
        "/logout",
        &format!("/report/{}/status", world.sent[0].report_id_hex()),
    ] {
        let page = b.post(path, &[("csrf", "x")]).await;
        assert_eq!(
            (page.status, page.location.as_str()),
            (303, "/login"),
            "{path}"
        );
    }
    let login = b.get("/login").await;
    assert_eq!(login.status, 200);
    let h = &login.headers;
    assert_eq!(
        h["content-security-policy"],
        routes::CONTENT_SECURITY_POLICY
    );
    assert!(!routes::CONTENT_SECURITY_POLICY.contains("http"));
    assert_eq!(h["cache-control"], "no-store");
    assert_eq!(h["x-frame-options"], "DENY");
    assert_eq!(h["referrer-policy"], "same-origin");
    // Nothing on the page comes from elsewhere, and no script at all.
    assert!(!login.body.contains("<script"));
    assert!(!login.body.contains("https://") && !login.body.contains("http://"));
    assert_eq!(b.get("/static/desk.css").await.status, 200);
    assert_eq!(b.get("/nothing-here").await.status, 404);
    // DNS rebinding: another name for this address is refused, on every route.
    for host in [
        "evil.example",
        "evil.example:80",
        "127.0.0.1:1",
        "localhost.evil.example",
    ] {
        for path in ["/", "/login", "/static/desk.css"] {
            let page = b
                .send(
                    b.http.get(format!("{}{path}", b.base)).header("host", host),
                    &[],
                )
                .await;
            assert_eq!(page.status, 421, "{host}{path}");
            assert!(page.body.contains("not the desk"), "{}", page.body);
        }
    }
    let ok = b
        .send(
            b.http
                .get(format!("{}/login", b.base))
                .header("host", format!("localhost:{}", desk.addr.port())),
            &[],
        )
        .await;
    assert_eq!(ok.status, 200);
    desk.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_checks_its_token_the_name_and_the_passphrase() {
    let world = World::new().await;
    let desk = start(world.options()).await;
    let mut b = Browser::new(&desk);
    // No login cookie, or a token that does not match it: refused.
    let page = b
        .post(
            "/login",
            &[("name", "Ana"), ("passphrase", PASS), ("login_csrf", "abc")],
        )
        .await;
    assert_eq!(page.status, 403);
    let token = b.login_token().await;
    let page = b
        .send(
            b.http.post(format!("{}/login", b.base)).form(&[
                ("name", "Ana"),
                ("passphrase", PASS),
                ("login_csrf", "other"),
            ]),
            &[(routes::LOGIN_COOKIE, &token)],
        )
        .await;
    assert_eq!(page.status, 403);
    assert!(!desk.desk.is_unlocked());
    let page = b.try_login("Ana", "wrong passphrase!").await;
    assert_eq!(page.status, 401);
    assert!(page.body.contains("id=\"login-error\""));
    assert!(page.body.contains("passphrase is wrong"));
    assert!(!desk.desk.is_unlocked());
    let page = b.try_login("   ", PASS).await;
    assert_eq!(page.status, 400);
    let page = b.login("Ana").await;
    // Three reports and the altered envelope came in; the pull opened the
    // dummy with the NGO's key and dropped it.
    assert_eq!(page.location, "/?pulled=4");
    let cookie = page
        .cookies
        .iter()
        .find(|c| c.starts_with(routes::SESSION_COOKIE))
        .unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    assert!(
        !cookie.contains("Secure"),
        "plain HTTP on loopback: {cookie}"
    );
    assert!(desk.desk.is_unlocked());
    // Logged in, the login page sends you on.
    assert_eq!(b.get("/login").await.location, "/");
    // Logging out ends the session and, as the last one, locks the desk.
    let out = b.submit("/logout", &[]).await;
    assert_eq!((out.status, out.location.as_str()), (303, "/login"));
    assert!(!desk.desk.is_unlocked());
    assert_eq!(b.get("/").await.location, "/login");
    desk.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forms_without_the_sessions_token_or_from_another_origin_change_nothing() {
    let world = World::new().await;
    let desk = start(world.options()).await;
    let mut a = Browser::new(&desk);
    a.login("Ana").await;
    let mut other = Browser::new(&desk);
    other.login("Ben").await;
    let id = world.sent[0].report_id_hex();
    let path = format!("/report/{id}/status");
    for csrf in ["", "0000", other.csrf.as_str()] {
        let page = a.post(&path, &[("status", "closed"), ("csrf", csrf)]).await;
        assert_eq!(page.status, 403, "token {csrf:?}");
        assert!(page.body.contains("id=\"problem\""));
    }
    let evil = a
        .send(
            a.http
                .post(format!("{}{path}", a.base))
                .header("origin", "http://evil.example")
                .form(&[("status", "closed"), ("csrf", a.csrf.as_str())]),
            &[],
        )
        .await;
    assert_eq!(evil.status, 403);
    for (route, field) in [("note", "note"), ("assign", "assignee"), ("reply", "text")] {
        let page = a
            .post(
                &format!("/report/{id}/{route}"),
                &[(field, "x"), ("csrf", "nope")],
            )
            .await;
        assert_eq!(page.status, 403, "{route}");
    }
    assert_eq!(a.post("/pull", &[("csrf", "nope")]).await.status, 403);
    // With the token: nothing new since login.
    assert_eq!(a.submit("/pull", &[]).await.location, "/?pulled=0");
    assert_eq!(
        a.submit(&format!("/report/{id}/delete"), &[]).await.status,
        404
    );
    let report = a.get(&format!("/report/{id}")).await;
    assert!(report
        .body
        .contains("Nothing has been done on this report yet."));
    // The right token, from the desk's own origin, works.
    let good = a
        .send(
            a.http
                .post(format!("{}{path}", a.base))
                .header("origin", a.base.clone())
                .form(&[("status", "closed"), ("csrf", a.csrf.as_str())]),
            &[],
        )
        .await;
    assert_eq!(
        (good.status, good.location.as_str()),
        (303, format!("/report/{id}?done=status").as_str())
    );
    desk.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_list_triages_filters_searches_and_quarantines() {
    let world = World::new().await;
    let desk = start(world.options()).await;
    let mut b = Browser::new(&desk);
    let login = b.login("Ana").await;
    let list = b.get(&login.location).await;
    assert!(list.body.contains("New reports fetched: 4"));
    let ids = report_ids(&list.body);
    let [urgent, medium, free] = [0, 1, 2].map(|i| world.sent[i].report_id_hex());
    // The dummy is gone; the altered envelope is one quarantined row.
    assert_eq!(
        ids,
        [urgent.clone(), medium.clone(), free.clone()],
        "urgent first"
    );
    assert_eq!(list.body.matches("class=\"quarantine\"").count(), 1);
    assert!(list.body.contains("Damaged or altered"));
    let one = |q: &'static str| {
        let b = &b;
        async move { report_ids(&b.get(q).await.body) }
    };
    assert_eq!(one("/?risk=urgent").await, vec![urgent.clone()]);
    assert_eq!(one("/?risk=unscored").await, vec![free.clone()]);
    assert_eq!(
        one("/?indicator=retention_of_identity_documents").await,
        vec![medium.clone()]
    );
    assert_eq!(one("/?source=quick_screen").await, vec![medium.clone()]);
    assert_eq!(one("/?source=free_text").await, vec![free.clone()]);
    assert_eq!(one("/?lang=pt").await, vec![free.clone()]);
    assert_eq!(one("/?lang=uk").await, vec![urgent.clone()]);
    assert_eq!(
        one("/?q=PASSPORTS+at+the").await,
        vec![free.clone()],
        "search is case-blind"
    );
    assert_eq!(one("/?q=nowhere-in-any-answer").await, Vec::<String>::new());
    assert_eq!(one("/?age=1").await.len(), 3);
    assert_eq!(one("/?answered=yes").await, Vec::<String>::new());
    assert_eq!(one("/?status=new").await.len(), 3);
    b.submit(
        &format!("/report/{medium}/status"),
        &[("status", "referred")],
    )
    .await;
    assert_eq!(one("/?status=referred").await, vec![medium.clone()]);
    assert_eq!(one("/?status=new").await.len(), 2);
    // Newest first: all made today, so inbox order decides.
    assert_eq!(
        one("/?sort=newest").await,
        [free.clone(), medium.clone(), urgent.clone()]
    );
    desk.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_report_reads_in_two_languages_with_indicators_and_casework() {
    let world = World::new().await;
    let (desk, b) = logged_in(world.options(), "Ana").await;
    let urgent = &world.sent[0];
    let id = urgent.report_id_hex();
    let page = b.get(&format!("/report/{id}")).await;
    assert_eq!(page.status, 200);
    // The question in English and the Ukrainian original alongside.
    assert!(page.body.contains("Original (Українська)"), "{}", page.body);
    assert!(page.body.contains("Debt bondage"));
    assert!(page.body.contains("Because:"));
    // The fingerprint is shown; the receipt code's lookup id never is.
    let fp = between(&page.body, "id=\"fingerprint\">", "<").unwrap();
    assert_eq!(fp, urgent.report.reply_key.fingerprint());
    assert!(!page.body.contains(&urgent.lookup_hex()));
    assert!(!page.body.contains(urgent.code.to_letters().as_str()));
    // Casework with who and when.
    for (route, field, value) in [
        ("status", "status", "in_progress"),
        ("assign", "assignee", "Bea"),
        ("note", "note", "<script>alert(1)</script> called"),
    ] {
        let done = b
            .submit(&format!("/report/{id}/{route}"), &[(field, value)])
            .await;
        assert_eq!(done.status, 303, "{route}: {}", done.body);
    }
    let page = b.get(&format!("/report/{id}?done=note")).await;
    assert!(page.body.contains("Note saved."));
    let history = between(&page.body, "id=\"history\">", "</ol>").unwrap();
    assert!(history.contains("status set to In progress"));
    assert!(history.contains("assigned to Bea"));
    assert!(history.contains("Ana:"));
    assert!(history.contains(&chrono::Utc::now().format("%Y-%m-%d").to_string()));
    // Everything typed is escaped.
    assert!(history.contains("&lt;script&gt;alert(1)&lt;/script&gt; called"));
    assert!(!page.body.contains("<script>"));
    // The list shows the status with the assignee.
    assert!(b.get("/").await.body.contains("In progress, Bea"));
    // A bad status is refused; an unknown report is a clear 404.
    assert_eq!(
        b.submit(&format!("/report/{id}/status"), &[("status", "deleted")])
            .await
            .status,
        400
    );
    assert_eq!(
        b.get(&format!("/report/{}", "0".repeat(32))).await.status,
        404
    );
    assert_eq!(
        b.submit(
            &format!("/report/{}/note", "0".repeat(32)),
            &[("note", "x")]
        )
        .await
        .status,
        404
    );
    // A template in the reporter's language.
    let t = b.get(&format!("/report/{id}?template=received")).await;
    assert!(t.body.contains("Дякуємо за довіру."));
    desk.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_is_sealed_to_the_reports_own_key_and_the_phone_reads_it() {
    let world = World::new().await;
    let (desk, b) = logged_in(world.options(), "Ana").await;
    let sent = &world.sent[2];
    let id = sent.report_id_hex();
    let empty = b
        .submit(&format!("/report/{id}/reply"), &[("text", "   ")])
        .await;
    assert_eq!(empty.status, 400);
    assert!(empty.body.contains("The reply is empty or too long."));
    let done = b
        .submit(&format!("/report/{id}/reply"), &[("text", REPLY)])
        .await;
    assert_eq!(done.location, format!("/report/{id}?done=reply"));
    // The phone's side: fetch by its lookup id, open with its reply key.
    let replies = world.inbox.all_replies(&sent.lookup_hex()).await;
    assert_eq!(replies.len(), 1);
    let text = envelope::open_reply(&replies[0].sealed, &sent.reply_secret).unwrap();
    assert_eq!(text.as_str(), REPLY);
    let page = b.get(&format!("/report/{id}")).await;
    assert_eq!(page.body.matches("class=\"event-reply\"").count(), 1);
    assert!(page.body.contains(REPLY));
    let list = b.get("/?answered=yes").await;
    assert_eq!(report_ids(&list.body), vec![id]);
    desk.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_idle_session_expires_and_the_desk_locks() {
    let world = World::new().await;
    let mut options = world.options();
    options.idle = Duration::from_millis(1200);
    let desk = start(options).await;
    let mut b = Browser::new(&desk);
    b.login("Ana").await;
    assert_eq!(b.get("/").await.status, 200);
    tokio::time::sleep(Duration::from_millis(2500)).await;
    assert!(!desk.desk.is_unlocked(), "the sweeper locked the desk");
    let page = b.get("/").await;
    assert_eq!(
        (page.status, page.location.as_str()),
        (303, "/login?expired=1")
    );
    let login = b.get("/login?expired=1").await;
    assert!(login.body.contains("locked itself"));
    // Logging in again unlocks it, with the casework intact.
    b.login("Ana").await;
    assert!(desk.desk.is_unlocked());
    desk.stop().await;
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            if e.path().is_dir() {
                stack.push(e.path());
            } else {
                out.push(e.path());
            }
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_desks_files_hold_no_report_text_note_status_or_name() {
    let world = World::new().await;
    let options = world.options();
    let store = options.store.clone();
    let desk = start(options).await;
    let mut b = Browser::new(&desk);
    b.login("MARKER-Ana").await;
    let id = world.sent[2].report_id_hex();
    b.submit(&format!("/report/{id}/status"), &[("status", "referred")])
        .await;
    b.submit(&format!("/report/{id}/assign"), &[("assignee", ASSIGNEE)])
        .await;
    b.submit(&format!("/report/{id}/note"), &[("note", NOTE)])
        .await;
    b.submit(&format!("/report/{id}/reply"), &[("text", REPLY)])
        .await;
    let markers = [
        FREE_TEXT,
        NOTE,
        REPLY,
        ASSIGNEE,
        "MARKER-Ana",
        "referred",
        "in_progress",
        "MARKER",
    ];
    let scan = |when: &str| {
        let files = files_under(&store);
        assert!(files.iter().any(|f| f.ends_with("desk.db")), "{files:?}");
        for f in &files {
            let bytes = std::fs::read(f).unwrap();
            for m in markers {
                assert!(
                    !bytes.windows(m.len()).any(|w| w == m.as_bytes()),
                    "{when}: {m:?} in {}",
                    f.display()
                );
            }
        }
    };
    // While running (WAL included) and after stopping.
    scan("running");
    desk.stop().await;
    scan("stopped");
    // And the casework is really there: the same key file opens it again.
    let (desk, b) = logged_in(world.options(), "Ana").await;
    let page = b.get(&format!("/report/{id}")).await;
    assert!(page.body.contains(NOTE) && page.body.contains(ASSIGNEE));
    desk.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_key_file_and_unreachable_inbox_get_clear_pages() {
    let world = World::new().await;
    let mut options = world.options();
    options.keys = world.dir.path().join("not-there.json");
    let desk = start(options).await;
    let page = Browser::new(&desk).try_login("Ana", PASS).await;
    assert_eq!(page.status, 503);
    assert!(
        page.body.contains("The key file is missing"),
        "{}",
        page.body
    );
    desk.stop().await;

    // A closed port: the inbox cannot be reached.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let mut options = world.options();
    options.server = format!("http://{closed}");
    let desk = start(options).await;
    let mut b = Browser::new(&desk);
    let token = b.login_token().await;
    let page = b
        .send(
            b.http.post(format!("{}/login", b.base)).form(&[
                ("name", "Ana"),
                ("passphrase", PASS),
                ("login_csrf", &token),
            ]),
            &[(routes::LOGIN_COOKIE, &token)],
        )
        .await;
    assert_eq!(page.status, 502);
    assert!(page.body.contains("could not be reached"), "{}", page.body);
    assert!(page.body.contains(&closed.to_string()));
    // Logged in all the same: the list works on what was fetched before.
    let cookie = page
        .cookies
        .iter()
        .find(|c| c.starts_with(routes::SESSION_COOKIE))
        .unwrap();
    b.session = Some(between(cookie, "=", ";").unwrap().to_owned());
    assert_eq!(b.get("/").await.status, 200);
    desk.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dashboard_and_its_csv_suppress_small_counts() {
    let world = World::new().await;
    let ngo = world.inbox.ngo.hpke_public();
    // Six more English quick screens: "en" reaches 7, above the threshold.
    for _ in 0..6 {
        let (r, s) = make(
            ReportKind::Questionnaire,
            "en",
            questionnaire(
                "quick_screen",
                "en",
                &[("qs_debt", "yes")],
                "medium",
                &["debt_bondage"],
            ),
        );
        assert!(world
            .inbox
            .submit(&sealed(&ngo, r, s))
            .await
            .status()
            .is_success());
    }
    let (desk, b) = logged_in(world.options(), "Ana").await;
    let csv = b.get("/dashboard.csv").await;
    assert_eq!(csv.status, 200);
    assert!(csv.headers["content-disposition"]
        .to_str()
        .unwrap()
        .contains("attachment"));
    let body = csv.body;
    assert!(body.starts_with("chart,key,count\r\n"));
    assert!(body.contains("language,\"en\",7\r\n"), "{body}");
    assert!(body.contains("language,\"uk\",<5\r\n"), "{body}");
    assert!(body.contains("language,\"pt\",<5\r\n"), "{body}");
    assert!(body.contains("indicator,\"debt_bondage\",7\r\n"), "{body}");
    assert!(body.contains("risk,\"medium\",7\r\n"), "{body}");
    assert!(body.contains("risk,\"urgent\",<5\r\n"), "{body}");
    assert!(body.contains("risk,\"high\",0\r\n"), "{body}");
    // No cell anywhere is a count from 1 to 4.
    for line in body.lines().skip(1) {
        let n = line.rsplit(',').next().unwrap();
        assert!(!matches!(n, "1" | "2" | "3" | "4"), "{line}");
    }
    let page = b.get("/dashboard").await;
    assert_eq!(page.status, 200);
    // Five charts; the region chart has nothing to draw (no region question).
    assert_eq!(page.body.matches("<svg").count(), 4);
    assert!(page.body.contains("Nothing to count here yet."));
    assert!(page.body.contains("&lt;5"));
    assert!(!page.body.contains("<script"));
    desk.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_language_follows_the_browser_and_the_switcher() {
    let world = World::new().await;
    let desk = start(world.options()).await;
    let b = Browser::new(&desk);
    let ar = b
        .send(
            b.http
                .get(format!("{}/login", b.base))
                .header("accept-language", "ar-EG,ar;q=0.9"),
            &[],
        )
        .await;
    assert!(ar.body.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(ar.body.contains("تسجيل الدخول"));
    let sw = b
        .send(
            b.http
                .get(format!("{}/login", b.base))
                .header("accept-language", "sw"),
            &[],
        )
        .await;
    assert!(sw.body.contains("<html lang=\"sw\" dir=\"ltr\">"));
    // The switcher sets a cookie and goes back to a local page only.
    let set = b.get("/lang/uk?back=/dashboard").await;
    assert_eq!(set.location, "/dashboard");
    assert!(set.cookies[0].starts_with(&format!("{}=uk", routes::LANG_COOKIE)));
    assert_eq!(b.get("/lang/uk?back=//evil.example/").await.location, "/");
    assert_eq!(
        b.get("/lang/uk?back=https://evil.example/").await.location,
        "/"
    );
    assert!(b.get("/lang/xx").await.cookies.is_empty());
    let uk = b
        .send(
            b.http
                .get(format!("{}/login", b.base))
                .header("accept-language", "en"),
            &[(routes::LANG_COOKIE, "uk")],
        )
        .await;
    assert!(uk.body.contains("<html lang=\"uk\""));
    // Every shipped locale is offered, each in its own name.
    assert!(uk.body.contains(">العربية</a>") && uk.body.contains(">Kiswahili</a>"));
    desk.stop().await;
}
