//! Search as you type: accent- and case-insensitive prefix matching that never ranks an unbounded set.
//!
//! Two paths. A one-letter query walks the `person_keys` index (name words and handles) in order
//! and stops at the limit. Longer queries use FTS5; when the match set is small enough to rank
//! (≤ RANK_CAP) it is ranked with bm25, names first; when it is broad, name matches come first in
//! alphabetical order and the rest fill up in index order — both bounded by the limit; a
//! one-letter word beside longer ones is a name's or handle's initial (`terms::initials`). Before
//! either, the people the query names exactly (whole name, e-mail, handle or name word, phone
//! number) are found by index seeks and come first.

use super::terms::{
    initials_by, initials_expr, initials_sql, phone_query, query_match, upper_bound, InitialsBy,
    QueryMatch,
};
use crate::api::SearchReq;
use crate::domain::fold::fold;
use crate::domain::person::PersonSummary;
use crate::error::Result;
use crate::store::filter::{ArchivedFilter, PersonFilter};
use crate::store::people::summaries_by_rowid;
use rusqlite::types::Value;
use rusqlite::{params, Connection};
use std::cell::OnceCell;
use std::collections::HashSet;

pub const DEFAULT_LIMIT: u32 = 50;
const MAX_LIMIT: u32 = 500;
/// Above this many FTS matches, ranking costs more than it is worth to someone still typing:
/// ranking costs ~1.3 µs a match at 100k people (bm25 plus the row for the tie-break), so 1000
/// keeps the ranked path near 1.5 ms, where 2000 put it past 5 ms on a busy 2-core machine.
const RANK_CAP: usize = 1000;
/// Column weights for bm25: names, handles, bio, topics, tags, place, employer, e-mails, phones.
const BM25: &str = "bm25(person_fts, 12.0, 10.0, 1.0, 3.0, 3.0, 4.0, 3.0, 10.0, 10.0)";

pub fn search(conn: &Connection, req: &SearchReq) -> Result<Vec<PersonSummary>> {
    let limit = req.limit.unwrap_or(DEFAULT_LIMIT).clamp(1, MAX_LIMIT) as usize;
    let Some(how) = query_match(&req.query) else {
        return Ok(Vec::new());
    };
    let filter = Filter::new(&req.filter);
    let (mut seen, mut out) = (HashSet::new(), Vec::new());
    exact(conn, &req.query, &filter, &mut seen, &mut out, limit)?;
    match how {
        QueryMatch::Key(prefix) => by_name_key(conn, &prefix, &filter, &mut seen, &mut out, limit)?,
        QueryMatch::FullText { expr, initials } => by_full_text(
            conn,
            &Text::new(conn, expr, initials)?,
            &filter,
            &mut seen,
            &mut out,
            limit,
        )?,
    }
    summaries_by_rowid(conn, &out)
}

/// People whose whole name, e-mail address, handle or name word, or phone number is exactly
/// what was typed come before those it only begins: `@cam1` before `@cam10`, `@cam123`…
/// Index seeks only (the name, e-mail and word-key indexes, exact full-text terms), each walk
/// stopped at the limit.
fn exact(
    conn: &Connection,
    query: &str,
    filter: &Filter,
    seen: &mut HashSet<i64>,
    out: &mut Vec<i64>,
    limit: usize,
) -> Result<()> {
    let q = query.trim();
    let mut walk = |sql: &str, value: String| -> Result<()> {
        let mut st = conn.prepare_cached(sql)?;
        let rows = st.query_map([value], |r| r.get(0))?;
        filter.take(conn, rows, seen, out, limit)
    };
    walk(
        "SELECT rowid FROM people WHERE archived IN (0, 1) AND sort_name = ?1",
        fold(q),
    )?;
    walk(
        "SELECT person_rowid FROM person_emails WHERE email_norm = ?1",
        q.to_lowercase(),
    )?;
    walk(
        "SELECT person_rowid FROM person_keys WHERE key = ?1 ORDER BY sort_name",
        fold(q.trim_start_matches('@')),
    )?;
    if let Some(forms) = phone_query(q) {
        let terms: Vec<String> = forms.iter().map(|f| format!("\"{f}\"")).collect();
        walk(
            "SELECT rowid FROM person_fts WHERE person_fts MATCH ?1",
            format!("phones : ({})", terms.join(" OR ")),
        )?;
    }
    Ok(())
}

