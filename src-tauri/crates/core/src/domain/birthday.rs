//! A birthday as contact files write it (`1990-04-17`, vCard 3's `19900417`, a year-less `--04-17`) and as the book stores it.

/// A birthday as stored: a real calendar date `YYYY-MM-DD`, or `--MM-DD` when the year is
/// unknown (vCard's form; February 29th is a real day without a year). Also takes vCard 3's
/// `YYYYMMDD` and `--MMDD`.
pub fn normalize_birthday(b: &str) -> Option<String> {
    use chrono::NaiveDate;
    if let Some(md) = b.strip_prefix("--") {
        let (m, d) = match md.split_once('-') {
            Some((m, d)) => (m, d),
            None if md.len() == 4 => md.split_at(2),
            None => return None,
        };
        let ok = |s: &str| s.len() == 2 && s.chars().all(|c| c.is_ascii_digit());
        if !ok(m) || !ok(d) {
            return None;
        }
        // A leap year, so that --02-29 is a day.
        NaiveDate::parse_from_str(&format!("2000-{m}-{d}"), "%Y-%m-%d").ok()?;
        return Some(format!("--{m}-{d}"));
    }
    let date = if b.len() == 8 && b.chars().all(|c| c.is_ascii_digit()) {
        NaiveDate::parse_from_str(b, "%Y%m%d").ok()?
    } else if b.len() == 10 {
        NaiveDate::parse_from_str(b, "%Y-%m-%d").ok()?
    } else {
        return None;
    };
    Some(date.format("%Y-%m-%d").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn birthdays_are_real_days_with_or_without_a_year() {
        for (given, stored) in [
            ("1990-04-17", "1990-04-17"),
            ("19900417", "1990-04-17"),
            ("--04-17", "--04-17"),
            ("--0417", "--04-17"),
            ("--02-29", "--02-29"),
        ] {
            assert_eq!(
                normalize_birthday(given).as_deref(),
                Some(stored),
                "{given}"
            );
        }
        for ko in [
            "1990-02-30",
            "17/04/1990",
            "--13-01",
            "--4-17",
            "0/0/00",
            "1990",
        ] {
            assert_eq!(normalize_birthday(ko), None, "{ko:?} is not a birthday");
        }
    }
}
