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
    // Each child table read once, in person order, instead of three queries a person (a third of
    // a bulk tag change of 100k people went to them): the rows are then met person by person.
    let within = match only {
        Some(sql) => format!("WHERE person_rowid IN ({sql})"),
        None => String::new(),
    };
    let mut emails = Children::read(
        conn,
        &format!("SELECT person_rowid, email, '' FROM person_emails {within} ORDER BY person_rowid, position"),
    )?;
    let mut tags = Children::read(
        conn,
        &format!(
            "SELECT person_rowid, label, '' FROM person_tags {within} ORDER BY person_rowid, tag"
        ),
    )?;
    let mut channels = Children::read(
        conn,
        &format!("SELECT person_rowid, platform, handle FROM channels {within} ORDER BY person_rowid, position"),
    )?;
    let mut rows = people.query([])?;
    while let Some(r) = rows.next()? {
        let rowid: i64 = r.get(0)?;
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
            emails: emails.of(rowid).map(|(e, _)| e).collect(),
            tags: tags.of(rowid).map(|(t, _)| t).collect(),
            // A platform this build does not know indexes nothing, as it never could.
            channels: channels
                .of(rowid)
                .filter_map(|(pl, handle)| {
                    Platform::parse(&pl).map(|platform| ChannelInput {
                        platform,
                        handle,
                        ..Default::default()
                    })
                })
                .collect(),
            ..Default::default()
        };
        insert_fts(conn, rowid, fts_text(&p).each_ref().map(String::as_str))?;
    }
    Ok(())
}

/// A child table's rows (person rowid, two text columns) in person order, handed out person by
/// person as the people are walked in the same order.
struct Children {
    rows: std::iter::Peekable<std::vec::IntoIter<(i64, String, String)>>,
}

impl Children {
    fn read(conn: &Connection, sql: &str) -> Result<Children> {
        let rows: Vec<(i64, String, String)> = conn
            .prepare(sql)?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Children {
            rows: rows.into_iter().peekable(),
        })
    }

    /// The rows of person `rowid` (people are asked for in increasing rowid order).
    fn of(&mut self, rowid: i64) -> impl Iterator<Item = (String, String)> + '_ {
        while self.rows.next_if(|(r, ..)| *r < rowid).is_some() {}
        std::iter::from_fn(move || {
            self.rows
                .next_if(|(r, ..)| *r == rowid)
                .map(|(_, a, b)| (a, b))
        })
    }
}
