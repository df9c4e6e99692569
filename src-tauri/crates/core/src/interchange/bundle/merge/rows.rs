//! How a bundle's events, meetups, attendees and tombstones are merged: stored columns copied as they are, foreign ids resolved to our rows.

use super::{Merge, Side};
use crate::error::Result;
use crate::interchange::bundle::Tombstone;
use crate::store::bundle_merge_rows as bmr;
use crate::store::interactions as irows;
use crate::store::{events, meetups, people, tombstones};
use rusqlite::types::Value;
use serde_json::{Map, Value as Json};

impl Merge<'_> {
    /// An event or meetup as its stored columns; a meetup's event and people are resolved to our rows.
    pub(super) fn raw(&mut self, kind: &str, table: &str, rec: &Map<String, Json>) -> Result<()> {
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
        let mut cols = bmr::columns(self.tx, table)?;
        let mut vals: Vec<Value> = Vec::new();
        cols.retain(|c| c != "rowid" && c != "event_rowid" && rec.contains_key(c));
        for c in &cols {
            vals.push(sql_value(&rec[c]));
        }
        if table == "meetups" {
            let event: Option<i64> = match rec.get("event_id").and_then(Json::as_str) {
                Some(e) => events::find(self.tx, e)?,
                None => None,
            };
            cols.push("event_rowid".into());
            vals.push(event.map(Value::Integer).unwrap_or(Value::Null));
        }
        let rowid = match self.side(kind, table, &id, &updated)? {
            Some(Side::Add) => bmr::insert_columns(self.tx, table, &cols, &vals)?,
            Some(Side::Theirs(rowid)) => {
                bmr::update_columns(self.tx, table, rowid, &cols, vals)?;
                rowid
            }
            _ => return Ok(()),
        };
        if table == "meetups" {
            let ids: Vec<String> =
                serde_json::from_value(rec.get("people").cloned().unwrap_or(Json::Null))
                    .unwrap_or_default();
            meetups::clear_people(self.tx, rowid)?;
            for p in self.person_rowids(&ids)? {
                meetups::add_person(self.tx, rowid, p)?;
            }
        }
        Ok(())
    }

    pub(super) fn attendee(&mut self, rec: &Map<String, Json>) -> Result<()> {
        let s = |k: &str| {
            rec.get(k)
                .and_then(Json::as_str)
                .unwrap_or_default()
                .to_string()
        };
        let (event_id, person_id, updated) = (s("event_id"), s("person_id"), s("updated_at"));
        let event: Option<i64> = events::find(self.tx, &event_id)?;
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
        let ours: Option<String> = events::attendance_updated_at(self.tx, event, person)?;
        match ours {
            Some(o) if o.as_str() >= updated.as_str() => {
                self.report.unchanged += 1;
                return Ok(());
            }
            Some(_) => self.report.updated += 1,
            None => self.report.added += 1,
        }
        let mut cols = bmr::columns(self.tx, "event_attendees")?;
        cols.retain(|c| c != "event_rowid" && c != "person_rowid" && rec.contains_key(c));
        let mut vals = vec![Value::Integer(event), Value::Integer(person)];
        vals.extend(cols.iter().map(|c| sql_value(&rec[c])));
        events::replace_attendance(self.tx, &cols, &vals)?;
        Ok(())
    }

    pub(super) fn tombstone(&mut self, t: &Tombstone) -> Result<()> {
        let table = match t.kind.as_str() {
            "person" => "people",
            "interaction" => "interactions",
            "note" => "notes",
            "followup" => "followups",
            "event" => "events",
            "meetup" => "meetups",
            _ => return Ok(()),
        };
        let ours: Option<(i64, String)> = bmr::stamp(self.tx, table, &t.id)?;
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
                    "events" => events::delete(self.tx, rowid, &t.id)?,
                    _ => meetups::delete(self.tx, rowid)?,
                }
                tombstones::record(self.tx, &t.kind, &t.id, &t.deleted_at)?;
            }
        }
        Ok(())
    }
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
