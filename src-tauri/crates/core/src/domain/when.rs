//! Date phrases people type in a hurry, in English and French: `fri`, `demain`, `in 2 weeks`, `3/12` — read here only, for quick capture and every command-line option alike.
//!
//! Works on folded words (see `fold`), so `Décembre`, `decembre` and `DÉC.` read the same. Numeric
//! dates are day first (`3/12` is 3 December), as in French and most of the world; the quick-capture
//! preview shows the date it understood before anything is saved.

use super::fold::fold;
use chrono::{Datelike, Duration, Months, NaiveDate, NaiveDateTime, NaiveTime, Weekday};

/// A date phrase found in a list of words: where it is and what it means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Index of the first word of the phrase.
    pub start: usize,
    /// One past its last word.
    pub end: usize,
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
}

/// Finds the last date phrase in `words` (already folded, punctuation trimmed) relative to `today`.
/// Short weekday names (`fri`, `ven`, `sat`, `mer`…) are common words too ("la mer", "she sat"),
/// so they count only as the line's last word or right after a marker such as `next`, `on`, `le`.
pub fn find(words: &[String], today: NaiveDate) -> Option<Found> {
    let mut best = None;
    let mut i = 0;
    while i < words.len() {
        if let Some((end, date)) = phrase_at(words, i, today) {
            let (end, time) = time_at(words, end).unwrap_or((end, None));
            // "le 3 décembre", "next fri", "la semaine prochaine": the lead word belongs to the phrase.
            let lead = i > 0
                && (is_marker(&words[i - 1]) || (words[i - 1] == "la" && words[i] == "semaine"));
            let start = if lead { i - 1 } else { i };
            best = Some(Found {
                start,
                end,
                date,
                time,
            });
            i = end;
        } else {
            i += 1;
        }
    }
    best
}

/// What a whole typed phrase says: a day, and a time of day if one was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wall {
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
}

/// A whole phrase as a wall time, or `None` when any of it is not a date: the forms scripts
/// write (`2026-11-22 14:30`, `2026-11-22T14:30[:SS]`, `14:30`), `yesterday [14:30]`, and
/// every phrase quick capture understands (`fri`, `demain 14h`, `in 2 weeks`, `3/12`).
pub fn wall(s: &str, today: NaiveDate) -> Option<Wall> {
    let s = s.trim();
    for f in [
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M:%S",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(s, f) {
            let time = Some(t.time());
            return Some(Wall {
                date: t.date(),
                time,
            });
        }
    }
    let words: Vec<String> = s.split_whitespace().map(fold).collect();
    let time_of = |rest: &[String]| match rest {
        [] => Some(None),
        _ => time_at(rest, 0)
            .filter(|(end, _)| *end == rest.len())
            .map(|(_, t)| t),
    };
    // A time alone is today; yesterday is for what happened (capture plans ahead, so it has no
    // "yesterday" of its own).
    if let Some(time) = words
        .first()
        .and_then(|w| clock_time(w))
        .filter(|_| words.len() == 1)
    {
        return Some(Wall {
            date: today,
            time: Some(time),
        });
    }
    if let Some(("yesterday" | "hier", rest)) = words.split_first().map(|(w, r)| (w.as_str(), r)) {
        let date = today - Duration::days(1);
        return time_of(rest).map(|time| Wall { date, time });
    }
    match find(&words, today)? {
        f if f.start == 0 && f.end == words.len() => Some(Wall {
            date: f.date,
            time: f.time,
        }),
        _ => None,
    }
}

/// `14:30`, `14:30:15`, or anything `time_at` reads (`14h`, `2pm`).
fn clock_time(w: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(w, "%H:%M:%S")
        .ok()
        .or_else(|| parse_time(w))
}

fn is_marker(w: &str) -> bool {
    matches!(
        w,
        "on" | "by" | "next" | "this" | "due" | "le" | "ce" | "pour" | "avant" | "d'ici" | "for"
    )
}

