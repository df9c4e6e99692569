//! Writes and plain reads of people and their channels; every write is one transaction.

use super::people_rows::{self as rows, SUMMARY_COLS};
use crate::domain::channel::{Channel, ChannelInput};
use crate::domain::fold::fold;
use crate::domain::person::PersonInput;
use crate::error::{Error, Result};
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::HashSet;

pub use super::people_match::{duplicates, with_phones};

/// Inserts a cleaned person; returns its rowid.
pub fn insert(conn: &Connection, id: &str, p: &PersonInput, now: &str) -> Result<i64> {
    insert_at(conn, None, id, p, now)
}

/// As `insert`, at `rowid` when given: an import numbers its new people in file order even
/// when it writes one of them after people further down the file.
pub(crate) fn insert_at(
    conn: &Connection,
    rowid: Option<i64>,
    id: &str,
    p: &PersonInput,
    now: &str,
) -> Result<i64> {
    let rowid = insert_row(conn, rowid, id, p, now)?;
    rows::add_children(conn, rowid, p)?;
    Ok(rowid)
}

/// The person's row (at `rowid`, or the next one) and channels only: a large import writes the
/// derived rows itself (see `interchange::people_import::write`).
pub(crate) fn insert_row(
    conn: &Connection,
    rowid: Option<i64>,
    id: &str,
    p: &PersonInput,
    now: &str,
) -> Result<i64> {
    let rowid = write_row(conn, rowid, id, p, (false, now, now, None))?;
    write_channels(conn, rowid, &p.channels, now, true)?;
    Ok(rowid)
}

/// A person's stamps as a bundle carries them, written by the insert itself: an `UPDATE` of
/// the row and of each channel after was a fifth of a bundle's people's time (BENCHMARKS.md,
/// issue 14). `channels` are the bundle's, by position: each channel takes the id and stamps
/// of the one at its position, unless that id is taken here (then a new id and `updated_at`).
pub(crate) struct Stamps<'a> {
    pub archived: bool,
    pub created_at: &'a str,
    pub updated_at: &'a str,
    pub owner_id: Option<&'a str>,
    pub channels: &'a [Channel],
}

/// As `insert`, with the bundle's own stamps (`Stamps`).
pub(crate) fn insert_stamped(
    conn: &Connection,
    id: &str,
    p: &PersonInput,
    s: &Stamps<'_>,
) -> Result<i64> {
    let rowid = insert_row_stamped(conn, id, p, s)?;
    rows::add_children(conn, rowid, p)?;
    Ok(rowid)
}

/// As `insert_row`, with the bundle's own stamps (`Stamps`).
pub(crate) fn insert_row_stamped(
    conn: &Connection,
    id: &str,
    p: &PersonInput,
    s: &Stamps<'_>,
) -> Result<i64> {
    let stamps = (s.archived, s.created_at, s.updated_at, s.owner_id);
    let rowid = write_row(conn, None, id, p, stamps)?;
    rows::insert_channels_stamped(conn, rowid, &p.channels, s.channels, s.updated_at)?;
    Ok(rowid)
}

/// The person's row; `(archived, created_at, updated_at, owner_id)`. The row carries its
/// largest channel audience from the start, which the audience trigger (migration 0012) would
/// set once the channels are written: the bulk paths drop that trigger, and an `UPDATE` of every
/// new row after (and of the audience index at random places) was an eighth of a 20k-row
/// import's instructions (BENCHMARKS.md, issue 14).
fn write_row(
    conn: &Connection,
    rowid: Option<i64>,
    id: &str,
    p: &PersonInput,
    (archived, created_at, updated_at, owner): (bool, &str, &str, Option<&str>),
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO people (id, first_name, last_name, display_name, sort_name, pronouns, kind, stage,
            bio, topics, city, country, time_zone, phones, website, employer, motivations, compensation,
            values_note, objectives, resonance, reach, relevance, cadence_days, source, consent_note,
            archived, created_at, updated_at, title, birthday, rowid, owner_id, audience_max)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
            ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?31, ?32, ?27, ?28, ?29, ?30, ?33, ?34)",
    )?
    .execute(params![
        id, p.first_name, p.last_name, p.display_name, fold(&p.display_name), p.pronouns,
        p.kind.as_str(), p.stage.as_str(), p.bio, json(&p.topics), p.city, p.country, p.time_zone,
        json(&p.phones), p.website, p.employer, p.motivations, p.compensation, p.values_note,
        p.objectives, p.resonance, p.reach, p.relevance, p.cadence_days, p.source, p.consent_note,
        updated_at, p.title, p.birthday, rowid, archived, created_at, owner, audience_max(p),
    ])?;
    Ok(conn.last_insert_rowid())
}

