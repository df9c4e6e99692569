//! The arguments of `person list` and `search`: filters, sort order and archive scope, shared so the two commands filter alike.

use crate::values::{kind_parser, parse_platform, stage_parser};
use clap::{Args, ValueEnum};
use liaison_core::{ArchivedFilter, PersonKind, PersonSort, Platform, Stage};

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Sort order
    #[arg(long, value_enum, default_value_t = SortArg::Name)]
    pub sort: SortArg,
    /// Reverse the order
    #[arg(long)]
    pub desc: bool,
    /// People per page (at most 1000) [default: 100]
    #[arg(long, value_name = "N")]
    pub limit: Option<u32>,
    /// Start after this point, as printed under the previous page
    #[arg(long, value_name = "C")]
    pub cursor: Option<String>,
    /// Page through everyone who matches, not just the first page
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub filter: FilterArgs,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to look for; every word must match the start of a word (amelie finds Amélie)
    #[arg(required = true, value_name = "QUERY")]
    pub query: Vec<String>,
    /// At most this many people (at most 500)
    #[arg(long, value_name = "N", default_value_t = 50)]
    pub limit: u32,
    /// Print interaction and note hits instead of people (with --json: an array of text hits,
    /// where plain --json keeps printing the array of people)
    #[arg(long)]
    pub text: bool,
    #[command(flatten)]
    pub filter: FilterArgs,
}

/// Filters shared by `person list` and `search`; all given filters must hold.
#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Only this kind of person
    #[arg(long = "kind", ignore_case = true, value_parser = kind_parser(), help_heading = "Filters")]
    pub kind: Option<PersonKind>,
    /// Only this relationship stage
    #[arg(long = "stage", ignore_case = true, value_parser = stage_parser(), help_heading = "Filters")]
    pub stage: Option<Stage>,
    /// Only this country (ISO code)
    #[arg(long, value_name = "CODE", help_heading = "Filters")]
    pub country: Option<String>,
    /// Only this city, ignoring accents and case
    #[arg(long, help_heading = "Filters")]
    pub city: Option<String>,
    /// Only people who speak this language (fr also matches fr-CA)
    #[arg(long, value_name = "CODE", help_heading = "Filters")]
    pub language: Option<String>,
    /// Only people with a channel on this platform
    #[arg(long, value_parser = parse_platform, help_heading = "Filters")]
    pub platform: Option<Platform>,
    /// Only people with this tag
    #[arg(long, help_heading = "Filters")]
    pub tag: Option<String>,
    /// Whether archived people are hidden, shown alone, or included
    #[arg(long, value_enum, default_value_t = ArchivedArg::Hide, help_heading = "Filters")]
    pub archived: ArchivedArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortArg {
    Name,
    Created,
    Updated,
}

impl From<SortArg> for PersonSort {
    fn from(s: SortArg) -> Self {
        match s {
            SortArg::Name => PersonSort::Name,
            SortArg::Created => PersonSort::Created,
            SortArg::Updated => PersonSort::Updated,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ArchivedArg {
    Hide,
    Only,
    Include,
}

impl From<ArchivedArg> for ArchivedFilter {
    fn from(a: ArchivedArg) -> Self {
        match a {
            ArchivedArg::Hide => ArchivedFilter::Hide,
            ArchivedArg::Only => ArchivedFilter::Only,
            ArchivedArg::Include => ArchivedFilter::Include,
        }
    }
}
