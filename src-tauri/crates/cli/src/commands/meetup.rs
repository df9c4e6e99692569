//! `meetup add|list|outcome` and `city`: small gatherings at or around an event, what came of
//! them, and planning a trip to a city (who lives there, what is on).

use clap::{ArgGroup, Args, Subcommand};

use crate::book::{open, Open};
use crate::commands::event::{events_table, indent, meetups_table};
use crate::fail::Outcome;
use crate::output::{label, note, print, print_json};
use crate::table::{Column, Table};
use crate::{who, Ctx};
use chrono_tz::Tz;
use liaison_core::{
    CityViewReq, EventWhen, Meetup, MeetupInput, MeetupListReq, MeetupOutcomeReq, PersonSummary,
};

pub fn run(cmd: MeetupCmd, ctx: &Ctx) -> Outcome {
    match cmd {
        MeetupCmd::Add(a) => add(a, ctx),
        MeetupCmd::List(a) => list(a, ctx),
        MeetupCmd::Outcome(a) => outcome(a, ctx),
    }
}

/// Prints only the new id; `--json` prints the meetup.
fn add(a: MeetupAddArgs, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let event = a
        .event
        .as_deref()
        .map(|id| book.event_get(id.trim()))
        .transpose()?;
    let people = who::resolve_all(&book, &a.people)?;
    // Words in --start ("tomorrow 08:30") mean the day where it happens: --tz, else the
    // event's zone, else the user's, as the core defaults the zone.
    let zone: Tz = match (a.tz.as_deref().and_then(|z| z.trim().parse().ok()), &event) {
        (Some(z), _) => z,
        (None, Some(e)) => e.time_zone.parse().unwrap_or(book.time_zone()?),
        (None, None) => book.time_zone()?,
    };
    let meetup = book.meetup_create(MeetupInput {
        title: a.title,
        event_id: event.map(|e| e.id),
        time_zone: a.tz,
        start_local: book.wall_input(&a.start, zone),
        minutes: a.minutes,
        place: a.place.unwrap_or_default(),
        city: a.city.unwrap_or_default(),
        country: a.country.unwrap_or_default(),
        notes: a.notes.unwrap_or_default(),
        people: people.into_iter().map(|p| p.id).collect(),
    })?;
    if ctx.json {
        return print_json(&meetup);
    }
    note(&format!("Planned: {}.", describe(&meetup)));
    print(&format!("{}\n", meetup.id))
}

fn describe(m: &Meetup) -> String {
    let mut s = format!(
        "{}, {} ({})",
        m.title,
        m.start_local.replace('T', " "),
        m.time_zone
    );
    if let Some(e) = &m.event_name {
        s.push_str(&format!(", at {e}"));
    }
    if !m.person_names.is_empty() {
        s.push_str(&format!(", with {}", m.person_names.join(", ")));
    }
    s
}

fn list(a: MeetupListArgs, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let when = match (a.past, a.all) {
        (true, _) => EventWhen::Past,
        (_, true) => EventWhen::All,
        _ => EventWhen::Upcoming,
    };
    let event_id = match a.event.as_deref() {
        // Checked first, so a mistyped id says "not found" instead of listing nothing.
        Some(id) => Some(book.event_get(id.trim())?.id),
        None => None,
    };
    let meetups = book.meetup_list(&MeetupListReq {
        event_id,
        when,
        limit: Some(1000),
    })?;
    if ctx.json {
        return print_json(&meetups);
    }
    if meetups.is_empty() {
        note("No meetups: `liaison meetup add --title … --start …` plans one.");
        return Ok(());
    }
    print(&meetups_table(&meetups))
}

/// One interaction is logged per person met; `--met` names who came (default: all invited).
fn outcome(a: MeetupOutcomeArgs, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let met = if a.met.is_empty() {
        None
    } else {
        Some(
            who::resolve_all(&book, &a.met)?
                .into_iter()
                .map(|p| p.id)
                .collect(),
        )
    };
    let names_given = met.is_some();
    let m = book.meetup_outcome(&MeetupOutcomeReq {
        id: a.id.trim().to_string(),
        outcome: a.text,
        met,
    })?;
    if ctx.json {
        return print_json(&m);
    }
    let who = if names_given {
        a.met.join(", ")
    } else {
        m.person_names.join(", ")
    };
    print(&format!("Logged how {} went, with {who}.\n", m.title))
}

