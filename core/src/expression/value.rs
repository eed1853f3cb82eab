//! Runtime values and the XPath/ODK coercions between them.
//!
//! Values never implement `Display`: they are answers, and answers must not
//! end up in logs or error messages by accident.

use std::cmp::Ordering;

use chrono::NaiveDate;

/// A value an expression reads or produces.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Value {
    /// Unanswered (or not relevant). Behaves as ODK's empty string.
    #[default]
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    Date(NaiveDate),
    /// A single-choice answer: the chosen option's name.
    Choice(String),
    /// A multiple-choice answer: the chosen option names, in order.
    Choices(Vec<String>),
    /// One question's values across a repeat's instances (or, for a repeat
    /// itself, one entry per instance).
    Repeat(Vec<Value>),
}

/// Day 0 of ODK's date arithmetic.
fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default()
}

impl Value {
    /// ODK's notion of "no answer": `coalesce()` skips these. A NaN number
    /// (e.g. arithmetic on an unanswered question) counts as empty too.
    pub fn is_empty(&self) -> bool {
        match self {
            Value::Null => true,
            Value::Text(s) | Value::Choice(s) => s.is_empty(),
            Value::Choices(items) => items.is_empty(),
            Value::Repeat(items) => items.is_empty(),
            Value::Number(n) => n.is_nan(),
            Value::Bool(_) | Value::Date(_) => false,
        }
    }

    /// A repeat used where one value is expected stands for its first
    /// instance, as a node-set does in XPath.
    fn scalar(&self) -> &Value {
        match self {
            Value::Repeat(items) => items.first().map_or(&Value::Null, Value::scalar),
            other => other,
        }
    }

    /// XPath `boolean()`.
    pub fn to_bool(&self) -> bool {
        match self {
            Value::Null => false,
            Value::Bool(b) => *b,
            Value::Number(n) => *n != 0.0 && !n.is_nan(),
            Value::Text(s) | Value::Choice(s) => !s.is_empty(),
            Value::Choices(items) => !items.is_empty(),
            Value::Repeat(items) => !items.is_empty(),
            Value::Date(_) => true,
        }
    }

    /// XPath `number()`: text must be a plain decimal (`-12.5`), anything
    /// else is NaN. Dates count days since 1970-01-01, as in ODK.
    pub fn to_number(&self) -> f64 {
        match self.scalar() {
            Value::Null => f64::NAN,
            Value::Bool(b) => f64::from(u8::from(*b)),
            Value::Number(n) => *n,
            Value::Text(s) | Value::Choice(s) => parse_number(s),
            Value::Choices(items) => match items.as_slice() {
                [one] => parse_number(one),
                _ => f64::NAN,
            },
            Value::Date(d) => d.signed_duration_since(epoch()).num_days() as f64,
            Value::Repeat(_) => f64::NAN,
        }
    }

    /// XPath `string()`. Multiple choices are space-separated, as in ODK.
    pub fn to_text(&self) -> String {
        match self.scalar() {
            Value::Null | Value::Repeat(_) => String::new(),
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => format_number(*n),
            Value::Text(s) | Value::Choice(s) => s.clone(),
            Value::Choices(items) => items.join(" "),
            Value::Date(d) => d.format("%Y-%m-%d").to_string(),
        }
    }

    /// A date, if the value is one or is text in ISO form (`2024-03-01`, or
    /// an ISO date-time whose date part is taken).
    pub fn to_date(&self) -> Option<NaiveDate> {
        match self.scalar() {
            Value::Date(d) => Some(*d),
            Value::Text(s) => parse_date(s),
            _ => None,
        }
    }

    /// The chosen option names, for `selected()` and `count-selected()`:
    /// text is split on whitespace as ODK does.
    pub fn to_choices(&self) -> Vec<String> {
        match self.scalar() {
            Value::Choices(items) => items.clone(),
            other => other
                .to_text()
                .split_whitespace()
                .map(str::to_string)
                .collect(),
        }
    }
}

/// Strict XPath number syntax: optional `-`, digits, optional fraction;
/// surrounding whitespace allowed. Rejects `inf`, `1e5`, `+1`, `0x1`.
pub fn parse_number(s: &str) -> f64 {
    let t = s.trim();
    let body = t.strip_prefix('-').unwrap_or(t);
    let mut parts = body.splitn(2, '.');
    let int = parts.next().unwrap_or("");
    let frac = parts.next();
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    let valid = digits(int)
        && frac.is_none_or(digits)
        && (!int.is_empty() || frac.is_some_and(|f| !f.is_empty()));
    if !valid {
        return f64::NAN;
    }
    t.parse().unwrap_or(f64::NAN)
}

