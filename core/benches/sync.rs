//! Sync benchmarks: sealing throughput and wire overhead per padding bucket,
//! and the sync of queued reports to the real inbox on 127.0.0.1 (behind
//! the test support's recording relay): time, peak heap, bytes on the wire.
//!
//! `cargo bench -p waymark-core --bench sync --profile dev [-- --quick]`
//!
//! Baselines, measured in the same run:
//! - sealing: ring's ChaCha20-Poly1305 over the same padded size (the AEAD
//!   alone, no HPKE key agreement, no encoding);
//! - sync: the same envelopes POSTed by a bare loop (plain `TcpStream`, one
//!   connection each, no vault, no policy, no receipt check).

mod common;
#[path = "../tests/support/sync/mod.rs"]
mod sync_support;

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use chrono::Utc;
use ring::aead;
use sync_support::inbox::start_inbox;
use sync_support::*;
use waymark_core::envelope::{self, Bucket, NgoPrivateKey, Report, ReportField, ReportKind};
use waymark_core::sync::{wire, Outbox, SyncEngine};

#[global_allocator]
static ALLOCATOR: common::Counting = common::Counting;

/// A report whose encoding fills about 90 % of `bucket`.
fn report_for(bucket: Bucket) -> Report {
    let text = "x".repeat(bucket.capacity() * 9 / 10 - 200);
    Report::new(
        ReportKind::FreeText,
        "en",
        "2026-11-22",
        vec![ReportField {
            name: "text".into(),
            value: text,
        }],
    )
    .0
}

fn sealing(quick: bool) {
    println!("### Sealing, per bucket (median of 5 rounds)\n");
    println!("| bucket | envelope bytes | report bytes | wire overhead | seals/s | MB/s | time vs bare AEAD |");
    println!("|---|---|---|---|---|---|---|");
    let ngo = NgoPrivateKey::generate().public_key();
    let key =
        aead::LessSafeKey::new(aead::UnboundKey::new(&aead::CHACHA20_POLY1305, &[7; 32]).unwrap());
    for bucket in Bucket::ALL {
        let report = report_for(bucket);
        let plain = report.to_canonical_bytes().unwrap().len();
        let n = if quick {
            3
        } else {
            (2_000_000 / bucket.envelope_len()).clamp(8, 400)
        };
        let seal_runs: Vec<Duration> = (0..5)
            .map(|_| {
                let t = Instant::now();
                for _ in 0..n {
                    std::hint::black_box(envelope::seal(&report, &ngo).unwrap());
                }
                t.elapsed()
            })
            .collect();
        let aead_runs: Vec<Duration> = (0..5)
            .map(|_| {
                let mut buf = vec![0u8; bucket.padded_len()];
                let t = Instant::now();
                for i in 0..n {
                    let mut nonce = [0u8; 12];
                    nonce[..8].copy_from_slice(&(i as u64).to_le_bytes());
                    let tag = key
                        .seal_in_place_separate_tag(
                            aead::Nonce::assume_unique_for_key(nonce),
                            aead::Aad::empty(),
                            &mut buf,
                        )
                        .unwrap();
                    let _ = std::hint::black_box(tag);
                }
                t.elapsed()
            })
            .collect();
        let (seal, bare) = (common::median(&seal_runs), common::median(&aead_runs));
        let per_sec = n as f64 / seal.as_secs_f64();
        println!(
            "| {} KiB | {} | {} | {:.1} % | {:.0} | {:.1} | {:.2}× |",
            bucket.envelope_len() / 1024,
            bucket.envelope_len(),
            plain,
            (bucket.envelope_len() as f64 / plain as f64 - 1.0) * 100.0,
            per_sec,
            per_sec * bucket.envelope_len() as f64 / 1e6,
            seal.as_secs_f64() / bare.as_secs_f64(),
        );
    }
    println!();
}

