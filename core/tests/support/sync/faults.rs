//! A fault-injecting HTTP proxy between the device and the inbox, on
//! 127.0.0.1, written on a raw `TcpListener` (optionally behind TLS with a
//! generated certificate). Each connection reads one request and then does
//! what the current [`Fault`] says.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

use super::http;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Forward faithfully.
    Pass,
    /// Answer 500 without forwarding (the inbox never saw it).
    Status500,
    /// Forward, then answer 500: the inbox stored it, the device can't know.
    StoredThen500,
    /// Forward, then wait this long before answering (beyond the timeouts).
    SlowAnswer(Duration),
    /// Read the head and part of the body, then close with unread data
    /// (the kernel sends a RST): the upload breaks mid-way.
    ResetMidUpload,
    /// Forward, then send only half of the answer and close.
    TruncatedAnswer,
    /// Answer with bytes that are not HTTP at all.
    GarbageBytes,
    /// Answer 200 with a body that is not JSON.
    GarbageBody,
    /// Forward, then flip a character of the receipt's signature.
    BadReceiptSignature,
    /// Forward, then answer with a huge body (over the size limits).
    HugeAnswer,
}

pub struct FaultProxy {
    pub addr: SocketAddr,
    /// `http://127.0.0.1:PORT` or `https://127.0.0.1:PORT`.
    pub url: String,
    fault: Arc<Mutex<Fault>>,
    /// Requests received.
    pub requests: Arc<AtomicU32>,
    stop: Arc<AtomicBool>,
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.addr);
    }
}

/// A test CA and a server certificate for 127.0.0.1 that it signed.
pub struct TestTls {
    pub ca_der: Vec<u8>,
    pub cert_der: Vec<u8>,
    pub key_der: Vec<u8>,
}

impl TestTls {
    pub fn generate() -> TestTls {
        Self::generate_with(rcgen::KeyPair::generate().unwrap())
    }

    /// A server key whose handshake signatures always have one size
    /// (Ed25519: 64 bytes; an ECDSA signature's DER length varies by a byte
    /// or two from one handshake to the next, at random).
    pub fn generate_ed25519() -> TestTls {
        Self::generate_with(rcgen::KeyPair::generate_for(&rcgen::PKCS_ED25519).unwrap())
    }

    fn generate_with(key: rcgen::KeyPair) -> TestTls {
        use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, IsCa, KeyPair, SanType};
        let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        let ca = CertifiedIssuer::self_signed(ca_params, KeyPair::generate().unwrap()).unwrap();
        let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
        params.subject_alt_names = vec![SanType::IpAddress("127.0.0.1".parse().unwrap())];
        let cert = params.signed_by(&key, &ca).unwrap();
        TestTls {
            ca_der: ca.der().to_vec(),
            cert_der: cert.der().to_vec(),
            key_der: key.serialize_der(),
        }
    }

    /// A rustls server config with this certificate and rustls's defaults
    /// (session tickets and a session cache on: a client that resumed
    /// sessions would show it).
    pub fn server_config(&self) -> Arc<rustls::ServerConfig> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(
                vec![CertificateDer::from(self.cert_der.clone())],
                PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(self.key_der.clone())),
            )
            .unwrap();
        Arc::new(config)
    }
}

impl FaultProxy {
    pub fn start(upstream: SocketAddr) -> FaultProxy {
        Self::start_inner(upstream, None)
    }

    /// The same, behind TLS with `tls`'s certificate.
    pub fn start_tls(upstream: SocketAddr, tls: &TestTls) -> FaultProxy {
        Self::start_inner(upstream, Some(tls.server_config()))
    }

