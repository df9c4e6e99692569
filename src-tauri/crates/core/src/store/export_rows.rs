//! The SQL behind the exports' records: one person's (or everyone's) people, interactions, follow-ups, events and meetups, in the order the files show them, handed over one at a time so a file is written as it is read.

use crate::domain::channel::Platform;
use crate::domain::event::{Event, Meetup};
use crate::domain::followup::Followup;
use crate::domain::interaction::Interaction;
use crate::domain::person::Person;
use crate::error::Result;
use crate::store::{bulk, events, followups, interactions, meetups, people, people_rows};
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

/// A whole book's interactions in the order they were recorded, in one SELECT read as it goes:
/// the table read front to back, each page decrypted once. Newest first would visit the rows
/// in date order, one random page each: at a million interactions the book is ten times the
/// page cache, so nearly every row would read and decrypt a page again (and sorting whole rows
/// instead would hold every body in SQLite's sorter, in memory under SQLCipher). A spreadsheet
/// sorts the file by its Date column in one click. Each row's people come as their rowids, from
/// the index beside the table (read in the same order).
const ALL_INTERACTIONS: &str = "(SELECT group_concat(x.person_rowid)
       FROM interaction_people x WHERE x.interaction_rowid = i.rowid)
     FROM interactions i ORDER BY i.rowid";
/// One person's, from their timeline index, already in order; their people, sorted by name, as
/// one JSON array (names may hold any character, so no separator is safe).
const PERSON_INTERACTIONS: &str =
    "(SELECT json_group_array(json_array(p.id, p.display_name) ORDER BY p.sort_name)
       FROM interaction_people x JOIN people p ON p.rowid = x.person_rowid
      WHERE x.interaction_rowid = i.rowid)
     FROM interaction_people ip
     CROSS JOIN interactions i ON i.rowid = ip.interaction_rowid
     WHERE ip.person_rowid = ?1
     ORDER BY ip.occurred_at DESC, ip.interaction_rowid DESC";

/// Every person's id, name and sort key by rowid, for the whole book's interactions: looking
/// each one up as a row names them would read a random page of the people table per row (the
/// people and the interactions do not fit the page cache together); held here, 100k people
/// are ~15 MB, whatever the number of interactions.
fn names(c: &Connection) -> Result<Vec<Option<(String, String, String)>>> {
    let last: i64 = c.query_row("SELECT coalesce(max(rowid), 0) FROM people", [], |r| {
        r.get(0)
    })?;
    let mut v = vec![None; usize::try_from(last).unwrap_or(0) + 1];
    let mut st = c.prepare("SELECT rowid, id, display_name, sort_name FROM people")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let at = usize::try_from(r.get::<_, i64>(0)?).unwrap_or(0);
        if let Some(slot) = v.get_mut(at) {
            *slot = Some((r.get(1)?, r.get(2)?, r.get(3)?));
        }
    }
    Ok(v)
}

fn corrupt(col: usize, e: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(col, rusqlite::types::Type::Text, e.into())
}

/// Hands each interaction to `f`: one person's (their rowid) newest first, or everyone's in the
/// order they were recorded.
pub(crate) fn each_interaction(
    c: &Connection,
    p: Option<i64>,
    mut f: impl FnMut(Interaction) -> Result<()>,
) -> Result<()> {
    let cols = interactions::COLS;
    let (sql, names) = match p {
        Some(_) => (format!("SELECT {cols}, {PERSON_INTERACTIONS}"), None),
        None => (
            format!("SELECT {cols}, {ALL_INTERACTIONS}"),
            Some(names(c)?),
        ),
    };
    let mut st = c.prepare(&sql)?;
    let mut rows = match p {
        Some(p) => st.query([p])?,
        None => st.query([])?,
    };
    while let Some(r) = rows.next()? {
        let (_, mut i) = interactions::from_row(r)?;
        let who = r
            .get_ref(interactions::COLS_LEN)?
            .as_str_or_null()
            .map_err(rusqlite::Error::from)?
            .unwrap_or_default();
        match &names {
            None => {
                let who: Vec<(String, String)> =
                    serde_json::from_str(who).map_err(|e| corrupt(interactions::COLS_LEN, e))?;
                (i.people, i.person_names) = who.into_iter().unzip();
            }
            Some(names) => {
                let mut named = Vec::new();
                for rowid in who_rowids(who) {
                    let rowid = rowid.map_err(|e| corrupt(interactions::COLS_LEN, e))?;
                    if let Some(Some(n)) = names.get(rowid) {
                        named.push(n);
                    }
                }
                named.sort_by(|a, b| a.2.cmp(&b.2));
                i.people = named.iter().map(|n| n.0.clone()).collect();
                i.person_names = named.iter().map(|n| n.1.clone()).collect();
            }
        }
        f(i)?;
    }
    Ok(())
}