/// A date phrase starting at word `i`: its end and date.
fn phrase_at(w: &[String], i: usize, today: NaiveDate) -> Option<(usize, NaiveDate)> {
    let word = w[i].as_str();
    let next = |k: usize| w.get(i + k).map(String::as_str);
    match word {
        "today" | "aujourd'hui" | "auj" | "tonight" => return Some((i + 1, today)),
        "tomorrow" | "tmrw" | "tmr" | "demain" => return Some((i + 1, today + Duration::days(1))),
        "apres-demain" => return Some((i + 1, today + Duration::days(2))),
        _ => {}
    }
    if word == "day" && next(1) == Some("after") && next(2) == Some("tomorrow") {
        return Some((i + 3, today + Duration::days(2)));
    }
    // "next week" / "la semaine prochaine": Monday of next week.
    let monday_next =
        || today + Duration::days(7 - i64::from(today.weekday().num_days_from_monday()));
    if word == "next" && next(1) == Some("week") {
        return Some((i + 2, monday_next()));
    }
    if word == "semaine" && next(1) == Some("prochaine") {
        return Some((i + 2, monday_next()));
    }
    // "in 2 weeks", "dans 3 jours", "in a month".
    if word == "in" || word == "dans" {
        let n = next(1).and_then(count)?;
        let unit = next(2)?;
        return Some((i + 3, add(today, n, unit)?));
    }
    if let Some(wd) = weekday(word) {
        let short = word.len() <= 4;
        let last = i + 1 == w.len();
        let marked = i > 0 && is_marker(&w[i - 1]);
        // FR "vendredi prochain" = the coming Friday, like "next friday".
        let end = if next(1) == Some("prochain") {
            i + 2
        } else {
            i + 1
        };
        // "fri at 14h": a time right after makes a short name a date too.
        let timed = time_at(w, end).is_some();
        if !short || last || marked || timed || end == i + 2 {
            return Some((end, next_weekday(today, wd)));
        }
    }
    numeric(word, today)
        .map(|d| (i + 1, d))
        .or_else(|| day_month(w, i, today))
}

fn count(w: &str) -> Option<u32> {
    match w {
        "a" | "an" | "one" | "un" | "une" => Some(1),
        "two" | "deux" => Some(2),
        "three" | "trois" => Some(3),
        "four" | "quatre" => Some(4),
        "five" | "cinq" => Some(5),
        "six" => Some(6),
        _ => w.parse().ok().filter(|n| (1..=999).contains(n)),
    }
}

fn add(today: NaiveDate, n: u32, unit: &str) -> Option<NaiveDate> {
    match unit {
        "day" | "days" | "jour" | "jours" | "d" | "j" => Some(today + Duration::days(n.into())),
        "week" | "weeks" | "semaine" | "semaines" | "w" | "sem" => {
            Some(today + Duration::weeks(n.into()))
        }
        // 31 January + 1 month = 28 (or 29) February: chrono clamps to the month's last day.
        "month" | "months" | "mois" => today.checked_add_months(Months::new(n)),
        _ => None,
    }
}

fn weekday(w: &str) -> Option<Weekday> {
    Some(match w {
        "mon" | "monday" | "lun" | "lundi" => Weekday::Mon,
        "tue" | "tues" | "tuesday" | "mar" | "mardi" => Weekday::Tue,
        "wed" | "wednesday" | "mer" | "mercredi" => Weekday::Wed,
        "thu" | "thur" | "thurs" | "thursday" | "jeu" | "jeudi" => Weekday::Thu,
        "fri" | "friday" | "ven" | "vendredi" => Weekday::Fri,
        "sat" | "saturday" | "sam" | "samedi" => Weekday::Sat,
        "sun" | "sunday" | "dim" | "dimanche" => Weekday::Sun,
        _ => return None,
    })
}

/// The next such weekday strictly after today: "fri" said on a Friday means a week later.
fn next_weekday(today: NaiveDate, wd: Weekday) -> NaiveDate {
    let ahead = (7 + i64::from(wd.num_days_from_monday())
        - i64::from(today.weekday().num_days_from_monday()))
        % 7;
    today + Duration::days(if ahead == 0 { 7 } else { ahead })
}

fn month(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.');
    Some(match w {
        "jan" | "january" | "janv" | "janvier" => 1,
        "feb" | "february" | "fev" | "fevr" | "fevrier" => 2,
        "march" | "mars" => 3,
        "apr" | "april" | "avr" | "avril" => 4,
        "may" | "mai" => 5,
        "jun" | "june" | "juin" => 6,
        "jul" | "july" | "juil" | "juillet" => 7,
        "aug" | "august" | "aout" => 8,
        "sep" | "sept" | "september" | "septembre" => 9,
        "oct" | "october" | "octobre" => 10,
        "nov" | "november" | "novembre" => 11,
        "dec" | "december" | "decembre" => 12,
        // "mar" alone is Tuesday in French; as a month it needs a day number beside it.
        "mar" => 3,
        _ => return None,
    })
}

/// `3`, `3rd`, `1er`, `1st`, `22nd`.
fn day_number(w: &str) -> Option<u32> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th" | "er" | "e") {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year(w: Option<&str>) -> Option<i32> {
    w.and_then(|y| y.parse().ok())
        .filter(|y| (1900..=2200).contains(y))
}

