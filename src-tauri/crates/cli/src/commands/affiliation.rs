//! `liaison affiliation add|ls|end|rm` and `liaison org side`: a person's ties to brands, which brands are ours or a competitor's, and the conflicts they raise, from scripts as from the app.

use crate::book::{open, Open};
use crate::commands::network::resolve_org;
use crate::fail::Outcome;
use crate::output::{label, note, print, print_json};
use crate::table::{Column, Table};
use crate::{who, Ctx};
use clap::{Args, Subcommand};
use liaison_core::{AffiliationInput, AffiliationKind, BrandSide, Conflict, ConflictKind};

#[derive(Debug, Subcommand)]
pub enum AffiliationCmd {
    /// Record that a person works with a brand (an organization); prints its id
    Add(AddArgs),
    /// A person's affiliations, and their conflicts today
    Ls {
        #[arg(help = super::PERSON_HELP)]
        person: String,
    },
    /// End an affiliation (today, or on --on)
    End(EndArgs),
    /// Remove an affiliation typed by mistake (an ended one is ended, not removed)
    Rm {
        /// The affiliation's id (`liaison affiliation ls PERSON` shows it)
        id: String,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    #[arg(help = super::PERSON_HELP)]
    pub person: String,
    /// The brand: an organization's id, or its exact name (case aside)
    pub brand: String,
    /// ambassador, paid-post, gifted, affiliate or exclusive
    #[arg(long, value_parser = parse_kind)]
    pub kind: AffiliationKind,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub since: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub until: Option<String>,
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub note: String,
}

#[derive(Debug, Args)]
pub struct EndArgs {
    /// The affiliation's id
    pub id: String,
    /// The day it ends; today by default
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub on: Option<String>,
}

#[derive(Debug, Args)]
pub struct SideArgs {
    /// The organization's id, or its exact name (case aside)
    pub org: String,
    /// ours, competitor or none
    #[arg(value_parser = parse_side)]
    pub side: BrandSide,
}

fn parse_kind(s: &str) -> Result<AffiliationKind, String> {
    AffiliationKind::parse(&s.replace('-', "_"))
        .ok_or_else(|| "one of ambassador, paid-post, gifted, affiliate, exclusive".to_string())
}

fn parse_side(s: &str) -> Result<BrandSide, String> {
    BrandSide::parse(s).ok_or_else(|| "one of ours, competitor, none".to_string())
}

fn dates(since: &Option<String>, until: &Option<String>) -> String {
    match (since, until) {
        (None, None) => String::new(),
        (s, u) => format!(
            "{} → {}",
            s.as_deref().unwrap_or("…"),
            u.as_deref().unwrap_or("…")
        ),
    }
}

/// One conflict as a line: `⚠ Inès Moreau: exclusive with Lumière (2026-09-01 → …)`.
pub fn conflict_line(c: &Conflict) -> String {
    let brand = c.brand_name.clone().unwrap_or_default();
    let when = dates(&c.since, &c.until);
    match c.kind {
        ConflictKind::DoNotContact => format!("⚠ {}: do not contact", c.person_name),
        ConflictKind::Competitor => format!(
            "⚠ {}: {} of a competitor, {brand} ({when})",
            c.person_name,
            c.affiliation_kind
                .map(|k| label(k.as_str()))
                .unwrap_or_default()
        ),
        ConflictKind::Exclusive => {
            format!("⚠ {}: exclusive with {brand} ({when})", c.person_name)
        }
    }
}

pub fn run(cmd: AffiliationCmd, ctx: &Ctx) -> Outcome {
    match cmd {
        AffiliationCmd::Add(a) => {
            let book = open(ctx.db.clone(), Open::MustExist)?;
            let person = who::resolve(&book, &a.person)?;
            let brand = resolve_org(&book, &a.brand)?;
            let made = book.affiliation_add(AffiliationInput {
                person_id: person.id.clone(),
                brand_id: brand,
                kind: a.kind,
                since: a.since,
                until: a.until,
                note: a.note,
            })?;
            if !ctx.json {
                for c in book.person_conflicts(&person.id)? {
                    note(&conflict_line(&c));
                }
            }
            match ctx.json {
                true => print_json(&made),
                false => print(&format!("{}\n", made.id)),
            }
        }
        AffiliationCmd::Ls { person } => {
            let book = open(ctx.db.clone(), Open::MustExist)?;
            let p = who::resolve(&book, &person)?;
            let all = book.person_affiliations(&p.id)?;
            if ctx.json {
                return print_json(&all);
            }
            let mut t = Table::new(vec![
                Column {
                    heading: "BRAND",
                    max: 30,
                },
                Column {
                    heading: "SIDE",
                    max: 10,
                },
                Column {
                    heading: "KIND",
                    max: 10,
                },
                Column {
                    heading: "DATES",
                    max: 23,
                },
                Column {
                    heading: "ID",
                    max: 40,
                },
            ]);
            for a in &all.affiliations {
                t.push(vec![
                    a.brand_name.clone(),
                    label(a.brand_side.as_str()),
                    label(a.kind.as_str()),
                    dates(&a.since, &a.until),
                    a.id.clone(),
                ]);
            }
            let mut out = t.render();
            for c in &all.conflicts {
                out.push_str(&conflict_line(c));
                out.push('\n');
            }
            print(&out)
        }
        AffiliationCmd::End(a) => {
            let book = open(ctx.db.clone(), Open::MustExist)?;
            let ended = book.affiliation_end(a.id.trim(), a.on.as_deref())?;
            match ctx.json {
                true => print_json(&ended),
                false => Ok(()),
            }
        }
        AffiliationCmd::Rm { id } => {
            let book = open(ctx.db.clone(), Open::MustExist)?;
            book.affiliation_remove(id.trim())?;
            match ctx.json {
                true => print_json(&serde_json::json!({ "removed": id.trim() })),
                false => Ok(()),
            }
        }
    }
}

/// `liaison org side ORG ours|competitor|none`.
pub fn side(a: SideArgs, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let org = book.org_brand_side_set(&resolve_org(&book, &a.org)?, a.side)?;
    match ctx.json {
        true => print_json(&org),
        false => Ok(()),
    }
}
