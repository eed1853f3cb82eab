//! Canonical JSON: the exact bytes a manifest signature covers.
//!
//! Rules (docs/content-packs.md repeats them for other implementations):
//! - no whitespace outside strings;
//! - object keys sorted by their UTF-8 bytes, each key once;
//! - numbers are non-negative integers below 2^53, written in decimal without
//!   sign, leading zeros or exponent (manifests hold no other numbers);
//! - strings in UTF-8; only `"` → `\"`, `\` → `\\` and U+0000–U+001F → `\u00xx`
//!   (lowercase hex) are escaped, everything else is written as is;
//! - `true`, `false`, `null` as in JSON.
//!
//! Re-canonicalizing on verification means the file on disk may be pretty
//! printed or reordered; only its content is signed.

use serde_json::Value;

/// Largest integer written: beyond it JavaScript and many JSON tools lose
/// precision, so two tools could disagree on the signed bytes.
pub const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// Canonical bytes of `value`, or `None` if it holds a number that the rules
/// do not allow (negative, fractional or too large).
pub fn to_bytes(value: &Value) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    write(value, &mut out, 0)?;
    Some(out)
}

/// Manifests are shallow; the limit only guards against hostile nesting.
const MAX_DEPTH: usize = 32;

fn write(value: &Value, out: &mut Vec<u8>, depth: usize) -> Option<()> {
    if depth > MAX_DEPTH {
        return None;
    }
    match value {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Bool(true) => out.extend_from_slice(b"true"),
        Value::Bool(false) => out.extend_from_slice(b"false"),
        Value::Number(n) => {
            let n = n.as_u64().filter(|n| *n <= MAX_SAFE_INTEGER)?;
            out.extend_from_slice(n.to_string().as_bytes());
        }
        Value::String(s) => write_string(s, out),
        Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write(item, out, depth + 1)?;
            }
            out.push(b']');
        }
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
            out.push(b'{');
            for (i, (k, v)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_string(k, out);
                out.push(b':');
                write(v, out, depth + 1)?;
            }
            out.push(b'}');
        }
    }
    Some(())
}

fn write_string(s: &str, out: &mut Vec<u8>) {
    out.push(b'"');
    for c in s.chars() {
        match c {
            '"' => out.extend_from_slice(b"\\\""),
            '\\' => out.extend_from_slice(b"\\\\"),
            c if (c as u32) < 0x20 => {
                out.extend_from_slice(format!("\\u{:04x}", c as u32).as_bytes());
            }
            c => {
                let mut buf = [0; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn sorted_compact_and_escaped() {
        let v = json!({"b": [1, true, null], "a": "x\"\\\n\u{1}é/", "A": {}});
        let s = String::from_utf8(to_bytes(&v).unwrap()).unwrap();
        assert_eq!(s, r#"{"A":{},"a":"x\"\\\u000a\u0001é/","b":[1,true,null]}"#);
    }

    #[test]
    fn formatting_does_not_matter() {
        let a: Value = serde_json::from_str("{ \"x\" : 1,\n \"y\": [ 2 ] }").unwrap();
        let b: Value = serde_json::from_str("{\"y\":[2],\"x\":1}").unwrap();
        assert_eq!(to_bytes(&a), to_bytes(&b));
    }

    #[test]
    fn refuses_numbers_outside_the_rules() {
        assert_eq!(to_bytes(&json!(-1)), None);
        assert_eq!(to_bytes(&json!(1.5)), None);
        assert_eq!(to_bytes(&json!(MAX_SAFE_INTEGER + 1)), None);
        assert!(to_bytes(&json!(MAX_SAFE_INTEGER)).is_some());
    }
}
