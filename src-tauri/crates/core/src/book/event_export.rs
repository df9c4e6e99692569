//! An event's files: "who's here" as CSV for a teammate or a printer, the event and its meetups as iCalendar — through the book's one CSV and one calendar writer.

use super::Book;
use crate::api::{AttendeeListReq, MeetupListReq};
use crate::domain::event::EventWhen;
use crate::error::Result;
use crate::interchange::calendar;
use crate::interchange::csv::{self, CsvExportOptions};

impl Book {
    /// "Who's here" as CSV, always with a BOM: the sheet goes to spreadsheets and printers,
    /// where accents must survive whatever the person chose for the book's other CSVs.
    pub(crate) fn event_attendees_csv(
        &self,
        event_id: &str,
        opts: CsvExportOptions,
    ) -> Result<Vec<u8>> {
        let people = self.event_attendees(&AttendeeListReq {
            event_id: event_id.to_string(),
            ..AttendeeListReq::default()
        })?;
        let opts = CsvExportOptions { bom: true, ..opts };
        Ok(csv::export::attendees(&people, self.time_zone()?, opts))
    }

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
