//! Reading the relationship figures: monthly activity, exchanges by category, who is going cold, who only gives.

use crate::domain::interaction::{Exchange, ExchangeCount};
use crate::error::Result;
use rusqlite::{params, Connection};
use std::collections::HashMap;

/// Given, received and neutral interactions per month (`YYYY-MM`) of one person since `since_month`.
pub fn month_counts(
    c: &Connection,
    person: i64,
    since_month: &str,
) -> Result<HashMap<String, (u32, u32, u32)>> {
    let mut st = c.prepare_cached(
        "SELECT substr(ip.occurred_at, 1, 7) AS month, sum(i.direction = 'given'),
                sum(i.direction = 'received'), sum(i.direction = 'neutral')
         FROM interaction_people ip JOIN interactions i ON i.rowid = ip.interaction_rowid
         WHERE ip.person_rowid = ?1 AND ip.occurred_at >= ?2 GROUP BY month",
    )?;
    let mut found = HashMap::new();
    for row in st.query_map(params![person, since_month], |r| {
        Ok((r.get::<_, String>(0)?, (r.get(1)?, r.get(2)?, r.get(3)?)))
    })? {
        let (k, v) = row?;
        found.insert(k, v);
    }
    Ok(found)
}

/// Given/received per category for one person, since `since` (an RFC 3339 stamp; "" for all time).
pub fn exchange_counts(c: &Connection, person: i64, since: &str) -> Result<Vec<ExchangeCount>> {
    let mut st = c.prepare_cached(
        "SELECT i.exchange, sum(i.direction = 'given'), sum(i.direction = 'received')
         FROM interaction_people ip JOIN interactions i ON i.rowid = ip.interaction_rowid
         WHERE ip.person_rowid = ?1 AND ip.occurred_at >= ?2 AND i.direction <> 'neutral'
         GROUP BY i.exchange ORDER BY i.exchange",
    )?;
    let rows = st.query_map(params![person, since], |r| {
        Ok((
            r.get::<_, Option<String>>(0)?,
            r.get::<_, u32>(1)?,
            r.get::<_, u32>(2)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (e, given, received) = row?;
        out.push(ExchangeCount {
            exchange: e.as_deref().and_then(Exchange::parse),
            given,
            received,
        });
    }
    Ok(out)
}

/// A person's last contact, going-cold date, stage and own cadence, as stored on their row.
pub struct CadenceFields {
    pub last_interaction_at: Option<String>,
    pub cold_at: Option<String>,
    pub stage: String,
    pub cadence_days: Option<u32>,
}

pub fn cadence_fields(c: &Connection, person_id: &str) -> Result<CadenceFields> {
    Ok(c.prepare_cached(
        "SELECT last_interaction_at, cold_at, stage, cadence_days FROM people WHERE id = ?1",
    )?
    .query_row([person_id], |r| {
        Ok(CadenceFields {
            last_interaction_at: r.get(0)?,
            cold_at: r.get(1)?,
            stage: r.get(2)?,
            cadence_days: r.get(3)?,
        })
    })?)
}

/// People who gave us something and got nothing back yet, the most lopsided first: the first
/// entries of their own index (0017, whose condition is this WHERE, word for word).
pub fn takers(c: &Connection, limit: u32) -> Result<Vec<i64>> {
    let mut st = c.prepare_cached(
        "SELECT rowid FROM people INDEXED BY people_takers
         WHERE archived = 0 AND given_count = 0 AND received_count > 0
         ORDER BY received_count DESC, sort_name LIMIT ?1",
    )?;
    let ids = st
        .query_map([limit], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

/// People gone cold by `now` (RFC 3339): rowid, last contact, cold since; most overdue first.
/// The partial index on `cold_at` serves this without scanning people.
pub fn going_cold(c: &Connection, now: &str, limit: u32) -> Result<Vec<(i64, String, String)>> {
    let mut st = c.prepare_cached(
        // INDEXED BY: without statistics the planner prefers the archived index and sorts
        // everyone (47 ms at 100k); the partial index walks only the cold, in order.
        "SELECT rowid, last_interaction_at, cold_at FROM people INDEXED BY people_by_cold
         WHERE cold_at IS NOT NULL AND archived = 0 AND cold_at <= ?1 ORDER BY cold_at LIMIT ?2",
    )?;
    let rows = st
        .query_map(params![now, limit], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Who counts as never contacted on Today: no interaction written down, not archived, and a
/// relationship to keep (paused and do-not-contact people are left alone on purpose). The
/// partial index `people_never_contacted` (0017) has this very condition: change both or neither.
const NEVER_CONTACTED: &str = "ifnull(last_interaction_at, '') = '' AND archived = 0 \
    AND stage NOT IN ('paused', 'do_not_contact')";

/// The never contacted, longest in the book first: the first entries of their own index (0017),
/// named so the planner cannot walk everyone in creation order instead.
pub fn never_contacted(c: &Connection, limit: u32) -> Result<Vec<i64>> {
    let mut st = c.prepare_cached(&format!(
        "SELECT rowid FROM people INDEXED BY people_never_contacted WHERE {NEVER_CONTACTED}
         ORDER BY created_at, rowid LIMIT ?1"
    ))?;
    let ids = st
        .query_map([limit], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

pub fn never_contacted_count(c: &Connection) -> Result<u32> {
    Ok(c.prepare_cached(&format!(
        "SELECT count(*) FROM people INDEXED BY people_never_contacted WHERE {NEVER_CONTACTED}"
    ))?
    .query_row([], |r| r.get(0))?)
}
