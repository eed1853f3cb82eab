//! The one source of randomness: the operating system's CSPRNG, through ring.

use ring::rand::{SecureRandom, SystemRandom};

/// Fills `buf` with random bytes.
///
/// The OS generator failing is not something the app can recover from, and
/// continuing with predictable keys would be worse than stopping, so this panics.
/// ring only fails here if `getrandom` itself is unavailable.
pub(crate) fn fill(buf: &mut [u8]) {
    SystemRandom::new()
        .fill(buf)
        .expect("the operating system's random number generator failed");
}

pub(crate) fn array<const N: usize>() -> [u8; N] {
    let mut out = [0u8; N];
    fill(&mut out);
    out
}
