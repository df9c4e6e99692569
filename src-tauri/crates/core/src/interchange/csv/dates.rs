//! Dates as contact exports write them: Google's `1990-05-17` and year-less `--05-17`, Outlook's `5/17/1990` and its "no date" `0/0/00`, LinkedIn's `12 Mar 2024`.

use chrono::{Datelike, NaiveDate};

/// What a date cell holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DateCell {
    /// Blank, or a placeholder for "no date" (`0/0/00`, `0000-00-00`).
    Empty,
    /// `YYYY-MM-DD`, or `--MM-DD` for a birthday without its year (vCard's form, Google's too).
    Date(String),
    /// Not a date we can read.
    Unreadable,
}

const MONTH_FORMATS: &[&str] = &[
    "%d %b %Y",  // LinkedIn: 12 Mar 2024
    "%d %B %Y",  // 12 March 2024
    "%b %d, %Y", // Mar 12, 2024
    "%B %d, %Y", // March 12, 2024
    "%d-%b-%Y",  // 12-Mar-2024
    "%d-%b-%y",  // 12-Mar-24
];

/// Reads a date cell. Slashed dates are month first (`5/17/1990`, what Outlook writes) unless the
/// first number cannot be a month (`17/05/1990`); dotted dates are day first (`17.05.1990`).
pub(crate) fn read_date(raw: &str) -> DateCell {
    let t = raw.trim();
    if t.is_empty() || t.chars().all(|c| matches!(c, '0' | '/' | '-' | '.' | ' ')) {
        return DateCell::Empty;
    }
    if let Some(md) = t.strip_prefix("--") {
        let mut it = md.split('-');
        if let (Some(m), Some(d), None) = (it.next(), it.next(), it.next()) {
            if let (Ok(m), Ok(d)) = (m.parse::<u32>(), d.parse::<u32>()) {
                // 2000 is a leap year: a 29 February birthday is a real one.
                if NaiveDate::from_ymd_opt(2000, m, d).is_some() {
                    return DateCell::Date(format!("--{m:02}-{d:02}"));
                }
            }
        }
        return DateCell::Unreadable;
    }
    if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        return date(d);
    }
    for f in MONTH_FORMATS {
        if let Ok(d) = NaiveDate::parse_from_str(t, f) {
            return date(d);
        }
    }
    let (sep, day_first) = if t.contains('/') {
        ('/', false)
    } else if t.contains('.') {
        ('.', true)
    } else {
        return DateCell::Unreadable;
    };
    let parts: Vec<&str> = t.split(sep).map(str::trim).collect();
    let nums: Option<Vec<i32>> = parts.iter().map(|p| p.parse::<i32>().ok()).collect();
    let Some([a, b, y]) = nums.and_then(|n| <[i32; 3]>::try_from(n).ok()) else {
        return DateCell::Unreadable;
    };
    let (m, d) = if day_first || a > 12 { (b, a) } else { (a, b) };
    // Two-digit years as spreadsheets read them: 00–29 this century, 30–99 the last.
    let y = match (parts[2].len(), y) {
        (1 | 2, y) if y < 30 => 2000 + y,
        (1 | 2, y) => 1900 + y,
        (_, y) => y,
    };
    match NaiveDate::from_ymd_opt(y, m as u32, d as u32) {
        Some(d) => date(d),
        None => DateCell::Unreadable,
    }
}

fn date(d: NaiveDate) -> DateCell {
    if d.year() < 1000 {
        return DateCell::Unreadable;
    }
    DateCell::Date(d.format("%Y-%m-%d").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> DateCell {
        DateCell::Date(s.to_string())
    }

    #[test]
    fn the_dates_exports_write() {
        assert_eq!(read_date("1990-05-17"), day("1990-05-17"), "Google");
        assert_eq!(read_date("--05-17"), day("--05-17"), "Google, no year");
        assert_eq!(read_date("5/17/1990"), day("1990-05-17"), "Outlook");
        assert_eq!(read_date("17/05/1990"), day("1990-05-17"), "day first");
        assert_eq!(read_date("17.05.1990"), day("1990-05-17"));
        assert_eq!(read_date("12 Mar 2024"), day("2024-03-12"), "LinkedIn");
        assert_eq!(read_date("March 12, 2024"), day("2024-03-12"));
        for empty in ["", "  ", "0/0/00", "0000-00-00", "00/00/0000"] {
            assert_eq!(read_date(empty), DateCell::Empty, "{empty:?} is no date");
        }
        for bad in ["soon", "13/13/2020", "--13-01", "1990-02-30", "12 Foo 2024"] {
            assert_eq!(read_date(bad), DateCell::Unreadable, "{bad:?}");
        }
    }
}
