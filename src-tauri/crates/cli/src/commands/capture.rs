//! `capture "Amélie: loved it #beauty -> send deck fri"`: the app's quick-capture line from a
//! terminal. A name that fits several people never guesses: it fails, listing who it could be
//! and the `--choose` that settles it.

use clap::Args;
use liaison_core::InteractionKind;

use crate::book::{open, Open};
use crate::fail::{Failure, Outcome};
use crate::output::{note, print, print_json, shell_quote};
use crate::{who, Ctx};
use liaison_core::{Book, CaptureChoice, CapturePerson, CapturePreview, CaptureReq};

pub fn capture(a: CaptureArgs, ctx: &Ctx) -> Outcome {
    // A first capture at a booth may come before any `person add`: it starts the book, unless
    // it is a dry run, which must leave no trace (not even an empty file).
    let mode = if a.dry_run {
        Open::MustExist
    } else {
        Open::CreateIfMissing
    };
    let book = open(ctx.db.clone(), mode)?;
    let req = CaptureReq {
        choices: choices(&book, &a.choices)?,
        line: a.line,
        event_id: a.event.map(|e| e.trim().to_string()),
        no_event: a.no_event,
        kind: a.kind,
    };
    let preview = book.capture_preview(&req)?;
    // A dry run fails exactly when saving would, so a script can check a line before sending it.
    if let Some(f) = ambiguity(&preview) {
        return Err(f);
    }
    if !preview.problems.is_empty() {
        return Err(problems(&preview));
    }
    if a.dry_run {
        return if ctx.json {
            print_json(&preview)
        } else {
            print(&render(&preview))
        };
    }
    // The core plans the line again inside its transaction: what is saved is checked there.
    let saved = book.capture_save(&req)?;
    if ctx.json {
        return print_json(&saved);
    }
    let i = &saved.interaction;
    note(&format!(
        "Logged a {} with {}.",
        i.kind.as_str().replace('_', " "),
        i.person_names.join(", ")
    ));
    for p in &saved.created {
        note(&format!("New person: {} ({}).", p.display_name, p.id));
    }
    if let Some(f) = &saved.followup {
        note(&format!(
            "Follow-up: {}, due {}.",
            f.title,
            f.due_local.replace('T', " ")
        ));
    }
    if let Some(e) = &saved.event {
        note(&format!("At {}: marked met.", e.name));
    }
    print(&format!("{}\n", i.id))
}

/// `Marc=0192…`, `Marc=Marc Levy` (resolved like any PERSON) or `Marc=new`.
fn choices(book: &Book, typed: &[String]) -> Outcome<Vec<CaptureChoice>> {
    typed
        .iter()
        .map(|c| {
            let Some((text, person)) = c.split_once('=') else {
                return Err(Failure::invalid(
                    "--choose",
                    format!(
                        "--choose {} must read NAME=PERSON, e.g. \"Marc=0192…\" or \"Marc=new\"",
                        shell_quote(c)
                    ),
                ));
            };
            let person = person.trim();
            let person_id = if person.eq_ignore_ascii_case("new") || person.is_empty() {
                String::new()
            } else {
                who::resolve(book, person)?.id
            };
            Ok(CaptureChoice {
                text: text.trim().to_string(),
                person_id,
            })
        })
        .collect()
}

/// Every name that fits several people (or handle that fits no one), with a ready-to-paste
/// `--choose` per candidate.
fn ambiguity(p: &CapturePreview) -> Option<Failure> {
    let open: Vec<&CapturePerson> = p
        .people
        .iter()
        .filter(|w| w.person.is_none() && !w.is_new)
        .collect();
    if open.is_empty() {
        return None;
    }
    let mut message = String::new();
    for w in open {
        if !message.is_empty() {
            message.push('\n');
        }
        if w.candidates.is_empty() {
            // Only a handle is left open with no candidate (a new name is simply created).
            message.push_str(&format!(
                "No one has the handle '{}'; correct it, or make a new person with --choose:",
                w.text
            ));
        } else {
            message.push_str(&format!(
                "'{}' could be {} people; say which with --choose:",
                w.text,
                w.candidates.len()
            ));
        }
        for c in &w.candidates {
            let mut line = format!(
                "\n  --choose {}  {}",
                shell_quote(&format!("{}={}", w.text, c.id)),
                c.display_name
            );
            let extra: Vec<&str> = [c.primary_handle.as_deref().unwrap_or(""), c.city.as_str()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect();
            if !extra.is_empty() {
                line.push_str(&format!(" ({})", extra.join(", ")));
            }
            message.push_str(&line);
        }
        message.push_str(&format!(
            "\n  --choose {}  someone new",
            shell_quote(&format!("{}=new", w.text))
        ));
    }
    Some(Failure::invalid("--choose", message))
}

/// What else stops the line (no one named, nothing said), as one validation error on LINE.
fn problems(p: &CapturePreview) -> Failure {
    let words: Vec<String> = p.problems.iter().map(|x| x.message()).collect();
    Failure::invalid("LINE", words.join("\n"))
}

fn render(p: &CapturePreview) -> String {
    let mut out = String::from("Would save (dry run: nothing was written)\n");
    let mut row = |name: &str, value: String| out.push_str(&format!("  {name:<10} {value}\n"));
    let people: Vec<String> = p
        .people
        .iter()
        .map(|w| match &w.person {
            Some(s) => format!("{} ({})", s.display_name, s.id),
            None => format!("{} (new person)", w.text.trim_start_matches('@')),
        })
        .collect();
    row("who", people.join(", "));
    row("kind", p.kind.as_str().replace('_', " "));
    if !p.body.is_empty() {
        row("text", p.body.clone());
    }
    if !p.tags.is_empty() {
        let tags: Vec<String> = p.tags.iter().map(|t| format!("#{t}")).collect();
        row("tags", tags.join(" "));
    }
    if let (Some(due), Some(title)) = (&p.due_local, &p.followup_title) {
        let phrase = p
            .due_phrase
            .as_deref()
            .map(|s| format!(" (\"{s}\")"))
            .unwrap_or_default();
        row(
            "follow-up",
            format!("{title}, due {}{phrase}", due.replace('T', " ")),
        );
    }
    if let Some(e) = &p.event {
        row("event", format!("{} (marked met)", e.name));
    }
    out
}

#[derive(Debug, Args)]
pub struct CaptureArgs {
    /// One line: "Amélie: loved the demo #beauty -> send the deck fri". `Name:` or @handle says
    /// who (a new name adds a person), #tags tag them, a date phrase (fri, tomorrow, in 2 weeks,
    /// 3/12, vendredi, demain, dans 2 semaines, le 3 décembre) plans a follow-up
    #[arg(value_name = "LINE")]
    pub line: String,
    /// Link this event (and mark the people met) [default: the event under way now, if any]
    #[arg(long, value_name = "EVENT_ID", conflicts_with = "no_event")]
    pub event: Option<String>,
    /// Link no event, even if one is under way
    #[arg(long)]
    pub no_event: bool,
    /// Settle a name that fits several people: "Marc=PERSON" (an id or an unambiguous name),
    /// or "Marc=new" to add a new person (repeatable)
    #[arg(long = "choose", value_name = "NAME=PERSON")]
    pub choices: Vec<String>,
    /// What kind of contact [default: meeting at an event, else note]
    #[arg(long, ignore_case = true, value_parser = crate::values::interaction_kind_parser())]
    pub kind: Option<InteractionKind>,
    /// Show what would be saved, and save nothing
    #[arg(long)]
    pub dry_run: bool,
}
