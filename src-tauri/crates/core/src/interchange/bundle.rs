//! The JSON bundle a teammate imports: a manifest (versions, origin, counts, checksums) and every record with its id, stamps and the tombstones of deletions.
//!
//! Layout: `{"people": […], "interactions": […], "notes": […], "followups": […], "events": […],
//! "attendees": […], "meetups": […], "lists": […], "list_members": […], "tombstones": […],
//! "manifest": {…}}`. Each section's checksum
//! is the SHA-256 of its exact bytes in the file, so a truncated or hand-edited bundle is refused
//! rather than half-merged. The manifest comes last because it holds those checksums: each section
//! is then serialised once into the file's buffer and hashed as it closes (at 1M interactions,
//! building sections apart and copying them behind a leading manifest cost a second); a
//! whole-book export reads its interactions on two threads (`bundle_out`). Readers find the
//! manifest by key. Events, attendees and meetups are written as their stored columns
//! (foreign rowids replaced by ids), so columns added later travel without a format change.

use super::bundle_interactions;
use super::bundle_out::{Out, Sink};
use super::bundle_rows::{id_lists, json_array, query_in, raw_rows};
use super::Progress;
use crate::domain::interaction::Note;
use crate::domain::person::Person;
use crate::error::Result;
use crate::store::{bulk, migrations, tombstones};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use ts_rs::TS;

