//! The command line's shape, declared once with clap derive so `--help` and parsing never disagree.

use crate::event_args::{AttendArgs, CaptureArgs, CityArgs, EventCmd, MeetupCmd};
use crate::filter_args::{ListArgs, SearchArgs};
use crate::rel_args::{FollowupCmd, LogArgs, NoteCmd, SettingsArgs, TimelineArgs};
use crate::values::{kind_parser, parse_audience, parse_handle, stage_parser, HandleArg};
use clap::{Args, Parser, Subcommand, ValueEnum};
use liaison_core::{PersonKind, Stage};
use std::path::PathBuf;

/// Shown at the end of `liaison --help`: scripts branch on these, so they are part of the contract.
const EXIT_CODES: &str = "\
Exit status:
  0  done
  1  internal error (a bug: please report it)
  2  invalid input: a flag, a value, a field the rules reject, a PERSON name (or a name in
     a capture line) that matches several people, or an import file with invalid rows (each
     listed as `line N, COLUMN: reason`) (JSON code `validation`)
  3  not found: no such person, follow-up, event or meetup, or no database at the given path (`not_found`)
  4  the database is busy: the app or another command is writing; try again (`database_locked`)
  5  the database cannot be used by this build: newer or damaged (`database_too_new`, `database_corrupt`)
  6  the file cannot be read or written: permissions, read-only or full disk (`io`, `read_only`, `disk_full`)
  7  a file to import is not what it claims (unreadable CSV, vCard or bundle), or comes from a newer
     Liaison (`bad_file`, `file_too_new`)
  8  cancelled (Ctrl+C during an import or export): nothing was written (`cancelled`)
  9  an import or bundle merge would overwrite or delete more than half of the book: nothing was
     written; run it again with --force (`confirm_required`)
  10 the book is encrypted and the key is wrong or missing (`wrong_key`, `key_required`); pass
     its passphrase or recovery key with --passphrase-file or LIAISON_PASSPHRASE

With --json, results go to stdout as JSON, and on failure the last line of stderr is
{\"code\", \"message\", \"fields\"}.";

/// Keeps the relationships you build with influencers, from the terminal.
///
/// Works on the same book as the Liaison desktop app.
#[derive(Debug, Parser)]
#[command(name = "liaison", version, after_long_help = EXIT_CODES)]
pub struct Cli {
    /// The database file [default: $XDG_DATA_HOME/liaison/liaison.db]
    #[arg(
        long,
        global = true,
        env = "LIAISON_DB",
        value_name = "PATH",
        help_heading = "Global options"
    )]
    pub db: Option<PathBuf>,

    /// Read the book's passphrase (or recovery key) from FILE instead of the system keychain
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        help_heading = "Global options"
    )]
    pub passphrase_file: Option<PathBuf>,

    /// Print results as JSON on stdout (and failures as JSON on stderr's last line)
    #[arg(long, global = true, help_heading = "Global options")]
    pub json: bool,

    #[command(subcommand)]
    pub command: Command,
}

// Parsed once per run, so the size gap between variants costs nothing worth a Box.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Add, list, show, edit, archive or delete people
    #[command(subcommand)]
    Person(PersonCmd),
    /// Find people by name, handle, place, topic, tag or employer, ignoring accents and case;
    /// then interactions and notes whose text matches (every word 3+ letters)
    Search(SearchArgs),
    /// Write down an interaction: who, what kind, which way, when; prints the new id
    Log(LogArgs),
    /// Someone's interactions, newest first
    Timeline(TimelineArgs),
    /// Add or list notes about someone
    #[command(subcommand)]
    Note(NoteCmd),
    /// Plan, list, complete or snooze follow-ups
    #[command(subcommand)]
    Followup(FollowupCmd),
    /// What needs you today: overdue and due follow-ups, and people going cold
    Today,
    /// Show your settings, or set your time zone with --tz
    Settings(SettingsArgs),
    /// List, take or restore backups of the book
    #[command(subcommand)]
    Backup(crate::safety::BackupCmd),
    /// Check the book: SQLite integrity and Liaison's own invariants (exit status 5 when it finds problems)
    Check,
    /// Add, list, show or export events: conferences, trade shows, city trips, dinners
    #[command(subcommand)]
    Event(EventCmd),
    /// Put someone on an event's list, or change their role, status or why they matter
    Attend(AttendArgs),
    /// Write down one line from the show floor: who, what, #tags, a follow-up date
    Capture(CaptureArgs),
    /// Plan meetups at or around an event, list them, log how they went
    #[command(subcommand)]
    Meetup(MeetupCmd),
    /// Planning a trip: who lives in or near a city, and the events and meetups there
    City(CityArgs),
    /// Bring people in from CSV or vCard, or merge a teammate's JSON bundle; all or nothing
    #[command(subcommand, after_long_help = crate::io_args::MAPPING_HELP)]
    Import(crate::io_args::ImportCmd),
    /// Write the book, a person, an event or a list as JSON, CSV, vCard, iCalendar or a dossier
    Export(crate::io_args::ExportArgs),
    /// Hand-picked lists of people: make, show, rename, delete; put people on or take them off
    #[command(subcommand)]
    List(crate::list::ListCmd),
}

