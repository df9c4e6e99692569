//! "Who's here" in the `Book` API: who attends an event, in what part, and what to know before saying hello to each (their conflicts among it).

use super::Book;
use crate::api::{AttendReq, AttendeeListReq, UnattendReq};
use crate::domain::event::{Attendee, AttendeeSort, AttendeeStatus};
use crate::domain::fold::{fold, words};
use crate::error::{Error, Result};
use crate::store::affiliations;
use crate::store::events as rows;
use crate::store::people::{rowid_of, summaries_by_rowid};
use rusqlite::Connection;

impl Book {
    /// Adds a person to an event or changes their role, status or "why they matter".
    pub fn event_attend(&self, req: &AttendReq) -> Result<Attendee> {
        let now = self.now();
        let why = req.why.as_deref().map(str::trim);
        if why.is_some_and(|w| w.len() > 500) {
            return Err(Error::invalid(
                "why",
                "keep it to one line (500 characters at most)",
            ));
        }
        let today = self.today()?;
        self.db.write(|tx| {
            let event = rows::rowid_of(tx, &req.event_id)?;
            let person = person_rowid(tx, &req.person_id, "person_id")?;
            rows::attend(tx, event, person, req.role, req.status, why, &now)?;
            attendee(tx, event, person, &today)
        })
    }

    /// Takes a person off an event's list; `NotFound` if they were not on it.
    pub fn event_unattend(&self, req: &UnattendReq) -> Result<()> {
        self.db.write(|tx| {
            let event = rows::rowid_of(tx, &req.event_id)?;
            let person = person_rowid(tx, &req.person_id, "person_id")?;
            if !rows::unattend(tx, event, person)? {
                return Err(Error::NotFound {
                    what: "attendance",
                    id: format!("{} at {}", req.person_id, req.event_id),
                });
            }
            Ok(())
        })
    }

    /// "Who's here", sorted and filtered.
    pub fn event_attendees(&self, req: &AttendeeListReq) -> Result<Vec<Attendee>> {
        let today = self.today()?;
        self.db.read(|c| {
            let event = rows::rowid_of(c, &req.event_id)?;
            attendees(c, event, req, &today)
        })
    }
}

pub(crate) fn person_rowid(c: &Connection, id: &str, field: &str) -> Result<i64> {
    rowid_of(c, id).map_err(|e| match e {
        Error::NotFound { .. } => Error::invalid(field, "this person does not exist"),
        other => other,
    })
}

/// The line of one attendee, with their conflicts on `today`.
fn attendee(c: &Connection, event: i64, person: i64, today: &str) -> Result<Attendee> {
    let (_, mut a) = lines(c, event, &AttendeeListReq::default())?
        .into_iter()
        .find(|(rowid, _)| *rowid == person)
        .ok_or_else(|| Error::Corrupt("an attendance just written could not be read".into()))?;
    a.conflicts = affiliations::conflicts_of(c, person, today)?;
    Ok(a)
}

/// "Who's here" on `today` (YYYY-MM-DD, the book's day): each line with the person's conflicts
/// as the person page finds them (`store::affiliations`, the one rule of them), for the whole
/// list in one read.
pub(super) fn attendees(
    c: &Connection,
    event: i64,
    req: &AttendeeListReq,
    today: &str,
) -> Result<Vec<Attendee>> {
    let mut conflicts = affiliations::conflicts_at_event(c, event, today)?;
    Ok(lines(c, event, req)?
        .into_iter()
        .map(|(_, mut a)| {
            a.conflicts = conflicts.remove(&a.person.id).unwrap_or_default();
            a
        })
        .collect())
}

/// The lines `req` asks for, sorted, each with the person's rowid; their conflicts not yet read.
fn lines(c: &Connection, event: i64, req: &AttendeeListReq) -> Result<Vec<(i64, Attendee)>> {
    let rows = rows::attendances(c, event)?;
    let people = summaries_by_rowid(c, &rows.iter().map(|r| r.person).collect::<Vec<_>>())?;
    let terms: Vec<String> = req
        .query
        .as_deref()
        .map(words)
        .into_iter()
        .flatten()
        .collect();
    let mut out: Vec<(i64, Attendee)> = people
        .into_iter()
        .zip(rows)
        .map(|(person, r)| {
            let a = Attendee {
                person,
                role: r.role,
                status: r.status,
                why: r.why,
                last_interaction_at: r.last_interaction_at,
                open_followups: r.open_followups,
                topics: r.topics,
                conflicts: Vec::new(),
            };
            (r.person, a)
        })
        .filter(|(_, a)| req.role.is_none_or(|r| r == a.role))
        .filter(|(_, a)| req.status.is_none_or(|s| s == a.status))
        .filter(|(_, a)| {
            if terms.is_empty() {
                return true;
            }
            let hay = fold(&format!(
                "{} {} {} {}",
                a.person.display_name,
                a.person.primary_handle.as_deref().unwrap_or(""),
                a.topics.join(" "),
                a.why
            ));
            terms.iter().all(|t| hay.contains(t.as_str()))
        })
        .collect();
    match req.sort {
        AttendeeSort::Name => {} // already in sort_name order
        AttendeeSort::Role => out.sort_by_key(|(_, a)| a.role as u8),
        // Who can be met first: met, confirmed, invited, then no-shows and declines.
        AttendeeSort::Status => out.sort_by_key(|(_, a)| match a.status {
            AttendeeStatus::Met => 0,
            AttendeeStatus::Confirmed => 1,
            AttendeeStatus::Invited => 2,
            AttendeeStatus::NoShow => 3,
            AttendeeStatus::Declined => 4,
        }),
        // Never contacted first, then the longest ago: the people to catch up with.
        AttendeeSort::LastContact => {
            out.sort_by(|(_, a), (_, b)| a.last_interaction_at.cmp(&b.last_interaction_at))
        }
        AttendeeSort::Followups => out.sort_by_key(|(_, a)| std::cmp::Reverse(a.open_followups)),
    }
    Ok(out)
}
