//! Merging a teammate's bundle: new records are added, the same id with a newer `updated_at` wins per record, tombstones delete what was not edited since, and a second import changes nothing.
//!
//! The whole bundle is checked first (format and schema versions, every section's checksum,
//! every record parsed), then applied in one transaction. A record that cannot be applied (an
//! interaction none of whose people exist here, an invalid person) is listed, not fatal.

use super::bundle::{BundleFollowup, BundleInteraction, Tombstone};
pub use super::bundle_read::check;
use super::bundle_read::parse;
use super::Progress;
use crate::domain::interaction::{Direction, Exchange, InteractionKind, Note};
use crate::domain::person::{Person, PersonInput};
use crate::domain::validate::clean_person;
use crate::error::Result;
use crate::store::interactions::{self as irows, InteractionRow};
use crate::store::{people, stats, tombstones};
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value as Json};
use std::collections::BTreeSet;
use ts_rs::TS;

/// What merging a bundle did (or, for a dry run, would do).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BundleReport {
    pub added: u32,
    /// Records whose bundled version was newer and replaced ours.
    pub updated: u32,
    /// Records identical in both, or newer here (kept).
    pub unchanged: u32,
    /// Records removed by the bundle's tombstones.
    pub deleted: u32,
    /// People new to this book by id but matching someone here by e-mail or handle: merged into
    /// that person (empty fields filled, lists completed) instead of duplicated.
    pub merged: u32,
    /// Records that differed, and which side was kept; the first 100.
    pub conflicts: Vec<BundleConflict>,
    pub conflict_count: u32,
    /// The install that wrote the bundle.
    pub origin: String,
    pub written: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BundleConflict {
    /// person, interaction, note, followup, event, attendee, meetup, list, list_member
    pub kind: String,
    pub id: String,
    /// `ours` or `theirs`.
    pub kept: String,
    pub reason: String,
}

/// Where a record stands against ours.
enum Side {
    Add,
    Theirs(i64),
    Same,
}

struct Merge<'a> {
    tx: &'a Connection,
    now: &'a str,
    /// Their person id → our rowid, for people merged into someone already here.
    alias: std::collections::HashMap<String, i64>,
    /// People this import inserted.
    inserted: std::collections::HashSet<i64>,
    report: BundleReport,
    touched: BTreeSet<i64>,
}

