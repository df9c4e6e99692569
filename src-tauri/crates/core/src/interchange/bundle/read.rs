//! Reading a bundle before anything is written: format and schema versions, each section's checksum, every record parsed.

use crate::domain::interaction::Note;
use crate::domain::person::Person;
use crate::error::{Error, Result};
use crate::interchange::bundle::lists::{BundleList, BundleListMember};
use crate::interchange::bundle::{
    checksum, BundleFollowup, BundleInteraction, BundleManifest, Tombstone, FORMAT, FORMAT_VERSION,
};
use crate::store::migrations;
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::{Map, Value as Json};

#[derive(Deserialize)]
struct Raw<'a> {
    pub manifest: Json,
    #[serde(borrow)]
    pub people: Option<&'a RawValue>,
    #[serde(borrow)]
    pub interactions: Option<&'a RawValue>,
    #[serde(borrow)]
    pub notes: Option<&'a RawValue>,
    #[serde(borrow)]
    pub followups: Option<&'a RawValue>,
    #[serde(borrow)]
    pub events: Option<&'a RawValue>,
    #[serde(borrow)]
    pub attendees: Option<&'a RawValue>,
    #[serde(borrow)]
    pub meetups: Option<&'a RawValue>,
    #[serde(borrow)]
    pub tombstones: Option<&'a RawValue>,
    #[serde(borrow)]
    pub lists: Option<&'a RawValue>,
    #[serde(borrow)]
    pub list_members: Option<&'a RawValue>,
}

pub(crate) struct Parsed {
    pub manifest: BundleManifest,
    pub people: Vec<Person>,
    pub interactions: Vec<BundleInteraction>,
    pub notes: Vec<Note>,
    pub followups: Vec<BundleFollowup>,
    pub events: Vec<Map<String, Json>>,
    pub attendees: Vec<Map<String, Json>>,
    pub meetups: Vec<Map<String, Json>>,
    pub tombstones: Vec<Tombstone>,
    /// Empty for a bundle from before lists.
    pub lists: Vec<BundleList>,
    pub list_members: Vec<BundleListMember>,
}

fn bad(msg: impl Into<String>) -> Error {
    Error::BadFile(msg.into())
}

/// Checks versions and checksums and parses every record; nothing is written.
pub(crate) fn parse(bytes: &[u8]) -> Result<Parsed> {
    crate::interchange::sniff::require_text(bytes)?;
    let raw: Raw<'_> = serde_json::from_slice(bytes).map_err(|e| {
        bad(format!(
            "this is not a Liaison bundle (line {}): {e}",
            e.line()
        ))
    })?;
    let m = &raw.manifest;
    if m.get("format").and_then(Json::as_str) != Some(FORMAT) {
        return Err(bad(
            "this JSON file is not a Liaison bundle (manifest.format is not liaison-bundle)",
        ));
    }
    let found = m.get("format_version").and_then(Json::as_i64).unwrap_or(0);
    if found > FORMAT_VERSION as i64 {
        return Err(Error::FileTooNew {
            what: "bundle format",
            found,
            known: FORMAT_VERSION as i64,
        });
    }
    let schema = m.get("schema_version").and_then(Json::as_i64).unwrap_or(0);
    if schema > migrations::LATEST {
        return Err(Error::FileTooNew {
            what: "schema",
            found: schema,
            known: migrations::LATEST,
        });
    }
    let manifest: BundleManifest = serde_json::from_value(raw.manifest.clone())
        .map_err(|e| bad(format!("the bundle's manifest is incomplete: {e}")))?;
    fn section<T: serde::de::DeserializeOwned>(
        m: &BundleManifest,
        name: &str,
        raw: Option<&RawValue>,
    ) -> Result<Vec<T>> {
        let Some(raw) = raw else {
            return Ok(Vec::new());
        };
        let want = m
            .checksums
            .get(name)
            .ok_or_else(|| bad(format!("the manifest has no checksum for {name}")))?;
        if checksum(raw.get().as_bytes()) != *want {
            return Err(bad(format!(
                "the bundle's {name} do not match their checksum: the file was altered or is incomplete"
            )));
        }
        serde_json::from_str(raw.get())
            .map_err(|e| bad(format!("a record in {name} is malformed: {e}")))
    }
    Ok(Parsed {
        people: section(&manifest, "people", raw.people)?,
        interactions: section(&manifest, "interactions", raw.interactions)?,
        notes: section(&manifest, "notes", raw.notes)?,
        followups: section(&manifest, "followups", raw.followups)?,
        events: section(&manifest, "events", raw.events)?,
        attendees: section(&manifest, "attendees", raw.attendees)?,
        meetups: section(&manifest, "meetups", raw.meetups)?,
        tombstones: section(&manifest, "tombstones", raw.tombstones)?,
        lists: section(&manifest, "lists", raw.lists)?,
        list_members: section(&manifest, "list_members", raw.list_members)?,
        manifest,
    })
}

/// Checks a bundle without importing it: versions, checksums, every record parsed. Returns the
/// manifest (for a "what is in this file" screen, and for fuzzing).
pub fn check(bytes: &[u8]) -> Result<BundleManifest> {
    Ok(parse(bytes)?.manifest)
}
