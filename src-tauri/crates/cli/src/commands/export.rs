//! `liaison export json|csv|vcard|ics|dossier`: the book, a person, an event or a list as a file, to stdout or `--out`.

use clap::{Args, ValueEnum};
use std::path::PathBuf;

use crate::book::{open, Open};
use crate::fail::{Failure, Outcome};
use crate::output::{note, print_bytes, print_json};
use crate::{job, Ctx};
use liaison_core::CsvExportOptions;
use liaison_core::{ExportOf, ExportSpec, ExportWhat, VcardVersion};
use std::path::Path;

pub fn run(a: ExportArgs, ctx: &Ctx) -> Outcome {
    if a.format != ExportFormat::Csv && (a.what.is_some() || a.bom || a.semicolon) {
        return Err(Failure::invalid(
            "--what",
            "--what, --bom and --semicolon apply to `export csv` only",
        ));
    }
    if a.format != ExportFormat::Vcard && a.vcard_version.is_some() {
        return Err(Failure::invalid(
            "--version",
            "--version applies to `export vcard` only",
        ));
    }
    // Whether the format fits the scope is the core's rule, checked before the book opens.
    let typed = (a.smart_list.clone().map(ExportOf::SmartList))
        .or_else(|| a.list.clone().map(ExportOf::List));
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
    let export = book.export(&spec(&a, smart.or(list)))?;
    match &a.out {
        // Into the file as it is made: a whole book is never held in memory.
        Some(path) => {
            let len = job::run("exporting", |p| book.export_write(&export, path, p))?;
            wrote(path, len, ctx)
        }
        None => print_bytes(&job::run("exporting", |p| book.export_bytes(export, p))?),
    }
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
        // The CLI's dossier stays in English (no --lang flag yet).
        lang: Default::default(),
    }
}

/// Says where the export went and how big it is.
fn wrote(path: &Path, len: u64, ctx: &Ctx) -> Outcome {
    if ctx.json {
        print_json(&serde_json::json!({ "path": path, "bytes": len }))
    } else {
        note(&format!("wrote {len} bytes to {}", path.display()));
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
    /// A printable HTML dossier of a person, or an event's attendee sheet
    Dossier,
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
    #[arg(long, value_name = "ID", conflicts_with_all = ["event", "list"])]
    pub person: Option<String>,
    /// Only this event (by id)
    #[arg(long, value_name = "ID", conflicts_with = "list")]
    pub event: Option<String>,
    /// Only this list's members (by list id or name): json, csv (people) and vcard
    #[arg(long, value_name = "ID")]
    pub list: Option<String>,
    /// Whoever this smart list holds now (by id or name): csv (people) and vcard
    #[arg(long, value_name = "ID", conflicts_with_all = ["list", "person", "event"])]
    pub smart_list: Option<String>,
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
    /// For vcard: 3.0 (Outlook, Google Contacts) or 4.0 [default: 3.0]
    #[arg(long = "version", value_name = "VERSION", value_enum)]
    pub vcard_version: Option<VcardArg>,
}
