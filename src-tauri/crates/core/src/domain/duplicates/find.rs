//! The duplicate scan on plain rows: every key of every person filed in hash maps, pairs taken only inside a key's bucket — never all pairs of the book.
//!
//! A bucket larger than `WIDE` (an agency's shared address, a very common name) is not paired
//! all with all: an exact key (e-mail, handle, phone, whole name) links its people in a star, so
//! they still form one group in linear pairs; an initial key (A. Martin among forty Martins)
//! means nothing at that size and is dropped.

use super::names::name_keys;
use super::{DuplicateMatch, DuplicateReason};
use crate::error::Result;
use crate::interchange::people_import::keys::{handle_key, phone_key, tail};
use std::collections::{HashMap, HashSet};

const WIDE: usize = 25;

/// A person as the scan reads them.
#[derive(Debug, Clone, Default)]
pub(crate) struct ScanPerson {
    pub rowid: i64,
    pub display_name: String,
    pub first_name: String,
    pub last_name: String,
    pub country: String,
    /// Normalised (lower-case) e-mails.
    pub emails: Vec<String>,
    /// (platform, handle) as stored.
    pub handles: Vec<(crate::domain::channel::Platform, String)>,
    pub phones: Vec<String>,
}

/// Candidate pairs `(rowid, rowid)` (smaller first) with what each shares. `tick(n)` is called
/// every few thousand people with how many were keyed (it returns an error to stop: cancel).
pub(crate) fn find_pairs(
    people: &[ScanPerson],
    dismissed: &HashSet<(i64, i64)>,
    tick: &mut dyn FnMut(usize) -> Result<()>,
) -> Result<HashMap<(i64, i64), Vec<DuplicateMatch>>> {
    let mut exact: HashMap<(DuplicateReason, String), Vec<usize>> = HashMap::new();
    let mut by_tail: HashMap<String, Vec<(usize, &str)>> = HashMap::new();
    let mut whole: HashMap<String, Vec<usize>> = HashMap::new();
    let mut initial_side: HashMap<String, Vec<usize>> = HashMap::new();
    let mut full_side: HashMap<String, Vec<usize>> = HashMap::new();
    let mut other_script = vec![false; people.len()];
    for (i, p) in people.iter().enumerate() {
        if i % 4096 == 0 {
            tick(i)?;
        }
        for e in &p.emails {
            file(&mut exact, (DuplicateReason::Email, e.clone()), i);
        }
        for (platform, h) in &p.handles {
            file(
                &mut exact,
                (DuplicateReason::Handle, handle_key(*platform, h)),
                i,
            );
        }
        for ph in &p.phones {
            if let Some(t) = tail(ph) {
                by_tail.entry(t).or_default().push((i, ph));
            }
        }
        let first_last = format!("{} {}", p.first_name, p.last_name);
        let k = name_keys(&[&p.display_name, &first_last]);
        other_script[i] = k.other_script;
        for w in k.whole {
            file(&mut whole, w, i);
        }
        for w in k.by_initial {
            file(&mut initial_side, w, i);
        }
        for w in k.as_initial {
            file(&mut full_side, w, i);
        }
    }
    tick(people.len())?;
    // A number is read in E.164 (microseconds each) only where its last digits met another's.
    for bucket in by_tail.into_values().filter(|b| spans_people(b)) {
        for (i, raw) in bucket {
            if let Some(key) = phone_key(raw, &people[i].country) {
                file(&mut exact, (DuplicateReason::Phone, key), i);
            }
        }
    }
    let mut pairs = Pairs {
        people,
        dismissed,
        out: HashMap::new(),
    };
    for ((reason, value), members) in exact {
        pairs.link_all(&members, reason, &value);
    }
    for (value, members) in whole {
        // Different scripts say more than "the same name": they are told apart per pair.
        pairs.link_names(&members, &other_script, &value);
    }
    for (value, initials) in initial_side {
        let Some(full) = full_side.get(&value) else {
            continue;
        };
        if full.len() > WIDE || initials.len() > WIDE {
            continue;
        }
        for &a in &initials {
            for &b in full {
                pairs.add(a, b, DuplicateReason::NameInitial, &value);
            }
        }
    }
    Ok(pairs.out)
}

fn file<K: std::hash::Hash + Eq>(map: &mut HashMap<K, Vec<usize>>, key: K, i: usize) {
    let v = map.entry(key).or_default();
    if v.last() != Some(&i) {
        v.push(i);
    }
}

fn spans_people(bucket: &[(usize, &str)]) -> bool {
    bucket.iter().any(|(i, _)| *i != bucket[0].0)
}

struct Pairs<'a> {
    people: &'a [ScanPerson],
    dismissed: &'a HashSet<(i64, i64)>,
    out: HashMap<(i64, i64), Vec<DuplicateMatch>>,
}

impl Pairs<'_> {
    fn add(&mut self, a: usize, b: usize, reason: DuplicateReason, value: &str) {
        let (x, y) = (self.people[a].rowid, self.people[b].rowid);
        if x == y {
            return;
        }
        let key = (x.min(y), x.max(y));
        if self.dismissed.contains(&key) {
            return;
        }
        let found = self.out.entry(key).or_default();
        if !found.iter().any(|m| m.reason == reason && m.value == value) {
            found.push(DuplicateMatch {
                reason,
                value: value.to_string(),
            });
        }
    }

    /// Every pair of a small bucket; a star around its first member past `WIDE`.
    fn link_all(&mut self, members: &[usize], reason: DuplicateReason, value: &str) {
        self.link_with(members, value, |_, _| reason);
    }

    fn link_names(&mut self, members: &[usize], other_script: &[bool], value: &str) {
        self.link_with(members, value, |a, b| {
            if other_script[a] != other_script[b] {
                DuplicateReason::NameOtherScript
            } else {
                DuplicateReason::Name
            }
        });
    }

    fn link_with(
        &mut self,
        members: &[usize],
        value: &str,
        reason: impl Fn(usize, usize) -> DuplicateReason,
    ) {
        if members.len() < 2 {
            return;
        }
        if members.len() > WIDE {
            for &b in &members[1..] {
                self.add(members[0], b, reason(members[0], b), value);
            }
            return;
        }
        for (n, &a) in members.iter().enumerate() {
            for &b in &members[n + 1..] {
                self.add(a, b, reason(a, b), value);
            }
        }
    }
}
