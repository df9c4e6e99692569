//! Quick capture's people: who each name or handle of the line is (the user's choice, one match, several, or someone new), and the small writes made on them.

use super::capture::MAX_CANDIDATES;
use crate::api::{CapturePerson, CaptureReq};
use crate::domain::capture::{self, Line};
use crate::domain::channel::{ChannelInput, Platform};
use crate::domain::fold::fold;
use crate::domain::person::{PersonInput, PersonSummary};
use crate::domain::validate::clean_person;
use crate::error::Result;
use crate::new_id;
use crate::store::name_match::people_named;
use crate::store::people::{self, summaries_by_rowid};
use crate::store::people_rows;
use rusqlite::Connection;

/// Applies the user's choice for an ambiguous name, else classifies what was found.
pub(super) fn resolve(
    c: &Connection,
    req: &CaptureReq,
    text: String,
    found: Vec<i64>,
    unknown_is_new: bool,
) -> Result<CapturePerson> {
    if let Some(choice) = req.choices.iter().find(|ch| fold(&ch.text) == fold(&text)) {
        if choice.person_id.is_empty() {
            return Ok(CapturePerson {
                text,
                person: None,
                is_new: true,
                candidates: Vec::new(),
            });
        }
        let rowid = people::rowid_of(c, &choice.person_id)?;
        let person = summaries_by_rowid(c, &[rowid])?.pop();
        return Ok(CapturePerson {
            text,
            person,
            is_new: false,
            candidates: Vec::new(),
        });
    }
    let mut summaries = summaries_by_rowid(c, &found[..found.len().min(MAX_CANDIDATES)])?;
    Ok(match summaries.len() {
        0 => CapturePerson {
            text,
            person: None,
            is_new: unknown_is_new,
            candidates: Vec::new(),
        },
        1 => CapturePerson {
            text,
            person: summaries.pop(),
            is_new: false,
            candidates: Vec::new(),
        },
        _ => {
            summaries.sort_by(|a, b| a.display_name.cmp(&b.display_name));
            CapturePerson {
                text,
                person: None,
                is_new: false,
                candidates: summaries,
            }
        }
    })
}

/// No `Name:` and no handle: the first three, two or one words, if they are exactly someone's
/// name, name them (and leave the text). Never creates anyone: a plain word is not a new person.
pub(super) fn guess_lead_name(
    c: &Connection,
    req: &CaptureReq,
    line: &mut Line,
) -> Result<Option<CapturePerson>> {
    for k in (1..=line.words.len().min(3)).rev() {
        let text = line.words[..k]
            .iter()
            .map(|w| capture::trim_punct(w))
            .collect::<Vec<_>>()
            .join(" ");
        let found = people_named(c, &text, true)?;
        if !found.is_empty() {
            line.words.drain(..k);
            return resolve(c, req, text, found, true).map(Some);
        }
    }
    Ok(None)
}

pub(super) fn shorten(s: &str) -> String {
    let first_line = s.lines().next().unwrap_or("");
    match first_line.char_indices().nth(120) {
        Some((at, _)) => format!("{}…", &first_line[..at]),
        None => first_line.to_string(),
    }
}

/// A person known only by a name or a handle, to be completed later at the desk.
pub(super) fn create_minimal(c: &Connection, text: &str, now: &str) -> Result<i64> {
    let mut input = PersonInput {
        source: "quick capture".into(),
        ..PersonInput::default()
    };
    match text.strip_prefix('@') {
        Some(handle) => {
            input.display_name = handle.to_string();
            input.channels.push(ChannelInput {
                platform: Platform::Other,
                handle: handle.to_string(),
                ..ChannelInput::default()
            });
        }
        None => {
            let mut parts = text.split_whitespace();
            input.first_name = parts.next().unwrap_or("").to_string();
            input.last_name = parts.collect::<Vec<_>>().join(" ");
        }
    }
    let p = clean_person(input)?;
    people::insert(c, &new_id(), &p, now)
}

/// Records that `by` introduced each of `people` (unless they already were, or are `by`).
pub(super) fn introduce(c: &Connection, by: i64, people: &[i64], now: &str) -> Result<()> {
    use crate::domain::network::{ConnectionInput, ConnectionKind};
    for &to in people {
        let kind = ConnectionKind::Introduced;
        if to == by
            || crate::store::bundle_network::connection_of(c, (by, to), kind.as_str())?.is_some()
        {
            continue;
        }
        let input = ConnectionInput {
            from: String::new(),
            to: String::new(),
            kind,
            note: "quick capture".into(),
            since: None,
        };
        crate::store::network::connection_insert(c, &new_id(), (by, to), &input, now)?;
    }
    Ok(())
}

pub(super) fn add_tags(c: &Connection, rowid: i64, tags: &[String], now: &str) -> Result<()> {
    let id = person_ids(c, &[rowid])?.remove(0);
    let (_, current) = people_rows::load(c, &id)?;
    let mut input = PersonInput::from(&current);
    for t in tags {
        if !input.tags.iter().any(|x| fold(x) == fold(t)) {
            input.tags.push(t.clone());
        }
    }
    let p = clean_person(input)?;
    people::update(c, rowid, &p, now)
}

pub(super) fn person_ids(c: &Connection, rowids: &[i64]) -> Result<Vec<String>> {
    Ok(summaries_by_rowid(c, rowids)?
        .into_iter()
        .map(|s: PersonSummary| s.id)
        .collect())
}
