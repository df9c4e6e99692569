//! An import's employers become organizations: each person the import created or changed who has an employer is a member of the organization of that name (made once per name, or an existing one found by its case-folded name), as their employer, with their title as role.
//!
//! Run inside the import's transaction, after its people are written, so a refused import
//! leaves no organization behind; one pass over those people, whichever file format they came
//! from (Google's `Organization Name`, Outlook's and LinkedIn's `Company`, a mapped employer
//! column, a vCard's `ORG`).

use crate::domain::network::org_name_key;
use crate::error::Result;
use crate::store::network::{self, MembershipRow};
use rusqlite::Connection;
use std::collections::HashMap;

/// Links the people with rowids from `first_new` on (created by the import) and `changed` (merged
/// into) to their employer's organization; answers how many organizations were created.
pub(super) fn link(tx: &Connection, first_new: i64, changed: &[i64], now: &str) -> Result<u32> {
    let mut orgs: HashMap<String, i64> = HashMap::new();
    let mut created = 0u32;
    // `fresh`: a person this import created, who has no membership yet, so neither the look-up
    // of their dates nor the clearing of another employer flag can find anything: one insert
    // (two statements fewer per new person, ~85k at 100k rows).
    let mut each = |rowid: i64, employer: String, title: String, fresh: bool| -> Result<()> {
        let name = employer.trim();
        let key = org_name_key(name);
        let org = match orgs.get(&key) {
            Some(&r) => r,
            None => {
                let r = match network::org_by_name(tx, name)? {
                    Some(r) => r,
                    None => {
                        created += 1;
                        let input = crate::domain::network::OrganizationInput {
                            name: name.to_string(),
                            ..Default::default()
                        };
                        network::org_insert(tx, &crate::new_id(), &input, now)?
                    }
                };
                orgs.insert(key, r);
                r
            }
        };
        let row = MembershipRow {
            role: title.trim(),
            since: None,
            until: None,
            employer: true,
        };
        if fresh {
            return network::membership_insert(tx, &crate::new_id(), rowid, org, &row, now);
        }
        match network::membership_dates(tx, rowid, org)? {
            // Already a member: their dates stay, the title and the employer flag follow the file.
            Some((since, until)) => {
                let row = MembershipRow {
                    since: since.as_deref(),
                    until: until.as_deref(),
                    ..row
                };
                network::membership_set(tx, &crate::new_id(), rowid, org, &row, now)
            }
            None => network::membership_set(tx, &crate::new_id(), rowid, org, &row, now),
        }
    };
    network::employers_from(tx, first_new, &mut |rowid, employer, title| {
        each(rowid, employer, title, true)
    })?;
    for &rowid in changed {
        if let Some((employer, title)) = network::employer_of(tx, rowid)? {
            each(rowid, employer, title, false)?;
        }
    }
    Ok(created)
}