fn who_rowids(
    list: &str,
) -> impl Iterator<Item = std::result::Result<usize, std::num::ParseIntError>> + '_ {
    list.split(',').filter(|s| !s.is_empty()).map(str::parse)
}

pub(crate) fn interactions_of(c: &Connection, p: Option<i64>) -> Result<Vec<Interaction>> {
    let mut v = Vec::new();
    each_interaction(c, p, |i| {
        v.push(i);
        Ok(())
    })?;
    Ok(v)
}

/// Hands each follow-up, by due time, to `f`: one person's or everyone's. Only their ids are
/// held (a book has thousands, not millions).
pub(crate) fn each_followup(
    c: &Connection,
    p: Option<i64>,
    mut f: impl FnMut(Followup) -> Result<()>,
) -> Result<()> {
    let ids: Vec<String> = match p {
        Some(p) => first_column(c, FOLLOWUPS.0, Some(&p))?,
        None => first_column(c, FOLLOWUPS.1, None)?,
    };
    for id in ids {
        f(followups::load(c, &id)?.followup)?;
    }
    Ok(())
}

pub(crate) fn followups_of(c: &Connection, p: Option<i64>) -> Result<Vec<Followup>> {
    let mut v = Vec::new();
    each_followup(c, p, |f| {
        v.push(f);
        Ok(())
    })?;
    Ok(v)
}

/// People loaded whole per block of the book: each block costs one pass over the tables of
/// e-mails, tags and channels, and holds a few megabytes.
const PEOPLE_BLOCK: usize = 16_384;

/// Hands each person to `f`: those of `ids` in that order, or everyone in the order they were
/// added, a block at a time.
pub(crate) fn each_person(
    c: &Connection,
    ids: Option<&[String]>,
    mut f: impl FnMut(Person) -> Result<()>,
) -> Result<()> {
    if let Some(ids) = ids {
        for id in ids {
            f(people_rows::load(c, id)?.1)?;
        }
        return Ok(());
    }
    let rowids: Vec<i64> = first_column(c, "SELECT rowid FROM people ORDER BY rowid", None)?;
    for block in rowids.chunks(PEOPLE_BLOCK) {
        for (_, p) in bulk::people(c, Some(block))? {
            f(p)?;
        }
    }
    Ok(())
}

/// The platforms anyone among `ids` (or in the book) has a channel on, in the app's order: the
/// people file's columns, known before its first row.
pub(crate) fn platforms_of(c: &Connection, ids: Option<&[String]>) -> Result<Vec<Platform>> {
    let mut names: Vec<String> = Vec::new();
    match ids {
        None => names = first_column(c, "SELECT DISTINCT platform FROM channels", None)?,
        Some(ids) => {
            for id in ids {
                let sql = "SELECT DISTINCT ch.platform FROM channels ch
                           JOIN people p ON p.rowid = ch.person_rowid WHERE p.id = ?1";
                for n in first_column::<String>(c, sql, Some(id))? {
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
            }
        }
    }
    let mut platforms: Vec<Platform> = Vec::new();
    for n in names {
        let p = Platform::parse(&n).unwrap_or(Platform::Other);
        if !platforms.contains(&p) {
            platforms.push(p);
        }
    }
    platforms.sort_by_key(|p| Platform::ALL.iter().position(|q| q == p));
    Ok(platforms)
}

pub(crate) fn events_of(c: &Connection, p: Option<i64>) -> Result<Vec<Event>> {
    each(c, EVENTS, p, |c, id| Ok(events::load(c, id)?.1))
}

pub(crate) fn meetups_of(c: &Connection, p: Option<i64>) -> Result<Vec<Meetup>> {
    each(c, MEETUPS, p, |c, id| Ok(meetups::load(c, id)?.meetup))
}
