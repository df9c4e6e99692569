//! Fuzzes the quick-capture grammar and its date phrases: any line, any day, no panic, sane output.
#![no_main]

use chrono::{Datelike, Duration, NaiveDate};
use liaison_core::testing::parse_capture;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (u16, &str)| {
    let (day, line) = input;
    // Any day from 2000 to ~2179, so month ends, leap days and year ends all come up.
    let today = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + Duration::days(i64::from(day));
    let parsed = parse_capture(line, today);
    if let Some((date, _)) = parsed.due {
        // A date phrase never lands absurdly far: explicit years are bounded to 1900..=2200.
        assert!((1900..=2201).contains(&date.year()), "{line:?} → {date}");
    }
    // Everything kept is text from the line as typed (no invented words): the parser reads curly
    // apostrophes as straight ones (so "aujourd’hui" is a date phrase) but gives words back as typed.
    for w in &parsed.words {
        assert!(line.contains(w.as_str()), "{w:?} not in {line:?}");
    }
});
