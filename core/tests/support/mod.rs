//! Helpers shared by the integration tests that check what reaches the disk.

use std::fs;
use std::path::{Path, PathBuf};

/// Every file under `dir`, recursively, sorted.
#[allow(dead_code)] // not every test file uses both helpers
pub fn all_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Fails if any marker appears in any byte of any file under `dir`, as
/// UTF-8 or UTF-16.
#[allow(dead_code)]
pub fn assert_no_plaintext(dir: &Path, markers: &[&str]) {
    let files = all_files(dir);
    assert!(!files.is_empty());
    for path in files {
        let bytes = fs::read(&path).unwrap();
        for m in markers {
            let utf16: Vec<u8> = m.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
            for needle in [m.as_bytes(), &utf16[..]] {
                assert!(
                    !bytes.windows(needle.len()).any(|w| w == needle),
                    "marker {m:?} found in {}",
                    path.display()
                );
            }
        }
    }
}
