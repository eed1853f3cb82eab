//! What an inbox answers (reply polls, receipts, directory entries): a value or a typed error, never a panic
//! (the check itself is in ../checks.rs, shared with the stable replay).
#![no_main]

#[path = "../checks.rs"]
#[allow(dead_code)]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::inbox_answers(data));