pub const FORMAT: &str = "liaison-bundle";
/// Bumped when a reader of the previous version could not read the new layout.
pub const FORMAT_VERSION: u32 = 1;
pub const SECTIONS: &[&str] = &[
    "people",
    "interactions",
    "notes",
    "followups",
    "events",
    "attendees",
    "meetups",
    "lists",
    "list_members",
    "tombstones",
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
    /// One list: the list, its memberships, and for each member what `Person` carries.
    List { id: String },
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
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
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

/// A list's members, for the `LIST` filter.
const LIST_MEMBERS: &str =
    "SELECT person_rowid FROM list_members WHERE list_rowid = (SELECT rowid FROM lists WHERE id = ?1)";

const LIST: Filter = Filter {
    people: LIST_MEMBERS,
    interactions: "SELECT DISTINCT interaction_rowid FROM interaction_people WHERE person_rowid IN (SELECT person_rowid FROM list_members WHERE list_rowid = (SELECT rowid FROM lists WHERE id = ?1))",
    notes: "SELECT rowid FROM notes WHERE person_rowid IN (SELECT person_rowid FROM list_members WHERE list_rowid = (SELECT rowid FROM lists WHERE id = ?1))",
    followups: "SELECT DISTINCT followup_rowid FROM followup_people WHERE person_rowid IN (SELECT person_rowid FROM list_members WHERE list_rowid = (SELECT rowid FROM lists WHERE id = ?1))",
    events: "SELECT DISTINCT event_rowid FROM event_attendees WHERE person_rowid IN (SELECT person_rowid FROM list_members WHERE list_rowid = (SELECT rowid FROM lists WHERE id = ?1))",
    attendees: "SELECT DISTINCT event_rowid FROM event_attendees WHERE person_rowid IN (SELECT person_rowid FROM list_members WHERE list_rowid = (SELECT rowid FROM lists WHERE id = ?1))",
    meetups: "SELECT DISTINCT meetup_rowid FROM meetup_people WHERE person_rowid IN (SELECT person_rowid FROM list_members WHERE list_rowid = (SELECT rowid FROM lists WHERE id = ?1))",
};

/// Writes the bundle of `scope` as one JSON document into `sink`. With `second`, a read
/// connection on the same snapshot as `conn`, the whole book's interactions are read on another
/// thread (see `bundle_out`); the connection is handed back for the next export.
pub(crate) fn export(
    conn: &Connection,
    second: Option<Connection>,
    scope: &BundleScope,
    created_at: &str,
    origin: &str,
    progress: &Progress,
    sink: &mut dyn Sink,
) -> Result<Option<Connection>> {
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
        BundleScope::List { id } => {
            crate::store::lists::rowid_of(conn, id)?;
            (&LIST, id.clone())
        }
    };
    let arg = arg.as_str();
    let uses_arg = !matches!(scope, BundleScope::All);
    let rowids = |sql: &str| -> Result<Vec<i64>> {
        let mut st = conn.prepare(sql)?;
        let v = if uses_arg {
            st.query_map([arg], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?
        } else {
            st.query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?
        };
        Ok(v)
    };
    progress.start(SECTIONS.len() as u64);
    // A few thousand people at a time for the whole book (see `section_spilling`).
    let capacity = if uses_arg { 1 << 16 } else { 8 << 20 };
    let mut out = Out::new(capacity, sink);
    let people_section = |out: &mut Out, conn: &Connection| -> Result<()> {
        if uses_arg {
            let people: Vec<Person> = bulk::people(conn, Some(&rowids(f.people)?))?
                .into_iter()
                .map(|(_, p)| p)
                .collect();
            out.section("people", |b| json_array(b, &people))?;
        } else {
            out.section_spilling("people", |b, spill| {
                super::bundle_people::all(conn, b, spill)
            })?;
        }
        progress.check()?;
        progress.set_done(1);
        Ok(())
    };
    let second = if uses_arg {
        people_section(&mut out, conn)?;
        out.section("interactions", |b| {
            bundle_interactions::scoped(conn, b, f.interactions, arg)
        })?;
        second
    } else {
        out.interactions_all(conn, second, progress, people_section)?
    };
    progress.check()?;
    progress.set_done(2);

    let notes: Vec<Note> = query_in(
        conn,
        f.notes,
        uses_arg.then_some(arg),
        "SELECT n.id, p.id, n.body, n.pinned, n.created_at, n.updated_at FROM notes n
         JOIN people p ON p.rowid = n.person_rowid WHERE n.rowid IN ({}) ORDER BY n.rowid",
        |r| {
            Ok(Note {
                id: r.get(0)?,
                person_id: r.get(1)?,
                body: r.get(2)?,
                pinned: r.get(3)?,
                created_at: r.get(4)?,
                updated_at: r.get(5)?,
            })
        },
    )?;
    out.section("notes", |b| json_array(b, &notes))?;

    let mut followups: Vec<BundleFollowup> = query_in(conn, f.followups, uses_arg.then_some(arg),
        "SELECT f.id, f.title, f.body, f.time_zone, f.anchor_local, f.due_local, f.due_at, f.recurrence,
            f.done_at, f.notified_at, f.created_at, f.updated_at FROM followups f
         WHERE f.rowid IN ({}) ORDER BY f.rowid",
        |r| Ok(BundleFollowup { id: r.get(0)?, title: r.get(1)?, body: r.get(2)?, time_zone: r.get(3)?,
            anchor_local: r.get(4)?, due_local: r.get(5)?, due_at: r.get(6)?, recurrence: r.get(7)?,
            done_at: r.get(8)?, notified_at: r.get(9)?, created_at: r.get(10)?, updated_at: r.get(11)?,
            people: Vec::new() }))?;
    let links = id_lists(
        conn,
        "SELECT f.id, p.id FROM followup_people fp JOIN followups f ON f.rowid = fp.followup_rowid
        JOIN people p ON p.rowid = fp.person_rowid ORDER BY p.id",
    )?;
    for fu in &mut followups {
        fu.people = links.get(&fu.id).cloned().unwrap_or_default();
    }
    out.section("followups", |b| json_array(b, &followups))?;
    progress.set_done(4);

    let events = raw_rows(
        conn,
        &format!(
            "SELECT e.* FROM events e WHERE e.rowid IN ({}) ORDER BY e.rowid",
            f.events
        ),
        uses_arg.then_some(arg),
        &[],
    )?;
    out.section("events", |b| json_array(b, &events))?;
    let attendee_where = match scope {
        BundleScope::Person { .. } => {
            "a.person_rowid = (SELECT rowid FROM people WHERE id = ?1)".to_string()
        }
        // Only the members' attendance, as a person bundle carries only theirs.
        BundleScope::List { .. } => format!("a.person_rowid IN ({LIST_MEMBERS})"),
        _ => format!("a.event_rowid IN ({})", f.attendees),
    };
    let attendees = raw_rows(
        conn,
        &format!(
            "SELECT a.*, e.id AS event_id, p.id AS person_id FROM event_attendees a
         JOIN events e ON e.rowid = a.event_rowid JOIN people p ON p.rowid = a.person_rowid
         WHERE {attendee_where} ORDER BY a.event_rowid, a.person_rowid"
        ),
        uses_arg.then_some(arg),
        &["event_rowid", "person_rowid"],
    )?;
    out.section("attendees", |b| json_array(b, &attendees))?;
    let mut meetups = raw_rows(
        conn,
        &format!(
        "SELECT m.*, e.id AS event_id FROM meetups m LEFT JOIN events e ON e.rowid = m.event_rowid
         WHERE m.rowid IN ({}) ORDER BY m.rowid", f.meetups),
        uses_arg.then_some(arg),
        &["event_rowid"],
    )?;
    let links = id_lists(
        conn,
        "SELECT m.id, p.id FROM meetup_people mp JOIN meetups m ON m.rowid = mp.meetup_rowid
        JOIN people p ON p.rowid = mp.person_rowid ORDER BY p.id",
    )?;
    for m in &mut meetups {
        let id = m
            .get("id")
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string();
        let ids = links.get(&id).cloned().unwrap_or_default();
        m.insert("people".into(), serde_json::json!(ids));
    }
    out.section("meetups", |b| json_array(b, &meetups))?;
    let (lists, list_members) = super::bundle_lists::rows(conn, scope)?;
    out.section("lists", |b| json_array(b, &lists))?;
    out.section("list_members", |b| json_array(b, &list_members))?;

    let stones: Vec<Tombstone> = if uses_arg {
        Vec::new()
    } else {
        tombstones::all(conn)?
            .into_iter()
            .map(|(id, kind, deleted_at)| Tombstone {
                id,
                kind,
                deleted_at,
            })
            .collect()
    };
    out.section("tombstones", |b| json_array(b, &stones))?;
    progress.set_done(SECTIONS.len() as u64);

    let manifest = BundleManifest {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        schema_version: migrations::version(conn)?,
        created_at: created_at.into(),
        origin: origin.into(),
        scope: scope.clone(),
        counts: std::mem::take(&mut out.counts),
        checksums: std::mem::take(&mut out.checksums),
    };
    out.finish(&manifest)?;
    Ok(second)
}
