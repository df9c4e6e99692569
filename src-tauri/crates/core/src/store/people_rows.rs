//! Reading a person back from its rows, and keeping the search index and word keys in step.

use crate::domain::channel::{Channel, ChannelInput, Platform};
use crate::domain::fold::{fold, words};
use crate::domain::person::{Person, PersonInput, PersonKind, PersonSummary, Stage};
use crate::error::{Error, Result};
use crate::search::terms::phone_terms;
use rusqlite::{params, Connection, OptionalExtension, Row};

/// Columns of `people` in the order `person_from_row` reads them.
pub const PERSON_COLS: &str =
    "p.rowid, p.id, p.first_name, p.last_name, p.display_name, p.pronouns, \
    p.kind, p.stage, p.bio, p.topics, p.city, p.country, p.time_zone, p.phones, p.website, \
    p.employer, p.motivations, p.compensation, p.values_note, p.objectives, p.resonance, p.reach, \
    p.relevance, p.cadence_days, p.source, p.consent_note, p.archived, p.created_at, p.updated_at, \
    p.title, p.birthday, p.owner_id";

pub const SUMMARY_COLS: &str = "p.rowid, p.id, p.display_name, p.kind, p.stage, p.city, p.country, \
    p.employer, p.archived, p.updated_at, \
    (SELECT c.platform || ':' || c.handle FROM channels c WHERE c.person_rowid = p.rowid ORDER BY c.position LIMIT 1), \
    EXISTS (SELECT 1 FROM person_photos ph WHERE ph.person_rowid = p.rowid)";

pub(crate) fn corrupt(what: &str, value: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        0,
        rusqlite::types::Type::Text,
        format!("unknown {what} '{value}' in the store").into(),
    )
}

fn kind(v: String) -> rusqlite::Result<PersonKind> {
    PersonKind::parse(&v).ok_or_else(|| corrupt("kind", &v))
}
fn stage(v: String) -> rusqlite::Result<Stage> {
    Stage::parse(&v).ok_or_else(|| corrupt("stage", &v))
}
pub(crate) fn json_list(v: String) -> rusqlite::Result<Vec<String>> {
    serde_json::from_str(&v).map_err(|e| corrupt("list", &e.to_string()))
}

/// Reads the scalar part; the caller fills the child lists.
pub fn person_from_row(r: &Row<'_>) -> rusqlite::Result<(i64, Person)> {
    Ok((
        r.get(0)?,
        Person {
            id: r.get(1)?,
            first_name: r.get(2)?,
            last_name: r.get(3)?,
            display_name: r.get(4)?,
            pronouns: r.get(5)?,
            kind: kind(r.get(6)?)?,
            stage: stage(r.get(7)?)?,
            bio: r.get(8)?,
            topics: json_list(r.get(9)?)?,
            languages: Vec::new(),
            city: r.get(10)?,
            country: r.get(11)?,
            time_zone: r.get(12)?,
            emails: Vec::new(),
            phones: json_list(r.get(13)?)?,
            website: r.get(14)?,
            employer: r.get(15)?,
            title: r.get(29)?,
            birthday: r.get(30)?,
            motivations: r.get(16)?,
            compensation: r.get(17)?,
            values_note: r.get(18)?,
            objectives: r.get(19)?,
            resonance: r.get(20)?,
            reach: r.get(21)?,
            relevance: r.get(22)?,
            cadence_days: r.get(23)?,
            source: r.get(24)?,
            consent_note: r.get(25)?,
            tags: Vec::new(),
            archived: r.get(26)?,
            channels: Vec::new(),
            owner_id: r.get(31)?,
            photo: None,
            created_at: r.get(27)?,
            updated_at: r.get(28)?,
        },
    ))
}

pub fn summary_from_row(r: &Row<'_>) -> rusqlite::Result<PersonSummary> {
    Ok(PersonSummary {
        id: r.get(1)?,
        display_name: r.get(2)?,
        kind: kind(r.get(3)?)?,
        stage: stage(r.get(4)?)?,
        city: r.get(5)?,
        country: r.get(6)?,
        employer: r.get(7)?,
        archived: r.get(8)?,
        updated_at: r.get(9)?,
        primary_handle: r.get(10)?,
        has_photo: r.get(11)?,
    })
}

