//! The network sections of a bundle as written: colleagues, organizations, memberships and connections, the whole book's or those of a scope's people.

use crate::error::Result;
use crate::interchange::bundle::out::Out;
use crate::interchange::bundle::BundleScope;
use crate::store::bundle_network as rows;
use crate::store::bundle_rows::Filter;
use rusqlite::Connection;

/// Writes the four sections. A scoped bundle carries its people's memberships and their
/// organizations, the connections between two of its people, and the colleagues its
/// interactions and owners name (so they arrive as colleagues, not names).
pub(crate) fn write(
    conn: &Connection,
    scope: &BundleScope,
    (f, arg): (&Filter, Option<&str>),
    out: &mut Out,
) -> Result<()> {
    let people = match scope {
        BundleScope::All => None,
        _ => {
            let ids = crate::store::bundle_rows::rowids(conn, f.people, arg)?;
            Some(serde_json::to_string(&ids).expect("rowids serialise"))
        }
    };
    let people = people.as_deref();
    let colleagues = rows::colleagues(conn, people, f.interactions, arg)?;
    out.section("colleagues", |b| super::json_array(b, &colleagues))?;
    let orgs = rows::organizations(conn, people)?;
    out.section("organizations", |b| super::json_array(b, &orgs))?;
    let members = rows::memberships(conn, people)?;
    out.section("memberships", |b| super::json_array(b, &members))?;
    let ties = rows::connections(conn, people)?;
    out.section("connections", |b| super::json_array(b, &ties))?;
    Ok(())
}
