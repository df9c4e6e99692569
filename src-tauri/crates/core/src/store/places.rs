//! People by place, for planning a trip: candidates in a city (through the search index) and in a country.

use crate::error::Result;
use rusqlite::{params, Connection};

/// Unarchived people whose `place` matches the phrase in the search index, by name: rowid, city,
/// country, time zone. The caller keeps those whose folded city is exactly the one asked for.
pub fn in_place(c: &Connection, phrase: &str) -> Result<Vec<(i64, String, String, String)>> {
    let mut st = c.prepare_cached(
        "SELECT p.rowid, p.city, p.country, p.time_zone FROM person_fts f JOIN people p ON p.rowid = f.rowid
         WHERE person_fts MATCH ?1 AND p.archived = 0 ORDER BY p.sort_name LIMIT 5000",
    )?;
    let query = format!("place : \"{}\"", phrase.replace('"', ""));
    let rows = st
        .query_map([query], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Unarchived people of a country (ISO code), by name: rowid, city, time zone.
pub fn in_country(c: &Connection, country: &str) -> Result<Vec<(i64, String, String)>> {
    let mut st = c.prepare_cached(
        "SELECT p.rowid, p.city, p.time_zone FROM people p
         WHERE p.country = ?1 AND p.archived = 0 ORDER BY p.sort_name LIMIT 5000",
    )?;
    let rows = st
        .query_map(params![country], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}
