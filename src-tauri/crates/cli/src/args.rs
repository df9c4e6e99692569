//! The command line's shape, declared once with clap derive so `--help` and parsing never disagree.

use crate::commands::attend::AttendArgs;
use crate::commands::capture::CaptureArgs;
use crate::commands::event::EventCmd;
use crate::commands::followup::FollowupCmd;
use crate::commands::listing::SearchArgs;
use crate::commands::log::{LogArgs, TimelineArgs};
use crate::commands::meetup::{CityArgs, MeetupCmd};
use crate::commands::note::NoteCmd;
use crate::commands::person::PersonCmd;
use crate::commands::today::SettingsArgs;
use clap::{Parser, Subcommand};
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
    /// Write down an interaction: who, what kind, which way, when; prints the new id (warns
    /// first of anyone marked "do not contact")
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
    Backup(crate::commands::safety::BackupCmd),
    /// Check the book: SQLite's structure check and Liaison's own invariants, in seconds (exit status 5 when it finds problems)
    Check {
        /// Also check every index entry against its row and every reference (SQLite's
        /// integrity_check and foreign_key_check): slower, with progress
        #[arg(long)]
        full: bool,
    },
    /// Change the passphrase of a book opened with one (the current one comes from
    /// --passphrase-file or LIAISON_PASSPHRASE; backups taken before keep the old one)
    #[command(subcommand)]
    Passphrase(crate::commands::safety::PassphraseCmd),
    /// Add, list, show or export events: conferences, trade shows, city trips, dinners
    #[command(subcommand)]
    Event(EventCmd),
    /// Put someone on an event's list, or change their role, status or why they matter (warns
    /// first of a competitor's ambassador or a running exclusivity)
    Attend(AttendArgs),
    /// Write down one line from the show floor: who, what, #tags, a follow-up date
    Capture(CaptureArgs),
    /// Plan meetups at or around an event, list them, log how they went
    #[command(subcommand)]
    Meetup(MeetupCmd),
    /// Planning a trip: who lives in or near a city, and the events and meetups there
    City(CityArgs),
    /// Bring people in from CSV or vCard, or merge a teammate's JSON bundle; all or nothing
    #[command(subcommand, after_long_help = crate::commands::import::MAPPING_HELP)]
    Import(crate::commands::import::ImportCmd),
    /// Write the book, a person, an event or a list as JSON, CSV, vCard, iCalendar, a dossier, or everything about a person
    Export(crate::commands::export::ExportArgs),
    /// Hand-picked lists of people: make, show, rename, delete; put people on or take them off
    #[command(subcommand)]
    List(crate::commands::list::ListCmd),
    /// Smart lists: filters and a sort saved under a name; their people are whoever matches now
    #[command(subcommand, name = "smart-list")]
    SmartList(crate::commands::smart_list::SmartListCmd),
    /// Agencies, talent managers, media outlets, brands and companies, and who belongs to them
    #[command(subcommand)]
    Org(crate::commands::network::OrgCmd),
    /// A person's ties to brands (ambassador, paid post, gifted, affiliate, exclusive) and the
    /// conflicts they raise
    #[command(subcommand)]
    Affiliation(crate::commands::affiliation::AffiliationCmd),
    /// Record that two people know each other (or how: introduced, works with, represents, family); prints its id
    Connect(crate::commands::network::ConnectArgs),
    /// Remove a connection by its id (`liaison connections PERSON` lists them)
    Disconnect {
        /// The connection's id
        id: String,
    },
    /// The people a person is connected to, and how
    Connections {
        #[arg(help = crate::commands::PERSON_HELP)]
        person: String,
    },
    /// Who can introduce us to PERSON: the warmest paths from people we are close to
    Path(crate::commands::network::PathArgs),
    /// The team roster on our side: add, list, show or delete colleagues
    #[command(subcommand)]
    Colleague(crate::commands::team::ColleagueCmd),
    /// People two or more colleagues contacted within the collision window, naming who and when
    Collisions(crate::commands::team::CollisionsArgs),
    /// People who may be the same person (same e-mail, handle, phone or name), most certain
    /// first; or `dismiss A B` when two are not
    Duplicates(crate::commands::duplicates::DuplicatesArgs),
    /// Take back a merge (`person merge` printed its id): both people as they were
    UndoMerge(crate::commands::duplicates::UndoMergeArgs),
    /// Take back a bulk change (`person bulk` printed its id), the latest one by default: everyone
    /// it changed as they were, but for what was changed again since
    Undo(crate::commands::bulk::UndoArgs),
}

/// The command line as it is parsed: the derived one, with `person bulk`'s filters given their
/// `where-` names (they share names with the changes it makes).
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    Cli::command()
        .mut_subcommand("person", |p| {
            p.mut_subcommand("bulk", crate::commands::bulk::rename_filters)
        })
        .mut_subcommand("export", crate::commands::bulk::rename_filters)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_command_line_is_well_formed() {
        // clap checks conflicting names and ids only at run time; this makes it a test failure.
        // The command as `main` builds it: `person bulk` renames its filters.
        super::command().debug_assert();
    }
}
