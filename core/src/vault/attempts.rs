//! The failed-attempt counter, kept in its own small file so it survives
//! restarts without rewriting the header on every guess.
//!
//! The counter is raised *before* the KDF runs and reset only after a correct
//! passcode, so killing the app in the middle of a guess still counts it.

use std::path::Path;

use super::files::{remove_if_present, write_atomically};

pub(crate) fn read(path: &Path) -> u32 {
    match std::fs::read(path) {
        Ok(b) if b.len() == 4 => u32::from_le_bytes([b[0], b[1], b[2], b[3]]),
        // A missing file means no failures. A damaged one cannot be trusted
        // either way; counting it as zero keeps a glitch from wiping the vault.
        _ => 0,
    }
}

pub(crate) fn increment(path: &Path) -> std::io::Result<u32> {
    let n = read(path).saturating_add(1);
    write_atomically(path, &n.to_le_bytes())?;
    Ok(n)
}

pub(crate) fn reset(path: &Path) -> std::io::Result<()> {
    remove_if_present(path)
}
