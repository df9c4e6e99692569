//! `note add` and `note list`: what to remember about someone, outside any one interaction.

use crate::commands::PERSON_HELP;
use clap::{Args, Subcommand};

use crate::book::{open, Open};
use crate::fail::Outcome;
use crate::output::{note, print, print_json, shell_quote};
use crate::table::{Column, Table};
use crate::{log, who, Ctx};
use liaison_core::NoteInput;

pub fn run(cmd: NoteCmd, ctx: &Ctx) -> Outcome {
    match cmd {
        NoteCmd::Add(a) => add(a, ctx),
        NoteCmd::List(a) => list(a, ctx),
    }
}

/// Prints only the new id, as `person add` does; `--json` prints the note.
fn add(a: NoteAddArgs, ctx: &Ctx) -> Outcome {
    let body = if a.text == "-" {
        log::read_stdin("TEXT")?
    } else {
        a.text
    };
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let person = who::resolve(&book, &a.person)?;
    let saved = book.note_create(NoteInput {
        person_id: person.id.clone(),
        body,
        pinned: a.pin,
    })?;
    if ctx.json {
        print_json(&saved)
    } else {
        note(&format!("Noted about {}.", person.display_name));
        print(&format!("{}\n", saved.id))
    }
}

/// Pinned notes first, then the most recently edited: the order the person page shows.
fn list(a: NoteListArgs, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let tz = book.time_zone()?;
    let person = who::resolve(&book, &a.person)?;
    let notes = book.note_list(&person.id)?;
    if ctx.json {
        return print_json(&notes);
    }
    if notes.is_empty() {
        note(&format!(
            "No notes about {} yet: `liaison note add {} \"…\"` adds one.",
            person.display_name,
            shell_quote(&person.id)
        ));
        return Ok(());
    }
    let col = |heading, max| Column { heading, max };
    let mut t = Table::new(vec![
        col("PIN", 3),
        col("UPDATED", 16),
        col("NOTE", 70),
        col("ID", 40),
    ]);
    for n in &notes {
        // A table row holds one line; the first line with text stands for the note.
        let first = n.body.lines().map(str::trim).find(|l| !l.is_empty());
        let more = n.body.trim().lines().count() > 1;
        let mut text = first.unwrap_or_default().to_string();
        if more {
            text.push_str(" …");
        }
        t.push(vec![
            if n.pinned { "*".into() } else { String::new() },
            crate::output::show_time(&n.updated_at, tz),
            text,
            n.id.clone(),
        ]);
    }
    print(&format!("{}\n{}", person.display_name, t.render()))
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
