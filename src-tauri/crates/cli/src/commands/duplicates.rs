//! `liaison duplicates [dismiss A B]`, `liaison person merge SURVIVOR OTHER` and `liaison undo-merge ID`: finding the same person entered twice, merging them, and taking a merge back.

use crate::book::{open, Open};
use crate::fail::{Failure, Outcome};
use crate::output::{note, print, print_json};
use crate::{job, who, Ctx};
use clap::{Args, Subcommand};
use liaison_core::{DuplicateReason, DuplicateReport, MergeChoices, MergeField};

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct DuplicatesArgs {
    #[command(subcommand)]
    pub cmd: Option<DuplicatesCmd>,
    /// Show at most N groups, the most certain (0: all); --json always gives all
    #[arg(long, value_name = "N", default_value_t = 50)]
    pub limit: usize,
}

#[derive(Debug, Subcommand)]
pub enum DuplicatesCmd {
    /// Remember that two people are not the same person: they are not proposed again
    Dismiss(PairArgs),
}

#[derive(Debug, Args)]
pub struct PairArgs {
    #[arg(help = super::PERSON_HELP)]
    pub a: String,
    #[arg(help = super::PERSON_HELP)]
    pub b: String,
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The person who stays (their id is kept; the other's becomes an alias of it)
    #[arg(value_name = "SURVIVOR")]
    pub survivor: String,
    /// The person merged into the survivor and then removed
    #[arg(value_name = "OTHER")]
    pub other: String,
    /// Keep both people's e-mails, phones, channels, tags, topics and languages
    #[arg(long)]
    pub keep_both: bool,
    /// Take these fields from OTHER instead of the survivor (comma-separated or repeated:
    /// first_name, last_name, display_name, bio, city, country, emails, phones, channels, tags,
    /// photo, …); every other field keeps the survivor's value, or OTHER's where it is empty
    #[arg(long, value_delimiter = ',', value_name = "FIELD")]
    pub take: Vec<String>,
}

#[derive(Debug, Args)]
pub struct UndoMergeArgs {
    /// The merge's id, as `person merge` printed it
    pub id: String,
}

pub fn run(a: DuplicatesArgs, ctx: &Ctx) -> Outcome {
    match a.cmd {
        None => list(ctx, a.limit),
        Some(DuplicatesCmd::Dismiss(p)) => {
            let book = open(ctx.db.clone(), Open::MustExist)?;
            let (x, y) = (who::resolve(&book, &p.a)?, who::resolve(&book, &p.b)?);
            book.duplicates_dismiss(&x.id, &y.id)?;
            if ctx.json {
                return print_json(&serde_json::json!({ "dismissed": [x.id, y.id] }));
            }
            print(&format!(
                "{} and {} will not be proposed as duplicates again.\n",
                x.display_name, y.display_name
            ))
        }
    }
}

fn list(ctx: &Ctx, limit: usize) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let report = job::run("Looking for duplicates", |p| book.duplicates_find(p))?;
    if ctx.json {
        return print_json(&report);
    }
    print(&render(
        &report,
        if limit == 0 { usize::MAX } else { limit },
    ))
}

fn reason(r: DuplicateReason) -> &'static str {
    match r {
        DuplicateReason::Email => "same e-mail",
        DuplicateReason::Handle => "same handle",
        DuplicateReason::Phone => "same phone",
        DuplicateReason::Name => "same name",
        DuplicateReason::NameOtherScript => "same name in another script",
        DuplicateReason::NameInitial => "same name, one first name as its initial",
    }
}

fn render(r: &DuplicateReport, limit: usize) -> String {
    if r.groups.is_empty() {
        return format!("No duplicates found among {} people.\n", r.scanned);
    }
    let mut out = format!(
        "{} group(s) of possible duplicates among {} people, most certain first:\n",
        r.groups.len(),
        r.scanned
    );
    for g in r.groups.iter().take(limit) {
        let name = |id: &str| {
            g.people
                .iter()
                .find(|p| p.id == id)
                .map_or_else(String::new, |p| p.display_name.clone())
        };
        out.push('\n');
        for p in &g.pairs {
            out.push_str(&format!(
                "{:>3}%  {} ({})  ·  {} ({})\n",
                p.confidence,
                name(&p.a),
                p.a,
                name(&p.b),
                p.b
            ));
            for m in &p.matches {
                out.push_str(&format!("      {}: {}\n", reason(m.reason), m.value));
            }
        }
    }
    if r.groups.len() > limit {
        out.push_str(&format!(
            "\n… and {} more group(s): --limit 0 shows them all.\n",
            r.groups.len() - limit
        ));
    }
    out.push_str(
        "\nMerge with `liaison person merge SURVIVOR OTHER`, or `liaison duplicates dismiss A B` \
         when two are different people.\n",
    );
    out
}

pub fn merge(a: MergeArgs, ctx: &Ctx) -> Outcome {
    let mut take = Vec::new();
    for f in a.take.iter().map(|f| f.trim()).filter(|f| !f.is_empty()) {
        let field = MergeField::parse(&f.to_lowercase().replace('-', "_")).ok_or_else(|| {
            let all: Vec<&str> = MergeField::ALL.iter().map(|f| f.as_str()).collect();
            Failure::invalid(
                "--take",
                format!("--take: '{f}' is not a field; one of: {}", all.join(", ")),
            )
        })?;
        take.push(field);
    }
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let s = who::resolve(&book, &a.survivor)?;
    let o = who::resolve(&book, &a.other)?;
    let report = book.people_merge(
        &s.id,
        &o.id,
        &MergeChoices {
            take,
            keep_both: a.keep_both,
        },
    )?;
    if ctx.json {
        return print_json(&report);
    }
    note(&format!(
        "Undo with `liaison undo-merge {}` (while {} is not changed).",
        report.merge_id, report.person.display_name
    ));
    print(&format!(
        "Merged {} ({}) into {} ({}).\n",
        o.display_name, report.merged_id, report.person.display_name, report.person.id
    ))
}

pub fn undo_merge(a: UndoMergeArgs, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let r = book.undo_merge(a.id.trim())?;
    if ctx.json {
        return print_json(&r);
    }
    print(&format!(
        "Undone: {} ({}) and {} ({}) are two people again.\n",
        r.survivor.display_name, r.survivor.id, r.restored.display_name, r.restored.id
    ))
}
