//! Receipt codes: the secret a reporter keeps to fetch the NGO's replies.
//!
//! A code is 80 random bits (10 bytes from the OS generator), GlobaLeaks'
//! audit advice for a credential that may be guessed online. It has two
//! renderings of the same secret, and either parses back to it:
//!
//! - **Letters and digits** (to write down or read aloud): the 80 bits as 16
//!   Crockford base32 characters (16 × 5 = 80 bits exactly), then one check
//!   character: `7A8N-R1Z2-92YH-CZY4-V`. Crockford's alphabet has no I, L, O or
//!   U; when parsing, case is ignored, I and L read as 1 and O as 0.
//! - **Digits only** (to keep disguised as phone numbers in a contact list):
//!   the 80 bits as a 25-digit number (10^25 > 2^80, so 25 digits hold
//!   log2(10^25) ≈ 83.05 bits ≥ 80), then one Damm check digit, grouped like
//!   phone numbers: `027 657 8665 414 905 6716 144 045`.
//!
//! Entropy: every code is one of 2^80 ≈ 1.2 × 10^24 equally likely secrets. The
//! check characters add no entropy; they only catch typos. A guesser making a
//! billion guesses a second would need about 19 million years on average per
//! code, before the server's rate limit.
//!
//! Check characters: the letters form uses the linear check
//! `c = Σ 2^(15−i) · v_i` over GF(32) (polynomial x⁵ + x² + 1), which catches
//! every single wrong character and every swap of two neighbours (the swap
//! changes `c` by 3·(v_i ⊕ v_{i+1}) ≠ 0). The digits form uses Damm's
//! algorithm, which catches the same two kinds of typo.

use std::fmt::Write as _;

use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use super::EnvelopeError;

/// Bits of secret in a receipt code.
pub const ENTROPY_BITS: u32 = 80;
const SECRET_LEN: usize = 10;
const BASE32_DATA_CHARS: usize = 16;
const DIGITS_DATA: usize = 25;
/// Crockford's base32 alphabet.
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Damm's weakly totally anti-symmetric quasigroup of order 10.
const DAMM: [[u8; 10]; 10] = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
    [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
    [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
    [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];
/// Characters a person may put between groups; ignored when parsing.
const SEPARATORS: &[char] = &[' ', '-', '.', '/', '(', ')', '+', '\u{a0}'];

/// A receipt code. Wiped on drop, never printed by `Debug`.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct ReceiptCode([u8; SECRET_LEN]);

impl std::fmt::Debug for ReceiptCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ReceiptCode(<redacted>)")
    }
}

impl ReceiptCode {
    /// A fresh code from the OS generator.
    pub fn generate() -> Self {
        ReceiptCode(crate::random::array())
    }

    pub fn from_secret(bytes: [u8; SECRET_LEN]) -> Self {
        ReceiptCode(bytes)
    }

    pub fn secret(&self) -> &[u8; SECRET_LEN] {
        &self.0
    }

    /// What the inbox server stores and looks replies up by: SHA-256 of a
    /// label and the secret, so a copy of the server's database does not hold
    /// the codes themselves.
    pub fn lookup_id(&self) -> [u8; 32] {
        let mut ctx = ring::digest::Context::new(&ring::digest::SHA256);
        ctx.update(b"waymark/receipt-code/v1");
        ctx.update(&self.0);
        let mut out = [0u8; 32];
        out.copy_from_slice(ctx.finish().as_ref());
        out
    }

    /// `XXXX-XXXX-XXXX-XXXX-C`: 16 Crockford base32 characters and a check character.
    pub fn to_letters(&self) -> Zeroizing<String> {
        let values = self.base32_values();
        let check = gf32_check(&values);
        let mut out = Zeroizing::new(String::with_capacity(21));
        for (i, v) in values.iter().chain(std::iter::once(&check)).enumerate() {
            if i > 0 && i % 4 == 0 {
                out.push('-');
            }
            out.push(CROCKFORD[*v as usize] as char);
        }
        out
    }

    /// 26 digits (25 for the secret, 1 check digit) in phone-number-like
    /// groups of 3, 3 and 4: `ddd ddd dddd ddd ddd dddd ddd ddd`.
    pub fn to_digits(&self) -> Zeroizing<String> {
        let mut digits = Zeroizing::new(String::with_capacity(26));
        let _ = write!(digits, "{:025}", self.as_u128());
        let check = damm(digits.bytes().map(|b| b - b'0'));
        digits.push((b'0' + check) as char);
        let mut out = Zeroizing::new(String::with_capacity(33));
        for (i, c) in digits.chars().enumerate() {
            if matches!(i, 3 | 6 | 10 | 13 | 16 | 20 | 23) {
                out.push(' ');
            }
            out.push(c);
        }
        out
    }

    /// Parses either rendering. Separators (spaces, hyphens, dots, slashes,
    /// brackets, `+`) are ignored; so is case in the letters form.
    pub fn parse(input: &str) -> Result<ReceiptCode, EnvelopeError> {
        let compact: Zeroizing<String> =
            Zeroizing::new(input.chars().filter(|c| !SEPARATORS.contains(c)).collect());
        if compact.len() == DIGITS_DATA + 1 && compact.bytes().all(|b| b.is_ascii_digit()) {
            Self::parse_digits(compact.as_bytes())
        } else {
            Self::parse_letters(&compact)
        }
    }

