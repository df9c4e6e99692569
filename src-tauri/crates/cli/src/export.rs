//! `liaison export json|csv|vcard|ics|dossier`: the book, a person, an event or a list as a file, to stdout or `--out`.

use crate::book::{open, Open};
use crate::fail::{Failure, Outcome};
use crate::io_args::{CsvWhat, ExportArgs, ExportFormat};
use crate::output::{note, print_json};
use crate::{job, Ctx};
use liaison_core::{replace_file, BundleScope, CsvExportOptions, ErrorBody, ErrorCode};
use std::io::{ErrorKind, Write};
use std::path::Path;

pub fn run(a: ExportArgs, ctx: &Ctx) -> Outcome {
    let by_list = a.list.is_some();
    let list_format = matches!(
        a.format,
        ExportFormat::Json | ExportFormat::Csv | ExportFormat::Vcard
    );
    // A list is people: no calendar or dossier of a list, no list of interactions.
    if by_list && (!list_format || a.what.is_some_and(|w| w != CsvWhat::People)) {
        return Err(Failure::invalid(
            "--list",
            "--list exports a list's people: `export json`, `export csv` (people) or `export vcard`",
        ));
    }
    if a.format != ExportFormat::Csv && (a.what.is_some() || a.bom || a.semicolon) {
        return Err(Failure::invalid(
            "--what",
            "--what, --bom and --semicolon apply to `export csv` only",
        ));
    }
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let list = a
        .list
        .as_deref()
        .map(|l| crate::list::resolve(&book, l))
        .transpose()?;
    // The people a csv or vcard export writes: a list's members, one person, or everyone.
    let chosen = match &list {
        Some(l) => Some(book.list_member_ids(l)?),
        None => a.person.clone().map(|p| vec![p]),
    };
    let person = a.person.as_deref();
    let csv = CsvExportOptions {
        bom: a.bom,
        semicolon: a.semicolon,
    };
    let bytes: Vec<u8> = match a.format {
        ExportFormat::Json => {
            let scope = match (&a.person, &a.event) {
                _ if list.is_some() => BundleScope::List {
                    id: list.clone().unwrap_or_default(),
                },
                (Some(id), _) => BundleScope::Person { id: id.clone() },
                (None, Some(id)) => BundleScope::Event { id: id.clone() },
                (None, None) => BundleScope::All,
            };
            // Into the file as it is made: a whole book is never held in memory.
            if let Some(path) = &a.out {
                let len = job::run("exporting", |p| book.bundle_export_file(&scope, path, p))?;
                return wrote(path, len, ctx);
            }
            job::run("exporting", |p| book.bundle_export(&scope, p))?
        }
        ExportFormat::Csv => match (a.what.unwrap_or(CsvWhat::People), &a.event) {
            (CsvWhat::People, Some(e)) => book.event_attendees_csv(e)?.text.into_bytes(),
            (_, Some(_)) => {
                return Err(Failure::invalid(
                    "--event",
                    "with --event, `export csv` writes the event's attendees (--what people)",
                ))
            }
            (CsvWhat::People, None) => book.people_csv(chosen.as_deref(), csv)?,
            (CsvWhat::Interactions, None) => book.interactions_csv(person, csv)?,
            (CsvWhat::Followups, None) => book.followups_csv(person, csv)?,
        },
        ExportFormat::Vcard => {
            if a.event.is_some() {
                return Err(Failure::invalid(
                    "--event",
                    "`export vcard` takes --person, --list or nothing",
                ));
            }
            book.vcard_export(chosen.as_deref())?.into_bytes()
        }
        ExportFormat::Ics => match &a.event {
            Some(e) => book.event_ics(e)?.text.into_bytes(),
            None => book.calendar_ics(person)?.into_bytes(),
        },
        ExportFormat::Dossier => match (&a.person, &a.event) {
            (Some(p), _) => book.person_dossier(p)?.into_bytes(),
            (None, Some(e)) => book.event_dossier(e)?.into_bytes(),
            (None, None) => {
                return Err(Failure::invalid(
                    "--person",
                    "`export dossier` needs --person ID or --event ID",
                ))
            }
        },
    };
    match &a.out {
        None => stdout(&bytes),
        Some(path) => {
            write(path, &bytes)?;
            wrote(path, bytes.len() as u64, ctx)
        }
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

/// Bytes as they are (a bundle or a BOM must not be re-encoded); a closed pipe is no failure.
fn stdout(bytes: &[u8]) -> Outcome {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|_| out.flush()) {
        Err(e) if e.kind() != ErrorKind::BrokenPipe => {
            Err(io(format!("could not write the output: {e}")))
        }
        _ => Ok(()),
    }
}

/// Beside the target first, then renamed (`files::replace_file`): an interrupted export never
/// leaves half a file.
fn write(path: &Path, bytes: &[u8]) -> Outcome {
    let fail = |e: std::io::Error| io(format!("could not write {}: {e}", path.display()));
    replace_file(path, |w| w.write_all(bytes).map_err(fail), fail).map(drop)
}

fn io(message: String) -> Failure {
    Failure(ErrorBody {
        code: ErrorCode::Io,
        message,
        fields: Vec::new(),
    })
}
