//! An inbox endpoint URL, parsed: a value or a typed error, never a panic
//! (the check itself is in ../checks.rs, shared with the stable replay).
#![no_main]

#[path = "../checks.rs"]
#[allow(dead_code)]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::endpoint(data));
