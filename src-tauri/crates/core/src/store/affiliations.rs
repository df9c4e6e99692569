//! SQL for brand affiliations and brand sides: a person's affiliations, the conflicts they raise, and the flags of a page of people read in one statement.

use crate::domain::affiliation::{
    conflict_of, Affiliation, AffiliationInput, AffiliationKind, BrandSide, Conflict, ConflictFlag,
    ConflictKind,
};
use crate::error::{Error, Result};
use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension, Row};
use std::collections::BTreeMap;

const SELECT: &str = "SELECT a.id, p.id, p.display_name, o.id, o.name, o.brand_side, a.kind,
     a.since, a.until, a.note, a.created_at, a.updated_at FROM affiliations a
     JOIN people p ON p.rowid = a.person_rowid
     JOIN organizations o ON o.rowid = a.organization_rowid";

fn affiliation_of(r: &Row<'_>) -> rusqlite::Result<Affiliation> {
    Ok(Affiliation {
        id: r.get(0)?,
        person_id: r.get(1)?,
        person_name: r.get(2)?,
        brand_id: r.get(3)?,
        brand_name: r.get(4)?,
        brand_side: BrandSide::parse(&r.get::<_, String>(5)?).unwrap_or_default(),
        kind: AffiliationKind::parse(&r.get::<_, String>(6)?)
            .unwrap_or(AffiliationKind::Ambassador),
        since: r.get(7)?,
        until: r.get(8)?,
        note: r.get(9)?,
        created_at: r.get(10)?,
        updated_at: r.get(11)?,
    })
}

/// An affiliation by id, or `None`.
pub fn find(conn: &Connection, id: &str) -> Result<Option<Affiliation>> {
    Ok(conn
        .prepare_cached(&format!("{SELECT} WHERE a.id = ?1"))?
        .query_row([id], affiliation_of)
        .optional()?)
}

/// An affiliation by id, or `NotFound`.
pub fn get(conn: &Connection, id: &str) -> Result<Affiliation> {
    find(conn, id)?.ok_or_else(|| Error::NotFound {
        what: "affiliation",
        id: id.to_string(),
    })
}

/// Records an affiliation; `person` and `brand` are rowids.
pub fn insert(
    conn: &Connection,
    id: &str,
    (person, brand): (i64, i64),
    a: &AffiliationInput,
    (created_at, updated_at): (&str, &str),
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO affiliations (id, person_rowid, organization_rowid, kind, since, until, note, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        id,
        person,
        brand,
        a.kind.as_str(),
        a.since,
        a.until,
        a.note,
        created_at,
        updated_at
    ])?;
    Ok(())
}

/// Replaces an affiliation's fields (its person, brand, kind, dates and note).
pub fn update(
    conn: &Connection,
    id: &str,
    (person, brand): (i64, i64),
    a: &AffiliationInput,
    now: &str,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE affiliations SET person_rowid = ?2, organization_rowid = ?3, kind = ?4, since = ?5,
         until = ?6, note = ?7, updated_at = ?8 WHERE id = ?1",
    )?
    .execute(params![
        id,
        person,
        brand,
        a.kind.as_str(),
        a.since,
        a.until,
        a.note,
        now
    ])?;
    Ok(())
}

pub fn delete(conn: &Connection, id: &str) -> Result<()> {
    match conn.execute("DELETE FROM affiliations WHERE id = ?1", [id])? {
        0 => Err(Error::NotFound {
            what: "affiliation",
            id: id.to_string(),
        }),
        _ => Ok(()),
    }
}