#[derive(Debug, Subcommand)]
pub enum PersonCmd {
    /// Add a person; prints the new id
    Add(AddArgs),
    /// List people as a table, sorted and filtered
    List(ListArgs),
    /// Show everything about one person
    Show(IdArg),
    /// Change only the fields given; list flags (--email, --tag, --handle …) replace the whole list
    Edit(EditArgs),
    /// Archive a person (hidden from lists and search), or restore them with --undo
    Archive(ArchiveArgs),
    /// Erase a person completely: profile, channels and search entries
    Delete(DeleteArgs),
}

#[derive(Debug, Args)]
pub struct IdArg {
    /// The person's id, as printed by `person add` or `person list`
    pub id: String,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    #[command(flatten)]
    pub fields: PersonFields,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The person's id
    pub id: String,
    #[command(flatten)]
    pub fields: PersonFields,
    /// Empty a field or a list before applying the other flags (repeatable)
    #[arg(long, value_enum, value_name = "FIELD")]
    pub clear: Vec<Clearable>,
}

#[derive(Debug, Args)]
pub struct ArchiveArgs {
    /// The person's id
    pub id: String,
    /// Restore an archived person instead
    #[arg(long)]
    pub undo: bool,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// The person's id
    pub id: String,
    /// Delete without asking; required when stdin is not a terminal
    #[arg(long, short = 'y')]
    pub yes: bool,
}

/// Every field a person has, as flags; `add` and `edit` share them so they cannot drift apart.
#[derive(Debug, Args)]
pub struct PersonFields {
    /// Display name [default on add: "FIRST LAST"]
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// First name
    #[arg(long, value_name = "NAME")]
    pub first: Option<String>,
    /// Last name
    #[arg(long, value_name = "NAME")]
    pub last: Option<String>,
    /// Pronouns, e.g. she/her or elle
    #[arg(long)]
    pub pronouns: Option<String>,
    /// What kind of influencer or contact
    #[arg(long, ignore_case = true, value_parser = kind_parser())]
    pub kind: Option<PersonKind>,
    /// Where the relationship stands
    #[arg(long, ignore_case = true, value_parser = stage_parser())]
    pub stage: Option<Stage>,
    /// A short biography
    #[arg(long)]
    pub bio: Option<String>,
    /// A topic they speak about (repeatable)
    #[arg(long = "topic", value_name = "TOPIC")]
    pub topics: Vec<String>,
    /// A language code such as fr, en or zh-Hans (repeatable)
    #[arg(long = "language", value_name = "CODE")]
    pub languages: Vec<String>,
    /// City they live or mostly work in
    #[arg(long)]
    pub city: Option<String>,
    /// Two-letter ISO country code, e.g. FR, CA, CN
    #[arg(long, value_name = "CODE")]
    pub country: Option<String>,
    /// IANA time zone, e.g. Europe/Paris
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// E-mail address (repeatable)
    #[arg(long = "email", value_name = "ADDRESS")]
    pub emails: Vec<String>,
    /// Phone number (repeatable)
    #[arg(long = "phone", value_name = "NUMBER")]
    pub phones: Vec<String>,
    /// Website; https:// is added when left out
    #[arg(long, value_name = "URL")]
    pub website: Option<String>,
    /// Employer or affiliation
    #[arg(long)]
    pub employer: Option<String>,
    /// A tag, with or without '#' (repeatable)
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// A channel such as instagram:@AmelieD, x:JoelBackaler or wechat:wxid_1 (repeatable)
    #[arg(long = "handle", value_name = "PLATFORM:HANDLE", value_parser = parse_handle)]
    pub handles: Vec<HandleArg>,
    /// Audience of the --handle just before it: 45300, 45k or 1.2M
    #[arg(long = "audience", value_name = "COUNT", value_parser = parse_audience)]
    pub audiences: Vec<u64>,
    /// How strongly their voice carries on the topics that matter, 1-5
    #[arg(long, value_name = "1-5")]
    pub resonance: Option<u8>,
    /// How many people they reach, 1-5
    #[arg(long, value_name = "1-5")]
    pub reach: Option<u8>,
    /// How close their topics are to yours, 1-5
    #[arg(long, value_name = "1-5")]
    pub relevance: Option<u8>,
    /// Touch base every DAYS days
    #[arg(long, value_name = "DAYS")]
    pub cadence: Option<u32>,
    /// Where this record came from
    #[arg(long)]
    pub source: Option<String>,
    /// Consent note: what they agreed to and when
    #[arg(long)]
    pub consent: Option<String>,
    /// What drives them
    #[arg(long)]
    pub motivations: Option<String>,
    /// How they prefer to be compensated
    #[arg(long)]
    pub compensation: Option<String>,
    /// How their values align with yours
    #[arg(long = "values", value_name = "NOTE")]
    pub values_note: Option<String>,
    /// Objectives and expectations on both sides
    #[arg(long)]
    pub objectives: Option<String>,
}

/// The fields `edit --clear` can empty; names follow the flags that set them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Clearable {
    First,
    Last,
    Pronouns,
    Bio,
    Topics,
    Languages,
    City,
    Country,
    Tz,
    Emails,
    Phones,
    Website,
    Employer,
    Tags,
    Handles,
    Resonance,
    Reach,
    Relevance,
    Cadence,
    Source,
    Consent,
    Motivations,
    Compensation,
    Values,
    Objectives,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        // clap checks conflicting names and ids only at run time; this makes it a test failure.
        Cli::command().debug_assert();
    }
}
