//! The XLSForm importer on arbitrary workbook bytes (.xlsx and legacy
//! .xls): a typed error or a questionnaire, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use waymark_core::questionnaire::import::{import_bytes, FormKind};

fuzz_target!(|data: &[u8]| {
    let kind = if data.first().is_some_and(|b| b & 1 == 1) {
        FormKind::Xls
    } else {
        FormKind::Xlsx
    };
    let _ = import_bytes(kind, "fuzz", data, &|_| None);
});
