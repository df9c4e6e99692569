//! `liaison check`: SQLite's own integrity checks plus the invariants only Liaison knows — search
//! entries in step with people, no orphan interaction or link, derived figures equal to a recount.
//!
//! Two depths. The full one reads everything: SQLite's `integrity_check` (every page, every index
//! entry against its row), every reference, every person's figures recounted — tens of seconds
//! on a book of 1M interactions, where each page read is also decrypted. The quick one, the
//! default, answers in seconds by bounding each check, and says what it left out:
//! - structure: `PRAGMA quick_check(table)` on every table of up to `QUICK_TABLE_ROWS` rows
//!   (people, lists, events, follow-ups, search entries…); the larger ones (the timeline at 1M
//!   interactions) are named in `not_checked`. It does not see a broken page of those tables,
//!   an index entry pointing at the wrong row, or free-list damage: `--full` does.
//! - interactions that involve nobody: among the newest `QUICK_RECENT` (where a bug shows first);
//! - stored figures against a recount: for `QUICK_SAMPLE` people drawn at random each run, so
//!   a figure gone wrong for many is caught, one wrong for a single person is only likely to be;
//! - search entries, name keys and follow-ups: all of them, as in the full check.

use crate::error::Result;
use crate::interchange::Progress;
use chrono::DateTime;
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

/// One problem found, in words a person (or a bug report) can use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Problem {
    /// Which check found it: `integrity`, `foreign_keys`, `search`, `interactions`, `figures`, `followups`.
    pub check: String,
    pub message: String,
}

/// What `book_check` looked at and what it found; `ok` when nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CheckReport {
    pub ok: bool,
    pub checks: Vec<String>,
    pub problems: Vec<Problem>,
    /// What the quick check left out, in words (empty for the full one): `--full` covers it.
    pub not_checked: Vec<String>,
}

/// How deep `run` looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckDepth {
    /// Every page's structure (`PRAGMA quick_check`) and Liaison's invariants: seconds.
    Quick,
    /// Also every index entry against its row (`PRAGMA integrity_check`) and every reference
    /// (`PRAGMA foreign_key_check`).
    Full,
}

/// At most this many problems of one kind are listed; a broken index would otherwise list
/// every row.
const LIST_AT_MOST: usize = 20;
/// The quick check's bounds (see the module comment).
const QUICK_TABLE_ROWS: i64 = 200_000;
const QUICK_RECENT: i64 = 50_000;
const QUICK_SAMPLE: i64 = 2_000;

/// Runs the checks of `depth` in order; `progress` counts them (its total is their number) and
/// a cancel stops between two of them.
pub fn run(conn: &Connection, depth: CheckDepth, progress: &Progress) -> Result<CheckReport> {
    let steps: &[&str] = match depth {
        CheckDepth::Quick => &[
            "structure",
            "search",
            "interactions",
            "figures",
            "followups",
        ],
        CheckDepth::Full => &[
            "integrity",
            "foreign_keys",
            "search",
            "interactions",
            "figures",
            "followups",
        ],
    };
    progress.start(steps.len() as u64);
    let mut problems = Vec::new();
    let mut not_checked = Vec::new();
    for (i, step) in steps.iter().enumerate() {
        progress.check()?;
        problems.extend(run_step(conn, step, depth, &mut not_checked)?);
        progress.set_done(i as u64 + 1);
    }
    Ok(CheckReport {
        ok: problems.is_empty(),
        checks: steps.iter().map(|s| s.to_string()).collect(),
        problems,
        not_checked,
    })
}

/// One check's problems. `structure` is SQLite's quick check, reported under `integrity` as
/// the full one is.
fn run_step(
    conn: &Connection,
    step: &str,
    depth: CheckDepth,
    not_checked: &mut Vec<String>,
) -> Result<Vec<Problem>> {
    let quick = depth == CheckDepth::Quick;
    let mut problems = Vec::new();
    let mut push = |check: &str, message: String| {
        problems.push(Problem {
            check: check.into(),
            message,
        })
    };

    match step {
        "structure" => {
            for (table, rows) in tables(conn)? {
                let (rows, what) = rows;
                if rows > QUICK_TABLE_ROWS {
                    not_checked.push(format!("the structure of {table} (about {rows} {what})"));
                    continue;
                }
                let mut st = conn.prepare("SELECT * FROM pragma_quick_check(?1)")?;
                for line in st.query_map([&table], |r| r.get::<_, String>(0))? {
                    let line = line?;
                    if line != "ok" {
                        push("integrity", line);
                    }
                }
            }
        }
        "integrity" => {
            let mut st = conn.prepare("PRAGMA integrity_check")?;
            for line in st.query_map([], |r| r.get::<_, String>(0))? {
                let line = line?;
                if line != "ok" {
                    push("integrity", line);
                }
            }
        }
        "foreign_keys" => foreign_keys(conn, &mut push)?,
        "search" => search(conn, &mut push)?,
        "interactions" => {
            let total: i64 =
                conn.query_row("SELECT count(*) FROM interactions", [], |r| r.get(0))?;
            if quick && total > QUICK_RECENT {
                not_checked.push(format!(
                    "whether each of the {} oldest interactions involves someone",
                    total - QUICK_RECENT
                ));
            }
            interactions(conn, quick, &mut push)?
        }
        "figures" => {
            let people: i64 = conn.query_row("SELECT count(*) FROM people", [], |r| r.get(0))?;
            if quick && people > QUICK_SAMPLE {
                not_checked.push(format!(
                    "the figures of {} people (a random {QUICK_SAMPLE} were recounted)",
                    people - QUICK_SAMPLE
                ));
            }
            figures(conn, quick, &mut push)?
        }
        _ => followups(conn, &mut push)?,
    }
    Ok(problems)
}

