//! The desk's state: locked or unlocked, the sessions, and the work that
//! needs the keys (pull, reply, casework).

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, RwLock, RwLockReadGuard};
use std::time::{Duration, Instant};

use chrono::Utc;
use zeroize::Zeroizing;

use super::casework::{CaseState, Casework, EventKind, Status};
use super::forms::Forms;
use super::lang::Languages;
use super::triage::{CaseLookup, Reports};
use super::{DeskError, DeskOptions};
use crate::keyfile::{self, NgoSecrets};
use crate::ngo::{self, archive::Archive, client::InboxClient};

/// Subfolder of the store with the sealed envelopes.
const ARCHIVE_DIR: &str = "archive";
/// Longest caseworker name kept.
pub const MAX_NAME_CHARS: usize = 60;
/// Longest note kept.
pub const MAX_NOTE_CHARS: usize = 20_000;

/// What exists only while the desk is unlocked.
pub struct Unlocked {
    pub secrets: NgoSecrets,
    client: InboxClient,
    archive: Archive,
    pub casework: Casework,
    reports: RwLock<Reports>,
    states: RwLock<HashMap<String, CaseState>>,
}

impl Unlocked {
    pub fn reports(&self) -> RwLockReadGuard<'_, Reports> {
        match self.reports.read() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        }
    }

    pub fn states(&self) -> RwLockReadGuard<'_, HashMap<String, CaseState>> {
        match self.states.read() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        }
    }

    fn refresh_states(&self) -> Result<(), DeskError> {
        let fresh: HashMap<String, CaseState> = self.casework.states()?.into_iter().collect();
        if let Ok(mut s) = self.states.write() {
            *s = fresh;
        }
        Ok(())
    }

    /// Records a casework event and refreshes the list's view of it.
    pub fn record(
        &self,
        report_id: &str,
        kind: EventKind,
        who: &str,
        body: &str,
    ) -> Result<(), DeskError> {
        if self.reports().get(report_id).is_none() {
            return Err(DeskError::UnknownReport);
        }
        self.casework
            .record(report_id, kind, who, body, Utc::now())?;
        self.refresh_states()
    }
}

/// The casework view the list's filters need.
pub struct StateLookup<'a>(pub &'a HashMap<String, CaseState>);

impl CaseLookup for StateLookup<'_> {
    fn status_code(&self, report_id: &str) -> &'static str {
        self.0
            .get(report_id)
            .map_or(Status::New, |s| s.status)
            .code()
    }

    fn answered(&self, report_id: &str) -> bool {
        self.0.get(report_id).is_some_and(|s| s.replies > 0)
    }
}

/// A logged-in browser.
#[derive(Clone)]
pub struct Session {
    pub user: String,
    pub csrf: String,
    last_seen: Instant,
}

/// What a request's session cookie found.
pub enum SessionCheck {
    Valid(Session),
    /// A cookie for a session that idled out (or a desk that locked).
    Expired,
    None,
}

pub struct Desk {
    options: DeskOptions,
    /// The desk's own address (for the Host check).
    addr: SocketAddr,
    pub forms: Arc<Forms>,
    pub languages: Languages,
    /// Every shipped locale with its own name.
    pub language_names: Arc<Vec<(String, String)>>,
    unlocked: RwLock<Option<Arc<Unlocked>>>,
    sessions: Mutex<HashMap<String, Session>>,
    /// Tokens of sessions that ended by idling, so the login page can say so.
    expired: Mutex<Vec<String>>,
    /// Serialises unlock and pull.
    unlocking: tokio::sync::Mutex<()>,
}

fn random_token() -> String {
    let mut bytes = [0u8; 32];
    let _ = ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut bytes);
    waymark_core::hex::encode(&bytes)
}

