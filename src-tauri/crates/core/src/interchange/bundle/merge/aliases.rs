//! A teammate's merges applied to this book, so both hold one person where they held two: the same merge made here when we still hold both, the survivor's id taken when we hold only the merged-away person, the old id recorded otherwise; and every id merged away (here or there) leads to its survivor.

use super::Merge;
use crate::error::Result;
use crate::interchange::bundle::BundleAlias;
use crate::store::{bundle_aliases, people, tombstones};

impl Merge<'_> {
    /// Where a person id of the bundle is here: a person, or the survivor of a merge.
    fn survivor_here(&self, id: &str) -> Result<Option<i64>> {
        Ok(match people::find(self.tx, id)? {
            Some(r) => Some(r),
            None => self.alias.get(id).copied(),
        })
    }

    /// Before the bundle's people: our own old ids lead to their survivors; each of the
    /// teammate's merges is made here when we still hold the merged-away person.
    pub(super) fn merges_before_people(&mut self, theirs: &[BundleAlias]) -> Result<()> {
        self.alias.extend(bundle_aliases::here(self.tx)?);
        for a in theirs {
            let Some(old) = people::find(self.tx, &a.alias_id)? else {
                continue;
            };
            match self.survivor_here(&a.person_id)? {
                Some(s) if s != old => {
                    bundle_aliases::absorb(self.tx, s, old, &a.alias_id, &a.merged_at)?;
                    self.alias.insert(a.alias_id.clone(), s);
                    self.touched.insert(s);
                    self.touched.remove(&old);
                }
                Some(_) => continue,
                // The survivor is not here (and was not deleted here): the person we hold
                // becomes them, so the survivor's record updates them.
                None if tombstones::deleted_at(self.tx, &a.person_id)?.is_none() => {
                    bundle_aliases::take_id(self.tx, old, &a.alias_id, &a.person_id, &a.merged_at)?;
                    self.alias.insert(a.alias_id.clone(), old);
                    self.touched.insert(old);
                }
                None => continue,
            }
            self.report.merges_applied += 1;
        }
        Ok(())
    }

    /// After the bundle's people: each merged-away id we never held is recorded as an alias of
    /// its survivor, so a later bundle (or a third teammate's) naming it finds the survivor.
    pub(super) fn aliases_after_people(&mut self, theirs: &[BundleAlias]) -> Result<()> {
        for a in theirs {
            if bundle_aliases::known(self.tx, &a.alias_id)?
                || people::find(self.tx, &a.alias_id)?.is_some()
            {
                continue;
            }
            if let Some(s) = self.survivor_here(&a.person_id)? {
                crate::store::duplicates::add_alias(
                    self.tx,
                    &a.alias_id,
                    s,
                    &crate::new_id(),
                    &a.merged_at,
                )?;
                self.alias.insert(a.alias_id.clone(), s);
            }
        }
        Ok(())
    }
}
