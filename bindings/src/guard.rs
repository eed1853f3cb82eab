//! The FFI boundary's safety net: a panic inside the core becomes the area's
//! `Internal` error instead of aborting the app or reaching the caller as a
//! bare "Rust panic" with the panic's text (which could quote personal data).

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Once;

use crate::log::{emit, LogLevel};

/// Implemented by every error enum the bindings return.
pub(crate) trait InternalError {
    /// The localized "something went wrong inside the app" error.
    fn internal() -> Self;
}

/// Runs `f`, turning a panic into `E::internal()`. `area` names the API area
/// in the log event; it is a fixed word, never data.
pub(crate) fn guarded<T, E: InternalError>(
    area: &'static str,
    f: impl FnOnce() -> Result<T, E>,
) -> Result<T, E> {
    silence_panic_output();
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(result) => result,
        Err(_) => {
            emit(LogLevel::Error, area, "panic-caught");
            Err(E::internal())
        }
    }
}

/// The default panic hook prints the panic message to stderr, which is
/// logcat on Android: replace it with one that prints nothing. The event
/// still reaches the app's log sink, without the message.
fn silence_panic_output() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| std::panic::set_hook(Box::new(|_| {})));
}
