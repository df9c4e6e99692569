//! The JSON bundle a teammate imports: a manifest (versions, origin, counts, checksums) and every record with its id, stamps and the tombstones of deletions.
//!
//! Layout: `{"manifest": {…}, "people": […], "interactions": […], "notes": […], "followups": […],
//! "events": […], "attendees": […], "meetups": […], "tombstones": […]}`. Each section's checksum
//! is the SHA-256 of its exact bytes in the file, so a truncated or hand-edited bundle is refused
//! rather than half-merged. Events, attendees and meetups are written as their stored columns
//! (foreign rowids replaced by ids), so columns added later travel without a format change.

use super::Progress;
use crate::domain::interaction::Note;
use crate::domain::person::Person;
use crate::error::Result;
use crate::store::{bulk, migrations, tombstones};
use rusqlite::types::ValueRef;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};
use ts_rs::TS;

pub const FORMAT: &str = "liaison-bundle";
/// Bumped when a reader of the previous version could not read the new layout.
pub const FORMAT_VERSION: u32 = 1;
pub const SECTIONS: &[&str] = &[
    "people", "interactions", "notes", "followups", "events", "attendees", "meetups", "tombstones",
];

/// What a bundle holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum BundleScope {
    /// The whole book, with every tombstone.
    All,
    /// One person: their profile, notes, the interactions and follow-ups they are part of, their
    /// events (with only their attendance) and meetups.
    Person { id: String },
    /// One event: the event, its attendees (and those people), its meetups and interactions.
    Event { id: String },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BundleManifest {
    /// Always `liaison-bundle`.
    pub format: String,
    pub format_version: u32,
    /// The database schema the records come from.
    #[ts(type = "number")]
    pub schema_version: i64,
    pub created_at: String,
    /// The install that wrote it (a UUID kept in its settings).
    pub origin: String,
    pub scope: BundleScope,
    #[ts(type = "Record<string, number>")]
    pub counts: BTreeMap<String, u64>,
    /// SHA-256 (hex) of each section's bytes.
    pub checksums: BTreeMap<String, String>,
}

/// An interaction as bundled: the people are ids.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BundleInteraction {
    pub id: String,
    pub kind: String,
    pub direction: String,
    pub exchange: Option<String>,
    pub occurred_at: String,
    pub channel: String,
    pub our_side: String,
    pub body: String,
    pub event_id: Option<String>,
    pub people: Vec<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// A follow-up as stored, the people as ids.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BundleFollowup {
    pub id: String,
    pub title: String,
    pub body: String,
    pub time_zone: String,
    pub anchor_local: String,
    pub due_local: String,
    pub due_at: String,
    /// The recurrence rule's JSON, as stored.
    pub recurrence: Option<String>,
    pub done_at: Option<String>,
    pub notified_at: Option<String>,
    pub people: Vec<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tombstone {
    pub id: String,
    pub kind: String,
    pub deleted_at: String,
}