/// Loads one whole person by public id.
pub fn load(conn: &Connection, id: &str) -> Result<(i64, Person)> {
    let sql = format!("SELECT {PERSON_COLS} FROM people p WHERE p.id = ?1");
    let found = conn
        .prepare_cached(&sql)?
        .query_row([id], person_from_row)
        .optional()?;
    let (rowid, mut p) = found.ok_or_else(|| Error::NotFound {
        what: "person",
        id: id.to_string(),
    })?;
    fill_children(conn, rowid, &mut p)?;
    p.photo = super::photos::get(conn, rowid)?;
    Ok((rowid, p))
}

fn fill_children(conn: &Connection, rowid: i64, p: &mut Person) -> Result<()> {
    let strings = |sql: &str| -> Result<Vec<String>> {
        let mut st = conn.prepare_cached(sql)?;
        let v = st
            .query_map([rowid], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(v)
    };
    p.emails =
        strings("SELECT email FROM person_emails WHERE person_rowid = ?1 ORDER BY position")?;
    p.languages =
        strings("SELECT language FROM person_languages WHERE person_rowid = ?1 ORDER BY position")?;
    p.tags = strings(
        "SELECT label FROM person_tags WHERE person_rowid = ?1 ORDER BY label COLLATE NOCASE",
    )?;
    let mut st = conn.prepare_cached(
        "SELECT id, platform, handle, url, audience, as_of, created_at, updated_at
         FROM channels WHERE person_rowid = ?1 ORDER BY position",
    )?;
    p.channels = st
        .query_map([rowid], |r| {
            let platform: String = r.get(1)?;
            Ok(Channel {
                id: r.get(0)?,
                platform: Platform::parse(&platform)
                    .ok_or_else(|| corrupt("platform", &platform))?,
                handle: r.get(2)?,
                url: r.get(3)?,
                audience: r.get::<_, Option<i64>>(4)?.map(|a| a.max(0) as u64),
                as_of: r.get(5)?,
                created_at: r.get(6)?,
                updated_at: r.get(7)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(())
}

/// Rewrites the derived rows (lists, search text, word keys) for one person.
pub fn write_children(conn: &Connection, rowid: i64, p: &PersonInput) -> Result<()> {
    for table in [
        "person_emails",
        "person_tags",
        "person_languages",
        "person_keys",
    ] {
        conn.prepare_cached(&format!("DELETE FROM {table} WHERE person_rowid = ?1"))?
            .execute([rowid])?;
    }
    remove_from_index(conn, rowid)?;
    add_children(conn, rowid, p)
}

/// Writes the derived rows of a person who has none yet: a new row skips the five deletes,
/// a quarter of the statements of a bulk insert.
pub fn add_children(conn: &Connection, rowid: i64, p: &PersonInput) -> Result<()> {
    add_lists(conn, rowid, p)?;
    let mut st = conn.prepare_cached(KEY_INSERT)?;
    let sort_name = fold(&p.display_name);
    for k in word_keys(p) {
        st.execute(params![k, sort_name, rowid])?;
    }
    index_fts(conn, rowid, p)
}

/// Writes a bulk import's word keys, `(key, sort name, person's rowid)` sorted by key, in one
/// ordered pass.
pub(crate) fn insert_keys<'a>(
    conn: &Connection,
    keys: impl Iterator<Item = (&'a str, &'a str, i64)>,
) -> Result<()> {
    let mut st = conn.prepare_cached(KEY_INSERT)?;
    for (key, sort_name, rowid) in keys {
        st.execute(params![key, sort_name, rowid])?;
    }
    Ok(())
}

const KEY_INSERT: &str =
    "INSERT OR IGNORE INTO person_keys (key, sort_name, person_rowid) VALUES (?1, ?2, ?3)";

/// The person's word keys (folded name words and handles); each is stored with the folded
/// display name, the `sort_name`.
pub(crate) fn word_keys(p: &PersonInput) -> impl Iterator<Item = String> + '_ {
    let names = format!("{} {} {}", p.display_name, p.first_name, p.last_name);
    words(&names)
        .collect::<Vec<_>>()
        .into_iter()
        .chain(p.channels.iter().map(|c| fold(&c.handle)))
}

/// A channel's row, as `people::write_channels` writes a new one.
macro_rules! channel_insert {
    () => {
        "INSERT INTO channels (id, person_rowid, platform, handle, url, audience, as_of, position,
            created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
    };
}

/// A new person's channels with a bundle's ids and stamps (`people::Stamps`): the channel at
/// each position takes those of `theirs` at the same position, unless the id is taken here;
/// then, and past the end of `theirs`, a new id stamped `now`.
pub(crate) fn insert_channels_stamped(
    conn: &Connection,
    rowid: i64,
    channels: &[ChannelInput],
    theirs: &[Channel],
    now: &str,
) -> Result<()> {
    let mut stamped =
        conn.prepare_cached(concat!(channel_insert!(), " ON CONFLICT (id) DO NOTHING"))?;
    let mut fresh = conn.prepare_cached(channel_insert!())?;
    for (pos, c) in channels.iter().enumerate() {
        let audience = c.audience.map(|a| a.min(i64::MAX as u64) as i64);
        let (platform, pos) = (c.platform.as_str(), pos as i64);
        let written = match theirs.get(pos as usize) {
            Some(t) => stamped.execute(params![
                t.id,
                rowid,
                platform,
                c.handle,
                c.url,
                audience,
                c.as_of,
                pos,
                t.created_at,
                t.updated_at,
            ])?,
            None => 0,
        };
        if written == 0 {
            fresh.execute(params![
                crate::new_id(),
                rowid,
                platform,
                c.handle,
                c.url,
                audience,
                c.as_of,
                pos,
                now,
                now,
            ])?;
        }
    }
    Ok(())
}

/// E-mails, tags and languages.
pub(crate) fn add_lists(conn: &Connection, rowid: i64, p: &PersonInput) -> Result<()> {
    let mut st = conn.prepare_cached(
        "INSERT INTO person_emails (person_rowid, position, email, email_norm) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (i, e) in p.emails.iter().enumerate() {
        st.execute(params![rowid, i as i64, e, e.to_lowercase()])?;
    }
    let mut st = conn.prepare_cached(
        "INSERT OR IGNORE INTO person_tags (tag, person_rowid, label) VALUES (?1, ?2, ?3)",
    )?;
    for t in &p.tags {
        st.execute(params![fold(t), rowid, t])?;
    }
    let mut st = conn.prepare_cached(
        "INSERT OR IGNORE INTO person_languages (language, person_rowid, position) VALUES (?1, ?2, ?3)",
    )?;
    for (i, l) in p.languages.iter().enumerate() {
        st.execute(params![l, rowid, i as i64])?;
    }
    Ok(())
}

/// Search text is folded here as well as by the tokenizer, so ligatures (œ) match their spelling out.
pub(crate) fn index_fts(conn: &Connection, rowid: i64, p: &PersonInput) -> Result<()> {
    insert_fts(conn, rowid, fts_text(p).each_ref().map(String::as_str))
}

/// The person's full-text columns: names, handles, bio, topics, tags, place, employer, e-mails,
/// phones (each number in the forms `search::terms::phone_terms` gives).
pub(crate) fn fts_text(p: &PersonInput) -> [String; 9] {
    let handles: Vec<String> = p
        .channels
        .iter()
        .flat_map(|c| [fold(&c.handle), c.platform.as_str().to_string()])
        .collect();
    let phones: Vec<String> = p
        .phones
        .iter()
        .flat_map(|ph| phone_terms(ph, &p.country))
        .collect();
    [
        fold(&format!(
            "{} {} {}",
            p.display_name, p.first_name, p.last_name
        )),
        handles.join(" "),
        fold(&p.bio),
        fold(&p.topics.join(" ")),
        fold(&p.tags.join(" ")),
        fold(&format!("{} {}", p.city, p.country)),
        fold(&p.employer),
        fold(&p.emails.join(" ")),
        phones.join(" "),
    ]
}

pub(crate) fn insert_fts(conn: &Connection, rowid: i64, text: [&str; 9]) -> Result<()> {
    let [names, handles, bio, topics, tags, place, employer, emails, phones] = text;
    conn.prepare_cached(
        "INSERT INTO person_fts (rowid, names, handles, bio, topics, tags, place, employer, emails, phones)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        rowid, names, handles, bio, topics, tags, place, employer, emails, phones
    ])?;
    Ok(())
}

pub fn remove_from_index(conn: &Connection, rowid: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM person_fts WHERE rowid = ?1")?
        .execute([rowid])?;
    Ok(())
}
