//! The JSON bundle a teammate imports: a manifest (versions, origin, counts, checksums) and every record with its id, stamps and the tombstones of deletions.
//!
//! Layout: `{"people": […], "interactions": […], "notes": […], "followups": […], "events": […],
//! "attendees": […], "meetups": […], "lists": […], "list_members": […], "smart_lists": […],
//! "tombstones": […], "aliases": […], "colleagues": […], "organizations": […],
//! "memberships": […], "connections": […], "manifest": {…}}` (`aliases`: the merges made in the
//! writer's book, an old id and its survivor's, so a teammate's book makes them too). Each section's checksum
//! is the SHA-256 of its exact bytes in the file, so a truncated or hand-edited bundle is refused
//! rather than half-merged. The manifest comes last because it holds those checksums: each section
//! is then serialised once into the file's buffer and hashed as it closes (at 1M interactions,
//! building sections apart and copying them behind a leading manifest cost a second); a
//! whole-book export reads its interactions on two threads (`bundle_out`). Readers find the
//! manifest by key. Events, attendees and meetups are written as their stored columns
//! (foreign rowids replaced by ids), so columns added later travel without a format change.

pub(crate) mod affiliations;
pub(crate) mod colleagues;
pub(crate) mod connections;
pub(crate) mod interactions;
pub(crate) mod lists;
pub(crate) mod memberships;
pub mod merge;
pub(crate) mod network;
pub(crate) mod organizations;
pub(crate) mod out;
pub(crate) mod people;
pub(crate) mod read;
pub(crate) mod scan;
pub(crate) mod smart_lists;
pub(crate) mod stream;

use crate::domain::person::Person;
use crate::error::Result;
use crate::interchange::bundle::out::{Out, Sink};
use crate::interchange::Progress;
use crate::store::{bulk, bundle_rows, migrations, tombstones};
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
    "smart_lists",
    "tombstones",
    // Added after format 1 shipped: a reader that does not know it skips it (unknown keys are
    // skipped, and only the sections a reader knows are checked), so the format stays 1.
    "aliases",
    // Added with migration 0013, skipped by older readers as `aliases` is.
    "affiliations",
    // The network (issue 16), added the same way: colleagues, organizations, memberships,
    // connections (`network`).
    "colleagues",
    "organizations",
    "memberships",
    "connections",
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
    /// Some people (a selection in the People table, whoever a smart list holds): for each of
    /// them what `Person` carries, and no lists (most of their members would be missing).
    People { ids: Vec<String> },
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
    /// The colleague who had it (their id); absent when none did, and from bundles written
    /// before colleagues travelled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colleague_id: Option<String>,
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

/// A merge made in the writer's book: `alias_id` was merged into `person_id` at `merged_at`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BundleAlias {
    pub alias_id: String,
    pub person_id: String,
    pub merged_at: String,
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
    let (f, arg) = bundle_rows::filter(conn, scope)?;
    let arg = arg.as_deref();
    let uses_arg = arg.is_some();
    let rowids = |sql: &str| bundle_rows::rowids(conn, sql, arg);
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
                crate::interchange::bundle::people::all(conn, b, spill)
            })?;
        }
        progress.check()?;
        progress.set_done(1);
        Ok(())
    };
    let second = if uses_arg {
        people_section(&mut out, conn)?;
        out.section("interactions", |b| {
            interactions::scoped(conn, b, f.interactions, arg.unwrap_or_default())
        })?;
        second
    } else {
        out.interactions_all(conn, second, progress, people_section)?
    };
    progress.check()?;
    progress.set_done(2);

    let notes = bundle_rows::notes(conn, f, arg)?;
    out.section("notes", |b| json_array(b, &notes))?;

    let followups = bundle_rows::followups(conn, f, arg)?;
    out.section("followups", |b| json_array(b, &followups))?;
    progress.set_done(4);

    let events = bundle_rows::events(conn, f, arg)?;
    out.section("events", |b| json_array(b, &events))?;
    let attendees = bundle_rows::attendees(conn, scope, f, arg)?;
    out.section("attendees", |b| json_array(b, &attendees))?;
    let meetups = bundle_rows::meetups(conn, f, arg)?;
    out.section("meetups", |b| json_array(b, &meetups))?;
    let (lists, list_members) = crate::interchange::bundle::lists::rows(conn, scope)?;
    out.section("lists", |b| json_array(b, &lists))?;
    out.section("list_members", |b| json_array(b, &list_members))?;
    let smart = crate::interchange::bundle::smart_lists::rows(conn, scope)?;
    out.section("smart_lists", |b| json_array(b, &smart))?;
    network::write(conn, scope, (f, arg), &mut out)?;

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
    // The merges made here, so a teammate's book makes them too (only those of the bundled
    // people in a scoped bundle).
    let in_scope = if uses_arg {
        Some(rowids(f.people)?)
    } else {
        None
    };
    let aliases: Vec<BundleAlias> = crate::store::bundle_aliases::all(conn, in_scope.as_deref())?
        .into_iter()
        .map(|(alias_id, person_id, merged_at)| BundleAlias {
            alias_id,
            person_id,
            merged_at,
        })
        .collect();
    out.section("aliases", |b| json_array(b, &aliases))?;
    let affiliations = affiliations::rows(conn, scope, in_scope.as_deref())?;
    out.section("affiliations", |b| json_array(b, &affiliations))?;
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

fn json_array<T: Serialize>(buf: &mut Vec<u8>, items: &[T]) -> Result<u64> {
    serde_json::to_writer(buf, items).expect("bundle records serialise");
    Ok(items.len() as u64)
}
