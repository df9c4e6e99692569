//! Writing an import in its transaction as its rows are read the second time: a large import inserts with some indexes dropped and writes the word keys and full-text rows after the people, each in one pass; every person created or changed gets a line in their history of imports.

use super::assemble::{assemble, OldMerge, Ready};
use super::derived::Derived;
use super::plan::Matched;
use super::{Carried, Rows, STEP};
use crate::domain::person::PersonInput;
use crate::domain::provenance::{ImportSource, SourceAction};
use crate::domain::validate::clean_person;
use crate::error::Result;
use crate::interchange::{ImportOptions, ImportReport, Progress};
use crate::store::{import_rows, people, people_rows, photos, sources, stats};
use rusqlite::Connection;
use std::collections::HashMap;

/// An import creating more people than this writes with a smaller page cache than the book's.
const BIG_IMPORT: usize = 10_000;
/// The page cache of a big import (KiB, as SQLite's negative `cache_size`): 16 MiB instead of
/// the book's 64, so the import stays within what issue 14 bounds (2× the file + 100 MB: 104 MB
/// at 100k rows, 161 MB with 64 MiB). The price is CPU: pages spill to the WAL before the
/// commit and some are read back (index rebuilds, full-text merges), ~1.6 s more at 100k rows
/// (BENCHMARKS.md). Issue 5 had 512 MiB here, when every row stayed in memory anyway.
const BIG_IMPORT_CACHE: i64 = -16 * 1024;

/// An import at least this large, and at least as large as the book, inserts with some of the
/// people tables' secondary indexes dropped and builds them again afterwards: one sorted build
/// per index costs less than as many random B-tree inserts as rows.
const DEFER_INDEXES_FROM: usize = 2_000;
/// The indexes whose keys arrive in random order (names, places, e-mails, handles, and the word
/// keys' person index, as the keys are written sorted by key). The others
/// are led by the person's rowid, or by a handful of values and then the rowid, so each new row
/// lands at their end, which is cheaper than a rebuild: rebuilding all of them was 6% of the
/// import in SQLite's sorter alone. Dropped, and built again exactly as the migrations wrote
/// them, by `import_rows::drop_indexes`.
const DEFERRED_INDEXES: &str = "'people_by_name', 'people_by_country', 'person_emails_norm',
    'channels_handle', 'person_keys_person'";

/// The trigger (migration 0012) that copies a person's largest audience onto their row at each
/// channel written: during a bulk import it updates the person just written once per channel,
/// so it is dropped with the indexes (the row is written with its largest audience already:
/// `people::write_row`).
/// The facets triggers (0014) likewise: the new people's copies are written in one statement
/// (`import_rows::set_facets_from`).
const DEFERRED_TRIGGERS: &str =
    "'channels_audience_insert', 'people_facets_insert', 'people_facets_update'";

/// Writes the import: new people (a large import in bulk, see `DEFER_INDEXES_FROM`) as the
/// second reading of the rows completes them, then the merges into people already in the book.
#[allow(clippy::too_many_arguments)]
pub(super) fn write(
    tx: &Connection,
    now: &str,
    rows: &dyn Rows,
    matched: &Matched,
    old: HashMap<i64, OldMerge>,
    opts: &ImportOptions,
    report: &mut ImportReport,
    progress: &Progress,
) -> Result<()> {
    // Who was not given a source by the file gets the import's: format, file, date.
    let described = opts.source.describe(now.get(..10).unwrap_or(now));
    let fresh = matched.lines.len();
    let existing = people::count(tx)?;
    // New people take the rowids SQLite would give them written in file order.
    let first_rowid = import_rows::next_rowid(tx)?;
    let to_write = |r: Ready| {
        let mut person = r.person;
        if person.source.is_empty() {
            person.source.clone_from(&described);
        }
        (first_rowid + r.n as i64, person, r.carried)
    };
    let big = fresh > BIG_IMPORT;
    if big {
        tx.pragma_update(None, "cache_size", BIG_IMPORT_CACHE)?;
    }
    let written = (|| {
        let (deferred, triggers) = if fresh >= DEFER_INDEXES_FROM && fresh as i64 >= existing as i64
        {
            (
                import_rows::drop_indexes(tx, DEFERRED_INDEXES)?,
                import_rows::drop_triggers(tx, DEFERRED_TRIGGERS)?,
            )
        } else {
            (Vec::new(), Vec::new())
        };
        let mut old = if deferred.is_empty() {
            let mut n = 0usize;
            assemble(rows, matched, old, opts, progress, report, &mut |r| {
                if n.is_multiple_of(STEP) {
                    progress.set_done((rows.len() + n) as u64);
                }
                n += 1;
                let (rowid, p, carried) = to_write(r);
                people::insert_at(tx, Some(rowid), &crate::new_id(), &p, now)?;
                write_carried(
                    tx,
                    rowid,
                    &carried,
                    &opts.source,
                    SourceAction::Created,
                    now,
                )
            })?
        } else {
            let to_write = &to_write;
            new_in_bulk(tx, now, &opts.source, progress, rows.len(), |ready| {
                assemble(rows, matched, old, opts, progress, report, &mut |r| {
                    ready(to_write(r))
                })
            })?
        };
        if !triggers.is_empty() {
            import_rows::set_facets_from(tx, first_rowid)?;
        }
        import_rows::recreate_indexes(tx, &deferred)?;
        import_rows::recreate_indexes(tx, &triggers)?;
        if opts.overwrite {
            let changed = old.values().filter(|m| m.changed).count() as u64;
            crate::interchange::check_share("import", "people", changed, existing, opts.force)?;
        }
        write_old(
            tx,
            now,
            &described,
            &opts.source,
            &matched.old_order,
            &mut old,
            progress,
        )?;
        let changed: Vec<i64> = matched
            .old_order
            .iter()
            .copied()
            .filter(|r| old.get(r).is_some_and(|m| m.changed))
            .collect();
        super::orgs::link(tx, first_rowid, &changed, now).map(drop)
    })();
    if big {
        tx.pragma_update(None, "cache_size", -65536)?;
    }
    written
}

