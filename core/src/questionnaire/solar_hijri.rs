//! The Solar Hijri calendar, in which Persian speakers in Iran and
//! Afghanistan write dates: 1403/01/01 is 20 March 2024. Without it a date
//! typed as people write it would be refused (or, worse, read as the year
//! 1403). The year starts at the March equinox; the leap years follow the
//! published 33-year cycles between break years (Borkowski's arithmetic,
//! as Iran's calendar tables and the jalaali libraries use), valid for
//! Solar Hijri years -61 to 3177.

use chrono::{Datelike, Days, NaiveDate};

/// Years where the 33-year cycle pattern shifts.
const BREAKS: [i32; 20] = [
    -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324,
    2394, 2456, 3178,
];

/// What a Solar Hijri year needs for conversion: the Gregorian year it
/// starts in, the March day of its first day, and how many years since the
/// last leap year (0: this one is leap).
struct Year {
    gregorian: i32,
    march_day: u32,
    since_leap: i32,
}

fn year(jy: i32) -> Option<Year> {
    if jy < BREAKS[0] || jy >= BREAKS[BREAKS.len() - 1] {
        return None;
    }
    let gy = jy + 621;
    let mut leap_j = -14;
    let mut jp = BREAKS[0];
    let mut jump = 0;
    for &jm in &BREAKS[1..] {
        jump = jm - jp;
        if jy < jm {
            break;
        }
        leap_j += jump / 33 * 8 + jump % 33 / 4;
        jp = jm;
    }
    let mut n = jy - jp;
    leap_j += n / 33 * 8 + (n % 33 + 3) / 4;
    if jump % 33 == 4 && jump - n == 4 {
        leap_j += 1;
    }
    let leap_g = gy / 4 - (gy / 100 + 1) * 3 / 4 - 150;
    let march_day = u32::try_from(20 + leap_j - leap_g).ok()?;
    if jump - n < 6 {
        n = n - jump + (jump + 4) / 33 * 33;
    }
    let mut since_leap = ((n + 1) % 33 - 1) % 4;
    if since_leap == -1 {
        since_leap = 4;
    }
    Some(Year {
        gregorian: gy,
        march_day,
        since_leap,
    })
}

/// Days in month `jm` of year `jy` (31 in the first six months, 30 in the
/// next five, 29 or 30 in Esfand).
fn month_len(jy: i32, jm: u32) -> Option<u32> {
    match jm {
        1..=6 => Some(31),
        7..=11 => Some(30),
        12 => Some(if year(jy)?.since_leap == 0 { 30 } else { 29 }),
        _ => None,
    }
}

/// The Gregorian date of Solar Hijri `jy/jm/jd`; `None` if there is no
/// such day.
pub(super) fn to_gregorian(jy: i32, jm: u32, jd: u32) -> Option<NaiveDate> {
    if jd == 0 || jd > month_len(jy, jm)? {
        return None;
    }
    let y = year(jy)?;
    let first = NaiveDate::from_ymd_opt(y.gregorian, 3, y.march_day)?;
    // Months before `jm`: six of 31 days, then 30 each.
    let before = (jm - 1) * 31 - jm.saturating_sub(7);
    first.checked_add_days(Days::new(u64::from(before + jd - 1)))
}

/// The Solar Hijri year, month and day of `date`.
pub(super) fn from_gregorian(date: NaiveDate) -> Option<(i32, u32, u32)> {
    let mut jy = date.year() - 621;
    let y = year(jy)?;
    let first = NaiveDate::from_ymd_opt(y.gregorian, 3, y.march_day)?;
    let mut k = (date - first).num_days();
    if k >= 0 {
        if k <= 185 {
            return Some((jy, 1 + (k / 31) as u32, (k % 31) as u32 + 1));
        }
        k -= 186;
    } else {
        // Before this year's first day: the last months of the year before.
        jy -= 1;
        k += 179;
        if y.since_leap == 1 {
            k += 1;
        }
    }
    Some((jy, 7 + (k / 30) as u32, (k % 30) as u32 + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn known_days_convert_both_ways() {
        // New Year's days (Nowruz), the last day of a leap year, and
        // 22 Bahman 1357 (11 February 1979).
        let known = [
            ((1400, 1, 1), g(2021, 3, 21)),
            ((1402, 1, 1), g(2023, 3, 21)),
            ((1402, 12, 29), g(2024, 3, 19)),
            ((1403, 1, 1), g(2024, 3, 20)),
            ((1403, 9, 17), g(2024, 12, 7)),
            ((1403, 12, 30), g(2025, 3, 20)),
            ((1404, 1, 1), g(2025, 3, 21)),
            ((1357, 11, 22), g(1979, 2, 11)),
        ];
        for ((y, m, d), date) in known {
            assert_eq!(to_gregorian(y, m, d), Some(date), "{y}/{m}/{d}");
            assert_eq!(from_gregorian(date), Some((y, m, d)), "{date}");
        }
        assert_eq!(to_gregorian(1402, 12, 30), None, "1402 is not leap");
        assert_eq!(to_gregorian(1403, 7, 31), None);
        assert_eq!(to_gregorian(1403, 13, 1), None);
        assert_eq!(to_gregorian(1403, 1, 0), None);
    }

    #[test]
    fn every_day_from_1900_to_2100_converts_back_and_follows_the_day_before() {
        let mut date = g(1900, 1, 1);
        let mut before = from_gregorian(date).unwrap();
        while date < g(2100, 12, 31) {
            date = date.succ_opt().unwrap();
            let (y, m, d) = from_gregorian(date).unwrap();
            assert_eq!(to_gregorian(y, m, d), Some(date), "{date}");
            let next_in_month = (y, m, d) == (before.0, before.1, before.2 + 1);
            let next_month = (y, m, d) == (before.0, before.1 + 1, 1)
                && month_len(before.0, before.1) == Some(before.2);
            let next_year = (y, m, d) == (before.0 + 1, 1, 1)
                && month_len(before.0, 12) == Some(before.2)
                && before.1 == 12;
            assert!(
                next_in_month || next_month || next_year,
                "{before:?} then {:?}",
                (y, m, d)
            );
            before = (y, m, d);
        }
    }
}
