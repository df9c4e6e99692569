//! The network kept in memory per book (who is tied to whom, who belongs where, which colleague dealt with whom, by rowid), built from one scan of each table and made again when a commit changes them (`store::watch`): a two-hop graph or an introduction path then walks neighbours without a query per person, which at 100k people with hubs was hundreds of milliseconds.

use crate::domain::network::ConnectionKind;
use crate::error::Result;
use crate::store::{net_scan, watch, Db};
use rusqlite::Connection;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// foldhash: these maps are looked up once per neighbour visited.
pub(crate) type Fast<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

/// One connection of a person.
#[derive(Debug, Clone, Copy)]
pub struct Tie {
    pub other: i64,
    /// The connection's rowid.
    pub conn: i64,
    pub kind: ConnectionKind,
    /// True when the person is the first of the pair.
    pub outgoing: bool,
}

/// A colleague's touchpoint with a person.
#[derive(Debug)]
pub struct Touch {
    pub colleague: i64,
    pub count: u32,
    pub last: Box<str>,
}

/// Lists by key stored end to end, one allocation for all of them.
struct Lists<T> {
    at: Fast<i64, (u32, u32)>,
    items: Vec<T>,
}

impl<T> Lists<T> {
    /// From items already grouped by key.
    fn grouped(rows: impl Iterator<Item = (i64, T)>) -> Self {
        let mut at = Fast::default();
        let mut items = Vec::new();
        let mut open: Option<(i64, u32)> = None;
        for (k, t) in rows {
            if open.map(|(o, _)| o) != Some(k) {
                if let Some((o, s)) = open {
                    at.insert(o, (s, items.len() as u32));
                }
                open = Some((k, items.len() as u32));
            }
            items.push(t);
        }
        if let Some((o, s)) = open {
            at.insert(o, (s, items.len() as u32));
        }
        Lists { at, items }
    }

    fn get(&self, key: i64) -> &[T] {
        match self.at.get(&key) {
            Some(&(s, e)) => &self.items[s as usize..e as usize],
            None => &[],
        }
    }
}

/// Connections and memberships.
pub struct Ties {
    ties: Lists<Tie>,
    /// A person's (organization, membership): employer first, then by name.
    orgs: Lists<(i64, i64)>,
    /// An organization's (person, membership): current ones first, then by name.
    members: Lists<(i64, i64)>,
}

impl Ties {
    fn build(c: &Connection) -> Result<Ties> {
        let mut ends = Vec::new();
        for (conn, from, to, kind) in net_scan::all_connections(c)? {
            // As a person's ties were read by SQL: those they start by the other end, then
            // those they receive in the order they were made.
            ends.push((from, 0u8, to, kind.as_str(), (to, conn, kind, true)));
            ends.push((to, 1u8, conn, "", (from, conn, kind, false)));
        }
        ends.sort_unstable_by_key(|e| (e.0, e.1, e.2, e.3));
        let ties = Lists::grouped(ends.into_iter().map(
            |(p, _, _, _, (other, conn, kind, outgoing))| {
                (
                    p,
                    Tie {
                        other,
                        conn,
                        kind,
                        outgoing,
                    },
                )
            },
        ));
        let pair = |(a, b, m): (i64, i64, i64)| (a, (b, m));
        Ok(Ties {
            ties,
            orgs: Lists::grouped(net_scan::memberships_by_person(c)?.into_iter().map(pair)),
            members: Lists::grouped(net_scan::memberships_by_org(c)?.into_iter().map(pair)),
        })
    }

    pub fn of(&self, person: i64) -> &[Tie] {
        self.ties.get(person)
    }

    pub fn orgs_of(&self, person: i64) -> &[(i64, i64)] {
        self.orgs.get(person)
    }

    pub fn members_of(&self, org: i64) -> &[(i64, i64)] {
        self.members.get(org)
    }
}

/// Touchpoints by person, the most recent colleague first.
pub struct Touches(Lists<Touch>);

impl Touches {
    fn build(c: &Connection) -> Result<Touches> {
        Ok(Touches(Lists::grouped(
            net_scan::all_touches(c)?
                .into_iter()
                .map(|(p, colleague, count, last)| {
                    (
                        p,
                        Touch {
                            colleague,
                            count,
                            last: last.into(),
                        },
                    )
                }),
        )))
    }

    pub fn of(&self, person: i64) -> &[Touch] {
        self.0.get(person)
    }
}

type Slot<T> = Mutex<Option<(u64, Arc<T>)>>;

/// The copies and the generation each was made at.
#[derive(Default)]
pub struct NetCache {
    ties: Slot<Ties>,
    touches: Slot<Touches>,
}

impl std::fmt::Debug for NetCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NetCache").finish_non_exhaustive()
    }
}

/// The generations to pass to `NetCache::ties`/`touches`, read before the read transaction.
pub fn before(db: &Db) -> [Option<u64>; 2] {
    [db.generation(watch::TIES), db.generation(watch::TOUCHES)]
}

impl NetCache {
    /// The ties as `c` sees them. Call inside a read, after its first statement (which takes the
    /// snapshot), with `before` read before the read began: a copy is used only when the
    /// generation now is the one it was made at, and one made here is kept only when nothing
    /// changed from `before` to now (so it is the state of that generation).
    pub fn ties(&self, db: &Db, c: &Connection, before: Option<u64>) -> Result<Arc<Ties>> {
        get(&self.ties, db.generation(watch::TIES), before, || {
            Ties::build(c)
        })
    }

    pub fn touches(&self, db: &Db, c: &Connection, before: Option<u64>) -> Result<Arc<Touches>> {
        get(&self.touches, db.generation(watch::TOUCHES), before, || {
            Touches::build(c)
        })
    }
}

fn get<T>(
    slot: &Slot<T>,
    now: Option<u64>,
    before: Option<u64>,
    build: impl FnOnce() -> Result<T>,
) -> Result<Arc<T>> {
    let mut kept = slot.lock().unwrap_or_else(|p| p.into_inner());
    if let (Some(g), Some((at, copy))) = (now, kept.as_ref()) {
        if *at == g {
            return Ok(copy.clone());
        }
    }
    // Dropped before the build: the old copy's memory goes first.
    *kept = None;
    drop(kept);
    let made = Arc::new(build()?);
    if let (Some(g), true) = (now, now == before) {
        *slot.lock().unwrap_or_else(|p| p.into_inner()) = Some((g, made.clone()));
    }
    Ok(made)
}