impl Desk {
    pub fn new(options: DeskOptions, addr: SocketAddr) -> Desk {
        let languages = Languages::default();
        let language_names = Arc::new(
            languages
                .available()
                .iter()
                .map(|code| {
                    (
                        code.clone(),
                        languages.localizer(code).text("desk-language-name", &[]),
                    )
                })
                .collect(),
        );
        Desk {
            options,
            addr,
            forms: Arc::new(Forms::builtin()),
            languages,
            language_names,
            unlocked: RwLock::new(None),
            sessions: Mutex::new(HashMap::new()),
            expired: Mutex::new(Vec::new()),
            unlocking: tokio::sync::Mutex::new(()),
        }
    }

    pub fn options(&self) -> &DeskOptions {
        &self.options
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn unlocked(&self) -> Option<Arc<Unlocked>> {
        match self.unlocked.read() {
            Ok(g) => g.clone(),
            Err(p) => p.into_inner().clone(),
        }
    }

    pub fn is_unlocked(&self) -> bool {
        self.unlocked().is_some()
    }

    /// Drops the keys and every opened report, and ends every session.
    pub fn lock(&self) {
        if let Ok(mut s) = self.sessions.lock() {
            let tokens: Vec<String> = s.drain().map(|(t, _)| t).collect();
            if let Ok(mut e) = self.expired.lock() {
                e.extend(tokens);
            }
        }
        let taken = match self.unlocked.write() {
            Ok(mut g) => g.take(),
            Err(p) => p.into_inner().take(),
        };
        if let Some(u) = taken {
            let _ = u.casework.checkpoint();
        }
    }

    /// Checks a session cookie's token and marks the session active.
    pub fn session(&self, token: Option<&str>) -> SessionCheck {
        let Some(token) = token else {
            return SessionCheck::None;
        };
        let idle = self.options.idle;
        let mut sessions = match self.sessions.lock() {
            Ok(s) => s,
            Err(p) => p.into_inner(),
        };
        match sessions.get_mut(token) {
            Some(s) if s.last_seen.elapsed() <= idle && self.is_unlocked() => {
                s.last_seen = Instant::now();
                SessionCheck::Valid(s.clone())
            }
            Some(_) => {
                sessions.remove(token);
                if let Ok(mut e) = self.expired.lock() {
                    e.push(token.to_owned());
                }
                SessionCheck::Expired
            }
            None => {
                let was = self
                    .expired
                    .lock()
                    .map(|e| e.iter().any(|t| t == token))
                    .unwrap_or(false);
                if was {
                    SessionCheck::Expired
                } else {
                    SessionCheck::None
                }
            }
        }
    }

    pub fn end_session(&self, token: &str) {
        if let Ok(mut s) = self.sessions.lock() {
            s.remove(token);
        }
        self.sweep();
    }

    /// Ends idle sessions; locks when none is left.
    pub fn sweep(&self) {
        let idle = self.options.idle;
        let left = match self.sessions.lock() {
            Ok(mut s) => {
                let gone: Vec<String> = s
                    .iter()
                    .filter(|(_, v)| v.last_seen.elapsed() > idle)
                    .map(|(k, _)| k.clone())
                    .collect();
                for t in &gone {
                    s.remove(t);
                }
                if let Ok(mut e) = self.expired.lock() {
                    e.extend(gone);
                    // Only recent ones matter for the login page's message.
                    let excess = e.len().saturating_sub(256);
                    e.drain(..excess);
                }
                s.len()
            }
            Err(_) => 0,
        };
        if left == 0 && self.is_unlocked() {
            self.lock();
        }
    }

    pub fn sweep_interval(&self) -> Duration {
        (self.options.idle / 4).clamp(Duration::from_millis(200), Duration::from_secs(30))
    }

    /// Logs a caseworker in: checks the passphrase against the key file
    /// (every time), unlocks the desk if it is locked, and returns the new
    /// session's token. Blocking work runs off the async threads.
    pub async fn login(
        &self,
        user: &str,
        passphrase: Zeroizing<String>,
    ) -> Result<String, DeskError> {
        let keys = self.options.keys.clone();
        let secrets = tokio::task::spawn_blocking(move || -> Result<NgoSecrets, DeskError> {
            let bytes = std::fs::read(&keys).map_err(|_| DeskError::KeyFileMissing)?;
            Ok(keyfile::open(&bytes, &passphrase)?)
        })
        .await
        .map_err(|_| DeskError::Store)??;
        {
            let _guard = self.unlocking.lock().await;
            match self.unlocked() {
                Some(u) if u.secrets.hpke.public_key() != secrets.hpke.public_key() => {
                    // Another key file than the one the desk runs on.
                    return Err(DeskError::StoreForeign);
                }
                Some(_) => {}
                None => {
                    let store = self.options.store.clone();
                    let forms = self.forms.clone();
                    let (secrets, archive, casework, reports) =
                        tokio::task::spawn_blocking(move || {
                            let archive = Archive::open(&store.join(ARCHIVE_DIR))?;
                            let casework = Casework::open(&store, &secrets.hpke)?;
                            let reports = Reports::open(&archive, &secrets.hpke, &forms)?;
                            Ok::<_, DeskError>((secrets, archive, casework, reports))
                        })
                        .await
                        .map_err(|_| DeskError::Store)??;
                    let client = InboxClient::new(&self.options.server, &secrets.ngo_token)?;
                    let unlocked = Unlocked {
                        secrets,
                        client,
                        archive,
                        casework,
                        reports: RwLock::new(reports),
                        states: RwLock::new(HashMap::new()),
                    };
                    unlocked.refresh_states()?;
                    if let Ok(mut g) = self.unlocked.write() {
                        *g = Some(Arc::new(unlocked));
                    }
                }
            }
        }
        let token = random_token();
        let name: String = user.trim().chars().take(MAX_NAME_CHARS).collect();
        if let Ok(mut s) = self.sessions.lock() {
            s.insert(
                token.clone(),
                Session {
                    user: name,
                    csrf: random_token(),
                    last_seen: Instant::now(),
                },
            );
        }
        Ok(token)
    }

    /// Downloads new envelopes and re-opens the archive. Returns how many
    /// were new.
    pub async fn pull(&self) -> Result<usize, DeskError> {
        let u = self.unlocked().ok_or(DeskError::Store)?;
        let _guard = self.unlocking.lock().await;
        let fetched = ngo::pull(&u.client, &u.archive, &u.secrets.hpke).await?;
        if fetched > 0 {
            let forms = self.forms.clone();
            let opener = u.clone();
            let reports = tokio::task::spawn_blocking(move || {
                Reports::open(&opener.archive, &opener.secrets.hpke, &forms)
            })
            .await
            .map_err(|_| DeskError::Archive)??;
            if let Ok(mut r) = u.reports.write() {
                *r = reports;
            }
        }
        Ok(fetched)
    }

    /// Seals `text` to report `report_id`'s reply key and posts it, exactly
    /// as `waymark-inbox reply` does, then records it in the thread.
    pub async fn reply(&self, report_id: &str, who: &str, text: &str) -> Result<(), DeskError> {
        let u = self.unlocked().ok_or(DeskError::Store)?;
        if u.reports().get(report_id).is_none() {
            return Err(DeskError::UnknownReport);
        }
        ngo::reply(&u.client, &u.archive, &u.secrets.hpke, report_id, text).await?;
        u.record(report_id, EventKind::Reply, who, text)
    }

    /// Which Host header values are this desk (DNS rebinding defence).
    pub fn host_allowed(&self, host: &str) -> bool {
        let port = self.addr.port();
        let allowed = [
            format!("127.0.0.1:{port}"),
            format!("localhost:{port}"),
            format!("[::1]:{port}"),
            self.addr.to_string(),
        ];
        allowed.iter().any(|a| a.eq_ignore_ascii_case(host))
    }

    /// The new-session CSRF secret for forms before login.
    pub fn new_token() -> String {
        random_token()
    }
}
