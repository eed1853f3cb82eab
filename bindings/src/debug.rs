//! Debug builds only: exports that panic as a bug in the core would, so the
//! tests of every language can check what the app receives. Each panic text
//! quotes a fake secret, which must never reach the caller.

use crate::errors::VaultError;

/// A panic inside a call with an error type arrives as `VaultError.Internal`,
/// not as a crash.
#[waymark_ffi_macros::export]
pub fn debug_panic_in_core() -> Result<(), VaultError> {
    let secret = "passcode=SECRET-1234";
    panic!("simulated bug in the core ({secret})")
}

/// A panic inside a call without an error type arrives as uniffi's internal
/// error (a `RuntimeException`, `InternalError`…) with a fixed text.
#[waymark_ffi_macros::export]
pub fn debug_panic_without_error_type() -> String {
    let secret = "passcode=SECRET-1234";
    panic!("simulated bug in the core ({secret})")
}
