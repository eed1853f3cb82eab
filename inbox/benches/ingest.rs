//! Inbox ingest and envelope sealing.
//!
//! `cargo bench -p waymark-inbox --bench ingest --profile dev [-- --quick]`
//!
//! 1. Sealing throughput and wire overhead for each padding bucket.
//! 2. Ingest through the real HTTP server on 127.0.0.1 with a concurrent load
//!    generator (keep-alive clients submitting pre-sealed 4 KiB envelopes):
//!    throughput and p50/p99 latency, on SQLite and on PostgreSQL, as a ratio
//!    to raw `INSERT` throughput of the same rows into the same database,
//!    measured in the same run. PostgreSQL runs when `WAYMARK_TEST_POSTGRES_URL`
//!    is set (tests/run-all.sh sets it).
//!
//! 3. Real vs dummy sends, as the server sees them: one client on 127.0.0.1
//!    alternating a report envelope and a dummy envelope (same bucket) on
//!    fresh connections, the way phones send; the medians of each and their
//!    ratio (goal: within 1.1; the server cannot tell them apart, so any
//!    difference is noise), on SQLite and on PostgreSQL.
//!
//! Prints markdown tables for docs/PERFORMANCE.md.

use std::sync::Arc;
use std::time::{Duration, Instant};

use waymark_core::envelope::{
    self, Bucket, NgoPublicKey, ReceiptCode, Report, ReportField, ReportKind,
};
use waymark_core::sync::wire::{self, MAX_ENVELOPE_LEN};
use waymark_inbox::identity::{self, DirectoryInput, NgoIdentity};
use waymark_inbox::server::{self, Inbox, Settings};
use waymark_inbox::store::{self, StorageConfig};

struct Sample {
    report_id: String,
    lookup: String,
    bytes: Vec<u8>,
}

fn report_with_text(len: usize) -> Report {
    Report::new(
        ReportKind::FreeText,
        "en",
        "2026-11-22",
        vec![ReportField {
            name: "text".into(),
            value: "x".repeat(len),
        }],
    )
    .0
}

fn seal_samples(ngo: &NgoPublicKey, n: usize) -> Vec<Sample> {
    (0..n)
        .map(|i| {
            let report = report_with_text(300 + i % 200);
            let sealed = envelope::seal(&report, ngo).unwrap();
            Sample {
                report_id: sealed.report_id.to_hex(),
                lookup: waymark_core::hex::encode(&ReceiptCode::generate().lookup_id()),
                bytes: sealed.bytes,
            }
        })
        .collect()
}

fn sealing(quick: bool) {
    let ngo = waymark_core::envelope::NgoPrivateKey::generate().public_key();
    println!("### Sealing and wire overhead per bucket\n");
    println!("| bucket | envelope on the wire | largest report it holds | fixed overhead | seals/s | MiB/s sealed |");
    println!("|---|---|---|---|---|---|");
    for bucket in [Bucket::Kib4, Bucket::Kib16, Bucket::Kib64, Bucket::Kib256] {
        // A report that just fits this bucket (JSON framing is ~220 bytes).
        let report = report_with_text(bucket.capacity() - 400);
        let sealed = envelope::seal(&report, &ngo).unwrap();
        assert_eq!(sealed.bucket, bucket);
        let n = if quick {
            20
        } else {
            (4_000_000 / bucket.envelope_len()).clamp(50, 2000)
        };
        let start = Instant::now();
        for _ in 0..n {
            std::hint::black_box(envelope::seal(&report, &ngo).unwrap());
        }
        let secs = start.elapsed().as_secs_f64();
        let fixed = bucket.envelope_len() - bucket.capacity();
        println!(
            "| {} KiB | {} B | {} B | {} B ({:.2} %) | {:.0} | {:.1} |",
            bucket.envelope_len() / 1024,
            bucket.envelope_len(),
            bucket.capacity(),
            fixed,
            100.0 * fixed as f64 / bucket.envelope_len() as f64,
            n as f64 / secs,
            (n * bucket.envelope_len()) as f64 / secs / (1024.0 * 1024.0),
        );
    }
    let typical = Report::new(
        ReportKind::Questionnaire,
        "pt-BR",
        "2026-11-22",
        (0..25)
            .map(|i| ReportField {
                name: format!("q.question_{i}"),
                value: "yes".into(),
            })
            .collect(),
    )
    .0;
    let encoded = typical.to_canonical_bytes().unwrap().len();
    println!(
        "\nA typical questionnaire report (25 answers) encodes to {encoded} bytes and travels as one \
         4096-byte envelope: {:.1}× its size, the price of every report in a bucket looking the same.\n",
        4096.0 / encoded as f64
    );
}

