//! The envelope's fixed header length, in a module of its own: the header
//! writes it and the padding buckets subtract it, and neither should depend
//! on the other for a number (the header already names its bucket).

/// Magic (4), version, kind, the HPKE suite (3 × 2), bucket and the key id
/// (8) (docs/envelope.md).
pub const HEADER_LEN: usize = 21;
