//! Charts as inline SVG drawn on the server: readable without JavaScript,
//! and each one is followed by the same numbers as a table for screen
//! readers. Suppressed counts get no bar, only their "<N" label, so a
//! picture never shows a number the CSV hides.

use std::fmt::Write as _;

use super::html::esc;
use super::stats::Shown;

/// The largest count that is shown as a number (the scale's top), at least 1:
/// a suppressed count must not set the scale either.
fn largest_shown(rows: &[(String, u64)], threshold: u64) -> u64 {
    rows.iter()
        .filter_map(|(_, n)| match Shown::of(*n, threshold) {
            Shown::Exact(n) => Some(n),
            Shown::Below(_) => None,
        })
        .max()
        .unwrap_or(0)
        .max(1)
}

/// Horizontal bars: one row per (label, count).
pub fn bars(title: &str, rows: &[(String, u64)], threshold: u64) -> String {
    let row_h = 22;
    let label_w = 260;
    let bar_w = 360;
    let height = row_h * rows.len().max(1) + 8;
    let max = largest_shown(rows, threshold);
    let mut out = String::new();
    let _ = write!(
        out,
        "<svg role=\"img\" aria-label=\"{t}\" viewBox=\"0 0 {w} {height}\" width=\"{w}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"12\">",
        t = esc(title),
        w = label_w + bar_w + 60,
    );
    for (i, (label, n)) in rows.iter().enumerate() {
        let y = i * row_h + 4;
        let shown = Shown::of(*n, threshold);
        let _ = write!(
            out,
            "<text x=\"{x}\" y=\"{ty}\" text-anchor=\"end\">{label}</text>",
            x = label_w - 6,
            ty = y + 14,
            label = esc(label),
        );
        let width = match shown {
            Shown::Exact(n) => (n * bar_w as u64 / max) as usize,
            Shown::Below(_) => 0,
        };
        if width > 0 {
            let _ = write!(
                out,
                "<rect x=\"{label_w}\" y=\"{y}\" width=\"{width}\" height=\"{h}\" fill=\"#3f6ea3\"/>",
                h = row_h - 6,
            );
        }
        let _ = write!(
            out,
            "<text x=\"{x}\" y=\"{ty}\">{v}</text>",
            x = label_w + width + 4,
            ty = y + 14,
            v = esc(&shown.text()),
        );
    }
    out.push_str("</svg>");
    out
}

/// Vertical bars over time: one column per (week, count).
pub fn columns(title: &str, rows: &[(String, u64)], threshold: u64) -> String {
    let col_w = 28;
    let plot_h = 160;
    // Room on the left for the first rotated week label.
    let left = 50;
    let width = left + col_w * rows.len().max(1) + 10;
    let max = largest_shown(rows, threshold);
    let mut out = String::new();
    let _ = write!(
        out,
        "<svg role=\"img\" aria-label=\"{t}\" viewBox=\"0 0 {width} {h}\" width=\"{width}\" height=\"{h}\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"10\">",
        t = esc(title),
        h = plot_h + 80,
    );
    for (i, (label, n)) in rows.iter().enumerate() {
        let x = left + i * col_w;
        let shown = Shown::of(*n, threshold);
        let bar = match shown {
            Shown::Exact(n) => (n * plot_h as u64 / max) as usize,
            Shown::Below(_) => 0,
        };
        if bar > 0 {
            let _ = write!(
                out,
                "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{bar}\" fill=\"#3f6ea3\"/>",
                y = 14 + plot_h - bar,
                w = col_w - 6,
            );
        }
        let _ = write!(
            out,
            "<text x=\"{cx}\" y=\"{vy}\" text-anchor=\"middle\">{v}</text>\
             <text x=\"{cx}\" y=\"{ly}\" text-anchor=\"end\" transform=\"rotate(-60 {cx} {ly})\">{label}</text>",
            cx = x + (col_w - 6) / 2,
            vy = 10 + plot_h - bar,
            ly = plot_h + 28,
            v = esc(&shown.text()),
            label = esc(label),
        );
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suppressed_rows_have_no_bar() {
        let svg = bars(
            "t",
            &[("a".into(), 10), ("b".into(), 2), ("<x>".into(), 0)],
            5,
        );
        assert_eq!(svg.matches("<rect").count(), 1);
        assert!(svg.contains("&lt;5"));
        assert!(svg.contains("&lt;x&gt;"));
        assert!(!svg.contains(">2<"));
        let cols = columns("t", &[("w1".into(), 3), ("w2".into(), 7)], 5);
        assert_eq!(cols.matches("<rect").count(), 1);
    }
}
