//! Interactions and notes in SQLite: writes keep each person's derived figures and the text index in step.

use super::stats;
use crate::domain::fold::fold;
use crate::domain::interaction::{Direction, Exchange, Interaction, InteractionKind, Note};
use crate::error::{Error, Result};
use rusqlite::{params, CachedStatement, Connection, OptionalExtension, Row};

/// A cleaned interaction ready to store; `people` are rowids.
pub struct InteractionRow<'a> {
    pub id: &'a str,
    pub kind: InteractionKind,
    pub direction: Direction,
    pub exchange: Option<Exchange>,
    pub occurred_at: &'a str,
    pub channel: &'a str,
    pub our_side: &'a str,
    pub body: &'a str,
    pub event_id: Option<&'a str>,
    /// `Some(colleague)` writes it (`Some(None)` clears it); `None` keeps what is stored (a
    /// bundle from before colleagues existed must not unlink them).
    pub colleague_id: Option<Option<&'a str>>,
    pub people: &'a [i64],
    pub created_at: &'a str,
    pub updated_at: &'a str,
}

/// Inserts without refreshing the people's derived figures: callers do it once per person
/// (`stats::refresh_all`), which matters for a bulk import of a million rows.
pub fn insert(conn: &Connection, r: &InteractionRow<'_>) -> Result<i64> {
    write(conn, r, INSERT)?;
    let rowid = conn.last_insert_rowid();
    link_and_index(conn, rowid, r)?;
    Ok(rowid)
}

/// As `insert`, unless an interaction with this id is already here: then nothing is written
/// and `None` comes back. A merge into a book that had no interactions inserts this way instead
/// of looking each id up first (two index look-ups a record of a million).
pub(crate) fn insert_unless_here(conn: &Connection, r: &InteractionRow<'_>) -> Result<Option<i64>> {
    if write(conn, r, INSERT_UNLESS_HERE)? == 0 {
        return Ok(None);
    }
    let rowid = conn.last_insert_rowid();
    link_and_index(conn, rowid, r)?;
    Ok(Some(rowid))
}

/// A bulk merge's inserts of interactions without their links, its two statements prepared
/// once for a batch: looked up in the statement cache for each of a million interactions, their SQL was
/// hashed and compared twice a row (BENCHMARKS.md, issue 14).
pub(crate) struct UnlinkedInserts<'c> {
    conn: &'c Connection,
    row: CachedStatement<'c>,
    text: CachedStatement<'c>,
}

impl<'c> UnlinkedInserts<'c> {
    pub(crate) fn new(conn: &'c Connection) -> Result<Self> {
        Ok(Self {
            conn,
            row: conn.prepare_cached(INSERT_UNLESS_HERE)?,
            text: conn.prepare_cached(INDEX_TEXT)?,
        })
    }

    /// As `insert_unless_here`, without the links to its people: the bulk merge holds them and
    /// writes them in key order after (`write_links`).
    pub(crate) fn insert_unless_here(&mut self, r: &InteractionRow<'_>) -> Result<Option<i64>> {
        if execute_row(&mut self.row, r)? == 0 {
            return Ok(None);
        }
        let rowid = self.conn.last_insert_rowid();
        self.text.execute(params![rowid, text_of(r)])?;
        Ok(Some(rowid))
    }
}

/// Writes links to people `(person_rowid, occurred_at, interaction_rowid)`, as `insert` does
/// for each interaction; given in the primary key's order, each lands after the last.
pub(crate) fn write_links<'a>(
    conn: &Connection,
    links: impl Iterator<Item = (i64, &'a str, i64)>,
) -> Result<()> {
    let mut st = conn.prepare_cached(LINK)?;
    for (person, at, interaction) in links {
        st.execute(params![person, at, interaction])?;
    }
    Ok(())
}

macro_rules! insert_sql {
    () => {
        "INSERT INTO interactions (id, kind, direction, exchange, occurred_at, channel, our_side,
            body, event_id, created_at, updated_at, colleague_id)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
    };
}
const INSERT: &str = insert_sql!();
const INSERT_UNLESS_HERE: &str = concat!(insert_sql!(), " ON CONFLICT (id) DO NOTHING");

