//! The NGO's own tools, run on the NGO's machine (never on the server):
//! pull envelopes into a local archive, open them with the private key,
//! export them, and answer a reporter.
//!
//! Dummy sends (cover traffic) reach the inbox like reports; only here,
//! after opening, are they recognised, and they are dropped before the
//! archive: no export, count or listing ever shows them.

pub mod archive;
pub mod client;
pub mod export;

use waymark_core::envelope::{self, NgoPrivateKey};
use waymark_core::sync::wire::{MAX_PULL_LIMIT, MAX_SEALED_REPLY_LEN};

use crate::InboxError;
use archive::Archive;
use client::InboxClient;
use export::Opened;

/// Most pages one `pull` fetches (8 envelopes each): a run ends even if
/// the server keeps answering.
pub const MAX_PAGES_PER_PULL: usize = 100_000;

/// Downloads every envelope after the archive's cursor into the archive,
/// except dummies (opened with `key` and dropped). Returns how many new
/// envelopes were kept. An envelope that does not open (another key,
/// damage) is kept for a later look.
pub async fn pull(
    client: &InboxClient,
    archive: &Archive,
    key: &NgoPrivateKey,
) -> Result<usize, InboxError> {
    let mut cursor = archive.cursor()?;
    let mut fetched = 0;
    for _ in 0..MAX_PAGES_PER_PULL {
        let page = client.pull_page(cursor).await?;
        for e in &page.envelopes {
            if let Ok(envelope::Opened::Dummy) = envelope::open_any(&e.envelope, key) {
                continue;
            }
            archive.save(e)?;
            fetched += 1;
        }
        if page.next_after > cursor {
            cursor = page.next_after;
            archive.set_cursor(cursor)?;
        }
        if page.envelopes.len() < MAX_PULL_LIMIT as usize {
            break;
        }
    }
    Ok(fetched)
}

/// Opens every archived envelope. Returns the reports and how many could
/// not be opened (sealed to another key, or damaged): those stay in the
/// archive untouched.
pub fn open_all(
    archive: &Archive,
    key: &NgoPrivateKey,
) -> Result<(Vec<Opened>, usize), InboxError> {
    let mut opened = Vec::new();
    let mut failed = 0;
    for a in archive.list()? {
        let bytes = std::fs::read(&a.path).map_err(|_| InboxError::File { what: "store" })?;
        match envelope::open(&bytes, key) {
            Ok(report) => opened.push(Opened {
                seq: a.seq,
                received_day: a.day,
                report,
            }),
            Err(_) => failed += 1,
        }
    }
    Ok((opened, failed))
}

/// Seals `text` to the reply key inside archived report `report_id` and
/// posts it. Returns the reply's id on the server.
pub async fn reply(
    client: &InboxClient,
    archive: &Archive,
    key: &NgoPrivateKey,
    report_id: &str,
    text: &str,
) -> Result<String, InboxError> {
    if text.trim().is_empty() {
        return Err(InboxError::BadReplyText);
    }
    let archived = archive.find(report_id)?.ok_or(InboxError::UnknownReport)?;
    let bytes = std::fs::read(&archived.path).map_err(|_| InboxError::File { what: "store" })?;
    let report = envelope::open(&bytes, key).map_err(|_| InboxError::KeyFileCorrupt)?;
    let sealed =
        envelope::seal_reply(text, &report.reply_key).map_err(|_| InboxError::BadReplyText)?;
    if sealed.len() > MAX_SEALED_REPLY_LEN {
        // Every poll's answer has one size, which holds one small reply.
        return Err(InboxError::ReplyTooLong {
            max: envelope::Bucket::Kib4.capacity(),
        });
    }
    client.post_reply(report_id, sealed).await
}
