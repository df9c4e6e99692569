//! Merging a teammate's bundle: new records are added, the same id with a newer `updated_at` wins per record, tombstones delete what was not edited since, and a second import changes nothing.
//!
//! The bundle is verified first (format and schema versions, every section's checksum: `read`),
//! then its sections are read again one after the other and applied a batch of records at a
//! time (`stream`), all in one transaction: a record that does not parse, even the last of a
//! million, rolls everything back, so the book is untouched. A record that parses but cannot be
//! applied (an interaction none of whose people exist here, an invalid person) is listed, not
//! fatal. Memory is bounded by a batch of records plus the maps of people (their ids here).

mod aliases;
mod bulk;
mod links;
pub(crate) mod network;
mod records;
mod report;
mod rows;
mod touched;

pub use report::BundleReport;

use crate::domain::interaction::Note;
use crate::domain::person::Person;
use crate::domain::provenance::ImportSource;
use crate::error::Result;
use crate::interchange::bundle::lists::{BundleList, BundleListMember, ListMerge};
pub use crate::interchange::bundle::read::check;
use crate::interchange::bundle::read::Verified;
use crate::interchange::bundle::stream::Input;
use crate::interchange::bundle::{BundleAlias, BundleFollowup, Tombstone};
use crate::interchange::Progress;
use crate::store::bundle_merge_rows;
use crate::store::tombstones;
use rusqlite::Connection;
use serde_json::{Map, Value as Json};

/// Where a record stands against ours.
enum Side {
    Add,
    Theirs(i64),
    Same,
}

struct Merge<'a> {
    tx: &'a Connection,
    now: &'a str,
    /// Their person id → our rowid, for people merged into someone already here.
    alias: std::collections::HashMap<String, i64>,
    /// Everyone here by id → rowid, once the people are merged (`load_people`).
    here: Option<std::sync::Arc<bundle_merge_rows::PeopleIds>>,
    /// Someone was here before the merge: only then can a new person be someone already here.
    had_people: bool,
    /// People this import inserted.
    inserted: std::collections::HashSet<i64>,
    report: BundleReport,
    /// People whose derived figures the merge must refresh.
    touched: touched::Touched,
    /// Into a book with no one yet, a large bundle's people are written in bulk (`bulk`).
    bulk: Option<bulk::BulkPeople>,
    /// What the bulk path leaves until the people's figures are written.
    bulk_figures: Option<bulk::BulkFigures>,
    /// The book had no interactions and no interaction's tombstone when the merge reached
    /// them: each is inserted without looking its id up first.
    fresh_interactions: bool,
    /// Into a book with no interactions, a large bundle's links to people are held and
    /// written in order (`links`).
    links: Option<links::BulkLinks>,
    /// The bundle comes from a book that keeps photos: a person without one has none.
    photos_travel: bool,
    /// The file, recorded in the history of each person the merge creates or changes.
    source: &'a ImportSource,
    /// Their colleagues and organizations as merged here.
    network: network::Network,
}

/// The smallest page cache of a large merge (KiB).
const LARGE_CACHE_KIB: i64 = 256 * 1024;

/// The page cache of a large merge (KiB): as large as the book the bundle makes, so no page is
/// written out to the WAL in the middle of the transaction and read back (decrypted and checked)
/// later. A bundle's merged book takes about 1.3× its bytes (1.5× leaves room); the cache is
/// taken only as pages are touched, so the peak stays within the import rule of 2× the file +
/// 100 MB (BENCHMARKS.md, issue 14: the 532 MB bundle's merge peaks at ~910 MB instead of
/// 415 MB, for ~1.5 s less CPU than with a fixed 256 MiB).
fn large_cache_kib(bundle_bytes: u64) -> i64 {
    let scaled = i64::try_from(bundle_bytes / 1024 * 3 / 2).unwrap_or(i64::MAX);
    scaled.clamp(LARGE_CACHE_KIB, 4 * 1024 * 1024)
}

/// Records from which a bundle is merged as a large one (more cache, larger FTS segments).
const LARGE: u64 = 100_000;
/// FTS5's pending terms during a large merge (bytes).
const FTS_PENDING: i64 = 32 << 20;

/// Records per batch: enough to amortise the per-batch work, few enough to stay a few MB.
const BATCH: usize = 4096;

/// The first schema with people's photos (migration 0006): older bundles say nothing of them.
const PHOTOS_FROM_SCHEMA: i64 = 6;

