//! The brands half of the `Book` API: a person's brand affiliations, which brands are ours or a competitor's, and the conflict warnings (a competitor's ambassador, a running exclusivity, "do not contact") shown before a list, an event, a follow-up or a log.

use super::Book;
use crate::domain::affiliation::{
    clean, Affiliation, AffiliationInput, BrandSide, Conflict, ConflictAction, ConflictFlag,
    PersonAffiliations,
};
use crate::error::{Error, Result};
use crate::new_id;
use crate::store::{affiliations, network, people, tombstones};
use std::collections::BTreeSet;

impl Book {
    /// Today in the book's time zone (YYYY-MM-DD): an affiliation ends at the end of its day
    /// where the user is, not in UTC.
    pub(crate) fn today(&self) -> Result<String> {
        Ok(self
            .wall_now(self.time_zone()?)
            .date()
            .format("%Y-%m-%d")
            .to_string())
    }

    /// A new affiliation of a person with a brand (an organization).
    pub fn affiliation_add(&self, input: AffiliationInput) -> Result<Affiliation> {
        let a = clean(input)?;
        let now = self.now();
        self.db.write(|tx| {
            let person = people::rowid_of(tx, &a.person_id)?;
            let brand = network::org_rowid_of(tx, &a.brand_id)?;
            let id = new_id();
            affiliations::insert(tx, &id, (person, brand), &a, (&now, &now))?;
            affiliations::get(tx, &id)
        })
    }

    /// Replaces an affiliation's fields.
    pub fn affiliation_update(&self, id: &str, input: AffiliationInput) -> Result<Affiliation> {
        let a = clean(input)?;
        let now = self.now();
        self.db.write(|tx| {
            affiliations::get(tx, id)?;
            let person = people::rowid_of(tx, &a.person_id)?;
            let brand = network::org_rowid_of(tx, &a.brand_id)?;
            affiliations::update(tx, id, (person, brand), &a, &now)?;
            affiliations::get(tx, id)
        })
    }

    /// Ends an affiliation on `on` (YYYY-MM-DD), today when `None`.
    pub fn affiliation_end(&self, id: &str, on: Option<&str>) -> Result<Affiliation> {
        let on = match on.map(str::trim).filter(|s| !s.is_empty()) {
            Some(d) => d.to_string(),
            None => self.today()?,
        };
        let now = self.now();
        self.db.write(|tx| {
            let a = affiliations::get(tx, id)?;
            let input = clean(AffiliationInput {
                person_id: a.person_id.clone(),
                brand_id: a.brand_id.clone(),
                kind: a.kind,
                since: a.since.clone(),
                until: Some(on.clone()),
                note: a.note.clone(),
            })?;
            let person = people::rowid_of(tx, &a.person_id)?;
            let brand = network::org_rowid_of(tx, &a.brand_id)?;
            affiliations::update(tx, id, (person, brand), &input, &now)?;
            affiliations::get(tx, id)
        })
    }

    /// Removes an affiliation (one typed by mistake); a tombstone carries the removal in bundles.
    /// An affiliation that ended is ended, not removed: its history still explains a conflict.
    pub fn affiliation_remove(&self, id: &str) -> Result<()> {
        let now = self.now();
        self.db.write(|tx| {
            affiliations::delete(tx, id)?;
            tombstones::record(tx, "affiliation", id, &now)
        })
    }

    pub fn affiliation_get(&self, id: &str) -> Result<Affiliation> {
        self.db.read(|c| affiliations::get(c, id))
    }

    /// A person's affiliations and their conflicts today.
    pub fn person_affiliations(&self, person_id: &str) -> Result<PersonAffiliations> {
        let today = self.today()?;
        self.db.read(|c| {
            let rowid = people::rowid_of(c, person_id)?;
            Ok(PersonAffiliations {
                affiliations: affiliations::of_person(c, rowid)?,
                conflicts: affiliations::conflicts_of(c, rowid, &today)?,
            })
        })
    }

    /// A person's conflicts today: "do not contact", a current affiliation to a competitor, an
    /// exclusivity with a brand not ours that has not ended.
    pub fn person_conflicts(&self, person_id: &str) -> Result<Vec<Conflict>> {
        let today = self.today()?;
        self.db.read(|c| {
            let rowid = people::rowid_of(c, person_id)?;
            affiliations::conflicts_of(c, rowid, &today)
        })
    }

    /// Before adding people to a list or an event, planning a follow-up or logging: the
    /// conflicts that matter to that action, for the form to warn of (the user may go on).
    pub fn conflict_check(
        &self,
        people_ids: &[String],
        action: ConflictAction,
    ) -> Result<Vec<Conflict>> {
        let today = self.today()?;
        self.db.read(|c| {
            let mut seen = BTreeSet::new();
            let mut found = Vec::new();
            for id in people_ids {
                let rowid = people::rowid_of(c, id)?;
                if seen.insert(rowid) {
                    found.extend(
                        affiliations::conflicts_of(c, rowid, &today)?
                            .into_iter()
                            .filter(|x| action.warns_of(x.kind)),
                    );
                }
            }
            Ok(found)
        })
    }

    /// The conflict flags of a page of people (by id), in one read.
    pub fn conflict_flags(&self, person_ids: &[String]) -> Result<Vec<ConflictFlag>> {
        if person_ids.len() > crate::store::people_pages::MAX_LIMIT as usize {
            return Err(Error::invalid(
                "ids",
                format!(
                    "at most {} people at a time",
                    crate::store::people_pages::MAX_LIMIT
                ),
            ));
        }
        let today = self.today()?;
        self.db.read(|c| affiliations::flags(c, person_ids, &today))
    }

    /// Marks an organization as our brand, a competitor's, or neither.
    pub fn org_brand_side_set(
        &self,
        org_id: &str,
        side: BrandSide,
    ) -> Result<crate::domain::network::Organization> {
        let now = self.now();
        self.db.write(|tx| {
            let rowid = network::org_rowid_of(tx, org_id)?;
            affiliations::set_side(tx, rowid, side, &now)?;
            network::org_get(tx, rowid)
        })
    }
}
