//! SQL for the graph view: a list's or an event's people (its centre), and a connection as one of its people sees it.

use crate::domain::network::ConnectionKind;
use crate::error::Result;
use rusqlite::{params, Connection};

fn rowids(conn: &Connection, sql: &str, key: i64) -> Result<Vec<i64>> {
    let mut st = conn.prepare_cached(sql)?;
    let rows = st.query_map(params![key], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A list's members, in the order they were added.
pub fn list_people(conn: &Connection, list_rowid: i64) -> Result<Vec<i64>> {
    rowids(
        conn,
        "SELECT p.rowid FROM list_members m
         JOIN people p ON p.rowid = m.person_rowid WHERE m.list_rowid = ?1
         ORDER BY m.added_at, p.sort_name",
        list_rowid,
    )
}

/// An event's attendees, by name.
pub fn event_people(conn: &Connection, event_rowid: i64) -> Result<Vec<i64>> {
    rowids(
        conn,
        "SELECT p.rowid FROM event_attendees a
         JOIN people p ON p.rowid = a.person_rowid WHERE a.event_rowid = ?1
         ORDER BY p.sort_name",
        event_rowid,
    )
}

/// One connection as the person `rowid` sees it: what `Book::connect` answers, read by its id
/// instead of through all the person's connections.
pub fn connection_seen_from(
    conn: &Connection,
    id: &str,
    rowid: i64,
) -> Result<crate::domain::network::Connection> {
    Ok(conn
        .prepare_cached(
            "SELECT c.id, c.kind, c.from_rowid = ?2, p.id, p.display_name, c.note, c.since
             FROM connections c
             JOIN people p ON p.rowid = CASE WHEN c.from_rowid = ?2 THEN c.to_rowid ELSE c.from_rowid END
             WHERE c.id = ?1",
        )?
        .query_row(params![id, rowid], |r| {
            Ok(crate::domain::network::Connection {
                id: r.get(0)?,
                kind: ConnectionKind::parse(&r.get::<_, String>(1)?)
                    .unwrap_or(ConnectionKind::Knows),
                outgoing: r.get(2)?,
                other_id: r.get(3)?,
                other_name: r.get(4)?,
                note: r.get(5)?,
                since: r.get(6)?,
            })
        })?)
}
