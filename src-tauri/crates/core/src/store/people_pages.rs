//! Paging through people in a stable order with keyset cursors, so page N costs what page 1 costs.

use super::filter::{ArchivedFilter, PersonFilter};
use super::people_rows::{summary_from_row, SUMMARY_COLS};
use crate::api::{PersonListReq, PersonPage, PersonSort};
use crate::domain::person::PersonSummary;
use crate::error::{Error, Result};
use rusqlite::types::Value;
use rusqlite::Connection;

pub const DEFAULT_LIMIT: u32 = 100;
pub const MAX_LIMIT: u32 = 1000;

/// The exact expressions the indexes of 0001 and 0010 hold, so a first page is an index walk.
fn sort_expr(sort: PersonSort) -> &'static str {
    match sort {
        PersonSort::Name => "p.sort_name",
        PersonSort::Created => "p.created_at",
        PersonSort::Updated => "p.updated_at",
        PersonSort::LastContact => "ifnull(p.last_interaction_at, '')",
        PersonSort::NextFollowup => "ifnull(p.next_followup_at, '~')",
        PersonSort::Audience => "ifnull(p.audience_max, -1)",
        PersonSort::Cadence => "ifnull(p.cold_at, '~')",
    }
}

pub fn page(conn: &Connection, req: &PersonListReq) -> Result<PersonPage> {
    let limit = req.limit.unwrap_or(DEFAULT_LIMIT).clamp(1, MAX_LIMIT);
    let col = sort_expr(req.sort);
    let (dir, cmp) = if req.descending {
        ("DESC", "<")
    } else {
        ("ASC", ">")
    };

    let mut params: Vec<Value> = Vec::new();
    let cond = req.filter.to_sql(&mut params);
    let total = count(conn, &req.filter, &cond, &params)?;

    let mut sql = format!("SELECT {SUMMARY_COLS}, {col} FROM people p WHERE {cond}");
    if let Some(c) = &req.cursor {
        let (value, rowid) = decode_cursor(c)?;
        params.push(value);
        params.push(Value::Integer(rowid));
        let n = params.len();
        sql.push_str(&format!(" AND ({col}, p.rowid) {cmp} (?{}, ?{n})", n - 1));
    }
    sql.push_str(&format!(
        " ORDER BY {col} {dir}, p.rowid {dir} LIMIT {}",
        limit + 1
    ));
    if req.cursor.is_none() {
        if let Some(off) = req.offset {
            sql.push_str(&format!(" OFFSET {off}"));
        }
    }
    let mut st = conn.prepare_cached(&sql)?;
    // One row past the page tells whether another page exists without a second query.
    let mut rows: Vec<(PersonSummary, Value, i64)> = st
        .query_map(rusqlite::params_from_iter(params.iter()), |r| {
            Ok((summary_from_row(r)?, r.get(12)?, r.get(0)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let more = rows.len() > limit as usize;
    rows.truncate(limit as usize);
    let next_cursor = match rows.last() {
        Some((_, value, rowid)) if more => Some(encode_cursor(value, *rowid)),
        _ => None,
    };
    let rowids: Vec<i64> = rows.iter().map(|r| r.2).collect();
    let now = req.filter.as_of.clone().unwrap_or_default();
    let work = super::people_work::work(conn, &rowids, &now)?;
    let items = rows.into_iter().map(|(s, _, _)| s).collect();
    Ok(PersonPage {
        items,
        next_cursor,
        total,
        country: req.filter.country_recognised().map(str::to_string),
        work,
        conflicts: Vec::new(),
    })
}

/// How many people match `filter` (its `as_of` set).
pub fn matching_count(conn: &Connection, filter: &PersonFilter) -> Result<u32> {
    let mut params: Vec<Value> = Vec::new();
    let cond = filter.to_sql(&mut params);
    count(conn, filter, &cond, &params)
}

/// The ids of everyone matching, in the sort's order: what an export of a smart list writes.
pub fn matching_ids(conn: &Connection, req: &PersonListReq) -> Result<Vec<String>> {
    let mut params: Vec<Value> = Vec::new();
    let cond = req.filter.to_sql(&mut params);
    let dir = if req.descending { "DESC" } else { "ASC" };
    let sql = format!(
        "SELECT p.id FROM people p WHERE {cond} ORDER BY {} {dir}, p.rowid {dir}",
        sort_expr(req.sort)
    );
    let mut st = conn.prepare(&sql)?;
    let ids = st
        .query_map(rusqlite::params_from_iter(params.iter()), |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

/// How many people match. Without facets the count comes from the table's size less the archived
/// (SQLite counts a whole table from its pages, ~0.05 ms at 100k, where `archived = 0` reads every
/// entry of an index, ~3 ms: the cost of every page of the default list).
fn count(conn: &Connection, filter: &PersonFilter, cond: &str, params: &[Value]) -> Result<u32> {
    let plain = PersonFilter {
        archived: filter.archived,
        as_of: filter.as_of.clone(),
        ..Default::default()
    };
    let sql = if *filter != plain {
        format!("SELECT count(*) FROM people p WHERE {cond}")
    } else {
        match filter.archived {
            ArchivedFilter::Include => "SELECT count(*) FROM people".into(),
            ArchivedFilter::Only => "SELECT count(*) FROM people WHERE archived = 1".into(),
            ArchivedFilter::Hide => "SELECT (SELECT count(*) FROM people) \
                - (SELECT count(*) FROM people WHERE archived = 1)"
                .into(),
        }
    };
    let total = conn
        .prepare_cached(&sql)?
        .query_row(rusqlite::params_from_iter(params.iter()), |r| r.get(0))?;
    Ok(total)
}

/// The sort value (text, or a number for the audience) and the rowid, as JSON.
fn encode_cursor(value: &Value, rowid: i64) -> String {
    let v = match value {
        Value::Integer(i) => serde_json::Value::from(*i),
        Value::Text(t) => serde_json::Value::from(t.as_str()),
        _ => serde_json::Value::Null,
    };
    serde_json::to_string(&(v, rowid)).expect("a tuple of a JSON value and integer serialises")
}

fn decode_cursor(c: &str) -> Result<(Value, i64)> {
    let bad = || Error::invalid("cursor", "this page cursor is not one Liaison made");
    let (v, rowid): (serde_json::Value, i64) = serde_json::from_str(c).map_err(|_| bad())?;
    let value = match v {
        serde_json::Value::String(s) => Value::Text(s),
        serde_json::Value::Number(n) => Value::Integer(n.as_i64().ok_or_else(bad)?),
        _ => return Err(bad()),
    };
    Ok((value, rowid))
}
