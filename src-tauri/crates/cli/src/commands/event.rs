//! `event add|list|show|export` and `attend`: conferences and trade shows, and who is there.

use crate::values::event_kind_parser;
use clap::{ArgGroup, Args, Subcommand, ValueEnum};
use liaison_core::{AttendeeSort, EventKind};
use std::path::PathBuf;

use crate::book::{open, Open};
use crate::fail::Outcome;
use crate::output::{label, note, print, print_json};
use crate::table::{Column, Table};
use crate::Ctx;
use chrono_tz::Tz;
use liaison_core::Progress;
use liaison_core::{Attendee, AttendeeListReq, Event, EventInput, EventListReq, EventWhen, Meetup};
use liaison_core::{Book, ExportOf, ExportSpec, ExportWhat};

pub fn run(cmd: EventCmd, ctx: &Ctx) -> Outcome {
    match cmd {
        EventCmd::Add(a) => add(a, ctx),
        EventCmd::List(a) => list(a, ctx),
        EventCmd::Show(a) => show(a, ctx),
        EventCmd::Export(a) => export(a, ctx),
    }
}

/// The zone words in `--start`/`--end` are read in: `--tz` when it is a zone, else the user's.
fn zone_of(book: &Book, tz: Option<&str>) -> Outcome<Tz> {
    Ok(match tz.and_then(|z| z.trim().parse().ok()) {
        Some(z) => z,
        None => book.time_zone()?,
    })
}

/// Prints only the new id; `--json` prints the event.
fn add(a: EventAddArgs, ctx: &Ctx) -> Outcome {
    // The first event may come before the first person: it starts the book too.
    let book = open(ctx.db.clone(), Open::CreateIfMissing)?;
    let zone = zone_of(&book, a.tz.as_deref())?;
    let event = book.event_create(EventInput {
        name: a.name,
        kind: a.kind,
        time_zone: a.tz,
        start_local: book.wall_input(&a.start, zone),
        end_local: a.end.map(|e| book.wall_input(&e, zone)).unwrap_or_default(),
        city: a.city.unwrap_or_default(),
        country: a.country.unwrap_or_default(),
        venue: a.venue.unwrap_or_default(),
        booth: a.booth.unwrap_or_default(),
        url: a.url.unwrap_or_default(),
        notes: a.notes.unwrap_or_default(),
    })?;
    if ctx.json {
        return print_json(&event);
    }
    note(&format!("Added: {}.", describe(&event)));
    print(&format!("{}\n", event.id))
}

fn list(a: EventListArgs, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let when = match (a.past, a.all) {
        (true, _) => EventWhen::Past,
        (_, true) => EventWhen::All,
        _ => EventWhen::Upcoming,
    };
    let events = book.event_list(&EventListReq {
        when,
        city: a.city,
        limit: Some(1000),
    })?;
    if ctx.json {
        return print_json(&events);
    }
    if events.is_empty() {
        note(match when {
            EventWhen::Past => "No past events.",
            _ => "No events to come: `liaison event add --name … --start …` adds one.",
        });
        return Ok(());
    }
    print(&events_table(&events))
}

/// Dates at the venue (the times that were meant), what, where, how many people, the id.
pub fn events_table(events: &[Event]) -> String {
    let col = |heading, max| Column { heading, max };
    let mut t = Table::new(vec![
        col("WHEN", 40),
        col("NAME", 36),
        col("KIND", 12),
        col("WHERE", 30),
        col("PEOPLE", 6),
        col("ID", 40),
    ]);
    for e in events {
        t.push(vec![
            dates(e),
            e.name.clone(),
            label(e.kind.as_str()),
            place(&[&e.city, &e.country]),
            e.attendee_count.to_string(),
            e.id.clone(),
        ]);
    }
    t.render()
}

