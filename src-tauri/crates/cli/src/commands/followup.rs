//! `followup add|list|done|snooze`: what to do next, for whom, and when, in the user's own zone.

use crate::values::{parse_every, parse_weekdays, Every, Weekdays};
use clap::{ArgGroup, Args, Subcommand};

use crate::book::{open, Open};
use crate::fail::{Failure, Outcome};
use crate::output::{note, print, print_json};
use crate::table::{Column, Table};
use crate::{who, Ctx};
use chrono_tz::Tz;
use liaison_core::{
    Followup, FollowupInput, FollowupListReq, FollowupStatus, Recurrence, Snooze, SnoozeReq,
};

pub fn run(cmd: FollowupCmd, ctx: &Ctx) -> Outcome {
    match cmd {
        FollowupCmd::Add(a) => add(a, ctx),
        FollowupCmd::List(a) => list(a, ctx),
        FollowupCmd::Done(a) => done(a, ctx),
        FollowupCmd::Snooze(a) => snooze(a, ctx),
    }
}

/// `--every` and `--on` together: `--on` alone means weekly, and only weeks have weekdays.
fn recurrence(every: Option<Every>, on: Option<Weekdays>) -> Outcome<Option<Recurrence>> {
    Ok(match (every, on.map(|w| w.0)) {
        (None, None) => None,
        (None, Some(weekdays)) => Some(Recurrence::Weeks { every: 1, weekdays }),
        (Some(Every::Weeks(every)), on) => Some(Recurrence::Weeks {
            every,
            weekdays: on.unwrap_or_default(),
        }),
        (Some(_), Some(_)) => {
            return Err(Failure::invalid(
                "--on",
                "--on picks weekdays of a weekly repeat; use it with --every 1w (or 2w…), or alone",
            ))
        }
        (Some(Every::Days(every)), None) => Some(Recurrence::Days { every }),
        (Some(Every::Months(every)), None) => Some(Recurrence::Months { every }),
    })
}

/// Prints only the new id; `--json` prints the follow-up.
fn add(a: FollowupAddArgs, ctx: &Ctx) -> Outcome {
    let rule = recurrence(a.every, a.on)?;
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let people = who::resolve_all(&book, &a.people)?;
    let ids: Vec<String> = people.iter().map(|p| p.id.clone()).collect();
    let warnings = crate::warnings::check(&book, &ids, liaison_core::ConflictAction::Followup)?;
    // Words such as "tomorrow" mean the follow-up's own day: in --tz when given and valid, else
    // the user's zone (a bad --tz is reported by the core, naming the field).
    let zone: Tz =
        a.tz.as_deref()
            .and_then(|z| z.trim().parse().ok())
            .unwrap_or(book.time_zone()?);
    let saved = book.followup_create(FollowupInput {
        title: a.title,
        body: a.body.unwrap_or_default(),
        people: ids,
        due_local: book.wall_input(&a.due, zone),
        time_zone: a.tz,
        recurrence: rule,
    })?;
    if ctx.json {
        crate::warnings::print_json_warned(&saved, &warnings)
    } else {
        note(&format!(
            "Planned: {}.",
            describe(&saved, book.time_zone()?)
        ));
        print(&format!("{}\n", saved.id))
    }
}

fn list(a: FollowupListArgs, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let tz = book.time_zone()?;
    let person = a
        .person
        .as_deref()
        .map(|p| who::resolve(&book, p))
        .transpose()?;
    let status = match (a.done, a.all) {
        (true, _) => FollowupStatus::Done,
        (_, true) => FollowupStatus::All,
        _ => FollowupStatus::Open,
    };
    let items = book.followup_list(&FollowupListReq {
        person_id: person.map(|p| p.id),
        status,
        limit: Some(a.limit),
    })?;
    if ctx.json {
        return print_json(&items);
    }
    if items.is_empty() {
        note(match status {
            FollowupStatus::Done => "Nothing done yet.",
            _ => {
                "Nothing planned: `liaison followup add PERSON --title … --due …` plans something."
            }
        });
        return Ok(());
    }
    print(&table(&items, tz))
}

/// Due time (yours), what, for whom, how it repeats, and the id to pass to `done` or `snooze`.
pub fn table(items: &[Followup], tz: Tz) -> String {
    let col = |heading, max| Column { heading, max };
    let mut t = Table::new(vec![
        col("DUE", 40),
        col("TITLE", 40),
        col("WHO", 30),
        col("REPEATS", 22),
        col("ID", 40),
    ]);
    for f in items {
        let due = match &f.done_at {
            Some(d) => format!("done {}", crate::output::show_time(d, tz)),
            None => due_text(f, tz),
        };
        t.push(vec![
            due,
            f.title.clone(),
            f.person_names.join(", "),
            f.recurrence.as_ref().map(repeats).unwrap_or_default(),
            f.id.clone(),
        ]);
    }
    t.render()
}

/// When it is due in the user's zone; a follow-up kept in another zone also shows its own wall
/// time, since that is the time that was meant ("14:30 Tokyo").
pub fn due_text(f: &Followup, tz: Tz) -> String {
    let mut s = crate::output::show_time(&f.due_at, tz);
    if f.time_zone != tz.name() {
        let own = f.due_local.replace('T', " ");
        s.push_str(&format!(
            " ({} {})",
            own.get(11..).unwrap_or(&own),
            f.time_zone
        ));
    }
    s
}

