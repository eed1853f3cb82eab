//! Padding to fixed size buckets, so that every envelope of a bucket has
//! exactly the same length on the wire and at rest.
//!
//! Padded plaintext = `len` (u32, big-endian) ‖ content ‖ zero bytes, filled up
//! so that the whole sealed envelope is exactly the bucket's size. Removal is
//! unambiguous: read the length, and require every padding byte to be zero (so
//! one plaintext has exactly one padded form).
//!
//! Why these four sizes (4, 16, 64, 256 KiB, each ×4): a questionnaire with a
//! few dozen answers fits in 4 KiB, a long journal entry or interview in 16 KiB,
//! several attached entries in 64 KiB; 256 KiB caps what a phone on a metered
//! or slow link uploads in one go (attachments travel separately). Four sizes
//! leak at most two bits about a report's length, and the ×4 step means that,
//! above the smallest bucket, an envelope is less than 4× its content.

use zeroize::Zeroizing;

use super::hpke::{ENC_LEN, TAG_LEN};
use super::layout::HEADER_LEN;
use super::EnvelopeError;

/// Bytes the length prefix takes.
pub const LEN_PREFIX: usize = 4;

/// A padding bucket: the exact total size of a sealed envelope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Bucket {
    /// 4 KiB envelopes.
    Kib4,
    /// 16 KiB envelopes.
    Kib16,
    /// 64 KiB envelopes.
    Kib64,
    /// 256 KiB envelopes.
    Kib256,
}

impl Bucket {
    /// Every bucket, smallest first.
    pub const ALL: [Bucket; 4] = [Bucket::Kib4, Bucket::Kib16, Bucket::Kib64, Bucket::Kib256];

    /// The byte in the header: log2 of the envelope's size.
    pub fn wire_id(self) -> u8 {
        match self {
            Bucket::Kib4 => 12,
            Bucket::Kib16 => 14,
            Bucket::Kib64 => 16,
            Bucket::Kib256 => 18,
        }
    }

    pub fn from_wire_id(id: u8) -> Option<Bucket> {
        Bucket::ALL.into_iter().find(|b| b.wire_id() == id)
    }

    /// Total size of a sealed envelope in this bucket, header included.
    pub fn envelope_len(self) -> usize {
        1usize << self.wire_id()
    }

    /// Size of the padded plaintext that HPKE seals.
    pub fn padded_len(self) -> usize {
        self.envelope_len() - HEADER_LEN - ENC_LEN - TAG_LEN
    }

    /// The most content bytes (an encoded report or reply) that fit.
    pub fn capacity(self) -> usize {
        self.padded_len() - LEN_PREFIX
    }

    /// The smallest bucket, no smaller than `min`, that holds `content_len` bytes.
    pub fn for_content(content_len: usize, min: Bucket) -> Result<Bucket, EnvelopeError> {
        Bucket::ALL
            .into_iter()
            .find(|b| *b >= min && b.capacity() >= content_len)
            .ok_or(EnvelopeError::TooLarge {
                max: Bucket::Kib256.capacity(),
            })
    }
}

/// Pads `content` into the smallest bucket no smaller than `min`.
pub fn pad(content: &[u8], min: Bucket) -> Result<(Bucket, Zeroizing<Vec<u8>>), EnvelopeError> {
    let bucket = Bucket::for_content(content.len(), min)?;
    let mut out = Zeroizing::new(vec![0u8; bucket.padded_len()]);
    // capacity() < 256 KiB, so the length always fits in a u32.
    let len = u32::try_from(content.len()).map_err(|_| EnvelopeError::TooLarge {
        max: Bucket::Kib256.capacity(),
    })?;
    out[..LEN_PREFIX].copy_from_slice(&len.to_be_bytes());
    out[LEN_PREFIX..LEN_PREFIX + content.len()].copy_from_slice(content);
    Ok((bucket, out))
}

/// The content inside a padded plaintext, which must be exactly `bucket.padded_len()` long.
pub fn unpad(padded: &[u8], bucket: Bucket) -> Result<&[u8], EnvelopeError> {
    if padded.len() != bucket.padded_len() {
        return Err(EnvelopeError::MalformedPadding);
    }
    let (prefix, rest) = padded.split_at(LEN_PREFIX);
    let mut len_bytes = [0u8; LEN_PREFIX];
    len_bytes.copy_from_slice(prefix);
    let len = u32::from_be_bytes(len_bytes) as usize;
    if len > rest.len() {
        return Err(EnvelopeError::MalformedPadding);
    }
    let (content, zeros) = rest.split_at(len);
    if zeros.iter().any(|&b| b != 0) {
        return Err(EnvelopeError::MalformedPadding);
    }
    Ok(content)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(Bucket::Kib4.envelope_len(), 4096);
        assert_eq!(Bucket::Kib256.envelope_len(), 262_144);
        for b in Bucket::ALL {
            assert_eq!(Bucket::from_wire_id(b.wire_id()), Some(b));
            assert_eq!(
                b.padded_len() + HEADER_LEN + ENC_LEN + TAG_LEN,
                b.envelope_len()
            );
        }
        assert_eq!(Bucket::from_wire_id(13), None);
    }

    #[test]
    fn boundaries() {
        let cap = Bucket::Kib4.capacity();
        assert_eq!(Bucket::for_content(0, Bucket::Kib4), Ok(Bucket::Kib4));
        assert_eq!(Bucket::for_content(cap, Bucket::Kib4), Ok(Bucket::Kib4));
        assert_eq!(
            Bucket::for_content(cap + 1, Bucket::Kib4),
            Ok(Bucket::Kib16)
        );
        assert_eq!(Bucket::for_content(0, Bucket::Kib64), Ok(Bucket::Kib64));
        let max = Bucket::Kib256.capacity();
        assert_eq!(Bucket::for_content(max, Bucket::Kib4), Ok(Bucket::Kib256));
        assert_eq!(
            Bucket::for_content(max + 1, Bucket::Kib4),
            Err(EnvelopeError::TooLarge { max })
        );
    }

    #[test]
    fn round_trip_and_strictness() {
        for content in [&b""[..], b"x", &[7u8; 4023][..]] {
            let (bucket, padded) = pad(content, Bucket::Kib4).unwrap();
            assert_eq!(padded.len(), bucket.padded_len());
            assert_eq!(unpad(&padded, bucket).unwrap(), content);
        }
        let (bucket, mut padded) = pad(b"abc", Bucket::Kib4).unwrap();
        // A non-zero padding byte, an overlong length, a wrong size: all rejected.
        let last = padded.len() - 1;
        padded[last] = 1;
        assert_eq!(unpad(&padded, bucket), Err(EnvelopeError::MalformedPadding));
        padded[last] = 0;
        padded[..4].copy_from_slice(&u32::MAX.to_be_bytes());
        assert_eq!(unpad(&padded, bucket), Err(EnvelopeError::MalformedPadding));
        assert_eq!(
            unpad(&padded[1..], bucket),
            Err(EnvelopeError::MalformedPadding)
        );
        assert_eq!(unpad(&[], bucket), Err(EnvelopeError::MalformedPadding));
    }
}
