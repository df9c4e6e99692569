//! The timeline part of the `Book` API: interactions (with undo), reciprocity, activity, insights.

use super::Book;
use crate::api::TimelineReq;
use crate::domain::interaction::{
    Direction, Interaction, InteractionInput, MonthActivity, PersonInsights, Reciprocity,
    TimelinePage,
};
use crate::domain::person::PersonSummary;
use crate::domain::recurrence::local_to_utc;
use crate::error::{Error, FieldError, FieldRule, Result};
use crate::new_id;
use crate::store::interactions::{self as rows, InteractionRow};
use crate::store::people::{rowid_of, summaries_by_rowid};
use crate::store::{relationship, stats};
use chrono::{DateTime, Datelike, Duration, NaiveDateTime, Utc};
use chrono_tz::Tz;
use rusqlite::Connection;

/// Markdown bodies beyond this are almost surely a paste gone wrong; refuse rather than bloat the file.
const MAX_BODY: usize = 200_000;

impl Book {
    pub fn interaction_create(&self, input: InteractionInput) -> Result<Interaction> {
        let now = self.now();
        let tz = self.time_zone()?;
        let id = new_id();
        self.db.write(|tx| {
            let (people, at, side) = clean_interaction(tx, &input, &now, tz)?;
            rows::insert(tx, &row(&id, &input, (&at, &side), &people, &now, &now))?;
            stats::refresh_all(tx, &people)?;
            Ok(rows::load(tx, &id)?.1)
        })
    }

    /// Logs many interactions in one transaction — all of them, or none if one is invalid (its
    /// index in the batch prefixes the field: `3.people.0`). Each person's figures are refreshed
    /// once at the end rather than after every row.
    pub fn interaction_create_many(&self, inputs: Vec<InteractionInput>) -> Result<usize> {
        let now = self.now();
        let tz = self.time_zone()?;
        self.db.write(|tx| {
            let mut touched = std::collections::BTreeSet::new();
            for (n, input) in inputs.iter().enumerate() {
                let (people, at, side) =
                    clean_interaction(tx, input, &now, tz).map_err(|e| match e {
                        Error::Validation(fields) => Error::Validation(
                            fields
                                .into_iter()
                                .map(|f| FieldError {
                                    field: format!("{n}.{}", f.field),
                                    ..f
                                })
                                .collect(),
                        ),
                        other => other,
                    })?;
                rows::insert(
                    tx,
                    &row(&new_id(), input, (&at, &side), &people, &now, &now),
                )?;
                touched.extend(people);
            }
            stats::refresh_all(tx, &touched.into_iter().collect::<Vec<_>>())?;
            Ok(inputs.len())
        })
    }

    /// Replaces every field; `created_at` and the id stay.
    pub fn interaction_update(&self, id: &str, input: InteractionInput) -> Result<Interaction> {
        let now = self.now();
        let tz = self.time_zone()?;
        self.db.write(|tx| {
            let (rowid, old) = rows::load(tx, id)?;
            let (people, at, side) = clean_interaction(tx, &input, &now, tz)?;
            rows::update(
                tx,
                rowid,
                &row(id, &input, (&at, &side), &people, &old.created_at, &now),
            )?;
            Ok(rows::load(tx, id)?.1)
        })
    }

    /// Deletes and hands back what was deleted, so the UI can offer "Undo" through `interaction_restore`.
    pub fn interaction_delete(&self, id: &str) -> Result<Interaction> {
        let now = self.now();
        self.db.write(|tx| {
            let (rowid, old) = rows::load(tx, id)?;
            rows::delete(tx, rowid)?;
            crate::store::tombstones::record(tx, "interaction", id, &now)?;
            Ok(old)
        })
    }

