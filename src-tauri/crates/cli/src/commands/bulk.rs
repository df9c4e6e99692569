//! `liaison person bulk` and `liaison undo [ID]`: one change to many people (picked by id or by the `person list` filters) in one transaction, and taking it back.
//!
//! The change flags are named as the issue asks (`--tag X --stage engaged`), so the list filters,
//! which share those names, take a `where-` prefix here (`--where-stage identified`): they are
//! the same `FilterArgs` as `person list`, renamed when the command is built (`rename_filters`),
//! so a filter added there is a filter here too.

use crate::book::{open, Open};
use crate::commands::listing::FilterArgs;
use crate::fail::{Failure, Outcome};
use crate::output::{note, print, print_json};
use crate::values::{kind_parser, stage_parser};
use crate::Ctx;
use clap::{Args, Command};
use liaison_core::{BulkChange, BulkTarget, PersonBulkReq, PersonKind, Stage, UndoOutcome};
use std::io::{BufRead, IsTerminal, Write};

#[derive(Debug, Args)]
pub struct BulkArgs {
    /// These people (ids, comma-separated) instead of everyone the filters match
    #[arg(
        long,
        value_delimiter = ',',
        value_name = "ID,ID…",
        help_heading = "Who"
    )]
    pub ids: Vec<String>,
    /// Only people whose name, handle, e-mail or phone number begins with these words
    #[arg(long = "where-name", value_name = "TEXT", help_heading = "Filters")]
    pub name: Option<String>,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Add this tag (repeatable)
    #[arg(long = "tag", value_name = "TAG", help_heading = "Changes")]
    pub add_tags: Vec<String>,
    /// Remove this tag (repeatable)
    #[arg(long = "untag", value_name = "TAG", help_heading = "Changes")]
    pub remove_tags: Vec<String>,
    /// Set the relationship stage
    #[arg(long = "stage", value_name = "STAGE", ignore_case = true, value_parser = stage_parser(), help_heading = "Changes")]
    pub set_stage: Option<Stage>,
    /// Set the kind of person
    #[arg(long = "kind", value_name = "KIND", ignore_case = true, value_parser = kind_parser(), help_heading = "Changes")]
    pub set_kind: Option<PersonKind>,
    /// Set the cadence in days (0: back to the stage's default)
    #[arg(long = "cadence", value_name = "DAYS", help_heading = "Changes")]
    pub set_cadence: Option<u32>,
    /// Add to this list (its id or its name)
    #[arg(long = "list", value_name = "LIST", help_heading = "Changes")]
    pub add_list: Vec<String>,
    /// Take off this list (its id or its name)
    #[arg(long = "unlist", value_name = "LIST", help_heading = "Changes")]
    pub remove_list: Vec<String>,
    /// Archive them
    #[arg(long, conflicts_with = "unarchive", help_heading = "Changes")]
    pub archive: bool,
    /// Restore them from the archive (pick archived people with --where-archived only)
    #[arg(long, help_heading = "Changes")]
    pub unarchive: bool,
    /// Erase them completely (cannot be undone; alone, with --yes or a terminal to ask)
    #[arg(long, help_heading = "Changes")]
    pub delete: bool,
    /// Erase without asking
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Only say how many people would change; change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct UndoArgs {
    /// The undo id a bulk change printed; the latest bulk change by default
    pub id: Option<String>,
}

/// Gives the `person list` filters their `where-` names in `person bulk`.
pub fn rename_filters(cmd: Command) -> Command {
    let ids: Vec<(String, String)> = cmd
        .get_arguments()
        .filter(|a| a.get_help_heading() == Some("Filters"))
        .filter_map(|a| {
            let long = a.get_long()?;
            (!long.starts_with("where-")).then(|| (a.get_id().to_string(), long.to_string()))
        })
        .collect();
    ids.into_iter().fold(cmd, |cmd, (id, long)| {
        cmd.mut_arg(id, |a| a.long(format!("where-{long}")))
    })
}