impl Merge<'_> {
    fn conflict(&mut self, kind: &str, id: &str, kept: &str, reason: &str) {
        self.report.conflict_count += 1;
        if self.report.conflicts.len() < super::MAX_REPORTED_ERRORS {
            self.report.conflicts.push(BundleConflict {
                kind: kind.into(),
                id: id.into(),
                kept: kept.into(),
                reason: reason.into(),
            });
        }
    }

    /// Newest `updated_at` wins; a record deleted here stays deleted.
    fn side(&mut self, kind: &str, table: &str, id: &str, theirs: &str) -> Result<Option<Side>> {
        let ours: Option<(i64, String)> = self
            .tx
            .prepare_cached(&format!(
                "SELECT rowid, updated_at FROM {table} WHERE id = ?1"
            ))?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        Ok(Some(match ours {
            None => {
                if let Some(at) = tombstones::deleted_at(self.tx, id)? {
                    self.report.unchanged += 1;
                    if theirs > at.as_str() {
                        self.conflict(
                            kind,
                            id,
                            "ours",
                            "edited there after it was deleted here; it stays deleted",
                        );
                    }
                    return Ok(None);
                }
                self.report.added += 1;
                Side::Add
            }
            Some((rowid, ours)) if theirs > ours.as_str() => {
                self.report.updated += 1;
                self.conflict(kind, id, "theirs", "changed on both sides; theirs is newer");
                Side::Theirs(rowid)
            }
            Some((_, ours)) => {
                self.report.unchanged += 1;
                if theirs < ours.as_str() {
                    self.conflict(kind, id, "ours", "changed on both sides; ours is newer");
                }
                Side::Same
            }
        }))
    }

    fn person(&mut self, p: &Person) -> Result<()> {
        let Some(side) = self.side("person", "people", &p.id, &p.updated_at)? else {
            return Ok(());
        };
        let input = match clean_person(PersonInput::from(p)) {
            Ok(i) => i,
            Err(e) => {
                self.report.added -= u32::from(matches!(side, Side::Add));
                self.report.updated -= u32::from(matches!(side, Side::Theirs(_)));
                self.conflict(
                    "person",
                    &p.id,
                    "ours",
                    &format!("invalid in the bundle: {e}"),
                );
                return Ok(());
            }
        };
        if matches!(side, Side::Add) {
            // Only people who were here before: two people of the bundle itself sharing an
            // address are two people in the teammate's book too.
            let mut here = None;
            for d in people::duplicates(self.tx, &input, None)? {
                let r = people::rowid_of(self.tx, &d.person_id)?;
                if !self.inserted.contains(&r) {
                    here = Some(d);
                    break;
                }
            }
            if let Some(dup) = here {
                // The same influencer, created independently by a teammate: one person here.
                self.report.added -= 1;
                self.report.merged += 1;
                let (rowid, ours) = crate::store::people_rows::load(self.tx, &dup.person_id)?;
                let mut merged = PersonInput::from(&ours);
                if super::merge::merge_into(&mut merged, &input, false) {
                    people::update(self.tx, rowid, &clean_person(merged)?, self.now)?;
                }
                self.alias.insert(p.id.clone(), rowid);
                self.touched.insert(rowid);
                return Ok(());
            }
        }
        let rowid = match side {
            Side::Same => return Ok(()),
            Side::Add => {
                let r = people::insert(self.tx, &p.id, &input, &p.updated_at)?;
                self.inserted.insert(r);
                r
            }
            Side::Theirs(rowid) => {
                people::update(self.tx, rowid, &input, &p.updated_at)?;
                rowid
            }
        };
        self.tx
            .prepare_cached("UPDATE people SET archived = ?2, created_at = ?3, updated_at = ?4 WHERE rowid = ?1")?
            .execute(params![rowid, p.archived, p.created_at, p.updated_at])?;
        for (pos, c) in p.channels.iter().enumerate() {
            self.tx
                .prepare_cached(
                    "UPDATE OR IGNORE channels SET id = ?3, created_at = ?4, updated_at = ?5
                     WHERE person_rowid = ?1 AND position = ?2",
                )?
                .execute(params![rowid, pos as i64, c.id, c.created_at, c.updated_at])?;
        }
        self.touched.insert(rowid);
        Ok(())
    }

    fn person_rowids(&self, ids: &[String]) -> Result<Vec<i64>> {
        let mut st = self
            .tx
            .prepare_cached("SELECT rowid FROM people WHERE id = ?1")?;
        let mut out = Vec::new();
        for id in ids {
            if let Some(r) = self.alias.get(id) {
                out.push(*r);
            } else if let Some(r) = st.query_row([id], |r| r.get(0)).optional()? {
                out.push(r);
            }
        }
        out.sort_unstable();
        out.dedup();
        Ok(out)
    }

    fn interaction(&mut self, i: &BundleInteraction) -> Result<()> {
        let people = self.person_rowids(&i.people)?;
        let kind = InteractionKind::parse(&i.kind);
        let direction = Direction::parse(&i.direction);
        let exchange = i.exchange.as_deref().map(Exchange::parse);
        let (Some(kind), Some(direction), false, false) = (
            kind,
            direction,
            matches!(exchange, Some(None)),
            people.is_empty(),
        ) else {
            self.conflict(
                "interaction",
                &i.id,
                "ours",
                "not imported: unknown kind, or none of its people are here",
            );
            return Ok(());
        };
        let Some(side) = self.side("interaction", "interactions", &i.id, &i.updated_at)? else {
            return Ok(());
        };
        let row = InteractionRow {
            id: &i.id,
            kind,
            direction,
            exchange: exchange.flatten(),
            occurred_at: &i.occurred_at,
            channel: &i.channel,
            our_side: &i.our_side,
            body: &i.body,
            event_id: i.event_id.as_deref(),
            people: &people,
            created_at: &i.created_at,
            updated_at: &i.updated_at,
        };
        match side {
            Side::Same => {}
            Side::Add => {
                irows::insert(self.tx, &row)?;
                self.touched.extend(people.iter().copied());
            }
            Side::Theirs(rowid) => irows::update(self.tx, rowid, &row)?,
        }
        Ok(())
    }

    fn note(&mut self, n: &Note) -> Result<()> {
        let Some(&person) = self
            .person_rowids(std::slice::from_ref(&n.person_id))?
            .first()
        else {
            self.conflict(
                "note",
                &n.id,
                "ours",
                "not imported: its person is not here",
            );
            return Ok(());
        };
        match self.side("note", "notes", &n.id, &n.updated_at)? {
            Some(Side::Add) => {
                irows::note_insert(self.tx, n, person)?;
            }
            Some(Side::Theirs(rowid)) => {
                irows::note_update(self.tx, rowid, &n.body, n.pinned, &n.updated_at)?
            }
            _ => {}
        }
        Ok(())
    }

    fn followup(&mut self, f: &BundleFollowup) -> Result<()> {
        let people = self.person_rowids(&f.people)?;
        let rowid = match self.side("followup", "followups", &f.id, &f.updated_at)? {
            Some(Side::Add) => {
                self.tx.prepare_cached(
                    "INSERT INTO followups (id, title, body, time_zone, anchor_local, due_local, due_at,
                        recurrence, done_at, notified_at, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                )?
                .execute(params![f.id, f.title, f.body, f.time_zone, f.anchor_local, f.due_local, f.due_at,
                    f.recurrence, f.done_at, f.notified_at, f.created_at, f.updated_at])?;
                self.tx.last_insert_rowid()
            }
            Some(Side::Theirs(rowid)) => {
                self.tx.prepare_cached(
                    "UPDATE followups SET title = ?2, body = ?3, time_zone = ?4, anchor_local = ?5,
                        due_local = ?6, due_at = ?7, recurrence = ?8, done_at = ?9, notified_at = ?10,
                        updated_at = ?11 WHERE rowid = ?1",
                )?
                .execute(params![rowid, f.title, f.body, f.time_zone, f.anchor_local, f.due_local,
                    f.due_at, f.recurrence, f.done_at, f.notified_at, f.updated_at])?;
                self.tx
                    .prepare_cached("DELETE FROM followup_people WHERE followup_rowid = ?1")?
                    .execute([rowid])?;
                rowid
            }
            _ => return Ok(()),
        };
        for p in people {
            self.tx
                .prepare_cached("INSERT OR IGNORE INTO followup_people (followup_rowid, person_rowid) VALUES (?1, ?2)")?
                .execute([rowid, p])?;
        }
        Ok(())
    }

    /// An event or meetup as stored columns; `links` are (column, id-table) foreign ids to resolve.
    fn raw(&mut self, kind: &str, table: &str, rec: &Map<String, Json>) -> Result<()> {
        let id = rec
            .get("id")
            .and_then(Json::as_str)
            .unwrap_or_default()
            .to_string();
        let updated = rec
            .get("updated_at")
            .and_then(Json::as_str)
            .unwrap_or_default()
            .to_string();
        if id.is_empty() {
            self.conflict(kind, "", "ours", "a record without an id was skipped");
            return Ok(());
        }
        let mut cols = columns(self.tx, table)?;
        let mut vals: Vec<Value> = Vec::new();
        cols.retain(|c| c != "rowid" && c != "event_rowid" && rec.contains_key(c));
        for c in &cols {
            vals.push(sql_value(&rec[c]));
        }
        if table == "meetups" {
            let event: Option<i64> = match rec.get("event_id").and_then(Json::as_str) {
                Some(e) => self
                    .tx
                    .prepare_cached("SELECT rowid FROM events WHERE id = ?1")?
                    .query_row([e], |r| r.get(0))
                    .optional()?,
                None => None,
            };
            cols.push("event_rowid".into());
            vals.push(event.map(Value::Integer).unwrap_or(Value::Null));
        }
        let rowid = match self.side(kind, table, &id, &updated)? {
            Some(Side::Add) => {
                let marks: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
                self.tx.execute(
                    &format!(
                        "INSERT INTO {table} ({}) VALUES ({})",
                        cols.join(", "),
                        marks.join(", ")
                    ),
                    params_from_iter(vals.iter()),
                )?;
                self.tx.last_insert_rowid()
            }
            Some(Side::Theirs(rowid)) => {
                let sets: Vec<String> = cols
                    .iter()
                    .enumerate()
                    .map(|(i, c)| format!("{c} = ?{}", i + 2))
                    .collect();
                let mut all = vec![Value::Integer(rowid)];
                all.extend(vals);
                self.tx.execute(
                    &format!("UPDATE {table} SET {} WHERE rowid = ?1", sets.join(", ")),
                    params_from_iter(all.iter()),
                )?;
                rowid
            }
            _ => return Ok(()),
        };
        if table == "meetups" {
            let ids: Vec<String> =
                serde_json::from_value(rec.get("people").cloned().unwrap_or(Json::Null))
                    .unwrap_or_default();
            self.tx
                .prepare_cached("DELETE FROM meetup_people WHERE meetup_rowid = ?1")?
                .execute([rowid])?;
            for p in self.person_rowids(&ids)? {
                self.tx.prepare_cached("INSERT OR IGNORE INTO meetup_people (meetup_rowid, person_rowid) VALUES (?1, ?2)")?
                    .execute([rowid, p])?;
            }
        }
        Ok(())
    }

    fn attendee(&mut self, rec: &Map<String, Json>) -> Result<()> {
        let s = |k: &str| {
            rec.get(k)
                .and_then(Json::as_str)
                .unwrap_or_default()
                .to_string()
        };
        let (event_id, person_id, updated) = (s("event_id"), s("person_id"), s("updated_at"));
        let event: Option<i64> = self
            .tx
            .prepare_cached("SELECT rowid FROM events WHERE id = ?1")?
            .query_row([&event_id], |r| r.get(0))
            .optional()?;
        let person = self
            .person_rowids(std::slice::from_ref(&person_id))?
            .first()
            .copied();
        let (Some(event), Some(person)) = (event, person) else {
            self.conflict(
                "attendee",
                &format!("{person_id} at {event_id}"),
                "ours",
                "not imported: the event or the person is not here",
            );
            return Ok(());
        };
        let ours: Option<String> = self.tx.prepare_cached(
            "SELECT updated_at FROM event_attendees WHERE event_rowid = ?1 AND person_rowid = ?2")?
            .query_row([event, person], |r| r.get(0)).optional()?;
        match ours {
            Some(o) if o.as_str() >= updated.as_str() => {
                self.report.unchanged += 1;
                return Ok(());
            }
            Some(_) => self.report.updated += 1,
            None => self.report.added += 1,
        }
        let mut cols = columns(self.tx, "event_attendees")?;
        cols.retain(|c| c != "event_rowid" && c != "person_rowid" && rec.contains_key(c));
        let mut vals = vec![Value::Integer(event), Value::Integer(person)];
        vals.extend(cols.iter().map(|c| sql_value(&rec[c])));
        let marks: Vec<String> = (1..=cols.len() + 2).map(|i| format!("?{i}")).collect();
        self.tx.execute(&format!("INSERT OR REPLACE INTO event_attendees (event_rowid, person_rowid{}{}) VALUES ({})",
            if cols.is_empty() { "" } else { ", " }, cols.join(", "), marks.join(", ")), params_from_iter(vals.iter()))?;
        Ok(())
    }

    fn tombstone(&mut self, t: &Tombstone) -> Result<()> {
        let table = match t.kind.as_str() {
            "person" => "people",
            "interaction" => "interactions",
            "note" => "notes",
            "followup" => "followups",
            "event" => "events",
            "meetup" => "meetups",
            _ => return Ok(()),
        };
        let ours: Option<(i64, String)> = self
            .tx
            .prepare_cached(&format!(
                "SELECT rowid, updated_at FROM {table} WHERE id = ?1"
            ))?
            .query_row([&t.id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        match ours {
            None => {
                if tombstones::deleted_at(self.tx, &t.id)?.is_none() {
                    tombstones::record(self.tx, &t.kind, &t.id, &t.deleted_at)?;
                }
                return Ok(());
            }
            Some((_, updated)) if updated > t.deleted_at => {
                self.conflict(
                    &t.kind,
                    &t.id,
                    "ours",
                    "deleted there, but edited here since; kept",
                );
                return Ok(());
            }
            Some((rowid, _)) => {
                self.report.deleted += 1;
                match table {
                    "people" => {
                        tombstones::record_person_erase(self.tx, &t.id, &t.deleted_at)?;
                        people::delete(self.tx, &t.id)?;
                        self.touched.remove(&rowid);
                    }
                    "interactions" => irows::delete(self.tx, rowid)?,
                    "notes" => irows::note_delete(self.tx, rowid)?,
                    "followups" => crate::store::followups::delete(self.tx, rowid)?,
                    "events" => crate::store::events::delete(self.tx, rowid, &t.id)?,
                    _ => crate::store::meetups::delete(self.tx, rowid)?,
                }
                tombstones::record(self.tx, &t.kind, &t.id, &t.deleted_at)?;
            }
        }
        Ok(())
    }
}

fn columns(tx: &Connection, table: &str) -> Result<Vec<String>> {
    let mut st = tx.prepare_cached(&format!("SELECT name FROM pragma_table_info('{table}')"))?;
    let v = st
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

fn sql_value(v: &Json) -> Value {
    match v {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Integer(*b as i64),
        Json::Number(n) => n
            .as_i64()
            .map(Value::Integer)
            .unwrap_or_else(|| Value::Real(n.as_f64().unwrap_or(0.0))),
        Json::String(s) => Value::Text(s.clone()),
        other => Value::Text(other.to_string()),
    }
}

/// Merges a bundle into the book in one transaction (rolled back at the end for a dry run).
pub(crate) fn import(
    db: &crate::store::Db,
    now: &str,
    bytes: &[u8],
    dry_run: bool,
    force: bool,
    progress: &Progress,
) -> Result<BundleReport> {
    let b = parse(bytes)?;
    let total = b.people.len()
        + b.interactions.len()
        + b.notes.len()
        + b.followups.len()
        + b.events.len()
        + b.attendees.len()
        + b.meetups.len()
        + b.tombstones.len()
        + b.lists.len()
        + b.list_members.len();
    progress.start(total as u64);
    db.write(|tx| {
        let book_size: u64 = tx.query_row(
            "SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM interactions)
              + (SELECT count(*) FROM notes) + (SELECT count(*) FROM followups)
              + (SELECT count(*) FROM events) + (SELECT count(*) FROM meetups)",
            [],
            |r| r.get::<_, i64>(0),
        )? as u64;
        tx.execute_batch("SAVEPOINT bundle")?;
        let mut m = Merge {
            tx,
            now,
            alias: Default::default(),
            inserted: Default::default(),
            report: BundleReport {
                origin: b.manifest.origin.clone(),
                ..Default::default()
            },
            touched: BTreeSet::new(),
        };
        let mut done = 0u64;
        let mut tick = |n: usize| -> Result<()> {
            done += n as u64;
            progress.set_done(done);
            progress.check()
        };
        for p in &b.people {
            m.person(p)?;
        }
        tick(b.people.len())?;
        for e in &b.events {
            m.raw("event", "events", e)?;
        }
        for (i, x) in b.interactions.iter().enumerate() {
            m.interaction(x)?;
            if i % 4096 == 0 {
                tick(0)?;
            }
        }
        tick(b.events.len() + b.interactions.len())?;
        for n in &b.notes {
            m.note(n)?;
        }
        for f in &b.followups {
            m.followup(f)?;
        }
        for a in &b.attendees {
            m.attendee(a)?;
        }
        for x in &b.meetups {
            m.raw("meetup", "meetups", x)?;
        }
        for t in &b.tombstones {
            m.tombstone(t)?;
        }
        // After people and their tombstones, so members resolve to who is (still) here.
        super::bundle_lists::ListMerge::new(tx, &m.alias, &mut m.report).run(
            &b.lists,
            &b.list_members,
            &b.tombstones,
        )?;
        let touched: Vec<i64> = m.touched.iter().copied().collect();
        stats::refresh_all(tx, &touched)?;
        let mut report = m.report;
        let changed = u64::from(report.updated + report.deleted);
        if let Err(e) = super::check_share(
            "bundle merge",
            "records",
            changed,
            book_size,
            force || dry_run,
        ) {
            tx.execute_batch("ROLLBACK TO bundle; RELEASE bundle")?;
            return Err(e);
        }
        if dry_run {
            tx.execute_batch("ROLLBACK TO bundle; RELEASE bundle")?;
        } else {
            tx.execute_batch("RELEASE bundle")?;
            report.written = true;
        }
        Ok(report)
    })
}
