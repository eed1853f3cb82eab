//! A minimal SOCKS5 proxy on 127.0.0.1 (no authentication, CONNECT only)
//! that sends every connection to one loopback target, and records the
//! host names it was asked for: proof that the phone let the proxy resolve
//! them (SOCKS5h) instead of resolving them itself.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

pub struct SocksProxy {
    pub addr: SocketAddr,
    /// Domain names requested (address type 3). IPs requested go to `ips`.
    pub domains: Arc<Mutex<Vec<String>>>,
    pub ips: Arc<Mutex<Vec<String>>>,
}

impl SocksProxy {
    pub fn start(target: SocketAddr) -> SocksProxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let proxy = SocksProxy {
            addr: listener.local_addr().unwrap(),
            domains: Arc::default(),
            ips: Arc::default(),
        };
        let (domains, ips) = (proxy.domains.clone(), proxy.ips.clone());
        std::thread::spawn(move || {
            for conn in listener.incoming().flatten() {
                let (domains, ips) = (domains.clone(), ips.clone());
                std::thread::spawn(move || {
                    let _ = relay(conn, target, &domains, &ips);
                });
            }
        });
        proxy
    }
}

fn relay(
    mut client: TcpStream,
    target: SocketAddr,
    domains: &Mutex<Vec<String>>,
    ips: &Mutex<Vec<String>>,
) -> std::io::Result<()> {
    let mut b = [0u8; 2];
    client.read_exact(&mut b)?; // version 5, n methods
    let mut methods = vec![0u8; b[1] as usize];
    client.read_exact(&mut methods)?;
    client.write_all(&[5, 0])?; // no authentication
    let mut req = [0u8; 4];
    client.read_exact(&mut req)?; // 5, CONNECT, 0, atyp
    match req[3] {
        3 => {
            let mut len = [0u8; 1];
            client.read_exact(&mut len)?;
            let mut name = vec![0u8; len[0] as usize];
            client.read_exact(&mut name)?;
            domains
                .lock()
                .unwrap()
                .push(String::from_utf8_lossy(&name).into_owned());
        }
        1 => {
            let mut ip = [0u8; 4];
            client.read_exact(&mut ip)?;
            ips.lock()
                .unwrap()
                .push(format!("{}.{}.{}.{}", ip[0], ip[1], ip[2], ip[3]));
        }
        _ => {
            let mut ip = [0u8; 16];
            client.read_exact(&mut ip)?;
            ips.lock().unwrap().push("ipv6".into());
        }
    }
    let mut port = [0u8; 2];
    client.read_exact(&mut port)?;
    let upstream = TcpStream::connect(target)?;
    client.write_all(&[5, 0, 0, 1, 127, 0, 0, 1, 0, 0])?;
    let (mut c2, mut u2) = (client.try_clone()?, upstream.try_clone()?);
    let t = std::thread::spawn(move || {
        let _ = std::io::copy(&mut c2, &mut u2);
        let _ = u2.shutdown(std::net::Shutdown::Write);
    });
    let (mut u, mut c) = (upstream, client);
    let _ = std::io::copy(&mut u, &mut c);
    let _ = c.shutdown(std::net::Shutdown::Write);
    let _ = t.join();
    Ok(())
}
