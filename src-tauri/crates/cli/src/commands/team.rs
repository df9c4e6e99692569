//! `liaison colleague …`, `liaison person owner` and `liaison collisions`: our side of each relationship (the team roster, who owns whom, two colleagues writing to one person too close together) from scripts as from the app.

use crate::book::{open, Open};
use crate::fail::Outcome;
use crate::output::{label, note, print, print_json, show_time};
use crate::table::{Column, Table};
use crate::{who, Ctx};
use clap::{Args, Subcommand};
use liaison_core::{Book, ColleagueInput, Collision};

#[derive(Debug, Subcommand)]
pub enum ColleagueCmd {
    /// Add a colleague to the team roster; prints their id
    Add(ColleagueAddArgs),
    /// The team roster, with how many interactions each had and whom they own
    Ls,
    /// A colleague and their figures
    Show(ColleagueRef),
    /// Change a colleague's name, role, region or e-mail (what is left out stays)
    Edit(ColleagueEditArgs),
    /// Take a colleague off the roster; their interactions keep their name as text
    Delete(ColleagueRef),
}

#[derive(Debug, Args)]
pub struct ColleagueAddArgs {
    pub name: String,
    /// Their role (Head of PR, Community manager)
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub role: String,
    /// The region or market they cover (EMEA, France)
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub region: String,
    #[arg(long, value_name = "ADDRESS", default_value = "")]
    pub email: String,
}

#[derive(Debug, Args)]
pub struct ColleagueEditArgs {
    /// The colleague's id, or their exact name (case aside)
    pub colleague: String,
    #[arg(long, value_name = "TEXT")]
    pub name: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub role: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub region: Option<String>,
    /// Their e-mail; an empty one clears it
    #[arg(long, value_name = "ADDRESS")]
    pub email: Option<String>,
}

#[derive(Debug, Args)]
pub struct ColleagueRef {
    /// The colleague's id, or their exact name (case aside)
    pub colleague: String,
}

#[derive(Debug, Args)]
pub struct OwnerArgs {
    #[arg(help = super::PERSON_HELP)]
    pub person: String,
    /// The colleague's id or exact name; leave out with --clear
    #[arg(required_unless_present = "clear")]
    pub colleague: Option<String>,
    /// The person has no owner any more
    #[arg(long, conflicts_with = "colleague")]
    pub clear: bool,
}

#[derive(Debug, Args)]
pub struct CollisionsArgs {
    /// The window in days (1 to 90); the setting (7 unless changed) when left out
    #[arg(long, value_name = "N")]
    pub days: Option<u32>,
}

fn col(heading: &'static str, max: usize) -> Column {
    Column { heading, max }
}

