//! The SQL behind a bundle's network sections (colleagues, organizations, memberships, connections): the rows in a scope, and writing a teammate's records with their own ids and stamps.

use crate::domain::network::OrganizationInput;
use crate::domain::team::ColleagueInput;
use crate::error::Result;
use crate::interchange::bundle::colleagues::BundleColleague;
use crate::interchange::bundle::connections::BundleConnection;
use crate::interchange::bundle::memberships::BundleMembership;
use crate::interchange::bundle::organizations::BundleOrganization;
use rusqlite::{params, Connection, OptionalExtension, Row};

/// The people of a scope as the JSON array `json_each` reads (`None`: the whole book).
pub(crate) type Scope<'a> = Option<&'a str>;

fn rows<T>(
    conn: &Connection,
    sql: &str,
    scope: Scope<'_>,
    f: impl Fn(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    let mut st = conn.prepare(sql)?;
    let v = st
        .query_map(params![scope], f)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

/// The colleagues of the whole book, or those who had one of `interactions` (SQL over `?2`) or
/// own one of the scope's people.
pub(crate) fn colleagues(
    conn: &Connection,
    scope: Scope<'_>,
    interactions: &str,
    arg: Option<&str>,
) -> Result<Vec<BundleColleague>> {
    let filter = match scope {
        None => String::new(),
        Some(_) => format!(
            "WHERE c.id IN (SELECT owner_id FROM people WHERE rowid IN (SELECT value FROM json_each(?1)))
             OR c.id IN (SELECT colleague_id FROM interactions WHERE rowid IN ({}))",
            interactions.replace("?1", "?2")
        ),
    };
    let sql = format!(
        "SELECT c.id, c.name, c.role, c.region, c.email, c.created_at, c.updated_at
         FROM colleagues c {filter} ORDER BY c.rowid"
    );
    let mut st = conn.prepare(&sql)?;
    let map = |r: &Row<'_>| {
        Ok(BundleColleague {
            id: r.get(0)?,
            name: r.get(1)?,
            role: r.get(2)?,
            region: r.get(3)?,
            email: r.get(4)?,
            created_at: r.get(5)?,
            updated_at: r.get(6)?,
        })
    };
    let v = match scope {
        None => st.query_map([], map)?.collect::<rusqlite::Result<_>>()?,
        Some(s) => st
            .query_map(params![s, arg], map)?
            .collect::<rusqlite::Result<_>>()?,
    };
    Ok(v)
}

/// The organizations of the whole book, or those the scope's people belong to.
pub(crate) fn organizations(
    conn: &Connection,
    scope: Scope<'_>,
) -> Result<Vec<BundleOrganization>> {
    let sql = "SELECT o.id, o.name, o.kind, o.website, o.country, o.notes, o.created_at, o.updated_at
         FROM organizations o WHERE ?1 IS NULL OR o.rowid IN (SELECT organization_rowid FROM memberships
           WHERE person_rowid IN (SELECT value FROM json_each(?1)))
         ORDER BY o.rowid";
    rows(conn, sql, scope, |r| {
        Ok(BundleOrganization {
            id: r.get(0)?,
            name: r.get(1)?,
            kind: r.get(2)?,
            website: r.get(3)?,
            country: r.get(4)?,
            notes: r.get(5)?,
            created_at: r.get(6)?,
            updated_at: r.get(7)?,
        })
    })
}

/// The memberships of the whole book, or of the scope's people.
pub(crate) fn memberships(conn: &Connection, scope: Scope<'_>) -> Result<Vec<BundleMembership>> {
    let sql =
        "SELECT m.id, p.id, o.id, m.role, m.since, m.until, m.employer, m.created_at, m.updated_at
         FROM memberships m JOIN people p ON p.rowid = m.person_rowid
         JOIN organizations o ON o.rowid = m.organization_rowid
         WHERE ?1 IS NULL OR m.person_rowid IN (SELECT value FROM json_each(?1))
         ORDER BY m.rowid";
    rows(conn, sql, scope, |r| {
        Ok(BundleMembership {
            id: r.get(0)?,
            person_id: r.get(1)?,
            organization_id: r.get(2)?,
            role: r.get(3)?,
            since: r.get(4)?,
            until: r.get(5)?,
            employer: r.get(6)?,
            created_at: r.get(7)?,
            updated_at: r.get(8)?,
        })
    })
}

/// The connections of the whole book, or those between two of the scope's people (one with a
/// person left out could not be merged).
pub(crate) fn connections(conn: &Connection, scope: Scope<'_>) -> Result<Vec<BundleConnection>> {
    let sql = "SELECT c.id, a.id, b.id, c.kind, c.note, c.since, c.created_at, c.updated_at
         FROM connections c JOIN people a ON a.rowid = c.from_rowid JOIN people b ON b.rowid = c.to_rowid
         WHERE ?1 IS NULL OR (c.from_rowid IN (SELECT value FROM json_each(?1))
           AND c.to_rowid IN (SELECT value FROM json_each(?1)))
         ORDER BY c.rowid";
    rows(conn, sql, scope, |r| {
        Ok(BundleConnection {
            id: r.get(0)?,
            from_id: r.get(1)?,
            to_id: r.get(2)?,
            kind: r.get(3)?,
            note: r.get(4)?,
            since: r.get(5)?,
            created_at: r.get(6)?,
            updated_at: r.get(7)?,
        })
    })
}

/// Our rowid and `updated_at` for a record of `table` with this id.
pub(crate) fn stamp(tx: &Connection, table: &str, id: &str) -> Result<Option<(i64, String)>> {
    Ok(tx
        .prepare_cached(&format!(
            "SELECT rowid, updated_at FROM {table} WHERE id = ?1"
        ))?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

/// A teammate's colleague, with their id and stamps (a new one, or theirs replacing ours).
pub(crate) fn colleague_put(
    tx: &Connection,
    id: &str,
    c: &ColleagueInput,
    (created, updated): (&str, &str),
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO colleagues (id, name, name_key, role, region, email, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_key = excluded.name_key,
           role = excluded.role, region = excluded.region, email = excluded.email,
           updated_at = excluded.updated_at",
    )?
    .execute(params![
        id,
        c.name,
        crate::domain::team::colleague_key(&c.name),
        c.role,
        c.region,
        c.email,
        created,
        updated
    ])?;
    Ok(())
}

/// A teammate's organization, with their id and stamps.
pub(crate) fn organization_put(
    tx: &Connection,
    id: &str,
    o: &OrganizationInput,
    (created, updated): (&str, &str),
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO organizations (id, name, name_key, kind, website, country, notes, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_key = excluded.name_key,
           kind = excluded.kind, website = excluded.website, country = excluded.country,
           notes = excluded.notes, updated_at = excluded.updated_at",
    )?
    .execute(params![
        id,
        o.name,
        crate::domain::network::org_name_key(&o.name),
        o.kind.as_str(),
        o.website,
        o.country,
        o.notes,
        created,
        updated
    ])?;
    Ok(())
}

/// Our membership of this person in this organization, whatever its id: rowid and `updated_at`.
pub(crate) fn membership_of(
    tx: &Connection,
    person: i64,
    org: i64,
) -> Result<Option<(i64, String)>> {
    Ok(tx
        .prepare_cached(
            "SELECT rowid, updated_at FROM memberships WHERE person_rowid = ?1 AND organization_rowid = ?2",
        )?
        .query_row([person, org], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

/// Writes a teammate's membership: a new row (`rowid` None) or theirs over ours. Their
/// employer flag takes the person's other memberships' flag off, as setting it here does.
pub(crate) fn membership_put(
    tx: &Connection,
    rowid: Option<i64>,
    (person, org): (i64, i64),
    m: &BundleMembership,
) -> Result<()> {
    if m.employer {
        tx.prepare_cached(
            "UPDATE memberships SET employer = 0 WHERE person_rowid = ?1 AND employer = 1
             AND organization_rowid <> ?2",
        )?
        .execute([person, org])?;
    }
    match rowid {
        None => tx.prepare_cached(
            "INSERT INTO memberships (id, person_rowid, organization_rowid, role, since, until, employer, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?
        .execute(params![m.id, person, org, m.role, m.since, m.until, m.employer, m.created_at, m.updated_at])?,
        Some(r) => tx.prepare_cached(
            "UPDATE memberships SET role = ?2, since = ?3, until = ?4, employer = ?5, updated_at = ?6
             WHERE rowid = ?1",
        )?
        .execute(params![r, m.role, m.since, m.until, m.employer, m.updated_at])?,
    };
    Ok(())
}

/// Our connection of this kind between these two people, either way round.
pub(crate) fn connection_of(
    tx: &Connection,
    (from, to): (i64, i64),
    kind: &str,
) -> Result<Option<(i64, String)>> {
    Ok(tx
        .prepare_cached(
            "SELECT rowid, updated_at FROM connections WHERE kind = ?3 AND
               ((from_rowid = ?1 AND to_rowid = ?2) OR (from_rowid = ?2 AND to_rowid = ?1))",
        )?
        .query_row(params![from, to, kind], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

/// Writes a teammate's connection: a new row (`rowid` None) or their note and date over ours.
pub(crate) fn connection_put(
    tx: &Connection,
    rowid: Option<i64>,
    (from, to): (i64, i64),
    c: &BundleConnection,
) -> Result<()> {
    match rowid {
        None => tx.prepare_cached(
            "INSERT INTO connections (id, from_rowid, to_rowid, kind, note, since, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?
        .execute(params![c.id, from, to, c.kind, c.note, c.since, c.created_at, c.updated_at])?,
        Some(r) => tx.prepare_cached(
            "UPDATE connections SET note = ?2, since = ?3, updated_at = ?4 WHERE rowid = ?1",
        )?
        .execute(params![r, c.note, c.since, c.updated_at])?,
    };
    Ok(())
}

/// Deletes a row of `table` by rowid (a tombstone from the teammate).
pub(crate) fn delete(tx: &Connection, table: &str, rowid: i64) -> Result<()> {
    tx.execute(&format!("DELETE FROM {table} WHERE rowid = ?1"), [rowid])?;
    Ok(())
}
