//! Turning the PERSON people type into an id: an exact id always wins; otherwise a name or a
//! handle that fits exactly one person. Guessing between two people would log a call against the
//! wrong one, so an ambiguous name fails and lists the candidates instead.

use crate::fail::{Failure, Outcome};
use liaison_core::{fold, folded_words, Book, ErrorCode, PersonSummary, SearchReq};

/// How many search hits are weighed; more than this many people sharing a name is a list to
/// narrow down, not one to print in full.
const CANDIDATES: u32 = 20;

/// The person PERSON names, or a failure a user can act on (not found: exit 3; ambiguous: exit 2).
pub fn resolve(book: &Book, typed: &str) -> Outcome<PersonSummary> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err(Failure::invalid(
            "PERSON",
            "PERSON is empty: give an id, a name or a handle",
        ));
    }
    match book.person_get(typed) {
        Ok(p) => return Ok(summary(&p)),
        Err(e) if e.code() == ErrorCode::NotFound => {}
        Err(e) => return Err(e.into()),
    }
    let hits = book.person_search(&SearchReq {
        query: typed.to_string(),
        limit: Some(CANDIDATES),
        ..Default::default()
    })?;
    let query: Vec<String> = folded_words(typed).collect();
    let handle = fold(typed.trim_start_matches('@'));
    // Exact matches are weighed first, so "Marie Curie" is found even beside "Marie Curie-Sklodowska".
    let mut exact = Vec::new();
    let mut close = Vec::new();
    for hit in hits {
        let person = book.person_get(&hit.id)?;
        let name: Vec<String> = folded_words(&person.display_name).collect();
        let handles: Vec<String> = person
            .channels
            .iter()
            .map(|c| fold(c.handle.trim_start_matches('@')))
            .collect();
        if name == query || handles.contains(&handle) {
            exact.push(hit);
        } else if query
            .iter()
            .all(|q| name.iter().any(|w| w.starts_with(q.as_str())))
            || handles.iter().any(|h| h.starts_with(handle.as_str()))
        {
            close.push(hit);
        }
    }
    let mut found = if exact.is_empty() { close } else { exact };
    match found.len() {
        0 => Err(Failure::not_found(format!(
            "no one named '{typed}' (by id, name or handle); `liaison search {}` looks in every field",
            crate::output::shell_quote(typed)
        ))),
        1 => Ok(found.remove(0)),
        _ => Err(ambiguous(typed, &found)),
    }
}

/// Each PERSON in turn; the first that fails stops the command before anything is written.
pub fn resolve_all(book: &Book, typed: &[String]) -> Outcome<Vec<PersonSummary>> {
    typed.iter().map(|t| resolve(book, t)).collect()
}

fn ambiguous(typed: &str, found: &[PersonSummary]) -> Failure {
    let mut message = format!(
        "'{typed}' matches {} people; give one of these ids instead:",
        if found.len() as u32 >= CANDIDATES {
            format!("{} or more", found.len())
        } else {
            found.len().to_string()
        }
    );
    for p in found {
        let mut line = format!("\n  {}  {}", p.id, p.display_name);
        let extra: Vec<&str> = [p.primary_handle.as_deref().unwrap_or(""), p.city.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        if !extra.is_empty() {
            line.push_str(&format!(" ({})", extra.join(", ")));
        }
        message.push_str(&line);
    }
    Failure::invalid("PERSON", message)
}

fn summary(p: &liaison_core::Person) -> PersonSummary {
    PersonSummary {
        id: p.id.clone(),
        display_name: p.display_name.clone(),
        kind: p.kind,
        stage: p.stage,
        city: p.city.clone(),
        country: p.country.clone(),
        employer: p.employer.clone(),
        primary_handle: p
            .channels
            .first()
            .map(|c| format!("{}:{}", c.platform.as_str(), c.handle)),
        archived: p.archived,
        updated_at: p.updated_at.clone(),
        has_photo: p.photo.is_some(),
    }
}
