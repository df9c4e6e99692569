//! `log` and `timeline`: writing down what happened with whom, and reading it back newest first.

use crate::commands::PERSON_HELP;
use crate::values::{exchange_parser, interaction_kind_parser};
use clap::{ArgGroup, Args};
use liaison_core::{Exchange, InteractionKind};

use crate::book::{open, Open};
use crate::fail::{Failure, Outcome};
use crate::output::{label, note, print, print_json, shell_quote};
use crate::table::{Column, Table};
use crate::{who, Ctx};
use chrono_tz::Tz;
use liaison_core::{Direction, Interaction, InteractionInput, TimelineReq};
use std::io::Read;
use std::path::Path;

/// Prints only the new id, so `id=$(liaison log …)` works; `--json` prints the whole interaction.
pub fn log(a: LogArgs, ctx: &Ctx) -> Outcome {
    // Read the body before opening the book: a missing file is reported before anything else.
    let body = body(a.body.as_deref(), a.body_file.as_deref())?;
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let tz = book.time_zone()?;
    let occurred_at = match a.at.as_deref() {
        None => None,
        Some(s) => Some(
            book.happened_at(s, tz)
                .ok_or_else(|| {
                    Failure::invalid(
                        "--at",
                        format!(
                            "--at '{s}' is not a time; write \"2026-11-22 14:30\", 2026-11-22, \
                             14:30, yesterday, \"yesterday 18:00\" or RFC 3339 (read in {})",
                            tz.name()
                        ),
                    )
                })?
                .to_rfc3339(),
        ),
    };
    let people = who::resolve_all(&book, &a.people)?;
    let ids: Vec<String> = people.iter().map(|p| p.id.clone()).collect();
    let warnings = crate::warnings::check(&book, &ids, liaison_core::ConflictAction::Log)?;
    let colleague = match a.colleague.as_deref() {
        Some(c) => {
            let id = book.colleague_find(c)?.id;
            super::team::warn_before_logging(&book, &ids, &id, occurred_at.as_deref())?;
            Some(id)
        }
        None => None,
    };
    let input = InteractionInput {
        kind: a.kind,
        direction: match (a.given, a.received) {
            (true, _) => Direction::Given,
            (_, true) => Direction::Received,
            _ => Direction::Neutral,
        },
        exchange: a.what,
        occurred_at,
        channel: a.channel.unwrap_or_default(),
        our_side: a.our_side.unwrap_or_default(),
        body,
        people: ids,
        event_id: None,
        colleague_id: colleague,
    };
    let saved = book.interaction_create(input)?;
    if ctx.json {
        crate::warnings::print_json_warned(&saved, &warnings)
    } else {
        note(&format!(
            "Logged {} with {} at {}.",
            label(saved.kind.as_str()),
            saved.person_names.join(", "),
            crate::output::show_time(&saved.occurred_at, tz)
        ));
        print(&format!("{}\n", saved.id))
    }
}

/// `--body TEXT`, `--body -` or `--body-file FILE|-`: stdin is read only when asked for, so a
/// script's stray stdin never becomes a body by accident.
fn body(text: Option<&str>, file: Option<&Path>) -> Outcome<String> {
    match (text, file) {
        (Some("-"), _) => read_stdin("--body"),
        (Some(t), _) => Ok(t.to_string()),
        (None, Some(p)) if p.as_os_str() == "-" => read_stdin("--body-file"),
        (None, Some(p)) => std::fs::read_to_string(p).map_err(|e| {
            Failure::invalid(
                "--body-file",
                format!("could not read {}: {e}", p.display()),
            )
        }),
        (None, None) => Ok(String::new()),
    }
}

pub fn read_stdin(flag: &str) -> Outcome<String> {
    let mut s = String::new();
    std::io::stdin()
        .read_to_string(&mut s)
        .map_err(|e| Failure::invalid(flag, format!("could not read stdin: {e}")))?;
    Ok(s)
}

/// JSON: an array of interactions, newest first, like `person list`; the next-page cursor goes
/// to stderr so stdout stays exactly the array.
pub fn timeline(a: TimelineArgs, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let tz = book.time_zone()?;
    let person = who::resolve(&book, &a.person)?;
    let mut req = TimelineReq {
        person_id: person.id.clone(),
        kind: a.kind,
        cursor: a.cursor,
        limit: a.limit,
    };
    let mut items = Vec::new();
    let next = loop {
        let page = book.timeline_list(&req)?;
        items.extend(page.items);
        match page.next_cursor {
            Some(c) if a.all => req.cursor = Some(c),
            next => break next,
        }
    };
    if ctx.json {
        print_json(&items)?;
    } else if items.is_empty() {
        note(&format!(
            "Nothing logged with {} yet: `liaison log {} --kind call …` adds something.",
            person.display_name,
            shell_quote(&person.id)
        ));
    } else {
        print(&format!(
            "{}\n{}",
            person.display_name,
            table(&items, &person.id, tz)
        ))?;
    }
    if let Some(c) = next {
        note(&format!(
            "{} shown; for the next page, repeat the command with --cursor {} (or use --all)",
            items.len(),
            shell_quote(&c)
        ));
    }
    Ok(())
}

