//! The merges a bundle carries (a merged-away id and the survivor's) read out of `person_aliases` for the export, and applied from a teammate's bundle: the same merge made here, or the old id recorded, so both books converge.

use super::{duplicates, merges, people_rows, tombstones};
use crate::error::Result;
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::HashMap;

/// Every alias as (old id, survivor id, when it was made), oldest first; with `people`, only
/// those of these people (a person's, an event's or a list's bundle).
pub(crate) fn all(
    conn: &Connection,
    people: Option<&[i64]>,
) -> Result<Vec<(String, String, String)>> {
    let mut st = conn.prepare_cached(
        "SELECT a.alias_id, p.id, a.created_at, a.person_rowid FROM person_aliases a
         JOIN people p ON p.rowid = a.person_rowid ORDER BY a.created_at, a.alias_id",
    )?;
    let keep: Option<std::collections::HashSet<i64>> = people.map(|p| p.iter().copied().collect());
    let rows = st
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get::<_, i64>(3)?))
        })?
        .collect::<rusqlite::Result<Vec<(String, String, String, i64)>>>()?;
    Ok(rows
        .into_iter()
        .filter(|r| keep.as_ref().is_none_or(|k| k.contains(&r.3)))
        .map(|(a, p, at, _)| (a, p, at))
        .collect())
}

/// Our aliases: old id → the survivor's rowid.
pub(crate) fn here(conn: &Connection) -> Result<HashMap<String, i64>> {
    let mut st = conn.prepare_cached("SELECT alias_id, person_rowid FROM person_aliases")?;
    let v = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

/// Whether `alias` is already an old id here.
pub(crate) fn known(conn: &Connection, alias: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM person_aliases WHERE alias_id = ?1")?
        .query_row([alias], |_| Ok(()))
        .optional()?
        .is_some())
}

/// A person here under the merged-away id while the survivor is not here at all: they take the
/// survivor's id (what the teammate's book calls them) and keep the old one as an alias, so the
/// survivor's record in the bundle updates them instead of adding a second person.
pub(crate) fn take_id(conn: &Connection, rowid: i64, old: &str, new: &str, at: &str) -> Result<()> {
    conn.prepare_cached("UPDATE people SET id = ?1 WHERE rowid = ?2")?
        .execute(params![new, rowid])?;
    duplicates::add_alias(conn, old, rowid, &crate::new_id(), at)
}

/// The teammate's merge made here: `other` (merged-away id `other_id`) hands everything to
/// `survivor` and is erased with a tombstone, their id an alias of the survivor, recorded so it
/// can be undone like a merge made here. The survivor keeps their own values: the bundle brings
/// the teammate's merged person as the survivor's record.
pub(crate) fn absorb(
    conn: &Connection,
    survivor: i64,
    other: i64,
    other_id: &str,
    now: &str,
) -> Result<()> {
    let merge_id = crate::new_id();
    let mut before = merges::Before {
        survivor_rowid: survivor,
        other_rowid: other,
        other_id: other_id.to_string(),
        survivor: merges::dump(conn, survivor)?,
        other: merges::dump(conn, other)?,
        earlier_merges: Vec::new(),
    };
    before.earlier_merges = merges::move_rows(conn, survivor, other)?;
    people_rows::remove_from_index(conn, other)?;
    tombstones::record(conn, "person", other_id, now)?;
    conn.prepare_cached("DELETE FROM people WHERE rowid = ?1")?
        .execute([other])?;
    duplicates::add_alias(conn, other_id, survivor, &merge_id, now)?;
    merges::record(
        conn,
        &merge_id,
        &before,
        &merges::digest(conn, survivor)?,
        now,
    )
}
