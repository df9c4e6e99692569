//! `attend`: puts someone on an event's list, or changes their role, status or why they matter.

use crate::book::{open, Open};
use crate::commands::PERSON_HELP;
use crate::fail::Outcome;
use crate::output::{label, print};
use crate::values::{role_parser, status_parser};
use crate::{who, Ctx};
use clap::Args;
use liaison_core::AttendReq;
use liaison_core::{AttendeeRole, AttendeeStatus};

#[derive(Debug, Args)]
pub struct AttendArgs {
    /// The event's id
    #[arg(value_name = "EVENT_ID")]
    pub event: String,
    #[arg(value_name = "PERSON", help = PERSON_HELP)]
    pub person: String,
    /// Their part in the event [default for someone new: attendee]
    #[arg(long, ignore_case = true, value_parser = role_parser())]
    pub role: Option<AttendeeRole>,
    /// Where their attendance stands [default for someone new: invited]
    #[arg(long, ignore_case = true, value_parser = status_parser())]
    pub status: Option<AttendeeStatus>,
    /// One line: why they matter at this event
    #[arg(long, value_name = "TEXT")]
    pub why: Option<String>,
}

/// Adds PERSON to the event, or changes their part; `--json` prints their line of who's here.
pub fn attend(a: AttendArgs, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    // The event first: a mistyped event id must not be reported as a problem with PERSON.
    let event = book.event_get(a.event.trim())?;
    let person = who::resolve(&book, &a.person)?;
    // As the app warns before someone is added: changing the part of someone already there
    // (their status after the event) is not the moment to warn again.
    let there = book
        .event_detail(&event.id)?
        .attendees
        .iter()
        .any(|x| x.person.id == person.id);
    let warnings = match there {
        true => Vec::new(),
        false => crate::warnings::check(
            &book,
            std::slice::from_ref(&person.id),
            liaison_core::ConflictAction::Event,
        )?,
    };
    let line = book.event_attend(&AttendReq {
        event_id: event.id.clone(),
        person_id: person.id,
        role: a.role,
        status: a.status,
        why: a.why,
    })?;
    if ctx.json {
        return crate::warnings::print_json_warned(&line, &warnings);
    }
    print(&format!(
        "{} is at {}: {}, {}.\n",
        line.person.display_name,
        event.name,
        line.role.as_str(),
        label(line.status.as_str())
    ))
}