/// A walk checks candidates row by row (~3 µs each) while the pass rate seen so far says the
/// page will fill within this many more checks; otherwise it reads the facets' index sets
/// (~0.1 µs a person in them) once, and then reads rows only for candidates in the sets.
const ROW_CHECKS: usize = 400;
/// Candidates checked before the pass rate is trusted.
const ROW_PROBE: usize = 64;

/// The request's filter for the walks, which may pass over thousands of candidates to find the
/// few a rare filter allows. Each candidate is checked by SQL on its row (the filter's own
/// condition, so the result is exactly what a join would give); once the filter proves rare,
/// candidates outside the facet sets (`PersonFilter::facet_rowids`) are dropped first, unread.
/// The city is always checked against its set: per row it is a full-text query (~35 µs).
struct Filter<'a> {
    req: &'a PersonFilter,
    by_row: PersonFilter,
    city: OnceCell<Option<Vec<i64>>>,
    facets: OnceCell<Option<Vec<i64>>>,
}

impl<'a> Filter<'a> {
    fn new(req: &'a PersonFilter) -> Filter<'a> {
        Filter {
            req,
            by_row: PersonFilter {
                city: None,
                ..req.clone()
            },
            city: OnceCell::new(),
            facets: OnceCell::new(),
        }
    }

    /// Moves the candidates the filter allows into `out`, in order, up to `limit` in all,
    /// skipping `seen` ones.
    fn take(
        &self,
        conn: &Connection,
        candidates: impl Iterator<Item = rusqlite::Result<i64>>,
        seen: &mut HashSet<i64>,
        out: &mut Vec<i64>,
        limit: usize,
    ) -> Result<()> {
        let mut params = vec![Value::Null];
        let cond = self.by_row.to_sql(&mut params);
        let city_only = PersonFilter {
            city: self.req.city.clone(),
            archived: ArchivedFilter::Include,
            ..Default::default()
        };
        let mut row_ok = conn.prepare_cached(&format!(
            "SELECT 1 FROM people p WHERE p.rowid = ?1 AND {cond}"
        ))?;
        let (mut checked, mut use_sets, start) = (0, false, out.len());
        for id in candidates {
            if out.len() >= limit {
                break;
            }
            let id = id?;
            if seen.contains(&id) {
                continue;
            }
            checked += 1;
            if !use_sets && checked > ROW_PROBE {
                let found = out.len() - start;
                let needed = limit - out.len();
                use_sets = needed * checked > ROW_CHECKS * found.max(1);
            }
            let sets = if use_sets {
                lazy(&self.facets, || self.req.facet_rowids(conn))?
            } else {
                lazy(&self.city, || city_only.facet_rowids(conn))?
            };
            if sets.is_some_and(|f| f.binary_search(&id).is_err()) {
                continue;
            }
            params[0] = Value::Integer(id);
            if row_ok.exists(rusqlite::params_from_iter(params.iter()))? {
                seen.insert(id);
                out.push(id);
            }
        }
        Ok(())
    }
}

/// The value of `cell`, computed by `f` the first time.
fn lazy(
    cell: &OnceCell<Option<Vec<i64>>>,
    f: impl FnOnce() -> Result<Option<Vec<i64>>>,
) -> Result<Option<&[i64]>> {
    if cell.get().is_none() {
        let _ = cell.set(f()?);
    }
    Ok(cell.get().and_then(|v| v.as_deref()))
}

/// Walks name words and handles starting with `prefix`, alphabetically, up to `limit` people.
/// The walk reads only the key index (in key, then name order) and stops at the limit.
fn by_name_key(
    conn: &Connection,
    prefix: &str,
    filter: &Filter,
    seen: &mut HashSet<i64>,
    out: &mut Vec<i64>,
    limit: usize,
) -> Result<()> {
    let mut st = conn.prepare_cached(
        "SELECT person_rowid FROM person_keys WHERE key >= ?1 AND key < ?2 ORDER BY key, sort_name",
    )?;
    let rows = st.query_map(params![prefix, upper_bound(prefix)], |r| r.get(0))?;
    filter.take(conn, rows, seen, out, limit)
}

/// A full-text query: its expression, and the initials its matches' names or handles must have.
struct Text {
    expr: String,
    initials: Vec<String>,
    by: InitialsBy,
}

impl Text {
    /// The initials' check chosen by cost, and the expression it matches (`terms::initials_by`).
    fn new(conn: &Connection, expr: String, initials: Vec<String>) -> Result<Text> {
        let by = initials_by(conn, &expr, &initials)?;
        let expr = initials_expr(expr, &initials, by);
        Ok(Text { expr, initials, by })
    }

