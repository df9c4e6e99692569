//! An event's "who's here" as CSV rows, through the one CSV writer (`export.rs`): what to know before saying hello, their conflicts among it.

use super::export::{sheet_time, CsvOut};
use crate::domain::affiliation::Conflict;
use crate::domain::event::Attendee;
use chrono_tz::Tz;
use std::io::{self, Write};

pub const ATTENDEES_HEAD: [&str; 12] = [
    "Name",
    "Role",
    "Status",
    "Why they matter",
    "Last contact",
    "Open follow-ups",
    "Topics",
    "Handle",
    "City",
    "Country",
    "Employer",
    "Conflicts",
];

/// An event's "who's here", one row per attendee; the last contact at the user's clock in `tz`.
pub fn attendee<W: Write>(out: &mut CsvOut<W>, a: &Attendee, tz: Tz) -> io::Result<()> {
    out.record([
        a.person.display_name.as_str(),
        a.role.as_str(),
        a.status.as_str(),
        &a.why,
        &a.last_interaction_at
            .as_deref()
            .map(|t| sheet_time(t, tz))
            .unwrap_or_default(),
        &a.open_followups.to_string(),
        &a.topics.join("; "),
        a.person.primary_handle.as_deref().unwrap_or_default(),
        &a.person.city,
        &a.person.country,
        &a.person.employer,
        &conflicts(&a.conflicts),
    ])
}

/// An attendee's conflicts in one cell, in codes as the Role and Status cells are (a sheet
/// filters on them in any language): `do_not_contact; competitor: Brand; exclusive: Brand`.
fn conflicts(list: &[Conflict]) -> String {
    list.iter()
        .map(|c| match &c.brand_name {
            Some(b) => format!("{}: {b}", c.kind.as_str()),
            None => c.kind.as_str().to_string(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}
