//! Finding the person a hurried name or handle means: exact words, then prefixes, then one typo.

use crate::domain::fold::words;
use rusqlite::{Connection, OptionalExtension};
use std::collections::BTreeSet;

/// How far a typed name may be from a stored one and still count.
fn max_typos(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Unarchived people whose name words (or handles) match every word of `name`, best tier only:
/// every word exact; else the last word a prefix (still typing); else within a typo or two.
/// `exact_only` is for guessing a name out of free text, where "met" must not find "Metin".
pub fn people_named(c: &Connection, name: &str, exact_only: bool) -> rusqlite::Result<Vec<i64>> {
    let ws: Vec<String> = words(name).collect();
    if ws.is_empty() {
        return Ok(Vec::new());
    }
    let exact = intersect(c, &ws, |c, w, _| keys_exact(c, w))?;
    if !exact.is_empty() || exact_only {
        return unarchived(c, exact);
    }
    let prefix = intersect(c, &ws, |c, w, last| {
        if last {
            keys_prefix(c, w)
        } else {
            keys_exact(c, w)
        }
    })?;
    if !prefix.is_empty() {
        return unarchived(c, prefix);
    }
    let fuzzy = intersect(c, &ws, |c, w, _| keys_near(c, w))?;
    unarchived(c, fuzzy)
}

/// People with this handle on any platform (handles compare without case).
pub fn people_with_handle(c: &Connection, handle: &str) -> rusqlite::Result<Vec<i64>> {
    let h = handle.trim().trim_start_matches('@');
    let mut st = c.prepare_cached(
        "SELECT DISTINCT c.person_rowid FROM channels c JOIN people p ON p.rowid = c.person_rowid
         WHERE c.handle = ?1 AND p.archived = 0 LIMIT 20",
    )?;
    let rows = st.query_map([h], |r| r.get(0))?;
    rows.collect()
}

fn intersect(
    c: &Connection,
    ws: &[String],
    find: impl Fn(&Connection, &str, bool) -> rusqlite::Result<BTreeSet<i64>>,
) -> rusqlite::Result<BTreeSet<i64>> {
    let mut acc: Option<BTreeSet<i64>> = None;
    for (n, w) in ws.iter().enumerate() {
        let found = find(c, w, n + 1 == ws.len())?;
        acc = Some(match acc {
            None => found,
            Some(a) => a.intersection(&found).copied().collect(),
        });
        if acc.as_ref().is_some_and(BTreeSet::is_empty) {
            break;
        }
    }
    Ok(acc.unwrap_or_default())
}

fn keys_exact(c: &Connection, w: &str) -> rusqlite::Result<BTreeSet<i64>> {
    let mut st =
        c.prepare_cached("SELECT person_rowid FROM person_keys WHERE key = ?1 LIMIT 2000")?;
    let rows = st.query_map([w], |r| r.get(0))?;
    rows.collect()
}

fn keys_prefix(c: &Connection, w: &str) -> rusqlite::Result<BTreeSet<i64>> {
    let mut st = c.prepare_cached(
        "SELECT person_rowid FROM person_keys WHERE key >= ?1 AND key < ?1 || char(1114111) LIMIT 2000",
    )?;
    let rows = st.query_map([w], |r| r.get(0))?;
    rows.collect()
}

/// Keys within `max_typos` edits that share the first letter (people rarely mistype the first).
fn keys_near(c: &Connection, w: &str) -> rusqlite::Result<BTreeSet<i64>> {
    let budget = max_typos(w.chars().count());
    let Some(first) = w.chars().next() else {
        return Ok(BTreeSet::new());
    };
    if budget == 0 {
        return Ok(BTreeSet::new());
    }
    let mut st = c.prepare_cached(
        "SELECT key, person_rowid FROM person_keys WHERE key >= ?1 AND key < ?1 || char(1114111)
         LIMIT 50000",
    )?;
    let mut out = BTreeSet::new();
    let rows = st.query_map([first.to_string()], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
    })?;
    for row in rows {
        let (key, person) = row?;
        if key.len().abs_diff(w.len()) <= budget && distance(&key, w) <= budget {
            out.insert(person);
        }
    }
    Ok(out)
}

fn unarchived(c: &Connection, set: BTreeSet<i64>) -> rusqlite::Result<Vec<i64>> {
    let mut st = c.prepare_cached("SELECT archived FROM people WHERE rowid = ?1")?;
    let mut out = Vec::new();
    for p in set {
        if st.query_row([p], |r| r.get::<_, bool>(0)).optional()? == Some(false) {
            out.push(p);
        }
    }
    Ok(out)
}

/// Levenshtein distance over chars (two short words: the plain table is fast enough).
pub fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    #[test]
    fn distance_counts_edits() {
        assert_eq!(super::distance("amelie", "amelie"), 0);
        assert_eq!(super::distance("amelie", "amelia"), 1);
        assert_eq!(super::distance("dubois", "dubos"), 1);
        assert_eq!(super::distance("kitten", "sitting"), 3);
    }
}
