//! How a bundle's people, interactions, notes and follow-ups are merged: validated like typed ones, with their people resolved through merges.

use super::{Merge, Side};
use crate::domain::interaction::{Direction, Exchange, InteractionKind, Note};
use crate::domain::person::{Person, PersonInput};
use crate::domain::validate::clean_person;
use crate::error::Result;
use crate::interchange::bundle::{BundleFollowup, BundleInteraction};
use crate::store::interactions::{self as irows, InteractionRow};
use crate::store::people;
use rusqlite::{params, OptionalExtension};

impl Merge<'_> {
    pub(super) fn person(&mut self, p: &Person) -> Result<()> {
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
                if crate::interchange::people_import::merge_into(&mut merged, &input, false) {
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

    pub(super) fn person_rowids(&self, ids: &[String]) -> Result<Vec<i64>> {
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

    pub(super) fn interaction(&mut self, i: &BundleInteraction) -> Result<()> {
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

    pub(super) fn note(&mut self, n: &Note) -> Result<()> {
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

    pub(super) fn followup(&mut self, f: &BundleFollowup) -> Result<()> {
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
}
