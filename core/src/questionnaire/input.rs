//! Reading what a person types or taps for a question, in their locale: an
//! option's number or words, a number with the locale's separators and
//! digits, a date in the locale's order. Decided once here so the terminal
//! and both phones read "٣٤", "1,5" or "15/03/2024" the same way
//! (docs/questionnaires.md, "Typed answers").

use chrono::NaiveDate;

use super::conventions::{
    language, BUDDHIST_ERA_OFFSET, DECIMAL_COMMA, MONTH_FIRST, SOLAR_HIJRI, SOLAR_HIJRI_YEARS,
};
use super::engine::QuestionView;
use super::model::{Answer, QuestionType};
use super::present::answer_options;
use crate::numerals::to_ascii_digits;

/// What separates the picks of a multiple-choice answer, in the scripts of
/// the shipped locales (Latin and Arabic commas, full-width and ideographic
/// commas, semicolons). Numbers may also be separated by spaces: "1 3".
pub const CHOICE_SEPARATORS: [char; 5] = [',', '،', '，', '、', ';'];

/// Years a typed date may have. Outside it the year is more likely in
/// another calendar (Solar Hijri 14xx, Hijri 14xx, Buddhist era 25xx) or
/// cut short ("24"): refused rather than read as a wrong date.
const YEARS: std::ops::RangeInclusive<i32> = 1800..=2200;

/// Trimmed, lower-case, digits as ASCII: how typed words are compared with
/// option labels and names.
pub fn fold(typed: &str) -> String {
    to_ascii_digits(typed.trim()).to_lowercase()
}

/// A whole number as people write it in `locale`: any script's digits, an
/// optional sign, and group separators (spaces, the locale's thousands
/// mark) between groups of three.
pub fn parse_integer(typed: &str, locale: &str) -> Option<i64> {
    match number_parts(typed, locale)? {
        (int, None) => int.parse().ok(),
        _ => None,
    }
}

/// A decimal number as people write it in `locale` (see [`parse_integer`];
/// the decimal separator is the locale's, or `٫`). A lone separator of the
/// other kind is read as a decimal separator too unless three digits follow
/// it, so "1.5" typed in French is 1.5 and "2,500" in English is 2500.
pub fn parse_decimal(typed: &str, locale: &str) -> Option<f64> {
    let (int, frac) = number_parts(typed, locale)?;
    let text = match frac {
        Some(f) => format!("{int}.{f}"),
        None => int,
    };
    text.parse::<f64>().ok().filter(|f| f.is_finite())
}

/// Splits a typed number into its sign-and-integer digits and its fraction
/// digits, removing group separators; `None` if it is not a number.
fn number_parts(typed: &str, locale: &str) -> Option<(String, Option<String>)> {
    let s: String = to_ascii_digits(typed.trim())
        .chars()
        // Spaces (plain, no-break, narrow no-break), the Arabic thousands
        // mark and the apostrophe group digits; they never decide a value.
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '٬' | '\''))
        .map(|c| if c == '٫' { 'D' } else { c })
        .collect();
    let (sign, body) = match s.strip_prefix(['-', '−']) {
        Some(rest) => ("-", rest),
        None => ("", s.strip_prefix('+').unwrap_or(&s)),
    };
    let own = if DECIMAL_COMMA.contains(&language(locale)) {
        ','
    } else {
        '.'
    };
    let other = if own == ',' { '.' } else { ',' };
    // Which character, if any, is the decimal separator here.
    let decimal = if body.contains('D') {
        Some('D')
    } else if body.contains(own) {
        Some(own)
    } else {
        let at: Vec<usize> = body.match_indices(other).map(|(i, _)| i).collect();
        match at.as_slice() {
            [only] if body.len() - only - 1 != 3 => Some(other),
            _ => None,
        }
    };
    let (int, frac) = match decimal {
        Some(d) => {
            let (i, f) = body.split_once(d)?;
            (i, Some(f))
        }
        None => (body, None),
    };
    // Group separators may only split the integer part into threes.
    let group = if decimal == Some(other) { own } else { other };
    let groups: Vec<&str> = int.split(group).collect();
    let grouped_well = groups.len() == 1
        || (!groups[0].is_empty()
            && groups[0].len() <= 3
            && groups[1..].iter().all(|g| g.len() == 3));
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let int: String = groups.concat();
    if !grouped_well || !digits(&int) || frac.is_some_and(|f| !digits(f)) {
        return None;
    }
    Some((format!("{sign}{int}"), frac.map(str::to_owned)))
}

