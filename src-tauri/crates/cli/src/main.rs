//! `liaison`: the command line door into the same book the desktop app keeps. This file only
//! parses, dispatches and turns a failure into an exit code; the commands live in their modules.

mod args;
mod book;
mod commands;
mod fail;
mod fields;
mod job;
mod output;
mod profile;
mod table;
mod unlock;
mod values;
mod warnings;
mod who;

use args::{Cli, Command};
use clap::{ArgMatches, FromArgMatches};
use commands::{
    attend, capture, duplicates, event, export, followup, import, list, listing, log, meetup,
    network, note, person, safety, smart_list, team, today,
};
use std::path::PathBuf;
use std::process::ExitCode;

/// What every command needs besides its own arguments.
pub struct Ctx<'a> {
    pub db: Option<PathBuf>,
    pub json: bool,
    /// The innermost subcommand's matches: `--audience` pairs with `--handle` by position,
    /// which the derived structs do not keep.
    pub leaf: &'a ArgMatches,
}

fn main() -> ExitCode {
    // Whether to answer a parse error in JSON must be known before parsing succeeds.
    let json = std::env::args_os()
        .take_while(|a| a != "--")
        .any(|a| a == "--json");
    let matches = match args::command().try_get_matches() {
        Ok(m) => m,
        Err(e) => return fail::from_clap(e, json),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => return fail::from_clap(e, json),
    };
    unlock::set_passphrase_file(cli.passphrase_file);
    let ctx = Ctx {
        db: cli.db,
        json: cli.json,
        leaf: leaf(&matches),
    };
    let done = match cli.command {
        Command::Person(cmd) => person::run(cmd, &ctx),
        Command::Search(a) => listing::search(a, &ctx),
        Command::Log(a) => log::log(a, &ctx),
        Command::Timeline(a) => log::timeline(a, &ctx),
        Command::Note(cmd) => note::run(cmd, &ctx),
        Command::Followup(cmd) => followup::run(cmd, &ctx),
        Command::Today => today::today(&ctx),
        Command::Settings(a) => today::settings(a, &ctx),
        Command::Backup(cmd) => safety::backup(cmd, &ctx),
        Command::Check { full } => safety::check(full, &ctx),
        Command::Passphrase(cmd) => safety::passphrase(cmd, &ctx),
        Command::Event(cmd) => event::run(cmd, &ctx),
        Command::Attend(a) => attend::attend(a, &ctx),
        Command::Capture(a) => capture::capture(a, &ctx),
        Command::Meetup(cmd) => meetup::run(cmd, &ctx),
        Command::City(a) => meetup::city(a, &ctx),
        Command::Import(cmd) => import::run(cmd, &ctx),
        Command::Export(a) => export::run(a, &ctx),
        Command::List(cmd) => list::run(cmd, &ctx),
        Command::SmartList(cmd) => smart_list::run(cmd, &ctx),
        Command::Org(cmd) => network::org(cmd, &ctx),
        Command::Affiliation(cmd) => commands::affiliation::run(cmd, &ctx),
        Command::Connect(a) => network::connect(a, &ctx),
        Command::Disconnect { id } => network::disconnect(&id, &ctx),
        Command::Connections { person } => network::connections(&person, &ctx),
        Command::Path(a) => network::path(a, &ctx),
        Command::Colleague(cmd) => team::colleague(cmd, &ctx),
        Command::Collisions(a) => team::collisions(a, &ctx),
        Command::Duplicates(a) => duplicates::run(a, &ctx),
        Command::UndoMerge(a) => duplicates::undo_merge(a, &ctx),
        Command::Undo(a) => commands::bulk::undo(a, &ctx),
    };
    match done {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => f.report(ctx.json),
    }
}

fn leaf(m: &ArgMatches) -> &ArgMatches {
    match m.subcommand() {
        Some((_, sub)) => leaf(sub),
        None => m,
    }
}
