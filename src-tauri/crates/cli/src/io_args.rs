//! The shape of `liaison import` and `liaison export`, kept apart from the other commands' arguments for size.

use clap::{Args, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Shown under `liaison import --help`: the mapping file is a contract with people's scripts.
pub const MAPPING_HELP: &str = "\
Mapping file (--mapping, CSV only): a JSON object from a column header of the file to the field
it fills, e.g.
  { \"Nom\": \"last_name\", \"Prénom\": \"first_name\", \"Courriel\": \"email\",
    \"Abonnés TikTok\": \"followers:tiktok\", \"Interne\": \"ignore\" }
Fields: ignore, first_name, last_name, display_name, pronouns, email, phone, city, country,
time_zone, language, website, employer, bio, topics, tags, note, kind, stage, source, handle,
platform, followers; `handle` and `followers` take a platform after a colon (handle:instagram).
Columns the file does not name keep the mapping remembered for these headers, else the guess
from English and French headers. A mapping used for a written import is remembered.

All or nothing: any invalid row stops the import with nothing written and lists each problem
as `line N, COLUMN: reason` (exit status 2); --valid-only imports the other rows.
Fail-safe: an --overwrite import, or a bundle merge, that would overwrite or delete more than
half of the book's records stops with nothing written (exit status 9, code
`confirm_required`); run it again with --force to go ahead.
Ctrl+C cancels a running import: nothing is written (exit status 8).";

#[derive(Debug, Subcommand)]
pub enum ImportCmd {
    /// People from a CSV file (`,` `;` or tab; UTF-8, UTF-16 or Windows-1252)
    Csv(CsvImportArgs),
    /// People from a vCard file (2.1, 3.0 or 4.0)
    Vcard(ImportArgs),
    /// A teammate's JSON bundle, merged by id (newest wins; deletions follow tombstones)
    Bundle(BundleImportArgs),
}

#[derive(Debug, Args)]
pub struct CsvImportArgs {
    #[command(flatten)]
    pub common: ImportArgs,
    /// A JSON file mapping column headers to fields (see below)
    #[arg(long, value_name = "FILE")]
    pub mapping: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The file to import
    pub file: PathBuf,
    /// Report what would happen; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Import the valid rows and skip the invalid ones (default: any invalid row stops it all)
    #[arg(long)]
    pub valid_only: bool,
    /// On a duplicate, replace stored values by the file's (default: only fill empty fields)
    #[arg(long)]
    pub overwrite: bool,
    /// Go ahead even when more than half of the book would be overwritten
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct BundleImportArgs {
    /// The bundle (.json) to merge
    pub file: PathBuf,
    /// Report what would change; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Go ahead even when more than half of the book would be replaced or deleted
    #[arg(long)]
    pub force: bool,
}

/// What `liaison export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// A JSON bundle for a teammate: everything, one person, one event or one list
    Json,
    /// CSV: people (or an event's attendees with --event), interactions or follow-ups (--what)
    Csv,
    /// vCard 4.0: everyone, one person, or a list's members
    Vcard,
    /// iCalendar: open follow-ups, events and meetups; everyone's, a person's or an event's
    Ics,
    /// A printable HTML dossier of a person, or an event's attendee sheet
    Dossier,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CsvWhat {
    People,
    Interactions,
    Followups,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    pub format: ExportFormat,
    /// Write to FILE instead of stdout
    #[arg(long, short, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Only this person (by id)
    #[arg(long, value_name = "ID", conflicts_with_all = ["event", "list"])]
    pub person: Option<String>,
    /// Only this event (by id)
    #[arg(long, value_name = "ID", conflicts_with = "list")]
    pub event: Option<String>,
    /// Only this list's members (by list id or name): json, csv (people) and vcard
    #[arg(long, value_name = "ID")]
    pub list: Option<String>,
    /// For csv: which records [default: people]
    #[arg(long, value_enum)]
    pub what: Option<CsvWhat>,
    /// For csv: start with a byte order mark, so Excel reads accents right
    #[arg(long)]
    pub bom: bool,
    /// For csv: separate with `;` (French Excel)
    #[arg(long)]
    pub semicolon: bool,
}