/// A date as people write it in `locale`: year first (`2024-03-15`,
/// `2024/3/15`, `2024年3月15日`), or day and month in the locale's order
/// (`15/03/2024`, `15.03.2024`; `03/15/2024` in Filipino), with a
/// four-digit year. Thai years of the Buddhist era (2567) are converted.
pub fn parse_date(typed: &str, locale: &str) -> Option<NaiveDate> {
    let s = to_ascii_digits(typed.trim());
    let parts: Vec<&str> = s
        .split(['-', '/', '.', ' ', '年', '月', '日'])
        .filter(|p| !p.is_empty())
        .collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    if [a, b, c]
        .iter()
        .any(|p| !p.bytes().all(|x| x.is_ascii_digit()))
    {
        return None;
    }
    let (year, month, day) = if a.len() == 4 {
        (*a, *b, *c)
    } else if c.len() == 4 {
        if MONTH_FIRST.contains(&language(locale)) {
            (*c, *a, *b)
        } else {
            (*c, *b, *a)
        }
    } else {
        return None;
    };
    let mut year: i32 = year.parse().ok()?;
    if language(locale) == "th" && year >= 2400 {
        year -= BUDDHIST_ERA_OFFSET;
    }
    if SOLAR_HIJRI.contains(&language(locale)) && SOLAR_HIJRI_YEARS.contains(&year) {
        return super::solar_hijri::to_gregorian(year, month.parse().ok()?, day.parse().ok()?);
    }
    if !YEARS.contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, month.parse().ok()?, day.parse().ok()?)
}

/// Reads `typed` as an answer to `view`, as a person enters it in `locale`:
/// an option's number in [`answer_options`] order, an option's label in the
/// person's language (`label` turns a label's message id into text), a
/// choice's name, or a value of the question's type. "Not sure" and
/// "prefer not to say" work for every question. `None` when it fits
/// nothing (the shell asks again) or is empty.
pub fn read_typed(
    view: &QuestionView,
    label: impl Fn(&str) -> String,
    typed: &str,
    locale: &str,
) -> Option<Answer> {
    if typed.trim().is_empty() {
        return None;
    }
    let options: Vec<(String, Answer)> = answer_options(view)
        .into_iter()
        .map(|o| (fold(&label(&o.label)), o.answer))
        .collect();
    let pick = |word: &str| -> Option<Answer> {
        if let Ok(n) = word.parse::<usize>() {
            return n
                .checked_sub(1)
                .and_then(|i| options.get(i))
                .map(|o| o.1.clone());
        }
        options
            .iter()
            .find(|(text, a)| {
                text == word
                    || matches!(a, Answer::Choice(name) if fold(name) == word)
                    || (word == "not_sure" && *a == Answer::NotSure)
                    || (word == "prefer_not_to_say" && *a == Answer::PreferNotToSay)
            })
            .map(|o| o.1.clone())
    };
    // For typed values, only the two answers every question accepts.
    let no_value = |word: &str| pick(word).filter(|a| !matches!(a, Answer::Choice(_)));
    let folded = fold(typed);
    use QuestionType as T;
    match view.kind {
        T::YesNo | T::SingleChoice | T::Region | T::Acknowledgement => pick(&folded),
        T::MultipleChoice => read_choices(&folded, pick),
        T::Integer => parse_integer(typed, locale)
            .map(Answer::Integer)
            .or_else(|| no_value(&folded)),
        T::Decimal => parse_decimal(typed, locale)
            .map(Answer::Decimal)
            .or_else(|| no_value(&folded)),
        T::Date => parse_date(typed, locale)
            .map(Answer::Date)
            .or_else(|| no_value(&folded)),
        // Free text is taken as typed, except the two words every question
        // accepts, written out.
        T::Text => Some(
            options
                .iter()
                .find(|(text, _)| *text == folded)
                .map(|o| o.1.clone())
                .unwrap_or_else(|| Answer::Text(typed.trim_end_matches(['\r', '\n']).to_owned())),
        ),
        T::Note | T::Calculate => None,
    }
}

