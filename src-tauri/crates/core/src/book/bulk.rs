//! The bulk half of the `Book` API: one change to many people in one transaction, its dry run, and its undo.

use super::Book;
use crate::api::{BulkChange, BulkOutcome, BulkTarget, PersonBulkReq, UndoOutcome};
use crate::error::{Error, FieldError, Result};
use crate::new_id;
use crate::store::filter::PersonFilter;
use crate::store::{bulk_changes, bulk_undo};

impl Book {
    /// Applies `req.changes` to everyone `req.target` names, all in one transaction (any failure
    /// writes nothing), keeping what `undo` needs; or, with `dry_run`, only counts.
    ///
    /// A delete is erasure, as a single delete: tombstones go out in bundles and nothing of the
    /// people is kept, so it has no undo (keeping a hidden copy of erased people would defeat the
    /// erasure a person asked for, and it would travel in every backup). The UI asks first.
    pub fn bulk_apply(&self, req: &PersonBulkReq) -> Result<BulkOutcome> {
        check(&req.changes)?;
        // "Within N days" and the like count from the book's clock, as the People table does.
        let mut timed;
        let req = if let BulkTarget::Matching { filter } = &req.target {
            timed = req.clone();
            let mut filter = filter.clone();
            filter.as_of = Some(self.now());
            timed.target = BulkTarget::Matching { filter };
            &timed
        } else {
            req
        };
        if req.dry_run {
            return self.db.read(|c| {
                let steps = resolve_all(c, &req.changes)?;
                let target = bulk_changes::target_cond(c, &req.target)?;
                let (matched, changed) = bulk_changes::count(c, target, &steps)?;
                Ok(BulkOutcome {
                    matched,
                    changed,
                    dry_run: true,
                    undo_id: None,
                })
            });
        }
        let now = self.now();
        self.db.write(|tx| {
            let steps = resolve_all(tx, &req.changes)?;
            let target = bulk_changes::target_cond(tx, &req.target)?;
            let matched = bulk_changes::fill_target(tx, target)?;
            if req.changes == [BulkChange::Delete] {
                let changed = bulk_changes::erase(tx, &now)?;
                return Ok(BulkOutcome {
                    matched,
                    changed,
                    dry_run: false,
                    undo_id: None,
                });
            }
            let id = new_id();
            let bulk = bulk_undo::open(tx, &id, &req.changes, &now)?;
            for (i, s) in steps.iter().enumerate() {
                bulk_changes::apply(tx, bulk, i, s, &now)?;
            }
            let changed = bulk_undo::close(tx, bulk)?;
            Ok(BulkOutcome {
                matched,
                changed,
                dry_run: false,
                undo_id: (changed > 0).then_some(id),
            })
        })
    }

    /// The ids of everyone `filter` matches, in name order (an export of "all N matching").
    pub fn person_ids_matching(&self, filter: &PersonFilter) -> Result<Vec<String>> {
        let mut filter = filter.clone();
        filter.as_of = Some(self.now());
        self.db.read(|c| bulk_changes::ids_matching(c, &filter))
    }

    /// Undoes the latest bulk change not undone yet.
    pub fn undo_last(&self) -> Result<UndoOutcome> {
        self.undo(None)
    }

    /// Undoes bulk change `id` (or the latest): everyone it changed gets back what they had,
    /// but for a field changed again since, which keeps its newer value (see `store::bulk_undo`).
    pub fn undo(&self, id: Option<&str>) -> Result<UndoOutcome> {
        let now = self.now();
        self.db.write(|tx| bulk_undo::undo(tx, id, &now))
    }
}

fn check(changes: &[BulkChange]) -> Result<()> {
    if changes.is_empty() {
        return Err(Error::Validation(vec![FieldError::new(
            "changes",
            "choose what to change: a tag, a stage, a kind, a cadence, a list, archive or delete",
        )]));
    }
    if changes.len() > 1 && changes.contains(&BulkChange::Delete) {
        return Err(Error::Validation(vec![FieldError::new(
            "changes",
            "delete erases the people: it cannot be combined with other changes",
        )]));
    }
    Ok(())
}

fn resolve_all(
    c: &rusqlite::Connection,
    changes: &[BulkChange],
) -> Result<Vec<bulk_changes::Step>> {
    changes
        .iter()
        .map(|ch| bulk_changes::resolve(c, ch))
        .collect()
}
