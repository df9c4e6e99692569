//! `liaison smart-list add|ls|show|delete`: saved filters under a name, whose members are whoever matches now.

use super::listing::{FilterArgs, SortArg};
use crate::book::{open, Open};
use crate::fail::{Failure, Outcome};
use crate::output::{note, print, print_json};
use crate::table::{Column, Table};
use crate::Ctx;
use clap::{Args, Subcommand};
use liaison_core::{list_name_key, Book, Error, PersonSort, SmartList, SmartListInput};

// Parsed once per run, so the size gap between variants costs nothing worth a Box.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum SmartListCmd {
    /// Save the filters given (as `person list` takes them) under a name; prints its id
    Add(SmartAddArgs),
    /// Every smart list, with how many people match it now
    Ls,
    /// Who a smart list holds now, in its order
    Show(SmartRef),
    /// Delete a smart list (nobody leaves the book)
    Delete(SmartRef),
}

#[derive(Debug, Args)]
pub struct SmartAddArgs {
    pub name: String,
    /// Sort order of its members
    #[arg(long, value_enum, default_value_t = SortArg::Name)]
    pub sort: SortArg,
    /// Reverse the order
    #[arg(long)]
    pub desc: bool,
    /// Only people whose name, handle, e-mail or phone begins with these words
    #[arg(long, value_name = "TEXT", help_heading = "Filters")]
    pub name_filter: Option<String>,
    #[command(flatten)]
    pub filter: FilterArgs,
}

#[derive(Debug, Args)]
pub struct SmartRef {
    /// The smart list's id, or its exact name (case aside)
    pub id: String,
    /// With `show`: at most this many people (at most 1000)
    #[arg(long, value_name = "N", default_value_t = 100)]
    pub limit: u32,
}

pub fn run(cmd: SmartListCmd, ctx: &Ctx) -> Outcome {
    match cmd {
        SmartListCmd::Add(a) => {
            let book = open(ctx.db.clone(), Open::MustExist)?;
            let mut filter = a.filter.into_filter(&book)?;
            filter.query = a.name_filter;
            let s = book.smart_list_create(SmartListInput {
                name: a.name,
                filter,
                sort: PersonSort::from(a.sort),
                descending: a.desc,
            })?;
            note(&format!(
                "Saved “{}”: {} people match now.",
                s.name, s.count
            ));
            if ctx.json {
                return print_json(&s);
            }
            print(&format!("{}\n", s.id))
        }
        SmartListCmd::Ls => ls(ctx),
        SmartListCmd::Show(a) => show(a, ctx),
        SmartListCmd::Delete(a) => {
            let book = open(ctx.db.clone(), Open::MustExist)?;
            let s = resolve(&book, &a.id)?;
            book.smart_list_delete(&s.id)?;
            note(&format!("Deleted the smart list “{}”.", s.name));
            if ctx.json {
                return print_json(&serde_json::json!({ "deleted": s.id }));
            }
            Ok(())
        }
    }
}

/// A smart list by id, or by its exact name (case aside).
pub fn resolve(book: &Book, typed: &str) -> Outcome<SmartList> {
    let typed = typed.trim();
    let all = book.smart_list_all()?;
    let key = list_name_key(typed);
    all.iter()
        .find(|s| s.id == typed)
        .or_else(|| all.iter().find(|s| list_name_key(&s.name) == key))
        .cloned()
        .ok_or_else(|| {
            Failure::from(Error::NotFound {
                what: "smart list",
                id: typed.to_string(),
            })
        })
}

fn ls(ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let all = book.smart_list_all()?;
    if ctx.json {
        return print_json(&all);
    }
    if all.is_empty() {
        note("No smart lists yet: `liaison smart-list add \"Not contacted\" --never-contacted` saves one.");
        return Ok(());
    }
    let col = |heading, max| Column { heading, max };
    let mut t = Table::new(vec![
        col("NAME", 40),
        col("PEOPLE", 7),
        col("SORT", 14),
        col("ID", 40),
    ]);
    for s in &all {
        t.push(vec![
            s.name.clone(),
            s.count.to_string(),
            s.sort.as_str().replace('_', " "),
            s.id.clone(),
        ]);
    }
    print(&t.render())
}

fn show(a: SmartRef, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let s = resolve(&book, &a.id)?;
    let mut req = book.smart_list_request(&s.id)?;
    req.limit = Some(a.limit);
    let page = book.person_list(&req)?;
    if ctx.json {
        return print_json(
            &serde_json::json!({ "smart_list": s, "people": page.items, "work": page.work }),
        );
    }
    print(&format!("{} ({} people)\n", s.name, page.total))?;
    if page.total as usize > page.items.len() {
        note(&format!(
            "{} of {} shown (--limit N).",
            page.items.len(),
            page.total
        ));
    }
    super::listing::show(&page.items, false)
}
