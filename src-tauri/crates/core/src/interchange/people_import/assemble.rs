//! The second reading of an import's rows: each mapped again and merged into the person the first reading matched it with; a new person is handed on to be written once their last row is read, so only people still awaiting a later row are held.

use super::keys::Target;
use super::plan::{Fate, Matched};
use super::{Carried, Extras, Rows, STEP};
use crate::domain::person::PersonInput;
use crate::domain::validate::clean_person;
use crate::error::Result;
use crate::interchange::{ImportOptions, ImportReport, MergeNote, Progress, MAX_REPORTED_ERRORS};
use rusqlite::Connection;
use std::collections::HashMap;

/// A book person some rows merge into, as the merges leave them.
pub(super) struct OldMerge {
    pub input: PersonInput,
    /// Their fields changed.
    pub changed: bool,
    pub carried: Carried,
    /// Their id and name, for the report's merge notes.
    pub id: String,
    pub name: String,
}

/// A new person with every row of theirs merged: the n-th new person of the file (their rowid
/// is the book's next rowid plus n, as if written in file order).
pub(super) struct Ready {
    pub n: usize,
    pub person: PersonInput,
    pub carried: Carried,
}

/// The book's people that rows merge into, read in one go (see `store::bulk`).
pub(super) fn load_old(tx: &Connection, order: &[i64]) -> Result<HashMap<i64, OldMerge>> {
    Ok(crate::store::bulk::people(tx, Some(order))?
        .into_iter()
        .map(|(rowid, person)| {
            let m = OldMerge {
                input: PersonInput::from(&person),
                changed: false,
                carried: Carried {
                    photo: person.photo,
                    ..Carried::default()
                },
                id: person.id,
                name: person.display_name,
            };
            (rowid, m)
        })
        .collect())
}

/// Reads the rows again, merges them as `matched` says and hands each new person to `ready`
/// when complete; counts into `report`. Returns the book's people as the merges left them.
pub(super) fn assemble(
    rows: &dyn Rows,
    matched: &Matched,
    mut old: HashMap<i64, OldMerge>,
    opts: &ImportOptions,
    progress: &Progress,
    report: &mut ImportReport,
    ready: &mut dyn FnMut(Ready) -> Result<()>,
) -> Result<HashMap<i64, OldMerge>> {
    // New people with rows still to come, by their number.
    let mut open: HashMap<usize, (PersonInput, Carried, u32)> = HashMap::new();
    let (mut n, mut fresh) = (0usize, 0usize);
    let mut merges = Vec::new();
    rows.each(&mut |r| {
        let fate = matched.fates[n];
        n += 1;
        if n.is_multiple_of(STEP) {
            progress.check()?;
        }
        if matches!(fate, Fate::Invalid) {
            return Ok(());
        }
        let line = r.line;
        // The row passed this very check in the first reading.
        let p = clean_person(r.person)?;
        let extras = Extras {
            note: r.note,
            photo: r.photo,
            since: r.since,
        };
        let (target, by) = match fate {
            Fate::Invalid => return Ok(()),
            Fate::New => {
                let i = fresh;
                fresh += 1;
                report.created += 1;
                let mut carried = Carried::default();
                carried.add(extras, false);
                return match matched.joins[i] {
                    0 => ready(Ready {
                        n: i,
                        person: p,
                        carried,
                    }),
                    later => {
                        open.insert(i, (p, carried, later));
                        Ok(())
                    }
                };
            }
            Fate::Into(target, by) => (target, by),
        };
        if merges.len() < MAX_REPORTED_ERRORS {
            merges.push(match target {
                Target::New(i) => MergeNote {
                    line,
                    name: open[&i].0.display_name.clone(),
                    person_id: None,
                    with_line: Some(matched.lines[i]),
                    by,
                },
                Target::Old(rowid) => MergeNote {
                    line,
                    name: old[&rowid].name.clone(),
                    person_id: Some(old[&rowid].id.clone()),
                    with_line: None,
                    by,
                },
            });
        }
        report.merge_count += 1;
        let changed = match target {
            Target::New(i) => {
                let (base, carried, left) = open.get_mut(&i).expect("a merge target is open");
                let changed = super::merge_into(base, &p, opts.overwrite)
                    | carried.add(extras, opts.overwrite);
                *left -= 1;
                if *left == 0 {
                    let (person, carried, _) = open.remove(&i).expect("just found");
                    ready(Ready {
                        n: i,
                        person,
                        carried,
                    })?;
                }
                changed
            }
            Target::Old(rowid) => {
                let m = old.get_mut(&rowid).expect("every merge target was loaded");
                let c = super::merge_into(&mut m.input, &p, opts.overwrite);
                m.changed |= c;
                c | m.carried.add(extras, opts.overwrite)
            }
        };
        if changed {
            report.merged += 1;
        } else {
            report.skipped += 1;
        }
        Ok(())
    })?;
    debug_assert!(open.is_empty(), "every new person was handed on");
    report.merges = merges;
    Ok(old)
}
