//! Replays every fuzz target's corpus on stable Rust, as part of the test
//! command: the seeds in fuzz/seeds/<target>/ and every input a campaign
//! once crashed on, kept in fuzz/regressions/<target>/. The coverage-guided
//! campaigns themselves run on nightly (docs/fuzzing.md); this keeps what
//! they found fixed without a nightly toolchain in CI.

#[path = "../../fuzz/checks.rs"]
mod checks;

use std::path::Path;

#[test]
fn every_seed_and_past_crash_is_handled_without_a_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz");
    for (target, check) in checks::TARGETS {
        let mut replayed = 0;
        for folder in ["seeds", "regressions"] {
            let Ok(entries) = std::fs::read_dir(root.join(folder).join(target)) else {
                continue;
            };
            for entry in entries {
                let path = entry.unwrap().path();
                let data = std::fs::read(&path).unwrap();
                let outcome = std::panic::catch_unwind(|| check(&data));
                assert!(outcome.is_ok(), "{target}: {} panics", path.display());
                replayed += 1;
            }
        }
        assert!(replayed > 0, "{target} has no seeds in fuzz/seeds/{target}");
        println!("{target}: {replayed} inputs replayed");
    }
}
