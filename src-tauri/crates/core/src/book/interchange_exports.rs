//! The export half of the interchange API: CSV lists, the calendar, dossiers, and "everything about this person".

use super::Book;
use crate::api::AttendeeListReq;
use crate::domain::recurrence::utc_to_local;
use crate::error::{Error, Result};
use crate::interchange::bundle::BundleScope;
use crate::interchange::csv::export::{self, CsvExportOptions, CsvOut};
use crate::interchange::dossier::{self, DossierLang, DossierNetwork, PersonDossier};
use crate::interchange::{calendar, PersonExport, Progress};
use crate::store::export_rows::{
    each_followup, each_interaction, each_person, events_of, followups_of, interactions_of,
    meetups_of, person_rowid, platforms_of,
};
use crate::store::people;
use std::io::Write;

/// Which CSV file, of whom: what a streamed CSV export needs once its file is open.
#[derive(Debug, Clone)]
pub(crate) enum CsvOf {
    /// These people (a list's, one person) in that order, or everyone.
    People(Option<Vec<String>>),
    /// One person's interactions, or everyone's.
    Interactions(Option<String>),
    /// One person's follow-ups, or everyone's.
    Followups(Option<String>),
    /// An event's "who's here".
    Attendees(String),
}

/// Rows between two looks at the cancel button and two progress updates.
const EVERY: u64 = 1024;

impl Book {
    /// Writes the CSV file `of` into `out` as it is read: a record at a time, with the dates at
    /// the user's clock. `io` names the file a write error happened to.
    pub(crate) fn csv_into(
        &self,
        of: &CsvOf,
        opts: CsvExportOptions,
        out: &mut dyn Write,
        io: &dyn Fn(std::io::Error) -> Error,
        progress: &Progress,
    ) -> Result<()> {
        let tz = self.time_zone()?;
        let mut n: u64 = 0;
        let mut tick = || -> Result<()> {
            n += 1;
            if n.is_multiple_of(EVERY) {
                progress.set_done(n);
                progress.check()?;
            }
            Ok(())
        };
        let finish = |w: CsvOut<&mut dyn Write>| w.finish().map(drop).map_err(io);
        match of {
            CsvOf::Attendees(event) => {
                let list = self.event_attendees(&AttendeeListReq {
                    event_id: event.clone(),
                    ..AttendeeListReq::default()
                })?;
                let mut w = CsvOut::new(out, opts, &export::ATTENDEES_HEAD).map_err(io)?;
                for a in &list {
                    export::attendee(&mut w, a, tz).map_err(io)?;
                }
                finish(w)
            }
            CsvOf::People(ids) => self.db.read(|c| {
                let platforms = platforms_of(c, ids.as_deref())?;
                let head = export::people_head(&platforms);
                let head: Vec<&str> = head.iter().map(String::as_str).collect();
                let mut w = CsvOut::new(out, opts, &head).map_err(io)?;
                each_person(c, ids.as_deref(), |p| {
                    export::person(&mut w, &p, &platforms, tz).map_err(io)?;
                    tick()
                })?;
                finish(w)
            }),
            CsvOf::Interactions(person) => self.db.read(|c| {
                let p = person_rowid(c, person.as_deref())?;
                let mut w = CsvOut::new(out, opts, &export::INTERACTIONS_HEAD).map_err(io)?;
                each_interaction(c, p, |i| {
                    export::interaction(&mut w, &i, tz).map_err(io)?;
                    tick()
                })?;
                finish(w)
            }),
            CsvOf::Followups(person) => self.db.read(|c| {
                let p = person_rowid(c, person.as_deref())?;
                let mut w = CsvOut::new(out, opts, &export::FOLLOWUPS_HEAD).map_err(io)?;
                each_followup(c, p, |f| {
                    export::followup(&mut w, &f, tz).map_err(io)?;
                    tick()
                })?;
                finish(w)
            }),
        }
    }

    /// A CSV file whole in memory, for a pipe or the UI's text exports.
    pub(crate) fn csv_bytes(&self, of: &CsvOf, opts: CsvExportOptions) -> Result<Vec<u8>> {
        let mut bytes = Vec::new();
        // A Vec takes every byte: this never fails.
        let io = |e: std::io::Error| Error::io(std::path::Path::new("memory"), e);
        self.csv_into(of, opts, &mut bytes, &io, &Progress::new())?;
        Ok(bytes)
    }

