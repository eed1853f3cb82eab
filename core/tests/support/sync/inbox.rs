//! "The inbox" for the device-side tests: a small, spec-conformant server for
//! `waymark_core::sync::wire` on 127.0.0.1, used ONLY because the real inbox
//! crate (`inbox/`) is being written in parallel. Tests reach it through
//! [`start_inbox`] and the [`Inbox`] methods, which use the wire API itself
//! (NGO pull and reply endpoints included), so switching to the real inbox
//! means changing `start_inbox` alone.
//!
//! Rules it follows (wire.rs): idempotent submit by report id (same bytes →
//! the same receipt again; other bytes under a known id → 409); the envelope
//! header and bucket length are checked; dummies get a signed receipt and are
//! not stored; replies by lookup id; the NGO endpoints need a bearer token.

use std::collections::BTreeMap;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use waymark_core::content::SigningKey;
use waymark_core::envelope::{self, NgoPrivateKey, Report};
use waymark_core::sync::wire::{self, DirectoryEntry, SignedDirectory};

use super::http;

pub const NGO_TOKEN: &str = "test-ngo-token";

#[derive(Default)]
pub struct InboxState {
    /// report id → (seq, day, envelope, reply lookup)
    pub stored: BTreeMap<String, (u64, String, Vec<u8>, String)>,
    /// lookup → replies
    pub replies: BTreeMap<String, Vec<wire::ReplyItem>>,
    pub directory: Option<SignedDirectory>,
    pub next_seq: u64,
}

/// Counters and what the server saw, for assertions.
#[derive(Default)]
pub struct Seen {
    pub submissions: AtomicU32,
    pub dummies: AtomicU32,
    pub duplicates: AtomicU32,
    /// Every request's headers (names lowercased).
    pub headers: Mutex<Vec<Vec<(String, String)>>>,
    /// HTTP bytes received (heads and bodies) and sent back.
    pub bytes_in: AtomicU64,
    pub bytes_out: AtomicU64,
}

pub struct Inbox {
    pub addr: SocketAddr,
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    /// The NGO's directory signing key (what phones trust), 64 hex.
    pub signing_key_hex: String,
    signing_key: Arc<SigningKey>,
    /// The NGO's HPKE private key (kept by the NGO, never on the server: the
    /// tests play the NGO too).
    pub ngo_private: NgoPrivateKey,
    pub state: Arc<Mutex<InboxState>>,
    pub seen: Arc<Seen>,
    /// Extra delay before each answer (to widen the kill test's windows).
    pub delay: Arc<Mutex<Duration>>,
    stop: Arc<AtomicBool>,
}

impl Drop for Inbox {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.addr);
    }
}

fn today() -> String {
    chrono::Utc::now().format("%Y-%m-%d").to_string()
}

/// Starts the inbox on 127.0.0.1 and returns it with its keys. Its
/// directory lists its own URL and no pins, valid until 2099.
pub fn start_inbox() -> Inbox {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    // One key signs both the directory and the receipts here; a real NGO
    // may use two.
    let signing_key =
        Arc::new(SigningKey::from_pkcs8(&SigningKey::generate_pkcs8().unwrap()).unwrap());
    let ngo_private = NgoPrivateKey::generate();
    let inbox = Inbox {
        addr,
        url: format!("http://{addr}"),
        signing_key_hex: signing_key.public_key().to_hex(),
        signing_key: signing_key.clone(),
        ngo_private,
        state: Arc::new(Mutex::new(InboxState::default())),
        seen: Arc::new(Seen::default()),
        delay: Arc::new(Mutex::new(Duration::ZERO)),
        stop: Arc::new(AtomicBool::new(false)),
    };
    let directory = inbox.directory(vec![inbox.url.clone()], vec![]);
    inbox.state.lock().unwrap().directory = Some(directory);
    let (state, seen, delay, stop, key) = (
        inbox.state.clone(),
        inbox.seen.clone(),
        inbox.delay.clone(),
        inbox.stop.clone(),
        signing_key,
    );
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            if stop.load(Ordering::SeqCst) {
                break;
            }
            let Ok(mut conn) = conn else { continue };
            let (state, seen, delay, key) =
                (state.clone(), seen.clone(), delay.clone(), key.clone());
            std::thread::spawn(move || {
                let _ = conn.set_read_timeout(Some(Duration::from_secs(10)));
                let Some(req) = http::read_request(&mut conn, wire::MAX_ENVELOPE_LEN + 1024) else {
                    http::write_all(&mut conn, &http::response(400, br#"{"error":"malformed"}"#));
                    return;
                };
                seen.headers.lock().unwrap().push(req.headers.clone());
                seen.bytes_in
                    .fetch_add(req.raw.len() as u64, Ordering::Relaxed);
                let answer = handle(&req, &state, &seen, &key);
                seen.bytes_out
                    .fetch_add(answer.len() as u64, Ordering::Relaxed);
                let pause = *delay.lock().unwrap();
                if !pause.is_zero() {
                    std::thread::sleep(pause);
                }
                http::write_all(&mut conn, &answer);
            });
        }
    });
    inbox
}