pub fn repeats(r: &Recurrence) -> String {
    let unit = |n: u32, one: &str, many: &str| match n {
        1 => format!("every {one}"),
        n => format!("every {n} {many}"),
    };
    match r {
        Recurrence::Days { every } => unit(*every, "day", "days"),
        Recurrence::Months { every } => unit(*every, "month", "months"),
        Recurrence::Weeks { every, weekdays } => {
            const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
            let mut s = unit(*every, "week", "weeks");
            if !weekdays.is_empty() {
                let names: Vec<&str> = weekdays
                    .iter()
                    .filter_map(|d| DAYS.get(*d as usize).copied())
                    .collect();
                s.push_str(&format!(" on {}", names.join(",")));
            }
            s
        }
    }
}

fn describe(f: &Followup, tz: Tz) -> String {
    let mut s = format!("{}, due {}", f.title, due_text(f, tz));
    if !f.person_names.is_empty() {
        s = format!("{} ({})", s, f.person_names.join(", "));
    }
    if let Some(r) = &f.recurrence {
        s.push_str(&format!(", {}", repeats(r)));
    }
    s
}

fn done(a: FollowupIdArg, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let tz = book.time_zone()?;
    let f = book.followup_done(a.id.trim())?;
    if ctx.json {
        return print_json(&f);
    }
    match f.done_at {
        Some(_) => print(&format!("Done: {}.\n", f.title)),
        None => print(&format!("Done for now; next: {}.\n", describe(&f, tz))),
    }
}

fn snooze(a: SnoozeArgs, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let tz = book.time_zone()?;
    let preset = if a.hour {
        Some(Snooze::OneHour)
    } else if a.tomorrow {
        Some(Snooze::Tomorrow)
    } else if a.next_week {
        Some(Snooze::NextWeek)
    } else {
        None
    };
    let f = book.followup_snooze(&SnoozeReq {
        id: a.id.trim().to_string(),
        preset,
        until: a.until.map(|u| book.snooze_until(&u, tz)),
    })?;
    if ctx.json {
        print_json(&f)
    } else {
        print(&format!("Snoozed: {}.\n", describe(&f, tz)))
    }
}

#[derive(Debug, Subcommand)]
pub enum FollowupCmd {
    /// Plan something to do, optionally repeating; prints the new follow-up's id. Warns first
    /// (never refuses) of anyone marked "do not contact", a competitor's or exclusive with
    /// another brand
    Add(FollowupAddArgs),
    /// List follow-ups, soonest first (done ones: latest first)
    List(FollowupListArgs),
    /// Mark a follow-up done; a repeating one moves to its next occurrence
    Done(FollowupIdArg),
    /// Put a follow-up off for an hour, until tomorrow or next week, or until a given time
    Snooze(SnoozeArgs),
}

#[derive(Debug, Args)]
pub struct FollowupAddArgs {
    /// Who it is about: ids, or names or handles that match only one person each
    #[arg(value_name = "PERSON")]
    pub people: Vec<String>,
    /// What to do
    #[arg(long)]
    pub title: String,
    /// Details (Markdown)
    #[arg(long, value_name = "TEXT")]
    pub body: Option<String>,
    /// When, as a wall time in --tz: "2026-11-27 14:30", 2026-11-27 (09:00), tomorrow,
    /// "tomorrow 14:30", today, 14:30
    #[arg(long, value_name = "WHEN")]
    pub due: String,
    /// The time zone the due time is meant in [default: your zone, see `liaison settings`]
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// Repeat: 3d (every 3 days), 2w (every other week), 1m (monthly); daily, weekly and
    /// monthly also work
    #[arg(long, value_name = "N{d|w|m}", value_parser = parse_every)]
    pub every: Option<Every>,
    /// Weekdays of a weekly repeat, e.g. mon,thu [implies --every 1w when --every is left out]
    #[arg(long, value_name = "DAYS", value_parser = parse_weekdays)]
    pub on: Option<Weekdays>,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("state").args(["done", "all"])))]
pub struct FollowupListArgs {
    /// Only those about this person (id, or a name or handle that matches one person)
    #[arg(long, value_name = "PERSON")]
    pub person: Option<String>,
    /// Only the ones done
    #[arg(long)]
    pub done: bool,
    /// Open and done ones
    #[arg(long)]
    pub all: bool,
    /// At most this many (at most 1000)
    #[arg(long, value_name = "N", default_value_t = 100)]
    pub limit: u32,
}

#[derive(Debug, Args)]
pub struct FollowupIdArg {
    /// The follow-up's id, as printed by `followup add` or `followup list`
    pub id: String,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("until_when").required(true)
    .args(["hour", "tomorrow", "next_week", "until"])))]
pub struct SnoozeArgs {
    /// The follow-up's id
    pub id: String,
    /// For one hour from now
    #[arg(long)]
    pub hour: bool,
    /// Until tomorrow 09:00, your time
    #[arg(long)]
    pub tomorrow: bool,
    /// Until next Monday 09:00, your time
    #[arg(long)]
    pub next_week: bool,
    /// Until this time: RFC 3339, or a wall time in your zone such as "2026-11-23 09:00"
    #[arg(long, value_name = "WHEN")]
    pub until: Option<String>,
}
