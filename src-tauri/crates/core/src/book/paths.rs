//! Who can introduce us to someone: the warmest paths from people we are close to, searched outward from the target over the in-memory ties (`net_index`), nearest first, stopping as soon as the best are known (petgraph's Dijkstra, used before, settles the whole neighbourhood first: three hops from a hub is most of a 100k book).

use super::net_index::{self, Fast, Ties};
use super::Book;
use crate::domain::network::{ConnectionKind, Hop, IntroPath};
use crate::error::Result;
use crate::store::{net_scan, people};
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashSet};

/// Someone heard from within this many days counts as close, whatever their stage.
const CLOSE_DAYS: i64 = 90;

/// A strong tie (agent, family) costs less than an acquaintance.
fn cost(k: ConnectionKind) -> u32 {
    4 - u32::from(k.strength())
}

impl Book {
    /// Who can introduce us to `target_id`: the warmest paths, at most `limit`, from people we
    /// are close to (stage engaged or beyond, or heard from in the last 90 days) through the
    /// ties within three hops of the target (every tie with an end at most two hops out). A
    /// strong tie costs less than an acquaintance, so a path of two strong ties can beat one
    /// weak one; equal costs go to fewer hops, then by name.
    pub fn intro_paths(&self, target_id: &str, limit: usize) -> Result<Vec<IntroPath>> {
        let since = crate::clock::stamp(self.clock.now() - chrono::Duration::days(CLOSE_DAYS));
        let before = net_index::before(&self.db);
        self.db.read(|c| {
            let target = people::rowid_of(c, target_id)?;
            if limit == 0 {
                return Ok(Vec::new());
            }
            let ties = self.net.ties(&self.db, c, before[0])?;
            let near = within_two(&ties, target);
            let allowed = |a: i64, b: i64| near.contains(&a) || near.contains(&b);
            // Dijkstra from the target, a whole distance at a time: everyone at the distance
            // is asked about at once, and the search stops after the distance where `limit`
            // close people have been found (all those at that distance are in, so the order
            // by hops and name among them is the true one).
            let mut dist: Fast<i64, u32> = Fast::default();
            dist.insert(target, 0);
            let mut heap = BinaryHeap::from([Reverse((0u32, target))]);
            let mut settled: HashSet<i64, foldhash::fast::RandomState> = HashSet::default();
            let mut found: Vec<(u32, i64, String, String)> = Vec::new();
            while let Some(&Reverse((d, _))) = heap.peek() {
                let mut level = Vec::new();
                while let Some(&Reverse((d2, n))) = heap.peek() {
                    if d2 != d {
                        break;
                    }
                    heap.pop();
                    if dist.get(&n) == Some(&d2) && settled.insert(n) {
                        level.push(n);
                    }
                }
                let asked: Vec<i64> = level.iter().copied().filter(|&n| n != target).collect();
                let mut close = net_scan::close_among(c, &asked, &since)?;
                for n in &asked {
                    if let Some((id, name)) = close.remove(n) {
                        found.push((d, *n, id, name));
                    }
                }
                if found.len() >= limit {
                    break;
                }
                for n in level {
                    for t in ties.of(n) {
                        if !allowed(n, t.other) {
                            continue;
                        }
                        let nd = d + cost(t.kind);
                        if dist.get(&t.other).is_none_or(|&o| nd < o) {
                            dist.insert(t.other, nd);
                            heap.push(Reverse((nd, t.other)));
                        }
                    }
                }
            }
            // Walk each down the distances to the target, taking the strongest tie on a tie
            // (the first met among equals); a node's step is worked out once, as a hub may lie
            // on thousands of the paths.
            let mut step: Fast<i64, (i64, ConnectionKind)> = Fast::default();
            let mut paths = Vec::new();
            for (total, from, id, name) in found {
                let mut hops = Vec::new();
                let mut at = from;
                while at != target {
                    let (next, kind) = match step.get(&at) {
                        Some(&s) => s,
                        None => {
                            let here = dist[&at];
                            let mut best: Option<(i64, ConnectionKind)> = None;
                            for t in ties.of(at) {
                                let on_path = allowed(at, t.other)
                                    && here
                                        .checked_sub(cost(t.kind))
                                        .is_some_and(|want| dist.get(&t.other) == Some(&want));
                                if on_path
                                    && best.is_none_or(|(_, k)| t.kind.strength() > k.strength())
                                {
                                    best = Some((t.other, t.kind));
                                }
                            }
                            let s = best.expect("a node with a distance has a tie on its way");
                            step.insert(at, s);
                            s
                        }
                    };
                    hops.push((next, kind));
                    at = next;
                }
                paths.push((total, hops, name, from, id));
            }
            paths.sort_by(|a, b| (a.0, a.1.len(), &a.2, a.3).cmp(&(b.0, b.1.len(), &b.2, b.3)));
            paths.truncate(limit);
            let on_paths: Vec<i64> = paths.iter().flat_map(|p| p.1.iter().map(|h| h.0)).collect();
            let names = net_scan::people(c, &on_paths)?;
            paths
                .into_iter()
                .map(|(_, hops, from_name, _, from_id)| {
                    let hops = hops
                        .into_iter()
                        .map(|(r, kind)| {
                            let (person_id, name, _) = names.get(&r).cloned().ok_or_else(|| {
                                crate::error::Error::NotFound {
                                    what: "person",
                                    id: r.to_string(),
                                }
                            })?;
                            Ok(Hop {
                                person_id,
                                name,
                                kind,
                                strength: kind.strength(),
                            })
                        })
                        .collect::<Result<_>>()?;
                    Ok(IntroPath {
                        from_id,
                        from_name,
                        hops,
                    })
                })
                .collect()
        })
    }
}

/// The target and everyone one or two ties from them.
fn within_two(ties: &Ties, target: i64) -> HashSet<i64, foldhash::fast::RandomState> {
    let mut near = HashSet::default();
    near.insert(target);
    let first: Vec<i64> = ties
        .of(target)
        .iter()
        .map(|t| t.other)
        .filter(|&o| near.insert(o))
        .collect();
    for p in first {
        for t in ties.of(p) {
            near.insert(t.other);
        }
    }
    near
}
