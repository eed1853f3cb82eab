//! The questionnaire engine on generated forms of 100, 1,000 and 10,000
//! questions (76% top-level questions with relevance chains, two repeat
//! sections, 20% calculations): load time, per-answer update time (median
//! and p99) and how it grows with the form, against re-evaluating every
//! expression on every answer in the same run (1,000 questions), the same
//! with drafts saved in a real SQLCipher vault, resume time, and memory.
//!
//! `cargo bench -p waymark-core --features bench-baseline --bench questionnaire --profile dev [-- --quick]`
//!
//! Prints markdown tables. Heap is measured exactly by a counting global
//! allocator (live bytes kept, and the peak while compiling); resident size
//! comes from /proc/self/status.

mod common;

use std::fmt::Write as _;
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{kib, median, ms, percentile, time};

use waymark_core::questionnaire::{
    self, Answer, Drafts, Mode, QuestionType, Questionnaire, Session, Slot,
};
use waymark_core::{KdfParams, SoftwareKeyStore, Vault, VaultOptions};

#[global_allocator]
static ALLOCATOR: common::Counting = common::Counting;

// ---------------------------------------------------------------- the form

const SECTION_SIZE: usize = 40;
/// Blocks added to each repeat before answering.
const BLOCKS: usize = 5;

/// The shape of a generated form of `n` questions (n a multiple of 100).
#[derive(Clone, Copy)]
struct Shape {
    /// Top-level answerable questions, in sections of 40.
    top: usize,
    /// Questions per repeat section (two of them).
    repeat: usize,
    calcs: usize,
}

impl Shape {
    fn of(n: usize) -> Shape {
        Shape {
            top: n * 76 / 100,
            repeat: n / 50,
            calcs: n / 5,
        }
    }

    fn questions(self) -> usize {
        self.top + 2 * self.repeat + self.calcs
    }

    /// Integer questions are q1, q5, q9… (index 4m + 1).
    fn integers(self) -> usize {
        self.top / 4
    }
}

/// The generated questionnaire:
/// - q{i} for i < top: even i yes/no, i % 4 == 1 integer, i % 4 == 3 single
///   choice; every odd i is relevant when q{i-1} is yes, and every
///   i % 4 == 2 in the first 52% when a calculation exceeds 10;
/// - rep_a and rep_b: repeat sections, the odd questions relevant on the
///   even one before them in the same block;
/// - c0…: calculations over answers (75%), chains of calculations
///   (`c{k} = c{k-1} + c{k-calcs/4}`, 20%) and counts of repeat blocks.
fn generate(shape: Shape) -> String {
    let Shape { top, repeat, calcs } = shape;
    let mut s = String::from("id = \"large\"\ntitle = \"large-title\"\n\n[choices]\nlevel = [\n");
    for c in 0..4 {
        let _ = writeln!(s, "  {{ name = \"l{c}\", label = \"level-{c}\" }},");
    }
    s.push_str("]\n\n");
    for sec in 0..top.div_ceil(SECTION_SIZE) {
        let _ = writeln!(
            s,
            "[[sections]]\nid = \"s{sec}\"\ntitle = \"s{sec}-title\"\n"
        );
    }
    for rep in ["rep_a", "rep_b"] {
        let _ = writeln!(
            s,
            "[[sections]]\nid = \"{rep}\"\ntitle = \"{rep}-title\"\nrepeat = true\n"
        );
    }
    s.push_str("[[sections]]\nid = \"calcs\"\n\n");
    let simple = calcs * 3 / 4;
    let chained = calcs * 19 / 20;
    for i in 0..top {
        let kind = match i % 4 {
            0 | 2 => "yes_no",
            1 => "integer",
            _ => "single_choice",
        };
        let _ = write!(
            s,
            "[[questions]]\nname = \"q{i}\"\ntype = \"{kind}\"\nsection = \"s{}\"\nlabel = \"l-q{i}\"\n",
            i / SECTION_SIZE
        );
        if kind == "single_choice" {
            s.push_str("choices = \"level\"\n");
        }
        if i % 2 == 1 {
            let _ = writeln!(s, "relevant = \"${{q{}}} = 'yes'\"", i - 1);
        } else if i % 4 == 2 && i < top * 52 / 100 && i / 4 < simple {
            let _ = writeln!(s, "relevant = \"${{c{}}} > 10\"", i / 4);
        }
        s.push('\n');
    }
    for rep in ["rep_a", "rep_b"] {
        for j in 0..repeat {
            let kind = if j % 2 == 0 { "yes_no" } else { "integer" };
            let _ = write!(
                s,
                "[[questions]]\nname = \"{rep}{j}\"\ntype = \"{kind}\"\nsection = \"{rep}\"\nlabel = \"l-{rep}{j}\"\n"
            );
            if j % 2 == 1 {
                let _ = writeln!(s, "relevant = \"${{{rep}{}}} = 'yes'\"", j - 1);
            }
            s.push('\n');
        }
    }
    for k in 0..calcs {
        let expr = if k < simple {
            let m = k % shape.integers();
            format!(
                "coalesce(${{q{}}}, 0) + if(${{q{}}} = 'yes', 1, 0)",
                4 * m + 1,
                4 * m
            )
        } else if k < chained {
            format!("${{c{}}} + ${{c{}}}", k - 1, k - calcs / 4)
        } else {
            let rep = if k % 2 == 0 { "rep_a" } else { "rep_b" };
            format!("count(${{{rep}}}) + ${{c{}}}", k - 1)
        };
        let _ = writeln!(
            s,
            "[[questions]]\nname = \"c{k}\"\ntype = \"calculate\"\nsection = \"calcs\"\ncalculation = \"{expr}\"\n"
        );
    }
    s
}