struct Load {
    per_second: f64,
    p50: Duration,
    p99: Duration,
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1]
}

/// The real inbox on 127.0.0.1 over `config`.
async fn start_inbox(ngo: &NgoIdentity, config: StorageConfig) -> (server::RunningInbox, String) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let directory = identity::sign_directory(
        &ngo.secrets,
        DirectoryInput {
            ngo_id: "org.example.bench".into(),
            name: "Bench".into(),
            endpoints: vec![format!("http://{addr}")],
            tls_spki_sha256: vec![],
            max_envelope_len: MAX_ENVELOPE_LEN as u32,
            accepts_dummy: true,
            expires: "2099-12-31".into(),
            version: Some(1),
        },
    )
    .unwrap();
    let mut settings = Settings::new(ngo.receipt_key_pkcs8.clone(), [0; 32], directory);
    // Hundreds of load-generator connections at once.
    settings.connections.max_connections = 4096;
    let store = store::open(&config).await.unwrap();
    let inbox = Arc::new(Inbox::new(settings, store).unwrap());
    let running = server::spawn(inbox, listener).unwrap();
    (running, format!("http://{addr}"))
}

async fn ingest_through_http(
    ngo: &NgoIdentity,
    config: StorageConfig,
    samples: Arc<Vec<Sample>>,
    clients: usize,
) -> Load {
    let (running, base) = start_inbox(ngo, config).await;
    waymark_inbox::ngo::client::install_crypto_provider();
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(clients)
        .build()
        .unwrap();
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let start = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..clients {
        let (http, base, samples, next) =
            (http.clone(), base.clone(), samples.clone(), next.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(s) = samples.get(i) else { break };
                let t = Instant::now();
                let r = http
                    .post(format!("{base}{}", wire::SUBMIT_PATH))
                    .header(wire::HEADER_REPORT_ID, &s.report_id)
                    .header(wire::HEADER_REPLY_LOOKUP, &s.lookup)
                    .body(s.bytes.clone())
                    .send()
                    .await
                    .unwrap();
                assert_eq!(r.status(), 200);
                let _ = r.bytes().await.unwrap();
                latencies.push(t.elapsed());
            }
            latencies
        }));
    }
    let mut latencies = Vec::new();
    for t in tasks {
        latencies.extend(t.await.unwrap());
    }
    let secs = start.elapsed().as_secs_f64();
    running.stop().await;
    latencies.sort();
    Load {
        per_second: samples.len() as f64 / secs,
        p50: percentile(&latencies, 0.50),
        p99: percentile(&latencies, 0.99),
    }
}

/// Submits `n` report envelopes and `n` dummies alternately from one client,
/// each on a fresh connection (as phones send); returns the medians of the
/// real and the dummy round trips.
async fn real_vs_dummy(ngo: &NgoIdentity, config: StorageConfig, n: usize) -> (Duration, Duration) {
    let (running, base) = start_inbox(ngo, config).await;
    waymark_inbox::ngo::client::install_crypto_provider();
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .build()
        .unwrap();
    let public = ngo.secrets.hpke.public_key();
    let reals = seal_samples(&public, n + 10);
    let dummies: Vec<Sample> = (0..n + 10)
        .map(|_| {
            let sealed = envelope::seal_dummy(&public, Bucket::Kib4).unwrap();
            Sample {
                report_id: sealed.report_id.to_hex(),
                lookup: waymark_core::hex::encode(&ReceiptCode::generate().lookup_id()),
                bytes: sealed.bytes,
            }
        })
        .collect();
    let send = |s: &Sample| {
        let req = http
            .post(format!("{base}{}", wire::SUBMIT_PATH))
            .header(wire::HEADER_REPORT_ID, &s.report_id)
            .header(wire::HEADER_REPLY_LOOKUP, &s.lookup)
            .header("content-type", "application/octet-stream")
            .body(s.bytes.clone());
        async move {
            let t = Instant::now();
            let r = req.send().await.unwrap();
            assert_eq!(r.status(), 200);
            let _ = r.bytes().await.unwrap();
            t.elapsed()
        }
    };
    let (mut real_times, mut dummy_times) = (Vec::new(), Vec::new());
    for (i, (real, dummy)) in reals.iter().zip(&dummies).enumerate() {
        // Alternate which goes first, so neither always follows the other.
        let (r, d) = if i % 2 == 0 {
            let r = send(real).await;
            (r, send(dummy).await)
        } else {
            let d = send(dummy).await;
            (send(real).await, d)
        };
        // The first ten of each warm up connections and caches.
        if i >= 10 {
            real_times.push(r);
            dummy_times.push(d);
        }
    }
    running.stop().await;
    real_times.sort();
    dummy_times.sort();
    (percentile(&real_times, 0.5), percentile(&dummy_times, 0.5))
}

