//! A bulk change as set-based SQL: who it is for, who it would change, the previous values it keeps for undo, and the change itself — one statement per step, never one per person, so 100k people take a handful of statements.

use super::{lists, people, tombstones};
use crate::api::{BulkChange, BulkTarget};
use crate::clock::stamp;
use crate::domain::cadence;
use crate::domain::fold::fold;
use crate::domain::person::Stage;
use crate::error::{Error, FieldError, Result};
use crate::store::filter::PersonFilter;
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection};

/// How many bulk changes keep what their undo needs: older ones are forgotten, so the undo
/// table stays a few hundred thousand short rows however long a book is worked.
pub(crate) const KEPT: i64 = 20;

/// The people a step reached, as a `SELECT` of rowids over `bulk_before`.
pub(crate) fn step_set(bulk: i64, step: usize) -> String {
    format!("SELECT person_rowid FROM bulk_before WHERE bulk_rowid = {bulk} AND step = {step}")
}

/// A step with what it names looked up: a tag's folded key, a list's rowid.
pub(crate) enum Step {
    AddTag { key: String, label: String },
    RemoveTag { key: String },
    Column { column: &'static str, value: Value },
    AddToList { rowid: i64, id: String },
    RemoveFromList { rowid: i64, id: String },
    Delete,
}

/// A tag as the person form keeps it: without `#`, trimmed; its key folded.
pub(crate) fn tag(t: &str) -> Result<(String, String)> {
    let label = t.trim().trim_start_matches('#').trim().to_string();
    if label.is_empty() {
        return Err(Error::Validation(vec![FieldError::new(
            "tag",
            "give the tag to add or remove",
        )]));
    }
    Ok((fold(&label), label))
}

/// Checks a change and looks up what it names; an unknown list is `not_found`.
pub(crate) fn resolve(conn: &Connection, c: &BulkChange) -> Result<Step> {
    Ok(match c {
        BulkChange::AddTag { tag: t } => {
            let (key, label) = tag(t)?;
            Step::AddTag { key, label }
        }
        BulkChange::RemoveTag { tag: t } => Step::RemoveTag { key: tag(t)?.0 },
        BulkChange::SetStage { stage } => column("stage", Value::Text(stage.as_str().into())),
        BulkChange::SetKind { person_kind } => {
            column("kind", Value::Text(person_kind.as_str().into()))
        }
        BulkChange::SetCadence { days } => {
            if matches!(days, Some(d) if !(1..=3650).contains(d)) {
                return Err(Error::Validation(vec![FieldError::new(
                    "cadence_days",
                    "a cadence is between 1 and 3650 days",
                )]));
            }
            column(
                "cadence_days",
                days.map_or(Value::Null, |d| Value::Integer(d.into())),
            )
        }
        BulkChange::AddToList { list_id } => Step::AddToList {
            rowid: lists::rowid_of(conn, list_id)?,
            id: list_id.clone(),
        },
        BulkChange::RemoveFromList { list_id } => Step::RemoveFromList {
            rowid: lists::rowid_of(conn, list_id)?,
            id: list_id.clone(),
        },
        BulkChange::Archive => column("archived", Value::Integer(1)),
        BulkChange::Unarchive => column("archived", Value::Integer(0)),
        BulkChange::Delete => Step::Delete,
    })
}

fn column(column: &'static str, value: Value) -> Step {
    Step::Column { column, value }
}

impl Step {
    /// A condition on `p` (people): the step would change this person. Its values go to `params`.
    pub(crate) fn would_change(&self, params: &mut Vec<Value>) -> String {
        let mut at = |v: Value| {
            params.push(v);
            params.len()
        };
        match self {
            Step::AddTag { key, .. } => format!(
                "NOT EXISTS (SELECT 1 FROM person_tags x WHERE x.tag = ?{} AND x.person_rowid = p.rowid)",
                at(Value::Text(key.clone()))
            ),
            Step::RemoveTag { key } => format!(
                "EXISTS (SELECT 1 FROM person_tags x WHERE x.tag = ?{} AND x.person_rowid = p.rowid)",
                at(Value::Text(key.clone()))
            ),
            Step::Column { column, value } => {
                format!("p.{column} IS NOT ?{}", at(value.clone()))
            }
            Step::AddToList { rowid, .. } => format!(
                "NOT EXISTS (SELECT 1 FROM list_members m WHERE m.list_rowid = ?{} AND m.person_rowid = p.rowid)",
                at(Value::Integer(*rowid))
            ),
            Step::RemoveFromList { rowid, .. } => format!(
                "EXISTS (SELECT 1 FROM list_members m WHERE m.list_rowid = ?{} AND m.person_rowid = p.rowid)",
                at(Value::Integer(*rowid))
            ),
            Step::Delete => "1".into(),
        }
    }

