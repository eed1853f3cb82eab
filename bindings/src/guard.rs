//! The FFI boundary's safety net: a panic inside the core becomes the area's
//! `Internal` error instead of aborting the app or reaching the caller as a
//! bare "Rust panic" with the panic's text (which could quote personal data).
//!
//! Every export reaches these functions through `#[waymark_ffi_macros::export]`
//! (bindings/macros), never by hand.

use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::sync::Once;

use crate::log::{emit, LogLevel};

/// Implemented by every error enum the bindings return.
pub(crate) trait InternalError {
    /// The localized "something went wrong inside the app" error.
    fn internal() -> Self;
}

/// What uniffi hands the app when a call without an error type panics: a
/// fixed text, because the panic's own message could quote data.
pub(crate) const WITHHELD_PANIC: &str = "waymark: internal error (details withheld)";

/// The log area of an export: the last part of its module path (`sync`,
/// `vault`…), a fixed word, never data.
pub(crate) fn area(module_path: &'static str) -> &'static str {
    module_path.rsplit("::").next().unwrap_or(module_path)
}

/// Runs `f`, turning a panic into `E::internal()`.
pub(crate) fn guarded<T, E: InternalError>(
    area: &'static str,
    f: impl FnOnce() -> Result<T, E>,
) -> Result<T, E> {
    catch(area, f).unwrap_or_else(|()| Err(E::internal()))
}

/// Runs `f`, which has no error to return: a panic is logged and raised
/// again with [`WITHHELD_PANIC`] as its only text.
pub(crate) fn guarded_infallible<T>(area: &'static str, f: impl FnOnce() -> T) -> T {
    catch(area, f).unwrap_or_else(|()| resume_unwind(Box::new(WITHHELD_PANIC)))
}

fn catch<T>(area: &'static str, f: impl FnOnce() -> T) -> Result<T, ()> {
    silence_panic_output();
    catch_unwind(AssertUnwindSafe(f)).map_err(|_| emit(LogLevel::Error, area, "panic-caught"))
}

/// When the library is loaded, before any call (uniffi's own argument
/// checks may panic before a guard runs).
#[ctor::ctor]
fn on_load() {
    silence_panic_output();
}

/// The default panic hook prints the panic message to stderr, which is
/// logcat on Android: replace it with one that prints only where in the
/// code it happened (a source file and line, never data), for developers.
/// The event still reaches the app's log sink, without the message. Also
/// called by every guard, in case a platform linker dropped the load-time
/// call.
fn silence_panic_output() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            if let Some(at) = info.location() {
                eprintln!(
                    "waymark: panic at {}:{} (message withheld)",
                    at.file(),
                    at.line()
                );
            }
        }))
    });
}
