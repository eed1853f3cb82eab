//! Vault benchmarks: KDF cost, unlock cost apart from the KDF, and journal
//! throughput on SQLCipher as a ratio to plain SQLite measured in the same run.
//!
//! Run: `cargo bench -p waymark-core --features bench-baseline --bench vault --profile dev`
//! (add `-- --quick` for a smoke run). Prints a markdown section for
//! docs/PERFORMANCE.md. Ratios are what to compare between machines; absolute
//! times depend on the machine and its load.

use std::sync::Arc;
use std::time::{Duration, Instant};

use waymark_core::{Journal, KdfParams, SoftwareKeyStore, Vault, VaultOptions};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn time<T>(f: impl FnOnce() -> T) -> Duration {
    let start = Instant::now();
    std::hint::black_box(f());
    start.elapsed()
}

/// Inserts `n` notes one by one (each its own transaction, as the app does),
/// then reads them all back `reads` times. Returns (insert, read) durations.
fn journal_run(vault: Arc<Vault>, n: usize, reads: usize) -> (Duration, Duration) {
    let journal = Journal::new(vault);
    let insert = time(|| {
        for i in 0..n {
            journal
                .add(&format!(
                    "Note {i}: paid late again, boss has my passport, 12 hour shifts"
                ))
                .unwrap();
        }
    });
    let read = time(|| {
        for _ in 0..reads {
            assert_eq!(journal.list().unwrap().len(), n);
        }
    });
    (insert, read)
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let (entries, rounds, kdf_runs) = if quick { (300, 1, 1) } else { (10_000, 3, 5) };
    let tmp = tempfile::tempdir().unwrap();

    println!("## Vault (issue 2)\n");
    println!(
        "Measured {} on {} logical CPUs{}.\n",
        chrono::Utc::now().format("%Y-%m-%d"),
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1),
        if quick {
            " (QUICK smoke run: not for the record)"
        } else {
            ""
        }
    );

    // KDF calibration: candidate parameter sets, recommended one marked.
    println!("### Passcode KDF (Argon2id, one lane)\n");
    println!("| memory | passes | median time | |");
    println!("|---|---|---|---|");
    let candidates = [
        KdfParams {
            memory_kib: 19 * 1024,
            iterations: 2,
            lanes: 1,
        },
        KdfParams {
            memory_kib: 46 * 1024,
            iterations: 1,
            lanes: 1,
        },
        KdfParams::RECOMMENDED,
        KdfParams {
            memory_kib: 128 * 1024,
            iterations: 3,
            lanes: 1,
        },
    ];
    for params in candidates {
        let times: Vec<Duration> = (0..kdf_runs)
            .map(|i| time(|| params.derive(b"123456", &[i as u8; 16]).unwrap()))
            .collect();
        let mark = if params == KdfParams::RECOMMENDED {
            "**recommended**"
        } else {
            ""
        };
        println!(
            "| {} MiB | {} | {} | {mark} |",
            params.memory_kib / 1024,
            params.iterations,
            ms(median(times))
        );
    }

    // Unlock apart from the KDF: minimum KDF parameters make it negligible.
    let dir = tmp.path().join("unlock");
    let vault = Vault::new(&dir, Arc::new(SoftwareKeyStore::in_memory()));
    vault
        .create(
            "123456",
            &VaultOptions {
                kdf: KdfParams::MINIMUM,
                wipe_after: None,
            },
        )
        .unwrap();
    vault.lock();
    let unlocks: Vec<Duration> = (0..if quick { 5 } else { 50 })
        .map(|_| {
            let d = time(|| vault.unlock("123456").unwrap());
            vault.lock();
            d
        })
        .collect();
    println!("\n### Unlock, excluding the KDF\n");
    println!(
        "Median of {} unlocks with the minimum KDF parameters (read header, unwrap device key, \
         open slots, open SQLCipher and check the key, migrate): **{}**.\n",
        unlocks.len(),
        ms(median(unlocks))
    );

    // Journal throughput: SQLCipher vs the same code on unencrypted SQLite.
    let mut cipher = Vec::new();
    let mut plain = Vec::new();
    for round in 0..rounds {
        // Alternate the order so neither side always runs on a warmer cache.
        let run_cipher = |tag: &str| {
            let dir = tmp.path().join(format!("cipher-{tag}"));
            let v = Arc::new(Vault::new(&dir, Arc::new(SoftwareKeyStore::in_memory())));
            v.create(
                "123456",
                &VaultOptions {
                    kdf: KdfParams::MINIMUM,
                    wipe_after: None,
                },
            )
            .unwrap();
            journal_run(v, entries, 5)
        };
        let run_plain = |tag: &str| {
            let v = Arc::new(
                Vault::plaintext_baseline(tmp.path().join(format!("plain-{tag}"))).unwrap(),
            );
            journal_run(v, entries, 5)
        };
        let tag = round.to_string();
        if round % 2 == 0 {
            cipher.push(run_cipher(&tag));
            plain.push(run_plain(&tag));
        } else {
            plain.push(run_plain(&tag));
            cipher.push(run_cipher(&tag));
        }
    }
    let (ci, cr) = (
        median(cipher.iter().map(|c| c.0).collect()),
        median(cipher.iter().map(|c| c.1).collect()),
    );
    let (pi, pr) = (
        median(plain.iter().map(|c| c.0).collect()),
        median(plain.iter().map(|c| c.1).collect()),
    );
    let per_sec = |n: usize, d: Duration| format!("{:.0}/s", n as f64 / d.as_secs_f64());
    println!("### Journal throughput, {entries} notes (median of {rounds} rounds)\n");
    println!("| operation | SQLCipher | plain SQLite (baseline) | ratio (target ≤ 1.3×) |");
    println!("|---|---|---|---|");
    println!(
        "| insert, one transaction each | {} ({}) | {} ({}) | {:.2}× |",
        ms(ci),
        per_sec(entries, ci),
        ms(pi),
        per_sec(entries, pi),
        ci.as_secs_f64() / pi.as_secs_f64()
    );
    println!(
        "| read all, 5 times | {} ({}) | {} ({}) | {:.2}× |",
        ms(cr),
        per_sec(entries * 5, cr),
        ms(pr),
        per_sec(entries * 5, pr),
        cr.as_secs_f64() / pr.as_secs_f64()
    );
}
