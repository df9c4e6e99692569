//! The duplicate finder and merges as `Book` use cases: scan with progress, dismiss a pair, merge two people, undo a merge.

use super::Book;
use crate::domain::duplicates::find::find_pairs;
use crate::domain::duplicates::merge::combine;
use crate::domain::duplicates::{
    confidence, DuplicateGroup, DuplicatePair, DuplicateReport, MergeChoices, MergeField,
    MergeReport, UnmergeReport,
};
use crate::domain::person::PersonInput;
use crate::domain::validate::clean_person;
use crate::error::{Error, FieldError, Result};
use crate::interchange::Progress;
use crate::store::{duplicates, merges, people, people_rows, photos, stats, tombstones};
use std::collections::HashMap;

impl Book {
    /// Candidate duplicates, most certain first. `progress` counts people keyed; a cancel stops
    /// the scan with `Error::Cancelled` (it writes nothing either way).
    pub fn duplicates_find(&self, progress: &Progress) -> Result<DuplicateReport> {
        self.db.read(|c| {
            let people = duplicates::scan_people(c)?;
            progress.start(people.len() as u64);
            let dismissed = duplicates::dismissed(c)?;
            let pairs = find_pairs(&people, &dismissed, &mut |n| {
                progress.set_done(n as u64);
                progress.check()
            })?;
            let groups = group(pairs);
            let mut out = Vec::with_capacity(groups.len());
            for pairs in groups {
                let mut rowids: Vec<i64> = pairs.iter().flat_map(|(k, _)| [k.0, k.1]).collect();
                rowids.sort_unstable();
                rowids.dedup();
                let summaries = people::summaries_by_rowid(c, &rowids)?;
                let id_of: HashMap<i64, &str> = rowids
                    .iter()
                    .zip(&summaries)
                    .map(|(r, s)| (*r, s.id.as_str()))
                    .collect();
                let mut pairs: Vec<DuplicatePair> = pairs
                    .into_iter()
                    .map(|((a, b), mut matches)| {
                        matches.sort_by(|x, y| x.reason.cmp(&y.reason).then(x.value.cmp(&y.value)));
                        DuplicatePair {
                            a: id_of.get(&a).copied().unwrap_or_default().to_string(),
                            b: id_of.get(&b).copied().unwrap_or_default().to_string(),
                            confidence: confidence(&matches),
                            matches,
                        }
                    })
                    .collect();
                pairs.sort_by(|x, y| y.confidence.cmp(&x.confidence).then(x.a.cmp(&y.a)));
                out.push(DuplicateGroup {
                    confidence: pairs.first().map_or(0, |p| p.confidence),
                    people: summaries,
                    pairs,
                });
            }
            out.sort_by(|x, y| {
                y.confidence.cmp(&x.confidence).then_with(|| {
                    let name =
                        |g: &DuplicateGroup| crate::domain::fold::fold(&g.people[0].display_name);
                    name(x).cmp(&name(y))
                })
            });
            progress.set_done(people.len() as u64);
            Ok(DuplicateReport {
                groups: out,
                scanned: people.len() as u32,
            })
        })
    }

    /// Remembers that `a` and `b` are not the same person: the finder stops proposing them.
    pub fn duplicates_dismiss(&self, a: &str, b: &str) -> Result<()> {
        let now = self.now();
        self.db.write(|tx| {
            let (ra, rb) = (rowid(tx, a)?, rowid(tx, b)?);
            if ra == rb {
                return Err(same_person("b"));
            }
            duplicates::dismiss(tx, ra, rb, &now)
        })
    }

