//! `liaison export json|csv|vcard|ics|dossier|everything`: the book, a person, an event, a list, a smart list or some people as a file, to stdout or `--out`.
//!
//! Some people are picked as `person bulk` picks them: by `--ids`, or by the `person list`
//! filters under their `where-` names (`--where-stage engaged`), renamed when the command is
//! built (`bulk::rename_filters`) because `--list` and `--person` already name a scope here.

use clap::{Args, ValueEnum};
use std::path::PathBuf;

use crate::book::{open, Open};
use crate::commands::listing::FilterArgs;
use crate::fail::{Failure, Outcome};
use crate::output::{note, print_bytes, print_json};
use crate::{job, Ctx};
use liaison_core::{CsvExportOptions, DossierLang};
use liaison_core::{ExportOf, ExportSpec, ExportWhat, VcardVersion};
use std::path::Path;

pub fn run(a: ExportArgs, ctx: &Ctx) -> Outcome {
    if a.format != ExportFormat::Csv && (a.what.is_some() || a.bom || a.semicolon) {
        return Err(Failure::invalid(
            "--what",
            "--what, --bom and --semicolon apply to `export csv` only",
        ));
    }
    let dossier = matches!(a.format, ExportFormat::Dossier | ExportFormat::Everything);
    if !dossier && a.lang.is_some() {
        return Err(Failure::invalid(
            "--lang",
            "--lang applies to `export dossier` and `export everything` only",
        ));
    }
    // Two files, the bundle and the dossier beside it: stdout holds one.
    if a.format == ExportFormat::Everything && a.out.is_none() {
        return Err(Failure::invalid(
            "--out",
            "`export everything` writes the bundle at --out FILE and the dossier beside it (FILE with .html): give --out",
        ));
    }
    if a.format != ExportFormat::Vcard && a.vcard_version.is_some() {
        return Err(Failure::invalid(
            "--version",
            "--version applies to `export vcard` only",
        ));
    }
    // Whether the format fits the scope is the core's rule, checked before the book opens.
    let typed = (chooses_people(&a).then(|| ExportOf::People(Vec::new())))
        .or_else(|| a.smart_list.clone().map(ExportOf::SmartList))
        .or_else(|| a.list.clone().map(ExportOf::List));
    if chooses_people(&a)
        && (a.smart_list.is_some() || a.list.is_some() || a.person.is_some() || a.event.is_some())
    {
        return Err(Failure::invalid(
            "--ids",
            "--ids and the --where-… filters pick people themselves: not with --person, --event, --list or --smart-list",
        ));
    }
    spec(&a, typed).check()?;
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let list = a
        .list
        .as_deref()
        .map(|l| crate::commands::list::resolve(&book, l))
        .transpose()?
        .map(ExportOf::List);
    let smart = a
        .smart_list
        .as_deref()
        .map(|s| crate::commands::smart_list::resolve(&book, s))
        .transpose()?
        .map(|s| ExportOf::SmartList(s.id));
    let picked = picked(&a, &book)?;
    let export = book.export(&spec(&a, picked.or(smart).or(list)))?;
    match &a.out {
        // Into the file as it is made: a whole book is never held in memory.
        Some(path) => {
            let len = job::run("exporting", |p| book.export_write(&export, path, p))?;
            let beside =
                (a.format == ExportFormat::Everything).then(|| path.with_extension("html"));
            wrote(path, len, beside.as_deref(), ctx)
        }
        None => print_bytes(&job::run("exporting", |p| book.export_bytes(export, p))?),
    }
}

/// Whether `--ids` or a `--where-…` filter picks the people to export (a filter flag left at
/// its default picks no one: the scope flags decide).
fn chooses_people(a: &ExportArgs) -> bool {
    !a.ids.is_empty() || a.name.is_some() || given(&a.filter)
}

/// Whether any `--where-…` filter was given: the flags differ from none given.
fn given(f: &FilterArgs) -> bool {
    f.relation != crate::commands::worklist::RelationArgs::default()
        || liaison_core::PersonFilter::from(f.clone()) != liaison_core::PersonFilter::default()
}

/// The people `--ids` names, or everyone the `--where-…` filters match now.
fn picked(a: &ExportArgs, book: &liaison_core::Book) -> Outcome<Option<ExportOf>> {
    if !a.ids.is_empty() {
        let ids = a.ids.iter().map(|i| i.trim().to_string()).collect();
        return Ok(Some(ExportOf::People(ids)));
    }
    if !chooses_people(a) {
        return Ok(None);
    }
    let mut filter = a.filter.clone().into_filter(book)?;
    filter.query = a.name.clone();
    Ok(Some(ExportOf::People(book.person_ids_matching(&filter)?)))
}