/// XPath number formatting: integers without a fraction, no exponent.
pub fn format_number(n: f64) -> String {
    if n.is_nan() {
        "NaN".into()
    } else if n.is_infinite() {
        if n > 0.0 { "Infinity" } else { "-Infinity" }.into()
    } else if n == 0.0 {
        "0".into()
    } else {
        // Rust's shortest round-trip form never uses an exponent.
        n.to_string()
    }
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let date = match s.find('T') {
        Some(i) => s.get(..i)?,
        None => s,
    };
    NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()
}

/// Dates on both sides (one may be ISO text): compare as dates.
fn as_dates(a: &Value, b: &Value) -> Option<(NaiveDate, NaiveDate)> {
    let is_date = |v: &Value| matches!(v.scalar(), Value::Date(_));
    if is_date(a) || is_date(b) {
        Some((a.to_date()?, b.to_date()?))
    } else {
        None
    }
}

/// XPath `=` with ODK's single-node operands: booleans win, then dates,
/// then numbers, else text. Unanswered is the empty string, so
/// `${x} = 'yes'` is false and `${x} != 'yes'` true when `x` is unanswered.
pub fn equals(a: &Value, b: &Value) -> bool {
    let (a, b) = (a.scalar(), b.scalar());
    if matches!(a, Value::Bool(_)) || matches!(b, Value::Bool(_)) {
        return a.to_bool() == b.to_bool();
    }
    if let Some((x, y)) = as_dates(a, b) {
        return x == y;
    }
    if matches!(a, Value::Number(_)) || matches!(b, Value::Number(_)) {
        return a.to_number() == b.to_number();
    }
    a.to_text() == b.to_text()
}

/// XPath `<`, `<=`, `>`, `>=`: by number (dates by day). Any NaN operand —
/// an unanswered number — makes every comparison false.
pub fn compare(a: &Value, b: &Value) -> Option<Ordering> {
    if let Some((x, y)) = as_dates(a, b) {
        return Some(x.cmp(&y));
    }
    a.to_number().partial_cmp(&b.to_number())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expression_value_number_syntax() {
        assert_eq!(parse_number(" 12 "), 12.0);
        assert_eq!(parse_number("-1.5"), -1.5);
        assert_eq!(parse_number(".5"), 0.5);
        assert_eq!(parse_number("5."), 5.0);
        for bad in [
            "", "-", ".", "inf", "NaN", "1e5", "+1", "0x1", "1.2.3", "12a",
        ] {
            assert!(parse_number(bad).is_nan(), "{bad}");
        }
    }

    #[test]
    fn expression_value_formatting() {
        assert_eq!(format_number(3.0), "3");
        assert_eq!(format_number(-0.0), "0");
        assert_eq!(format_number(2.5), "2.5");
        assert_eq!(format_number(1e21), "1000000000000000000000");
        assert_eq!(format_number(f64::NAN), "NaN");
        assert_eq!(
            Value::Choices(vec!["a".into(), "b".into()]).to_text(),
            "a b"
        );
        let d = NaiveDate::from_ymd_opt(2024, 2, 29).unwrap();
        assert_eq!(Value::Date(d).to_text(), "2024-02-29");
        assert_eq!(Value::Date(epoch()).to_number(), 0.0);
    }

    #[test]
    fn expression_value_coercions() {
        assert!(!Value::Null.to_bool());
        assert!(Value::Null.to_number().is_nan());
        assert_eq!(Value::Null.to_text(), "");
        assert!(Value::Null.is_empty());
        assert!(Value::Number(f64::NAN).is_empty());
        assert!(!Value::Number(0.0).is_empty());
        assert_eq!(
            Value::Repeat(vec![Value::Number(4.0), Value::Number(5.0)]).to_number(),
            4.0
        );
        assert_eq!(Value::Text("a  b\tc".into()).to_choices(), ["a", "b", "c"]);
        assert_eq!(
            Value::Text("2024-01-02T10:00:00Z".into()).to_date(),
            NaiveDate::from_ymd_opt(2024, 1, 2)
        );
    }

    #[test]
    fn expression_value_comparisons() {
        let t = |s: &str| Value::Text(s.into());
        assert!(!equals(&Value::Null, &t("yes")));
        assert!(equals(&Value::Null, &t("")));
        assert!(equals(&Value::Number(2.0), &t("2.0")));
        assert!(!equals(&Value::Number(f64::NAN), &Value::Number(f64::NAN)));
        assert!(equals(&t("x"), &Value::Bool(true)));
        let d = Value::Date(NaiveDate::from_ymd_opt(2024, 1, 2).unwrap());
        assert!(equals(&d, &t("2024-01-02")));
        assert_eq!(compare(&d, &t("2023-12-31")), Some(Ordering::Greater));
        assert_eq!(compare(&Value::Null, &Value::Number(3.0)), None);
    }
}
