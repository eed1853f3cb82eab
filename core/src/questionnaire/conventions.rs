//! How each locale writes numbers and dates: what `input` reads and
//! `present` writes, kept in one place so that an answer shown back to a
//! person reads back as the same answer.

use chrono::{Datelike, NaiveDate};

/// Locales that write a decimal comma ("1,5"); the rest write a point.
/// Arabic and Persian also have their own decimal separator, `٫`, which is
/// read everywhere.
pub(super) const DECIMAL_COMMA: [&str; 7] = ["es", "fr", "pt", "ro", "ru", "uk", "vi"];

/// Locales that write dates month first (Filipino: 03/15/2024). The others
/// write the day first, and every locale may write the year first.
pub(super) const MONTH_FIRST: [&str; 1] = ["tl"];

/// Locales whose dates are written year first (2024-03-15, as 2024年3月15日
/// is); [`write_date`] uses it, and `input::parse_date` reads it everywhere.
const YEAR_FIRST: [&str; 1] = ["zh"];

/// Thai years are counted in the Buddhist era: 2024 is 2567.
pub(super) const BUDDHIST_ERA_OFFSET: i32 = 543;

/// Locales that write dates in the Solar Hijri calendar, year first
/// (Persian: 1403/01/01 is 20 March 2024).
pub(super) const SOLAR_HIJRI: [&str; 1] = ["fa"];

/// Solar Hijri years a typed date may have: far from the Gregorian years
/// (1800–2200) and from Hijri years of the same era (14xx are read as
/// Solar Hijri only in [`SOLAR_HIJRI`] locales).
pub(super) const SOLAR_HIJRI_YEARS: std::ops::RangeInclusive<i32> = 1200..=1600;

/// The language part of a locale (`pt` of `pt-BR`).
pub(super) fn language(locale: &str) -> &str {
    locale.split(['-', '_']).next().unwrap_or(locale)
}

/// A decimal number as `locale` writes it: its decimal separator, no
/// grouping, so that `input::parse_decimal` reads it back as the same
/// number.
pub fn write_decimal(value: f64, locale: &str) -> String {
    let text = value.to_string();
    if DECIMAL_COMMA.contains(&language(locale)) {
        text.replace('.', ",")
    } else {
        text
    }
}

/// A date as `locale` writes it, in the order `input::parse_date` reads
/// it back: 15/03/2024, 03/15/2024 in Filipino, 2024-03-15 in Chinese, and
/// the Buddhist-era year in Thai (15/03/2567).
pub fn write_date(date: NaiveDate, locale: &str) -> String {
    let lang = language(locale);
    let (y, m, d) = (date.year(), date.month(), date.day());
    if SOLAR_HIJRI.contains(&lang) {
        if let Some((jy, jm, jd)) = super::solar_hijri::from_gregorian(date) {
            return format!("{jy:04}/{jm:02}/{jd:02}");
        }
    }
    if YEAR_FIRST.contains(&lang) {
        format!("{y:04}-{m:02}-{d:02}")
    } else if MONTH_FIRST.contains(&lang) {
        format!("{m:02}/{d:02}/{y:04}")
    } else if lang == "th" {
        format!("{d:02}/{m:02}/{:04}", y + BUDDHIST_ERA_OFFSET)
    } else {
        format!("{d:02}/{m:02}/{y:04}")
    }
}
