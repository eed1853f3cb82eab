//! Reading a pack from a folder on disk (the CLI, tests, desktop tools).

use std::io::Read;
use std::path::Path;

use super::error::{display_name, PackError};
use super::pack::PackFile;
use super::path;
use super::{MAX_FILES, MAX_FILE_SIZE, MAX_MANIFEST_SIZE, MAX_PACK_SIZE};

/// Reads every file under `dir` as a pack. Symbolic links and names outside
/// the safe alphabet are refused rather than followed or skipped, and limits
/// apply while reading, so a huge or endless folder fails early.
pub fn read_dir(dir: &Path) -> Result<Vec<PackFile>, PackError> {
    let mut files = Vec::new();
    let mut total: u64 = 0;
    walk(dir, "", 0, &mut files, &mut total)?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

fn walk(
    dir: &Path,
    prefix: &str,
    depth: usize,
    files: &mut Vec<PackFile>,
    total: &mut u64,
) -> Result<(), PackError> {
    if depth >= path::MAX_PATH_DEPTH {
        return Err(PackError::UnsafePath {
            file: display_name(prefix),
            reason: "nested too deep",
        });
    }
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let name = name.to_str().ok_or_else(|| PackError::UnsafePath {
            file: display_name(&name.to_string_lossy()),
            reason: "name is not UTF-8",
        })?;
        let rel = if prefix.is_empty() {
            name.to_owned()
        } else {
            format!("{prefix}/{name}")
        };
        let kind = entry.file_type()?;
        if kind.is_symlink() {
            return Err(PackError::UnsafePath {
                file: display_name(&rel),
                reason: "symbolic link",
            });
        }
        if kind.is_dir() {
            walk(&entry.path(), &rel, depth + 1, files, total)?;
            continue;
        }
        if !kind.is_file() {
            return Err(PackError::UnsafePath {
                file: display_name(&rel),
                reason: "not a regular file",
            });
        }
        path::check(&rel)?;
        if files.len() >= MAX_FILES + 2 {
            return Err(PackError::TooManyFiles { max: MAX_FILES });
        }
        let max = if rel == path::MANIFEST {
            MAX_MANIFEST_SIZE as u64
        } else {
            MAX_FILE_SIZE
        };
        let mut data = Vec::new();
        std::fs::File::open(entry.path())?
            .take(max + 1)
            .read_to_end(&mut data)?;
        if data.len() as u64 > max {
            return Err(PackError::FileTooLarge { file: rel, max });
        }
        *total += data.len() as u64;
        if *total > MAX_PACK_SIZE + MAX_MANIFEST_SIZE as u64 {
            return Err(PackError::PackTooLarge { max: MAX_PACK_SIZE });
        }
        files.push(PackFile::new(rel, data));
    }
    Ok(())
}
