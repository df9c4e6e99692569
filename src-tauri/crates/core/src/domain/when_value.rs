//! A whole field or option read as a time — RFC 3339, `now`, or a date phrase read in the user's zone — for the CLI's options and the window's wall-time fields.

use super::recurrence::{local_to_utc, utc_to_local, MORNING};
use super::when::{wall, Wall};
use chrono::{DateTime, NaiveTime, Utc};
use chrono_tz::Tz;

/// A wall time in the form the core's inputs take (`YYYY-MM-DDTHH:MM`, or a date alone),
/// the phrase read against today in `tz`. Anything unreadable is passed on as typed (trimmed),
/// so the message about the field reaches the person.
pub fn wall_input(s: &str, tz: Tz, now: DateTime<Utc>) -> String {
    match wall(s, utc_to_local(now, tz).date()) {
        Some(Wall {
            date,
            time: Some(t),
        }) => date.and_time(t).format("%Y-%m-%dT%H:%M").to_string(),
        Some(Wall { date, time: None }) => date.format("%Y-%m-%d").to_string(),
        None => s.trim().to_string(),
    }
}

/// When something happened: RFC 3339 as given; `now`; a phrase read in `tz`; a day alone means
/// now when it is today, else noon (the middle of the day stays on that date in every nearby
/// zone).
pub fn happened_at(s: &str, tz: Tz, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s.trim()) {
        return Some(t.with_timezone(&Utc));
    }
    if s.trim().eq_ignore_ascii_case("now") {
        return Some(now);
    }
    let today = utc_to_local(now, tz).date();
    let w = wall(s, today)?;
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

/// Until when a snooze lasts: RFC 3339 as given, or a phrase in `tz` (a day alone means 09:00,
/// as snoozes land on mornings). Unreadable input is passed on for the snooze to refuse.
pub fn until(s: &str, tz: Tz, now: DateTime<Utc>) -> String {
    if DateTime::parse_from_rfc3339(s.trim()).is_ok() {
        return s.trim().to_string();
    }
    match wall(s, utc_to_local(now, tz).date()) {
        Some(w) => local_to_utc(w.date.and_time(w.time.unwrap_or(MORNING)), tz).to_rfc3339(),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            wall_input("tomorrow", paris, now),
            "2026-11-23",
            "a day alone is left for the follow-up to put at 09:00"
        );
        assert_eq!(
            wall_input("soon", paris, now),
            "soon",
            "passed on for the core to refuse"
        );
        assert_eq!(until("2026-11-23", paris, now), "2026-11-23T08:00:00+00:00");
    }
}
