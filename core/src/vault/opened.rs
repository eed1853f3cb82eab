//! A passcode that proved itself: what both the format-2 check
//! (`rotation`) and the format-1 migration (`migrate`) hand to the rotation
//! that follows. Its own module so that neither of those two depends on the
//! other for it.

use super::attempts::VaultLock;
use super::header::{Clear, Inner, Role};
use crate::secret::SecretKey;

/// A passcode that proved itself, with the vault's lock still held.
pub(crate) struct Opened {
    pub lock: VaultLock,
    pub clear: Clear,
    pub inner: Inner,
    /// The passcode's Argon2id output.
    pub x: SecretKey,
    /// Which slot opened.
    pub slot: usize,
    pub role: Role,
    /// What the slot held: the live database's key, or a duress token.
    pub content: SecretKey,
    pub generation: u64,
}
