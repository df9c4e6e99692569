//! The export half of the interchange API: CSV lists, the calendar, dossiers, and "everything about this person".

use super::Book;
use crate::error::Result;
use crate::interchange::bundle::BundleScope;
use crate::interchange::csv::{self, CsvExportOptions};
use crate::interchange::dossier::{self, PersonDossier};
use crate::interchange::{calendar, PersonExport, Progress};
use crate::store::export_rows::{
    events_of, followups_of, interactions_of, meetups_of, person_rowid,
};
use crate::store::people;

impl Book {
    /// People as CSV (all of them when `ids` is `None`), with headers the CSV import maps back.
    pub fn people_csv(&self, ids: Option<&[String]>, opts: CsvExportOptions) -> Result<Vec<u8>> {
        Ok(csv::export::people(&self.people_for_export(ids)?, opts))
    }

    /// Interactions as CSV, newest first: one person's, or all.
    pub fn interactions_csv(
        &self,
        person_id: Option<&str>,
        opts: CsvExportOptions,
    ) -> Result<Vec<u8>> {
        let list = self
            .db
            .read(|c| interactions_of(c, person_rowid(c, person_id)?))?;
        Ok(csv::export::interactions(&list, opts))
    }

    /// Follow-ups (open and done) as CSV, by due time: one person's, or all.
    pub fn followups_csv(
        &self,
        person_id: Option<&str>,
        opts: CsvExportOptions,
    ) -> Result<Vec<u8>> {
        let list = self
            .db
            .read(|c| followups_of(c, person_rowid(c, person_id)?))?;
        Ok(csv::export::followups(&list, opts))
    }

    /// An iCalendar file of open follow-ups (with an alarm), events and meetups — one person's
    /// (the events they attend, the meetups they are in), or everyone's.
    pub fn calendar_ics(&self, person_id: Option<&str>) -> Result<String> {
        let stamp = self.clock.now();
        let (f, e, m) = self.db.read(|c| {
            let p = person_rowid(c, person_id)?;
            Ok((followups_of(c, p)?, events_of(c, p)?, meetups_of(c, p)?))
        })?;
        Ok(calendar::write(&f, &e, &m, stamp))
    }

    /// The printable one-page dossier of a person.
    pub fn person_dossier(&self, id: &str) -> Result<String> {
        let person = self.person_get(id)?;
        let (inter, fups) = self.db.read(|c| {
            let p = Some(people::rowid_of(c, id)?);
            Ok((interactions_of(c, p)?, followups_of(c, p)?))
        })?;
        let notes = self.note_list(id)?;
        let printed_at = self.now();
        Ok(dossier::person(&PersonDossier {
            person: &person,
            interactions: &inter,
            followups: &fups,
            notes: &notes,
            printed_at: &printed_at,
        }))
    }

    /// The printable attendee sheet of an event.
    pub fn event_dossier(&self, id: &str) -> Result<String> {
        let d = self.event_detail(id)?;
        Ok(dossier::event(&d.event, &d.attendees, &self.now()))
    }

    /// Everything the book holds about one person (right of access): bundle and dossier.
    pub fn person_export_everything(&self, id: &str) -> Result<PersonExport> {
        let bundle = self.bundle_export(
            &BundleScope::Person { id: id.to_string() },
            &Progress::new(),
        )?;
        Ok(PersonExport {
            bundle: String::from_utf8(bundle).expect("a bundle is UTF-8 JSON"),
            dossier: self.person_dossier(id)?,
        })
    }
}