impl Merge<'_> {
    fn conflict(&mut self, kind: &str, id: &str, kept: &str, reason: &str) {
        self.report.conflict(kind, id, kept, reason);
    }

    /// Newest `updated_at` wins; a record deleted here stays deleted.
    fn side(&mut self, kind: &str, table: &str, id: &str, theirs: &str) -> Result<Option<Side>> {
        let ours: Option<(i64, String)> = bundle_merge_rows::stamp(self.tx, table, id)?;
        Ok(Some(match ours {
            None => {
                if let Some(at) = tombstones::deleted_at(self.tx, id)? {
                    self.report.unchanged += 1;
                    if theirs > at.as_str() {
                        self.conflict(
                            kind,
                            id,
                            "ours",
                            "edited there after it was deleted here; it stays deleted",
                        );
                    }
                    return Ok(None);
                }
                self.report.added += 1;
                Side::Add
            }
            Some((rowid, ours)) if theirs > ours.as_str() => {
                self.report.updated += 1;
                self.conflict(kind, id, "theirs", "changed on both sides; theirs is newer");
                Side::Theirs(rowid)
            }
            Some((_, ours)) => {
                self.report.unchanged += 1;
                if theirs < ours.as_str() {
                    self.conflict(kind, id, "ours", "changed on both sides; ours is newer");
                }
                Side::Same
            }
        }))
    }
}

