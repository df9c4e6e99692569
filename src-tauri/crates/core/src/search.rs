//! Search as you type: accent- and case-insensitive prefix matching that never ranks an unbounded set.
//!
//! Two paths. A one-letter query walks the `person_keys` index (name words and handles) in order
//! and stops at the limit. Longer queries use FTS5; when the match set is small enough to rank
//! (≤ RANK_CAP) it is ranked with bm25, names first; when it is broad, name matches come first in
//! alphabetical order and the rest fill up in index order — both bounded by the limit.

use crate::domain::fold::words;
use crate::domain::person::PersonSummary;
use crate::error::Result;
use crate::store::filter::PersonFilter;
use crate::store::people::summaries_by_rowid;
use rusqlite::types::Value;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use ts_rs::TS;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct SearchReq {
    pub query: String,
    pub filter: PersonFilter,
    /// Defaults to 50, at most 500.
    pub limit: Option<u32>,
}

pub const DEFAULT_LIMIT: u32 = 50;
const MAX_LIMIT: u32 = 500;
/// Above this many FTS matches, ranking costs more than it is worth to someone still typing.
const RANK_CAP: usize = 2000;
/// Column weights for bm25: names, handles, bio, topics, tags, place, employer.
const BM25: &str = "bm25(person_fts, 12.0, 10.0, 1.0, 3.0, 3.0, 4.0, 3.0)";

pub fn search(conn: &Connection, req: &SearchReq) -> Result<Vec<PersonSummary>> {
    let limit = req.limit.unwrap_or(DEFAULT_LIMIT).clamp(1, MAX_LIMIT) as usize;
    let tokens: Vec<String> = words(&req.query).collect();
    if tokens.is_empty() {
        return Ok(Vec::new());
    }
    let rowids = if tokens.len() == 1 && tokens[0].chars().count() == 1 {
        by_name_key(conn, &tokens[0], &req.filter, limit)?
    } else {
        by_full_text(conn, &tokens, &req.filter, limit)?
    };
    summaries_by_rowid(conn, &rowids)
}

/// Walks name words and handles starting with `prefix`, alphabetically, up to `limit` people.
fn by_name_key(
    conn: &Connection,
    prefix: &str,
    filter: &PersonFilter,
    limit: usize,
) -> Result<Vec<i64>> {
    let mut params = vec![
        Value::Text(prefix.to_string()),
        Value::Text(upper_bound(prefix)),
    ];
    let cond = filter.to_sql(&mut params);
    // CROSS JOIN pins person_keys as the outer loop: the rows then come out in index order and
    // the loop below can stop at the limit; led by `people`, SQLite would sort them all first.
    let sql = format!(
        "SELECT k.person_rowid FROM person_keys k CROSS JOIN people p ON p.rowid = k.person_rowid
         WHERE k.key >= ?1 AND k.key < ?2 AND {cond} ORDER BY k.key, k.sort_name"
    );
    let mut st = conn.prepare_cached(&sql)?;
    let mut rows = st.query(rusqlite::params_from_iter(params.iter()))?;
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        if seen.insert(id) {
            out.push(id);
            if out.len() == limit {
                break;
            }
        }
    }
    Ok(out)
}

fn by_full_text(
    conn: &Connection,
    tokens: &[String],
    filter: &PersonFilter,
    limit: usize,
) -> Result<Vec<i64>> {
    // Tokens are letters and digits only (see `words`), so quoting cannot be broken out of.
    let all = tokens
        .iter()
        .map(|t| format!("\"{t}\"*"))
        .collect::<Vec<_>>()
        .join(" AND ");
    let count: usize = conn
        .prepare_cached(
            "SELECT count(*) FROM (SELECT 1 FROM person_fts WHERE person_fts MATCH ?1 LIMIT ?2)",
        )?
        .query_row(rusqlite::params![all, RANK_CAP as i64 + 1], |r| {
            r.get::<_, i64>(0)
        })? as usize;
    if count == 0 {
        return Ok(Vec::new());
    }
    if count <= RANK_CAP {
        return fts_rows(
            conn,
            &all,
            filter,
            limit,
            &format!("ORDER BY {BM25}, p.sort_name"),
        );
    }
    // Broad: people whose name or handle matches first, then anyone else who matches.
    let names = format!("{{names handles}} : ({all})");
    let mut out = fts_rows(conn, &names, filter, limit, "")?;
    if out.len() < limit {
        let seen: HashSet<i64> = out.iter().copied().collect();
        let rest = fts_rows(conn, &all, filter, limit + out.len(), "")?;
        out.extend(
            rest.into_iter()
                .filter(|r| !seen.contains(r))
                .take(limit - out.len()),
        );
    }
    Ok(out)
}

fn fts_rows(
    conn: &Connection,
    expr: &str,
    filter: &PersonFilter,
    limit: usize,
    order: &str,
) -> Result<Vec<i64>> {
    let mut params = vec![Value::Text(expr.to_string())];
    let cond = filter.to_sql(&mut params);
    let sql = format!(
        "SELECT p.rowid FROM person_fts JOIN people p ON p.rowid = person_fts.rowid
         WHERE person_fts MATCH ?1 AND {cond} {order} LIMIT {limit}"
    );
    let mut st = conn.prepare_cached(&sql)?;
    let ids = st
        .query_map(rusqlite::params_from_iter(params.iter()), |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

/// The smallest string greater than every string starting with `prefix`.
fn upper_bound(prefix: &str) -> String {
    format!("{prefix}\u{10FFFF}")
}