fn changes(a: &BulkArgs) -> Vec<BulkChange> {
    let mut v: Vec<BulkChange> = Vec::new();
    v.extend(
        a.add_tags
            .iter()
            .map(|t| BulkChange::AddTag { tag: t.clone() }),
    );
    v.extend(
        a.remove_tags
            .iter()
            .map(|t| BulkChange::RemoveTag { tag: t.clone() }),
    );
    if let Some(stage) = a.set_stage {
        v.push(BulkChange::SetStage { stage });
    }
    if let Some(person_kind) = a.set_kind {
        v.push(BulkChange::SetKind { person_kind });
    }
    if let Some(d) = a.set_cadence {
        v.push(BulkChange::SetCadence {
            days: (d > 0).then_some(d),
        });
    }
    v.extend(a.add_list.iter().map(|l| BulkChange::AddToList {
        list_id: l.trim().into(),
    }));
    v.extend(a.remove_list.iter().map(|l| BulkChange::RemoveFromList {
        list_id: l.trim().into(),
    }));
    if a.archive {
        v.push(BulkChange::Archive);
    }
    if a.unarchive {
        v.push(BulkChange::Unarchive);
    }
    if a.delete {
        v.push(BulkChange::Delete);
    }
    v
}

pub fn bulk(a: BulkArgs, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let mut changes = changes(&a);
    // A list by its name too, as `list put` takes it.
    for c in changes.iter_mut() {
        if let BulkChange::AddToList { list_id } | BulkChange::RemoveFromList { list_id } = c {
            *list_id = crate::commands::list::resolve(&book, list_id)?;
        }
    }
    let target = if a.ids.is_empty() {
        let mut filter = a.filter.into_filter(&book)?;
        filter.query = a.name;
        BulkTarget::Matching { filter }
    } else {
        BulkTarget::Ids {
            ids: a.ids.iter().map(|i| i.trim().to_string()).collect(),
        }
    };
    let mut req = PersonBulkReq {
        target,
        changes,
        dry_run: a.dry_run,
    };
    if a.delete && !a.dry_run && !a.yes && !confirm_delete(&book, &req)? {
        note("Nothing deleted.");
        return Ok(());
    }
    let out = book.bulk_apply(&req)?;
    if ctx.json {
        return print_json(&out);
    }
    req.dry_run = out.dry_run;
    let verb = if a.delete { "erase" } else { "change" };
    let text = if out.dry_run {
        format!(
            "Would {verb} {} of the {} people matched (dry run: nothing changed).\n",
            out.changed, out.matched
        )
    } else {
        let done = if a.delete { "Erased" } else { "Changed" };
        let undo = match &out.undo_id {
            Some(id) => format!("Undo with: liaison undo {id}\n"),
            None if a.delete => "Erasing cannot be undone.\n".into(),
            None => String::new(),
        };
        format!(
            "{done} {} of the {} people matched.\n{undo}",
            out.changed, out.matched
        )
    };
    print(&text)
}

/// Asks on the terminal before erasing; refuses without one (`--yes` is then required).
fn confirm_delete(book: &liaison_core::Book, req: &PersonBulkReq) -> Result<bool, Failure> {
    let count = book.bulk_apply(&PersonBulkReq {
        dry_run: true,
        ..req.clone()
    })?;
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        return Err(Failure::invalid(
            "--yes",
            format!(
                "refusing to erase {} people without confirmation: pass --yes (stdin is not a \
                 terminal, so there is no one to ask)",
                count.changed
            ),
        ));
    }
    eprint!(
        "Erase {} people and everything about them? This cannot be undone. [y/N] ",
        count.changed
    );
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    stdin.lock().read_line(&mut answer).map_err(|e| {
        Failure::invalid(
            "--yes",
            format!("could not read the answer ({e}); pass --yes"),
        )
    })?;
    Ok(matches!(answer.trim().to_lowercase().as_str(), "y" | "yes"))
}

pub fn undo(a: UndoArgs, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let r: UndoOutcome = book.undo(a.id.as_deref().map(str::trim))?;
    if ctx.json {
        return print_json(&r);
    }
    let kept = if r.kept > 0 {
        format!(
            " {} kept what was changed since (by hand or by a later change).",
            r.kept
        )
    } else {
        String::new()
    };
    print(&format!(
        "Undone {}: {} people put back as they were.{kept}\n",
        r.id, r.restored
    ))
}
