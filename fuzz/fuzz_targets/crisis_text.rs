//! Typed text through the crisis classifier, and bytes read as its model file
//! (the check itself is in ../checks.rs, shared with the stable replay).
#![no_main]

#[path = "../checks.rs"]
#[allow(dead_code)]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::crisis_text(data));