fn print_real_vs_dummy(name: &str, (real, dummy): (Duration, Duration)) {
    println!(
        "| {name} | {:.2} ms | {:.2} ms | **{:.2}** |",
        real.as_secs_f64() * 1000.0,
        dummy.as_secs_f64() * 1000.0,
        real.as_secs_f64() / dummy.as_secs_f64(),
    );
}

/// Raw inserts of the same rows: SQLite with the inbox's pragmas, one
/// transaction per row on one connection (SQLite has one writer anyway).
fn raw_sqlite(path: &std::path::Path, samples: &[Sample]) -> f64 {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.pragma_update(None, "synchronous", "FULL").unwrap();
    conn.execute_batch(
        "CREATE TABLE raw (seq INTEGER PRIMARY KEY AUTOINCREMENT, report_id BLOB UNIQUE, lookup_id BLOB,
         envelope_sha256 BLOB, day TEXT, envelope BLOB)",
    )
    .unwrap();
    let start = Instant::now();
    for s in samples {
        conn.execute(
            "INSERT INTO raw (report_id, lookup_id, envelope_sha256, day, envelope) VALUES (?1, ?2, ?3, ?4, ?5)",
            rusqlite::params![s.report_id.as_bytes(), s.lookup.as_bytes(), &wire::sha256(&s.bytes)[..], "2026-11-22", s.bytes],
        )
        .unwrap();
    }
    samples.len() as f64 / start.elapsed().as_secs_f64()
}

