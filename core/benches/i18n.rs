//! App start for languages and content: time to build a `Localizer` (one
//! locale, and every locale), to verify and load the built-in content pack,
//! time to format, and the heap each uses.
//!
//! `cargo bench -p waymark-core --bench i18n --profile dev [-- --quick]`
//!
//! Prints a markdown table. Heap is measured exactly by a counting global
//! allocator (live bytes after construction, minus before); times are the
//! median of several runs.

mod common;

use std::time::Duration;

use common::{heap, kib, ms, time};

use waymark_core::content::{self, builtin};
use waymark_core::i18n::{lint, Arg, Localizer};
use waymark_core::VaultError;

#[global_allocator]
static ALLOCATOR: common::Counting = common::Counting;

fn us(d: Duration) -> String {
    format!("{:.2} µs", d.as_secs_f64() * 1e6)
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let runs = if quick { 3 } else { 25 };
    let codes = Localizer::available_locales();
    let embedded_bytes: usize = waymark_core::i18n::embedded_files()
        .iter()
        .map(|(_, _, s)| s.len())
        .sum();

    println!("## Languages and content at app start (issue 3)\n");
    println!(
        "{} locales, {} embedded .ftl files, {} of Fluent source in the binary.\n",
        codes.len(),
        waymark_core::i18n::embedded_files().len(),
        kib(embedded_bytes)
    );
    println!("| what | median time | heap kept |");
    println!("|---|---|---|");

    let (en, en_heap) = heap(|| Localizer::new(&["en"]));
    println!(
        "| `Localizer::new([\"en\"])` | {} | {} |",
        ms(time(runs, || Localizer::new(&["en"]))),
        kib(en_heap)
    );
    let (ar, ar_heap) = heap(|| Localizer::new(&["ar"]));
    println!(
        "| `Localizer::new([\"ar\"])` (chain ar → en) | {} | {} |",
        ms(time(runs, || Localizer::new(&["ar"]))),
        kib(ar_heap)
    );
    let (all, all_heap) = heap(|| {
        let refs: Vec<&str> = codes.iter().map(String::as_str).collect();
        Localizer::new(&refs)
    });
    let refs: Vec<&str> = codes.iter().map(String::as_str).collect();
    println!(
        "| every locale in one chain ({}) | {} | {} |",
        all.fallback_chain().len(),
        ms(time(runs, || Localizer::new(&refs))),
        kib(all_heap)
    );
    let (each, each_heap) = heap(|| {
        codes
            .iter()
            .map(|c| Localizer::new(&[c.as_str()]))
            .collect::<Vec<_>>()
    });
    println!(
        "| one `Localizer` per locale ({}) | {} | {} |",
        each.len(),
        ms(time(runs, || codes
            .iter()
            .map(|c| Localizer::new(&[c.as_str()]))
            .collect::<Vec<_>>())),
        kib(each_heap)
    );

    let error = VaultError::WrongPasscode {
        remaining_attempts: Some(3),
    };
    let per_call = |loc: &Localizer| {
        let n = 1000;
        time(runs, || {
            for _ in 0..n {
                std::hint::black_box(error.user_message(loc));
            }
        }) / n
    };
    println!(
        "| format a plural message (en), per call | {} | |",
        us(per_call(&en))
    );
    println!(
        "| format a plural message (ar, isolated), per call | {} | |",
        us(per_call(&ar))
    );
    let missing = time(runs, || {
        en.text("no-such-message", &[("x", Arg::from(1u32))])
    });
    println!(
        "| `text` of a missing id (falls back to the filler) | {} | |",
        us(missing)
    );
    println!(
        "| lint of the embedded locales | {} | |",
        ms(time(runs.min(5), lint::check_embedded))
    );

    // The built-in pack: signature and every file hash checked, then the
    // helpline directory parsed. The app does this once at start.
    let files = builtin::files();
    let pack_bytes: usize = files.iter().map(|f| f.data.len()).sum();
    let verify = || content::pack::verify(&builtin::files(), &[builtin::DEV_PUBLIC_KEY]).unwrap();
    let (verified, pack_heap) = heap(verify);
    println!(
        "| verify the built-in pack ({} files, {}) | {} | {} |",
        files.len(),
        kib(pack_bytes),
        ms(time(runs, verify)),
        kib(pack_heap)
    );
    let (directory, dir_heap) = heap(|| builtin::helpline_directory().unwrap());
    println!(
        "| parse its helpline directory ({} services) | {} | {} |",
        directory.services.len(),
        ms(time(runs, || builtin::helpline_directory().unwrap())),
        kib(dir_heap)
    );
    let start = || {
        (
            Localizer::new(&["ar"]),
            content::pack::verify(&builtin::files(), &[builtin::DEV_PUBLIC_KEY]).unwrap(),
        )
    };
    let (started, start_heap) = heap(start);
    println!(
        "| **app start**: `Localizer` (ar → en) + built-in pack verified | {} | {} |",
        ms(time(runs, start)),
        kib(start_heap)
    );
    drop((en, ar, all, each, verified, directory, started));
}