    /// Puts a deleted interaction back exactly as it was (same id and stamps).
    pub fn interaction_restore(&self, old: Interaction) -> Result<Interaction> {
        self.db.write(|tx| {
            let input = InteractionInput {
                kind: old.kind,
                direction: old.direction,
                exchange: old.exchange,
                occurred_at: Some(old.occurred_at.clone()),
                channel: old.channel.clone(),
                our_side: old.our_side.clone(),
                body: old.body.clone(),
                people: old.people.clone(),
                event_id: old.event_id.clone(),
                // A colleague deleted meanwhile is not brought back: the text still names them.
                colleague_id: old
                    .colleague_id
                    .clone()
                    .filter(|c| crate::store::team::ensure_exists(tx, c).is_ok()),
            };
            // The stored time is RFC 3339 with its offset: no zone is read.
            let (people, at, side) = clean_interaction(tx, &input, &old.updated_at, Tz::UTC)?;
            rows::insert(
                tx,
                &row(
                    &old.id,
                    &input,
                    (&at, &side),
                    &people,
                    &old.created_at,
                    &old.updated_at,
                ),
            )?;
            stats::refresh_all(tx, &people)?;
            crate::store::tombstones::forget(tx, &old.id)?;
            Ok(rows::load(tx, &old.id)?.1)
        })
    }

    pub fn interaction_get(&self, id: &str) -> Result<Interaction> {
        self.db.read(|c| Ok(rows::load(c, id)?.1))
    }

    pub fn timeline_list(&self, req: &TimelineReq) -> Result<TimelinePage> {
        let limit = req.limit.unwrap_or(50).clamp(1, 500) as usize;
        let cursor = match &req.cursor {
            Some(c) => Some(serde_json::from_str::<(String, i64)>(c).map_err(|_| {
                Error::invalid("cursor", "this page cursor is not one Liaison made")
            })?),
            None => None,
        };
        self.db.read(|c| {
            let person = rowid_of(c, &req.person_id)?;
            let before = cursor.as_ref().map(|(at, r)| (at.as_str(), *r));
            let mut rows = rows::timeline(c, person, req.kind, before, limit + 1)?;
            let more = rows.len() > limit;
            rows.truncate(limit);
            let next_cursor = match rows.last() {
                Some((rowid, i)) if more => {
                    Some(serde_json::json!([i.occurred_at, rowid]).to_string())
                }
                _ => None,
            };
            Ok(TimelinePage {
                items: rows.into_iter().map(|(_, i)| i).collect(),
                next_cursor,
            })
        })
    }

    pub fn reciprocity(&self, person_id: &str) -> Result<Reciprocity> {
        let since = crate::clock::stamp(self.clock.now() - Duration::days(90));
        self.db.read(|c| {
            let person = rowid_of(c, person_id)?;
            let all_time = relationship::exchange_counts(c, person, "")?;
            let last_90_days = relationship::exchange_counts(c, person, &since)?;
            let given_total = all_time.iter().map(|e| e.given).sum();
            let received_total = all_time.iter().map(|e| e.received).sum();
            Ok(Reciprocity {
                last_90_days,
                all_time,
                given_total,
                received_total,
            })
        })
    }

    /// Interactions per month over the last `months` months (oldest first, empty months included),
    /// split by direction: the person page's activity chart.
    pub fn activity(&self, person_id: &str, months: u32) -> Result<Vec<MonthActivity>> {
        let months = months.clamp(1, 120);
        let now = self.clock.now();
        let mut keys = Vec::with_capacity(months as usize);
        let (mut y, mut m) = (now.year(), now.month());
        for _ in 0..months {
            keys.push(format!("{y:04}-{m:02}"));
            (y, m) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
        }
        keys.reverse();
        self.db.read(|c| {
            let person = rowid_of(c, person_id)?;
            let found = relationship::month_counts(c, person, &keys[0])?;
            Ok(keys
                .into_iter()
                .map(|month| {
                    let (given, received, neutral) =
                        found.get(&month).copied().unwrap_or((0, 0, 0));
                    MonthActivity {
                        month,
                        given,
                        received,
                        neutral,
                    }
                })
                .collect())
        })
    }

    /// Everything the person page shows about the relationship, in one read.
    pub fn person_insights(&self, person_id: &str) -> Result<PersonInsights> {
        let reciprocity = self.reciprocity(person_id)?;
        let activity = self.activity(person_id, 12)?;
        let f = self
            .db
            .read(|c| relationship::cadence_fields(c, person_id))?;
        let stage = crate::domain::person::Stage::parse(&f.stage).unwrap_or_default();
        let cadence_days = match stage {
            crate::domain::person::Stage::Paused | crate::domain::person::Stage::DoNotContact => {
                None
            }
            _ => f
                .cadence_days
                .or_else(|| crate::domain::cadence::default_days(stage)),
        };
        Ok(PersonInsights {
            last_interaction_at: f.last_interaction_at,
            cold_at: f.cold_at,
            cadence_days,
            reciprocity,
            activity,
        })
    }

