//! Follow-up due times: local wall-clock times in the user's zone, repeated by a rule, safe across DST.
//!
//! A follow-up "every Monday at 09:00" must stay at 09:00 in Paris when the clocks change, so
//! occurrences are computed on local date-times and only then turned into UTC instants.

use chrono::{
    DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset,
    TimeZone, Utc,
};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How a follow-up repeats. `every` is at least 1.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "unit", rename_all = "snake_case")]
pub enum Recurrence {
    Days {
        every: u32,
    },
    /// Every N weeks on the given weekdays (0 = Monday … 6 = Sunday); empty means the anchor's weekday.
    Weeks {
        every: u32,
        weekdays: Vec<u8>,
    },
    /// Every N months on the anchor's day of month, clamped to the month's last day (31 → 30 → 28).
    Months {
        every: u32,
    },
}

impl Recurrence {
    /// Repeats every 1 to 999 days, weeks or months: more is a typo, not a plan.
    pub fn every_in_range(&self) -> bool {
        let every = match self {
            Recurrence::Days { every }
            | Recurrence::Weeks { every, .. }
            | Recurrence::Months { every } => *every,
        };
        (1..=999).contains(&every)
    }

    pub fn validate(&self) -> Result<(), &'static str> {
        if !self.every_in_range() {
            return Err("repeat every 1 to 999 days, weeks or months");
        }
        if let Recurrence::Weeks { weekdays, .. } = self {
            if weekdays.iter().any(|d| *d > 6) {
                return Err("weekdays go from 0 (Monday) to 6 (Sunday)");
            }
        }
        Ok(())
    }

    /// The first occurrence strictly after `current`. `anchor` is the first due time ever set:
    /// it fixes the day of month and the week phase, so a Jan 31 monthly comes back to the 31st.
    pub fn next(&self, anchor: NaiveDateTime, current: NaiveDateTime) -> NaiveDateTime {
        let time = anchor.time();
        match self {
            Recurrence::Days { every } => current + Duration::days(i64::from(*every)),
            Recurrence::Weeks { every, weekdays } => {
                let mut days: Vec<u32> = weekdays.iter().map(|d| u32::from(*d)).collect();
                if days.is_empty() {
                    days.push(anchor.weekday().num_days_from_monday());
                }
                let week0 = monday_of(anchor.date());
                let mut d = current.date();
                // At most `every` weeks plus one to scan; bounded, so no runaway loop.
                for _ in 0..(7 * (*every as usize + 1) + 7) {
                    d += Duration::days(1);
                    let weeks = (monday_of(d) - week0).num_days() / 7;
                    if weeks % i64::from(*every) == 0
                        && days.contains(&d.weekday().num_days_from_monday())
                    {
                        return d.and_time(time);
                    }
                }
                unreachable!("a validated weekly rule always has a day within every+1 weeks")
            }
            Recurrence::Months { every } => {
                let months_from_anchor = (current.year() - anchor.year()) * 12
                    + current.month() as i32
                    - anchor.month() as i32;
                let step = *every as i32;
                let k = months_from_anchor.div_euclid(step) * step + step;
                month_day(anchor.date(), k).and_time(time)
            }
        }
    }

    /// The next occurrence that is due after `now` (in local time), skipping missed ones: after a
    /// long absence a weekly reminder comes back once, not as a pile of overdue copies.
    pub fn next_after_now(
        &self,
        anchor: NaiveDateTime,
        current: NaiveDateTime,
        now: NaiveDateTime,
    ) -> NaiveDateTime {
        let mut n = self.next(anchor, current);
        while n <= now {
            n = self.next(anchor, n);
        }
        n
    }
}

fn monday_of(d: NaiveDate) -> NaiveDate {
    d - Duration::days(i64::from(d.weekday().num_days_from_monday()))
}