/// The largest audience among `p`'s channels, as the channels' rows store it.
fn audience_max(p: &PersonInput) -> Option<i64> {
    p.channels
        .iter()
        .filter_map(|c| c.audience)
        .max()
        .map(|a| a.min(i64::MAX as u64) as i64)
}

/// Overwrites every field of an existing person from a cleaned input.
pub fn update(conn: &Connection, rowid: i64, p: &PersonInput, now: &str) -> Result<()> {
    conn.prepare_cached(
        "UPDATE people SET first_name = ?2, last_name = ?3, display_name = ?4, sort_name = ?5,
            pronouns = ?6, kind = ?7, stage = ?8, bio = ?9, topics = ?10, city = ?11, country = ?12,
            time_zone = ?13, phones = ?14, website = ?15, employer = ?16, motivations = ?17,
            compensation = ?18, values_note = ?19, objectives = ?20, resonance = ?21, reach = ?22,
            relevance = ?23, cadence_days = ?24, source = ?25, consent_note = ?26, updated_at = ?27,
            title = ?28, birthday = ?29
         WHERE rowid = ?1",
    )?
    .execute(params![
        rowid,
        p.first_name,
        p.last_name,
        p.display_name,
        fold(&p.display_name),
        p.pronouns,
        p.kind.as_str(),
        p.stage.as_str(),
        p.bio,
        json(&p.topics),
        p.city,
        p.country,
        p.time_zone,
        json(&p.phones),
        p.website,
        p.employer,
        p.motivations,
        p.compensation,
        p.values_note,
        p.objectives,
        p.resonance,
        p.reach,
        p.relevance,
        p.cadence_days,
        p.source,
        p.consent_note,
        now,
        p.title,
        p.birthday,
    ])?;
    write_channels(conn, rowid, &p.channels, now, false)?;
    rows::write_children(conn, rowid, p)
}

/// Replaces the channel list; an input with the id of one of this person's channels updates it
/// in place (keeping `created_at`), others are created, and the rest are removed. A `fresh`
/// person has no channels yet, so there is nothing to look up or remove (bulk inserts).
fn write_channels(
    conn: &Connection,
    rowid: i64,
    channels: &[ChannelInput],
    now: &str,
    fresh: bool,
) -> Result<()> {
    let mut keep = HashSet::new();
    for (pos, c) in channels.iter().enumerate() {
        let existing = match &c.id {
            Some(id) if !fresh => conn
                .prepare_cached("SELECT rowid FROM channels WHERE id = ?1 AND person_rowid = ?2")?
                .query_row(params![id, rowid], |r| r.get::<_, i64>(0))
                .optional()?,
            _ => None,
        };
        let audience = c.audience.map(|a| a.min(i64::MAX as u64) as i64);
        let ch_rowid = match existing {
            Some(ch) => {
                // Restamp only a channel whose values changed: merges of teammates' exports
                // compare updated_at, so an untouched channel must not look newer than it is.
                conn.prepare_cached(
                    "UPDATE channels SET platform = ?2, handle = ?3, url = ?4, audience = ?5, as_of = ?6,
                        updated_at = ?8 WHERE rowid = ?1
                        AND (platform, handle COLLATE BINARY, url, audience, as_of) IS NOT (?2, ?3, ?4, ?5, ?6)",
                )?
                .execute(params![ch, c.platform.as_str(), c.handle, c.url, audience, c.as_of, pos as i64, now])?;
                conn.prepare_cached(
                    "UPDATE channels SET position = ?2 WHERE rowid = ?1 AND position IS NOT ?2",
                )?
                .execute(params![ch, pos as i64])?;
                ch
            }
            None => {
                conn.prepare_cached(
                    "INSERT INTO channels (id, person_rowid, platform, handle, url, audience, as_of, position,
                        created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                )?
                .execute(params![
                    crate::new_id(), rowid, c.platform.as_str(), c.handle, c.url, audience, c.as_of,
                    pos as i64, now,
                ])?;
                conn.last_insert_rowid()
            }
        };
        keep.insert(ch_rowid);
    }
    if fresh {
        return Ok(());
    }
    let mut st = conn.prepare_cached("SELECT rowid FROM channels WHERE person_rowid = ?1")?;
    let all: Vec<i64> = st
        .query_map([rowid], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for ch in all.into_iter().filter(|c| !keep.contains(c)) {
        conn.prepare_cached("DELETE FROM channels WHERE rowid = ?1")?
            .execute([ch])?;
    }
    Ok(())
}

pub fn set_archived(conn: &Connection, id: &str, archived: bool, now: &str) -> Result<()> {
    let n = conn
        .prepare_cached("UPDATE people SET archived = ?2, updated_at = ?3 WHERE id = ?1")?
        .execute(params![id, archived, now])?;
    if n == 0 {
        return Err(Error::NotFound {
            what: "person",
            id: id.to_string(),
        });
    }
    Ok(())
}

/// Removes a person from every table and the search index; child rows go by ON DELETE CASCADE,
/// the word keys by their trigger (migration 0015).
pub fn delete(conn: &Connection, id: &str) -> Result<()> {
    let rowid: i64 = conn
        .prepare_cached("SELECT rowid FROM people WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| Error::NotFound {
            what: "person",
            id: id.to_string(),
        })?;
    rows::remove_from_index(conn, rowid)?;
    // Erasing a person erases what is only about them: their notes, and interactions and
    // follow-ups no one else is part of. Shared ones stay, without them (ON DELETE CASCADE on
    // the link rows). The contentless text indexes don't cascade, so they are cleared by hand.
    conn.execute_batch(&format!(
        "DELETE FROM note_fts WHERE rowid IN (SELECT rowid FROM notes WHERE person_rowid = {rowid});
         CREATE TEMP TABLE IF NOT EXISTS erase_ids (rowid INTEGER PRIMARY KEY);
         DELETE FROM temp.erase_ids;
         INSERT INTO temp.erase_ids SELECT interaction_rowid FROM interaction_people ip
           WHERE ip.person_rowid = {rowid} AND NOT EXISTS (SELECT 1 FROM interaction_people o
             WHERE o.interaction_rowid = ip.interaction_rowid AND o.person_rowid <> {rowid});
         DELETE FROM interaction_fts WHERE rowid IN (SELECT rowid FROM temp.erase_ids);
         DELETE FROM interactions WHERE rowid IN (SELECT rowid FROM temp.erase_ids);
         DELETE FROM followups WHERE rowid IN (SELECT followup_rowid FROM followup_people fp
           WHERE fp.person_rowid = {rowid} AND NOT EXISTS (SELECT 1 FROM followup_people o
             WHERE o.followup_rowid = fp.followup_rowid AND o.person_rowid <> {rowid}));"
    ))?;
    conn.prepare_cached("DELETE FROM people WHERE rowid = ?1")?
        .execute([rowid])?;
    Ok(())
}

