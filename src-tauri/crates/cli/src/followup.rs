//! `followup add|list|done|snooze`: what to do next, for whom, and when, in the user's own zone.

use crate::book::{open, Open};
use crate::fail::{Failure, Outcome};
use crate::output::{note, print, print_json};
use crate::rel_args::{FollowupAddArgs, FollowupCmd, FollowupIdArg, FollowupListArgs, SnoozeArgs};
use crate::table::{Column, Table};
use crate::values::{Every, Weekdays};
use crate::{when, who, Ctx};
use chrono::Utc;
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
    // Words such as "tomorrow" mean the follow-up's own day: in --tz when given and valid, else
    // the user's zone (a bad --tz is reported by the core, naming the field).
    let zone: Tz =
        a.tz.as_deref()
            .and_then(|z| z.trim().parse().ok())
            .unwrap_or(book.time_zone()?);
    let saved = book.followup_create(FollowupInput {
        title: a.title,
        body: a.body.unwrap_or_default(),
        people: people.iter().map(|p| p.id.clone()).collect(),
        due_local: when::due_local(&a.due, zone, Utc::now()),
        time_zone: a.tz,
        recurrence: rule,
    })?;
    if ctx.json {
        print_json(&saved)
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
            Some(d) => format!("done {}", when::show(d, tz)),
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
    let mut s = when::show(&f.due_at, tz);
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
        until: a.until.map(|u| when::until(&u, tz, Utc::now())),
    })?;
    if ctx.json {
        print_json(&f)
    } else {
        print(&format!("Snoozed: {}.\n", describe(&f, tz)))
    }
}