pub fn colleague(cmd: ColleagueCmd, ctx: &Ctx) -> Outcome {
    match cmd {
        ColleagueCmd::Add(a) => {
            let book = open(ctx.db.clone(), Open::CreateIfMissing)?;
            let c = book.colleague_create(ColleagueInput {
                name: a.name,
                role: a.role,
                region: a.region,
                email: a.email,
            })?;
            match ctx.json {
                true => print_json(&c),
                false => print(&format!("{}\n", c.id)),
            }
        }
        ColleagueCmd::Ls => {
            let book = open(ctx.db.clone(), Open::MustExist)?;
            let all = book.colleague_all()?;
            if ctx.json {
                return print_json(&all);
            }
            let tz = book.time_zone()?;
            let mut t = Table::new(vec![
                col("NAME", 30),
                col("ROLE", 20),
                col("REGION", 12),
                col("INTERACTIONS", 12),
                col("OWNS", 5),
                col("LAST", 16),
                col("ID", 40),
            ]);
            for c in &all {
                t.push(vec![
                    c.name.clone(),
                    c.role.clone(),
                    c.region.clone(),
                    c.interaction_count.to_string(),
                    c.owned_count.to_string(),
                    c.last_at
                        .as_deref()
                        .map(|l| show_time(l, tz))
                        .unwrap_or_default(),
                    c.id.clone(),
                ]);
            }
            print(&t.render())
        }
        ColleagueCmd::Show(a) => {
            let book = open(ctx.db.clone(), Open::MustExist)?;
            let c = book.colleague_find(&a.colleague)?;
            if ctx.json {
                return print_json(&c);
            }
            let tz = book.time_zone()?;
            let last = c
                .last_at
                .as_deref()
                .map(|l| show_time(l, tz))
                .unwrap_or_else(|| "never".into());
            print(&format!(
                "{}\nrole: {}\nregion: {}\ne-mail: {}\ninteractions: {} (last {last})\nowns: {} people\nid: {}\n",
                c.name, c.role, c.region, c.email, c.interaction_count, c.owned_count, c.id
            ))
        }
        ColleagueCmd::Edit(a) => {
            let book = open(ctx.db.clone(), Open::MustExist)?;
            let c = book.colleague_find(&a.colleague)?;
            let c = book.colleague_update(
                &c.id,
                ColleagueInput {
                    name: a.name.unwrap_or(c.name),
                    role: a.role.unwrap_or(c.role),
                    region: a.region.unwrap_or(c.region),
                    email: a.email.unwrap_or(c.email),
                },
            )?;
            match ctx.json {
                true => print_json(&c),
                false => print(&format!("{}\n", c.id)),
            }
        }
        ColleagueCmd::Delete(a) => {
            let book = open(ctx.db.clone(), Open::MustExist)?;
            let c = book.colleague_find(&a.colleague)?;
            book.colleague_delete(&c.id)?;
            match ctx.json {
                true => print_json(&serde_json::json!({ "deleted": c.id })),
                false => Ok(()),
            }
        }
    }
}

/// `liaison person owner PERSON COLLEAGUE`: prints the person's team section with `--json`.
pub fn owner(a: OwnerArgs, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let person = who::resolve(&book, &a.person)?;
    let owner = match a.colleague.as_deref() {
        Some(c) if !a.clear => Some(book.colleague_find(c)?.id),
        _ => None,
    };
    let team = book.person_owner_set(&person.id, owner.as_deref())?;
    match ctx.json {
        true => print_json(&team),
        false => {
            note(&match &team.owner_name {
                Some(o) => format!("{} is owned by {o}.", person.display_name),
                None => format!("{} has no owner.", person.display_name),
            });
            Ok(())
        }
    }
}

/// One line per contact: `PERSON: NAME on DATE (kind), NAME on DATE (kind)`.
pub fn describe(found: &[Collision], tz: chrono_tz::Tz) -> String {
    let mut out = String::new();
    for c in found {
        let who: Vec<String> = c
            .contacts
            .iter()
            .map(|x| {
                format!(
                    "{} on {} ({})",
                    x.colleague_name,
                    show_time(&x.occurred_at, tz),
                    label(x.kind.as_str())
                )
            })
            .collect();
        out.push_str(&format!("{}: {}\n", c.person_name, who.join(", ")));
    }
    out
}

/// `liaison collisions [--days N]`: everyone two or more colleagues contacted in the window.
pub fn collisions(a: CollisionsArgs, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let found = book.collisions(a.days)?;
    if ctx.json {
        return print_json(&found);
    }
    let days = match a.days {
        Some(d) => d,
        None => book.collision_days()?,
    };
    if found.is_empty() {
        note(&format!(
            "No collision: no one was contacted by two colleagues in the last {days} days."
        ));
        return Ok(());
    }
    print(&describe(&found, book.time_zone()?))
}

/// Before `liaison log --colleague` saves: the other colleagues who wrote to the same people
/// within the window, on stderr (it warns, it does not refuse).
pub fn warn_before_logging(
    book: &Book,
    people: &[String],
    colleague: &str,
    at: Option<&str>,
) -> Outcome {
    let found = book.collision_check(people, colleague, at, None)?;
    if !found.is_empty() {
        let days = found[0].window_days;
        note(&format!(
            "Message collision: within {days} days, other colleagues contacted them too:\n{}",
            describe(&found, book.time_zone()?).trim_end()
        ));
    }
    Ok(())
}