/// The anchor's day of month, `k` months later, clamped to that month's length.
fn month_day(anchor: NaiveDate, k: i32) -> NaiveDate {
    let total = anchor.year() * 12 + anchor.month0() as i32 + k;
    let (y, m) = (total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
    let mut day = anchor.day();
    loop {
        if let Some(d) = NaiveDate::from_ymd_opt(y, m, day) {
            return d;
        }
        day -= 1;
    }
}

/// The instant of a local wall-clock time. In a spring-forward gap the time moves forward by the
/// gap (02:30 → 03:30), as calendars do; in an autumn overlap the first of the two instants wins.
pub fn local_to_utc(local: NaiveDateTime, tz: Tz) -> DateTime<Utc> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        LocalResult::None => {
            // Read the wall time with the offset in force just before the gap: in Paris, 02:30
            // at +01:00 is 01:30 UTC, which the clocks show as 03:30 — shifted by the gap.
            let before = tz
                .from_local_datetime(&(local - Duration::hours(6)))
                .earliest()
                .expect("six hours before a DST gap is an ordinary time");
            let offset = before.offset().fix();
            Utc.from_utc_datetime(&(local - Duration::seconds(i64::from(offset.local_minus_utc()))))
        }
    }
}

/// Local wall-clock time of an instant in `tz`.
pub fn utc_to_local(t: DateTime<Utc>, tz: Tz) -> NaiveDateTime {
    t.with_timezone(&tz).naive_local()
}

/// Today's date in `tz` for `now`: "due today" is the user's day, not UTC's.
pub fn local_date(now: DateTime<Utc>, tz: Tz) -> NaiveDate {
    now.with_timezone(&tz).date_naive()
}

/// Snooze targets people pick from a menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Snooze {
    OneHour,
    /// Tomorrow at 09:00 local.
    Tomorrow,
    /// Next Monday at 09:00 local.
    NextWeek,
}

pub const MORNING: NaiveTime = match NaiveTime::from_hms_opt(9, 0, 0) {
    Some(t) => t,
    None => unreachable!(),
};

