//! SQL for our side: the colleagues, the touchpoints each person has with them, owners, and the contacts a message-collision check reads.

use crate::domain::interaction::InteractionKind;
use crate::domain::team::{colleague_key, Colleague, ColleagueInput, CollisionContact, Touchpoint};
use crate::error::{Error, FieldError, Result};
use rusqlite::{params, Connection, OptionalExtension, Row};

const COLUMNS: &str = "c.id, c.name, c.role, c.region, c.email,
     (SELECT count(*) FROM interactions i WHERE i.colleague_id = c.id),
     (SELECT count(*) FROM people p WHERE p.owner_id = c.id),
     (SELECT max(i.occurred_at) FROM interactions i WHERE i.colleague_id = c.id),
     c.created_at, c.updated_at";

fn colleague_of(r: &Row<'_>) -> rusqlite::Result<Colleague> {
    Ok(Colleague {
        id: r.get(0)?,
        name: r.get(1)?,
        role: r.get(2)?,
        region: r.get(3)?,
        email: r.get(4)?,
        interaction_count: r.get(5)?,
        owned_count: r.get(6)?,
        last_at: r.get(7)?,
        created_at: r.get(8)?,
        updated_at: r.get(9)?,
    })
}

/// `NotFound` unless a colleague has this id.
pub fn ensure_exists(conn: &Connection, id: &str) -> Result<()> {
    let found: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM colleagues WHERE id = ?1)")?
        .query_row([id], |r| r.get(0))?;
    match found {
        true => Ok(()),
        false => Err(Error::NotFound {
            what: "colleague",
            id: id.to_string(),
        }),
    }
}

/// A colleague's name, without the figures `get` counts: logging reads it on every save.
pub fn name_of(conn: &Connection, id: &str) -> Result<String> {
    conn.prepare_cached("SELECT name FROM colleagues WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| Error::NotFound {
            what: "colleague",
            id: id.to_string(),
        })
}

/// The id of the colleague named `name` (case aside), if any.
pub fn by_name(conn: &Connection, name: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT id FROM colleagues WHERE name_key = ?1")?
        .query_row([colleague_key(name)], |r| r.get(0))
        .optional()?)
}

/// Refuses a name another colleague has (case aside): the CLI and the picker name them by it.
pub fn ensure_free(conn: &Connection, name: &str, except: Option<&str>) -> Result<()> {
    match by_name(conn, name)? {
        Some(id) if Some(id.as_str()) != except => Err(Error::Validation(vec![FieldError::new(
            "name",
            format!("a colleague is already named “{name}”"),
        )])),
        _ => Ok(()),
    }
}

pub fn insert(conn: &Connection, id: &str, c: &ColleagueInput, now: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO colleagues (id, name, name_key, role, region, email, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
    )?
    .execute(params![
        id,
        c.name,
        colleague_key(&c.name),
        c.role,
        c.region,
        c.email,
        now
    ])?;
    Ok(())
}

pub fn update(conn: &Connection, id: &str, c: &ColleagueInput, now: &str) -> Result<()> {
    conn.prepare_cached(
        "UPDATE colleagues SET name = ?2, name_key = ?3, role = ?4, region = ?5, email = ?6,
         updated_at = ?7 WHERE id = ?1",
    )?
    .execute(params![
        id,
        c.name,
        colleague_key(&c.name),
        c.role,
        c.region,
        c.email,
        now
    ])?;
    Ok(())
}

/// Deletes a colleague: their interactions and the people they owned are unlinked by the
/// schema (ON DELETE SET NULL), the interactions' text still names them.
pub fn delete(conn: &Connection, id: &str) -> Result<()> {
    ensure_exists(conn, id)?;
    conn.execute("DELETE FROM colleagues WHERE id = ?1", [id])?;
    Ok(())
}

pub fn get(conn: &Connection, id: &str) -> Result<Colleague> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM colleagues c WHERE c.id = ?1"
    ))?
    .query_row([id], colleague_of)
    .optional()?
    .ok_or_else(|| Error::NotFound {
        what: "colleague",
        id: id.to_string(),
    })
}

