//! SQL for the network: organizations and their members, and connections between people.

use crate::domain::network::{
    org_name_key, Connection as Tie, ConnectionInput, ConnectionKind, Membership, OrgKind,
    Organization, OrganizationInput,
};
use crate::error::{Error, FieldError, Result};
use rusqlite::{params, Connection, OptionalExtension, Row};

const ORG_COLUMNS: &str = "o.id, o.name, o.kind, o.website, o.country, o.notes,
     (SELECT count(*) FROM memberships m WHERE m.organization_rowid = o.rowid),
     o.created_at, o.updated_at, o.brand_side";

fn org_of(r: &Row<'_>) -> rusqlite::Result<Organization> {
    Ok(Organization {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: OrgKind::parse(&r.get::<_, String>(2)?).unwrap_or_default(),
        website: r.get(3)?,
        country: r.get(4)?,
        notes: r.get(5)?,
        member_count: r.get(6)?,
        created_at: r.get(7)?,
        updated_at: r.get(8)?,
        brand_side: crate::domain::affiliation::BrandSide::parse(&r.get::<_, String>(9)?)
            .unwrap_or_default(),
    })
}

pub fn org_rowid_of(conn: &Connection, id: &str) -> Result<i64> {
    conn.prepare_cached("SELECT rowid FROM organizations WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| Error::NotFound {
            what: "organization",
            id: id.to_string(),
        })
}

/// The organization named `name` (case aside), if any.
pub fn org_by_name(conn: &Connection, name: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT rowid FROM organizations WHERE name_key = ?1")?
        .query_row([org_name_key(name)], |r| r.get(0))
        .optional()?)
}

/// Refuses a name another organization has (case aside): two "Ogilvy" would split its people.
pub fn org_ensure_free(conn: &Connection, name: &str, except: Option<i64>) -> Result<()> {
    match org_by_name(conn, name)? {
        Some(r) if Some(r) != except => Err(Error::Validation(vec![FieldError::new(
            "name",
            format!("an organization is already named “{name}”"),
        )])),
        _ => Ok(()),
    }
}

pub fn org_insert(conn: &Connection, id: &str, o: &OrganizationInput, now: &str) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO organizations (id, name, name_key, kind, website, country, notes, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
    )?
    .execute(params![
        id,
        o.name,
        org_name_key(&o.name),
        o.kind.as_str(),
        o.website,
        o.country,
        o.notes,
        now
    ])?;
    Ok(conn.last_insert_rowid())
}

pub fn org_update(conn: &Connection, rowid: i64, o: &OrganizationInput, now: &str) -> Result<()> {
    conn.prepare_cached(
        "UPDATE organizations SET name = ?2, name_key = ?3, kind = ?4, website = ?5, country = ?6,
         notes = ?7, updated_at = ?8 WHERE rowid = ?1",
    )?
    .execute(params![
        rowid,
        o.name,
        org_name_key(&o.name),
        o.kind.as_str(),
        o.website,
        o.country,
        o.notes,
        now
    ])?;
    Ok(())
}

pub fn org_delete(conn: &Connection, rowid: i64) -> Result<()> {
    conn.execute("DELETE FROM organizations WHERE rowid = ?1", [rowid])?;
    Ok(())
}

pub fn org_get(conn: &Connection, rowid: i64) -> Result<Organization> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {ORG_COLUMNS} FROM organizations o WHERE o.rowid = ?1"
        ))?
        .query_row([rowid], org_of)?)
}

