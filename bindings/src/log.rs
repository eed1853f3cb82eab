//! The optional log sink. It receives only fixed event names from this
//! crate (e.g. `keystore` / `unwrap-failed`), never a passcode, an answer, a
//! note, an identifier or an error's text: the signature of [`emit`] takes
//! `&'static str`, so nothing computed at run time can reach it.
//!
//! Deliberately never logged: which passcode unlocked the vault (a duress
//! unlock must look like any other), wipes, and anything about content.

use std::sync::{Arc, RwLock};

use crate::errors::PlatformError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum LogLevel {
    Debug,
    Info,
    Warn,
    Error,
}

/// One event. `area` and `event` are words from a fixed vocabulary
/// (docs/mobile-integration.md lists them).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LogRecord {
    pub level: LogLevel,
    pub area: String,
    pub event: String,
}

/// Implemented by the app if it wants diagnostics (e.g. to logcat in debug
/// builds). Called from any thread; must not block for long.
#[uniffi::export(with_foreign)]
pub trait LogSink: Send + Sync {
    fn log(&self, record: LogRecord) -> Result<(), PlatformError>;
}

static SINK: RwLock<Option<Arc<dyn LogSink>>> = RwLock::new(None);

/// Sets (or with `None` removes) the log sink. No sink is the default.
#[waymark_ffi_macros::export]
pub fn set_log_sink(sink: Option<Arc<dyn LogSink>>) {
    *SINK.write().unwrap_or_else(|e| e.into_inner()) = sink;
}

pub(crate) fn emit(level: LogLevel, area: &'static str, event: &'static str) {
    let sink = SINK.read().unwrap_or_else(|e| e.into_inner()).clone();
    if let Some(sink) = sink {
        // A failing sink must never fail the operation that logged.
        let _ = sink.log(LogRecord {
            level,
            area: area.to_owned(),
            event: event.to_owned(),
        });
    }
}