/// The whole roster, by name.
pub fn all(conn: &Connection) -> Result<Vec<Colleague>> {
    let mut st = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM colleagues c ORDER BY c.name_key"
    ))?;
    let rows = st.query_map([], colleague_of)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Which colleagues dealt with the person, how often and last when; the most recent first.
pub fn touchpoints(conn: &Connection, person_rowid: i64) -> Result<Vec<Touchpoint>> {
    let mut st = conn.prepare_cached(
        "SELECT c.id, c.name, count(*), max(ip.occurred_at) FROM interaction_people ip
         JOIN interactions i ON i.rowid = ip.interaction_rowid
         JOIN colleagues c ON c.id = i.colleague_id
         WHERE ip.person_rowid = ?1
         GROUP BY c.id ORDER BY max(ip.occurred_at) DESC, c.name_key",
    )?;
    let rows = st.query_map([person_rowid], |r| {
        Ok(Touchpoint {
            colleague_id: r.get(0)?,
            colleague_name: r.get(1)?,
            count: r.get(2)?,
            last_at: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The person's contacts by a colleague from `from` to `to` (UTC, inclusive), oldest first; a
/// note does not count (it is written about a person, not sent to them). Read as
/// one range of interaction_people's primary key, so it stays cheap however big the book is.
pub fn contacts_between(
    conn: &Connection,
    person_rowid: i64,
    from: &str,
    to: &str,
) -> Result<Vec<CollisionContact>> {
    let mut st = conn.prepare_cached(
        "SELECT c.id, c.name, i.id, i.kind, ip.occurred_at FROM interaction_people ip
         JOIN interactions i ON i.rowid = ip.interaction_rowid
         JOIN colleagues c ON c.id = i.colleague_id
         WHERE ip.person_rowid = ?1 AND ip.occurred_at >= ?2 AND ip.occurred_at <= ?3
           AND i.kind <> 'note'
         ORDER BY ip.occurred_at, ip.interaction_rowid",
    )?;
    let rows = st.query_map(params![person_rowid, from, to], |r| {
        let kind: String = r.get(3)?;
        Ok(CollisionContact {
            colleague_id: r.get(0)?,
            colleague_name: r.get(1)?,
            interaction_id: r.get(2)?,
            kind: InteractionKind::parse(&kind).unwrap_or_default(),
            occurred_at: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The people two or more colleagues contacted since `since` (UTC): read from the recent end of
/// the interactions that name a colleague (a partial index), not from every person.
pub fn people_contacted_by_several(conn: &Connection, since: &str) -> Result<Vec<i64>> {
    let mut st = conn.prepare_cached(
        "SELECT ip.person_rowid FROM interactions i INDEXED BY interactions_with_colleague_by_time
         JOIN interaction_people ip ON ip.interaction_rowid = i.rowid
         WHERE i.colleague_id IS NOT NULL AND i.occurred_at >= ?1 AND i.kind <> 'note'
         GROUP BY ip.person_rowid HAVING count(DISTINCT i.colleague_id) >= 2",
    )?;
    let rows = st.query_map([since], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The person's owner: id and name.
pub fn owner_of(conn: &Connection, person_rowid: i64) -> Result<Option<(String, String)>> {
    Ok(conn
        .prepare_cached(
            "SELECT c.id, c.name FROM people p JOIN colleagues c ON c.id = p.owner_id
             WHERE p.rowid = ?1",
        )?
        .query_row([person_rowid], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

/// Sets (or, with `None`, clears) the person's owner.
pub fn set_owner(
    conn: &Connection,
    person_rowid: i64,
    owner: Option<&str>,
    now: &str,
) -> Result<()> {
    conn.prepare_cached("UPDATE people SET owner_id = ?2, updated_at = ?3 WHERE rowid = ?1")?
        .execute(params![person_rowid, owner, now])?;
    Ok(())
}
