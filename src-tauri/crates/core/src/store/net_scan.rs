//! SQL for the in-memory network index: every tie, membership and touchpoint in one scan each (what the index is built from), and the details of the few nodes and edges a graph or a path shows, read many rowids at a time through `json_each`.

use crate::domain::network::ConnectionKind;
use crate::error::Result;
use rusqlite::{params, Connection, Row};
use std::collections::HashMap;

/// Every connection: (rowid, from, to, kind).
pub fn all_connections(conn: &Connection) -> Result<Vec<(i64, i64, i64, ConnectionKind)>> {
    let mut st = conn.prepare("SELECT rowid, from_rowid, to_rowid, kind FROM connections")?;
    let rows = st.query_map([], |r| {
        Ok((
            r.get(0)?,
            r.get(1)?,
            r.get(2)?,
            ConnectionKind::parse(&r.get::<_, String>(3)?).unwrap_or(ConnectionKind::Knows),
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every membership as (person, organization, membership rowid), grouped by person and in the
/// order a person's organizations are shown (employer first, then by name).
pub fn memberships_by_person(conn: &Connection) -> Result<Vec<(i64, i64, i64)>> {
    triples(
        conn,
        "SELECT m.person_rowid, m.organization_rowid, m.rowid FROM memberships m
         JOIN organizations o ON o.rowid = m.organization_rowid
         ORDER BY m.person_rowid, m.employer DESC, o.name_key",
    )
}

/// Every membership as (organization, person, membership rowid), grouped by organization and in
/// the order its people are shown (current ones first, then by name).
pub fn memberships_by_org(conn: &Connection) -> Result<Vec<(i64, i64, i64)>> {
    triples(
        conn,
        "SELECT m.organization_rowid, m.person_rowid, m.rowid FROM memberships m
         JOIN people p ON p.rowid = m.person_rowid
         ORDER BY m.organization_rowid, m.until IS NOT NULL, p.sort_name",
    )
}

fn triples(conn: &Connection, sql: &str) -> Result<Vec<(i64, i64, i64)>> {
    let mut st = conn.prepare(sql)?;
    let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every touchpoint: (person, colleague rowid, count, last date), grouped by person, the most
/// recent colleague first (as a person's touchpoints are shown).
pub fn all_touches(conn: &Connection) -> Result<Vec<(i64, i64, u32, String)>> {
    let mut st = conn.prepare(
        // Colleague by colleague on two covering indexes: the interactions themselves (bodies
        // and all) are never read, which was most of this scan.
        "SELECT ip.person_rowid, c.rowid, count(*), max(ip.occurred_at) FROM colleagues c
         CROSS JOIN interactions i ON i.colleague_id = c.id
         CROSS JOIN interaction_people ip ON ip.interaction_rowid = i.rowid
         GROUP BY ip.person_rowid, c.rowid
         ORDER BY ip.person_rowid, max(ip.occurred_at) DESC, c.name_key",
    )?;
    let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// `rowids` as the JSON array `json_each` reads.
fn json(rowids: &[i64]) -> String {
    let mut s = String::with_capacity(rowids.len() * 7 + 2);
    s.push('[');
    for (i, r) in rowids.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        s.push_str(&r.to_string());
    }
    s.push(']');
    s
}

/// Rows of `sql` (which reads the rowids as `json_each(?1)`), by their first column.
fn by_rowid<T>(
    conn: &Connection,
    sql: &str,
    rowids: &[i64],
    f: impl Fn(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<HashMap<i64, T>> {
    let mut out = HashMap::with_capacity(rowids.len());
    if rowids.is_empty() {
        return Ok(out);
    }
    let mut st = conn.prepare_cached(sql)?;
    let mut rows = st.query(params![json(rowids)])?;
    while let Some(r) = rows.next()? {
        out.insert(r.get(0)?, f(r)?);
    }
    Ok(out)
}

/// People as nodes: (id, name, stage) by rowid.
pub fn people(conn: &Connection, rowids: &[i64]) -> Result<HashMap<i64, (String, String, String)>> {
    by_rowid(
        conn,
        "SELECT rowid, id, display_name, stage FROM people
         WHERE rowid IN (SELECT value FROM json_each(?1))",
        rowids,
        |r| Ok((r.get(1)?, r.get(2)?, r.get(3)?)),
    )
}

/// Organizations as nodes: (id, name, kind) by rowid.
pub fn orgs(conn: &Connection, rowids: &[i64]) -> Result<HashMap<i64, (String, String, String)>> {
    by_rowid(
        conn,
        "SELECT rowid, id, name, kind FROM organizations
         WHERE rowid IN (SELECT value FROM json_each(?1))",
        rowids,
        |r| Ok((r.get(1)?, r.get(2)?, r.get(3)?)),
    )
}

/// Colleagues as nodes: (id, name, role) by rowid.
pub fn colleagues(
    conn: &Connection,
    rowids: &[i64],
) -> Result<HashMap<i64, (String, String, String)>> {
    by_rowid(
        conn,
        "SELECT rowid, id, name, role FROM colleagues
         WHERE rowid IN (SELECT value FROM json_each(?1))",
        rowids,
        |r| Ok((r.get(1)?, r.get(2)?, r.get(3)?)),
    )
}

/// A connection as an edge: id, note, since.
pub type ConnectionDetail = (String, String, Option<String>);

pub fn connections(conn: &Connection, rowids: &[i64]) -> Result<HashMap<i64, ConnectionDetail>> {
    by_rowid(
        conn,
        "SELECT rowid, id, note, since FROM connections
         WHERE rowid IN (SELECT value FROM json_each(?1))",
        rowids,
        |r| Ok((r.get(1)?, r.get(2)?, r.get(3)?)),
    )
}

/// A membership as an edge: id, role, since.
pub fn memberships(conn: &Connection, rowids: &[i64]) -> Result<HashMap<i64, ConnectionDetail>> {
    by_rowid(
        conn,
        "SELECT rowid, id, role, since FROM memberships
         WHERE rowid IN (SELECT value FROM json_each(?1))",
        rowids,
        |r| Ok((r.get(1)?, r.get(2)?, r.get(3)?)),
    )
}

/// Who among `rowids` we are close to: at the engaged stage or beyond, or heard from since
/// `since` (UTC), and not archived. Their id and name, by rowid.
pub fn close_among(
    conn: &Connection,
    rowids: &[i64],
    since: &str,
) -> Result<HashMap<i64, (String, String)>> {
    let mut out = HashMap::new();
    if rowids.is_empty() {
        return Ok(out);
    }
    let mut st = conn.prepare_cached(
        // CROSS JOIN: the rowids first, each looked up; left to itself the planner scanned
        // every person not archived on an index and tested the list on each.
        "SELECT p.rowid, p.id, p.display_name FROM json_each(?1) j
         CROSS JOIN people p ON p.rowid = j.value
         WHERE p.archived = 0 AND
           (p.stage IN ('engaged', 'collaborating', 'ambassador') OR p.last_interaction_at >= ?2)",
    )?;
    let mut rows = st.query(params![json(rowids), since])?;
    while let Some(r) = rows.next()? {
        out.insert(r.get(0)?, (r.get(1)?, r.get(2)?));
    }
    Ok(out)
}