/// The export the flags ask for; `list` is the list's id once resolved.
fn spec(a: &ExportArgs, list: Option<ExportOf>) -> ExportSpec {
    let of = list
        .or_else(|| a.person.clone().map(ExportOf::Person))
        .or_else(|| a.event.clone().map(ExportOf::Event))
        .unwrap_or_default();
    let what = match (a.format, a.what.unwrap_or(CsvWhat::People)) {
        (ExportFormat::Json, _) => ExportWhat::Bundle,
        // With --event, `export csv` writes the event's attendees.
        (ExportFormat::Csv, CsvWhat::People) if a.event.is_some() => ExportWhat::Attendees,
        (ExportFormat::Csv, CsvWhat::People) => ExportWhat::People,
        (ExportFormat::Csv, CsvWhat::Interactions) => ExportWhat::Interactions,
        (ExportFormat::Csv, CsvWhat::Followups) => ExportWhat::Followups,
        (ExportFormat::Vcard, _) => ExportWhat::Vcard,
        (ExportFormat::Ics, _) => ExportWhat::Ics,
        (ExportFormat::Dossier, _) => ExportWhat::Dossier,
        (ExportFormat::Everything, _) => ExportWhat::Everything,
    };
    ExportSpec {
        what,
        of,
        csv: CsvExportOptions {
            bom: a.bom,
            semicolon: a.semicolon,
        },
        vcard: match a.vcard_version.unwrap_or_default() {
            VcardArg::V3 => VcardVersion::V3,
            VcardArg::V4 => VcardVersion::V4,
        },
        // The book keeps no language (the app's is the window's own), so English unless said.
        lang: a.lang.unwrap_or_default(),
    }
}

/// `en` or `fr`, read as the app reads its language (`fr-FR` is French).
fn parse_lang(s: &str) -> Result<DossierLang, String> {
    DossierLang::parse(s).ok_or_else(|| "en or fr".to_string())
}

/// Says where the export went and how big it is (and where the dossier beside it went).
fn wrote(path: &Path, len: u64, beside: Option<&Path>, ctx: &Ctx) -> Outcome {
    if ctx.json {
        let mut out = serde_json::json!({ "path": path, "bytes": len });
        if let Some(d) = beside {
            out["dossier"] = serde_json::json!(d);
        }
        print_json(&out)
    } else {
        note(&format!("wrote {len} bytes to {}", path.display()));
        if let Some(d) = beside {
            note(&format!("and the dossier beside it: {}", d.display()));
        }
        Ok(())
    }
}

/// What `liaison export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// A JSON bundle for a teammate: everything, one person, one event or one list
    Json,
    /// CSV: people (or an event's attendees with --event), interactions or follow-ups (--what)
    Csv,
    /// vCard (3.0, or 4.0 with --version 4.0): everyone, one person, or a list's members
    Vcard,
    /// iCalendar: open follow-ups, events and meetups; everyone's, a person's or an event's
    Ics,
    /// A printable HTML dossier of a person, an event's attendee sheet, or a list's or smart list's sheet
    Dossier,
    /// Everything about a person (right of access): the bundle at --out, the dossier beside it
    Everything,
}

/// Which vCard `export vcard` writes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum VcardArg {
    /// RFC 2426: what Outlook and Google Contacts import
    #[default]
    #[value(name = "3.0")]
    V3,
    /// RFC 6350
    #[value(name = "4.0")]
    V4,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CsvWhat {
    People,
    Interactions,
    Followups,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    pub format: ExportFormat,
    /// Write to FILE instead of stdout
    #[arg(long, short, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Only this person (by id)
    #[arg(long, value_name = "ID", conflicts_with_all = ["scope_event", "list"])]
    pub person: Option<String>,
    /// Only this event (by id)
    // Its own id: the `--where-event` filter is `event` too.
    #[arg(
        id = "scope_event",
        long = "event",
        value_name = "ID",
        conflicts_with = "list"
    )]
    pub event: Option<String>,
    /// Only this list's members (by list id or name): json, csv (people), vcard and dossier
    #[arg(long, value_name = "ID")]
    pub list: Option<String>,
    /// Whoever this smart list holds now (by id or name): json, csv (people), vcard and dossier
    #[arg(long, value_name = "ID", conflicts_with_all = ["list", "person", "scope_event"])]
    pub smart_list: Option<String>,
    /// Only these people (ids, comma-separated): json, csv (people) and vcard
    #[arg(long, value_delimiter = ',', value_name = "ID,ID…")]
    pub ids: Vec<String>,
    /// Only people whose name, handle, e-mail or phone number begins with these words
    #[arg(long = "where-name", value_name = "TEXT", help_heading = "Filters")]
    pub name: Option<String>,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// For csv: which records [default: people]
    #[arg(long, value_enum)]
    pub what: Option<CsvWhat>,
    /// For csv: start with a byte order mark, so Excel reads accents right (French Excel wants
    /// --bom --semicolon). Plain UTF-8 with commas by default, whatever LANG says: the same
    /// command gives the same bytes on every machine, for the scripts that read them.
    #[arg(long)]
    pub bom: bool,
    /// For csv: separate with `;` (French Excel)
    #[arg(long)]
    pub semicolon: bool,
    /// For dossier and everything: the dossier's language, en or fr [default: en]
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<DossierLang>,
    /// For vcard: 3.0 (Outlook, Google Contacts) or 4.0 [default: 3.0]
    #[arg(long = "version", value_name = "VERSION", value_enum)]
    pub vcard_version: Option<VcardArg>,
}
