//! The conflict warnings a form shows before saving ("do not contact", a competitor's ambassador, an exclusivity still running), said on stderr before the command writes: they warn, never refuse; with `--json` they are also a `warnings` field beside the result.

use crate::commands::affiliation::conflict_line;
use crate::fail::Outcome;
use crate::output::{note, print_json};
use liaison_core::{Book, Conflict, ConflictAction};
use serde::Serialize;

/// The conflicts of `people` that matter to `action` (the core's check, as the app's forms run
/// it), each said on stderr.
pub fn check(book: &Book, people: &[String], action: ConflictAction) -> Outcome<Vec<Conflict>> {
    let found = book.conflict_check(people, action)?;
    for c in &found {
        note(&format!(
            "warning: {}",
            conflict_line(c).trim_start_matches("⚠ ")
        ));
    }
    Ok(found)
}

/// The result's fields as they are, then `warnings` (empty when there were none).
#[derive(Serialize)]
struct Warned<'a, T: Serialize> {
    #[serde(flatten)]
    value: &'a T,
    warnings: &'a [Conflict],
}

/// `--json`: the result with its `warnings` field.
pub fn print_json_warned<T: Serialize>(value: &T, warnings: &[Conflict]) -> Outcome {
    print_json(&Warned { value, warnings })
}
