//! `liaison list add|ls|show|rename|delete|put|drop`: hand-picked lists of people, from scripts as from the app.

use crate::book::{open, Open};
use crate::fail::{Failure, Outcome};
use crate::output::{label, note, print, print_json, shell_quote};
use crate::table::{Column, Table};
use crate::{who, Ctx};
use clap::{Args, Subcommand};
use liaison_core::{list_name_key, Book, Error, List, ListInput, ListPatch};

#[derive(Debug, Subcommand)]
pub enum ListCmd {
    /// Make a new, empty list; prints its id
    Add(ListAddArgs),
    /// Every list, with how many people are on it
    Ls,
    /// A list and its members, in the order they were added
    Show(ListRef),
    /// Give a list a new name (names are unique, case aside)
    Rename(ListRenameArgs),
    /// Delete a list; the people on it stay in the book
    Delete(ListRef),
    /// Put people on a list (someone already on it keeps their place); warns first of a
    /// competitor's ambassador or a running exclusivity
    Put(ListPeopleArgs),
    /// Take people off a list (not out of the book)
    Drop(ListPeopleArgs),
}

#[derive(Debug, Args)]
pub struct ListAddArgs {
    pub name: String,
    /// One line about what the list is for
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListRef {
    /// The list's id, or its exact name (case aside)
    pub id: String,
}

#[derive(Debug, Args)]
pub struct ListRenameArgs {
    /// The list's id, or its exact name (case aside)
    pub id: String,
    pub name: String,
}

#[derive(Debug, Args)]
pub struct ListPeopleArgs {
    /// The list's id, or its exact name (case aside)
    pub id: String,
    /// Each person by id, name or handle, as elsewhere
    #[arg(required = true, value_name = "PERSON")]
    pub people: Vec<String>,
}

pub fn run(cmd: ListCmd, ctx: &Ctx) -> Outcome {
    match cmd {
        ListCmd::Add(a) => {
            let book = open(ctx.db.clone(), Open::CreateIfMissing)?;
            let input = ListInput {
                name: a.name,
                description: a.description.unwrap_or_default(),
            };
            let l = book.list_create(input)?;
            done(ctx, &l, &format!("{}\n", l.id))
        }
        ListCmd::Ls => ls(ctx),
        ListCmd::Show(a) => show(a, ctx),
        ListCmd::Rename(a) => {
            let book = open(ctx.db.clone(), Open::MustExist)?;
            let id = resolve(&book, &a.id)?;
            let patch = ListPatch {
                name: Some(a.name),
                description: None,
            };
            let l = book.list_update(&id, patch)?;
            note(&format!("Renamed to “{}”.", l.name));
            done(ctx, &l, "")
        }
        ListCmd::Delete(a) => {
            let book = open(ctx.db.clone(), Open::MustExist)?;
            let id = resolve(&book, &a.id)?;
            let l = book.list_detail(&id)?.list;
            book.list_delete(&id)?;
            note(&format!(
                "Deleted the list “{}”; its {} people stay in the book.",
                l.name, l.member_count
            ));
            if ctx.json {
                return print_json(&serde_json::json!({ "deleted": l.id }));
            }
            Ok(())
        }
        ListCmd::Put(a) => members(a, ctx, true),
        ListCmd::Drop(a) => members(a, ctx, false),
    }
}

/// `--json` prints the list; otherwise `plain` (an id for `add`, so `id=$(liaison list add …)` works).
fn done(ctx: &Ctx, l: &List, plain: &str) -> Outcome {
    if ctx.json {
        print_json(l)
    } else {
        print(plain)
    }
}

/// A list by id, or by its exact name (case aside): names are unique, so a name is as good.
pub fn resolve(book: &Book, typed: &str) -> Outcome<String> {
    let typed = typed.trim();
    let all = book.list_all()?;
    let key = list_name_key(typed);
    all.iter()
        .find(|l| l.id == typed)
        .or_else(|| all.iter().find(|l| list_name_key(&l.name) == key))
        .map(|l| l.id.clone())
        .ok_or_else(|| {
            Failure::from(Error::NotFound {
                what: "list",
                id: typed.to_string(),
            })
        })
}

fn ls(ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let all = book.list_all()?;
    if ctx.json {
        return print_json(&all);
    }
    if all.is_empty() {
        note("No lists yet: `liaison list add \"Paris Fashion Week shortlist\"` makes one.");
        return Ok(());
    }
    let col = |heading, max| Column { heading, max };
    let mut t = Table::new(vec![
        col("NAME", 40),
        col("PEOPLE", 6),
        col("DESCRIPTION", 50),
        col("ID", 40),
    ]);
    for l in &all {
        let n = l.member_count.to_string();
        t.push(vec![l.name.clone(), n, l.description.clone(), l.id.clone()]);
    }
    print(&t.render())
}

fn show(a: ListRef, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let d = book.list_detail(&resolve(&book, &a.id)?)?;
    if ctx.json {
        return print_json(&d);
    }
    let mut head = format!("{} ({} people)\n", d.list.name, d.list.member_count);
    if !d.list.description.is_empty() {
        head.push_str(&format!("{}\n", d.list.description));
    }
    if d.members.is_empty() {
        note(&format!(
            "No one on it yet: `liaison list put {} PERSON…` adds people.",
            shell_quote(&d.list.id)
        ));
        return print(&head);
    }
    let col = |heading, max| Column { heading, max };
    let mut t = Table::new(vec![
        col("NAME", 30),
        col("STAGE", 14),
        col("CITY", 20),
        col("HANDLE", 30),
        col("ID", 40),
    ]);
    for p in &d.members {
        t.push(vec![
            p.display_name.clone(),
            label(p.stage.as_str()),
            p.city.clone(),
            p.primary_handle.clone().unwrap_or_default(),
            p.id.clone(),
        ]);
    }
    print(&format!("{head}{}", t.render()))
}

/// All or nothing: every PERSON is resolved before the list changes.
fn members(a: ListPeopleArgs, ctx: &Ctx, put: bool) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let id = resolve(&book, &a.id)?;
    let people = who::resolve_all(&book, &a.people)?;
    let ids: Vec<String> = people.iter().map(|p| p.id.clone()).collect();
    let before = book.list_detail(&id)?.list.member_count;
    let warnings = match put {
        true => crate::warnings::check(&book, &ids, liaison_core::ConflictAction::List)?,
        false => Vec::new(),
    };
    let l = if put {
        book.list_add(&id, &ids)?
    } else {
        book.list_remove(&id, &ids)?
    };
    let changed = l.member_count.abs_diff(before);
    note(&format!(
        "{} {changed} {} “{}”; it has {} people.",
        if put { "Added" } else { "Took" },
        if put { "to" } else { "off" },
        l.name,
        l.member_count
    ));
    match (ctx.json, put) {
        (true, true) => crate::warnings::print_json_warned(&l, &warnings),
        _ => done(ctx, &l, ""),
    }
}
