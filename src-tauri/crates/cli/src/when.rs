//! Reading and showing times: people type wall times in their own zone ("2026-11-22 14:30",
//! "yesterday 18:00"); scripts pass RFC 3339; the book stores UTC and shows it back in the user's zone.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::Tz;
use liaison_core::{local_to_utc, utc_to_local};

/// What a typed time says: a day, and a time of day if one was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wall {
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
}

/// `2026-11-22 14:30`, `2026-11-22T14:30[:SS]`, `2026-11-22`, `14:30`, and `today`, `yesterday`,
/// `tomorrow`, each optionally followed by a time. `today` is the caller's local date.
pub fn parse_wall(s: &str, today: NaiveDate) -> Option<Wall> {
    let s = s.trim();
    let lower = s.to_lowercase();
    let (word, rest) = match lower.split_once(char::is_whitespace) {
        Some((w, r)) => (w, r.trim()),
        None => (lower.as_str(), ""),
    };
    let shift = match word {
        "today" => Some(0),
        "yesterday" => Some(-1),
        "tomorrow" => Some(1),
        _ => None,
    };
    if let Some(days) = shift {
        let date = today + Duration::days(days);
        let time = if rest.is_empty() {
            None
        } else {
            Some(parse_time(rest)?)
        };
        return Some(Wall { date, time });
    }
    if let Some(t) = parse_time(s) {
        return Some(Wall {
            date: today,
            time: Some(t),
        });
    }
    for f in [
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M:%S",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(s, f) {
            return Some(Wall {
                date: t.date(),
                time: Some(t.time()),
            });
        }
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .map(|date| Wall { date, time: None })
}

fn parse_time(s: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(s, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(s, "%H:%M:%S"))
        .ok()
}

/// When something happened, for `log --at`: RFC 3339 as given; `now`; a wall time read in `tz`;
/// a day alone means now when it is today, else noon (the middle of the day stays on that date
/// in every nearby zone).
pub fn happened_at(s: &str, tz: Tz, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s.trim()) {
        return Some(t.with_timezone(&Utc));
    }
    if s.trim().eq_ignore_ascii_case("now") {
        return Some(now);
    }
    let today = utc_to_local(now, tz).date();
    let w = parse_wall(s, today)?;
    Some(match w.time {
        Some(t) => local_to_utc(w.date.and_time(t), tz),
        None if w.date == today => now,
        None => local_to_utc(w.date.and_time(NOON), tz),
    })
}

const NOON: NaiveTime = match NaiveTime::from_hms_opt(12, 0, 0) {
    Some(t) => t,
    None => unreachable!(),
};

/// A follow-up's due time in the form the core takes (`YYYY-MM-DDTHH:MM`, or a date alone for
/// 09:00), with the words resolved against today in the follow-up's zone. Anything unreadable
/// is passed on as typed, so the core's message about `due_local` reaches the user.
pub fn due_local(s: &str, tz: Tz, now: DateTime<Utc>) -> String {
    match parse_wall(s, utc_to_local(now, tz).date()) {
        Some(Wall {
            date,
            time: Some(t),
        }) => date.and_time(t).format("%Y-%m-%dT%H:%M").to_string(),
        Some(Wall { date, time: None }) => date.format("%Y-%m-%d").to_string(),
        None => s.to_string(),
    }
}

/// `snooze --until`: RFC 3339 as given, or a wall time in `tz` (a day alone means 09:00, as
/// snoozes land on mornings). Unreadable input is passed on for the core to refuse.
pub fn until(s: &str, tz: Tz, now: DateTime<Utc>) -> String {
    if DateTime::parse_from_rfc3339(s.trim()).is_ok() {
        return s.trim().to_string();
    }
    match parse_wall(s, utc_to_local(now, tz).date()) {
        Some(w) => {
            let t = w.time.unwrap_or(liaison_core::MORNING);
            local_to_utc(w.date.and_time(t), tz).to_rfc3339()
        }
        None => s.to_string(),
    }
}

/// A stored UTC stamp as the user's wall time; an unreadable stamp is shown as stored.
pub fn show(rfc3339: &str, tz: Tz) -> String {
    match DateTime::parse_from_rfc3339(rfc3339) {
        Ok(t) => t.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string(),
        Err(_) => rfc3339.to_string(),
    }
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
        let at = |s| parse_wall(s, today);
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
        assert_eq!(at("next tuesday"), None, "not guessed: refused");
    }

    #[test]
    fn wall_times_are_read_in_the_users_zone() {
        let paris: Tz = "Europe/Paris".parse().unwrap();
        let now = DateTime::parse_from_rfc3339("2026-11-22T20:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let t = happened_at("2026-11-22 14:30", paris, now).unwrap();
        assert_eq!(
            t.to_rfc3339(),
            "2026-11-22T13:30:00+00:00",
            "Paris is UTC+1 in November"
        );
        assert_eq!(happened_at("today", paris, now), Some(now));
        assert_eq!(
            due_local("tomorrow", paris, now),
            "2026-11-23",
            "a day alone is left for the core to put at 09:00"
        );
        assert_eq!(
            due_local("soon", paris, now),
            "soon",
            "passed on for the core to refuse"
        );
        assert_eq!(until("2026-11-23", paris, now), "2026-11-23T08:00:00+00:00");
        assert_eq!(show("2026-11-22T13:30:00Z", paris), "2026-11-22 14:30");
    }
}