/// Every organization by name.
pub fn org_all(conn: &Connection) -> Result<Vec<Organization>> {
    let mut st = conn.prepare(&format!(
        "SELECT {ORG_COLUMNS} FROM organizations o ORDER BY o.name_key"
    ))?;
    let rows = st.query_map([], org_of)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn membership_of(r: &Row<'_>) -> rusqlite::Result<Membership> {
    Ok(Membership {
        person_id: r.get(0)?,
        person_name: r.get(1)?,
        organization_id: r.get(2)?,
        organization_name: r.get(3)?,
        role: r.get(4)?,
        since: r.get(5)?,
        until: r.get(6)?,
        employer: r.get(7)?,
        person_stage: crate::domain::person::Stage::parse(&r.get::<_, String>(8)?)
            .unwrap_or_default(),
    })
}

const MEMBERSHIP_SELECT: &str = "SELECT p.id, p.display_name, o.id, o.name, m.role, m.since,
     m.until, m.employer, p.stage FROM memberships m
     JOIN people p ON p.rowid = m.person_rowid
     JOIN organizations o ON o.rowid = m.organization_rowid";

/// An organization's people: current ones first, then by name.
pub fn members(conn: &Connection, org_rowid: i64) -> Result<Vec<Membership>> {
    let mut st = conn.prepare_cached(&format!(
        "{MEMBERSHIP_SELECT} WHERE m.organization_rowid = ?1
         ORDER BY m.until IS NOT NULL, p.sort_name"
    ))?;
    let rows = st.query_map([org_rowid], membership_of)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The latest interactions with any of the organization's people (past members too), newest
/// first: each member's newest from their timeline's index, then merged.
pub fn latest_interactions(
    conn: &Connection,
    org_rowid: i64,
    limit: usize,
) -> Result<Vec<crate::domain::interaction::Interaction>> {
    let ids: Vec<String> = conn
        .prepare_cached(
            "SELECT i.id FROM interactions i WHERE i.rowid IN (
               SELECT ip.interaction_rowid FROM memberships m
               JOIN interaction_people ip ON ip.person_rowid = m.person_rowid
               WHERE m.organization_rowid = ?1)
             ORDER BY i.occurred_at DESC, i.rowid DESC LIMIT ?2",
        )?
        .query_map(params![org_rowid, limit as i64], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    ids.iter()
        .map(|id| Ok(super::interactions::load(conn, id)?.1))
        .collect()
}

/// The organizations a person belongs to: the employer first, then current ones.
pub fn memberships_of(conn: &Connection, person_rowid: i64) -> Result<Vec<Membership>> {
    let mut st = conn.prepare_cached(&format!(
        "{MEMBERSHIP_SELECT} WHERE m.person_rowid = ?1
         ORDER BY m.employer DESC, m.until IS NOT NULL, o.name_key"
    ))?;
    let rows = st.query_map([person_rowid], membership_of)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// What a membership says, beside who and where.
pub struct MembershipRow<'a> {
    pub role: &'a str,
    pub since: Option<&'a str>,
    pub until: Option<&'a str>,
    pub employer: bool,
}

/// Adds the person to the organization, or updates their place in it.
pub fn membership_set(
    conn: &Connection,
    id: &str,
    person_rowid: i64,
    org_rowid: i64,
    m: &MembershipRow<'_>,
    now: &str,
) -> Result<()> {
    if m.employer {
        // One employer at a time: the person's employer field names one organization.
        conn.prepare_cached(
            "UPDATE memberships SET employer = 0, updated_at = ?2
             WHERE person_rowid = ?1 AND employer = 1",
        )?
        .execute(params![person_rowid, now])?;
    }
    conn.prepare_cached(
        "INSERT INTO memberships (id, person_rowid, organization_rowid, role, since, until, employer, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)
         ON CONFLICT (person_rowid, organization_rowid) DO UPDATE SET role = excluded.role,
           since = excluded.since, until = excluded.until, employer = excluded.employer,
           updated_at = excluded.updated_at",
    )?
    .execute(params![id, person_rowid, org_rowid, m.role, m.since, m.until, m.employer, now])?;
    Ok(())
}

/// Adds a membership the person cannot have yet (a person just created, with no membership):
/// what `membership_set` does in that case, in one statement instead of three.
pub(crate) fn membership_insert(
    conn: &Connection,
    id: &str,
    person_rowid: i64,
    org_rowid: i64,
    m: &MembershipRow<'_>,
    now: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO memberships (id, person_rowid, organization_rowid, role, since, until, employer, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
    )?
    .execute(params![id, person_rowid, org_rowid, m.role, m.since, m.until, m.employer, now])?;
    Ok(())
}

/// The dates of the person's membership of the organization, when they are a member.
#[allow(clippy::type_complexity)]
pub fn membership_dates(
    conn: &Connection,
    person_rowid: i64,
    org_rowid: i64,
) -> Result<Option<(Option<String>, Option<String>)>> {
    Ok(conn
        .prepare_cached(
            "SELECT since, until FROM memberships WHERE person_rowid = ?1 AND organization_rowid = ?2",
        )?
        .query_row([person_rowid, org_rowid], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

/// Hands `each` (rowid, employer, title) of every person from `first_rowid` on who has an
/// employer: the people an import just created.
pub fn employers_from(
    conn: &Connection,
    first_rowid: i64,
    each: &mut dyn FnMut(i64, String, String) -> Result<()>,
) -> Result<()> {
    let mut st = conn.prepare(
        "SELECT rowid, employer, title FROM people WHERE rowid >= ?1 AND trim(employer) <> ''
         ORDER BY rowid",
    )?;
    let mut rows = st.query([first_rowid])?;
    while let Some(r) = rows.next()? {
        each(r.get(0)?, r.get(1)?, r.get(2)?)?;
    }
    Ok(())
}

/// The person's employer and title, when they have an employer.
pub fn employer_of(conn: &Connection, rowid: i64) -> Result<Option<(String, String)>> {
    Ok(conn
        .prepare_cached(
            "SELECT employer, title FROM people WHERE rowid = ?1 AND trim(employer) <> ''",
        )?
        .query_row([rowid], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

/// Takes the person out of the organization; answers the membership's id, `None` when they were
/// not in it.
pub fn membership_remove(
    conn: &Connection,
    person_rowid: i64,
    org_rowid: i64,
) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached(
            "DELETE FROM memberships WHERE person_rowid = ?1 AND organization_rowid = ?2 RETURNING id",
        )?
        .query_row([person_rowid, org_rowid], |r| r.get(0))
        .optional()?)
}

/// Records a connection; the same pair and kind twice is refused with the field named.
/// `from` and `to` are the rowids of `input`'s people.
pub fn connection_insert(
    conn: &Connection,
    id: &str,
    (from, to): (i64, i64),
    input: &ConnectionInput,
    now: &str,
) -> Result<()> {
    let (kind, note, since) = (input.kind, &input.note, input.since.as_deref());
    let taken: bool = conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM connections WHERE kind = ?3 AND
               ((from_rowid = ?1 AND to_rowid = ?2) OR (from_rowid = ?2 AND to_rowid = ?1)))",
        )?
        .query_row(params![from, to, kind.as_str()], |r| r.get(0))?;
    if taken {
        return Err(Error::Validation(vec![FieldError::new(
            "to",
            "these two are already connected this way",
        )]));
    }
    conn.prepare_cached(
        "INSERT INTO connections (id, from_rowid, to_rowid, kind, note, since, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
    )?
    .execute(params![id, from, to, kind.as_str(), note, since, now])?;
    Ok(())
}

/// Deletes a connection; `NotFound` for an unknown id.
pub fn connection_delete(conn: &Connection, id: &str) -> Result<()> {
    match conn.execute("DELETE FROM connections WHERE id = ?1", [id])? {
        0 => Err(Error::NotFound {
            what: "connection",
            id: id.to_string(),
        }),
        _ => Ok(()),
    }
}

/// A person's connections, strongest kinds first, then by the other person's name.
pub fn connections_of(conn: &Connection, rowid: i64) -> Result<Vec<Tie>> {
    let mut st = conn.prepare_cached(
        "SELECT c.id, c.kind, c.from_rowid = ?1, p.id, p.display_name, c.note, c.since
         FROM connections c
         JOIN people p ON p.rowid = CASE WHEN c.from_rowid = ?1 THEN c.to_rowid ELSE c.from_rowid END
         WHERE c.from_rowid = ?1 OR c.to_rowid = ?1
         ORDER BY p.sort_name",
    )?;
    let rows = st.query_map([rowid], |r| {
        Ok(Tie {
            id: r.get(0)?,
            kind: ConnectionKind::parse(&r.get::<_, String>(1)?).unwrap_or(ConnectionKind::Knows),
            outgoing: r.get(2)?,
            other_id: r.get(3)?,
            other_name: r.get(4)?,
            note: r.get(5)?,
            since: r.get(6)?,
        })
    })?;
    let mut ties = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    ties.sort_by_key(|t| std::cmp::Reverse(t.kind.strength()));
    Ok(ties)
}

/// Id and name of a person by rowid.
pub fn person_name(conn: &Connection, rowid: i64) -> Result<(String, String)> {
    Ok(conn
        .prepare_cached("SELECT id, display_name FROM people WHERE rowid = ?1")?
        .query_row([rowid], |r| Ok((r.get(0)?, r.get(1)?)))?)
}