/// POSTs each envelope on its own connection, the way the transport does,
/// with nothing else around it.
fn bare_upload(addr: std::net::SocketAddr, envelopes: &[(String, Vec<u8>)]) -> Duration {
    let t = Instant::now();
    for (id, env) in envelopes {
        let mut conn = std::net::TcpStream::connect(addr).unwrap();
        let head = format!(
            "POST {} HTTP/1.1\r\nhost: {addr}\r\n{}: {id}\r\n{}: {}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
            wire::SUBMIT_PATH,
            wire::HEADER_REPORT_ID,
            wire::HEADER_REPLY_LOOKUP,
            "ab".repeat(32),
            env.len()
        );
        conn.write_all(head.as_bytes()).unwrap();
        conn.write_all(env).unwrap();
        let mut answer = Vec::new();
        conn.read_to_end(&mut answer).unwrap();
        assert!(answer.starts_with(b"HTTP/1.1 200"));
    }
    t.elapsed()
}

fn sync(quick: bool) {
    let n: usize = if quick { 30 } else { 1_000 };
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let inbox = start_inbox();
    let ngo = trust(&vault, &inbox, &inbox.url, vec![]);
    quick_settings(&vault);
    let outbox = Outbox::new(vault.clone());
    let t = Instant::now();
    for i in 0..n {
        outbox
            .queue_text(
                &ngo,
                ReportKind::Questionnaire,
                "en",
                &format!("report {i}: {}", "answer ".repeat(40)),
                Utc::now(),
            )
            .unwrap();
    }
    let queue_time = t.elapsed();

    let before_live = common::reset_peak();
    let mut facts = good_wifi();
    facts.user_requested = true;
    let t = Instant::now();
    let report = SyncEngine::new(vault.clone())
        .sync_once(&facts, Utc::now())
        .unwrap();
    let sync_time = t.elapsed();
    let peak = common::peak() - before_live;
    assert_eq!(report.sent as usize, n, "{report:?}");
    inbox.relay.settle();
    let (bytes_in, bytes_out) = inbox.relay.totals();

    // Baseline: the same number of same-size envelopes, bare.
    let other = start_inbox();
    let envelopes: Vec<(String, Vec<u8>)> = (0..n)
        .map(|_| {
            let r = report_for(Bucket::Kib4);
            let s = envelope::seal(&r, &other.ngo_public()).unwrap();
            (s.report_id.to_hex(), s.bytes)
        })
        .collect();
    let bare = bare_upload(other.addr, &envelopes);

    println!("### Sync of {n} queued reports to a loopback inbox (one call to sync_once)\n");
    println!("| what | value |");
    println!("|---|---|");
    println!(
        "| queue (seal + store in the vault), per report | {:.2} ms |",
        queue_time.as_secs_f64() * 1e3 / n as f64
    );
    println!("| sync_once, total | {:.2} s |", sync_time.as_secs_f64());
    println!(
        "| sync_once, per report | {:.2} ms |",
        sync_time.as_secs_f64() * 1e3 / n as f64
    );
    println!(
        "| bare upload loop (baseline), total | {:.2} s |",
        bare.as_secs_f64()
    );
    println!(
        "| sync time vs baseline | {:.2}× |",
        sync_time.as_secs_f64() / bare.as_secs_f64()
    );
    println!(
        "| peak heap during sync_once, above the start | {:.1} MiB |",
        peak as f64 / 1048576.0
    );
    println!(
        "| bytes to the inbox (HTTP heads + bodies) | {} ({:.0} per report) |",
        bytes_in,
        bytes_in as f64 / n as f64
    );
    println!(
        "| bytes from the inbox | {} ({:.0} per report) |",
        bytes_out,
        bytes_out as f64 / n as f64
    );
    println!(
        "| envelope bytes / bytes to the inbox | {:.1} % |",
        (n * 4096) as f64 * 100.0 / bytes_in as f64
    );
    println!();
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    println!(
        "## Sync benchmark{}\n",
        if quick {
            " (quick: smoke run, numbers not meaningful)"
        } else {
            ""
        }
    );
    sealing(quick);
    sync(quick);
}