/// The new due instant for a snooze chosen at `now`.
pub fn snooze_until(s: Snooze, now: DateTime<Utc>, tz: Tz) -> DateTime<Utc> {
    let today = local_date(now, tz);
    match s {
        Snooze::OneHour => now + Duration::hours(1),
        Snooze::Tomorrow => local_to_utc((today + Duration::days(1)).and_time(MORNING), tz),
        Snooze::NextWeek => {
            let ahead = 7 - i64::from(today.weekday().num_days_from_monday());
            local_to_utc((today + Duration::days(ahead)).and_time(MORNING), tz)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::America::New_York;
    use chrono_tz::Europe::Paris;

    fn dt(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }
    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn weekly_keeps_local_time_across_paris_dst_in_march_and_october() {
        let rule = Recurrence::Weeks {
            every: 1,
            weekdays: vec![],
        };
        // Friday 27 March 2026, 09:00 CET (+01); clocks go forward Sunday 29 March.
        let a = dt("2026-03-27 09:00");
        let n = rule.next(a, a);
        assert_eq!(n, dt("2026-04-03 09:00"), "still Friday 09:00 local");
        assert_eq!(
            local_to_utc(a, Paris),
            utc("2026-03-27T08:00:00Z"),
            "winter: UTC+1"
        );
        assert_eq!(
            local_to_utc(n, Paris),
            utc("2026-04-03T07:00:00Z"),
            "summer: UTC+2, one hour earlier in UTC"
        );
        // Autumn: clocks go back Sunday 25 October 2026.
        let a = dt("2026-10-23 09:00");
        let n = rule.next(a, a);
        assert_eq!(local_to_utc(a, Paris), utc("2026-10-23T07:00:00Z"));
        assert_eq!(
            local_to_utc(n, Paris),
            utc("2026-10-30T08:00:00Z"),
            "back to UTC+1"
        );
    }

    #[test]
    fn new_york_changes_on_other_dates() {
        // US DST starts 8 March 2026, two weeks before Europe's.
        let rule = Recurrence::Days { every: 1 };
        let a = dt("2026-03-07 18:30");
        let n = rule.next(a, a);
        assert_eq!(
            local_to_utc(a, New_York),
            utc("2026-03-07T23:30:00Z"),
            "EST is UTC-5"
        );
        assert_eq!(
            local_to_utc(n, New_York),
            utc("2026-03-08T22:30:00Z"),
            "EDT is UTC-4"
        );
        assert_eq!(
            local_to_utc(n, Paris),
            utc("2026-03-08T17:30:00Z"),
            "Paris has not changed yet"
        );
    }

    #[test]
    fn times_in_a_gap_move_forward_and_overlaps_take_the_first() {
        assert_eq!(
            local_to_utc(dt("2026-03-29 02:30"), Paris),
            utc("2026-03-29T01:30:00Z"),
            "02:30 does not exist; it reads as 03:30 CEST"
        );
        assert_eq!(
            utc_to_local(utc("2026-03-29T01:30:00Z"), Paris),
            dt("2026-03-29 03:30")
        );
        assert_eq!(
            local_to_utc(dt("2026-10-25 02:30"), Paris),
            utc("2026-10-25T00:30:00Z"),
            "the first 02:30 (CEST) wins"
        );
        assert_eq!(
            local_to_utc(dt("2026-03-08 02:15"), New_York),
            utc("2026-03-08T07:15:00Z")
        );
    }

    #[test]
    fn monthly_clamps_to_month_end_and_returns_to_the_anchor_day() {
        let rule = Recurrence::Months { every: 1 };
        let a = dt("2026-01-31 10:00");
        let feb = rule.next(a, a);
        assert_eq!(feb, dt("2026-02-28 10:00"), "February has no 31st");
        let mar = rule.next(a, feb);
        assert_eq!(mar, dt("2026-03-31 10:00"), "March goes back to the 31st");
        assert_eq!(rule.next(a, mar), dt("2026-04-30 10:00"));
        let leap = Recurrence::Months { every: 12 };
        assert_eq!(
            leap.next(dt("2028-02-29 10:00"), dt("2028-02-29 10:00")),
            dt("2029-02-28 10:00")
        );
        let quarterly = Recurrence::Months { every: 3 };
        assert_eq!(
            quarterly.next(dt("2026-11-15 09:00"), dt("2026-11-15 09:00")),
            dt("2027-02-15 09:00"),
            "across a year end"
        );
    }

    #[test]
    fn weekly_on_given_weekdays_and_every_other_week() {
        // Anchor Monday 2 Nov 2026; Mondays and Thursdays, every 2 weeks.
        let rule = Recurrence::Weeks {
            every: 2,
            weekdays: vec![0, 3],
        };
        let a = dt("2026-11-02 09:00");
        let thu = rule.next(a, a);
        assert_eq!(thu, dt("2026-11-05 09:00"));
        let mon = rule.next(a, thu);
        assert_eq!(mon, dt("2026-11-16 09:00"), "skips the off week");
    }

    #[test]
    fn completing_late_skips_missed_occurrences() {
        let rule = Recurrence::Weeks {
            every: 1,
            weekdays: vec![],
        };
        let a = dt("2026-10-02 09:00");
        let n = rule.next_after_now(a, a, dt("2026-11-22 12:00"));
        assert_eq!(
            n,
            dt("2026-11-27 09:00"),
            "the next Friday after now, not the next after the old due date"
        );
    }

    #[test]
    fn snoozes_land_on_local_mornings() {
        let now = utc("2026-11-22T21:30:00Z"); // Sunday 22:30 in Paris
        assert_eq!(
            snooze_until(Snooze::OneHour, now, Paris),
            utc("2026-11-22T22:30:00Z")
        );
        assert_eq!(
            snooze_until(Snooze::Tomorrow, now, Paris),
            utc("2026-11-23T08:00:00Z"),
            "Monday 09:00 Paris"
        );
        assert_eq!(
            snooze_until(Snooze::NextWeek, now, Paris),
            utc("2026-11-23T08:00:00Z"),
            "next Monday"
        );
        // Same instant is still Sunday afternoon in New York.
        assert_eq!(
            snooze_until(Snooze::Tomorrow, now, New_York),
            utc("2026-11-23T14:00:00Z")
        );
        assert_eq!(
            local_date(now, Paris),
            NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
        );
    }

    #[test]
    fn rules_are_validated() {
        assert!(Recurrence::Days { every: 0 }.validate().is_err());
        assert!(Recurrence::Weeks {
            every: 1,
            weekdays: vec![7]
        }
        .validate()
        .is_err());
        assert!(Recurrence::Months { every: 6 }.validate().is_ok());
    }
}
