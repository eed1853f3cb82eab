//! Vault benchmarks: KDF cost, unlock cost apart from the KDF, normal against
//! duress unlocks (interleaved, medians' ratio and a rank test), and journal
//! throughput on SQLCipher as a ratio to plain SQLite measured in the same run.
//!
//! Run: `cargo bench -p waymark-core --features bench-baseline --bench vault --profile dev`
//! (add `-- --quick` for a smoke run, `-- --unlock-only` for just the unlock
//! sections). Prints a markdown section for
//! docs/PERFORMANCE.md. Ratios are what to compare between machines; absolute
//! times depend on the machine and its load.

use std::path::Path;
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

/// Unlock apart from the KDF: minimum KDF parameters make it negligible.
fn unlock_cost(tmp: &Path, quick: bool) {
    let dir = tmp.join("unlock");
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
        "Median of {} unlocks with the minimum KDF parameters (lock, read header, the key \
         store's three answers, open slots, open SQLCipher and check the key, make the new \
         spare database, new slot and epoch keys, write the header, delete the old keys and \
         spare): **{}**.\n",
        unlocks.len(),
        ms(median(unlocks))
    );
}

/// Copies a folder (the vault and its software key store) file by file.
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Two-sided p-value of the Mann–Whitney U test (normal approximation with
/// tie correction): how likely samples this far apart in rank are if normal
/// and duress unlocks take the same time.
fn mann_whitney_p(a: &[f64], b: &[f64]) -> (f64, f64) {
    let mut all: Vec<(f64, bool)> = a
        .iter()
        .map(|&x| (x, true))
        .chain(b.iter().map(|&x| (x, false)))
        .collect();
    all.sort_by(|x, y| x.0.total_cmp(&y.0));
    let n = all.len();
    let mut ranks = vec![0.0; n];
    let mut ties = 0.0;
    let mut i = 0;
    while i < n {
        let mut j = i;
        while j + 1 < n && all[j + 1].0 == all[i].0 {
            j += 1;
        }
        let t = (j - i + 1) as f64;
        ties += t * t * t - t;
        for r in ranks.iter_mut().take(j + 1).skip(i) {
            *r = (i + j) as f64 / 2.0 + 1.0;
        }
        i = j + 1;
    }
    let (n1, n2) = (a.len() as f64, b.len() as f64);
    let r1: f64 = all
        .iter()
        .zip(&ranks)
        .filter(|(x, _)| x.1)
        .map(|(_, r)| r)
        .sum();
    let u = r1 - n1 * (n1 + 1.0) / 2.0;
    let nn = n1 + n2;
    let sd = (n1 * n2 / 12.0 * ((nn + 1.0) - ties / (nn * (nn - 1.0)))).sqrt();
    let z = (u - n1 * n2 / 2.0).abs() / sd;
    (u, 2.0 * (1.0 - normal_cdf(z)))
}

/// Φ(z), from erf (Abramowitz–Stegun 7.1.26, error below 1.5e-7).
fn normal_cdf(z: f64) -> f64 {
    let x = z / std::f64::consts::SQRT_2;
    let t = 1.0 / (1.0 + 0.3275911 * x);
    let poly = t
        * (0.254829592
            + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
    0.5 * (1.0 + (1.0 - poly * (-x * x).exp()))
}

/// Normal against duress unlocks of the same vault (recommended KDF, 400
/// notes, software key store in files): each trial unlocks a fresh copy of
/// one template, so both kinds start from identical files. The two trials of
/// a pair run in a random order, so drift on a shared machine hits both
/// sides alike.
fn duress_timing(tmp: &Path, pairs: usize) {
    let template = tmp.join("duress-template");
    let open = |dir: &Path| {
        Arc::new(Vault::new(
            dir,
            Arc::new(SoftwareKeyStore::in_directory(dir.join("keystore"))),
        ))
    };
    let vault = open(&template);
    vault.create("482615", &VaultOptions::default()).unwrap();
    let journal = Journal::new(vault.clone());
    for i in 0..400 {
        journal
            .add(&format!(
                "Note {i}: they moved us to another site at night, no pay slip"
            ))
            .unwrap();
    }
    vault.set_duress_passcode("482615", "000000").unwrap();
    vault.lock();
    drop((vault, journal));

    let trial = |passcode: &str, into: &mut Vec<f64>| {
        let dir = tmp.join(format!("trial-{passcode}-{}", into.len()));
        copy_dir(&template, &dir);
        let v = open(&dir);
        into.push(time(|| v.unlock(passcode).unwrap()).as_secs_f64());
        v.lock();
        drop(v);
        std::fs::remove_dir_all(&dir).unwrap();
    };
    let (mut normal, mut duress) = (Vec::new(), Vec::new());
    for _ in 0..pairs {
        if waymark_core::secret::SecretKey::random().expose()[0] & 1 == 0 {
            trial("482615", &mut normal);
            trial("000000", &mut duress);
        } else {
            trial("000000", &mut duress);
            trial("482615", &mut normal);
        }
    }
    let med = |v: &[f64]| {
        let mut v = v.to_vec();
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let (mn, md) = (med(&normal), med(&duress));
    let (u, p) = mann_whitney_p(&normal, &duress);
    println!("### Duress unlock against a normal unlock\n");
    println!(
        "{pairs} pairs, each pair in random order, each trial unlocking a fresh copy of one \
         vault (recommended KDF, 400 notes, duress passcode set):\n"
    );
    println!("| | median | ratio to normal | Mann–Whitney U | p (two-sided) |");
    println!("|---|---|---|---|---|");
    println!("| normal unlock | {:.1} ms | 1.00 | | |", mn * 1000.0);
    println!(
        "| duress unlock | {:.1} ms | {:.3} | {u:.0} | {p:.3} |",
        md * 1000.0,
        md / mn
    );
    let met = (md / mn - 1.0).abs() <= 0.05 && p >= 0.01;
    println!(
        "\nGoal: ratio within 1.05 and p ≥ 0.01 (no test at the 1% level tells them apart): {}.\n",
        if met { "met" } else { "NOT met" }
    );
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    // `-- --unlock-only`: just the unlock sections.
    if std::env::args().any(|a| a == "--unlock-only") {
        let tmp = tempfile::tempdir().unwrap();
        unlock_cost(tmp.path(), quick);
        duress_timing(tmp.path(), if quick { 4 } else { 60 });
        return;
    }
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

    unlock_cost(tmp.path(), quick);
    duress_timing(tmp.path(), if quick { 4 } else { 60 });

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
                Vault::plaintext_baseline(
                    tmp.path().join(format!("plain-{tag}")),
                    Arc::new(SoftwareKeyStore::in_memory()),
                )
                .unwrap(),
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
