//! The export half of the interchange API: CSV lists, the calendar, dossiers, and "everything about this person".

use super::Book;
use crate::domain::event::{Event, Meetup};
use crate::domain::followup::Followup;
use crate::domain::interaction::Interaction;
use crate::error::Result;
use crate::interchange::bundle::BundleScope;
use crate::interchange::csv_export::{self, CsvExportOptions};
use crate::interchange::dossier::{self, PersonDossier};
use crate::interchange::{calendar, PersonExport, Progress};
use crate::store::{events, followups, interactions, meetups, people};
use rusqlite::Connection;

fn ids(c: &Connection, sql: &str, arg: Option<i64>) -> Result<Vec<String>> {
    let mut st = c.prepare(sql)?;
    let v = match arg {
        Some(a) => st
            .query_map([a], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?,
        None => st
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?,
    };
    Ok(v)
}

fn person_rowid(c: &Connection, id: Option<&str>) -> Result<Option<i64>> {
    id.map(|id| people::rowid_of(c, id)).transpose()
}

fn interactions_of(c: &Connection, person: Option<i64>) -> Result<Vec<Interaction>> {
    let sql = match person {
        Some(_) => "SELECT i.id FROM interaction_people ip JOIN interactions i ON i.rowid = ip.interaction_rowid
                    WHERE ip.person_rowid = ?1 ORDER BY ip.occurred_at DESC, i.rowid DESC",
        None => "SELECT id FROM interactions ORDER BY occurred_at DESC, rowid DESC",
    };
    ids(c, sql, person)?
        .iter()
        .map(|id| Ok(interactions::load(c, id)?.1))
        .collect()
}

fn followups_of(c: &Connection, person: Option<i64>) -> Result<Vec<Followup>> {
    let sql = match person {
        Some(_) => {
            "SELECT f.id FROM followup_people fp JOIN followups f ON f.rowid = fp.followup_rowid
                    WHERE fp.person_rowid = ?1 ORDER BY f.due_at"
        }
        None => "SELECT id FROM followups ORDER BY due_at",
    };
    ids(c, sql, person)?
        .iter()
        .map(|id| Ok(followups::load(c, id)?.followup))
        .collect()
}

fn events_of(c: &Connection, person: Option<i64>) -> Result<Vec<Event>> {
    let sql = match person {
        Some(_) => {
            "SELECT e.id FROM event_attendees a JOIN events e ON e.rowid = a.event_rowid
                    WHERE a.person_rowid = ?1 ORDER BY e.start_at"
        }
        None => "SELECT id FROM events ORDER BY start_at",
    };
    ids(c, sql, person)?
        .iter()
        .map(|id| Ok(events::load(c, id)?.1))
        .collect()
}

fn meetups_of(c: &Connection, person: Option<i64>) -> Result<Vec<Meetup>> {
    let sql = match person {
        Some(_) => {
            "SELECT m.id FROM meetup_people mp JOIN meetups m ON m.rowid = mp.meetup_rowid
                    WHERE mp.person_rowid = ?1 ORDER BY m.start_at"
        }
        None => "SELECT id FROM meetups ORDER BY start_at",
    };
    ids(c, sql, person)?
        .iter()
        .map(|id| Ok(meetups::load(c, id)?.meetup))
        .collect()
}

impl Book {
    /// People as CSV (all of them when `ids` is `None`), with headers the CSV import maps back.
    pub fn people_csv(&self, ids: Option<&[String]>, opts: CsvExportOptions) -> Result<Vec<u8>> {
        Ok(csv_export::people(&self.people_for_export(ids)?, opts))
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
        Ok(csv_export::interactions(&list, opts))
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
        Ok(csv_export::followups(&list, opts))
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