/// The interaction's row by `sql`; how many rows it wrote.
fn write(conn: &Connection, r: &InteractionRow<'_>, sql: &str) -> Result<usize> {
    let mut st = conn.prepare_cached(sql)?;
    execute_row(&mut st, r)
}

/// Runs an `insert_sql!` statement with the row's columns; how many rows it wrote.
fn execute_row(st: &mut rusqlite::Statement<'_>, r: &InteractionRow<'_>) -> Result<usize> {
    Ok(st.execute(params![
        r.id,
        r.kind.as_str(),
        r.direction.as_str(),
        r.exchange.map(Exchange::as_str),
        r.occurred_at,
        r.channel,
        r.our_side,
        r.body,
        r.event_id,
        r.created_at,
        r.updated_at,
        r.colleague_id.flatten(),
    ])?)
}

/// A new interaction's links to its people and its full text.
fn link_and_index(conn: &Connection, rowid: i64, r: &InteractionRow<'_>) -> Result<()> {
    link_people(conn, rowid, r.occurred_at, r.people)?;
    index_text(conn, rowid, r)
}

const INDEX_TEXT: &str = "INSERT INTO interaction_fts (rowid, body) VALUES (?1, ?2)";

fn index_text(conn: &Connection, rowid: i64, r: &InteractionRow<'_>) -> Result<()> {
    conn.prepare_cached(INDEX_TEXT)?
        .execute(params![rowid, text_of(r)])?;
    Ok(())
}

/// The interaction's full text: its body and our side, folded (a space folds to itself, so
/// each is folded alone rather than copied into one string first).
fn text_of(r: &InteractionRow<'_>) -> String {
    let mut t = fold(r.body);
    t.push(' ');
    t.push_str(&fold(r.our_side));
    t
}

/// Rewrites an interaction in place; people dropped from it get their figures refreshed too.
pub fn update(conn: &Connection, rowid: i64, r: &InteractionRow<'_>) -> Result<()> {
    let before = people_of(conn, rowid)?;
    conn.prepare_cached(
        "UPDATE interactions SET kind = ?2, direction = ?3, exchange = ?4, occurred_at = ?5, channel = ?6,
            our_side = ?7, body = ?8, event_id = ?9, updated_at = ?10 WHERE rowid = ?1",
    )?
    .execute(params![
        rowid, r.kind.as_str(), r.direction.as_str(), r.exchange.map(Exchange::as_str), r.occurred_at,
        r.channel, r.our_side, r.body, r.event_id, r.updated_at,
    ])?;
    if let Some(colleague) = r.colleague_id {
        conn.prepare_cached("UPDATE interactions SET colleague_id = ?2 WHERE rowid = ?1")?
            .execute(params![rowid, colleague])?;
    }
    conn.prepare_cached("DELETE FROM interaction_people WHERE interaction_rowid = ?1")?
        .execute([rowid])?;
    link_people(conn, rowid, r.occurred_at, r.people)?;
    conn.prepare_cached("DELETE FROM interaction_fts WHERE rowid = ?1")?
        .execute([rowid])?;
    conn.prepare_cached("INSERT INTO interaction_fts (rowid, body) VALUES (?1, ?2)")?
        .execute(params![rowid, fold(&format!("{} {}", r.body, r.our_side))])?;
    let mut touched = before;
    touched.extend_from_slice(r.people);
    touched.sort_unstable();
    touched.dedup();
    stats::refresh_all(conn, &touched)
}

pub fn delete(conn: &Connection, rowid: i64) -> Result<()> {
    let people = people_of(conn, rowid)?;
    conn.prepare_cached("DELETE FROM interaction_fts WHERE rowid = ?1")?
        .execute([rowid])?;
    conn.prepare_cached("DELETE FROM interactions WHERE rowid = ?1")?
        .execute([rowid])?;
    stats::refresh_all(conn, &people)
}