    /// What undo needs of a person the step changes: the value it overwrites or takes away.
    fn before(&self, params: &mut Vec<Value>) -> String {
        match self {
            Step::RemoveTag { key } => {
                params.push(Value::Text(key.clone()));
                format!(
                    "(SELECT label FROM person_tags x WHERE x.tag = ?{} AND x.person_rowid = p.rowid)",
                    params.len()
                )
            }
            Step::Column { column, .. } => format!("p.{column}"),
            Step::RemoveFromList { rowid, .. } => {
                params.push(Value::Integer(*rowid));
                format!(
                    "(SELECT added_at FROM list_members m WHERE m.list_rowid = ?{} AND m.person_rowid = p.rowid)",
                    params.len()
                )
            }
            _ => "NULL".into(),
        }
    }

    /// Whether it changes the person's own row (and so their `updated_at`, which bundles weigh).
    pub(crate) fn touches_person(&self) -> bool {
        !matches!(
            self,
            Step::AddToList { .. } | Step::RemoveFromList { .. } | Step::Delete
        )
    }
}

/// The target as a condition on `p`, with its parameters. Ids are looked up (an old id of a
/// merged person finds the survivor; an unknown one is `not_found`, and nothing is written).
pub(crate) fn target_cond(conn: &Connection, t: &BulkTarget) -> Result<(String, Vec<Value>)> {
    match t {
        BulkTarget::Matching { filter } => {
            let mut params = Vec::new();
            let cond = filter.to_sql(&mut params);
            Ok((cond, params))
        }
        BulkTarget::Ids { ids } => {
            let mut rowids = Vec::with_capacity(ids.len());
            for id in ids {
                let id = super::duplicates::resolve(conn, id)?;
                rowids.push(people::rowid_of(conn, &id)?);
            }
            let json = serde_json::to_string(&rowids)
                .map_err(|e| Error::Corrupt(format!("a list of rowids: {e}")))?;
            Ok((
                "p.rowid IN (SELECT value FROM json_each(?1))".into(),
                vec![Value::Text(json)],
            ))
        }
    }
}

/// The ids of everyone `filter` matches, in name order: a selection of "all N matching" exported.
pub(crate) fn ids_matching(conn: &Connection, filter: &PersonFilter) -> Result<Vec<String>> {
    let mut params = Vec::new();
    let cond = filter.to_sql(&mut params);
    let mut st = conn.prepare(&format!(
        "SELECT p.id FROM people p WHERE {cond} ORDER BY p.sort_name, p.rowid"
    ))?;
    let ids = st
        .query_map(params_from_iter(params.iter()), |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

/// (matched, would change) without writing: the dry run.
pub(crate) fn count(
    conn: &Connection,
    target: (String, Vec<Value>),
    steps: &[Step],
) -> Result<(u32, u32)> {
    let (cond, mut params) = target;
    let matched: u32 = conn.query_row(
        &format!("SELECT count(*) FROM people p WHERE {cond}"),
        params_from_iter(params.iter()),
        |r| r.get(0),
    )?;
    let any: Vec<String> = steps.iter().map(|s| s.would_change(&mut params)).collect();
    let changed: u32 = conn.query_row(
        &format!(
            "SELECT count(*) FROM people p WHERE {cond} AND ({})",
            any.join(" OR ")
        ),
        params_from_iter(params.iter()),
        |r| r.get(0),
    )?;
    Ok((matched, changed))
}

/// Puts the target's rowids in `temp.bulk_target`, evaluated once; answers how many.
pub(crate) fn fill_target(conn: &Connection, target: (String, Vec<Value>)) -> Result<u32> {
    let (cond, params) = target;
    conn.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS bulk_target (rowid INTEGER PRIMARY KEY);
         DELETE FROM temp.bulk_target;",
    )?;
    let n = conn.execute(
        &format!("INSERT INTO temp.bulk_target SELECT p.rowid FROM people p WHERE {cond}"),
        params_from_iter(params.iter()),
    )?;
    Ok(n as u32)
}

/// Keeps who step `step` changes (and what they had) in `bulk_before`, then changes them.
pub(crate) fn apply(conn: &Connection, bulk: i64, step: usize, s: &Step, now: &str) -> Result<()> {
    let mut params = vec![Value::Integer(bulk), Value::Integer(step as i64)];
    let before = s.before(&mut params);
    let cond = s.would_change(&mut params);
    conn.execute(
        &format!(
            "INSERT INTO bulk_before (bulk_rowid, step, person_rowid, value)
             SELECT ?1, ?2, p.rowid, {before} FROM people p
             WHERE p.rowid IN (SELECT rowid FROM temp.bulk_target) AND {cond}"
        ),
        params_from_iter(params.iter()),
    )?;
    let set = step_set(bulk, step);
    match s {
        Step::AddTag { key, label } => {
            conn.execute(
                &format!(
                    "INSERT INTO person_tags (tag, person_rowid, label) SELECT ?1, person_rowid, ?2 FROM ({set})"
                ),
                params![key, label],
            )?;
        }
        Step::RemoveTag { key } => {
            conn.execute(
                &format!("DELETE FROM person_tags WHERE tag = ?1 AND person_rowid IN ({set})"),
                [key],
            )?;
        }
        Step::Column { column, value } => {
            conn.execute(
                &format!("UPDATE people SET {column} = ?1 WHERE rowid IN ({set})"),
                [value],
            )?;
        }
        Step::AddToList { rowid, id } => {
            conn.execute(
                &format!(
                    "INSERT INTO list_members (list_rowid, person_rowid, added_at) SELECT ?1, person_rowid, ?2 FROM ({set})"
                ),
                params![rowid, now],
            )?;
            // Back on the list: an older removal must not take them off again in a merge.
            forget_member_stones(conn, id, &set)?;
        }
        Step::RemoveFromList { rowid, id } => {
            conn.execute(
                &format!(
                    "DELETE FROM list_members WHERE list_rowid = ?1 AND person_rowid IN ({set})"
                ),
                [rowid],
            )?;
            record_member_stones(conn, id, &set, now)?;
        }
        Step::Delete => unreachable!("a delete keeps nothing to undo and is erased elsewhere"),
    }
    after_change(conn, s, &set, now)
}

/// What follows a change to a set of people: their stamp, their search text (tags are in it),
/// and their going-cold date (it hangs on stage and cadence).
pub(crate) fn after_change(conn: &Connection, s: &Step, set: &str, now: &str) -> Result<()> {
    if s.touches_person() {
        conn.execute(
            &format!("UPDATE people SET updated_at = ?1 WHERE rowid IN ({set})"),
            [now],
        )?;
    }
    match s {
        Step::AddTag { .. } | Step::RemoveTag { .. } => {
            super::reindex::person_fts_of(conn, Some(set))?;
        }
        Step::Column { column, .. } if matches!(*column, "stage" | "cadence_days") => {
            refresh_cold(conn, set)?;
        }
        _ => {}
    }
    Ok(())
}

/// Going-cold dates again, from the last contact each person already has (as `stats::refresh`
/// computes them, without reading their timeline again: the last contact did not change).
fn refresh_cold(conn: &Connection, set: &str) -> Result<()> {
    let mut st = conn.prepare(&format!(
        "SELECT rowid, stage, cadence_days, last_interaction_at, cold_at FROM people
         WHERE rowid IN ({set}) AND last_interaction_at IS NOT NULL"
    ))?;
    let mut put = conn.prepare_cached("UPDATE people SET cold_at = ?2 WHERE rowid = ?1")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let stage = Stage::parse(&r.get::<_, String>(1)?).unwrap_or_default();
        let last = chrono::DateTime::parse_from_rfc3339(&r.get::<_, String>(3)?)
            .ok()
            .map(|t| t.with_timezone(&chrono::Utc));
        let cold = cadence::cold_at(stage, r.get(2)?, last).map(stamp);
        if cold != r.get::<_, Option<String>>(4)? {
            put.execute(params![r.get::<_, i64>(0)?, cold])?;
        }
    }
    Ok(())
}

/// Tombstones for memberships taken away, so a bundle carries the removals (as `list_remove`).
pub(crate) fn record_member_stones(
    conn: &Connection,
    list_id: &str,
    set: &str,
    now: &str,
) -> Result<()> {
    conn.execute(
        &format!(
            "INSERT INTO tombstones (id, kind, deleted_at)
             SELECT ?1 || ':' || p.id, 'list_member', ?2 FROM people p WHERE p.rowid IN ({set})
             ON CONFLICT (id) DO UPDATE SET deleted_at = excluded.deleted_at"
        ),
        params![list_id, now],
    )?;
    Ok(())
}

pub(crate) fn forget_member_stones(conn: &Connection, list_id: &str, set: &str) -> Result<()> {
    conn.execute(
        &format!(
            "DELETE FROM tombstones WHERE id IN (SELECT ?1 || ':' || p.id FROM people p WHERE p.rowid IN ({set}))"
        ),
        [list_id],
    )?;
    Ok(())
}

/// Erases everyone in `temp.bulk_target` as a single delete does, tombstones first.
pub(crate) fn erase(conn: &Connection, now: &str) -> Result<u32> {
    let ids: Vec<String> = conn
        .prepare("SELECT p.id FROM people p WHERE p.rowid IN (SELECT rowid FROM temp.bulk_target)")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for id in &ids {
        tombstones::record_person_erase(conn, id, now)?;
        people::delete(conn, id)?;
    }
    Ok(ids.len() as u32)
}