// ---------------------------------------------------------------- measuring

/// A small deterministic generator (xorshift64*), so that both engines get
/// exactly the same answers.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A plausible answer to a random question shown at the moment.
fn random_answer(q: &Questionnaire, s: &Session, rng: &mut Rng) -> (Slot, Answer) {
    let shown = s.review();
    let item = &shown[rng.below(shown.len())];
    let kind = q
        .question(&item.slot.question)
        .map_or(QuestionType::Integer, |x| x.kind);
    let answer = match kind {
        QuestionType::YesNo => {
            // Mostly yes, so that most of the form becomes relevant.
            Answer::Choice(if rng.below(4) == 0 { "no" } else { "yes" }.into())
        }
        QuestionType::SingleChoice => Answer::Choice(format!("l{}", rng.below(4))),
        _ => Answer::Integer(rng.below(20) as i64),
    };
    (item.slot.clone(), answer)
}

fn start(q: &Arc<Questionnaire>, drafts: Option<Drafts>) -> Session {
    let s = Session::start(Arc::clone(q), Mode::Interviewer, drafts).expect("start");
    for rep in ["rep_a", "rep_b"] {
        for _ in 0..BLOCKS {
            s.add_repeat(rep).expect("repeat");
        }
    }
    s
}

/// Times `answers` random answers; `after` runs inside the timing after
/// each answer (the baseline's full re-evaluation).
fn run(
    q: &Arc<Questionnaire>,
    s: &Session,
    answers: usize,
    seed: u64,
    after: impl Fn(&Session),
) -> Vec<Duration> {
    let mut rng = Rng(seed);
    let mut times = Vec::with_capacity(answers);
    for _ in 0..answers {
        let (slot, answer) = random_answer(q, s, &mut rng);
        let t = Instant::now();
        s.answer(&slot, answer).expect("answer");
        after(s);
        times.push(t.elapsed());
    }
    times
}

/// The same answers from a fresh session `rounds` times: each answer does
/// identical work every round, so the per-answer minimum filters out the
/// moments the shared machine gave the CPU to someone else. Returns that
/// minimum per answer, the last session, and the first round's raw times.
fn rounds(
    q: &Arc<Questionnaire>,
    rounds: usize,
    answers: usize,
    seed: u64,
    after: impl Fn(&Session) + Copy,
) -> (Vec<Duration>, Session, Vec<Duration>) {
    let mut best: Vec<Duration> = Vec::new();
    let mut raw = Vec::new();
    let mut last = None;
    for r in 0..rounds {
        let s = start(q, None);
        let times = run(q, &s, answers, seed, after);
        if r == 0 {
            raw = times.clone();
            best = times;
        } else {
            for (b, t) in best.iter_mut().zip(times) {
                *b = (*b).min(t);
            }
        }
        last = Some(s);
    }
    (best, last.expect("at least one round"), raw)
}

fn us(d: Duration) -> String {
    format!("{:.1} µs", d.as_secs_f64() * 1e6)
}

/// A line of /proc/self/status in KiB (`VmRSS`, `VmHWM`), where there is one.
fn proc_kib(field: &str) -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn mib(kib: Option<usize>) -> String {
    kib.map_or("n/a".into(), |k| format!("{:.1} MiB", k as f64 / 1024.0))
}