/// `2027-06-11 → 2027-06-14`, or one day with its hours when it starts and ends the same day.
fn dates(e: &Event) -> String {
    let (start, end) = (
        e.start_local.replace('T', " "),
        e.end_local.replace('T', " "),
    );
    let (sd, ed) = (
        start.get(..10).unwrap_or(&start),
        end.get(..10).unwrap_or(&end),
    );
    let whole_days = start.ends_with("00:00") && end.ends_with("23:59");
    match (sd == ed, whole_days) {
        (true, true) => sd.to_string(),
        (true, false) => format!("{start}–{}", end.get(11..).unwrap_or(&end)),
        (false, true) => format!("{sd} → {ed}"),
        (false, false) => format!("{start} → {end}"),
    }
}

fn place(parts: &[&str]) -> String {
    parts
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", ")
}

fn describe(e: &Event) -> String {
    let mut s = format!("{} ({}), {}", e.name, label(e.kind.as_str()), dates(e));
    let at = place(&[&e.venue, &e.booth, &e.city, &e.country]);
    if !at.is_empty() {
        s.push_str(&format!(", {at}"));
    }
    s
}

/// JSON is the core's `EventDetail`, with "who's here" in the order asked for.
fn show(a: EventShowArgs, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let tz = book.time_zone()?;
    let mut detail = book.event_detail(a.id.trim())?;
    detail.attendees = book.event_attendees(&AttendeeListReq {
        event_id: detail.event.id.clone(),
        sort: a.sort.into(),
        ..AttendeeListReq::default()
    })?;
    if ctx.json {
        return print_json(&detail);
    }
    let e = &detail.event;
    let mut out = format!("{}\n", describe(e));
    out.push_str(&format!("  time zone  {}\n", e.time_zone));
    for (name, value) in [("web", &e.url), ("notes", &e.notes)] {
        if !value.is_empty() {
            out.push_str(&format!("  {name:<9}  {value}\n"));
        }
    }
    out.push_str(&format!("  id         {}\n", e.id));
    out.push_str(&format!("\nWho's here ({})\n", detail.attendees.len()));
    if detail.attendees.is_empty() {
        out.push_str(&format!(
            "  nobody yet: `liaison attend {} PERSON` adds someone\n",
            e.id
        ));
    } else {
        indent(&mut out, &attendees_table(&detail.attendees, tz));
    }
    if !detail.meetups.is_empty() {
        out.push_str(&format!("\nMeetups ({})\n", detail.meetups.len()));
        indent(&mut out, &meetups_table(&detail.meetups));
    }
    print(&out)
}

fn attendees_table(people: &[Attendee], tz: Tz) -> String {
    let col = |heading, max| Column { heading, max };
    let mut t = Table::new(vec![
        col("NAME", 30),
        col("ROLE", 10),
        col("STATUS", 10),
        col("LAST CONTACT", 16),
        col("TO DO", 5),
        col("TOPICS", 30),
        col("WHY", 40),
        col("ID", 40),
    ]);
    for a in people {
        t.push(vec![
            a.person.display_name.clone(),
            a.role.as_str().to_string(),
            label(a.status.as_str()),
            a.last_interaction_at
                .as_deref()
                .map(|s| crate::output::show_time(s, tz))
                .unwrap_or_else(|| "never".into()),
            a.open_followups.to_string(),
            a.topics.join(", "),
            a.why.clone(),
            a.person.id.clone(),
        ]);
    }
    t.render()
}

/// Meetups at their own wall time, where they happen; done ones say so.
pub fn meetups_table(meetups: &[Meetup]) -> String {
    let col = |heading, max| Column { heading, max };
    let mut t = Table::new(vec![
        col("WHEN", 22),
        col("TITLE", 32),
        col("WITH", 40),
        col("WHERE", 30),
        col("DONE", 4),
        col("ID", 40),
    ]);
    for m in meetups {
        t.push(vec![
            m.start_local.replace('T', " "),
            m.title.clone(),
            m.person_names.join(", "),
            place(&[&m.place, &m.city]),
            if m.outcome.is_some() { "yes" } else { "" }.into(),
            m.id.clone(),
        ]);
    }
    t.render()
}

