//! The book's clock for its callers: the date phrases people type (`fri`, `yesterday 18:00`) read against the book's "now", so the CLI and its tests never read the system time.

use super::Book;
use crate::domain::recurrence::utc_to_local;
use crate::domain::when_value as when;
use chrono::{DateTime, NaiveDateTime, Utc};
use chrono_tz::Tz;

impl Book {
    /// Now, on the book's clock (a fixed one in tests).
    pub fn clock_now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// The wall clock in `tz` now: "it is 14:30 there".
    pub fn wall_now(&self, tz: Tz) -> NaiveDateTime {
        utc_to_local(self.clock.now(), tz)
    }

    /// A phrase as the wall time a follow-up, event or meetup takes (`YYYY-MM-DDTHH:MM`, or a
    /// date alone), read against today in `tz`; unreadable input is passed on for the field's
    /// own message.
    pub fn wall_input(&self, phrase: &str, tz: Tz) -> String {
        when::wall_input(phrase, tz, self.clock.now())
    }

    /// When something happened (RFC 3339, `now`, or a phrase in `tz`); `None` when unreadable.
    pub fn happened_at(&self, phrase: &str, tz: Tz) -> Option<DateTime<Utc>> {
        when::happened_at(phrase, tz, self.clock.now())
    }

    /// Until when a snooze lasts (RFC 3339, or a phrase in `tz`; a day alone is 09:00).
    pub fn snooze_until(&self, phrase: &str, tz: Tz) -> String {
        when::until(phrase, tz, self.clock.now())
    }
}
