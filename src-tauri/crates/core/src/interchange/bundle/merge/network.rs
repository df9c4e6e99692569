//! Merging a bundle's network sections: colleagues and organizations before the people (owners and interactions name colleagues), memberships and connections after them, their tombstones with the others'; each record weighed by its `updated_at` as every other record is.

use super::BundleReport;
use crate::error::Result;
use crate::interchange::bundle::read::Verified;
use crate::interchange::bundle::stream::Input;
use crate::interchange::bundle::{colleagues, connections, memberships, organizations, Tombstone};
use crate::store::{bundle_network as rows, people, tombstones};
use rusqlite::Connection;
use std::collections::HashMap;

/// Where a record stands against ours.
pub(crate) enum Weighed {
    Add,
    Theirs(i64),
    Same,
    /// Deleted here: it stays deleted.
    Gone,
}

/// Weighs their record against `ours` (rowid, updated_at) as the other records are: newest
/// `updated_at` wins, a deletion here stays; counts it in the report and lists a conflict.
pub(crate) fn weigh(
    tx: &Connection,
    report: &mut BundleReport,
    kind: &str,
    ours: Option<(i64, String)>,
    id: &str,
    theirs: &str,
) -> Result<Weighed> {
    Ok(match ours {
        None => match tombstones::deleted_at(tx, id)? {
            Some(at) => {
                report.unchanged += 1;
                if theirs > at.as_str() {
                    let why = "edited there after it was deleted here; it stays deleted";
                    report.conflict(kind, id, "ours", why);
                }
                Weighed::Gone
            }
            None => {
                report.added += 1;
                Weighed::Add
            }
        },
        Some((rowid, ours)) if theirs > ours.as_str() => {
            report.updated += 1;
            report.conflict(kind, id, "theirs", "changed on both sides; theirs is newer");
            Weighed::Theirs(rowid)
        }
        Some((_, ours)) => {
            report.unchanged += 1;
            if theirs < ours.as_str() {
                report.conflict(kind, id, "ours", "changed on both sides; ours is newer");
            }
            Weighed::Same
        }
    })
}

/// A tombstone of a record of `table`: deleted here unless edited here since; the tombstone is
/// kept either way, so an older bundle does not bring the record back.
pub(crate) fn stone(
    tx: &Connection,
    report: &mut BundleReport,
    table: &str,
    t: &Tombstone,
) -> Result<()> {
    match rows::stamp(tx, table, &t.id)? {
        Some((_, updated)) if updated > t.deleted_at => {
            let why = "deleted there, but edited here since; kept";
            report.conflict(&t.kind, &t.id, "ours", why);
            return Ok(());
        }
        Some((rowid, _)) => {
            rows::delete(tx, table, rowid)?;
            report.deleted += 1;
        }
        None => {}
    }
    if tombstones::deleted_at(tx, &t.id)?.is_none_or(|at| at < t.deleted_at) {
        tombstones::record(tx, &t.kind, &t.id, &t.deleted_at)?;
    }
    Ok(())
}

/// What the network sections resolved, for the sections that refer to them.
#[derive(Default)]
pub(crate) struct Network {
    /// Their colleague id → ours (the same, or ours of the same name); `None`: not here.
    colleagues: HashMap<String, Option<String>>,
    /// Their organization id → our rowid; `None`: not here.
    organizations: HashMap<String, Option<i64>>,
    /// The bundle carries the network sections, so its people's owners and its interactions'
    /// colleagues are its writer's (an absent one is none); from an older bundle, ours stay.
    pub travels: bool,
}

type Tick<'a> = &'a dyn Fn(usize) -> Result<()>;
const BATCH: usize = 4096;

impl Network {
    /// Their colleague's id here: as merged, or already here by that id.
    pub fn colleague(&mut self, tx: &Connection, id: &str) -> Result<Option<String>> {
        if let Some(found) = self.colleagues.get(id) {
            return Ok(found.clone());
        }
        let here = rows::stamp(tx, "colleagues", id)?.map(|_| id.to_string());
        self.colleagues.insert(id.to_string(), here.clone());
        Ok(here)
    }

    fn organization(&mut self, tx: &Connection, id: &str) -> Result<Option<i64>> {
        if let Some(found) = self.organizations.get(id) {
            return Ok(*found);
        }
        let here = rows::stamp(tx, "organizations", id)?.map(|(r, _)| r);
        self.organizations.insert(id.to_string(), here);
        Ok(here)
    }

    /// The colleagues and organizations, before the people.
    pub fn before_people(
        &mut self,
        tx: &Connection,
        (input, b): (Input<'_>, &Verified),
        report: &mut BundleReport,
        tick: Tick<'_>,
    ) -> Result<()> {
        self.travels = b.span("colleagues").is_some();
        let span = b.span("colleagues");
        input.each::<colleagues::BundleColleague>("colleagues", span, BATCH, &mut |batch| {
            for c in &batch {
                let here = colleagues::merge(tx, report, c)?;
                self.colleagues.insert(c.id.clone(), here);
            }
            tick(batch.len())
        })?;
        let span = b.span("organizations");
        type Org = organizations::BundleOrganization;
        input.each::<Org>("organizations", span, BATCH, &mut |batch| {
            for o in &batch {
                let here = organizations::merge(tx, report, o)?;
                self.organizations.insert(o.id.clone(), here);
            }
            tick(batch.len())
        })?;
        Ok(())
    }

    /// The memberships and connections, once the people and their tombstones are merged.
    /// `alias`: their person ids merged into someone here.
    pub fn after_people(
        &mut self,
        tx: &Connection,
        (input, b): (Input<'_>, &Verified),
        (alias, report): (&HashMap<String, i64>, &mut BundleReport),
        tick: Tick<'_>,
    ) -> Result<()> {
        let person = |id: &str| -> Result<Option<i64>> {
            match alias.get(id) {
                Some(r) => Ok(Some(*r)),
                None => people::find(tx, id),
            }
        };
        let span = b.span("memberships");
        type Member = memberships::BundleMembership;
        input.each::<Member>("memberships", span, BATCH, &mut |batch| {
            for m in &batch {
                let org = self.organization(tx, &m.organization_id)?;
                memberships::merge(tx, report, m, person(&m.person_id)?, org)?;
            }
            tick(batch.len())
        })?;
        let span = b.span("connections");
        type Tie = connections::BundleConnection;
        input.each::<Tie>("connections", span, BATCH, &mut |batch| {
            for c in &batch {
                let ends = (person(&c.from_id)?, person(&c.to_id)?);
                connections::merge(tx, report, c, ends)?;
            }
            tick(batch.len())
        })?;
        Ok(())
    }

    /// A tombstone of a colleague, an organization, a membership or a connection (the others
    /// are the other merges').
    pub fn stone(&self, tx: &Connection, report: &mut BundleReport, t: &Tombstone) -> Result<()> {
        match t.kind.as_str() {
            "colleague" => colleagues::tombstone(tx, report, t),
            "organization" => organizations::tombstone(tx, report, t),
            "membership" => memberships::tombstone(tx, report, t),
            "connection" => connections::tombstone(tx, report, t),
            _ => Ok(()),
        }
    }
}
