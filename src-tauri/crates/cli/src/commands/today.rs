//! `today` and `settings`: the morning view (overdue, due today, going cold, meetups, the week
//! ahead, events)
//! and the time zone that decides what "today" means.

use clap::Args;

use crate::book::{open, Open};
use crate::output::{print, print_json};
use crate::table::{Column, Table};
use crate::{fail::Outcome, Ctx};
use chrono::NaiveDate;
use chrono_tz::Tz;
use liaison_core::{ColdPerson, Followup, Today};

/// JSON is the core's `Today` as is, the same object the app's start screen reads.
pub fn today(ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let t = book.today_get()?;
    if ctx.json {
        return print_json(&t);
    }
    let tz: Tz = t.time_zone.parse().unwrap_or(Tz::UTC);
    print(&render(&t, tz))
}

fn render(t: &Today, tz: Tz) -> String {
    let date = NaiveDate::parse_from_str(&t.date, "%Y-%m-%d")
        .map(|d| d.format("%A %-d %B %Y").to_string())
        .unwrap_or_else(|_| t.date.clone());
    let mut out = format!("Today, {date} ({})\n", t.time_zone);
    if t.overdue.is_empty() && t.due_today.is_empty() && t.going_cold.is_empty() {
        out.push_str("\nNothing overdue, nothing due today, no one going cold.\n");
    }
    section(&mut out, "Overdue", &t.overdue, tz);
    section(&mut out, "Due today", &t.due_today, tz);
    if !t.going_cold.is_empty() {
        out.push_str(&format!("\nGoing cold ({})\n", t.going_cold.len()));
        indent(&mut out, &cold_table(&t.going_cold, tz));
    }
    if !t.collisions.is_empty() {
        out.push_str(&format!(
            "\nMessage collisions ({}): several colleagues contacted them within {} days\n",
            t.collisions.len(),
            t.collisions[0].window_days
        ));
        indent(
            &mut out,
            &crate::commands::team::describe(&t.collisions, tz),
        );
    }
    // Events under way or within two weeks, and today's meetups: what to prepare for.
    if !t.meetups.is_empty() {
        out.push_str(&format!("\nMeetups today ({})\n", t.meetups.len()));
        indent(&mut out, &crate::commands::event::meetups_table(&t.meetups));
    }
    // The next seven days, day by day, as the app's "This week" card shows them.
    for d in &t.week {
        let day = NaiveDate::parse_from_str(&d.date, "%Y-%m-%d")
            .map(|x| x.format("%A %-d %B").to_string())
            .unwrap_or_else(|_| d.date.clone());
        out.push_str(&format!("\nThis week, {day}\n"));
        if !d.meetups.is_empty() {
            indent(&mut out, &crate::commands::event::meetups_table(&d.meetups));
        }
        if !d.followups.is_empty() {
            indent(
                &mut out,
                &crate::commands::followup::table(&d.followups, tz),
            );
        }
    }
    if !t.events.is_empty() {
        out.push_str(&format!("\nEvents soon ({})\n", t.events.len()));
        indent(&mut out, &crate::commands::event::events_table(&t.events));
    }
    out
}

fn section(out: &mut String, heading: &str, items: &[Followup], tz: Tz) {
    if items.is_empty() {
        return;
    }
    out.push_str(&format!("\n{heading} ({})\n", items.len()));
    indent(out, &crate::commands::followup::table(items, tz));
}

/// The most overdue first, as the core sorts them; days late is what decides whom to call.
fn cold_table(people: &[ColdPerson], tz: Tz) -> String {
    let col = |heading, max| Column { heading, max };
    let mut t = Table::new(vec![
        col("NAME", 30),
        col("LATE", 12),
        col("LAST CONTACT", 16),
        col("HANDLE", 30),
        col("ID", 40),
    ]);
    for c in people {
        t.push(vec![
            c.person.display_name.clone(),
            match c.days_late {
                1 => "1 day".to_string(),
                n => format!("{n} days"),
            },
            crate::output::show_time(&c.last_interaction_at, tz),
            c.person.primary_handle.clone().unwrap_or_default(),
            c.person.id.clone(),
        ]);
    }
    t.render()
}

fn indent(out: &mut String, block: &str) {
    for line in block.lines() {
        out.push_str("  ");
        out.push_str(line);
        out.push('\n');
    }
}

/// Shows the settings, or changes the time zone first; JSON: `{"time_zone": "Europe/Paris"}`.
pub fn settings(a: SettingsArgs, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    if let Some(zone) = &a.tz {
        book.set_time_zone(zone.trim())?;
    }
    let tz = book.time_zone()?;
    if ctx.json {
        return print_json(&serde_json::json!({ "time_zone": tz.name() }));
    }
    let verb = if a.tz.is_some() { "is now" } else { "is" };
    print(&format!(
        "Your time zone {verb} {} (it is {} there).\n",
        tz.name(),
        book.wall_now(tz).format("%Y-%m-%d %H:%M")
    ))
}

#[derive(Debug, Args)]
pub struct SettingsArgs {
    /// Set your time zone (IANA name, e.g. Europe/Paris): due times and "today" follow it
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
}
