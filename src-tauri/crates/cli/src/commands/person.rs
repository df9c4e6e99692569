//! The `person` commands that touch one person: add, show, edit, archive, delete.

use clap::{Args, Subcommand};

use crate::book::{open, Open};
use crate::commands::listing::ListArgs;
use crate::fail::{Failure, Outcome};
use crate::fields::{Clearable, PersonFields};
use crate::output::{note, print, print_json, warn_duplicates};
use crate::{fields, listing, profile, Ctx};
use std::io::{BufRead, IsTerminal, Write};

pub fn run(cmd: PersonCmd, ctx: &Ctx) -> Outcome {
    match cmd {
        PersonCmd::Add(a) => add(a, ctx),
        PersonCmd::List(a) => listing::list(a, ctx),
        PersonCmd::Show(a) => show(a, ctx),
        PersonCmd::Edit(a) => edit(a, ctx),
        PersonCmd::Archive(a) => archive(a, ctx),
        PersonCmd::Delete(a) => delete(a, ctx),
        PersonCmd::Merge(a) => crate::commands::duplicates::merge(a, ctx),
        PersonCmd::Bulk(a) => crate::commands::bulk::bulk(a, ctx),
        PersonCmd::Owner(a) => crate::commands::team::owner(a, ctx),
    }
}

/// Prints only the id on stdout, so `id=$(liaison person add …)` works in scripts.
fn add(a: AddArgs, ctx: &Ctx) -> Outcome {
    let audiences = fields::audiences(ctx.leaf, &a.fields)?;
    let book = open(ctx.db.clone(), Open::CreateIfMissing)?;
    // Who introduced them is found first: an unknown or ambiguous name creates no one.
    let via = a
        .via
        .as_deref()
        .map(|v| crate::who::resolve(&book, v))
        .transpose()?;
    let input = fields::to_input(a.fields, audiences, &fields::today(&book)?);
    let saved = book.person_create_via(input, via.as_ref().map(|p| p.id.as_str()))?;
    if let Some(by) = &via {
        note(&format!("Introduced by {}.", by.display_name));
    }
    warn_duplicates(&saved.duplicates);
    if ctx.json {
        print_json(&saved)
    } else {
        print(&format!("{}\n", saved.person.id))
    }
}

fn show(a: IdArg, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let person = book.person_get(a.id.trim())?;
    if ctx.json {
        print_json(&person)
    } else {
        let mut out = profile::render(&person, book.clock_now());
        for c in book.person_conflicts(&person.id)? {
            out.push_str(&crate::commands::affiliation::conflict_line(&c));
            out.push('\n');
        }
        print(&out)
    }
}

fn edit(a: EditArgs, ctx: &Ctx) -> Outcome {
    let audiences = fields::audiences(ctx.leaf, &a.fields)?;
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let id = a.id.trim();
    // The current channels are needed so a re-stated handle keeps its identity.
    let current = book.person_get(id)?;
    let patch = fields::to_patch(
        a.fields,
        &a.clear,
        audiences,
        &current,
        &fields::today(&book)?,
    )?;
    let saved = book.person_update(id, patch)?;
    warn_duplicates(&saved.duplicates);
    if ctx.json {
        print_json(&saved)
    } else {
        print(&format!(
            "Updated {} ({}).\n",
            saved.person.display_name, saved.person.id
        ))
    }
}

fn archive(a: ArchiveArgs, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let person = book.person_archive(a.id.trim(), !a.undo)?;
    if ctx.json {
        return print_json(&person);
    }
    if a.undo {
        print(&format!(
            "Restored {} ({}).\n",
            person.display_name, person.id
        ))
    } else {
        print(&format!(
            "Archived {} ({}): hidden from lists and search; `liaison person archive {} --undo` \
             brings them back.\n",
            person.display_name, person.id, person.id
        ))
    }
}

/// Deleting erases everything about a person and cannot be undone, so it needs a yes: from
/// `--yes`, or typed at a terminal. A script without `--yes` is refused rather than left waiting
/// on a prompt nobody will answer.
fn delete(a: DeleteArgs, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let id = a.id.trim();
    let person = book.person_get(id)?;
    if !a.yes {
        let stdin = std::io::stdin();
        if !stdin.is_terminal() {
            return Err(Failure::invalid(
                "--yes",
                format!(
                    "refusing to delete {} ({}) without confirmation: pass --yes \
                     (stdin is not a terminal, so there is no one to ask)",
                    person.display_name, person.id
                ),
            ));
        }
        eprint!(
            "Delete {} ({}) and everything about them? This cannot be undone. [y/N] ",
            person.display_name, person.id
        );
        let _ = std::io::stderr().flush();
        let mut answer = String::new();
        stdin.lock().read_line(&mut answer).map_err(|e| {
            Failure::invalid(
                "--yes",
                format!("could not read the answer ({e}); pass --yes"),
            )
        })?;
        if !matches!(answer.trim().to_lowercase().as_str(), "y" | "yes") {
            note("Nothing deleted.");
            return Ok(());
        }
    }
    book.person_delete(id)?;
    if ctx.json {
        print_json(&serde_json::json!({
            "id": person.id,
            "display_name": person.display_name,
            "deleted": true,
        }))
    } else {
        print(&format!(
            "Deleted {} ({}).\n",
            person.display_name, person.id
        ))
    }
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
    /// Merge OTHER into SURVIVOR: the survivor takes OTHER's interactions, notes, follow-ups,
    /// events, meetups, lists and history; OTHER's id leads to the survivor from then on.
    /// Prints how to undo it
    Merge(crate::commands::duplicates::MergeArgs),
    /// Change many people at once, all or nothing: those --ids names, or everyone the filters
    /// (--where-stage, --where-tag … as in `person list`) match. Prints how many changed and the
    /// undo id (`liaison undo`); --dry-run only counts
    Bulk(crate::commands::bulk::BulkArgs),
    /// Make a colleague the owner of the relationship with a person (or --clear it)
    Owner(crate::commands::team::OwnerArgs),
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
    /// Who introduced them (records an "introduced" connection from PERSON, in the same write)
    #[arg(long, value_name = "PERSON")]
    pub via: Option<String>,
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