/// Who lives in the city, who is a train ride away (same country and zone), what is on there.
pub fn city(a: CityArgs, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let v = book.city_view(&CityViewReq {
        city: a.name,
        country: a.country,
    })?;
    if ctx.json {
        return print_json(&v);
    }
    let place = if v.country.is_empty() {
        v.city.clone()
    } else {
        format!("{}, {}", v.city, v.country)
    };
    let mut out = format!("{place}\n");
    out.push_str(&format!("\nLives there ({})\n", v.people_in.len()));
    indent(&mut out, &people_table(&v.people_in));
    if !v.people_near.is_empty() {
        out.push_str(&format!("\nNearby ({})\n", v.people_near.len()));
        indent(&mut out, &people_table(&v.people_near));
    }
    out.push_str(&format!("\nEvents to come ({})\n", v.events.len()));
    if !v.events.is_empty() {
        indent(&mut out, &events_table(&v.events));
    }
    if !v.meetups.is_empty() {
        out.push_str(&format!("\nMeetups to come ({})\n", v.meetups.len()));
        indent(&mut out, &meetups_table(&v.meetups));
    }
    print(&out)
}

fn people_table(people: &[PersonSummary]) -> String {
    let col = |heading, max| Column { heading, max };
    let mut t = Table::new(vec![
        col("NAME", 30),
        col("KIND", 20),
        col("CITY", 20),
        col("HANDLE", 30),
        col("ID", 40),
    ]);
    for p in people {
        t.push(vec![
            p.display_name.clone(),
            label(p.kind.as_str()),
            p.city.clone(),
            p.primary_handle.clone().unwrap_or_default(),
            p.id.clone(),
        ]);
    }
    t.render()
}

#[derive(Debug, Subcommand)]
pub enum MeetupCmd {
    /// Plan a meetup at or around an event, or in a city; prints the new id
    Add(MeetupAddArgs),
    /// List meetups: those to come by default, soonest first
    List(MeetupListArgs),
    /// Write down how it went: one interaction is logged for each person met
    Outcome(MeetupOutcomeArgs),
}

#[derive(Debug, Args)]
pub struct MeetupAddArgs {
    #[arg(long)]
    pub title: String,
    /// When, where it happens: 2027-06-12T08:30 (a date alone means 09:00)
    #[arg(long, value_name = "WHEN")]
    pub start: String,
    /// The event it is at or around: its city, country and zone are the defaults
    #[arg(long, value_name = "EVENT_ID")]
    pub event: Option<String>,
    /// Someone invited (repeatable)
    #[arg(long = "with", value_name = "PERSON")]
    pub people: Vec<String>,
    /// Where: a café, a stand, a restaurant
    #[arg(long)]
    pub place: Option<String>,
    #[arg(long)]
    pub city: Option<String>,
    /// Two-letter ISO country code
    #[arg(long, value_name = "CODE")]
    pub country: Option<String>,
    /// The IANA zone of --start [default: the event's, else yours]
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// How long it lasts [default: 60]
    #[arg(long, value_name = "N")]
    pub minutes: Option<u32>,
    #[arg(long)]
    pub notes: Option<String>,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("when").args(["past", "all"])))]
pub struct MeetupListArgs {
    /// Only meetups at this event
    #[arg(long, value_name = "EVENT_ID")]
    pub event: Option<String>,
    /// Only meetups that are over, most recent first
    #[arg(long)]
    pub past: bool,
    /// Every meetup, past and to come
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct MeetupOutcomeArgs {
    /// The meetup's id
    pub id: String,
    /// How it went (Markdown)
    #[arg(long, value_name = "TEXT")]
    pub text: String,
    /// Someone who came (repeatable) [default: everyone invited]
    #[arg(long = "met", value_name = "PERSON")]
    pub met: Vec<String>,
}

#[derive(Debug, Args)]
pub struct CityArgs {
    /// The city, ignoring accents and case
    pub name: String,
    /// Two-letter ISO country code: narrows the city, and "near" means elsewhere in it
    #[arg(long, value_name = "CODE")]
    pub country: Option<String>,
}