fn foreign_keys(conn: &Connection, push: &mut impl FnMut(&str, String)) -> Result<()> {
    let mut st = conn.prepare("PRAGMA foreign_key_check")?;
    let rows = st.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, Option<i64>>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    for row in rows.take(LIST_AT_MOST) {
        let (table, rowid, parent) = row?;
        push(
            "foreign_keys",
            format!(
                "row {} of {table} points at a missing row of {parent}",
                rowid.map_or("?".into(), |r| r.to_string())
            ),
        );
    }
    Ok(())
}

fn search(conn: &Connection, push: &mut impl FnMut(&str, String)) -> Result<()> {
    for (sql, what) in [
        (
            "SELECT p.rowid, p.display_name FROM people p
             WHERE p.rowid NOT IN (SELECT rowid FROM person_fts)",
            "has no search entry: search cannot find them",
        ),
        (
            "SELECT p.rowid, p.display_name FROM people p
             WHERE NOT EXISTS (SELECT 1 FROM person_keys k WHERE k.person_rowid = p.rowid)",
            "has no name keys: the A–Z index skips them",
        ),
        (
            "SELECT DISTINCT p.rowid, p.display_name FROM person_keys k JOIN people p
             ON p.rowid = k.person_rowid WHERE k.sort_name <> p.sort_name",
            "has name keys out of step with their name",
        ),
    ] {
        for (rowid, name) in pairs(conn, sql)? {
            push("search", format!("person {rowid} ({name}) {what}"));
        }
    }
    // Rows naming a person who is gone. The word keys carry no foreign key since migration 0015
    // (their look-ups slowed bulk writes), so `foreign_key_check` no longer sees theirs.
    for (sql, what, verb) in [
        (
            "SELECT rowid FROM person_fts WHERE rowid NOT IN (SELECT rowid FROM people)",
            "search entry",
            "belongs",
        ),
        (
            "SELECT DISTINCT person_rowid FROM person_keys
             WHERE person_rowid NOT IN (SELECT rowid FROM people)",
            "name keys of person",
            "belong",
        ),
    ] {
        for rowid in column::<i64>(conn, sql)?.iter().take(LIST_AT_MOST) {
            let gone = "to nobody: a deleted person may still be found";
            push("search", format!("{what} {rowid} {verb} {gone}"));
        }
    }
    Ok(())
}

fn interactions(conn: &Connection, quick: bool, push: &mut impl FnMut(&str, String)) -> Result<()> {
    // The quick check looks only above this rowid (every rowid is above 0).
    let above = match quick {
        true => format!("(SELECT coalesce(max(rowid), 0) - {QUICK_RECENT} FROM interactions)"),
        false => "0".into(),
    };
    let lonely: Vec<String> = column(
        conn,
        &format!(
            "SELECT id FROM interactions i WHERE NOT EXISTS
             (SELECT 1 FROM interaction_people ip WHERE ip.interaction_rowid = i.rowid)
             AND i.rowid > {above}"
        ),
    )?;
    for id in lonely.iter().take(LIST_AT_MOST) {
        push("interactions", format!("interaction {id} involves nobody"));
    }
    // Links to an interaction that is gone: no foreign key sees them since migration 0016.
    let sql = format!(
        "SELECT ip.interaction_rowid, p.display_name FROM interaction_people ip
         JOIN people p ON p.rowid = ip.person_rowid WHERE ip.interaction_rowid > {above}
         AND ip.interaction_rowid NOT IN (SELECT rowid FROM interactions)"
    );
    for (rowid, name) in pairs(conn, &sql)? {
        let what = "which is gone: their timeline names something deleted";
        push(
            "interactions",
            format!("{name} is linked to interaction {rowid}, {what}"),
        );
    }
    Ok(())
}