/// The merges into people already in the book, in the order the file first met them.
fn write_old(
    tx: &Connection,
    now: &str,
    described: &str,
    source: &ImportSource,
    order: &[i64],
    old: &mut HashMap<i64, OldMerge>,
    progress: &Progress,
) -> Result<()> {
    for &rowid in order {
        progress.check()?;
        let Some(m) = old.get_mut(&rowid) else {
            continue;
        };
        let carried = std::mem::take(&mut m.carried);
        // The person may hold the note from an earlier import of this file already.
        let mut notes = Vec::with_capacity(carried.notes.len());
        for body in carried.notes {
            if !import_rows::has_note(tx, rowid, &body)? {
                notes.push(body);
            }
        }
        let carried = Carried { notes, ..carried };
        if !(m.changed || carried.photo_changed || !carried.notes.is_empty()) {
            continue;
        }
        if m.input.source.is_empty() {
            m.input.source = described.to_string();
            m.changed = true;
        }
        if m.changed {
            // The merged person passed validation piece by piece; check the whole once more.
            let cleaned = clean_person(m.input.clone())?;
            people::update(tx, rowid, &cleaned, now)?;
            stats::refresh(tx, rowid)?;
        } else {
            // A new photo or note alone still makes the person newer, for teammates' merges.
            people::touch(tx, rowid, now)?;
        }
        write_carried(tx, rowid, &carried, source, SourceAction::Updated, now)?;
    }
    Ok(())
}

/// A person's notes and photo from the file, and the line of their history saying so.
fn write_carried(
    tx: &Connection,
    rowid: i64,
    carried: &Carried,
    source: &ImportSource,
    action: SourceAction,
    now: &str,
) -> Result<()> {
    for body in &carried.notes {
        insert_note(tx, rowid, body, now)?;
    }
    if carried.photo_changed {
        if let Some(photo) = &carried.photo {
            photos::set(tx, rowid, photo, now)?;
        }
    }
    let since = carried.since.as_deref().unwrap_or_default();
    sources::insert(tx, rowid, source, action, since, now)
}

/// New people of a large import: `assemble` runs on another thread (mapping the rows again,
/// merging them, folding each person's word keys and full-text columns) and hands each person
/// over as soon as complete, while this thread writes their rows; then the word keys, the one
/// primary key a new person reaches at random places, go in as one ordered pass over its B-tree,
/// and the full-text rows in one pass, with the tokenizer and FTS5's pending-terms hash having
/// the caches to themselves.
fn new_in_bulk<T: Send>(
    tx: &Connection,
    now: &str,
    source: &ImportSource,
    progress: &Progress,
    offset: usize,
    assemble: impl FnOnce(&mut dyn FnMut(NewPerson) -> Result<()>) -> Result<T> + Send,
) -> Result<T> {
    std::thread::scope(|s| {
        // People go over in batches: one hand-over per person woke the other thread each time
        // (~7% of the writer's time in the scheduler, `perf`). A few batches in flight are
        // enough to ride out either thread's pauses.
        let (send, receive) = std::sync::mpsc::sync_channel::<Vec<NewPerson>>(4);
        let assembler = s.spawn(move || {
            let mut derived = Derived::default();
            let mut batch = Vec::with_capacity(HAND_OVER);
            let out = assemble(&mut |(rowid, p, carried)| {
                derived.add(rowid, &p);
                batch.push((rowid, p, carried));
                if batch.len() < HAND_OVER {
                    return Ok(());
                }
                let full = std::mem::replace(&mut batch, Vec::with_capacity(HAND_OVER));
                // The writer stopped (an error it reports itself): stop reading.
                send.send(full).map_err(|_| crate::Error::Cancelled)
            });
            let out = out.and_then(|out| {
                if !batch.is_empty() {
                    send.send(batch).map_err(|_| crate::Error::Cancelled)?;
                }
                Ok(out)
            });
            derived.sort();
            out.map(|out| (out, derived))
        });
        let written = (|| -> Result<()> {
            let mut n = 0usize;
            for batch in receive {
                for (rowid, p, carried) in batch {
                    if n.is_multiple_of(STEP) {
                        progress.check()?;
                        progress.set_done((offset + n) as u64);
                    }
                    n += 1;
                    people::insert_row(tx, Some(rowid), &crate::new_id(), &p, now)?;
                    people_rows::add_lists(tx, rowid, &p)?;
                    write_carried(tx, rowid, &carried, source, SourceAction::Created, now)?;
                }
            }
            Ok(())
        })();
        let assembled = assembler.join().expect("assembling does not panic");
        written?;
        let (out, derived) = assembled?;
        progress.check()?;
        derived.write(tx)?;
        Ok(out)
    })
}

/// People handed from the assembling thread to the writer at once.
const HAND_OVER: usize = 128;

/// A new person's rowid, fields, and what the file carries for them.
type NewPerson = (i64, PersonInput, Carried);

fn insert_note(tx: &Connection, person_rowid: i64, body: &str, now: &str) -> Result<()> {
    let note = crate::domain::interaction::Note {
        id: crate::new_id(),
        person_id: String::new(),
        body: body.to_string(),
        pinned: false,
        created_at: now.to_string(),
        updated_at: now.to_string(),
    };
    crate::store::interactions::note_insert(tx, &note, person_rowid)?;
    Ok(())
}