    fn parse_digits(digits: &[u8]) -> Result<ReceiptCode, EnvelopeError> {
        let values: Zeroizing<Vec<u8>> = Zeroizing::new(digits.iter().map(|b| b - b'0').collect());
        // Damm: running the check over the data and its check digit gives 0.
        if damm(values.iter().copied()) != 0 {
            return Err(EnvelopeError::ReceiptCodeTypo);
        }
        let mut n: u128 = 0;
        for &v in &values[..DIGITS_DATA] {
            n = n * 10 + u128::from(v);
        }
        if n >> ENTROPY_BITS != 0 {
            return Err(EnvelopeError::MalformedReceiptCode);
        }
        let bytes = n.to_be_bytes();
        let mut secret = [0u8; SECRET_LEN];
        secret.copy_from_slice(&bytes[16 - SECRET_LEN..]);
        Ok(ReceiptCode(secret))
    }

    fn parse_letters(compact: &str) -> Result<ReceiptCode, EnvelopeError> {
        let mut values = Zeroizing::new([0u8; BASE32_DATA_CHARS + 1]);
        let mut count = 0;
        for c in compact.chars() {
            let v = crockford_value(c).ok_or(EnvelopeError::MalformedReceiptCode)?;
            let slot = values
                .get_mut(count)
                .ok_or(EnvelopeError::MalformedReceiptCode)?;
            *slot = v;
            count += 1;
        }
        if count != BASE32_DATA_CHARS + 1 {
            return Err(EnvelopeError::MalformedReceiptCode);
        }
        if gf32_check(&values[..BASE32_DATA_CHARS]) != values[BASE32_DATA_CHARS] {
            return Err(EnvelopeError::ReceiptCodeTypo);
        }
        let mut n: u128 = 0;
        for &v in &values[..BASE32_DATA_CHARS] {
            n = (n << 5) | u128::from(v);
        }
        let bytes = n.to_be_bytes();
        let mut secret = [0u8; SECRET_LEN];
        secret.copy_from_slice(&bytes[16 - SECRET_LEN..]);
        Ok(ReceiptCode(secret))
    }

    fn as_u128(&self) -> u128 {
        let mut bytes = [0u8; 16];
        bytes[16 - SECRET_LEN..].copy_from_slice(&self.0);
        u128::from_be_bytes(bytes)
    }

    fn base32_values(&self) -> [u8; BASE32_DATA_CHARS] {
        let n = self.as_u128();
        let mut out = [0u8; BASE32_DATA_CHARS];
        for (i, v) in out.iter_mut().enumerate() {
            *v = ((n >> (5 * (BASE32_DATA_CHARS - 1 - i))) & 31) as u8;
        }
        out
    }
}

fn crockford_value(c: char) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        'I' | 'L' => '1',
        'O' => '0',
        other => other,
    };
    CROCKFORD
        .iter()
        .position(|&a| a as char == c)
        .map(|p| p as u8)
}

/// Multiplication by 2 in GF(32) with the polynomial x⁵ + x² + 1.
fn gf32_double(x: u8) -> u8 {
    let y = x << 1;
    if y & 0x20 != 0 {
        (y ^ 0x25) & 31
    } else {
        y
    }
}

/// Horner's rule: c = Σ 2^(n−1−i) · v_i over GF(32).
fn gf32_check(values: &[u8]) -> u8 {
    values.iter().fold(0, |acc, &v| gf32_double(acc) ^ (v & 31))
}

fn damm(digits: impl Iterator<Item = u8>) -> u8 {
    digits.fold(0, |interim, d| DAMM[interim as usize % 10][d as usize % 10])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damm_table_is_a_weakly_totally_antisymmetric_quasigroup() {
        for x in 0..10 {
            let mut row: Vec<u8> = DAMM[x].to_vec();
            let mut col: Vec<u8> = (0..10).map(|y| DAMM[y][x]).collect();
            row.sort();
            col.sort();
            assert_eq!(row, (0..10).collect::<Vec<u8>>());
            assert_eq!(col, (0..10).collect::<Vec<u8>>());
            assert_eq!(DAMM[x][x], 0);
            for c in 0..10 {
                for y in 0..10 {
                    if x != y {
                        let a = DAMM[DAMM[c][x] as usize][y];
                        let b = DAMM[DAMM[c][y] as usize][x];
                        assert_ne!(a, b);
                    }
                }
            }
        }
        // Wikipedia's worked example: 572 → check digit 4.
        assert_eq!(damm([5, 7, 2].into_iter()), 4);
        assert_eq!(damm([5, 7, 2, 4].into_iter()), 0);
    }

    #[test]
    fn gf32_doubling_is_a_bijection() {
        let mut seen: Vec<u8> = (0..32).map(gf32_double).collect();
        seen.sort();
        assert_eq!(seen, (0..32).collect::<Vec<u8>>());
    }
}
