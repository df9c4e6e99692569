//! SQL for the graph view: what one person or organization is tied to, each read on an index by rowid, so a two-hop graph costs a few short reads per node it expands.

use crate::domain::network::ConnectionKind;
use crate::error::Result;
use rusqlite::{params, Connection};

/// A person as a node: rowid, id, name, stage.
pub type PersonRow = (i64, String, String, String);

/// One connection of a person, with the other end.
pub struct TieRow {
    pub id: String,
    pub kind: ConnectionKind,
    /// True when the person expanded is the first of the pair.
    pub outgoing: bool,
    pub other: PersonRow,
    pub note: String,
    pub since: Option<String>,
}

/// One membership: the person, the organization (rowid, id, name, kind), role and since-date.
pub struct MemberRow {
    pub id: String,
    pub person: PersonRow,
    pub org: (i64, String, String, String),
    pub role: String,
    pub since: Option<String>,
}

/// A colleague's touchpoint with a person: colleague id, name, role, count, last date.
pub type TouchRow = (String, String, String, u32, String);

/// A person's connections, both directions (from_rowid's unique index, to_rowid's index).
pub fn ties_of(conn: &Connection, rowid: i64) -> Result<Vec<TieRow>> {
    let mut st = conn.prepare_cached(
        "SELECT c.id, c.kind, c.from_rowid = ?1, p.rowid, p.id, p.display_name, p.stage, c.note, c.since
         FROM (SELECT * FROM connections WHERE from_rowid = ?1
               UNION ALL SELECT * FROM connections WHERE to_rowid = ?1) c
         JOIN people p ON p.rowid = CASE WHEN c.from_rowid = ?1 THEN c.to_rowid ELSE c.from_rowid END",
    )?;
    let rows = st.query_map([rowid], |r| {
        Ok(TieRow {
            id: r.get(0)?,
            kind: ConnectionKind::parse(&r.get::<_, String>(1)?).unwrap_or(ConnectionKind::Knows),
            outgoing: r.get(2)?,
            other: (r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?),
            note: r.get(7)?,
            since: r.get(8)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

const MEMBER_SELECT: &str = "SELECT m.id, p.rowid, p.id, p.display_name, p.stage,
     o.rowid, o.id, o.name, o.kind, m.role, m.since FROM memberships m
     JOIN people p ON p.rowid = m.person_rowid
     JOIN organizations o ON o.rowid = m.organization_rowid";

fn member_of(r: &rusqlite::Row<'_>) -> rusqlite::Result<MemberRow> {
    Ok(MemberRow {
        id: r.get(0)?,
        person: (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?),
        org: (r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?),
        role: r.get(9)?,
        since: r.get(10)?,
    })
}

/// The organizations a person belongs to (the membership's unique index leads with the person).
pub fn orgs_of(conn: &Connection, person_rowid: i64) -> Result<Vec<MemberRow>> {
    let mut st = conn.prepare_cached(&format!(
        "{MEMBER_SELECT} WHERE m.person_rowid = ?1 ORDER BY m.employer DESC, o.name_key"
    ))?;
    let rows = st.query_map([person_rowid], member_of)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// An organization's people, current ones first.
pub fn members_of(conn: &Connection, org_rowid: i64) -> Result<Vec<MemberRow>> {
    let mut st = conn.prepare_cached(&format!(
        "{MEMBER_SELECT} WHERE m.organization_rowid = ?1 ORDER BY m.until IS NOT NULL, p.sort_name"
    ))?;
    let rows = st.query_map([org_rowid], member_of)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The colleagues who dealt with a person: how often and last when (interaction_people's
/// primary key leads with the person).
pub fn touches_of(conn: &Connection, person_rowid: i64) -> Result<Vec<TouchRow>> {
    let mut st = conn.prepare_cached(
        "SELECT c.id, c.name, c.role, count(*), max(ip.occurred_at) FROM interaction_people ip
         JOIN interactions i ON i.rowid = ip.interaction_rowid
         JOIN colleagues c ON c.id = i.colleague_id
         WHERE ip.person_rowid = ?1
         GROUP BY c.id ORDER BY max(ip.occurred_at) DESC, c.name_key",
    )?;
    let rows = st.query_map([person_rowid], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn person_rows(conn: &Connection, sql: &str, key: i64) -> Result<Vec<PersonRow>> {
    let mut st = conn.prepare_cached(sql)?;
    let rows = st.query_map(params![key], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A person as a node.
pub fn person(conn: &Connection, rowid: i64) -> Result<PersonRow> {
    person_rows(
        conn,
        "SELECT rowid, id, display_name, stage FROM people WHERE rowid = ?1",
        rowid,
    )?
    .pop()
    .ok_or_else(|| crate::error::Error::NotFound {
        what: "person",
        id: rowid.to_string(),
    })
}

/// A list's members, in the order they were added.
pub fn list_people(conn: &Connection, list_rowid: i64) -> Result<Vec<PersonRow>> {
    person_rows(
        conn,
        "SELECT p.rowid, p.id, p.display_name, p.stage FROM list_members m
         JOIN people p ON p.rowid = m.person_rowid WHERE m.list_rowid = ?1
         ORDER BY m.added_at, p.sort_name",
        list_rowid,
    )
}

/// An event's attendees, by name.
pub fn event_people(conn: &Connection, event_rowid: i64) -> Result<Vec<PersonRow>> {
    person_rows(
        conn,
        "SELECT p.rowid, p.id, p.display_name, p.stage FROM event_attendees a
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