pub fn checksum(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The install id written into bundles: made once, kept in settings.
pub(crate) fn origin(tx: &Connection, now: &str) -> Result<String> {
    use crate::store::followups::{set_setting, setting};
    if let Some(id) = setting(tx, "install_id")? {
        return Ok(id);
    }
    let id = crate::new_id();
    set_setting(tx, "install_id", &id, now)?;
    Ok(id)
}

/// SQL selecting the rowids of each section's records in scope (`?1` is the scope's id).
struct Filter {
    people: &'static str,
    interactions: &'static str,
    notes: &'static str,
    followups: &'static str,
    events: &'static str,
    attendees: &'static str,
    meetups: &'static str,
}

const ALL: Filter = Filter {
    people: "SELECT rowid FROM people",
    interactions: "SELECT rowid FROM interactions",
    notes: "SELECT rowid FROM notes",
    followups: "SELECT rowid FROM followups",
    events: "SELECT rowid FROM events",
    attendees: "SELECT event_rowid FROM event_attendees",
    meetups: "SELECT rowid FROM meetups",
};

const PERSON: Filter = Filter {
    people: "SELECT rowid FROM people WHERE id = ?1",
    interactions: "SELECT interaction_rowid FROM interaction_people WHERE person_rowid = (SELECT rowid FROM people WHERE id = ?1)",
    notes: "SELECT rowid FROM notes WHERE person_rowid = (SELECT rowid FROM people WHERE id = ?1)",
    followups: "SELECT followup_rowid FROM followup_people WHERE person_rowid = (SELECT rowid FROM people WHERE id = ?1)",
    events: "SELECT event_rowid FROM event_attendees WHERE person_rowid = (SELECT rowid FROM people WHERE id = ?1)",
    attendees: "SELECT event_rowid FROM event_attendees WHERE person_rowid = (SELECT rowid FROM people WHERE id = ?1)",
    meetups: "SELECT meetup_rowid FROM meetup_people WHERE person_rowid = (SELECT rowid FROM people WHERE id = ?1)",
};

const EVENT: Filter = Filter {
    people: "SELECT person_rowid FROM event_attendees WHERE event_rowid = (SELECT rowid FROM events WHERE id = ?1)",
    interactions: "SELECT rowid FROM interactions WHERE event_id = ?1",
    notes: "SELECT rowid FROM notes WHERE 0",
    followups: "SELECT rowid FROM followups WHERE 0",
    events: "SELECT rowid FROM events WHERE id = ?1",
    attendees: "SELECT rowid FROM events WHERE id = ?1",
    meetups: "SELECT rowid FROM meetups WHERE event_rowid = (SELECT rowid FROM events WHERE id = ?1)",
};

/// Writes the bundle of `scope` as one JSON document.
pub(crate) fn export(
    conn: &Connection,
    scope: &BundleScope,
    created_at: &str,
    origin: &str,
    progress: &Progress,
) -> Result<Vec<u8>> {
    let (f, arg) = match scope {
        BundleScope::All => (&ALL, String::new()),
        BundleScope::Person { id } => {
            crate::store::people::rowid_of(conn, id)?;
            (&PERSON, id.clone())
        }
        BundleScope::Event { id } => {
            crate::store::events::rowid_of(conn, id)?;
            (&EVENT, id.clone())
        }
    };
    let arg = arg.as_str();
    let uses_arg = !matches!(scope, BundleScope::All);
    let rowids = |sql: &str| -> Result<Vec<i64>> {
        let mut st = conn.prepare(sql)?;
        let v = if uses_arg {
            st.query_map([arg], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?
        } else {
            st.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?
        };
        Ok(v)
    };
    progress.start(SECTIONS.len() as u64);
    let mut sections: Vec<(&str, Vec<u8>, u64)> = Vec::new();
    let people: Vec<Person> = if uses_arg {
        bulk::people(conn, Some(&rowids(f.people)?))?
    } else {
        bulk::people(conn, None)?
    }
    .into_iter()
    .map(|(_, p)| p)
    .collect();
    sections.push(("people", to_json(&people), people.len() as u64));
    drop(people);
    progress.check()?;
    progress.set_done(1);

    let (bytes, n) = interactions(conn, (uses_arg).then(|| (f.interactions, arg)))?;
    sections.push(("interactions", bytes, n));
    progress.check()?;
    progress.set_done(2);

    let notes: Vec<Note> = query_in(conn, f.notes, uses_arg.then_some(arg),
        "SELECT n.id, p.id, n.body, n.pinned, n.created_at, n.updated_at FROM notes n
         JOIN people p ON p.rowid = n.person_rowid WHERE n.rowid IN ({}) ORDER BY n.rowid",
        |r| Ok(Note { id: r.get(0)?, person_id: r.get(1)?, body: r.get(2)?, pinned: r.get(3)?,
            created_at: r.get(4)?, updated_at: r.get(5)? }))?;
    sections.push(("notes", to_json(&notes), notes.len() as u64));

    let mut followups: Vec<BundleFollowup> = query_in(conn, f.followups, uses_arg.then_some(arg),
        "SELECT f.id, f.title, f.body, f.time_zone, f.anchor_local, f.due_local, f.due_at, f.recurrence,
            f.done_at, f.notified_at, f.created_at, f.updated_at FROM followups f
         WHERE f.rowid IN ({}) ORDER BY f.rowid",
        |r| Ok(BundleFollowup { id: r.get(0)?, title: r.get(1)?, body: r.get(2)?, time_zone: r.get(3)?,
            anchor_local: r.get(4)?, due_local: r.get(5)?, due_at: r.get(6)?, recurrence: r.get(7)?,
            done_at: r.get(8)?, notified_at: r.get(9)?, created_at: r.get(10)?, updated_at: r.get(11)?,
            people: Vec::new() }))?;
    let links = id_lists(conn, "SELECT f.id, p.id FROM followup_people fp JOIN followups f ON f.rowid = fp.followup_rowid
        JOIN people p ON p.rowid = fp.person_rowid ORDER BY p.id")?;
    for fu in &mut followups {
        fu.people = links.get(&fu.id).cloned().unwrap_or_default();
    }
    sections.push(("followups", to_json(&followups), followups.len() as u64));
    progress.set_done(4);

    let events = raw_rows(conn, &format!("SELECT e.* FROM events e WHERE e.rowid IN ({}) ORDER BY e.rowid", f.events),
        uses_arg.then_some(arg), &[])?;
    sections.push(("events", to_json(&events), events.len() as u64));
    let attendee_where = if matches!(scope, BundleScope::Person { .. }) {
        "a.person_rowid = (SELECT rowid FROM people WHERE id = ?1)".to_string()
    } else {
        format!("a.event_rowid IN ({})", f.attendees)
    };
    let attendees = raw_rows(conn, &format!(
        "SELECT a.*, e.id AS event_id, p.id AS person_id FROM event_attendees a
         JOIN events e ON e.rowid = a.event_rowid JOIN people p ON p.rowid = a.person_rowid
         WHERE {attendee_where} ORDER BY a.event_rowid, a.person_rowid"), uses_arg.then_some(arg), &["event_rowid", "person_rowid"])?;
    sections.push(("attendees", to_json(&attendees), attendees.len() as u64));
    let mut meetups = raw_rows(conn, &format!(
        "SELECT m.*, e.id AS event_id FROM meetups m LEFT JOIN events e ON e.rowid = m.event_rowid
         WHERE m.rowid IN ({}) ORDER BY m.rowid", f.meetups), uses_arg.then_some(arg), &["event_rowid"])?;
    let links = id_lists(conn, "SELECT m.id, p.id FROM meetup_people mp JOIN meetups m ON m.rowid = mp.meetup_rowid
        JOIN people p ON p.rowid = mp.person_rowid ORDER BY p.id")?;
    for m in &mut meetups {
        let id = m.get("id").and_then(|v| v.as_str()).unwrap_or_default().to_string();
        let ids = links.get(&id).cloned().unwrap_or_default();
        m.insert("people".into(), serde_json::json!(ids));
    }
    sections.push(("meetups", to_json(&meetups), meetups.len() as u64));

    let stones: Vec<Tombstone> = if uses_arg {
        Vec::new()
    } else {
        tombstones::all(conn)?
            .into_iter()
            .map(|(id, kind, deleted_at)| Tombstone { id, kind, deleted_at })
            .collect()
    };
    sections.push(("tombstones", to_json(&stones), stones.len() as u64));
    progress.set_done(SECTIONS.len() as u64);

    let manifest = BundleManifest {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        schema_version: migrations::version(conn)?,
        created_at: created_at.into(),
        origin: origin.into(),
        scope: scope.clone(),
        counts: sections.iter().map(|(k, _, n)| (k.to_string(), *n)).collect(),
        checksums: sections.iter().map(|(k, b, _)| (k.to_string(), checksum(b))).collect(),
    };
    let total: usize = sections.iter().map(|(_, b, _)| b.len() + 20).sum();
    let mut out = Vec::with_capacity(total + 1024);
    out.extend_from_slice(b"{\"manifest\":");
    serde_json::to_writer_pretty(&mut out, &manifest).expect("a manifest serialises");
    for (k, b, _) in &sections {
        out.extend_from_slice(format!(",\n\"{k}\":").as_bytes());
        out.extend_from_slice(b);
    }
    out.extend_from_slice(b"}\n");
    Ok(out)
}

/// Our own records always serialise; a failure here is a bug, not bad input.
fn to_json<T: Serialize>(v: &T) -> Vec<u8> {
    serde_json::to_vec(v).expect("bundle records serialise")
}

fn query_in<T>(
    conn: &Connection,
    filter: &str,
    arg: Option<&str>,
    sql: &str,
    f: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    let mut st = conn.prepare(&sql.replace("{}", filter))?;
    let rows = match arg {
        Some(a) => st.query_map([a], f)?.collect::<rusqlite::Result<_>>()?,
        None => st.query_map([], f)?.collect::<rusqlite::Result<_>>()?,
    };
    Ok(rows)
}

/// `owner id → [person ids]` for a link table.
fn id_lists(conn: &Connection, sql: &str) -> Result<HashMap<String, Vec<String>>> {
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    let mut st = conn.prepare(sql)?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        out.entry(r.get(0)?).or_default().push(r.get(1)?);
    }
    Ok(out)
}

/// Rows as `column → value` objects, without `rowid` and the `drop` columns.
fn raw_rows(
    conn: &Connection,
    sql: &str,
    arg: Option<&str>,
    drop: &[&str],
) -> Result<Vec<serde_json::Map<String, serde_json::Value>>> {
    let mut st = conn.prepare(sql)?;
    let names: Vec<String> = st.column_names().map(|s| s.to_string()).collect();
    let mut rows = match arg {
        Some(a) => st.query([a])?,
        None => st.query([])?,
    };
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let mut m = serde_json::Map::new();
        for (i, name) in names.iter().enumerate() {
            if name == "rowid" || drop.contains(&name.as_str()) {
                continue;
            }
            let v = match r.get_ref(i)? {
                ValueRef::Null => serde_json::Value::Null,
                ValueRef::Integer(n) => n.into(),
                ValueRef::Real(x) => x.into(),
                ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned().into(),
                ValueRef::Blob(b) => b.iter().map(|x| format!("{x:02x}")).collect::<String>().into(),
            };
            m.insert(name.clone(), v);
        }
        out.push(m);
    }
    Ok(out)
}

/// Interactions in rowid order with their people's ids, read as two ordered scans walked in
/// step (a per-row lookup of the people costs ~1 s more at a million interactions).
fn interactions(conn: &Connection, only: Option<(&str, &str)>) -> Result<(Vec<u8>, u64)> {
    let person_ids: HashMap<i64, String> = {
        let mut st = conn.prepare("SELECT rowid, id FROM people")?;
        let v = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        v
    };
    let (w_i, w_l) = match only {
        Some((f, _)) => (format!("WHERE i.rowid IN ({f})"), format!("WHERE ip.interaction_rowid IN ({f})")),
        None => (String::new(), String::new()),
    };
    let mut links = conn.prepare(&format!(
        "SELECT ip.interaction_rowid, ip.person_rowid FROM interaction_people ip {w_l}
         ORDER BY ip.interaction_rowid"
    ))?;
    let mut items = conn.prepare(&format!(
        "SELECT i.rowid, i.id, i.kind, i.direction, i.exchange, i.occurred_at, i.channel, i.our_side,
            i.body, i.event_id, i.created_at, i.updated_at FROM interactions i {w_i} ORDER BY i.rowid"
    ))?;
    let arg = only.map(|(_, a)| a);
    let mut links = match arg { Some(a) => links.query([a])?, None => links.query([])? };
    let mut rows = match arg { Some(a) => items.query([a])?, None => items.query([])? };
    let mut pending: Option<(i64, i64)> = None;
    let mut out = Vec::with_capacity(1 << 20);
    out.push(b'[');
    let mut n = 0u64;
    while let Some(r) = rows.next()? {
        let rowid: i64 = r.get(0)?;
        let mut people = Vec::new();
        loop {
            if pending.is_none() {
                pending = match links.next()? {
                    Some(l) => Some((l.get(0)?, l.get(1)?)),
                    None => None,
                };
            }
            match pending {
                Some((i, p)) if i == rowid => {
                    if let Some(id) = person_ids.get(&p) {
                        people.push(id.clone());
                    }
                    pending = None;
                }
                Some((i, _)) if i < rowid => pending = None,
                _ => break,
            }
        }
        people.sort();
        let item = BundleInteraction {
            id: r.get(1)?, kind: r.get(2)?, direction: r.get(3)?, exchange: r.get(4)?,
            occurred_at: r.get(5)?, channel: r.get(6)?, our_side: r.get(7)?, body: r.get(8)?,
            event_id: r.get(9)?, people, created_at: r.get(10)?, updated_at: r.get(11)?,
        };
        if n > 0 {
            out.push(b',');
        }
        serde_json::to_writer(&mut out, &item).expect("an interaction serialises");
        n += 1;
    }
    out.push(b']');
    Ok((out, n))
}