/// The stored last contact and given/received counts against a recount of the timeline, with
/// last contact counted as `stats` counts it: an interaction no later than when it was written
/// down (both are UTC stamps of one shape, so the text compares as the instants do). One
/// pass over the participations grouped by person (the index on `person_rowid, occurred_at`
/// gives them in order) instead of three lookups a person: the difference between seconds and
/// tens of seconds at 1M interactions.
fn figures(conn: &Connection, quick: bool, push: &mut impl FnMut(&str, String)) -> Result<()> {
    // The sample: people drawn at random (a scan of the people table, not of the timeline),
    // whose participations the index on `person_rowid` gives directly. MATERIALIZED: the
    // sample is used twice, and SQLite may otherwise draw it twice, comparing one random
    // sample's stored figures with another's recount (every person "None / 0 / 0").
    let (sample, only) = match quick {
        true => (
            format!(
                "WITH sample(rowid) AS MATERIALIZED \
                 (SELECT rowid FROM people ORDER BY random() LIMIT {QUICK_SAMPLE}) "
            ),
            "WHERE ip.person_rowid IN sample",
        ),
        false => (String::new(), ""),
    };
    let people = match quick {
        true => "people p JOIN sample s ON s.rowid = p.rowid",
        false => "people p",
    };
    let mut st = conn.prepare(&format!(
        "{sample}SELECT p.display_name, p.last_interaction_at, p.given_count, p.received_count,
                c.last, coalesce(c.given, 0), coalesce(c.received, 0)
         FROM {people} LEFT JOIN (
             SELECT ip.person_rowid AS person, max(min(ip.occurred_at, i.created_at)) AS last,
                    sum(i.direction = 'given') AS given, sum(i.direction = 'received') AS received
             FROM interaction_people ip JOIN interactions i ON i.rowid = ip.interaction_rowid
             {only}
             GROUP BY ip.person_rowid
         ) c ON c.person = p.rowid"
    ))?;
    let rows = st.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            (
                r.get::<_, Option<String>>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
            ),
            (
                r.get::<_, Option<String>>(4)?,
                r.get::<_, i64>(5)?,
                r.get::<_, i64>(6)?,
            ),
        ))
    })?;
    let mut off = 0;
    for row in rows {
        let (name, stored, counted) = row?;
        if stored != counted {
            off += 1;
            if off <= LIST_AT_MOST {
                push(
                    "figures",
                    format!(
                        "{name}: stored last contact / given / received {:?} / {} / {} but the \
                         timeline says {:?} / {} / {}",
                        stored.0, stored.1, stored.2, counted.0, counted.1, counted.2
                    ),
                );
            }
        }
    }
    Ok(())
}

fn followups(conn: &Connection, push: &mut impl FnMut(&str, String)) -> Result<()> {
    let mut st = conn.prepare("SELECT id, title, due_at, time_zone FROM followups")?;
    let rows = st.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    for row in rows {
        let (id, title, due, zone) = row?;
        if DateTime::parse_from_rfc3339(&due).is_err() {
            push(
                "followups",
                format!("follow-up {id} ({title}) has an unreadable due time {due:?}"),
            );
        }
        if zone.parse::<chrono_tz::Tz>().is_err() {
            push(
                "followups",
                format!("follow-up {id} ({title}) has an unknown time zone {zone:?}"),
            );
        }
    }

    Ok(())
}

/// Every real table with its approximate size (`max(rowid)`, one index seek) and what that
/// counts; a table without rowids counts as small, as Liaison's are. A full-text index's pages
/// (FTS5's `…_data`) are sized by the records it indexes (its `…_docsize`): their own rowids
/// encode segment and page numbers (`max(rowid)` there said "about 481036338094 rows").
fn tables(conn: &Connection) -> Result<Vec<(String, (i64, &'static str))>> {
    let names: Vec<String> = column(
        conn,
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name",
    )?;
    let full_text: Vec<String> = column(
        conn,
        "SELECT name FROM sqlite_schema WHERE type = 'table'
         AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'",
    )?;
    let max_rowid = |table: &str| -> i64 {
        let q = format!(
            "SELECT coalesce(max(rowid), 0) FROM \"{}\"",
            table.replace('"', "\"\"")
        );
        conn.query_row(&q, [], |r| r.get(0)).unwrap_or(0)
    };
    Ok(names
        .into_iter()
        .map(|n| {
            let size = match full_text.iter().find(|f| n == format!("{f}_data")) {
                Some(f) => (max_rowid(&format!("{f}_docsize")), "indexed records"),
                None => (max_rowid(&n), "rows"),
            };
            (n, size)
        })
        .collect())
}

fn pairs(conn: &Connection, sql: &str) -> Result<Vec<(i64, String)>> {
    let mut st = conn.prepare(&format!("{sql} LIMIT {LIST_AT_MOST}"))?;
    let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn column<T: rusqlite::types::FromSql>(conn: &Connection, sql: &str) -> Result<Vec<T>> {
    let mut st = conn.prepare(sql)?;
    let rows = st.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
