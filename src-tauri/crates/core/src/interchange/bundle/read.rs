//! Reading a bundle before anything is written: the first pass (`scan`) finds each section and hashes it, then the format and schema versions and every section's checksum are verified here; the records are parsed as the merge reads them (`stream`).

use crate::domain::interaction::Note;
use crate::domain::person::Person;
use crate::error::{Error, FileProblem, FileProblemKind, Result};
use crate::interchange::bundle::lists::{BundleList, BundleListMember};
use crate::interchange::bundle::scan::{scan, Span};
use crate::interchange::bundle::stream::Input;
use crate::interchange::bundle::{
    BundleFollowup, BundleInteraction, BundleManifest, Tombstone, FORMAT, FORMAT_VERSION, SECTIONS,
};
use crate::store::migrations;
use serde_json::{Map, Value as Json};
use std::collections::BTreeMap;
use std::io::Read;

/// A bundle whose versions and checksums hold: its manifest and where each section lies.
pub(crate) struct Verified {
    pub manifest: BundleManifest,
    pub spans: BTreeMap<String, Span>,
}

impl Verified {
    pub fn span(&self, name: &str) -> Option<&Span> {
        self.spans.get(name)
    }

    /// How many bytes the bundle's sections take, which sizes a large merge's page cache.
    pub fn bytes(&self) -> u64 {
        self.spans.values().map(|s| s.len).sum()
    }

    /// How many records the manifest announces, for the progress bar only.
    pub fn announced(&self) -> u64 {
        self.spans
            .keys()
            .filter_map(|k| self.manifest.counts.get(k))
            .fold(0u64, |a, n| a.saturating_add(*n))
    }
}

fn manifest(detail: impl std::fmt::Display) -> Error {
    FileProblem::new(FileProblemKind::BundleManifest)
        .detail(detail.to_string())
        .into()
}

fn too_new(what: &str, found: i64, known: i64) -> Error {
    let n = |v: i64| u64::try_from(v).unwrap_or(0);
    Error::FileTooNew(Box::new(
        FileProblem::new(FileProblemKind::BundleTooNew)
            .format(what)
            .counts(Some(n(found)), n(known)),
    ))
}

/// The first bytes, for telling a picture or a zip from text before walking the file.
/// A file that cannot be read (a folder, no permission) is an I/O error naming the file, as
/// every other import reports it, not a damaged bundle.
fn head(input: Input<'_>) -> Result<Vec<u8>> {
    let mut head = Vec::with_capacity(8192);
    input
        .open()?
        .take(8192)
        .read_to_end(&mut head)
        .map_err(|source| match input {
            Input::File(path) => Error::Io {
                path: path.display().to_string(),
                source,
            },
            Input::Bytes(_) => FileProblem::new(FileProblemKind::BundleUnreadable)
                .detail(source.to_string())
                .into(),
        })?;
    Ok(head)
}

/// Walks the bundle once and checks its versions and every section's checksum; nothing is
/// parsed beyond the manifest, nothing is written.
pub(crate) fn verify(input: Input<'_>) -> Result<Verified> {
    crate::interchange::sniff::require_text(&head(input)?)?;
    let scanned = scan(&mut input.open()?, SECTIONS)?;
    let Some(raw) = scanned.manifest else {
        return Err(FileProblem::new(FileProblemKind::NotBundle).into());
    };
    let m: Json = serde_json::from_slice(&raw).map_err(manifest)?;
    if m.get("format").and_then(Json::as_str) != Some(FORMAT) {
        return Err(FileProblem::new(FileProblemKind::NotBundle).into());
    }
    let found = m.get("format_version").and_then(Json::as_i64).unwrap_or(0);
    if found > FORMAT_VERSION as i64 {
        return Err(too_new("bundle", found, FORMAT_VERSION as i64));
    }
    let schema = m.get("schema_version").and_then(Json::as_i64).unwrap_or(0);
    if schema > migrations::LATEST {
        return Err(too_new("schema", schema, migrations::LATEST));
    }
    let manifest: BundleManifest = serde_json::from_value(m).map_err(manifest)?;
    // In the order the merge reads them, so the first section named is the first that fails.
    for name in SECTIONS {
        let Some(span) = scanned.sections.get(*name) else {
            continue;
        };
        let want = manifest
            .checksums
            .get(*name)
            .ok_or_else(|| FileProblem::new(FileProblemKind::BundleManifest).section(*name))?;
        if span.sha256 != *want {
            return Err(FileProblem::new(FileProblemKind::BundleChecksum)
                .section(*name)
                .into());
        }
    }
    Ok(Verified {
        manifest,
        spans: scanned.sections,
    })
}

/// Parses every record of every section of a verified bundle, keeping none.
fn parse_all(input: Input<'_>, v: &Verified) -> Result<()> {
    fn all<T: serde::de::DeserializeOwned>(i: Input<'_>, v: &Verified, name: &str) -> Result<()> {
        i.each::<T>(name, v.span(name), 4096, &mut |_| Ok(()))
            .map(drop)
    }
    all::<Person>(input, v, "people")?;
    all::<BundleInteraction>(input, v, "interactions")?;
    all::<Note>(input, v, "notes")?;
    all::<BundleFollowup>(input, v, "followups")?;
    all::<Map<String, Json>>(input, v, "events")?;
    all::<Map<String, Json>>(input, v, "attendees")?;
    all::<Map<String, Json>>(input, v, "meetups")?;
    all::<Tombstone>(input, v, "tombstones")?;
    all::<BundleList>(input, v, "lists")?;
    all::<BundleListMember>(input, v, "list_members")?;
    all::<crate::interchange::bundle::BundleAlias>(input, v, "aliases")?;
    all::<crate::interchange::bundle::smart_lists::BundleSmartList>(input, v, "smart_lists")?;
    use crate::interchange::bundle::{colleagues, connections, memberships, organizations};
    all::<colleagues::BundleColleague>(input, v, "colleagues")?;
    all::<organizations::BundleOrganization>(input, v, "organizations")?;
    all::<memberships::BundleMembership>(input, v, "memberships")?;
    all::<connections::BundleConnection>(input, v, "connections")?;
    all::<crate::interchange::bundle::affiliations::BundleAffiliation>(input, v, "affiliations")
}

/// Checks a bundle without importing it: versions, checksums, every record parsed. Returns the
/// manifest (for a "what is in this file" screen, and for fuzzing).
pub fn check(bytes: &[u8]) -> Result<BundleManifest> {
    let input = Input::Bytes(bytes);
    let v = verify(input)?;
    parse_all(input, &v)?;
    Ok(v.manifest)
}