/// When, what, which way, with whom else, and the first line of the body; the id last, whole.
fn table(items: &[Interaction], person_id: &str, tz: Tz) -> String {
    let col = |heading, max| Column { heading, max };
    let mut t = Table::new(vec![
        col("WHEN", 16),
        col("KIND", 17),
        col("WAY", 30),
        col("ALSO WITH", 24),
        col("WHAT HAPPENED", 50),
        col("ID", 40),
    ]);
    for i in items {
        let way = match (i.direction, i.exchange) {
            (Direction::Neutral, _) => String::new(),
            (d, None) => d.as_str().to_string(),
            (d, Some(e)) => format!("{} {}", d.as_str(), label(e.as_str())),
        };
        let others: Vec<&str> = i
            .people
            .iter()
            .zip(&i.person_names)
            .filter(|(id, _)| id.as_str() != person_id)
            .map(|(_, n)| n.as_str())
            .collect();
        let mut what: Vec<String> = Vec::new();
        if !i.channel.is_empty() {
            what.push(format!("[{}]", i.channel));
        }
        if let Some(line) = i.body.lines().map(str::trim).find(|l| !l.is_empty()) {
            what.push(line.to_string());
        }
        if !i.our_side.is_empty() {
            what.push(format!("(with {})", i.our_side));
        }
        t.push(vec![
            crate::output::show_time(&i.occurred_at, tz),
            label(i.kind.as_str()),
            way,
            others.join(", "),
            what.join(" "),
            i.id.clone(),
        ]);
    }
    t.render()
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("way").args(["given", "received"])))]
pub struct LogArgs {
    #[arg(required = true, value_name = "PERSON", help = PERSON_HELP)]
    pub people: Vec<String>,
    /// What kind of contact it was
    #[arg(long, ignore_case = true, value_parser = interaction_kind_parser())]
    pub kind: InteractionKind,
    /// We gave them something (access, a gift, an introduction…)
    #[arg(long)]
    pub given: bool,
    /// They gave us something (a mention, content, a share…)
    #[arg(long)]
    pub received: bool,
    /// What was given or received; needs --given or --received
    #[arg(long, ignore_case = true, value_parser = exchange_parser())]
    pub what: Option<Exchange>,
    /// When it happened, in your time zone: "2026-11-22 14:30", 2026-11-22, 14:30, yesterday,
    /// "yesterday 18:00", or RFC 3339 with an offset [default: now]
    #[arg(long, value_name = "WHEN")]
    pub at: Option<String>,
    /// Where it happened: instagram, e-mail, the café on rue Oberkampf…
    #[arg(long)]
    pub channel: Option<String>,
    /// Who on our side took part, as free text
    #[arg(long, value_name = "NAME")]
    pub our_side: Option<String>,
    /// The colleague of the roster who had it (id or exact name); warns first when another
    /// colleague contacted the same people within the collision window
    #[arg(long, value_name = "COLLEAGUE")]
    pub colleague: Option<String>,
    /// What was said or done (Markdown); `-` reads it from stdin
    #[arg(long, value_name = "TEXT", conflicts_with = "body_file")]
    pub body: Option<String>,
    /// Read the body from a file; `-` reads stdin
    #[arg(long, value_name = "FILE")]
    pub body_file: Option<std::path::PathBuf>,
}

#[derive(Debug, Args)]
pub struct TimelineArgs {
    #[arg(value_name = "PERSON", help = PERSON_HELP)]
    pub person: String,
    /// Only this kind of contact
    #[arg(long, ignore_case = true, value_parser = interaction_kind_parser())]
    pub kind: Option<InteractionKind>,
    /// Interactions per page (at most 500) [default: 50]
    #[arg(long, value_name = "N")]
    pub limit: Option<u32>,
    /// Start after this point, as printed under the previous page
    #[arg(long, value_name = "C")]
    pub cursor: Option<String>,
    /// The whole timeline, not just the first page
    #[arg(long)]
    pub all: bool,
}
