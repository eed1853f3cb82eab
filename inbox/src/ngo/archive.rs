//! The NGO's local copy of pulled envelopes: still sealed, one file each,
//! plus the pull cursor. Plaintext exists only in the exports the NGO asks
//! for; `reply` re-opens the one envelope it needs.
//!
//! ```text
//! STORE/cursor                                   last seq pulled (decimal)
//! STORE/envelopes/<seq, 20 digits>-<report id>-<day>.wmke
//! ```
//!
//! Each envelope is written (atomically) before the cursor moves past it,
//! so an interrupted pull loses nothing and simply fetches the rest again.

use std::path::{Path, PathBuf};

use waymark_core::sync::wire::{self, PulledEnvelope};

use crate::identity::write_atomic;
use crate::InboxError;

pub struct Archive {
    dir: PathBuf,
}

/// One envelope in the archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Archived {
    pub seq: u64,
    pub report_id: String,
    /// Day the inbox received it.
    pub day: String,
    pub path: PathBuf,
}

const FILE_EXT: &str = "wmke";

impl Archive {
    pub fn open(dir: &Path) -> Result<Archive, InboxError> {
        std::fs::create_dir_all(dir.join("envelopes"))
            .map_err(|_| InboxError::File { what: "store" })?;
        Ok(Archive {
            dir: dir.to_path_buf(),
        })
    }

    /// The last `seq` pulled (0 before the first pull).
    pub fn cursor(&self) -> Result<u64, InboxError> {
        match std::fs::read_to_string(self.dir.join("cursor")) {
            Ok(text) => text
                .trim()
                .parse()
                .map_err(|_| InboxError::File { what: "cursor" }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(0),
            Err(_) => Err(InboxError::File { what: "cursor" }),
        }
    }

    pub fn set_cursor(&self, seq: u64) -> Result<(), InboxError> {
        write_atomic(
            &self.dir.join("cursor"),
            format!("{seq}\n").as_bytes(),
            "cursor",
        )
    }

    pub fn save(&self, e: &PulledEnvelope) -> Result<(), InboxError> {
        // Checked by the client already; the names below rely on it.
        if wire::parse_report_id(&e.report_id).is_none() || !wire::is_day(&e.day) {
            return Err(InboxError::BadResponse);
        }
        let name = format!("{:020}-{}-{}.{FILE_EXT}", e.seq, e.report_id, e.day);
        write_atomic(&self.dir.join("envelopes").join(name), &e.envelope, "store")
    }

    /// Every archived envelope, in inbox order.
    pub fn list(&self) -> Result<Vec<Archived>, InboxError> {
        let entries = std::fs::read_dir(self.dir.join("envelopes"))
            .map_err(|_| InboxError::File { what: "store" })?;
        let mut out = Vec::new();
        for entry in entries.flatten() {
            let path = entry.path();
            if let Some(archived) = parse_name(&path) {
                out.push(archived);
            }
        }
        out.sort_by_key(|a| a.seq);
        Ok(out)
    }

    pub fn find(&self, report_id: &str) -> Result<Option<Archived>, InboxError> {
        Ok(self.list()?.into_iter().find(|a| a.report_id == report_id))
    }
}

fn parse_name(path: &Path) -> Option<Archived> {
    if path.extension()?.to_str()? != FILE_EXT {
        return None;
    }
    let stem = path.file_stem()?.to_str()?;
    let mut parts = stem.splitn(3, '-');
    let seq = parts.next()?.parse().ok()?;
    let report_id = parts.next()?.to_owned();
    let day = parts.next()?.to_owned();
    (wire::parse_report_id(&report_id).is_some() && wire::is_day(&day)).then(|| Archived {
        seq,
        report_id,
        day,
        path: path.to_path_buf(),
    })
}