/// A person's affiliations: running ones first, then the latest ended, then by brand.
pub fn of_person(conn: &Connection, person_rowid: i64) -> Result<Vec<Affiliation>> {
    let mut st = conn.prepare_cached(&format!(
        "{SELECT} WHERE a.person_rowid = ?1
         ORDER BY a.until IS NOT NULL, a.until DESC, o.name_key, a.rowid"
    ))?;
    let rows = st.query_map([person_rowid], affiliation_of)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every affiliation, oldest first (a whole-book bundle), or those of the people in `only`.
pub fn all(conn: &Connection, only: Option<&[i64]>) -> Result<Vec<Affiliation>> {
    let mut st = conn.prepare_cached(&format!("{SELECT} ORDER BY a.rowid"))?;
    let rows = st.query_map([], affiliation_of)?;
    let mut all: Vec<Affiliation> = rows.collect::<rusqlite::Result<_>>()?;
    if let Some(only) = only {
        let ids = person_ids(conn, only)?;
        all.retain(|a| ids.contains(&a.person_id));
    }
    Ok(all)
}

fn person_ids(conn: &Connection, rowids: &[i64]) -> Result<std::collections::HashSet<String>> {
    let mut st = conn.prepare_cached("SELECT id FROM people WHERE rowid = ?1")?;
    let mut out = std::collections::HashSet::new();
    for &r in rowids {
        if let Some(id) = st.query_row([r], |x| x.get(0)).optional()? {
            out.insert(id);
        }
    }
    Ok(out)
}

/// The rows that can raise a conflict on `today`: not ended, and either a competitor's or an
/// exclusivity not ours. `cond` narrows to some people (with `params` after `today`'s `?1`).
const CANDIDATES: &str = "SELECT p.id, p.display_name, a.id, a.kind, o.id, o.name, o.brand_side,
     a.since, a.until FROM affiliations a
     JOIN organizations o ON o.rowid = a.organization_rowid
     JOIN people p ON p.rowid = a.person_rowid
     WHERE (a.until IS NULL OR a.until > ?1)
       AND (o.brand_side = 'competitor' OR (a.kind = 'exclusive' AND o.brand_side <> 'ours'))";

fn conflicts_where(
    conn: &Connection,
    cond: &str,
    params: &[Value],
    today: &str,
) -> Result<Vec<Conflict>> {
    let sql = format!("{CANDIDATES} AND {cond} ORDER BY p.sort_name, p.rowid, o.name_key, a.rowid");
    let mut all = vec![Value::Text(today.to_string())];
    all.extend_from_slice(params);
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st.query_map(rusqlite::params_from_iter(all.iter()), |r| {
        let side = BrandSide::parse(&r.get::<_, String>(6)?).unwrap_or_default();
        let kind = AffiliationKind::parse(&r.get::<_, String>(3)?);
        let (since, until): (Option<String>, Option<String>) = (r.get(7)?, r.get(8)?);
        let found =
            kind.and_then(|k| conflict_of(side, k, since.as_deref(), until.as_deref(), today));
        let Some(c) = found else {
            return Ok(None);
        };
        Ok(Some(Conflict {
            person_id: r.get(0)?,
            person_name: r.get(1)?,
            kind: c,
            affiliation_id: Some(r.get(2)?),
            affiliation_kind: kind,
            brand_id: Some(r.get(4)?),
            brand_name: Some(r.get(5)?),
            since,
            until,
        }))
    })?;
    let mut out = Vec::new();
    for row in rows {
        out.extend(row?);
    }
    Ok(out)
}

/// The "do not contact" conflict of a person whose stage says so.
fn do_not_contact(person_id: String, person_name: String) -> Conflict {
    Conflict {
        person_id,
        person_name,
        kind: ConflictKind::DoNotContact,
        affiliation_id: None,
        affiliation_kind: None,
        brand_id: None,
        brand_name: None,
        since: None,
        until: None,
    }
}

/// A person's conflicts on `today` (YYYY-MM-DD): "do not contact" first, then their brands'.
pub fn conflicts_of(conn: &Connection, person_rowid: i64, today: &str) -> Result<Vec<Conflict>> {
    let (id, name, stage): (String, String, String) = conn
        .prepare_cached("SELECT id, display_name, stage FROM people WHERE rowid = ?1")?
        .query_row([person_rowid], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    let mut out = Vec::new();
    if stage == "do_not_contact" {
        out.push(do_not_contact(id, name));
    }
    out.extend(conflicts_where(
        conn,
        "a.person_rowid = ?2",
        &[Value::Integer(person_rowid)],
        today,
    )?);
    Ok(out)
}

/// The conflicts of everyone attending `event_rowid` on `today`, by person id, each person's as
/// `conflicts_of` orders them: two statements for the whole list, not two per attendee.
pub fn conflicts_at_event(
    conn: &Connection,
    event_rowid: i64,
    today: &str,
) -> Result<BTreeMap<String, Vec<Conflict>>> {
    let mut by_person: BTreeMap<String, Vec<Conflict>> = BTreeMap::new();
    let mut st = conn.prepare_cached(
        "SELECT p.id, p.display_name FROM event_attendees e JOIN people p ON p.rowid = e.person_rowid
         WHERE e.event_rowid = ?1 AND p.stage = 'do_not_contact'",
    )?;
    let rows = st.query_map([event_rowid], |r| Ok((r.get(0)?, r.get(1)?)))?;
    for row in rows {
        let (id, name): (String, String) = row?;
        by_person
            .entry(id.clone())
            .or_default()
            .push(do_not_contact(id, name));
    }
    let brands = conflicts_where(
        conn,
        "a.person_rowid IN (SELECT person_rowid FROM event_attendees WHERE event_rowid = ?2)",
        &[Value::Integer(event_rowid)],
        today,
    )?;
    for c in brands {
        by_person.entry(c.person_id.clone()).or_default().push(c);
    }
    Ok(by_person)
}

/// The flags of a page of people (by id) on `today`: one statement for the page, whatever its
/// size, so the People table does not query row by row. Only flagged people are returned.
pub fn flags(conn: &Connection, person_ids: &[String], today: &str) -> Result<Vec<ConflictFlag>> {
    if person_ids.is_empty() {
        return Ok(Vec::new());
    }
    let marks = (2..person_ids.len() + 2)
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(",");
    let sql = format!(
        "SELECT p.id, 'do_not_contact', NULL, NULL, NULL, NULL FROM people p
         WHERE p.id IN ({marks}) AND p.stage = 'do_not_contact'
         UNION ALL
         SELECT p.id, o.brand_side, a.kind, a.since, a.until, 1 FROM affiliations a
         JOIN organizations o ON o.rowid = a.organization_rowid
         JOIN people p ON p.rowid = a.person_rowid
         WHERE p.id IN ({marks}) AND (a.until IS NULL OR a.until > ?1)
           AND (o.brand_side = 'competitor' OR (a.kind = 'exclusive' AND o.brand_side <> 'ours'))"
    );
    let mut params = vec![Value::Text(today.to_string())];
    params.extend(person_ids.iter().map(|s| Value::Text(s.clone())));
    let mut st = conn.prepare(&sql)?;
    let rows = st.query_map(rusqlite::params_from_iter(params.iter()), |r| {
        let id: String = r.get(0)?;
        let first: String = r.get(1)?;
        let brand: Option<i64> = r.get(5)?;
        let kind = match brand {
            None => Some(ConflictKind::DoNotContact),
            Some(_) => {
                let side = BrandSide::parse(&first).unwrap_or_default();
                let since: Option<String> = r.get(3)?;
                let until: Option<String> = r.get(4)?;
                AffiliationKind::parse(&r.get::<_, String>(2)?)
                    .and_then(|k| conflict_of(side, k, since.as_deref(), until.as_deref(), today))
            }
        };
        Ok((id, kind))
    })?;
    let mut by_person: BTreeMap<String, Vec<ConflictKind>> = BTreeMap::new();
    for row in rows {
        let (id, kind) = row?;
        if let Some(k) = kind {
            let kinds = by_person.entry(id).or_default();
            if !kinds.contains(&k) {
                kinds.push(k);
            }
        }
    }
    // In the page's order.
    Ok(person_ids
        .iter()
        .filter_map(|id| {
            by_person.remove(id).map(|kinds| ConflictFlag {
                person_id: id.clone(),
                kinds,
            })
        })
        .collect())
}

/// Marks an organization as our brand, a competitor's, or neither.
pub fn set_side(conn: &Connection, org_rowid: i64, side: BrandSide, now: &str) -> Result<()> {
    conn.prepare_cached(
        "UPDATE organizations SET brand_side = ?2, updated_at = ?3 WHERE rowid = ?1",
    )?
    .execute(params![org_rowid, side.as_str(), now])?;
    Ok(())
}