fn parse_form(src: &str) -> Questionnaire {
    questionnaire::parse("large.toml", src).expect("the generated form is valid")
}

/// One size: its load time and per-answer times.
struct Measured {
    n: usize,
    load: Duration,
    best: Vec<Duration>,
}

fn measure_size(n: usize, quick: bool, answers: usize) -> Measured {
    let shape = Shape::of(n);
    let src = generate(shape);
    let q = Arc::new(parse_form(&src));
    assert_eq!(q.questions.len(), shape.questions());
    let relevants = src.matches("\nrelevant = ").count();
    // Load: what opening the form costs an app (parse, check every
    // expression, build the graph, start a session).
    let load_runs = if n >= 10_000 { 3 } else { 9 };
    let load = time(if quick { 1 } else { load_runs }, || {
        let q = Arc::new(parse_form(&src));
        Session::start(q, Mode::Interviewer, None).expect("start")
    });
    let live_before = common::live();
    let kept = {
        let compiled = parse_form(&src);
        let kept = common::live().saturating_sub(live_before);
        drop(compiled);
        kept
    };
    let (best, session, _) = rounds(&q, if quick { 1 } else { 3 }, answers, 7, |_| {});
    let progress = session.progress();
    println!(
        "| {} | {} | {} | {} | {} | **{}** | {} | {} | {} of {} | {} |",
        n,
        shape.calcs,
        relevants,
        kib(src.len()),
        ms(load),
        us(median(&best)),
        us(percentile(&best, 0.99)),
        us(percentile(&best, 1.0)),
        progress.answered,
        progress.relevant,
        kib(kept)
    );
    Measured { n, load, best }
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let (runs, answers, vault_answers) = if quick { (2, 100, 20) } else { (15, 3000, 400) };
    let sizes: &[usize] = if quick {
        &[100, 1000]
    } else {
        &[100, 1000, 10_000]
    };

    println!("## Questionnaire engine: cost against the form's size (issues 4 and 14)\n");
    println!(
        "{} random answers per form to questions shown at that moment, best of {} rounds \
         per answer{}. Every form: 76% top-level questions, two repeats with {} blocks each, \
         20% calculations.\n",
        answers,
        if quick { 1 } else { 3 },
        if quick { " (quick smoke run)" } else { "" },
        BLOCKS
    );
    println!("| questions | calculations | relevance expressions | TOML | load (parse, check, graph, start) | one answer: median | p99 | max | answered of shown at the end | compiled, kept |");
    println!("|---|---|---|---|---|---|---|---|---|---|");
    let measured: Vec<Measured> = sizes
        .iter()
        .map(|&n| measure_size(n, quick, answers))
        .collect();
    let rss = proc_kib("VmRSS:");
    let hwm = proc_kib("VmHWM:");
    println!();
    let (first, last) = (&measured[0], &measured[measured.len() - 1]);
    let growth = median(&last.best).as_secs_f64() / median(&first.best).as_secs_f64().max(1e-12);
    let met = |ok: bool| if ok { "met" } else { "missed" };
    println!("| goal on the {}-question form | measured | |", last.n);
    println!("|---|---|---|");
    println!(
        "| per-answer median within 3× of the {}-question form's | **{:.2}×** | {} |",
        first.n,
        growth,
        met(growth <= 3.0)
    );
    println!(
        "| per-answer median below 50 µs | {} | {} |",
        us(median(&last.best)),
        met(median(&last.best) < Duration::from_micros(50))
    );
    println!(
        "| per-answer p99 below 500 µs | {} | {} |",
        us(percentile(&last.best, 0.99)),
        met(percentile(&last.best, 0.99) < Duration::from_micros(500))
    );
    println!(
        "| load below 100 ms | {} | {} |",
        ms(last.load),
        met(last.load < Duration::from_millis(100))
    );
    println!(
        "| resident size of the bench process at the end (peak) | {} ({}) | |",
        mib(rss),
        mib(hwm)
    );
    // Whether an answer's cost grows with the answers already given (it
    // did while every answer copied the whole state: BRIEF §9).
    let tenths: Vec<String> = last
        .best
        .chunks(last.best.len().div_ceil(10).max(1))
        .map(|c| format!("{:.1}", median(c).as_secs_f64() * 1e6))
        .collect();
    println!(
        "\nMedian per answer by tenth of the answer sequence, {} questions (µs): {}\n",
        last.n,
        tenths.join(", ")
    );

    // ------------------------------------------------------------ 1,000 questions in depth
    let shape = Shape::of(1000);
    let src = generate(shape);
    let q = Arc::new(parse_form(&src));
    assert_eq!(q.questions.len(), 1000);
    assert_eq!(
        q.questions
            .iter()
            .filter(|x| x.kind == QuestionType::Calculate)
            .count(),
        shape.calcs
    );
    println!("### 1,000 questions in depth\n");

    // Compile: parse, check every expression, build the dependency graph.
    let compile = time(runs, || questionnaire::parse("large.toml", &src));
    let live_before = common::reset_peak();
    let compiled = questionnaire::parse("large.toml", &src).expect("valid");
    let kept = common::live().saturating_sub(live_before);
    let peak = common::peak().saturating_sub(live_before);
    drop(compiled);

    // The dependency graph against re-evaluating everything, same answers.
    let n = if quick { 1 } else { 3 };
    let (graph, graph_session, graph_raw) = rounds(&q, n, answers, 7, |_| {});
    let (full, full_session, full_raw) = rounds(&q, n, answers, 7, |s| s.reevaluate_everything());
    assert_eq!(
        graph_session.snapshot(),
        full_session.snapshot(),
        "both engines must end in the same state"
    );
    let before = common::live();
    let session_heap = {
        let s = start(&q, None);
        run(&q, &s, answers.min(500), 11, |_| {});
        let held = common::live().saturating_sub(before);
        drop(s);
        held
    };

    // With drafts in a real SQLCipher vault: each answer is saved.
    let tmp = tempfile::tempdir().expect("temp dir");
    let vault = Arc::new(Vault::new(
        tmp.path(),
        Arc::new(SoftwareKeyStore::in_directory(tmp.path().join("keystore"))),
    ));
    let options = VaultOptions {
        kdf: KdfParams::MINIMUM,
        wipe_after: None,
    };
    vault.create("2468", &options).expect("vault");
    let drafts = Drafts::new(Arc::clone(&vault));
    let saved_session = start(&q, Some(drafts.clone()));
    let saved = run(&q, &saved_session, vault_answers, 13, |_| {});
    let draft_id = saved_session.draft_id().expect("draft");
    let progress = saved_session.progress();
    drop(saved_session);
    let resume = time(runs.max(3), || {
        drafts
            .resume(&draft_id, Arc::clone(&q))
            .expect("resume")
            .progress()
    });

    let ratio = median(&full).as_secs_f64() / median(&graph).as_secs_f64().max(1e-12);
    let p99_ratio =
        percentile(&full, 0.99).as_secs_f64() / percentile(&graph, 0.99).as_secs_f64().max(1e-12);
    println!("| what | median | p99 | |");
    println!("|---|---|---|---|");
    println!(
        "| compile (parse, check, dependency graph) | {} | | |",
        ms(compile)
    );
    println!(
        "| **one answer, dependency graph** (in memory) | **{}** | {} | target < 1 ms median: **{}** |",
        us(median(&graph)),
        us(percentile(&graph, 0.99)),
        if median(&graph) < Duration::from_millis(1) {
            "met"
        } else {
            "missed"
        }
    );
    println!(
        "| one answer, re-evaluating every expression (baseline) | {} | {} | **{:.1}×** slower (p99 {:.1}×) |",
        us(median(&full)),
        us(percentile(&full, 0.99)),
        ratio,
        p99_ratio
    );
    println!(
        "| the same, raw wall clock of one round (dependency graph / baseline) | {} / {} | {} / {} | includes time the shared CPU was busy elsewhere |",
        us(median(&graph_raw)),
        us(median(&full_raw)),
        us(percentile(&graph_raw, 0.99)),
        us(percentile(&full_raw, 0.99))
    );
    println!(
        "| one answer with the draft saved in the vault (SQLCipher), raw | {} | {} | |",
        us(median(&saved)),
        us(percentile(&saved, 0.99))
    );
    println!(
        "| resume that draft ({} of {} answered) | {} | | |",
        progress.answered,
        progress.relevant,
        ms(resume)
    );
    println!();
    println!("| memory | |");
    println!("|---|---|");
    println!("| compiled questionnaire, kept | {} |", kib(kept));
    println!("| peak while compiling | {} |", kib(peak));
    println!("| a session with its answers | {} |", kib(session_heap));
}
