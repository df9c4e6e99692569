//! How a bundle's people, interactions, notes and follow-ups are merged: validated like typed ones, with their people resolved through merges.

use super::{Merge, Side};
use crate::domain::interaction::{Direction, Exchange, InteractionKind, Note};
use crate::domain::person::{Person, PersonInput};
use crate::domain::photo::Photo;
use crate::domain::provenance::SourceAction;
use crate::domain::validate::clean_person;
use crate::error::Result;
use crate::interchange::bundle::{BundleFollowup, BundleInteraction};
use crate::store::interactions::{self as irows, InteractionRow};
use crate::store::{followups, people, photos, sources};

impl Merge<'_> {
    pub(super) fn person(&mut self, p: &Person) -> Result<()> {
        // An id merged away here (or by the merges this bundle carries): the survivor is
        // who they are now, never a second person.
        if self.alias.contains_key(&p.id) && people::find(self.tx, &p.id)?.is_none() {
            self.report.unchanged += 1;
            return Ok(());
        }
        let Some(side) = self.side("person", "people", &p.id, &p.updated_at)? else {
            return Ok(());
        };
        let input = match clean_person(PersonInput::from(p)) {
            Ok(i) => i,
            Err(e) => {
                self.report.added -= u32::from(matches!(side, Side::Add));
                self.report.updated -= u32::from(matches!(side, Side::Theirs(_)));
                self.conflict(
                    "person",
                    &p.id,
                    "ours",
                    &format!("invalid in the bundle: {e}"),
                );
                return Ok(());
            }
        };
        if matches!(side, Side::Add) && self.had_people {
            // Only people who were here before: two people of the bundle itself sharing an
            // address are two people in the teammate's book too (into a book with no one yet,
            // no one is looked for).
            let mut here = None;
            for d in people::duplicates(self.tx, &input, None)? {
                let r = people::rowid_of(self.tx, &d.person_id)?;
                if !self.inserted.contains(&r) {
                    here = Some(d);
                    break;
                }
            }
            if let Some(dup) = here {
                // The same influencer, created independently by a teammate: one person here.
                self.report.added -= 1;
                self.report.merged += 1;
                let (rowid, ours) = crate::store::people_rows::load(self.tx, &dup.person_id)?;
                let mut merged = PersonInput::from(&ours);
                let changed =
                    crate::interchange::people_import::merge_into(&mut merged, &input, false);
                if changed {
                    people::update(self.tx, rowid, &clean_person(merged)?, self.now)?;
                }
                if ours.photo.is_none() {
                    self.photo(p, rowid, false)?;
                }
                if changed || (ours.photo.is_none() && p.photo.is_some()) {
                    self.provenance(rowid, SourceAction::Updated)?;
                }
                self.alias.insert(p.id.clone(), rowid);
                self.touched.insert(rowid);
                return Ok(());
            }
        }
        if !matches!(side, Side::Add) {
            // The bundle names a person twice: their first record must be whole before the
            // second is weighed against it.
            self.end_bulk()?;
        }
        // Their owner, as merged here (resolved before a new person's insert, which writes it).
        let owner = match (&p.owner_id, self.network.travels) {
            (Some(o), true) => Some(self.network.colleague(self.tx, o)?),
            _ => None,
        };
        let rowid = match side {
            Side::Add => {
                // The bundle's stamps and owner written by the insert, not updated after.
                let stamps = people::Stamps {
                    archived: p.archived,
                    created_at: &p.created_at,
                    updated_at: &p.updated_at,
                    owner_id: owner.as_ref().and_then(|o| o.as_deref()),
                    channels: &p.channels,
                };
                let r = match &mut self.bulk {
                    Some(b) => b.insert(self.tx, &p.id, &input, &stamps)?,
                    None => people::insert_stamped(self.tx, &p.id, &input, &stamps)?,
                };
                self.inserted.insert(r);
                r
            }
            Side::Same => return self.owner_gap(p),
            Side::Theirs(rowid) => {
                people::update(self.tx, rowid, &input, &p.updated_at)?;
                rowid
            }
        };
        // A person just added has no photo here for an absent one to remove.
        let absent_removes = self.photos_travel && !matches!(side, Side::Add);
        self.photo(p, rowid, absent_removes)?;
        if owner.as_ref().is_some_and(Option::is_none) {
            let why = "owner not imported: the colleague is not here";
            self.conflict("person", &p.id, "ours", why);
        }
        if let Side::Theirs(_) = side {
            if self.network.travels {
                let owner = owner.as_ref().and_then(|o| o.as_deref());
                crate::store::team::set_owner(self.tx, rowid, owner, &p.updated_at)?;
            }
            people::set_stamps(self.tx, rowid, p.archived, &p.created_at, &p.updated_at)?;
            for (pos, c) in p.channels.iter().enumerate() {
                let (id, at) = (&c.id, (&c.created_at, &c.updated_at));
                people::set_channel_stamps(self.tx, rowid, pos as i64, id, at.0, at.1)?;
            }
        }
        let action = match side {
            Side::Add => SourceAction::Created,
            _ => SourceAction::Updated,
        };
        self.provenance(rowid, action)?;
        self.touched.insert(rowid);
        Ok(())
    }

    /// The same person on both sides, ours without an owner (received from a bundle written
    /// before owners travelled): their owner fills the gap, the record's stamp unchanged.
    fn owner_gap(&mut self, p: &Person) -> Result<()> {
        let (Some(owner), true) = (&p.owner_id, self.network.travels) else {
            return Ok(());
        };
        let Some(rowid) = people::find(self.tx, &p.id)? else {
            return Ok(());
        };
        if crate::store::team::owner_of(self.tx, rowid)?.is_none() {
            if let Some(here) = self.network.colleague(self.tx, owner)? {
                crate::store::team::set_owner(self.tx, rowid, Some(&here), &p.updated_at)?;
            }
        }
        Ok(())
    }

    /// The line of the person's history saying this bundle created or changed them, as the
    /// CSV and vCard imports write it.
    fn provenance(&self, rowid: i64, action: SourceAction) -> Result<()> {
        sources::insert(self.tx, rowid, self.source, action, "", self.now)
    }

    /// Takes the bundled person's photo (checked like any other); with `absent_removes`, a
    /// person bundled without one loses theirs here.
    fn photo(&mut self, p: &Person, rowid: i64, absent_removes: bool) -> Result<()> {
        match p.photo.clone().map(Photo::checked) {
            Some(Ok(photo)) => photos::set(self.tx, rowid, &photo, &p.updated_at)?,
            Some(Err(e)) => {
                self.conflict("person", &p.id, "ours", &format!("photo not imported: {e}"))
            }
            None if absent_removes => {
                photos::delete(self.tx, rowid)?;
            }
            None => {}
        }
        Ok(())
    }

    /// Our rowids for their person ids: people merged into someone here, then everyone here by
    /// id, from the map loaded once the people are merged (a million interactions would
    /// otherwise ask SQLite for each of their people).
    pub(super) fn person_rowids(&self, ids: &[String]) -> Result<Vec<i64>> {
        if let Some(found) = known_rowids(&self.alias, self.here.as_deref(), ids) {
            return Ok(found);
        }
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(r) = self.alias.get(id) {
                out.push(*r);
            } else if let Some(r) = people::find(self.tx, id)? {
                out.push(r);
            }
        }
        out.sort_unstable();
        out.dedup();
        Ok(out)
    }

    /// Loads every person's id here once the bundle's people are merged: no one is added after.
    pub(super) fn load_people(&mut self) -> Result<()> {
        self.here = Some(std::sync::Arc::new(
            crate::store::bundle_merge_rows::people_ids(self.tx)?,
        ));
        Ok(())
    }

    /// Merges a batch of interactions, each with its people's rowids here (`known_rowids`, on
    /// the parsing thread), or `None` to look them up now.
    pub(super) fn interactions(
        &mut self,
        batch: Vec<(BundleInteraction, Option<Vec<i64>>)>,
    ) -> Result<()> {
        // Prepared once a batch for the bulk path (`links`), which writes most rows of a large
        // merge into a book with no interactions.
        let tx = self.tx;
        let mut fresh = match (&self.links, self.fresh_interactions) {
            (Some(_), true) => Some(irows::UnlinkedInserts::new(tx)?),
            _ => None,
        };
        for (i, people) in batch {
            let people = match people {
                Some(p) => p,
                None => self.person_rowids(&i.people)?,
            };
            self.interaction(&i, people, &mut fresh)?;
        }
        Ok(())
    }

    fn interaction(
        &mut self,
        i: &BundleInteraction,
        people: Vec<i64>,
        fresh: &mut Option<irows::UnlinkedInserts<'_>>,
    ) -> Result<()> {
        let kind = InteractionKind::parse(&i.kind);
        let direction = Direction::parse(&i.direction);
        let exchange = i.exchange.as_deref().map(Exchange::parse);
        let (Some(kind), Some(direction), false, false) = (
            kind,
            direction,
            matches!(exchange, Some(None)),
            people.is_empty(),
        ) else {
            self.conflict(
                "interaction",
                &i.id,
                "ours",
                "not imported: unknown kind, or none of its people are here",
            );
            return Ok(());
        };
        // Their colleague, as merged here; from a bundle without colleagues, ours stays.
        let colleague = match (&i.colleague_id, self.network.travels) {
            (_, false) => None,
            (None, true) => Some(None),
            (Some(c), true) => Some(self.network.colleague(self.tx, c)?),
        };
        let row = InteractionRow {
            id: &i.id,
            kind,
            direction,
            exchange: exchange.flatten(),
            occurred_at: &i.occurred_at,
            channel: &i.channel,
            our_side: &i.our_side,
            colleague_id: colleague.as_ref().map(|c| c.as_deref()),
            body: &i.body,
            event_id: i.event_id.as_deref(),
            people: &people,
            created_at: &i.created_at,
            updated_at: &i.updated_at,
        };
        if self.fresh_interactions {
            // Nothing here to weigh it against, unless the bundle names it twice.
            let added = match (&mut self.links, fresh.as_mut()) {
                (Some(links), Some(fresh)) => match fresh.insert_unless_here(&row)? {
                    Some(rowid) => {
                        if !links.add(rowid, row.occurred_at, &people) {
                            let each = people.iter().map(|&p| (p, row.occurred_at, rowid));
                            irows::write_links(self.tx, each)?;
                        }
                        true
                    }
                    None => false,
                },
                _ => irows::insert_unless_here(self.tx, &row)?.is_some(),
            };
            if added {
                self.report.added += 1;
                self.touched.extend(&people);
                return Ok(());
            }
            // Named twice: the first copy's links must be here before it is weighed.
            self.end_links()?;
        }
        let Some(side) = self.side("interaction", "interactions", &i.id, &i.updated_at)? else {
            return Ok(());
        };
        match side {
            Side::Same => {}
            Side::Add => {
                irows::insert(self.tx, &row)?;
                self.touched.extend(&people);
            }
            Side::Theirs(rowid) => irows::update(self.tx, rowid, &row)?,
        }
        Ok(())
    }

    pub(super) fn note(&mut self, n: &Note) -> Result<()> {
        let Some(&person) = self
            .person_rowids(std::slice::from_ref(&n.person_id))?
            .first()
        else {
            self.conflict(
                "note",
                &n.id,
                "ours",
                "not imported: its person is not here",
            );
            return Ok(());
        };
        match self.side("note", "notes", &n.id, &n.updated_at)? {
            Some(Side::Add) => {
                irows::note_insert(self.tx, n, person)?;
            }
            Some(Side::Theirs(rowid)) => {
                irows::note_update(self.tx, rowid, &n.body, n.pinned, &n.updated_at)?
            }
            _ => {}
        }
        Ok(())
    }

    pub(super) fn followup(&mut self, f: &BundleFollowup) -> Result<()> {
        let people = self.person_rowids(&f.people)?;
        let rowid = match self.side("followup", "followups", &f.id, &f.updated_at)? {
            Some(Side::Add) => followups::insert_bundled(self.tx, f)?,
            Some(Side::Theirs(rowid)) => {
                followups::update_bundled(self.tx, rowid, f)?;
                followups::clear_people(self.tx, rowid)?;
                rowid
            }
            _ => return Ok(()),
        };
        for p in people {
            followups::add_person(self.tx, rowid, p)?;
        }
        Ok(())
    }
}

