//! An event's calendar file: the event and its meetups as iCalendar, through the book's one calendar writer ("who's here" as CSV goes through the one CSV writer, `csv_into`).

use super::Book;
use crate::api::MeetupListReq;
use crate::domain::event::EventWhen;
use crate::error::Result;
use crate::interchange::calendar;

impl Book {
    /// The event itself and its meetups as an iCalendar file, each at its wall time and zone.
    pub(crate) fn event_ics(&self, event_id: &str) -> Result<String> {
        let event = self.event_get(event_id)?;
        let meetups = self.meetup_list(&MeetupListReq {
            event_id: Some(event_id.to_string()),
            when: EventWhen::All,
            limit: Some(1000),
        })?;
        Ok(calendar::write(&[], &[event], &meetups, self.clock.now()))
    }
}
