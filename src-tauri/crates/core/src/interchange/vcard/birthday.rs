//! A birthday as address books write it (`1990-04-12`, `19900412`, `--0412`, Apple's placeholder year 1604), read into a day with or without its year.

/// A day of birth; Apple and RFC 6350 both allow one without its year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Birthday {
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
}

impl Birthday {
    /// `1990-04-12`, or `--04-12` when the year is unknown (ISO 8601 / RFC 6350's reduced form).
    pub fn iso(&self) -> String {
        match self.year {
            Some(y) => format!("{y:04}-{:02}-{:02}", self.month, self.day),
            None => format!("--{:02}-{:02}", self.month, self.day),
        }
    }
}

/// `1990-04-12`, `19900412`, `--0412`, `--04-12`, with a time after `T` ignored; Apple's
/// `X-APPLE-OMIT-YEAR=1604` marks its placeholder year 1604 as "no year".
pub(super) fn parse_birthday(raw: &str, omit_year: Option<&str>) -> Option<Birthday> {
    let date = raw.split('T').next()?.trim();
    let (year, md) = match date.strip_prefix("--") {
        Some(md) => (None, md.replace('-', "")),
        None => {
            let digits = date.replace('-', "");
            if digits.len() != 8 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let year: i32 = digits[..4].parse().ok()?;
            let year = (omit_year != Some(&digits[..4])).then_some(year);
            (year, digits[4..].to_string())
        }
    };
    if md.len() != 4 || !md.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (month, day) = (md[..2].parse().ok()?, md[2..].parse().ok()?);
    // 2000 is a leap year: 29 February without a year is a real birthday.
    chrono::NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day)?;
    Some(Birthday { year, month, day })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn birthdays_in_every_shape_address_books_write() {
        let b = |s, y| parse_birthday(s, y).map(|b: Birthday| b.iso());
        assert_eq!(b("1990-04-12", None).as_deref(), Some("1990-04-12"));
        assert_eq!(b("19900412", None).as_deref(), Some("1990-04-12"));
        assert_eq!(b("--0412", None).as_deref(), Some("--04-12"));
        assert_eq!(b("--04-12", None).as_deref(), Some("--04-12"));
        assert_eq!(
            b("1604-04-12", Some("1604")).as_deref(),
            Some("--04-12"),
            "Apple's placeholder year is no year"
        );
        assert_eq!(
            b("1990-04-12T00:00:00Z", None).as_deref(),
            Some("1990-04-12")
        );
        assert_eq!(b("--0229", None).as_deref(), Some("--02-29"));
        assert_eq!(b("1990-02-30", None), None, "not a day");
        assert_eq!(b("circa 1800", None), None);
    }
}
