//! Writing person full-text rows again from the people tables: every row for a migration that changes what the index holds, some rows after a bulk tag change.

use super::bundle_merge_rows::FTS_PENDING_DEFAULT;
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
    // When most people are written again, dropping the whole index at once and writing everyone
    // is cheaper than deleting row by row (a contentless delete marks each row in its segment,
    // and the new rows are then merged with the old segments): a bulk tag change of everyone
    // took 23% fewer instructions so.
    let share = match only {
        Some(sql) => share(conn, sql)?,
        None => 1.0,
    };
    let only = match only {
        Some(_) if share >= 0.75 => {
            conn.execute(
                "INSERT INTO person_fts (person_fts) VALUES ('delete-all')",
                [],
            )?;
            None
        }
        other => other,
    };
    // When many are rewritten: each child table is read whole (see `write_rows`), and FTS5 holds
    // more pending terms before it writes them out as a segment, so there are fewer, larger
    // segments to merge. The buffer is set back after, as a bundle merge does.
    let many = share >= 0.25;
    if !many {
        return write_rows(conn, only, false);
    }
    pending(conn, 8 << 20)?;
    let done = write_rows(conn, only, true);
    pending(conn, FTS_PENDING_DEFAULT)?;
    done
}

/// The share of the people that `sql` (a `SELECT` of rowids) names.
fn share(conn: &Connection, sql: &str) -> Result<f64> {
    let (set, all): (i64, i64) = conn.query_row(
        &format!("SELECT (SELECT count(*) FROM ({sql})), (SELECT count(*) FROM people)"),
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(if all == 0 {
        1.0
    } else {
        set as f64 / all as f64
    })
}

fn pending(conn: &Connection, bytes: i64) -> Result<()> {
    conn.execute(
        "INSERT INTO person_fts (person_fts, rank) VALUES ('hashsize', ?1)",
        [bytes],
    )?;
    Ok(())
}

/// Deletes and writes the rows; `whole`: read each child table whole rather than seek each person.
fn write_rows(conn: &Connection, only: Option<&str>, whole: bool) -> Result<()> {
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
    // When many people are rewritten, each table is read whole in its own order (rows of people
    // not rewritten are skipped as they are met): a seek per person cost more than reading all.
    let within = match only {
        Some(sql) if !whole => format!("WHERE person_rowid IN ({sql})"),
        _ => String::new(),
    };
    let mut emails = Children::read(
        conn,
        &format!("SELECT person_rowid, email, '', position FROM person_emails {within} ORDER BY person_rowid, position"),
    )?;
    // The tag's key is its label folded (`people_rows::add_lists`, `bulk_changes::tag`), and the
    // text is folded before it is indexed: the key indexes alike and is read from the person
    // index alone, without a look-up of each label.
    let mut tags = Children::read(
        conn,
        &format!(
            "SELECT person_rowid, tag, '', 0 FROM person_tags {within} ORDER BY person_rowid, tag"
        ),
    )?;
    // Read whole, channels come in table order and are put in person order here: the person
    // index would cost a look-up of each row.
    let mut channels = Children::read(
        conn,
        &if whole {
            "SELECT person_rowid, platform, handle, position FROM channels".to_string()
        } else {
            format!("SELECT person_rowid, platform, handle, position FROM channels {within} ORDER BY person_rowid, position")
        },
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
    /// The rows of `sql` (person rowid, two text columns, position), put in person then position
    /// order (a no-op when the query already ordered them).
    fn read(conn: &Connection, sql: &str) -> Result<Children> {
        let mut rows: Vec<(i64, i64, String, String)> = conn
            .prepare(sql)?
            .query_map([], |r| Ok((r.get(0)?, r.get(3)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        rows.sort_by_key(|(person, position, ..)| (*person, *position));
        Ok(Children {
            rows: rows
                .into_iter()
                .map(|(person, _, a, b)| (person, a, b))
                .collect::<Vec<_>>()
                .into_iter()
                .peekable(),
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
