//! Which file names a pack may use.
//!
//! Names are relative, `/`-separated, and made of a small safe alphabet, so
//! that no name can escape the pack's folder, hide as a dot-file, or mean
//! different things on Windows, macOS and Linux.

use super::error::{display_name, PackError};

/// Longest file name, in bytes.
pub const MAX_PATH_LEN: usize = 200;
/// Deepest folder nesting.
pub const MAX_PATH_DEPTH: usize = 8;

/// The manifest and its signature are the pack's envelope, not its content.
pub const MANIFEST: &str = "manifest.json";
pub const SIGNATURE: &str = "manifest.sig";

/// Checks one name. Each component is `[A-Za-z0-9_-][A-Za-z0-9._-]*`: this
/// rules out `..`, `.`, hidden files, absolute paths, backslashes, drive
/// letters, empty components and every non-ASCII look-alike.
pub fn check(name: &str) -> Result<(), PackError> {
    let fail = |reason| {
        Err(PackError::UnsafePath {
            file: display_name(name),
            reason,
        })
    };
    if name.is_empty() {
        return fail("empty name");
    }
    if name.len() > MAX_PATH_LEN {
        return fail("name too long");
    }
    if name.starts_with('/') {
        return fail("absolute path");
    }
    if name.contains('\\') {
        return fail("backslash");
    }
    let components: Vec<&str> = name.split('/').collect();
    if components.len() > MAX_PATH_DEPTH {
        return fail("nested too deep");
    }
    for c in components {
        if c.is_empty() {
            return fail("empty path component");
        }
        if c == "." || c == ".." {
            return fail("'.' or '..' component");
        }
        if c.starts_with('.') {
            return fail("hidden file");
        }
        if !c
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
        {
            return fail("character outside A-Z a-z 0-9 . _ -");
        }
    }
    Ok(())
}

/// The key under which two names collide on a case-insensitive file system.
pub fn fold(name: &str) -> String {
    name.to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn accepts_plain_names() {
        for ok in ["helplines.json", "locales/zh-Hans/helplines.ftl", "a_b-c.d"] {
            assert!(check(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn refuses_escapes() {
        for bad in [
            "",
            "/etc/passwd",
            "../x",
            "a/../../x",
            "a/./b",
            "a\\b",
            "C:/x",
            "a//b",
            "a/",
            ".hidden",
            "é.json",
            "a b",
            "a\0b",
        ] {
            assert!(check(bad).is_err(), "{bad:?}");
        }
        assert!(check(&"a".repeat(201)).is_err());
        assert!(check(&["a"; 9].join("/")).is_err());
    }
}
