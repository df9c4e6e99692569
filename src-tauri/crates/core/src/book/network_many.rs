//! The network written many at a time, one transaction each, all or nothing: what an import of a whole address book's ties (and the network bench's 300k connections) needs, where one write per tie would wait on a disk sync each.

use super::Book;
use crate::api::MembershipSetReq;
use crate::domain::network::{clean_connection, clean_org, ConnectionInput, OrganizationInput};
use crate::error::Result;
use crate::new_id;
use crate::store::network::{self, MembershipRow};
use crate::store::people;

impl Book {
    /// Creates many organizations; on the first invalid or taken name, none.
    pub fn org_create_many(&self, inputs: Vec<OrganizationInput>) -> Result<usize> {
        let cleaned = inputs
            .into_iter()
            .enumerate()
            .map(|(i, o)| clean_org(o).map_err(|e| super::people::prefix_fields(e, i)))
            .collect::<Result<Vec<_>>>()?;
        let now = self.now();
        self.db.write(|tx| {
            for (i, o) in cleaned.iter().enumerate() {
                network::org_ensure_free(tx, &o.name, None)
                    .map_err(|e| super::people::prefix_fields(e, i))?;
                network::org_insert(tx, &new_id(), o, &now)?;
            }
            Ok(cleaned.len())
        })
    }

    /// Puts many people in organizations (as `membership_set` does one), all or none.
    pub fn membership_set_many(&self, reqs: Vec<MembershipSetReq>) -> Result<usize> {
        let now = self.now();
        self.db.write(|tx| {
            for r in &reqs {
                let person = people::rowid_of(tx, &r.person_id)?;
                let org = network::org_rowid_of(tx, &r.org_id)?;
                let row = MembershipRow {
                    role: r.role.trim(),
                    since: r.since.as_deref(),
                    until: r.until.as_deref(),
                    employer: r.employer,
                };
                network::membership_set(tx, &new_id(), person, org, &row, &now)?;
                if r.employer {
                    let name = network::org_get(tx, org)?.name;
                    tx.execute(
                        "UPDATE people SET employer = ?2, updated_at = ?3 WHERE rowid = ?1",
                        rusqlite::params![person, name, now],
                    )?;
                }
            }
            Ok(reqs.len())
        })
    }

    /// Makes many connections; on the first invalid one or one already made, none.
    pub fn connect_many(&self, inputs: Vec<ConnectionInput>) -> Result<usize> {
        let cleaned = inputs
            .into_iter()
            .enumerate()
            .map(|(i, c)| clean_connection(c).map_err(|e| super::people::prefix_fields(e, i)))
            .collect::<Result<Vec<_>>>()?;
        let now = self.now();
        self.db.write(|tx| {
            for (n, i) in cleaned.iter().enumerate() {
                let from = people::rowid_of(tx, &i.from)?;
                let to = people::rowid_of(tx, &i.to)?;
                network::connection_insert(tx, &new_id(), (from, to), i, &now)
                    .map_err(|e| super::people::prefix_fields(e, n))?;
            }
            Ok(cleaned.len())
        })
    }
}