    /// People as CSV (all of them when `ids` is `None`), with headers the CSV import maps back.
    pub fn people_csv(&self, ids: Option<&[String]>, opts: CsvExportOptions) -> Result<Vec<u8>> {
        self.csv_bytes(&CsvOf::People(ids.map(<[String]>::to_vec)), opts)
    }

    /// Interactions as CSV: one person's, newest first, or all of them in the order recorded.
    pub fn interactions_csv(
        &self,
        person_id: Option<&str>,
        opts: CsvExportOptions,
    ) -> Result<Vec<u8>> {
        self.csv_bytes(&CsvOf::Interactions(person_id.map(str::to_string)), opts)
    }

    /// Follow-ups (open and done) as CSV, by due time: one person's, or all.
    pub fn followups_csv(
        &self,
        person_id: Option<&str>,
        opts: CsvExportOptions,
    ) -> Result<Vec<u8>> {
        self.csv_bytes(&CsvOf::Followups(person_id.map(str::to_string)), opts)
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
        self.person_dossier_in(id, DossierLang::En)
    }

    /// The printable dossier in English or French, with the person's conflicts, organizations,
    /// connections and our touchpoints.
    pub fn person_dossier_in(&self, id: &str, lang: DossierLang) -> Result<String> {
        let person = self.person_get(id)?;
        let (connections, memberships) = (self.connections_of(id)?, self.memberships_of(id)?);
        let touchpoints = self.person_team(id)?.touchpoints;
        let conflicts = self.person_conflicts(id)?;
        let (inter, fups) = self.db.read(|c| {
            let p = Some(people::rowid_of(c, id)?);
            Ok((interactions_of(c, p)?, followups_of(c, p)?))
        })?;
        let notes = self.note_list(id)?;
        let printed_at = self.printed_at()?;
        Ok(dossier::person(&PersonDossier {
            person: &person,
            interactions: &inter,
            followups: &fups,
            notes: &notes,
            printed_at: &printed_at,
            network: DossierNetwork {
                conflicts: &conflicts,
                connections: &connections,
                memberships: &memberships,
                touchpoints: &touchpoints,
            },
            lang,
        }))
    }

    /// When a printed page was made, as its reader reads a clock: the book's time zone, to the
    /// minute, year first (a stamp such as `2026-12-06T21:12:01.806Z` is for machines).
    pub(super) fn printed_at(&self) -> Result<String> {
        let local = utc_to_local(self.clock.now(), self.time_zone()?);
        Ok(local.format("%Y-%m-%d %H:%M").to_string())
    }

    /// The printable attendee sheet of an event.
    pub fn event_dossier(&self, id: &str) -> Result<String> {
        self.event_dossier_in(id, DossierLang::En)
    }

    /// The attendee sheet in English or French.
    pub fn event_dossier_in(&self, id: &str, lang: DossierLang) -> Result<String> {
        let d = self.event_detail(id)?;
        Ok(dossier::event(
            &d.event,
            &d.attendees,
            &self.printed_at()?,
            lang,
        ))
    }

    /// Everything the book holds about one person (right of access): bundle and dossier.
    pub fn person_export_everything(&self, id: &str) -> Result<PersonExport> {
        self.person_export_everything_in(id, DossierLang::En)
    }

    /// Everything about one person with the dossier in English or French: the language of
    /// whoever answers the request, as the app's "Export everything" and `liaison export
    /// everything --lang` ask. The dossier carries their conflicts, derived data held about them.
    pub fn person_export_everything_in(&self, id: &str, lang: DossierLang) -> Result<PersonExport> {
        let bundle = self.bundle_export(
            &BundleScope::Person { id: id.to_string() },
            &Progress::new(),
        )?;
        Ok(PersonExport {
            bundle: String::from_utf8(bundle).expect("a bundle is UTF-8 JSON"),
            dossier: self.person_dossier_in(id, lang)?,
        })
    }
}
