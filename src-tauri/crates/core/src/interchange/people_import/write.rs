//! Writing an import's plan in its transaction: a large import inserts with some indexes dropped and writes the word keys and full-text rows after the people, each in one pass.

use crate::domain::fold::fold;
use crate::domain::person::PersonInput;
use crate::domain::validate::clean_person;
use crate::error::Result;
use crate::interchange::people_import::{Plan, STEP};
use crate::interchange::Progress;
use crate::store::{people, people_rows, stats};
use rusqlite::{params, Connection, OptionalExtension};

/// An import at least this large, and at least as large as the book, inserts with some of the
/// people tables' secondary indexes dropped and builds them again afterwards: one sorted build
/// per index costs less than as many random B-tree inserts as rows.
const DEFER_INDEXES_FROM: usize = 2_000;
/// The indexes whose keys arrive in random order (names, places, e-mails, handles). The others
/// are led by the person's rowid, or by a handful of values and then the rowid, so each new row
/// lands at their end, which is cheaper than a rebuild: rebuilding all of them was 6% of the
/// import in SQLite's sorter alone.
const DEFERRED_INDEXES: &str =
    "'people_by_name', 'people_by_country', 'person_emails_norm', 'channels_handle'";

/// Drops the deferred indexes and returns the SQL that recreates them exactly as the migrations
/// wrote them (same text, so the schema is unchanged afterwards).
fn drop_indexes(tx: &Connection) -> Result<Vec<String>> {
    let found: Vec<(String, String)> = tx
        .prepare(&format!(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL
             AND name IN ({DEFERRED_INDEXES})"
        ))?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (name, _) in &found {
        tx.execute_batch(&format!("DROP INDEX \"{name}\""))?;
    }
    Ok(found.into_iter().map(|(_, sql)| sql).collect())
}

/// Writes the plan: new people (a large import in bulk, see `DEFER_INDEXES_FROM`), then the
/// merges into people already in the book.
pub(super) fn write(
    tx: &Connection,
    now: &str,
    plan: Plan,
    progress: &Progress,
    total: usize,
) -> Result<()> {
    let existing: i64 = tx.query_row("SELECT count(*) FROM people", [], |r| r.get(0))?;
    let deferred = if plan.new.len() >= DEFER_INDEXES_FROM && plan.new.len() as i64 >= existing {
        drop_indexes(tx)?
    } else {
        Vec::new()
    };
    if deferred.is_empty() {
        for (n, (p, notes)) in plan.new.iter().enumerate() {
            if n % STEP == 0 {
                progress.check()?;
                progress.set_done((total + n) as u64);
            }
            let rowid = people::insert(tx, &crate::new_id(), p, now)?;
            for body in notes {
                insert_note(tx, rowid, body, now)?;
            }
        }
    } else {
        insert_new_in_bulk(tx, now, &plan.new, progress, total)?;
    }
    for sql in &deferred {
        tx.execute_batch(sql)?;
    }
    for rowid in plan.old_order {
        progress.check()?;
        let m = &plan.old[&rowid];
        if m.changed {
            // The merged person passed validation piece by piece; check the whole once more.
            let cleaned = clean_person(m.input.clone())?;
            people::update(tx, rowid, &cleaned, now)?;
            stats::refresh(tx, rowid)?;
        }
        for body in &m.notes {
            let exists = tx
                .prepare_cached("SELECT 1 FROM notes WHERE person_rowid = ?1 AND body = ?2")?
                .query_row(params![rowid, body], |_| Ok(()))
                .optional()?
                .is_some();
            if !exists {
                insert_note(tx, rowid, body, now)?;
            }
        }
    }
    Ok(())
}

/// New people of a large import: their rows first, while another thread folds their word keys
/// (sorted) and full-text columns; then the word keys, the one primary key a new person reaches
/// at random places, as one ordered pass over its B-tree; then the full-text rows in one pass,
/// with the tokenizer and FTS5's pending-terms hash having the caches to themselves.
fn insert_new_in_bulk(
    tx: &Connection,
    now: &str,
    new: &[(PersonInput, Vec<String>)],
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
        for (n, (p, notes)) in new.iter().enumerate() {
            if n % STEP == 0 {
                progress.check()?;
                progress.set_done((total + n) as u64);
            }
            let rowid = people::insert_row(tx, &crate::new_id(), p, now)?;
            people_rows::add_lists(tx, rowid, p)?;
            for body in notes {
                insert_note(tx, rowid, body, now)?;
            }
            rowids.push(rowid);
        }
        let (keys, texts) = derived.join().expect("folding does not panic");
        progress.check()?;
        let mut st = tx.prepare_cached(people_rows::KEY_INSERT)?;
        for (key, sort_name, i) in &keys {
            st.execute(params![key, sort_name, rowids[*i]])?;
        }
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
