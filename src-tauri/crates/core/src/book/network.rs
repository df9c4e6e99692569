//! The network half of the `Book` API: organizations and their people, and connections between people (who can introduce us to someone is in `paths`).

use super::Book;
use crate::domain::network::{
    clean_connection, clean_org, Connection, ConnectionInput, Membership, Organization,
    OrganizationDetail, OrganizationInput,
};
use crate::error::Result;
use crate::new_id;
use crate::store::network::{self, MembershipRow};
use crate::store::{people, tombstones};

impl Book {
    /// A new organization; its name must not be taken (case aside).
    pub fn org_create(&self, input: OrganizationInput) -> Result<Organization> {
        let o = clean_org(input)?;
        let now = self.now();
        self.db.write(|tx| {
            network::org_ensure_free(tx, &o.name, None)?;
            let rowid = network::org_insert(tx, &new_id(), &o, &now)?;
            network::org_get(tx, rowid)
        })
    }

    /// Replaces an organization's fields.
    pub fn org_update(&self, id: &str, input: OrganizationInput) -> Result<Organization> {
        let o = clean_org(input)?;
        let now = self.now();
        self.db.write(|tx| {
            let rowid = network::org_rowid_of(tx, id)?;
            network::org_ensure_free(tx, &o.name, Some(rowid))?;
            network::org_update(tx, rowid, &o, &now)?;
            network::org_get(tx, rowid)
        })
    }

    /// Deletes an organization; its people stay, their memberships go. A tombstone carries the
    /// deletion in bundles.
    pub fn org_delete(&self, id: &str) -> Result<()> {
        let now = self.now();
        self.db.write(|tx| {
            let rowid = network::org_rowid_of(tx, id)?;
            network::org_delete(tx, rowid)?;
            tombstones::record(tx, "organization", id, &now)
        })
    }

    pub fn org_all(&self) -> Result<Vec<Organization>> {
        self.db.read(network::org_all)
    }

    pub fn org_detail(&self, id: &str) -> Result<OrganizationDetail> {
        self.db.read(|c| {
            let rowid = network::org_rowid_of(c, id)?;
            Ok(OrganizationDetail {
                organization: network::org_get(c, rowid)?,
                members: network::members(c, rowid)?,
                latest: network::latest_interactions(c, rowid, 20)?,
            })
        })
    }

    /// Puts a person in an organization (or changes their role and dates there); `employer`
    /// makes it the one their employer field names, and sets that field to its name.
    pub fn membership_set(
        &self,
        person_id: &str,
        org_id: &str,
        role: &str,
        since: Option<&str>,
        until: Option<&str>,
        employer: bool,
    ) -> Result<Vec<Membership>> {
        let now = self.now();
        self.db.write(|tx| {
            let person = people::rowid_of(tx, person_id)?;
            let org = network::org_rowid_of(tx, org_id)?;
            let row = MembershipRow {
                role: role.trim(),
                since,
                until,
                employer,
            };
            network::membership_set(tx, &new_id(), person, org, &row, &now)?;
            if employer {
                let name = network::org_get(tx, org)?.name;
                tx.execute(
                    "UPDATE people SET employer = ?2, updated_at = ?3 WHERE rowid = ?1",
                    rusqlite::params![person, name, now],
                )?;
            }
            network::memberships_of(tx, person)
        })
    }

    /// Takes a person out of an organization; a tombstone carries the removal in bundles.
    pub fn membership_remove(&self, person_id: &str, org_id: &str) -> Result<Vec<Membership>> {
        let now = self.now();
        self.db.write(|tx| {
            let person = people::rowid_of(tx, person_id)?;
            let org = network::org_rowid_of(tx, org_id)?;
            if let Some(id) = network::membership_remove(tx, person, org)? {
                tombstones::record(tx, "membership", &id, &now)?;
            }
            network::memberships_of(tx, person)
        })
    }

    /// The organizations a person belongs to, their employer first.
    pub fn memberships_of(&self, person_id: &str) -> Result<Vec<Membership>> {
        self.db
            .read(|c| network::memberships_of(c, people::rowid_of(c, person_id)?))
    }

    /// Connects two people; the same pair and kind twice is refused.
    pub fn connect(&self, input: ConnectionInput) -> Result<Connection> {
        let i = clean_connection(input)?;
        let now = self.now();
        self.db.write(|tx| {
            let from = people::rowid_of(tx, &i.from)?;
            let to = people::rowid_of(tx, &i.to)?;
            let id = new_id();
            network::connection_insert(tx, &id, (from, to), &i, &now)?;
            // Read back by id: a hub's other connections are not worth reading to find it.
            crate::store::graph::connection_seen_from(tx, &id, from)
        })
    }

    /// Removes a connection; a tombstone carries the removal in bundles.
    pub fn disconnect(&self, id: &str) -> Result<()> {
        let now = self.now();
        self.db.write(|tx| {
            network::connection_delete(tx, id)?;
            tombstones::record(tx, "connection", id, &now)
        })
    }

    /// What a person page's network section shows: connections, organizations, and with
    /// `paths` the five warmest introduction paths. The paths search three hops out, so the
    /// page asks for them with a button instead of on every open.
    pub fn person_network(
        &self,
        person_id: &str,
        paths: bool,
    ) -> Result<crate::api::PersonNetwork> {
        Ok(crate::api::PersonNetwork {
            connections: self.connections_of(person_id)?,
            memberships: self.memberships_of(person_id)?,
            intro_paths: match paths {
                true => self.intro_paths(person_id, 5)?,
                false => Vec::new(),
            },
        })
    }

    /// A person's connections, the strongest kinds first.
    pub fn connections_of(&self, person_id: &str) -> Result<Vec<Connection>> {
        self.db
            .read(|c| network::connections_of(c, people::rowid_of(c, person_id)?))
    }
}