    /// Merges `other` into `survivor` (either may be an old id of a merged person): the survivor
    /// takes the chosen values and everything the other person is part of; the other is erased
    /// (with a tombstone) and their id becomes an alias of the survivor. One transaction.
    pub fn people_merge(
        &self,
        survivor: &str,
        other: &str,
        choices: &MergeChoices,
    ) -> Result<MergeReport> {
        let now = self.now();
        let merge_id = crate::new_id();
        self.db.write(|tx| {
            let (s_id, o_id) = (
                duplicates::resolve(tx, survivor)?,
                duplicates::resolve(tx, other)?,
            );
            let (s, s_person) = people_rows::load(tx, &s_id)?;
            let (o, o_person) = people_rows::load(tx, &o_id)?;
            if s == o {
                return Err(same_person("other"));
            }
            let merged = clean_person(combine(&s_person, &o_person, choices))?;
            let mut before = merges::Before {
                survivor_rowid: s,
                other_rowid: o,
                other_id: o_id.clone(),
                survivor: merges::dump(tx, s)?,
                other: merges::dump(tx, o)?,
                earlier_merges: Vec::new(),
            };
            if choices.take.contains(&MergeField::Photo) && o_person.photo.is_some() {
                photos::delete(tx, s)?;
            }
            before.earlier_merges = merges::move_rows(tx, s, o)?;
            people::update(tx, s, &merged, &now)?;
            stats::refresh(tx, s)?;
            people_rows::remove_from_index(tx, o)?;
            tombstones::record(tx, "person", &o_id, &now)?;
            tx.prepare_cached("DELETE FROM people WHERE rowid = ?1")?
                .execute([o])?;
            duplicates::add_alias(tx, &o_id, s, &merge_id, &now)?;
            merges::record(tx, &merge_id, &before, &merges::digest(tx, s)?, &now)?;
            Ok(MergeReport {
                merge_id: merge_id.clone(),
                person: people_rows::load(tx, &s_id)?.1,
                merged_id: o_id,
            })
        })
    }

    /// Puts both people back exactly as they were before merge `merge_id`; refused once the
    /// survivor changed after it. One transaction.
    pub fn undo_merge(&self, merge_id: &str) -> Result<UnmergeReport> {
        self.db.write(|tx| {
            let (s, o) = merges::restore(tx, merge_id)?;
            let s_id = people::id_at(tx, s)?;
            let o_id = people::id_at(tx, o)?;
            let (_, survivor) = people_rows::load(tx, &s_id)?;
            let (_, restored) = people_rows::load(tx, &o_id)?;
            people_rows::remove_from_index(tx, s)?;
            people_rows::index_fts(tx, s, &PersonInput::from(&survivor))?;
            people_rows::index_fts(tx, o, &PersonInput::from(&restored))?;
            tombstones::forget(tx, &o_id)?;
            Ok(UnmergeReport { survivor, restored })
        })
    }
}

fn rowid(c: &rusqlite::Connection, id: &str) -> Result<i64> {
    people::rowid_of(c, &duplicates::resolve(c, id)?)
}

fn same_person(field: &str) -> Error {
    Error::Validation(vec![FieldError::new(
        field,
        "these are one and the same person (an id and an old id of theirs, or the same id twice)",
    )])
}

type Matches = Vec<crate::domain::duplicates::DuplicateMatch>;
/// A candidate pair by rowids (smaller first), with what they share.
type RowPair = ((i64, i64), Matches);

/// Pairs joined into groups of people linked by any pair (union-find on rowids).
fn group(pairs: HashMap<(i64, i64), Matches>) -> Vec<Vec<RowPair>> {
    let mut parent: HashMap<i64, i64> = HashMap::new();
    fn root(parent: &mut HashMap<i64, i64>, x: i64) -> i64 {
        let mut r = x;
        while let Some(&p) = parent.get(&r).filter(|p| **p != r) {
            r = p;
        }
        parent.insert(x, r);
        r
    }
    for &(a, b) in pairs.keys() {
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        if ra != rb {
            parent.insert(ra.max(rb), ra.min(rb));
        }
    }
    let mut groups: HashMap<i64, Vec<RowPair>> = HashMap::new();
    for (k, m) in pairs {
        let r = root(&mut parent, k.0);
        groups.entry(r).or_default().push((k, m));
    }
    groups.into_values().collect()
}