/// Several picks ("1, 3", "1 3", "fields، kitchen"): all must be choices,
/// or the whole answer is one of "not sure" and "prefer not to say".
fn read_choices(folded: &str, pick: impl Fn(&str) -> Option<Answer>) -> Option<Answer> {
    let parts: Vec<&str> = folded
        .split(CHOICE_SEPARATORS)
        .flat_map(|p| {
            // "1 3" as well as "1, 3"; words stay whole.
            if p.split_whitespace().all(|w| w.parse::<usize>().is_ok()) {
                p.split_whitespace().collect::<Vec<_>>()
            } else {
                vec![p.trim()]
            }
        })
        .filter(|p| !p.is_empty())
        .collect();
    let picked: Vec<Answer> = parts.iter().map(|p| pick(p)).collect::<Option<_>>()?;
    match picked.as_slice() {
        [single @ (Answer::NotSure | Answer::PreferNotToSay)] => Some(single.clone()),
        [] => None,
        list => list
            .iter()
            .map(|a| match a {
                Answer::Choice(c) => Some(c.clone()),
                _ => None,
            })
            .collect::<Option<Vec<_>>>()
            .map(Answer::Choices),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn numbers_read_in_every_script_with_the_locales_separators() {
        assert_eq!(parse_integer("٤٢", "ar"), Some(42));
        assert_eq!(parse_integer(" ४२ ", "hi"), Some(42));
        assert_eq!(parse_integer("-7", "en"), Some(-7));
        assert_eq!(parse_integer("1,000", "en"), Some(1000));
        assert_eq!(parse_integer("1.000", "es"), Some(1000));
        assert_eq!(parse_integer("1 000 000", "fr"), Some(1_000_000));
        assert_eq!(parse_integer("12\u{202f}500", "fr"), Some(12_500));
        assert_eq!(parse_integer("١٬٠٠٠", "ar"), Some(1000));
        // Not whole, or not grouped in threes: refused, never guessed.
        assert_eq!(parse_integer("1,5", "en"), None);
        assert_eq!(parse_integer("1,00,0", "en"), None);
        assert_eq!(parse_integer("12a", "en"), None);
        assert_eq!(parse_integer("", "en"), None);
        assert_eq!(parse_integer("-", "en"), None);

        assert_eq!(parse_decimal("1.5", "en"), Some(1.5));
        assert_eq!(parse_decimal("1,5", "fr"), Some(1.5));
        assert_eq!(
            parse_decimal("1.5", "fr"),
            Some(1.5),
            "a lone point in French"
        );
        assert_eq!(
            parse_decimal("1,5", "en"),
            Some(1.5),
            "a lone comma in English"
        );
        assert_eq!(
            parse_decimal("2,500", "en"),
            Some(2500.0),
            "three digits: grouping"
        );
        assert_eq!(
            parse_decimal("2,500", "pt"),
            Some(2.5),
            "the locale's own separator"
        );
        assert_eq!(parse_decimal("1.234,5", "ru"), Some(1234.5));
        assert_eq!(parse_decimal("1,234.5", "en"), Some(1234.5));
        assert_eq!(parse_decimal("١٫٥", "ar"), Some(1.5));
        assert_eq!(parse_decimal("۲٫۵", "fa"), Some(2.5));
        assert_eq!(parse_decimal("1e999", "en"), None);
        assert_eq!(parse_decimal("NaN", "en"), None);
        assert_eq!(parse_decimal("1.2.3", "en"), None);
    }

    #[test]
    fn dates_read_in_the_locales_order_and_calendar_or_not_at_all() {
        assert_eq!(parse_date("2024-03-15", "en"), date(2024, 3, 15));
        assert_eq!(parse_date("٢٠٢٤-٠٣-١٥", "ar"), date(2024, 3, 15));
        assert_eq!(parse_date("15/03/2024", "fr"), date(2024, 3, 15));
        assert_eq!(parse_date("15.3.2024", "uk"), date(2024, 3, 15));
        assert_eq!(parse_date("03/15/2024", "tl"), date(2024, 3, 15));
        assert_eq!(parse_date("2024年3月15日", "zh-Hans"), date(2024, 3, 15));
        assert_eq!(parse_date("15/03/2567", "th"), date(2024, 3, 15));
        // Persian dates are Solar Hijri, in Persian digits too; a Gregorian
        // year still reads as one.
        assert_eq!(parse_date("1403/09/17", "fa"), date(2024, 12, 7));
        assert_eq!(parse_date("۱۴۰۳/۰۹/۱۷", "fa"), date(2024, 12, 7));
        assert_eq!(parse_date("2024-12-07", "fa"), date(2024, 12, 7));
        assert_eq!(parse_date("1402/12/30", "fa"), None, "1402 is not leap");
        // A day-first date that is not a date, a two-digit year, a year of
        // a calendar the locale does not use (Solar Hijri 1403 typed in
        // English, Hijri 1446 in Arabic): refused, not misread.
        assert_eq!(parse_date("03/15/2024", "fr"), None);
        assert_eq!(parse_date("15/03/24", "en"), None);
        assert_eq!(parse_date("1403/09/17", "en"), None);
        assert_eq!(parse_date("1446/06/05", "ar"), None);
        assert_eq!(parse_date("2024-13-01", "en"), None);
        assert_eq!(parse_date("yesterday", "en"), None);
        assert_eq!(parse_date("2024-03", "en"), None);
    }
}
