//! The shape of the event verbs (event, attend, capture, meetup, city), kept beside `args.rs`
//! so each file stays readable; clap derive keeps `--help` and parsing in step.

use crate::values::{event_kind_parser, role_parser, status_parser};
use clap::{ArgGroup, Args, Subcommand, ValueEnum};
use liaison_core::{AttendeeRole, AttendeeSort, AttendeeStatus, EventKind, InteractionKind};
use std::path::PathBuf;

const PERSON_HELP: &str = "A person: their id, or a name or handle that matches only one person \
                           (amelie, \"Amélie Dubois\", @AmelieD)";

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

#[derive(Debug, Args)]
pub struct CaptureArgs {
    /// One line: "Amélie: loved the demo #beauty -> send the deck fri". `Name:` or @handle says
    /// who (a new name adds a person), #tags tag them, a date phrase (fri, tomorrow, in 2 weeks,
    /// 3/12, vendredi, demain, dans 2 semaines, le 3 décembre) plans a follow-up
    #[arg(value_name = "LINE")]
    pub line: String,
    /// Link this event (and mark the people met) [default: the event under way now, if any]
    #[arg(long, value_name = "EVENT_ID", conflicts_with = "no_event")]
    pub event: Option<String>,
    /// Link no event, even if one is under way
    #[arg(long)]
    pub no_event: bool,
    /// Settle a name that fits several people: "Marc=PERSON" (an id or an unambiguous name),
    /// or "Marc=new" to add a new person (repeatable)
    #[arg(long = "choose", value_name = "NAME=PERSON")]
    pub choices: Vec<String>,
    /// What kind of contact [default: meeting at an event, else note]
    #[arg(long, ignore_case = true, value_parser = crate::values::interaction_kind_parser())]
    pub kind: Option<InteractionKind>,
    /// Show what would be saved, and save nothing
    #[arg(long)]
    pub dry_run: bool,
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