fn error(status: u16, code: &str) -> Vec<u8> {
    http::response(status, format!(r#"{{"error":"{code}"}}"#).as_bytes())
}

fn handle(
    req: &http::Request,
    state: &Mutex<InboxState>,
    seen: &Seen,
    key: &SigningKey,
) -> Vec<u8> {
    let path = req.path.split('?').next().unwrap_or("");
    match (req.method.as_str(), path) {
        ("GET", wire::DIRECTORY_PATH) => match &state.lock().unwrap().directory {
            Some(d) => http::response(200, serde_json::to_string(d).unwrap().as_bytes()),
            None => error(404, "not_found"),
        },
        ("POST", wire::SUBMIT_PATH) => submit(req, state, seen, key),
        ("POST", wire::REPLIES_PATH) => {
            let Ok(ask) = serde_json::from_slice::<wire::FetchRepliesRequest>(&req.body) else {
                return error(400, "malformed");
            };
            if wire::parse_lookup_id(&ask.lookup).is_none() {
                return error(400, "malformed");
            }
            let replies = state
                .lock()
                .unwrap()
                .replies
                .get(&ask.lookup)
                .cloned()
                .unwrap_or_default();
            let body = serde_json::to_vec(&wire::RepliesResponse { replies }).unwrap();
            http::response(200, &body)
        }
        ("GET", wire::NGO_ENVELOPES_PATH) | ("POST", wire::NGO_REPLIES_PATH)
            if req.header("authorization") != Some(&format!("Bearer {NGO_TOKEN}")) =>
        {
            error(401, "unauthorized")
        }
        ("GET", wire::NGO_ENVELOPES_PATH) => {
            let query = req.path.split_once('?').map(|(_, q)| q).unwrap_or("");
            let param = |name: &str| {
                query
                    .split('&')
                    .filter_map(|kv| kv.split_once('='))
                    .find(|(k, _)| *k == name)
                    .and_then(|(_, v)| v.parse::<u64>().ok())
            };
            let after = param("after").unwrap_or(0);
            let limit = param("limit")
                .unwrap_or(8)
                .min(u64::from(wire::MAX_PULL_LIMIT)) as usize;
            let st = state.lock().unwrap();
            let mut page: Vec<wire::PulledEnvelope> = st
                .stored
                .iter()
                .filter(|(_, (seq, ..))| *seq > after)
                .map(|(id, (seq, day, env, _))| wire::PulledEnvelope {
                    seq: *seq,
                    report_id: id.clone(),
                    day: day.clone(),
                    envelope: env.clone(),
                })
                .collect();
            page.sort_by_key(|p| p.seq);
            page.truncate(limit);
            let next_after = page.last().map_or(after, |p| p.seq);
            let body = serde_json::to_vec(&wire::PullResponse {
                envelopes: page,
                next_after,
            })
            .unwrap();
            http::response(200, &body)
        }
        ("POST", wire::NGO_REPLIES_PATH) => {
            let Ok(post) = serde_json::from_slice::<wire::PostReplyRequest>(&req.body) else {
                return error(400, "malformed");
            };
            let mut st = state.lock().unwrap();
            let Some((_, _, _, lookup)) = st.stored.get(&post.report_id).cloned() else {
                return error(404, "not_found");
            };
            let id = waymark_core::hex::encode(&rand16());
            st.replies.entry(lookup).or_default().push(wire::ReplyItem {
                id,
                day: today(),
                sealed: post.sealed,
            });
            http::response(201, b"{}")
        }
        _ => error(404, "not_found"),
    }
}

fn rand16() -> [u8; 16] {
    // Report ids are random 16 bytes too; reuse the envelope's generator.
    envelope::ReportId::random().bytes
}

fn submit(
    req: &http::Request,
    state: &Mutex<InboxState>,
    seen: &Seen,
    key: &SigningKey,
) -> Vec<u8> {
    let (Some(id), Some(lookup)) = (
        req.header(wire::HEADER_REPORT_ID)
            .and_then(wire::parse_report_id),
        req.header(wire::HEADER_REPLY_LOOKUP)
            .filter(|l| wire::parse_lookup_id(l).is_some()),
    ) else {
        return error(400, "malformed");
    };
    if req.body.len() > wire::MAX_ENVELOPE_LEN {
        return error(413, "too_large");
    }
    match envelope::peek_header(&req.body) {
        Ok(h) if h.bucket.envelope_len() == req.body.len() => {}
        _ => return error(400, "malformed"),
    }
    seen.submissions.fetch_add(1, Ordering::SeqCst);
    let day = today();
    let receipt = wire::Receipt::sign(key, &id, &req.body, &day);
    let ok = |status| http::response(status, serde_json::to_string(&receipt).unwrap().as_bytes());
    if req.header(wire::HEADER_DUMMY) == Some("1") {
        seen.dummies.fetch_add(1, Ordering::SeqCst);
        return ok(201);
    }
    let hex_id = waymark_core::hex::encode(&id);
    let mut st = state.lock().unwrap();
    if let Some((_, stored_day, env, _)) = st.stored.get(&hex_id) {
        seen.duplicates.fetch_add(1, Ordering::SeqCst);
        if *env != req.body {
            return error(409, "conflict");
        }
        let again = wire::Receipt::sign(key, &id, env, stored_day);
        return http::response(200, serde_json::to_string(&again).unwrap().as_bytes());
    }
    st.next_seq += 1;
    let seq = st.next_seq;
    st.stored
        .insert(hex_id, (seq, day, req.body.clone(), lookup.to_owned()));
    ok(201)
}

impl Inbox {
    /// A directory entry for this NGO, signed with its key.
    pub fn directory(&self, endpoints: Vec<String>, pins: Vec<String>) -> SignedDirectory {
        let entry = DirectoryEntry {
            format: wire::DIRECTORY_FORMAT,
            ngo_id: "org.example.test-inbox".into(),
            name: "Test inbox".into(),
            endpoints,
            hpke_public_key: waymark_core::hex::encode(&self.ngo_private.public_key().bytes),
            receipt_key: self.signing_key.public_key().to_hex(),
            tls_spki_sha256: pins,
            max_envelope_len: wire::MAX_ENVELOPE_LEN as u32,
            accepts_dummy: true,
            expires: "2099-12-31".into(),
        };
        SignedDirectory::sign(entry, &self.signing_key).unwrap()
    }

    /// Serves `directory` at /v1/directory from now on.
    pub fn serve_directory(&self, directory: SignedDirectory) {
        self.state.lock().unwrap().directory = Some(directory);
    }

    /// Receipt-signing key that is NOT this NGO's (for bad-signature tests).
    pub fn foreign_key() -> SigningKey {
        SigningKey::from_pkcs8(&SigningKey::generate_pkcs8().unwrap()).unwrap()
    }

    /// The NGO pulls every stored envelope through the NGO API and opens
    /// them: report id → report.
    pub fn pull_reports(&self) -> BTreeMap<String, Report> {
        let mut out = BTreeMap::new();
        let mut after = 0;
        loop {
            let path = format!(
                "{}?after={after}&limit={}",
                wire::NGO_ENVELOPES_PATH,
                wire::MAX_PULL_LIMIT
            );
            let (status, body) = self.request("GET", &path, &[], true);
            assert_eq!(status, 200);
            let page: wire::PullResponse = serde_json::from_slice(&body).unwrap();
            if page.envelopes.is_empty() {
                return out;
            }
            for p in page.envelopes {
                let report =
                    envelope::open(&p.envelope, &self.ngo_private).expect("stored envelope opens");
                assert_eq!(report.id.to_hex(), p.report_id);
                assert!(
                    out.insert(p.report_id, report).is_none(),
                    "duplicate in the inbox"
                );
            }
            after = page.next_after;
        }
    }

    /// The NGO answers a report, sealed to its reply key.
    pub fn reply(&self, report: &Report, text: &str) {
        let sealed = envelope::seal_reply(text, &report.reply_key).unwrap();
        let body = serde_json::to_vec(&wire::PostReplyRequest {
            report_id: report.id.to_hex(),
            sealed,
        })
        .unwrap();
        let (status, _) = self.request("POST", wire::NGO_REPLIES_PATH, &body, true);
        assert_eq!(status, 201);
    }

    /// Number of envelopes stored (not dummies, not duplicates).
    pub fn stored_count(&self) -> usize {
        self.state.lock().unwrap().stored.len()
    }

    fn request(&self, method: &str, path: &str, body: &[u8], ngo: bool) -> (u16, Vec<u8>) {
        use std::io::{Read, Write};
        let mut conn = TcpStream::connect(self.addr).unwrap();
        let auth = if ngo {
            format!("authorization: Bearer {NGO_TOKEN}\r\n")
        } else {
            String::new()
        };
        let head = format!(
            "{method} {path} HTTP/1.1\r\nhost: {}\r\n{auth}content-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
            self.addr,
            body.len()
        );
        conn.write_all(head.as_bytes()).unwrap();
        conn.write_all(body).unwrap();
        let mut raw = Vec::new();
        conn.read_to_end(&mut raw).unwrap();
        http::parse_response(&raw).unwrap()
    }
}
