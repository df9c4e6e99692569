//! One module per command noun, each with its arguments (clap derive) beside its handler, so `--help`, parsing and behaviour are read in one place.

pub mod affiliation;
pub mod attend;
pub mod bulk;
pub mod capture;
pub mod duplicates;
pub mod event;
pub mod export;
pub mod followup;
pub mod import;
pub mod list;
pub mod listing;
pub mod log;
pub mod meetup;
pub mod network;
pub mod note;
pub mod person;
pub mod safety;
pub mod smart_list;
pub mod team;
pub mod today;
pub mod worklist;

/// How PERSON is read, the same in every command that takes one.
pub const PERSON_HELP: &str =
    "A person: their id, or a name or handle that matches only one person \
                               (amelie, \"Amélie Dubois\", @AmelieD)";
