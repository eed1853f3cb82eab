//! Digits as people type them. One table for every place the core reads a
//! number from a person (questionnaire answers, the assistant's numbered
//! options), so a number typed in one script is read the same everywhere.

/// The zero of each digit run the shipped locales type: ASCII,
/// Arabic-Indic, Persian (Extended Arabic-Indic), Devanagari, Thai,
/// Burmese, and full-width (what some Chinese keyboards give).
const ZEROS: [u32; 7] = [0x30, 0x0660, 0x06F0, 0x0966, 0x0E50, 0x1040, 0xFF10];

/// The value of `c` as a decimal digit of any of those scripts.
pub fn digit_value(c: char) -> Option<u32> {
    let code = c as u32;
    ZEROS
        .iter()
        .find(|&&zero| (zero..zero + 10).contains(&code))
        .map(|&zero| code - zero)
}

/// `s` with every digit of those scripts written as ASCII, so "٣٤" reads
/// as "34"; everything else is kept.
pub fn to_ascii_digits(s: &str) -> String {
    s.chars()
        .map(|c| match digit_value(c) {
            Some(d) => char::from_digit(d, 10).unwrap_or(c),
            None => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_of_every_shipped_script_read_as_ascii() {
        assert_eq!(to_ascii_digits("٣٤"), "34"); // Arabic-Indic
        assert_eq!(to_ascii_digits("۳۴"), "34"); // Persian
        assert_eq!(to_ascii_digits("३४"), "34"); // Devanagari
        assert_eq!(to_ascii_digits("๓๔"), "34"); // Thai
        assert_eq!(to_ascii_digits("၃၄"), "34"); // Burmese
        assert_eq!(to_ascii_digits("３４"), "34"); // full-width
        assert_eq!(to_ascii_digits("a-1 b"), "a-1 b");
        assert_eq!(digit_value('9'), Some(9));
        assert_eq!(digit_value('x'), None);
        // The Arabic letter right after the Arabic-Indic digits is no digit.
        assert_eq!(digit_value('\u{066A}'), None);
    }
}