/// Our rowids for their person ids from the maps alone: people merged into someone here, then
/// everyone here by id (`None` before that map is loaded: the caller asks the book). Sorted, no
/// one twice; an id found in neither is not here. Needs no transaction, so a million
/// interactions resolve theirs on the parsing thread (`Input::each_piped_then`).
pub(super) fn known_rowids(
    alias: &std::collections::HashMap<String, i64>,
    here: Option<&crate::store::bundle_merge_rows::PeopleIds>,
    ids: &[String],
) -> Option<Vec<i64>> {
    let here = here?;
    let mut out: Vec<i64> = ids
        .iter()
        .filter_map(|id| alias.get(id).or_else(|| here.get(id.as_str())).copied())
        .collect();
    if out.len() > 1 {
        out.sort_unstable();
        out.dedup();
    }
    Some(out)
}

/// Each interaction of a batch with its people's rowids here (`known_rowids`): run on the
/// parsing thread, from maps no interaction changes.
pub(super) fn with_people(
    alias: std::collections::HashMap<String, i64>,
    here: Option<std::sync::Arc<crate::store::bundle_merge_rows::PeopleIds>>,
) -> impl Fn(Vec<BundleInteraction>) -> Vec<(BundleInteraction, Option<Vec<i64>>)> + Sync {
    move |batch| {
        let one = |i: BundleInteraction| {
            let people = known_rowids(&alias, here.as_deref(), &i.people);
            (i, people)
        };
        batch.into_iter().map(one).collect()
    }
}
