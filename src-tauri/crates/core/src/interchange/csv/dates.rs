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

/// Which of a slashed date's first two numbers is the day, decided once for a whole file: a
/// French Outlook export writes `05/06/1990` for 5 June, a US one for May 6.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum DayOrder {
    #[default]
    MonthFirst,
    DayFirst,
}

/// The order a file's slashed dates follow. Any date whose first number cannot be a month
/// (`17/05/1990`) says day first, any whose second cannot (`5/17/1990`) month first; when no
/// date tells, a `;`-separated file (what Excel writes where the decimal mark is a comma: French,
/// German…) is day first, others month first (Outlook's US export).
pub(crate) fn day_order(
    cells: impl IntoIterator<Item = impl AsRef<str>>,
    semicolons: bool,
) -> DayOrder {
    let (mut day_first, mut month_first) = (0usize, 0usize);
    for c in cells {
        let nums: Vec<u32> = c
            .as_ref()
            .trim()
            .split('/')
            .filter_map(|n| n.trim().parse().ok())
            .collect();
        if let [a, b, _] = nums[..] {
            day_first += usize::from(a > 12 && b <= 12);
            month_first += usize::from(b > 12 && a <= 12);
        }
    }
    match (day_first, month_first) {
        (d, m) if d > m => DayOrder::DayFirst,
        (d, m) if m > d => DayOrder::MonthFirst,
        _ if semicolons => DayOrder::DayFirst,
        _ => DayOrder::MonthFirst,
    }
}

/// Reads a date cell. Slashed dates follow `order` unless the first number cannot be a month
/// (`17/05/1990`) or the second cannot (`5/17/1990`); dotted dates are day first (`17.05.1990`).
pub(crate) fn read_date(raw: &str, order: DayOrder) -> DateCell {
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
        ('/', order == DayOrder::DayFirst)
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
    let (m, d) = if (day_first && b <= 12) || a > 12 {
        (b, a)
    } else {
        (a, b)
    };
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

    const US: DayOrder = DayOrder::MonthFirst;

    fn day(s: &str) -> DateCell {
        DateCell::Date(s.to_string())
    }

    #[test]
    fn the_dates_exports_write() {
        assert_eq!(read_date("1990-05-17", US), day("1990-05-17"), "Google");
        assert_eq!(read_date("--05-17", US), day("--05-17"), "Google, no year");
        assert_eq!(read_date("5/17/1990", US), day("1990-05-17"), "Outlook");
        assert_eq!(read_date("17/05/1990", US), day("1990-05-17"), "day first");
        assert_eq!(read_date("17.05.1990", US), day("1990-05-17"));
        assert_eq!(read_date("12 Mar 2024", US), day("2024-03-12"), "LinkedIn");
        assert_eq!(read_date("March 12, 2024", US), day("2024-03-12"));
        for empty in ["", "  ", "0/0/00", "0000-00-00", "00/00/0000"] {
            assert_eq!(
                read_date(empty, US),
                DateCell::Empty,
                "{empty:?} is no date"
            );
        }
        for bad in ["soon", "13/13/2020", "--13-01", "1990-02-30", "12 Foo 2024"] {
            assert_eq!(read_date(bad, US), DateCell::Unreadable, "{bad:?}");
        }
    }

    #[test]
    fn a_files_day_order_is_told_by_its_dates_else_by_its_separator() {
        let fr = ["05/06/1990", "17/04/1985", ""];
        let order = day_order(fr.iter().copied(), false);
        assert_eq!(order, DayOrder::DayFirst, "17/04 can only be day first");
        assert_eq!(
            read_date("05/06/1990", order),
            day("1990-06-05"),
            "so 05/06 is 5 June"
        );
        let us = ["5/6/1990", "4/17/1985"];
        assert_eq!(
            day_order(us.iter().copied(), true),
            DayOrder::MonthFirst,
            "4/17: month first"
        );
        let none = ["05/06/1990"];
        assert_eq!(
            day_order(none.iter().copied(), true),
            DayOrder::DayFirst,
            "a ; file: Europe"
        );
        assert_eq!(day_order(none.iter().copied(), false), DayOrder::MonthFirst);
        assert_eq!(
            read_date("5/17/1990", DayOrder::DayFirst),
            day("1990-05-17"),
            "a date that can only be month first stays readable in a day-first file"
        );
    }
}
