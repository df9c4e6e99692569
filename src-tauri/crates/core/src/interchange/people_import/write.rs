//! Writing an import's plan in its transaction: a large import inserts with some indexes dropped and writes the word keys and full-text rows after the people, each in one pass; every person created or changed gets a line in their history of imports.

use crate::domain::fold::fold;
use crate::domain::person::PersonInput;
use crate::domain::provenance::{ImportSource, SourceAction};
use crate::domain::validate::clean_person;
use crate::error::Result;
use crate::interchange::people_import::{Carried, Plan, STEP};
use crate::interchange::Progress;
use crate::store::{import_rows, people, people_rows, photos, sources, stats};
use rusqlite::Connection;

/// An import at least this large, and at least as large as the book, inserts with some of the
/// people tables' secondary indexes dropped and builds them again afterwards: one sorted build
/// per index costs less than as many random B-tree inserts as rows.
const DEFER_INDEXES_FROM: usize = 2_000;
/// The indexes whose keys arrive in random order (names, places, e-mails, handles). The others
/// are led by the person's rowid, or by a handful of values and then the rowid, so each new row
/// lands at their end, which is cheaper than a rebuild: rebuilding all of them was 6% of the
/// import in SQLite's sorter alone. Dropped, and built again exactly as the migrations wrote
/// them, by `import_rows::drop_indexes`.
const DEFERRED_INDEXES: &str =
    "'people_by_name', 'people_by_country', 'person_emails_norm', 'channels_handle'";

/// Writes the plan: new people (a large import in bulk, see `DEFER_INDEXES_FROM`), then the
/// merges into people already in the book.
pub(super) fn write(
    tx: &Connection,
    now: &str,
    source: &ImportSource,
    mut plan: Plan,
    progress: &Progress,
    total: usize,
) -> Result<()> {
    // Who was not given a source by the file gets the import's: format, file, date.
    let described = source.describe(now.get(..10).unwrap_or(now));
    for (p, _) in &mut plan.new {
        if p.source.is_empty() {
            p.source.clone_from(&described);
        }
    }
    let existing = people::count(tx)? as i64;
    let deferred = if plan.new.len() >= DEFER_INDEXES_FROM && plan.new.len() as i64 >= existing {
        import_rows::drop_indexes(tx, DEFERRED_INDEXES)?
    } else {
        Vec::new()
    };
    if deferred.is_empty() {
        for (n, (p, carried)) in plan.new.iter().enumerate() {
            if n % STEP == 0 {
                progress.check()?;
                progress.set_done((total + n) as u64);
            }
            let rowid = people::insert(tx, &crate::new_id(), p, now)?;
            write_carried(tx, rowid, carried, source, SourceAction::Created, now)?;
        }
    } else {
        insert_new_in_bulk(tx, now, &plan.new, source, progress, total)?;
    }
    import_rows::recreate_indexes(tx, &deferred)?;
    for rowid in plan.old_order {
        progress.check()?;
        let Some(m) = plan.old.get_mut(&rowid) else {
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
            m.input.source.clone_from(&described);
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

/// New people of a large import: their rows first, while another thread folds their word keys
/// (sorted) and full-text columns; then the word keys, the one primary key a new person reaches
/// at random places, as one ordered pass over its B-tree; then the full-text rows in one pass,
/// with the tokenizer and FTS5's pending-terms hash having the caches to themselves.
fn insert_new_in_bulk(
    tx: &Connection,
    now: &str,
    new: &[(PersonInput, Carried)],
    source: &ImportSource,
    progress: &Progress,
    total: usize,
) -> Result<()> {
    std::thread::scope(|s| {
        let derived = s.spawn(|| {
            let mut keys: Vec<(String, String, usize)> = Vec::new();
            let mut texts = Vec::with_capacity(new.len());
            for (i, (p, _)) in new.iter().enumerate() {
                let sort_name = fold(&p.display_name);
                keys.extend(people_rows::word_keys(p).map(|k| (k, sort_name.clone(), i)));
                texts.push(people_rows::fts_text(p));
            }
            // By position in `new`, which is rowid order: the same order as by rowid.
            keys.sort_unstable();
            (keys, texts)
        });
        let mut rowids: Vec<i64> = Vec::with_capacity(new.len());
        for (n, (p, carried)) in new.iter().enumerate() {
            if n % STEP == 0 {
                progress.check()?;
                progress.set_done((total + n) as u64);
            }
            let rowid = people::insert_row(tx, &crate::new_id(), p, now)?;
            people_rows::add_lists(tx, rowid, p)?;
            write_carried(tx, rowid, carried, source, SourceAction::Created, now)?;
            rowids.push(rowid);
        }
        let (keys, texts) = derived.join().expect("folding does not panic");
        progress.check()?;
        people_rows::insert_keys(tx, &keys, &rowids)?;
        drop(keys);
        progress.check()?;
        for (text, rowid) in texts.iter().zip(&rowids) {
            people_rows::insert_fts(tx, *rowid, text)?;
        }
        Ok(())
    })
}

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