/// Raw autocommit inserts into PostgreSQL from `clients` connections at once.
async fn raw_postgres(url: &str, schema: &str, samples: Arc<Vec<Sample>>, clients: usize) -> f64 {
    let (setup, conn) = tokio_postgres::connect(url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(conn);
    setup
        .batch_execute(&format!(
            "CREATE SCHEMA {schema}; CREATE TABLE {schema}.raw (seq BIGSERIAL PRIMARY KEY, report_id BYTEA UNIQUE,
             lookup_id BYTEA, envelope_sha256 BYTEA, day TEXT, envelope BYTEA)"
        ))
        .await
        .unwrap();
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut conns = Vec::new();
    for _ in 0..clients {
        let (c, conn) = tokio_postgres::connect(url, tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(conn);
        conns.push(c);
    }
    let start = Instant::now();
    let mut tasks = Vec::new();
    for c in conns {
        let (samples, next, schema) = (samples.clone(), next.clone(), schema.to_owned());
        tasks.push(tokio::spawn(async move {
            let stmt = c
                .prepare(&format!(
                    "INSERT INTO {schema}.raw (report_id, lookup_id, envelope_sha256, day, envelope) VALUES ($1, $2, $3, $4, $5)"
                ))
                .await
                .unwrap();
            loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(s) = samples.get(i) else { break };
                c.execute(
                    &stmt,
                    &[&s.report_id.as_bytes(), &s.lookup.as_bytes(), &&wire::sha256(&s.bytes)[..], &"2026-11-22", &s.bytes],
                )
                .await
                .unwrap();
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let rate = samples.len() as f64 / start.elapsed().as_secs_f64();
    setup
        .batch_execute(&format!("DROP SCHEMA {schema} CASCADE"))
        .await
        .unwrap();
    rate
}

async fn drop_schema(url: &str, schema: &str) {
    let (c, conn) = tokio_postgres::connect(url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(conn);
    c.batch_execute(&format!("DROP SCHEMA {schema} CASCADE"))
        .await
        .unwrap();
}

fn random_suffix() -> String {
    let mut b = [0u8; 5];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut b).unwrap();
    waymark_core::hex::encode(&b)
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let (n, clients) = if quick { (200, 8) } else { (3000, 16) };
    println!(
        "## Inbox ingest and sealing ({} run)\n",
        if quick { "quick" } else { "full" }
    );
    sealing(quick);

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let ngo = NgoIdentity::generate().unwrap();
    let samples = Arc::new(seal_samples(&ngo.secrets.hpke.public_key(), n));
    println!("### Ingest: {n} envelopes of 4 KiB, {clients} concurrent keep-alive clients on 127.0.0.1\n");
    println!(
        "| database | raw INSERT/s (same run) | inbox envelopes/s over HTTP | ratio | p50 | p99 |"
    );
    println!("|---|---|---|---|---|---|");

    let dir = tempfile::tempdir().unwrap();
    // Raw before and after the inbox run; the faster one is the baseline
    // (disk flush times on a shared machine drift).
    let raw_before = raw_sqlite(&dir.path().join("raw1.sqlite3"), &samples);
    let load = runtime.block_on(ingest_through_http(
        &ngo,
        StorageConfig::Sqlite {
            path: dir.path().join("inbox.sqlite3"),
        },
        samples.clone(),
        clients,
    ));
    let raw = raw_before.max(raw_sqlite(&dir.path().join("raw2.sqlite3"), &samples));
    print_row("SQLite (WAL, synchronous=FULL)", raw, &load);

    match std::env::var("WAYMARK_TEST_POSTGRES_URL") {
        Ok(url) if !url.is_empty() => {
            let suffix = random_suffix();
            let raw = runtime.block_on(raw_postgres(
                &url,
                &format!("bench_raw_{suffix}"),
                samples.clone(),
                clients,
            ));
            let schema = format!("bench_inbox_{suffix}");
            let load = runtime.block_on(ingest_through_http(
                &ngo,
                StorageConfig::Postgres {
                    url: url.clone(),
                    schema: Some(schema.clone()),
                    pool_size: clients,
                },
                samples.clone(),
                clients,
            ));
            runtime.block_on(drop_schema(&url, &schema));
            print_row("PostgreSQL (synchronous_commit on)", raw, &load);
        }
        _ => println!("| PostgreSQL | skipped: set WAYMARK_TEST_POSTGRES_URL | | | | |"),
    }
    println!();

    let pairs = if quick { 30 } else { 400 };
    println!(
        "### Real vs dummy sends at the server: {pairs} of each, alternating, one client, \
         a fresh connection each\n"
    );
    println!("| database | median real send | median dummy send | ratio real / dummy |");
    println!("|---|---|---|---|");
    print_real_vs_dummy(
        "SQLite",
        runtime.block_on(real_vs_dummy(
            &ngo,
            StorageConfig::Sqlite {
                path: dir.path().join("real-vs-dummy.sqlite3"),
            },
            pairs,
        )),
    );
    match std::env::var("WAYMARK_TEST_POSTGRES_URL") {
        Ok(url) if !url.is_empty() => {
            let schema = format!("bench_dummy_{}", random_suffix());
            let medians = runtime.block_on(real_vs_dummy(
                &ngo,
                StorageConfig::Postgres {
                    url: url.clone(),
                    schema: Some(schema.clone()),
                    pool_size: 4,
                },
                pairs,
            ));
            runtime.block_on(drop_schema(&url, &schema));
            print_real_vs_dummy("PostgreSQL", medians);
        }
        _ => println!("| PostgreSQL | skipped: set WAYMARK_TEST_POSTGRES_URL | | |"),
    }
    println!();
}

fn print_row(name: &str, raw: f64, load: &Load) {
    println!(
        "| {name} | {raw:.0} | {:.0} | **{:.2}×** | {:.1} ms | {:.1} ms |",
        load.per_second,
        load.per_second / raw,
        load.p50.as_secs_f64() * 1000.0,
        load.p99.as_secs_f64() * 1000.0,
    );
}