pub fn indent(out: &mut String, block: &str) {
    for line in block.lines() {
        out.push_str("  ");
        out.push_str(line);
        out.push('\n');
    }
}

/// The text only, on stdout or into `--out`: the same bytes the app's "Save as…" writes.
fn export(a: EventExportArgs, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let what = if a.csv {
        ExportWhat::Attendees
    } else {
        ExportWhat::Ics
    };
    let spec = ExportSpec::new(what, ExportOf::Event(a.id.trim().to_string()));
    match a.out {
        None => print(&book.export_text(&spec)?.text),
        Some(path) => {
            book.export_write(&book.export(&spec)?, &path, &Progress::new())?;
            note(&format!("Wrote {}.", path.display()));
            Ok(())
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum EventCmd {
    /// Add a conference, trade show, meetup, city trip, dinner or webinar; prints the new id
    Add(EventAddArgs),
    /// List events: those not over yet by default, soonest first
    List(EventListArgs),
    /// Show an event, who's here and the meetups planned at it
    Show(EventShowArgs),
    /// Export who's here as CSV, or the event and its meetups as iCalendar
    Export(EventExportArgs),
}

#[derive(Debug, Args)]
pub struct EventAddArgs {
    /// What it is called, e.g. "VivaTech 2027"
    #[arg(long)]
    pub name: String,
    /// What kind of event
    #[arg(long, ignore_case = true, value_parser = event_kind_parser(), default_value = "conference")]
    pub kind: EventKind,
    /// First day, at the venue: 2027-06-11 (from 00:00) or 2027-06-11T09:00
    #[arg(long, value_name = "WHEN")]
    pub start: String,
    /// Last day, same forms (a date alone runs to the end of that day) [default: the start day]
    #[arg(long, value_name = "WHEN")]
    pub end: Option<String>,
    /// The venue's IANA time zone, e.g. Europe/Paris [default: yours]
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    #[arg(long)]
    pub city: Option<String>,
    /// Two-letter ISO country code, e.g. FR
    #[arg(long, value_name = "CODE")]
    pub country: Option<String>,
    #[arg(long)]
    pub venue: Option<String>,
    /// Hall and booth, e.g. "Hall 1, B12"
    #[arg(long)]
    pub booth: Option<String>,
    /// The event's web page; https:// is added when left out
    #[arg(long)]
    pub url: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("when").args(["past", "all"])))]
pub struct EventListArgs {
    /// Only events that are over, most recent first
    #[arg(long)]
    pub past: bool,
    /// Every event, past and to come
    #[arg(long)]
    pub all: bool,
    /// Only events in this city, ignoring accents and case
    #[arg(long)]
    pub city: Option<String>,
}

#[derive(Debug, Args)]
pub struct EventShowArgs {
    /// The event's id, as printed by `event add` or `event list`
    pub id: String,
    /// How who's here is sorted (last_contact: longest without contact first)
    #[arg(long, value_enum, default_value_t = AttendeeSortArg::Name)]
    pub sort: AttendeeSortArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AttendeeSortArg {
    Name,
    Role,
    Status,
    #[value(alias = "last-contact")]
    LastContact,
    Followups,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("format").args(["csv", "ics"]).required(true)))]
pub struct EventExportArgs {
    /// The event's id
    pub id: String,
    /// Who's here, one row per attendee (UTF-8 with a BOM, for spreadsheets)
    #[arg(long)]
    pub csv: bool,
    /// The event and its meetups, for a calendar
    #[arg(long)]
    pub ics: bool,
    /// Write to this file instead of stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

impl From<AttendeeSortArg> for AttendeeSort {
    fn from(s: AttendeeSortArg) -> Self {
        match s {
            AttendeeSortArg::Name => AttendeeSort::Name,
            AttendeeSortArg::Role => AttendeeSort::Role,
            AttendeeSortArg::Status => AttendeeSort::Status,
            AttendeeSortArg::LastContact => AttendeeSort::LastContact,
            AttendeeSortArg::Followups => AttendeeSort::Followups,
        }
    }
}
