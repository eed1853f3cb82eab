//! Every step the vault takes on disk or in the key store passes through
//! [`step`]. In normal builds that is nothing at all. Two builds give it a
//! meaning:
//!
//! - unit tests record the steps of one thread, so a test can compare the
//!   exact sequence of a normal unlock with that of a duress unlock
//!   (`vault/tests/parity.rs`);
//! - the `crash-points` feature (tests only) lets a child process arm a step
//!   number at which it kills itself with SIGKILL, so a test can interrupt a
//!   migration at every single step (`core/tests/vault_migration.rs`).

/// One thing the vault did. File names as they are on disk; key-store
/// aliases as given to the key store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Step {
    Write(String, usize),
    Rename(String),
    Remove(String),
    Shred(String),
    CreateDatabase(String),
    OpenDatabase(String),
    KeyStore(&'static str, String),
    /// A named moment outside the vault (a crash test's kill point).
    Mark(&'static str),
}

#[cfg(test)]
thread_local! {
    static RECORDED: std::cell::RefCell<Option<Vec<Step>>> = const { std::cell::RefCell::new(None) };
}

/// Notes a step. `what` is only evaluated when someone is listening.
#[inline]
pub(crate) fn step(what: impl FnOnce() -> Step) {
    #[cfg(test)]
    RECORDED.with(|r| {
        if let Some(steps) = r.borrow_mut().as_mut() {
            steps.push(what());
        }
    });
    #[cfg(not(test))]
    let _ = what;
    #[cfg(feature = "crash-points")]
    crash_points::count();
}

/// Runs `f` and returns the steps it took on this thread.
#[cfg(test)]
pub(crate) fn record<T>(f: impl FnOnce() -> T) -> (T, Vec<Step>) {
    RECORDED.with(|r| *r.borrow_mut() = Some(Vec::new()));
    let out = f();
    let steps = RECORDED.with(|r| r.borrow_mut().take().unwrap_or_default());
    (out, steps)
}

/// Kill points for crash tests. Never armed unless a test calls [`arm`].
#[cfg(feature = "crash-points")]
pub mod crash_points {
    use std::sync::atomic::{AtomicU64, Ordering};

    static ARMED_AT: AtomicU64 = AtomicU64::new(0);
    static SEEN: AtomicU64 = AtomicU64::new(0);

    /// Kills this process (SIGKILL, no clean-up) when it reaches step `n`
    /// (1-based) from now.
    pub fn arm(n: u64) {
        SEEN.store(0, Ordering::SeqCst);
        ARMED_AT.store(n, Ordering::SeqCst);
    }

    /// Steps seen since [`arm`].
    pub fn seen() -> u64 {
        SEEN.load(Ordering::SeqCst)
    }

    pub(super) fn count() {
        let n = SEEN.fetch_add(1, Ordering::SeqCst) + 1;
        if ARMED_AT.load(Ordering::SeqCst) == n {
            // SAFETY: plain libc calls with valid arguments.
            #[allow(unsafe_code)] // crash tests only: a kill no unwind can soften
            unsafe {
                libc::kill(libc::getpid(), libc::SIGKILL);
            }
        }
    }
}
