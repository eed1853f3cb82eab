//! The XForm importer on arbitrary XML: a typed error or a questionnaire
//! that the validator accepted, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use waymark_core::questionnaire::import::{import_bytes, FormKind};
use waymark_core::questionnaire::validate;

fuzz_target!(|data: &[u8]| {
    if let Ok(imported) = import_bytes(FormKind::XForm, "fuzz", data, &|_| None) {
        let has = |locale: &str, _: &str| imported.ftl.contains_key(locale);
        let findings = validate("fuzz.toml", &imported.toml, Some(&has));
        assert!(
            findings.is_empty(),
            "an import is always a valid questionnaire"
        );
    }
});
