//! The shape of the relationship verbs (log, timeline, note, followup, today, settings), kept
//! beside `args.rs` so each file stays readable; clap derive keeps `--help` and parsing in step.

use crate::values::{
    exchange_parser, interaction_kind_parser, parse_every, parse_weekdays, Every, Weekdays,
};
use clap::{ArgGroup, Args, Subcommand};
use liaison_core::{Exchange, InteractionKind};

/// How PERSON is read, repeated in every verb that takes one.
const PERSON_HELP: &str = "A person: their id, or a name or handle that matches only one person \
                           (amelie, \"Amélie Dubois\", @AmelieD)";

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("way").args(["given", "received"])))]
pub struct LogArgs {
    #[arg(required = true, value_name = "PERSON", help = PERSON_HELP)]
    pub people: Vec<String>,
    /// What kind of contact it was
    #[arg(long, ignore_case = true, value_parser = interaction_kind_parser())]
    pub kind: InteractionKind,
    /// We gave them something (access, a gift, an introduction…)
    #[arg(long)]
    pub given: bool,
    /// They gave us something (a mention, content, a share…)
    #[arg(long)]
    pub received: bool,
    /// What was given or received; needs --given or --received
    #[arg(long, ignore_case = true, value_parser = exchange_parser())]
    pub what: Option<Exchange>,
    /// When it happened, in your time zone: "2026-11-22 14:30", 2026-11-22, 14:30, yesterday,
    /// "yesterday 18:00", or RFC 3339 with an offset [default: now]
    #[arg(long, value_name = "WHEN")]
    pub at: Option<String>,
    /// Where it happened: instagram, e-mail, the café on rue Oberkampf…
    #[arg(long)]
    pub channel: Option<String>,
    /// Who on our side took part
    #[arg(long, value_name = "NAME")]
    pub our_side: Option<String>,
    /// What was said or done (Markdown); `-` reads it from stdin
    #[arg(long, value_name = "TEXT", conflicts_with = "body_file")]
    pub body: Option<String>,
    /// Read the body from a file; `-` reads stdin
    #[arg(long, value_name = "FILE")]
    pub body_file: Option<std::path::PathBuf>,
}

#[derive(Debug, Args)]
pub struct TimelineArgs {
    #[arg(value_name = "PERSON", help = PERSON_HELP)]
    pub person: String,
    /// Only this kind of contact
    #[arg(long, ignore_case = true, value_parser = interaction_kind_parser())]
    pub kind: Option<InteractionKind>,
    /// Interactions per page (at most 500) [default: 50]
    #[arg(long, value_name = "N")]
    pub limit: Option<u32>,
    /// Start after this point, as printed under the previous page
    #[arg(long, value_name = "C")]
    pub cursor: Option<String>,
    /// The whole timeline, not just the first page
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Subcommand)]
pub enum NoteCmd {
    /// Add a note about someone; prints the new note's id
    Add(NoteAddArgs),
    /// List the notes about someone, pinned first
    List(NoteListArgs),
}

#[derive(Debug, Args)]
pub struct NoteAddArgs {
    #[arg(value_name = "PERSON", help = PERSON_HELP)]
    pub person: String,
    /// The note (Markdown); `-` reads it from stdin
    pub text: String,
    /// Keep it at the top of their notes
    #[arg(long)]
    pub pin: bool,
}

#[derive(Debug, Args)]
pub struct NoteListArgs {
    #[arg(value_name = "PERSON", help = PERSON_HELP)]
    pub person: String,
}

#[derive(Debug, Subcommand)]
pub enum FollowupCmd {
    /// Plan something to do, optionally repeating; prints the new follow-up's id
    Add(FollowupAddArgs),
    /// List follow-ups, soonest first (done ones: latest first)
    List(FollowupListArgs),
    /// Mark a follow-up done; a repeating one moves to its next occurrence
    Done(FollowupIdArg),
    /// Put a follow-up off for an hour, until tomorrow or next week, or until a given time
    Snooze(SnoozeArgs),
}

#[derive(Debug, Args)]
pub struct FollowupAddArgs {
    /// Who it is about: ids, or names or handles that match only one person each
    #[arg(value_name = "PERSON")]
    pub people: Vec<String>,
    /// What to do
    #[arg(long)]
    pub title: String,
    /// Details (Markdown)
    #[arg(long, value_name = "TEXT")]
    pub body: Option<String>,
    /// When, as a wall time in --tz: "2026-11-27 14:30", 2026-11-27 (09:00), tomorrow,
    /// "tomorrow 14:30", today, 14:30
    #[arg(long, value_name = "WHEN")]
    pub due: String,
    /// The time zone the due time is meant in [default: your zone, see `liaison settings`]
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// Repeat: 3d (every 3 days), 2w (every other week), 1m (monthly); daily, weekly and
    /// monthly also work
    #[arg(long, value_name = "N{d|w|m}", value_parser = parse_every)]
    pub every: Option<Every>,
    /// Weekdays of a weekly repeat, e.g. mon,thu [implies --every 1w when --every is left out]
    #[arg(long, value_name = "DAYS", value_parser = parse_weekdays)]
    pub on: Option<Weekdays>,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("state").args(["done", "all"])))]
pub struct FollowupListArgs {
    /// Only those about this person (id, or a name or handle that matches one person)
    #[arg(long, value_name = "PERSON")]
    pub person: Option<String>,
    /// Only the ones done
    #[arg(long)]
    pub done: bool,
    /// Open and done ones
    #[arg(long)]
    pub all: bool,
    /// At most this many (at most 1000)
    #[arg(long, value_name = "N", default_value_t = 100)]
    pub limit: u32,
}

#[derive(Debug, Args)]
pub struct FollowupIdArg {
    /// The follow-up's id, as printed by `followup add` or `followup list`
    pub id: String,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("until_when").required(true)
    .args(["hour", "tomorrow", "next_week", "until"])))]
pub struct SnoozeArgs {
    /// The follow-up's id
    pub id: String,
    /// For one hour from now
    #[arg(long)]
    pub hour: bool,
    /// Until tomorrow 09:00, your time
    #[arg(long)]
    pub tomorrow: bool,
    /// Until next Monday 09:00, your time
    #[arg(long)]
    pub next_week: bool,
    /// Until this time: RFC 3339, or a wall time in your zone such as "2026-11-23 09:00"
    #[arg(long, value_name = "WHEN")]
    pub until: Option<String>,
}

#[derive(Debug, Args)]
pub struct SettingsArgs {
    /// Set your time zone (IANA name, e.g. Europe/Paris): due times and "today" follow it
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
}
