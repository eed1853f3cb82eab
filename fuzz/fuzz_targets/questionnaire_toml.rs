//! The questionnaire format: parsing, validation and starting a session on
//! whatever validates. No input panics.
#![no_main]

use std::sync::Arc;

use libfuzzer_sys::fuzz_target;
use waymark_core::questionnaire::{self, Mode, Session};

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let _ = questionnaire::validate("fuzz.toml", src, Some(&|_, _| true));
    if let Ok(q) = questionnaire::parse("fuzz.toml", src) {
        if let Ok(s) = Session::start(Arc::new(q), Mode::Interviewer, None) {
            let _ = s.review();
            let _ = s.outcome();
        }
    }
});
