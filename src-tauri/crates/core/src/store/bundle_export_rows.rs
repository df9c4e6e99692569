//! The bundle's bulk reads, handed row by row to the hand-written JSON writers in `interchange::bundle` so no row's text is copied: interactions (a scope's, or the book's in rowid blocks with their people walked in step) and the people tables in person order.

use crate::error::Result;
use crate::store::people_rows::PERSON_COLS;
use rusqlite::{Connection, Row, Statement};

/// The interaction columns every reader below hands on, in this order (`i` is `interactions`):
/// rowid, id, kind, direction, exchange, occurred_at, channel, our_side, body, event_id,
/// created_at, updated_at, colleague_id.
const COLS: &str = "i.rowid, i.id, i.kind, i.direction, i.exchange, i.occurred_at, \
    i.channel, i.our_side, i.body, i.event_id, i.created_at, i.updated_at, i.colleague_id";

/// Hands `each` the interactions whose rowids `filter` selects from `arg`, in rowid order: the
/// columns of `COLS`, then their people's ids joined by spaces (column 13, NULL for none).
pub(crate) fn each_scoped_interaction(
    conn: &Connection,
    filter: &str,
    arg: &str,
    each: &mut dyn FnMut(&Row<'_>) -> Result<()>,
) -> Result<()> {
    let mut st = conn.prepare(&format!(
        "SELECT {COLS}, (SELECT group_concat(p.id, ' ') FROM interaction_people ip
           JOIN people p ON p.rowid = ip.person_rowid WHERE ip.interaction_rowid = i.rowid)
         FROM interactions i WHERE i.rowid IN ({filter}) ORDER BY i.rowid"
    ))?;
    let mut rows = st.query([arg])?;
    while let Some(r) = rows.next()? {
        each(r)?;
    }
    Ok(())
}

/// Every person's id indexed by rowid, for the blocks of the whole-book read (a million hash
/// look-ups were a tenth of the export). Read without an order so SQLite can walk the small `id`
/// index instead of the table.
pub(crate) fn person_ids(conn: &Connection) -> Result<Vec<Option<String>>> {
    let mut v: Vec<Option<String>> = Vec::new();
    let mut st = conn.prepare("SELECT rowid, id FROM people")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let rowid = r.get::<_, i64>(0)?.max(0) as usize;
        if v.len() <= rowid {
            v.resize(rowid + 1, None);
        }
        v[rowid] = Some(r.get(1)?);
    }
    Ok(v)
}

/// The highest interaction rowid (0 for none), which bounds the blocks of the whole-book read.
pub(crate) fn max_interaction_rowid(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT coalesce(max(rowid), 0) FROM interactions",
        [],
        |r| r.get(0),
    )?)
}

/// Hands `each` the interactions with rowids in `lo..hi`, in rowid order, as the columns of
/// `COLS` with the rowids of their people. Two range scans walked in step: the rows, and their
/// links in `interaction_rowid` order (a per-row lookup of the people cost ~1 s more at a
/// million).
pub(crate) fn each_interaction_in(
    conn: &Connection,
    lo: i64,
    hi: i64,
    each: &mut dyn FnMut(&Row<'_>, &[i64]) -> Result<()>,
) -> Result<()> {
    let mut links = conn.prepare_cached(
        "SELECT interaction_rowid, person_rowid FROM interaction_people
         WHERE interaction_rowid >= ?1 AND interaction_rowid < ?2 ORDER BY interaction_rowid",
    )?;
    let mut links = links.query([lo, hi])?;
    let mut items = conn.prepare_cached(&format!(
        "SELECT {COLS} FROM interactions i WHERE i.rowid >= ?1 AND i.rowid < ?2 ORDER BY i.rowid"
    ))?;
    let mut rows = items.query([lo, hi])?;
    let mut pending: Option<(i64, i64)> = None;
    // One list for every row.
    let mut people: Vec<i64> = Vec::with_capacity(4);
    while let Some(r) = rows.next()? {
        let rowid: i64 = r.get(0)?;
        people.clear();
        loop {
            if pending.is_none() {
                pending = match links.next()? {
                    Some(l) => Some((l.get(0)?, l.get(1)?)),
                    None => None,
                };
            }
            match pending {
                Some((i, p)) if i == rowid => {
                    people.push(p);
                    pending = None;
                }
                Some((i, _)) if i < rowid => pending = None,
                _ => break,
            }
        }
        each(r, &people)?;
    }
    Ok(())
}

/// Hands `each` every row of a person's list table (`person_rowid`, then `col`), by person and
/// then by `order`.
pub(crate) fn each_person_list(
    conn: &Connection,
    table: &str,
    col: &str,
    order: &str,
    each: &mut dyn FnMut(&Row<'_>) -> Result<()>,
) -> Result<()> {
    let sql = format!("SELECT person_rowid, {col} FROM {table} ORDER BY person_rowid, {order}");
    each_row(conn, &sql, each)
}

/// Hands `each` every channel (person_rowid, id, platform, handle, url, audience, as_of,
/// created_at, updated_at), by person and then by position.
pub(crate) fn each_channel(
    conn: &Connection,
    each: &mut dyn FnMut(&Row<'_>) -> Result<()>,
) -> Result<()> {
    each_row(
        conn,
        "SELECT person_rowid, id, platform, handle, url, audience, as_of, created_at, updated_at
         FROM channels ORDER BY person_rowid, position",
        each,
    )
}

/// Hands `each` every person as `PERSON_COLS`, in rowid order.
pub(crate) fn each_person(
    conn: &Connection,
    each: &mut dyn FnMut(&Row<'_>) -> Result<()>,
) -> Result<()> {
    each_row(
        conn,
        &format!("SELECT {PERSON_COLS} FROM people p ORDER BY p.rowid"),
        each,
    )
}

fn each_row(
    conn: &Connection,
    sql: &str,
    each: &mut dyn FnMut(&Row<'_>) -> Result<()>,
) -> Result<()> {
    let mut st = conn.prepare(sql)?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        each(r)?;
    }
    Ok(())
}

/// Every photo as (person_rowid, mime, bytes), in person order, to be walked in step with
/// `each_person` so no more than one image is held at a time.
pub(crate) fn photos_in_order(conn: &Connection) -> Result<Statement<'_>> {
    Ok(conn.prepare("SELECT person_rowid, mime, bytes FROM person_photos ORDER BY person_rowid")?)
}
