//! A recording TCP relay on 127.0.0.1: what a network observer between the
//! phone and the inbox sees. Every connection is forwarded byte for byte to
//! one target and recorded in both directions, with the order in which the
//! bytes went; nothing is changed. Over TLS the records are opaque, but
//! their sizes are what an observer measures; over plain HTTP (loopback)
//! the heads are readable too.

use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// One direction of a connection, in the order written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    /// Phone to inbox.
    Up,
    /// Inbox to phone.
    Down,
}

/// One recorded connection.
#[derive(Debug, Clone, Default)]
pub struct Conn {
    /// Every chunk read from either side, in order.
    pub chunks: Vec<(Dir, Vec<u8>)>,
}

impl Conn {
    pub fn bytes(&self, dir: Dir) -> Vec<u8> {
        self.chunks
            .iter()
            .filter(|(d, _)| *d == dir)
            .flat_map(|(_, b)| b.iter().copied())
            .collect()
    }

    pub fn len(&self, dir: Dir) -> usize {
        self.chunks
            .iter()
            .filter(|(d, _)| *d == dir)
            .map(|(_, b)| b.len())
            .sum()
    }

    /// The sizes of the TLS records in one direction (5-byte record
    /// headers: type, version, length). Empty if the bytes are not TLS.
    pub fn tls_records(&self, dir: Dir) -> Vec<(u8, usize)> {
        let bytes = self.bytes(dir);
        let mut out = Vec::new();
        let mut at = 0;
        while at + 5 <= bytes.len() {
            let kind = bytes[at];
            if !(20..=23).contains(&kind) || bytes[at + 1] != 3 {
                return Vec::new();
            }
            let len = usize::from(u16::from_be_bytes([bytes[at + 3], bytes[at + 4]]));
            out.push((kind, len));
            at += 5 + len;
        }
        out
    }

    /// The head of a plain HTTP message in one direction: the first line,
    /// and the header names (lowercased) with their values.
    pub fn http_head(&self, dir: Dir) -> Option<(String, Vec<(String, String)>)> {
        let bytes = self.bytes(dir);
        let end = bytes.windows(4).position(|w| w == b"\r\n\r\n")?;
        let head = std::str::from_utf8(&bytes[..end]).ok()?;
        let mut lines = head.split("\r\n");
        let first = lines.next()?.to_owned();
        let headers = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
            .collect();
        Some((first, headers))
    }
}

pub struct Relay {
    pub addr: SocketAddr,
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    conns: Arc<Mutex<Vec<Arc<Mutex<Conn>>>>>,
    /// Wait this long before connecting each connection upstream (latency).
    pub delay: Arc<Mutex<Duration>>,
    /// Connections not yet closed both ways.
    active: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
}

impl Drop for Relay {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.addr);
    }
}

impl Relay {
    pub fn start(target: SocketAddr) -> Relay {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let relay = Relay {
            addr,
            url: format!("http://{addr}"),
            conns: Arc::default(),
            delay: Arc::new(Mutex::new(Duration::ZERO)),
            active: Arc::new(AtomicUsize::new(0)),
            stop: Arc::new(AtomicBool::new(false)),
        };
        let (conns, delay, active, stop) = (
            relay.conns.clone(),
            relay.delay.clone(),
            relay.active.clone(),
            relay.stop.clone(),
        );
        std::thread::spawn(move || {
            for client in listener.incoming() {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(client) = client else { continue };
                let conn = Arc::new(Mutex::new(Conn::default()));
                conns.lock().unwrap().push(conn.clone());
                let pause = *delay.lock().unwrap();
                active.fetch_add(1, Ordering::SeqCst);
                let active = active.clone();
                std::thread::spawn(move || {
                    let _done = Done(active);
                    if !pause.is_zero() {
                        std::thread::sleep(pause);
                    }
                    let Ok(upstream) = TcpStream::connect(target) else {
                        return;
                    };
                    let _ = client.set_nodelay(true);
                    let _ = upstream.set_nodelay(true);
                    let (c2, u2) = (client.try_clone().unwrap(), upstream.try_clone().unwrap());
                    let up_conn = conn.clone();
                    let t = std::thread::spawn(move || pump(c2, u2, Dir::Up, &up_conn));
                    pump(upstream, client, Dir::Down, &conn);
                    let _ = t.join();
                });
            }
        });
        relay
    }

    /// Every connection so far, in the order they were opened.
    pub fn connections(&self) -> Vec<Conn> {
        self.conns
            .lock()
            .unwrap()
            .iter()
            .map(|c| c.lock().unwrap().clone())
            .collect()
    }

    /// Forgets what was recorded.
    pub fn clear(&self) {
        self.conns.lock().unwrap().clear();
    }

    /// Total bytes (up, down) over every connection.
    pub fn totals(&self) -> (usize, usize) {
        self.connections().iter().fold((0, 0), |(u, d), c| {
            (u + c.len(Dir::Up), d + c.len(Dir::Down))
        })
    }

    /// Waits until every connection so far has been closed by both sides
    /// (the recordings are complete), for at most 10 s.
    pub fn settle(&self) {
        let start = std::time::Instant::now();
        while self.active.load(Ordering::SeqCst) > 0 && start.elapsed() < Duration::from_secs(10) {
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}

/// Counts a connection as closed when its thread ends.
struct Done(Arc<AtomicUsize>);

impl Drop for Done {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

fn pump(mut from: TcpStream, mut to: TcpStream, dir: Dir, conn: &Mutex<Conn>) {
    let mut buf = [0u8; 16 * 1024];
    loop {
        match from.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                conn.lock().unwrap().chunks.push((dir, buf[..n].to_vec()));
                if to.write_all(&buf[..n]).is_err() {
                    break;
                }
            }
        }
    }
    let _ = to.shutdown(Shutdown::Write);
}