    /// `SELECT rowid FROM person_fts WHERE …` for `expr` (?1) and the initials, with its values.
    fn select(&self, expr: String) -> (String, Vec<Value>) {
        let mut params = vec![Value::Text(expr)];
        let cond = initials_sql("person_fts.rowid", &self.initials, self.by, &mut params);
        (
            format!("SELECT rowid FROM person_fts WHERE person_fts MATCH ?1{cond}"),
            params,
        )
    }
}

fn by_full_text(
    conn: &Connection,
    text: &Text,
    filter: &Filter,
    seen: &mut HashSet<i64>,
    out: &mut Vec<i64>,
    limit: usize,
) -> Result<()> {
    if out.len() >= limit {
        return Ok(());
    }
    let all = &text.expr;
    let (select, params) = text.select(all.clone());
    let count: usize = conn
        .prepare_cached(&format!(
            "SELECT count(*) FROM ({select} LIMIT {})",
            RANK_CAP + 1
        ))?
        .query_row(rusqlite::params_from_iter(params.iter()), |r| {
            r.get::<_, i64>(0)
        })? as usize;
    if count == 0 {
        return Ok(());
    }
    if count <= RANK_CAP {
        // The exact matches already taken are among the ranked ones, skipped below.
        let ranked = ranked(conn, text, filter.req, limit)?;
        for id in ranked {
            if out.len() < limit && seen.insert(id) {
                out.push(id);
            }
        }
        return Ok(());
    }
    // Broad: people whose name, handle or e-mail matches first, then anyone else who matches,
    // each in index order; the walks read the full-text index only, and rows only for what passes.
    for expr in [
        format!("{{names handles emails}} : ({all})"),
        all.to_string(),
    ] {
        let (select, params) = text.select(expr);
        let mut st = conn.prepare_cached(&select)?;
        let rows = st.query_map(rusqlite::params_from_iter(params.iter()), |r| r.get(0))?;
        filter.take(conn, rows, seen, out, limit)?;
    }
    Ok(())
}

/// At most RANK_CAP matches: bm25 with names weighted first, ties by name.
fn ranked(conn: &Connection, text: &Text, filter: &PersonFilter, limit: usize) -> Result<Vec<i64>> {
    let mut params = vec![Value::Text(text.expr.clone())];
    let initials = initials_sql("person_fts.rowid", &text.initials, text.by, &mut params);
    let cond = filter.to_sql(&mut params);
    let sql = format!(
        "SELECT p.rowid FROM person_fts JOIN people p ON p.rowid = person_fts.rowid
         WHERE person_fts MATCH ?1{initials} AND {cond} ORDER BY {BM25}, p.sort_name LIMIT {limit}"
    );
    let mut st = conn.prepare_cached(&sql)?;
    let ids = st
        .query_map(rusqlite::params_from_iter(params.iter()), |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}