    /// Interactions and notes whose text matches every term (3+ letters each), newest first.
    pub fn text_search(&self, query: &str, limit: u32) -> Result<Vec<crate::search::TextHit>> {
        self.db
            .read(|c| crate::search::text::search(c, query, limit))
    }

    /// People who gave us something and got nothing back yet, the most lopsided first.
    pub fn takers_list(&self, limit: u32) -> Result<Vec<PersonSummary>> {
        self.db.read(|c| {
            let ids = relationship::takers(c, limit)?;
            summaries_by_rowid(c, &ids)
        })
    }
}

fn row<'a>(
    id: &'a str,
    i: &'a InteractionInput,
    (at, our_side): (&'a str, &'a str),
    people: &'a [i64],
    created_at: &'a str,
    updated_at: &'a str,
) -> InteractionRow<'a> {
    InteractionRow {
        id,
        kind: i.kind,
        direction: i.direction,
        exchange: i.exchange,
        occurred_at: at,
        channel: i.channel.trim(),
        our_side,
        body: &i.body,
        event_id: i.event_id.as_deref().filter(|e| !e.is_empty()),
        colleague_id: Some(i.colleague_id.as_deref().filter(|c| !c.is_empty())),
        people,
        created_at,
        updated_at,
    }
}

/// Checks an interaction and resolves its people; returns their rowids, the UTC time it happened
/// and who on our side (the text typed, or else the colleague's name).
fn clean_interaction(
    c: &Connection,
    i: &InteractionInput,
    now: &str,
    tz: Tz,
) -> Result<(Vec<i64>, String, String)> {
    let mut errs = Vec::new();
    let mut bad = |field: &str, message: &str| errs.push(FieldError::new(field, message));
    let mut bad_date = Vec::new();
    let at = match i
        .occurred_at
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        None => now.to_string(),
        Some(s) => match DateTime::parse_from_rfc3339(s) {
            Ok(t) => crate::clock::stamp(t.with_timezone(&Utc)),
            // A wall time, as the window's date and time fields give it, is read in the book's
            // zone here, so no door converts zones on its own.
            Err(_) => match NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M") {
                Ok(wall) => crate::clock::stamp(local_to_utc(wall, tz)),
                Err(_) => {
                    bad_date.push(FieldError::broke(
                        "occurred_at",
                        FieldRule::NotADate,
                        "use a date and time such as 2026-11-22T14:30 (in your time zone) or 2026-11-22T14:30:00+01:00",
                    ));
                    String::new()
                }
            },
        },
    };
    if i.direction == Direction::Neutral && i.exchange.is_some() {
        bad(
            "exchange",
            "only something given or received has a category",
        );
    }
    if i.body.len() > MAX_BODY {
        bad("body", "this text is too long (200 000 characters at most)");
    }
    if i.people.is_empty() {
        bad("people", "an interaction involves at least one person");
    }
    if let Some(e) = i.event_id.as_deref().filter(|e| !e.is_empty()) {
        match crate::store::events::rowid_of(c, e) {
            Ok(_) => {}
            Err(Error::NotFound { .. }) => bad("event_id", "this event does not exist"),
            Err(e) => return Err(e),
        }
    }
    let mut side = i.our_side.trim().to_string();
    if let Some(colleague) = i.colleague_id.as_deref().filter(|c| !c.is_empty()) {
        match crate::store::team::name_of(c, colleague) {
            Ok(name) if side.is_empty() => side = name,
            Ok(_) => {}
            Err(Error::NotFound { .. }) => bad("colleague_id", "this colleague does not exist"),
            Err(e) => return Err(e),
        }
    }
    let mut people = Vec::new();
    for (n, id) in i.people.iter().enumerate() {
        match rowid_of(c, id) {
            Ok(r) => people.push(r),
            Err(Error::NotFound { .. }) => {
                bad(&format!("people.{n}"), "this person does not exist")
            }
            Err(e) => return Err(e),
        }
    }
    // The date first, where the form shows it.
    let errs: Vec<FieldError> = bad_date.into_iter().chain(errs).collect();
    if !errs.is_empty() {
        return Err(Error::Validation(errs));
    }
    people.sort_unstable();
    people.dedup();
    Ok((people, at, side))
}