pub fn summaries_by_rowid(
    conn: &Connection,
    rowids: &[i64],
) -> Result<Vec<crate::domain::person::PersonSummary>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {SUMMARY_COLS} FROM people p WHERE p.rowid = ?1"
    ))?;
    let mut out = Vec::with_capacity(rowids.len());
    for r in rowids {
        if let Some(s) = st.query_row([r], rows::summary_from_row).optional()? {
            out.push(s);
        }
    }
    Ok(out)
}

fn json(v: &[String]) -> String {
    serde_json::to_string(v).expect("a list of strings always serialises")
}

/// How many people are in the book, archived included.
pub fn count(conn: &Connection) -> Result<u64> {
    Ok(conn.query_row("SELECT count(*) FROM people", [], |r| r.get::<_, i64>(0))? as u64)
}

/// The internal rowid of a person, if the id is in the book.
pub fn find(conn: &Connection, id: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT rowid FROM people WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?)
}

/// The id of the person at `rowid`.
pub fn id_at(conn: &Connection, rowid: i64) -> Result<String> {
    Ok(
        conn.query_row("SELECT id FROM people WHERE rowid = ?1", [rowid], |x| {
            x.get(0)
        })?,
    )
}

/// The internal rowid of a person, or `NotFound` for an unknown id.
pub fn rowid_of(conn: &Connection, id: &str) -> Result<i64> {
    conn.prepare_cached("SELECT rowid FROM people WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| Error::NotFound {
            what: "person",
            id: id.to_string(),
        })
}

/// Stamps the person as changed now (their photo changed: the row itself did not).
pub(crate) fn touch(conn: &Connection, rowid: i64, now: &str) -> Result<()> {
    conn.prepare_cached("UPDATE people SET updated_at = ?2 WHERE rowid = ?1")?
        .execute(params![rowid, now])?;
    Ok(())
}

/// Sets a merged person's archive flag and stamps to the bundle's, which the typed writes do not take.
pub(crate) fn set_stamps(
    conn: &Connection,
    rowid: i64,
    archived: bool,
    created_at: &str,
    updated_at: &str,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE people SET archived = ?2, created_at = ?3, updated_at = ?4 WHERE rowid = ?1",
    )?
    .execute(params![rowid, archived, created_at, updated_at])?;
    Ok(())
}

/// Gives the person's channel at `position` the bundle's id and stamps (kept when the id is taken).
pub(crate) fn set_channel_stamps(
    conn: &Connection,
    person: i64,
    position: i64,
    id: &str,
    created_at: &str,
    updated_at: &str,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE OR IGNORE channels SET id = ?3, created_at = ?4, updated_at = ?5
                     WHERE person_rowid = ?1 AND position = ?2",
    )?
    .execute(params![person, position, id, created_at, updated_at])?;
    Ok(())
}