    fn start_inner(upstream: SocketAddr, tls: Option<Arc<rustls::ServerConfig>>) -> FaultProxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let scheme = if tls.is_some() { "https" } else { "http" };
        let proxy = FaultProxy {
            addr,
            url: format!("{scheme}://{addr}"),
            fault: Arc::new(Mutex::new(Fault::Pass)),
            requests: Arc::new(AtomicU32::new(0)),
            stop: Arc::new(AtomicBool::new(false)),
        };
        let (fault, requests, stop) = (
            proxy.fault.clone(),
            proxy.requests.clone(),
            proxy.stop.clone(),
        );
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(conn) = conn else { continue };
                let fault = *fault.lock().unwrap();
                let (tls, requests) = (tls.clone(), requests.clone());
                std::thread::spawn(move || {
                    let _ = conn.set_read_timeout(Some(Duration::from_secs(10)));
                    match tls {
                        Some(config) => {
                            let Ok(server) = rustls::ServerConnection::new(config) else {
                                return;
                            };
                            let mut stream = rustls::StreamOwned::new(server, conn);
                            serve(&mut stream, fault, upstream, &requests);
                        }
                        None => {
                            let mut stream = conn;
                            serve(&mut stream, fault, upstream, &requests);
                        }
                    }
                });
            }
        });
        proxy
    }

    pub fn set(&self, fault: Fault) {
        *self.fault.lock().unwrap() = fault;
    }
}

fn forward(upstream: SocketAddr, raw: &[u8]) -> Vec<u8> {
    let mut up = TcpStream::connect(upstream).unwrap();
    // One request per connection: ask the upstream to close after its answer
    // (a keep-alive server such as the real inbox would otherwise leave
    // `read_to_end` waiting).
    match raw.windows(2).position(|w| w == b"\r\n") {
        Some(end) => {
            up.write_all(&raw[..end + 2]).unwrap();
            up.write_all(b"connection: close\r\n").unwrap();
            up.write_all(&raw[end + 2..]).unwrap();
        }
        None => up.write_all(raw).unwrap(),
    }
    let mut answer = Vec::new();
    let _ = up.read_to_end(&mut answer);
    answer
}

fn serve(
    stream: &mut (impl Read + Write),
    fault: Fault,
    upstream: SocketAddr,
    requests: &AtomicU32,
) {
    if fault == Fault::ResetMidUpload {
        // Take the head and a little of the body, then drop the socket with
        // the rest unread.
        let _ = http::read_head(stream);
        requests.fetch_add(1, Ordering::SeqCst);
        return;
    }
    let Some(req) = http::read_request(stream, 1 << 20) else {
        return;
    };
    requests.fetch_add(1, Ordering::SeqCst);
    match fault {
        Fault::ResetMidUpload => {}
        Fault::Pass => http::write_all(stream, &forward(upstream, &req.raw)),
        Fault::Status500 => {
            http::write_all(stream, &http::response(500, br#"{"error":"unavailable"}"#))
        }
        Fault::StoredThen500 => {
            forward(upstream, &req.raw);
            http::write_all(stream, &http::response(500, br#"{"error":"unavailable"}"#));
        }
        Fault::SlowAnswer(pause) => {
            let answer = forward(upstream, &req.raw);
            std::thread::sleep(pause);
            http::write_all(stream, &answer);
        }
        Fault::TruncatedAnswer => {
            let answer = forward(upstream, &req.raw);
            http::write_all(stream, &answer[..answer.len() - answer.len() / 3]);
        }
        Fault::GarbageBytes => {
            http::write_all(stream, b"\x16\x03\x01garbage\x00\xff not http\r\n\r\n")
        }
        Fault::GarbageBody => http::write_all(stream, &http::response(201, b"<html>hello</html>")),
        Fault::BadReceiptSignature => {
            let answer = forward(upstream, &req.raw);
            let (status, body) = http::parse_response(&answer).unwrap();
            let mut receipt: serde_json::Value = serde_json::from_slice(&body).unwrap();
            if let Some(sig) = receipt.get_mut("signature") {
                let mut s = sig.as_str().unwrap().to_owned();
                let flipped = if s.starts_with('0') { "1" } else { "0" };
                s.replace_range(0..1, flipped);
                *sig = serde_json::Value::String(s);
            }
            http::write_all(
                stream,
                &http::response(status, receipt.to_string().as_bytes()),
            );
        }
        Fault::HugeAnswer => {
            forward(upstream, &req.raw);
            let head = "HTTP/1.1 201 Created\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n";
            http::write_all(stream, head.as_bytes());
            let chunk = vec![b' '; 64 * 1024];
            for _ in 0..(waymark_core::sync::wire::MAX_JSON_LEN / chunk.len() + 8) {
                if stream.write_all(&chunk).is_err() {
                    return;
                }
            }
        }
    }
}

/// A port on 127.0.0.1 with nothing listening: "server down".
pub fn closed_port() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap()
}
