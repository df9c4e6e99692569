//! Global search over interaction and note text: terms of 3+ letters, accent-free, newest first, bounded.
//!
//! No ranking: the index is walked in descending rowid order (newest writes first) and stops at the
//! limit, so a common prefix over a million interactions costs what a rare one does.

use crate::domain::fold::{fold, words};
use crate::error::Result;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TextHitKind {
    Interaction,
    Note,
}

/// An interaction or a note matching a search, with the words around the match.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TextHit {
    pub kind: TextHitKind,
    pub id: String,
    /// The people it is about: ids and names, in the same order.
    pub person_ids: Vec<String>,
    pub person_names: Vec<String>,
    /// When the interaction happened, or when the note was last edited.
    pub at: String,
    pub snippet: String,
}

/// Shortest term searched in bodies: shorter ones match too much text to be useful.
pub const MIN_TERM: usize = 3;
const SNIPPET_WORDS: usize = 12;

pub fn search(conn: &Connection, query: &str, limit: u32) -> Result<Vec<TextHit>> {
    let tokens: Vec<String> = words(query).collect();
    if tokens.is_empty() || tokens.iter().any(|t| t.chars().count() < MIN_TERM) {
        return Ok(Vec::new());
    }
    let expr = tokens
        .iter()
        .map(|t| format!("\"{t}\"*"))
        .collect::<Vec<_>>()
        .join(" AND ");
    let limit = limit.clamp(1, 200);
    let mut hits = Vec::new();
    let mut st = conn.prepare_cached(
        "SELECT i.id, i.occurred_at, i.body, i.rowid FROM interaction_fts f JOIN interactions i ON i.rowid = f.rowid
         WHERE interaction_fts MATCH ?1 ORDER BY f.rowid DESC LIMIT ?2",
    )?;
    let rows: Vec<(String, String, String, i64)> = st
        .query_map(params![expr, limit], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut who = conn.prepare_cached(
        "SELECT p.id, p.display_name FROM interaction_people ip JOIN people p ON p.rowid = ip.person_rowid
         WHERE ip.interaction_rowid = ?1 ORDER BY p.sort_name",
    )?;
    for (id, at, body, rowid) in rows {
        let people: Vec<(String, String)> = who
            .query_map([rowid], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let (person_ids, person_names) = people.into_iter().unzip();
        hits.push(TextHit {
            kind: TextHitKind::Interaction,
            id,
            person_ids,
            person_names,
            at,
            snippet: snippet(&body, &tokens),
        });
    }
    let mut st = conn.prepare_cached(
        "SELECT n.id, n.updated_at, n.body, p.id, p.display_name FROM note_fts f
         JOIN notes n ON n.rowid = f.rowid JOIN people p ON p.rowid = n.person_rowid
         WHERE note_fts MATCH ?1 ORDER BY f.rowid DESC LIMIT ?2",
    )?;
    for row in st.query_map(params![expr, limit], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get(3)?,
            r.get(4)?,
        ))
    })? {
        let (id, at, body, pid, pname) = row?;
        hits.push(TextHit {
            kind: TextHitKind::Note,
            id,
            person_ids: vec![pid],
            person_names: vec![pname],
            at,
            snippet: snippet(&body, &tokens),
        });
    }
    hits.sort_by(|a, b| b.at.cmp(&a.at));
    hits.truncate(limit as usize);
    Ok(hits)
}

/// A few words of plain text around the first word starting with a query term.
fn snippet(body: &str, tokens: &[String]) -> String {
    let words: Vec<&str> = body.split_whitespace().collect();
    let hit = words
        .iter()
        .position(|w| {
            let f = fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
            tokens.iter().any(|t| f.starts_with(t.as_str()))
        })
        .unwrap_or(0);
    let start = hit.saturating_sub(SNIPPET_WORDS / 3);
    let end = (start + SNIPPET_WORDS).min(words.len());
    let mut s = words[start..end].join(" ");
    if start > 0 {
        s.insert_str(0, "… ");
    }
    if end < words.len() {
        s.push_str(" …");
    }
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn snippet_centres_on_the_first_match() {
        let body = "one two three four five six Amélie loves slow fashion and seven eight nine ten eleven twelve";
        let s = super::snippet(body, &["amel".to_string()]);
        assert!(s.starts_with("… three four five six Amélie"), "{s}");
        assert!(s.ends_with(" …"), "{s}");
        assert_eq!(super::snippet("short", &["zzz".into()]), "short");
    }
}