/// Merges a verified bundle into the book in one transaction (rolled back at the end for a dry
/// run, and on any error, a malformed record included). `(input, b)`: the bundle and what its
/// first pass found.
pub(crate) fn import(
    db: &crate::store::Db,
    now: &str,
    (input, b): (Input<'_>, &Verified),
    source: &ImportSource,
    dry_run: bool,
    force: bool,
    progress: &Progress,
) -> Result<BundleReport> {
    progress.start(b.announced());
    let merge = |tx: &Connection| -> Result<BundleReport> {
        let book_size: u64 = bundle_merge_rows::book_size(tx)?;
        tx.execute_batch("SAVEPOINT bundle")?;
        // FTS5 writes its pending terms out as a new segment each time they pass 1 MiB, then
        // merges segments again and again: a million interactions' words went through the
        // cache several times. Fewer, larger segments for the merge; the default after (inside
        // the savepoint, so a refused merge or a dry run leaves no trace of either).
        let large = b.announced() > LARGE;
        if large {
            bundle_merge_rows::fts_pending(tx, FTS_PENDING)?;
        }
        let mut m = Merge {
            tx,
            now,
            alias: Default::default(),
            here: None,
            had_people: bundle_merge_rows::has_people(tx)?,
            inserted: Default::default(),
            report: BundleReport {
                origin: b.manifest.origin.clone(),
                ..Default::default()
            },
            touched: Default::default(),
            bulk: None,
            bulk_figures: None,
            fresh_interactions: false,
            links: None,
            photos_travel: b.manifest.schema_version >= PHOTOS_FROM_SCHEMA,
            source,
            network: Default::default(),
        };
        let done = std::cell::Cell::new(0u64);
        let tick = |n: usize| -> Result<()> {
            done.set(done.get() + n as u64);
            progress.set_done(done.get());
            progress.check()
        };
        let span = |name: &str| b.span(name);
        // The teammate's merges first: people merged there are merged here before their
        // survivor's record arrives, and ids merged away here lead to their survivor.
        let mut aliases = Vec::new();
        input.each::<BundleAlias>("aliases", span("aliases"), BATCH, &mut |batch| {
            let n = batch.len();
            aliases.extend(batch);
            tick(n)
        })?;
        m.merges_before_people(&aliases)?;
        m.network
            .before_people(tx, (input, b), &mut m.report, &tick)?;
        let people_announced = b.manifest.counts.get("people").copied().unwrap_or(0);
        if !m.had_people && people_announced >= bulk::BULK_PEOPLE_FROM {
            m.bulk = Some(bulk::BulkPeople::start(tx)?);
        }
        input.each_piped::<Person>("people", span("people"), BATCH, &mut |batch| {
            for p in &batch {
                m.person(p)?;
            }
            tick(batch.len())
        })?;
        m.end_bulk()?;
        m.aliases_after_people(&aliases)?;
        m.load_people()?;
        input.each::<Map<String, Json>>("events", span("events"), BATCH, &mut |batch| {
            for e in &batch {
                m.raw("event", "events", e)?;
            }
            tick(batch.len())
        })?;
        m.fresh_interactions = bundle_merge_rows::no_interactions_yet(tx)?;
        let interactions_announced = b.manifest.counts.get("interactions").copied();
        let interactions_announced = interactions_announced.unwrap_or(0);
        if m.fresh_interactions && interactions_announced >= links::BULK_LINKS_FROM {
            m.links = Some(links::BulkLinks::start(tx, interactions_announced)?);
        }
        // Their people's rowids found on the parsing thread, from maps no interaction changes.
        input.each_piped_then(
            "interactions",
            span("interactions"),
            BATCH,
            &records::with_people(m.alias.clone(), m.here.clone()),
            &mut |batch| {
                let n = batch.len();
                m.interactions(batch)?;
                tick(n)
            },
        )?;
        m.end_links()?;
        input.each_piped::<Note>("notes", span("notes"), BATCH, &mut |batch| {
            for n in &batch {
                m.note(n)?;
            }
            tick(batch.len())
        })?;
        input.each_piped::<BundleFollowup>(
            "followups",
            span("followups"),
            BATCH,
            &mut |batch| {
                for f in &batch {
                    m.followup(f)?;
                }
                tick(batch.len())
            },
        )?;
        input.each::<Map<String, Json>>("attendees", span("attendees"), BATCH, &mut |batch| {
            for a in &batch {
                m.attendee(a)?;
            }
            tick(batch.len())
        })?;
        input.each::<Map<String, Json>>("meetups", span("meetups"), BATCH, &mut |batch| {
            for x in &batch {
                m.raw("meetup", "meetups", x)?;
            }
            tick(batch.len())
        })?;
        // A person's tombstone also takes the interactions, notes and follow-ups that were theirs
        // alone: the fail-safe below counts what disappeared, not just the tombstones applied.
        let (size_before, deleted_before) = (bundle_merge_rows::book_size(tx)?, m.report.deleted);
        let stones = span("tombstones");
        input.each::<Tombstone>("tombstones", stones, BATCH, &mut |batch| {
            for t in &batch {
                m.tombstone(t)?;
            }
            tick(batch.len())
        })?;
        let gone = size_before.saturating_sub(bundle_merge_rows::book_size(tx)?);
        let cascaded = gone.saturating_sub(u64::from(m.report.deleted - deleted_before));
        // After people and their tombstones, so members resolve to who is (still) here.
        let mut lm = ListMerge::new(tx, &m.alias, &mut m.report);
        input.each::<BundleList>("lists", span("lists"), BATCH, &mut |batch| {
            for l in &batch {
                lm.list(l)?;
            }
            tick(batch.len())
        })?;
        input.each::<BundleListMember>(
            "list_members",
            span("list_members"),
            BATCH,
            &mut |batch| {
                for x in &batch {
                    lm.member(x)?;
                }
                tick(batch.len())
            },
        )?;
        input.each::<crate::interchange::bundle::smart_lists::BundleSmartList>(
            "smart_lists",
            span("smart_lists"),
            BATCH,
            &mut |batch| {
                for s in &batch {
                    crate::interchange::bundle::smart_lists::merge(lm.tx, lm.report, s)?;
                }
                tick(batch.len())
            },
        )?;
        let people_alias = lm.people_alias;
        m.network
            .after_people(tx, (input, b), (people_alias, lm.report), &tick)?;
        // After the organizations: an affiliation names its brand.
        input.each::<crate::interchange::bundle::affiliations::BundleAffiliation>(
            "affiliations",
            span("affiliations"),
            BATCH,
            &mut |batch| {
                for a in &batch {
                    let (tx, alias) = (lm.tx, lm.people_alias);
                    crate::interchange::bundle::affiliations::merge(tx, alias, lm.report, a)?;
                }
                tick(batch.len())
            },
        )?;
        // The tombstones again, for lists, memberships, smart lists, the network and affiliations:
        // read twice rather than held.
        input.each::<Tombstone>("tombstones", stones, BATCH, &mut |batch| {
            for t in &batch {
                lm.stone(t)?;
                m.network.stone(tx, lm.report, t)?;
            }
            Ok(())
        })?;
        m.figures()?;
        let mut report = m.report;
        let changed = u64::from(report.updated + report.deleted) + cascaded;
        if let Err(e) = crate::interchange::check_share(
            "bundle merge",
            "records",
            changed,
            book_size,
            force || dry_run,
        ) {
            tx.execute_batch("ROLLBACK TO bundle; RELEASE bundle")?;
            return Err(e);
        }
        if dry_run {
            tx.execute_batch("ROLLBACK TO bundle; RELEASE bundle")?;
        } else {
            if large {
                bundle_merge_rows::fts_pending(tx, bundle_merge_rows::FTS_PENDING_DEFAULT)?;
            }
            tx.execute_batch("RELEASE bundle")?;
            report.written = true;
        }
        Ok(report)
    };
    // Into an empty book, the commit writes the whole book: once into the file instead of into
    // the WAL and again at the checkpoint, when nothing else has the book open (`Db::write_alone`).
    let empty = db.read_on_writer(|c| {
        Ok(!bundle_merge_rows::has_people(c)? && bundle_merge_rows::no_interactions_yet(c)?)
    })?;
    let body = |tx: &rusqlite::Transaction<'_>| {
        // A large bundle touches far more pages than the 64 MiB cache holds (the index of each
        // person's interactions is written at random places): spilling them to the WAL
        // mid-transaction and reading them back, decrypted, took most of the time. The larger
        // cache is held only during the merge, as the CSV import does.
        let large = b.announced() > LARGE;
        if large {
            tx.pragma_update(None, "cache_size", -large_cache_kib(b.bytes()))?;
        }
        let merged = merge(tx);
        if large {
            tx.pragma_update(None, "cache_size", -65536)?;
        }
        merged
    };
    match empty && !dry_run {
        true => db.write_alone(body),
        false => db.write(body),
    }
}