/// `3 décembre`, `le 3 déc 2027`, `dec 3`, `December 3rd`: (end, date).
fn day_month(w: &[String], i: usize, today: NaiveDate) -> Option<(usize, NaiveDate)> {
    let get = |k: usize| w.get(i + k).map(String::as_str);
    let (day, mon, end) = if let Some(d) = day_number(&w[i]) {
        (d, month(get(1)?)?, i + 2)
    } else {
        (get(1).and_then(day_number)?, month(&w[i])?, i + 2)
    };
    match year(w.get(end).map(String::as_str)) {
        Some(y) => NaiveDate::from_ymd_opt(y, mon, day).map(|d| (end + 1, d)),
        None => upcoming(today, mon, day).map(|d| (end, d)),
    }
}

/// That day and month this year, or next year once it has passed.
fn upcoming(today: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    let this = NaiveDate::from_ymd_opt(today.year(), month, day);
    match this {
        Some(d) if d >= today => Some(d),
        // 29 February asked for in a year without one: the next year that has it is too far; refuse.
        _ => NaiveDate::from_ymd_opt(today.year() + 1, month, day),
    }
}

/// `2026-12-03`, `3/12`, `3/12/2027`, `03/12/27`: day first.
fn numeric(w: &str, today: NaiveDate) -> Option<NaiveDate> {
    if let Ok(d) = NaiveDate::parse_from_str(w, "%Y-%m-%d") {
        // "1-11-1" parses as year 1: only plausible years are dates.
        return Some(d).filter(|d| (1900..=2200).contains(&d.year()));
    }
    let parts: Vec<&str> = w.split('/').collect();
    if !(2..=3).contains(&parts.len()) || parts.iter().any(|p| p.is_empty() || p.len() > 4) {
        return None;
    }
    let day: u32 = parts[0].parse().ok()?;
    let mon: u32 = parts[1].parse().ok()?;
    match parts.get(2) {
        None => upcoming(today, mon, day),
        Some(y) => {
            let y: i32 = y.parse().ok()?;
            let y = if y < 100 { 2000 + y } else { y };
            NaiveDate::from_ymd_opt(y, mon, day).filter(|_| (1900..=2200).contains(&y))
        }
    }
}

/// An optional time after the date: `14:30`, `14h`, `14h30`, `2pm`, `10am`, after `at` / `à` / `a`.
fn time_at(w: &[String], i: usize) -> Option<(usize, Option<NaiveTime>)> {
    let (i, word) = match w.get(i).map(String::as_str) {
        Some("at" | "a" | "à" | "vers") => (i + 1, w.get(i + 1)?.as_str()),
        Some(x) => (i, x),
        None => return None,
    };
    parse_time(word).map(|t| (i + 1, Some(t)))
}

fn parse_time(w: &str) -> Option<NaiveTime> {
    let (h, m) = if let Some((h, m)) = w.split_once(':').or_else(|| w.split_once('h')) {
        (
            h.parse::<u32>().ok()?,
            if m.is_empty() { 0 } else { m.parse().ok()? },
        )
    } else if let Some(h) = w.strip_suffix("pm") {
        let h: u32 = h.parse().ok()?;
        (if h == 12 { 12 } else { h + 12 }, 0)
    } else if let Some(h) = w.strip_suffix("am") {
        let h: u32 = h.parse().ok()?;
        (if h == 12 { 0 } else { h }, 0)
    } else {
        return None;
    };
    NaiveTime::from_hms_opt(h, m, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn words_and_formats_people_type() {
        let today = day("2026-11-22");
        let at = |s| wall(s, today);
        assert_eq!(at("yesterday").map(|w| w.date), Some(day("2026-11-21")));
        assert_eq!(
            at("Tomorrow 14:30").and_then(|w| w.time),
            NaiveTime::from_hms_opt(14, 30, 0),
            "a word may carry a time, in any case"
        );
        assert_eq!(
            at("09:15").map(|w| w.date),
            Some(today),
            "a time alone is today"
        );
        assert_eq!(at("2026-11-27").and_then(|w| w.time), None);
        assert_eq!(
            at("2026-11-27 14:30").map(|w| w.date),
            Some(day("2026-11-27"))
        );
        assert_eq!(
            at("fri").map(|w| w.date),
            Some(day("2026-11-27")),
            "capture's phrases too: 22 November 2026 is a Sunday"
        );
        assert_eq!(at("fri and more"), None, "the whole phrase must be a date");
        assert_eq!(at("someday"), None, "not guessed: refused");
    }
}
