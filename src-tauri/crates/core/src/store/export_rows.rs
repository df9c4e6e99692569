//! The SQL behind the exports' record lists: one person's (or everyone's) interactions, follow-ups, events and meetups, in the order the files show them.

use crate::domain::event::{Event, Meetup};
use crate::domain::followup::Followup;
use crate::domain::interaction::Interaction;
use crate::error::Result;
use crate::store::{events, followups, interactions, meetups, people};
use rusqlite::types::FromSql;
use rusqlite::{Connection, ToSql};

/// The first column of every row `sql` selects, with `?1` bound when `arg` is given: the
/// record lists here and the bundle's scope filters (`bundle_rows`) read ids this way.
pub(crate) fn first_column<T: FromSql>(
    c: &Connection,
    sql: &str,
    arg: Option<&dyn ToSql>,
) -> Result<Vec<T>> {
    let mut st = c.prepare(sql)?;
    let params: &[&dyn ToSql] = match &arg {
        Some(a) => std::slice::from_ref(a),
        None => &[],
    };
    let v = st
        .query_map(params, |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

/// Loads each record whose id `sql` selects: one person's (`?1` their rowid) or everyone's.
fn each<T>(
    c: &Connection,
    sql: (&str, &str),
    person: Option<i64>,
    load: impl Fn(&Connection, &str) -> Result<T>,
) -> Result<Vec<T>> {
    let ids: Vec<String> = match person {
        Some(p) => first_column(c, sql.0, Some(&p))?,
        None => first_column(c, sql.1, None)?,
    };
    ids.iter().map(|id| load(c, id)).collect()
}

pub(crate) fn person_rowid(c: &Connection, id: Option<&str>) -> Result<Option<i64>> {
    id.map(|id| people::rowid_of(c, id)).transpose()
}

/// Each list's ids: one person's (`?1` their rowid), and everyone's, in the files' order.
const INTERACTIONS: (&str, &str) = (
    "SELECT i.id FROM interaction_people ip JOIN interactions i ON i.rowid = ip.interaction_rowid
     WHERE ip.person_rowid = ?1 ORDER BY ip.occurred_at DESC, i.rowid DESC",
    "SELECT id FROM interactions ORDER BY occurred_at DESC, rowid DESC",
);
const FOLLOWUPS: (&str, &str) = (
    "SELECT f.id FROM followup_people fp JOIN followups f ON f.rowid = fp.followup_rowid
     WHERE fp.person_rowid = ?1 ORDER BY f.due_at",
    "SELECT id FROM followups ORDER BY due_at",
);
const EVENTS: (&str, &str) = (
    "SELECT e.id FROM event_attendees a JOIN events e ON e.rowid = a.event_rowid
     WHERE a.person_rowid = ?1 ORDER BY e.start_at",
    "SELECT id FROM events ORDER BY start_at",
);
const MEETUPS: (&str, &str) = (
    "SELECT m.id FROM meetup_people mp JOIN meetups m ON m.rowid = mp.meetup_rowid
     WHERE mp.person_rowid = ?1 ORDER BY m.start_at",
    "SELECT id FROM meetups ORDER BY start_at",
);

pub(crate) fn interactions_of(c: &Connection, p: Option<i64>) -> Result<Vec<Interaction>> {
    each(c, INTERACTIONS, p, |c, id| Ok(interactions::load(c, id)?.1))
}

pub(crate) fn followups_of(c: &Connection, p: Option<i64>) -> Result<Vec<Followup>> {
    each(
        c,
        FOLLOWUPS,
        p,
        |c, id| Ok(followups::load(c, id)?.followup),
    )
}

pub(crate) fn events_of(c: &Connection, p: Option<i64>) -> Result<Vec<Event>> {
    each(c, EVENTS, p, |c, id| Ok(events::load(c, id)?.1))
}

pub(crate) fn meetups_of(c: &Connection, p: Option<i64>) -> Result<Vec<Meetup>> {
    each(c, MEETUPS, p, |c, id| Ok(meetups::load(c, id)?.meetup))
}
