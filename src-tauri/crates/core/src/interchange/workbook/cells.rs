//! A workbook cell as the text a person sees in it: dates as `YYYY-MM-DD`, whole numbers without `.0`, errors as Excel writes them.

use calamine::{Data, DataRef, ExcelDateTime};

/// The text of a cell, `None` for an empty one.
pub(super) fn text(cell: &Data) -> Option<String> {
    Some(match cell {
        Data::Empty => return None,
        Data::String(s) => plain(s),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number(*f),
        Data::Bool(b) => boolean(*b),
        Data::DateTime(d) => date_time(d),
        Data::DateTimeIso(s) => iso_date_time(s),
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => e.to_string(),
    })
    .filter(|s| !s.is_empty())
}

/// The same for the streaming `.xlsx` reader's cells, which borrow the shared strings.
pub(super) fn text_ref(cell: &DataRef<'_>) -> Option<String> {
    Some(match cell {
        DataRef::Empty => return None,
        DataRef::SharedString(s) => plain(s),
        DataRef::String(s) => plain(s),
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) => number(*f),
        DataRef::Bool(b) => boolean(*b),
        DataRef::DateTime(d) => date_time(d),
        DataRef::DateTimeIso(s) => iso_date_time(s),
        DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(e) => e.to_string(),
    })
    .filter(|s| !s.is_empty())
}

/// Stored text uses plain LF: a line break typed in a cell may come as CRLF.
fn plain(s: &str) -> String {
    if s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s.to_string()
    }
}

/// Spreadsheets store every number as a float: a follower count of 12500 must read `12500`,
/// not `12500.0`, or it would not import as a count; a fraction keeps its shortest form.
fn number(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 9_007_199_254_740_992.0 {
        format!("{f:.0}")
    } else {
        f.to_string()
    }
}

fn boolean(b: bool) -> String {
    if b { "TRUE" } else { "FALSE" }.to_string()
}

/// A date cell is a day count with a date format: written as `YYYY-MM-DD`, with `HH:MM` (and
/// seconds when there are some) only when the cell holds a time of day too.
fn date_time(d: &ExcelDateTime) -> String {
    if d.is_duration() {
        return number(d.as_f64());
    }
    let (y, mo, day, h, mi, s, _) = d.to_ymd_hms_milli();
    // A time alone (no date part) is stored as a fraction of the day 0.
    let time_only = d.as_f64() < 1.0;
    let time = match (h, mi, s) {
        (0, 0, 0) => String::new(),
        (h, mi, 0) => format!("{h:02}:{mi:02}"),
        (h, mi, s) => format!("{h:02}:{mi:02}:{s:02}"),
    };
    match (time_only, time.is_empty()) {
        (true, _) => {
            if time.is_empty() {
                "00:00".into()
            } else {
                time
            }
        }
        (false, true) => format!("{y:04}-{mo:02}-{day:02}"),
        (false, false) => format!("{y:04}-{mo:02}-{day:02} {time}"),
    }
}

/// OpenDocument dates come as ISO 8601 (`2024-03-12` or `2024-03-12T09:30:00`): the same form
/// as above, a midnight time dropped.
fn iso_date_time(s: &str) -> String {
    let Some((date, time)) = s.split_once('T') else {
        return s.to_string();
    };
    let time = time.split('.').next().unwrap_or(time);
    match time {
        "00:00:00" | "00:00" => date.to_string(),
        t if t.len() == 8 && t.ends_with(":00") => format!("{date} {}", &t[..5]),
        t => format!("{date} {t}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::ExcelDateTimeType;

    #[test]
    fn numbers_read_as_the_cell_shows_them() {
        assert_eq!(number(12500.0), "12500", "a whole count has no .0");
        assert_eq!(number(-3.0), "-3");
        assert_eq!(number(0.25), "0.25");
        assert_eq!(number(1e20), "100000000000000000000", "never in e notation");
    }

    #[test]
    fn dates_read_as_days() {
        let d = |v| date_time(&ExcelDateTime::new(v, ExcelDateTimeType::DateTime, false));
        assert_eq!(d(45363.0), "2024-03-12");
        assert_eq!(d(45363.5), "2024-03-12 12:00");
        assert_eq!(d(0.75), "18:00", "a time with no day");
        assert_eq!(iso_date_time("2024-03-12T00:00:00"), "2024-03-12");
        assert_eq!(iso_date_time("2024-03-12T09:30:00"), "2024-03-12 09:30");
        assert_eq!(iso_date_time("2024-03-12"), "2024-03-12");
    }
}
