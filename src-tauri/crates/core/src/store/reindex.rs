//! Writing person full-text rows again from the people tables: every row for a migration that changes what the index holds, some rows after a bulk tag change.

use super::people_rows::{fts_text, insert_fts, json_list};
use crate::domain::channel::{ChannelInput, Platform};
use crate::domain::person::PersonInput;
use crate::error::Result;
use rusqlite::Connection;

/// Fills `person_fts` (empty: the migration has just made it) for every person. One pass over
/// `people` with each person's lists read by the child tables' person indexes; the text is built
/// by `fts_text`, as for any write, so an upgraded book and a fresh one index alike.
pub(crate) fn person_fts(conn: &Connection) -> Result<()> {
    person_fts_of(conn, None)
}

/// Writes again the full-text rows of the people whose rowids `only` (a `SELECT` of rowids)
/// answers, or of everyone: a bulk tag change rewrites the rows of those it changed.
pub(crate) fn person_fts_of(conn: &Connection, only: Option<&str>) -> Result<()> {
    let cond = match only {
        Some(sql) => {
            // Contentless rows cannot be updated in part: each goes and is written whole.
            conn.execute(
                &format!("DELETE FROM person_fts WHERE rowid IN ({sql})"),
                [],
            )?;
            format!("WHERE rowid IN ({sql})")
        }
        None => String::new(),
    };
    let mut people = conn.prepare(&format!(
        "SELECT rowid, display_name, first_name, last_name, bio, topics, city, country, employer, phones
         FROM people {cond} ORDER BY rowid"
    ))?;
    let mut emails =
        conn.prepare("SELECT email FROM person_emails WHERE person_rowid = ?1 ORDER BY position")?;
    let mut tags = conn.prepare("SELECT label FROM person_tags WHERE person_rowid = ?1")?;
    let mut channels = conn.prepare(
        "SELECT platform, handle FROM channels WHERE person_rowid = ?1 ORDER BY position",
    )?;
    let mut rows = people.query([])?;
    while let Some(r) = rows.next()? {
        let rowid: i64 = r.get(0)?;
        let strings = |st: &mut rusqlite::Statement| -> Result<Vec<String>> {
            Ok(st
                .query_map([rowid], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?)
        };
        let p = PersonInput {
            display_name: r.get(1)?,
            first_name: r.get(2)?,
            last_name: r.get(3)?,
            bio: r.get(4)?,
            topics: json_list(r.get(5)?)?,
            city: r.get(6)?,
            country: r.get(7)?,
            employer: r.get(8)?,
            phones: json_list(r.get(9)?)?,
            emails: strings(&mut emails)?,
            tags: strings(&mut tags)?,
            channels: channels
                .query_map([rowid], |r| Ok((r.get::<_, String>(0)?, r.get(1)?)))?
                .filter_map(|c| match c {
                    // A platform this build does not know indexes nothing, as it never could.
                    Ok((pl, handle)) => Platform::parse(&pl).map(|platform| {
                        Ok(ChannelInput {
                            platform,
                            handle,
                            ..Default::default()
                        })
                    }),
                    Err(e) => Some(Err(e)),
                })
                .collect::<rusqlite::Result<_>>()?,
            ..Default::default()
        };
        insert_fts(conn, rowid, fts_text(&p).each_ref().map(String::as_str))?;
    }
    Ok(())
}