const LINK: &str = "INSERT OR IGNORE INTO interaction_people (person_rowid, occurred_at, interaction_rowid) VALUES (?1, ?2, ?3)";

fn link_people(conn: &Connection, rowid: i64, occurred_at: &str, people: &[i64]) -> Result<()> {
    let mut st = conn.prepare_cached(LINK)?;
    for p in people {
        st.execute(params![p, occurred_at, rowid])?;
    }
    Ok(())
}

fn people_of(conn: &Connection, rowid: i64) -> Result<Vec<i64>> {
    let mut st = conn.prepare_cached(
        "SELECT person_rowid FROM interaction_people WHERE interaction_rowid = ?1",
    )?;
    let v = st
        .query_map([rowid], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

/// How many columns `COLS` selects: a query that selects more after them reads from here.
pub(crate) const COLS_LEN: usize = 14;

pub(crate) const COLS: &str =
    "i.rowid, i.id, i.kind, i.direction, i.exchange, i.occurred_at, i.channel, i.our_side, \
    i.body, i.event_id, i.created_at, i.updated_at, i.colleague_id, \
    (SELECT name FROM colleagues WHERE id = i.colleague_id)";

pub(crate) fn from_row(r: &Row<'_>) -> rusqlite::Result<(i64, Interaction)> {
    let bad = |what: &str, v: String| {
        rusqlite::Error::FromSqlConversionFailure(
            0,
            rusqlite::types::Type::Text,
            format!("unknown {what} '{v}'").into(),
        )
    };
    let kind: String = r.get(2)?;
    let direction: String = r.get(3)?;
    let exchange: Option<String> = r.get(4)?;
    Ok((
        r.get(0)?,
        Interaction {
            id: r.get(1)?,
            kind: InteractionKind::parse(&kind).ok_or_else(|| bad("kind", kind.clone()))?,
            direction: Direction::parse(&direction)
                .ok_or_else(|| bad("direction", direction.clone()))?,
            exchange: match exchange {
                Some(e) => Some(Exchange::parse(&e).ok_or_else(|| bad("exchange", e.clone()))?),
                None => None,
            },
            occurred_at: r.get(5)?,
            channel: r.get(6)?,
            our_side: r.get(7)?,
            body: r.get(8)?,
            event_id: r.get(9)?,
            people: Vec::new(),
            person_names: Vec::new(),
            created_at: r.get(10)?,
            updated_at: r.get(11)?,
            colleague_id: r.get(12)?,
            colleague_name: r.get(13)?,
        },
    ))
}

fn fill_people(conn: &Connection, rowid: i64, i: &mut Interaction) -> Result<()> {
    let mut st = conn.prepare_cached(
        "SELECT p.id, p.display_name FROM interaction_people ip JOIN people p ON p.rowid = ip.person_rowid
         WHERE ip.interaction_rowid = ?1 ORDER BY p.sort_name",
    )?;
    let people: Vec<(String, String)> = st
        .query_map([rowid], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    (i.people, i.person_names) = people.into_iter().unzip();
    Ok(())
}

pub fn load(conn: &Connection, id: &str) -> Result<(i64, Interaction)> {
    let found = conn
        .prepare_cached(&format!(
            "SELECT {COLS} FROM interactions i WHERE i.id = ?1"
        ))?
        .query_row([id], from_row)
        .optional()?;
    let (rowid, mut i) = found.ok_or_else(|| Error::NotFound {
        what: "interaction",
        id: id.to_string(),
    })?;
    fill_people(conn, rowid, &mut i)?;
    Ok((rowid, i))
}

/// One page of a person's timeline, newest first; `before` is the last row of the previous page.
pub fn timeline(
    conn: &Connection,
    person_rowid: i64,
    kind: Option<InteractionKind>,
    before: Option<(&str, i64)>,
    limit: usize,
) -> Result<Vec<(i64, Interaction)>> {
    let (c_at, c_row) = before.unwrap_or(("\u{10FFFF}", i64::MAX));
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COLS} FROM interaction_people ip JOIN interactions i ON i.rowid = ip.interaction_rowid
         WHERE ip.person_rowid = ?1 AND (ip.occurred_at, ip.interaction_rowid) < (?2, ?3)
           AND (?4 IS NULL OR i.kind = ?4)
         ORDER BY ip.occurred_at DESC, ip.interaction_rowid DESC LIMIT ?5"
    ))?;
    let rows: Vec<(i64, Interaction)> = st
        .query_map(
            params![
                person_rowid,
                c_at,
                c_row,
                kind.map(InteractionKind::as_str),
                limit as i64
            ],
            from_row,
        )?
        .collect::<rusqlite::Result<_>>()?;
    let mut out = Vec::with_capacity(rows.len());
    for (rowid, mut i) in rows {
        fill_people(conn, rowid, &mut i)?;
        out.push((rowid, i));
    }
    Ok(out)
}

