//! The passcode KDF: Argon2id with parameters stored in the vault header.
//!
//! A memory-hard KDF makes each guess cost real memory on an attacker's GPU.
//! On the phone the result is further combined with a hardware-bound secret
//! (see `vault::header`), so short PINs cannot be brute-forced off the device.

use argon2::{Algorithm, Argon2, Params, Version};
use zeroize::Zeroizing;

use crate::secret::SecretKey;

/// Argon2id cost parameters. Stored in the vault header so that every vault
/// keeps the cost it was created with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct KdfParams {
    /// Memory in KiB.
    pub memory_kib: u32,
    /// Passes over the memory.
    pub iterations: u32,
    /// Parallel lanes. Phones run the KDF on one thread, so this stays 1.
    pub lanes: u32,
}

/// Upper bounds that a header may ask for. A hostile or corrupt header must not
/// be able to make unlock allocate gigabytes or spin for minutes.
pub const MAX_MEMORY_KIB: u32 = 1024 * 1024;
pub const MAX_ITERATIONS: u32 = 64;
pub const MAX_LANES: u32 = 16;

impl KdfParams {
    /// The parameters new vaults get. See docs/PERFORMANCE.md for how they
    /// were calibrated: about 0.5–1 s on a mid-range Android phone.
    pub const RECOMMENDED: KdfParams = KdfParams {
        memory_kib: 64 * 1024,
        iterations: 3,
        lanes: 1,
    };

    /// The cheapest parameters Argon2 accepts. Only for tests and for
    /// measuring what unlock costs apart from the KDF.
    pub const MINIMUM: KdfParams = KdfParams {
        memory_kib: 8,
        iterations: 1,
        lanes: 1,
    };

    /// Whether Argon2 accepts these parameters and they are within the bounds
    /// this crate is willing to run.
    pub fn is_valid(&self) -> bool {
        self.lanes >= 1
            && self.lanes <= MAX_LANES
            && self.iterations >= 1
            && self.iterations <= MAX_ITERATIONS
            && self.memory_kib >= 8 * self.lanes
            && self.memory_kib <= MAX_MEMORY_KIB
    }

    /// Derives a 256-bit key from a passcode and salt.
    ///
    /// Returns `None` only for parameters that fail [`KdfParams::is_valid`].
    /// Blocking: takes hundreds of milliseconds with the recommended parameters.
    pub fn derive(&self, passcode: &[u8], salt: &[u8; 16]) -> Option<SecretKey> {
        if !self.is_valid() {
            return None;
        }
        let params = Params::new(
            self.memory_kib,
            self.iterations,
            self.lanes,
            Some(SecretKey::LEN),
        )
        .ok()?;
        let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
        let mut out = Zeroizing::new([0u8; 32]);
        argon
            .hash_password_into(passcode, salt, out.as_mut())
            .ok()?;
        #[cfg(test)]
        tests::count_derivation();
        Some(SecretKey::from_bytes(*out))
    }
}

impl Default for KdfParams {
    fn default() -> Self {
        KdfParams::RECOMMENDED
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::cell::Cell;

    thread_local! {
        static DERIVATIONS: Cell<u32> = const { Cell::new(0) };
    }

    pub(crate) fn count_derivation() {
        DERIVATIONS.with(|d| d.set(d.get() + 1));
    }

    /// How many KDF runs this thread has made; lets tests check that every
    /// unlock path costs the same number of derivations.
    pub(crate) fn derivations() -> u32 {
        DERIVATIONS.with(|d| d.get())
    }

    #[test]
    fn same_input_same_key_and_salt_matters() {
        let p = KdfParams::MINIMUM;
        let a = p.derive(b"1234", &[1; 16]).unwrap();
        let b = p.derive(b"1234", &[1; 16]).unwrap();
        let c = p.derive(b"1234", &[2; 16]).unwrap();
        assert_eq!(a.expose(), b.expose());
        assert_ne!(a.expose(), c.expose());
    }

    #[test]
    fn rejects_out_of_bounds_parameters() {
        for bad in [
            KdfParams {
                memory_kib: 0,
                ..KdfParams::MINIMUM
            },
            KdfParams {
                iterations: 0,
                ..KdfParams::MINIMUM
            },
            KdfParams {
                lanes: 0,
                ..KdfParams::MINIMUM
            },
            KdfParams {
                memory_kib: MAX_MEMORY_KIB + 1,
                ..KdfParams::MINIMUM
            },
            KdfParams {
                iterations: MAX_ITERATIONS + 1,
                ..KdfParams::MINIMUM
            },
        ] {
            assert!(!bad.is_valid(), "{bad:?}");
            assert!(bad.derive(b"x", &[0; 16]).is_none());
        }
        assert!(KdfParams::RECOMMENDED.is_valid());
    }
}
