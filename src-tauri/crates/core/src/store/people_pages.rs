//! Paging through people in a stable order with keyset cursors, so page N costs what page 1 costs.

use super::filter::{ArchivedFilter, PersonFilter};
use super::people_rows::{summary_from_row, SUMMARY_COLS};
use crate::api::{PersonListReq, PersonPage, PersonSort};
use crate::domain::person::PersonSummary;
use crate::error::{Error, Result};
use crate::search::terms::{
    initials_by, initials_expr, initials_sql, query_match, upper_bound, QueryMatch,
};
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

    let (total, broad) = match req.count_cap {
        Some(cap) => {
            let n = capped_count(conn, &req.filter, cap)?;
            (n, n > cap)
        }
        None => (matching_count(conn, &req.filter)?, false),
    };
    if req.limit == Some(0) {
        // The total only: the page's walk (a one-letter query's every key gathered to find a
        // first row) is what a caller wanting a count would otherwise pay for.
        return Ok(PersonPage {
            items: Vec::new(),
            next_cursor: None,
            total,
            country: req.filter.country_recognised().map(str::to_string),
            work: Vec::new(),
            conflicts: Vec::new(),
        });
    }
    let mut params: Vec<Value> = Vec::new();
    // A count stopped at its cap is no measure of how few match: the plan takes it as many.
    let mut sql = match plan(conn, req, if broad { u32::MAX } else { total })? {
        Plan::Rows { hint } => {
            let cond = req.filter.to_sql(&mut params);
            format!("SELECT {SUMMARY_COLS}, {col} FROM people p {hint} WHERE {cond}")
        }
        // The narrow table first (CROSS JOIN keeps SQLite from walking the sort's index in
        // search of the few), then each of them read and sorted.
        Plan::Few => {
            let cond = req.filter.to_count_sql(&mut params);
            format!(
                "SELECT {SUMMARY_COLS}, {col} FROM (SELECT p.rowid AS r FROM person_facets p WHERE {cond}) f \
                 CROSS JOIN people p ON p.rowid = f.r WHERE 1"
            )
        }
    };
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

/// How a page's rows are found.
enum Plan {
    /// Down the sort's index, each person checked until the page is full (`hint`: the
    /// `INDEXED BY` that makes SQLite walk it, or nothing to let it choose).
    Rows { hint: String },
    /// Few match: they are found in `person_facets` first, then read and sorted.
    Few,
}

/// A page of a filter matching a few in a thousand is found from the narrow table: walking the
/// sort's index would check ~1000 people for each row shown. Otherwise the walk down the index
/// checks about limit × book / total people, a few thousand at most; SQLite is told to take it,
/// as it otherwise often picks a filter's index and sorts every match (160 ms at 100k).
fn plan(conn: &Connection, req: &PersonListReq, total: u32) -> Result<Plan> {
    let f = &req.filter;
    let plain = PersonFilter {
        archived: f.archived,
        as_of: f.as_of.clone(),
        ..Default::default()
    };
    if *f == plain || !f.facets_suffice() {
        return Ok(Plan::Rows {
            hint: String::new(),
        });
    }
    // The largest rowid: the book's size give or take the erased, without counting it.
    let book: i64 = conn
        .prepare_cached("SELECT ifnull(max(rowid), 0) FROM person_facets")?
        .query_row([], |r| r.get(0))?;
    if i64::from(total) * FEW_IN < book {
        return Ok(Plan::Few);
    }
    // The sort indexes lead with `archived`: they give the order only for one value of it.
    let hint = match f.archived {
        ArchivedFilter::Include => String::new(),
        _ => format!("INDEXED BY {}", sort_index(req.sort)),
    };
    Ok(Plan::Rows { hint })
}

/// A filter matching fewer than one person in this many is read from `person_facets` first.
const FEW_IN: i64 = 40;

/// The index of 0001 or 0012 that holds `sort_expr` after `archived`.
fn sort_index(sort: PersonSort) -> &'static str {
    match sort {
        PersonSort::Name => "people_by_name",
        PersonSort::Created => "people_by_created",
        PersonSort::Updated => "people_by_updated",
        PersonSort::LastContact => "people_by_last_contact",
        PersonSort::NextFollowup => "people_by_next_followup",
        PersonSort::Audience => "people_by_audience",
        PersonSort::Cadence => "people_by_cadence",
    }
}

/// How many people match `filter` (its `as_of` set). When the filter reads only the facets
/// 0014 copies, the count runs over `person_facets`: a narrow table, not the people's rows.
pub fn matching_count(conn: &Connection, filter: &PersonFilter) -> Result<u32> {
    let mut params: Vec<Value> = Vec::new();
    if filter.facets_suffice() {
        let cond = filter.to_count_sql(&mut params);
        return count(conn, filter, "person_facets", &cond, &params);
    }
    let cond = filter.to_sql(&mut params);
    count(conn, filter, "people", &cond, &params)
}

/// How many people match `filter`, counting no further than `cap + 1`. With a query, its
/// matches drive the count (the name keys' or full-text index's entries in order, each person's
/// row then checked) and it stops at the cap; `matching_count` would first gather every match
/// of the query (a one-letter query names a third of the book). The same people as
/// `matching_count`'s, as the query's condition is the same as `PersonFilter::to_sql`'s.
pub fn capped_count(conn: &Connection, filter: &PersonFilter, cap: u32) -> Result<u32> {
    let Some(how) = filter.query.as_deref().and_then(query_match) else {
        return Ok(matching_count(conn, filter)?.min(cap.saturating_add(1)));
    };
    let rest = PersonFilter {
        query: None,
        ..filter.clone()
    };
    let table = if rest.facets_suffice() {
        "person_facets"
    } else {
        "people"
    };
    let (driver, mut params) = match how {
        QueryMatch::Key(prefix) => (
            "SELECT DISTINCT k.person_rowid FROM person_keys k CROSS JOIN {table} p \
             ON p.rowid = k.person_rowid WHERE k.key >= ?1 AND k.key < ?2"
                .to_string(),
            vec![
                Value::Text(prefix.clone()),
                Value::Text(upper_bound(&prefix)),
            ],
        ),
        QueryMatch::FullText { expr, initials } => {
            let by = initials_by(conn, &expr, &initials)?;
            let mut params = vec![Value::Text(initials_expr(expr, &initials, by))];
            let initials = initials_sql("f.rowid", &initials, by, &mut params);
            (
                format!(
                    "SELECT f.rowid FROM person_fts f CROSS JOIN {{table}} p ON p.rowid = f.rowid \
                     WHERE person_fts MATCH ?1{initials}"
                ),
                params,
            )
        }
    };
    let driver = driver.replace("{table}", table);
    let cond = rest.to_sql(&mut params);
    let sql = format!(
        "SELECT count(*) FROM ({driver} AND {cond} LIMIT {})",
        i64::from(cap) + 1
    );
    let n: i64 = conn
        .prepare_cached(&sql)?
        .query_row(rusqlite::params_from_iter(params.iter()), |r| r.get(0))?;
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
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
fn count(
    conn: &Connection,
    filter: &PersonFilter,
    table: &str,
    cond: &str,
    params: &[Value],
) -> Result<u32> {
    let plain = PersonFilter {
        archived: filter.archived,
        as_of: filter.as_of.clone(),
        ..Default::default()
    };
    let sql = if *filter != plain {
        format!("SELECT count(*) FROM {table} p WHERE {cond}")
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