pub fn note_insert(conn: &Connection, n: &Note, person_rowid: i64) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO notes (id, person_rowid, body, pinned, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![n.id, person_rowid, n.body, n.pinned, n.created_at, n.updated_at])?;
    let rowid = conn.last_insert_rowid();
    conn.prepare_cached("INSERT INTO note_fts (rowid, body) VALUES (?1, ?2)")?
        .execute(params![rowid, fold(&n.body)])?;
    Ok(rowid)
}

pub fn note_update(
    conn: &Connection,
    rowid: i64,
    body: &str,
    pinned: bool,
    now: &str,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE notes SET body = ?2, pinned = ?3, updated_at = ?4 WHERE rowid = ?1",
    )?
    .execute(params![rowid, body, pinned, now])?;
    conn.prepare_cached("DELETE FROM note_fts WHERE rowid = ?1")?
        .execute([rowid])?;
    conn.prepare_cached("INSERT INTO note_fts (rowid, body) VALUES (?1, ?2)")?
        .execute(params![rowid, fold(body)])?;
    Ok(())
}

pub fn note_delete(conn: &Connection, rowid: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM note_fts WHERE rowid = ?1")?
        .execute([rowid])?;
    conn.prepare_cached("DELETE FROM notes WHERE rowid = ?1")?
        .execute([rowid])?;
    Ok(())
}

pub fn note_load(conn: &Connection, id: &str) -> Result<(i64, Note)> {
    conn.prepare_cached(
        "SELECT n.rowid, n.id, p.id, n.body, n.pinned, n.created_at, n.updated_at
         FROM notes n JOIN people p ON p.rowid = n.person_rowid WHERE n.id = ?1",
    )?
    .query_row([id], note_from_row)
    .optional()?
    .ok_or_else(|| Error::NotFound {
        what: "note",
        id: id.to_string(),
    })
}

/// A person's notes, pinned first, then most recently edited.
pub fn notes_of(conn: &Connection, person_rowid: i64) -> Result<Vec<Note>> {
    let mut st = conn.prepare_cached(
        "SELECT n.rowid, n.id, p.id, n.body, n.pinned, n.created_at, n.updated_at
         FROM notes n JOIN people p ON p.rowid = n.person_rowid
         WHERE n.person_rowid = ?1 ORDER BY n.pinned DESC, n.updated_at DESC",
    )?;
    let v = st
        .query_map([person_rowid], |r| note_from_row(r).map(|(_, n)| n))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

fn note_from_row(r: &Row<'_>) -> rusqlite::Result<(i64, Note)> {
    Ok((
        r.get(0)?,
        Note {
            id: r.get(1)?,
            person_id: r.get(2)?,
            body: r.get(3)?,
            pinned: r.get(4)?,
            created_at: r.get(5)?,
            updated_at: r.get(6)?,
        },
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn cols_len_counts_the_columns_cols_selects() {
        // Export reads the people after COLS by this index: a column added to COLS must move it.
        assert_eq!(super::COLS.split(',').count(), super::COLS_LEN);
    }
}
