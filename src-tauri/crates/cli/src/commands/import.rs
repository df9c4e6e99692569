//! `liaison import csv|vcard|bundle`: a file (a CSV file or a workbook's sheet, a vCard file, a teammate's bundle) into the book, all or nothing, with a summary a person or a script reads.

use clap::{Args, Subcommand};
use std::path::PathBuf;

use crate::book::{open, Open};
use crate::fail::{Failure, Outcome};
use crate::output::{note, print, print_json};
use crate::{job, Ctx};
use liaison_core::BundleReport;
use liaison_core::ErrorBody;
use liaison_core::{ColumnMap, CsvField, ImportOptions, ImportReport, ImportSource, MergeKey};
use liaison_core::{ErrorCode, FieldError};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

pub fn run(cmd: ImportCmd, ctx: &Ctx) -> Outcome {
    match cmd {
        ImportCmd::Csv(a) => csv(a, ctx),
        ImportCmd::Vcard(a) => vcard(a, ctx),
        ImportCmd::Bundle(a) => bundle(a, ctx),
    }
}

fn read(path: &Path) -> Outcome<Vec<u8>> {
    std::fs::read(path).map_err(|source| {
        Failure::from(liaison_core::Error::Io {
            path: path.display().to_string(),
            source,
        })
    })
}

/// The person's choices, and the file's name recorded with each person it creates or changes.
fn options(a: &ImportArgs) -> ImportOptions {
    ImportOptions {
        overwrite: a.overwrite,
        valid_only: a.valid_only,
        dry_run: a.dry_run,
        force: a.force,
        source: ImportSource::file(&a.file, Default::default()),
    }
}

fn csv(a: CsvImportArgs, ctx: &Ctx) -> Outcome {
    let bytes = read(&a.common.file)?;
    let book = open(ctx.db.clone(), Open::CreateIfMissing)?;
    let sheet = a.sheet.as_deref();
    let mapping = match &a.mapping {
        None => None,
        Some(path) => {
            let preview = book.csv_preview_sheet(&bytes, sheet, 0)?;
            Some(mapping(path, &preview.headers, preview.mapping)?)
        }
    };
    let opts = options(&a.common);
    let report = job::run("importing", |p| {
        book.csv_import_sheet(&bytes, sheet, mapping, &opts, p)
    })?;
    // A workbook's problems name the sheet their row numbers are in; asked only then, since
    // it reads the file again.
    let sheet = match report.error_count {
        0 => None,
        _ => book.csv_preview_sheet(&bytes, sheet, 0)?.sheet,
    };
    summary(&report, &opts, sheet.as_deref(), ctx)
}

fn vcard(a: ImportArgs, ctx: &Ctx) -> Outcome {
    let bytes = read(&a.file)?;
    let book = open(ctx.db.clone(), Open::CreateIfMissing)?;
    let opts = options(&a);
    let report = job::run("importing", |p| book.vcard_import(&bytes, &opts, p))?;
    summary(&report, &opts, None, ctx)
}

fn bundle(a: BundleImportArgs, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::CreateIfMissing)?;
    // Streamed from the file: a whole book's bundle is never held in memory.
    let r: BundleReport = job::run("merging", |p| {
        book.bundle_import_file(&a.file, a.dry_run, a.force, p)
    })?;
    if ctx.json {
        return print_json(&r);
    }
    let verb = if r.written {
        "merged"
    } else {
        "would merge (dry run: nothing written)"
    };
    print(&format!(
        "{verb}: {} added, {} updated, {} unchanged, {} deleted, {} conflicts (from {})\n",
        r.added, r.updated, r.unchanged, r.deleted, r.conflict_count, r.origin
    ))?;
    if r.merges_applied > 0 {
        note(&format!(
            "{} merge(s) of two people made in the teammate's book were made here too",
            r.merges_applied
        ));
    }
    for c in &r.conflicts {
        note(&format!(
            "conflict: {} {}: kept {}: {}",
            c.kind, c.id, c.kept, c.reason
        ));
    }
    Ok(())
}

/// Prints the report; invalid rows that stopped the import (or would have) are a failure with
/// one `line N, COLUMN` field per problem (`sheet “S”, line N, COLUMN` in a workbook), exit
/// status 2.
fn summary(r: &ImportReport, opts: &ImportOptions, sheet: Option<&str>, ctx: &Ctx) -> Outcome {
    let at = |line: u32| match sheet {
        Some(s) => format!("sheet “{s}”, line {line}"),
        None => format!("line {line}"),
    };
    if ctx.json {
        print_json(r)?;
    } else {
        let verb = if r.written {
            "imported"
        } else {
            "would import (nothing written)"
        };
        print(&format!(
            "{verb}: {} created, {} merged, {} skipped\n",
            r.created, r.merged, r.skipped
        ))?;
    }
    // LinkedIn's notes above its header: the person learns they were seen and left out.
    if r.skipped_lines > 0 {
        note(&liaison_core::skipped_lines_message(
            liaison_core::Lang::from_env(),
            r.skipped_lines,
        ));
    }
    // Photos given as web addresses: kept as links, said once for the whole file.
    if r.photo_links > 0 {
        note(&liaison_core::photo_links_message(
            liaison_core::Lang::from_env(),
            r.photo_links,
        ));
    }
    // Values kept as written in a note, and rows that were someone already known: the import
    // went on, and the person reading it learns what became of those rows.
    for w in &r.warnings {
        note(&format!(
            "kept as written: line {}, {}: {}",
            w.line, w.field, w.message
        ));
    }
    for m in &r.merges {
        let with = match m.with_line {
            Some(l) => format!("{} (line {l})", m.name),
            None => m.name.clone(),
        };
        let by = match m.by {
            MergeKey::Email => "e-mail",
            MergeKey::Handle => "profile",
            MergeKey::Phone => "phone number",
        };
        note(&format!("line {}: same person as {with}, by {by}", m.line));
    }
    let stopped = r.error_count > 0 && !opts.valid_only;
    if !stopped {
        for e in &r.errors {
            note(&format!(
                "skipped: {}, {}: {}",
                at(e.line),
                e.field,
                e.message
            ));
        }
        return Ok(());
    }
    let more = r.error_count as usize - r.errors.len();
    Err(Failure(ErrorBody {
        code: ErrorCode::Validation,
        message: format!(
            "{} problem(s) in the file{}; nothing was written (--valid-only imports the valid rows)",
            r.error_count,
            if more > 0 { format!(", the first {} listed", r.errors.len()) } else { String::new() }
        ),
        fields: r
            .errors
            .iter()
            .map(|e| FieldError::new(format!("{}, {}", at(e.line), e.field), e.message.clone()))
            .collect(),
        problem: None,
    }))
}

/// Reads a mapping file (`{ "<header>": "<field>[:platform]" }`) over the preview's mapping.
fn mapping(path: &Path, headers: &[String], mut map: Vec<ColumnMap>) -> Outcome<Vec<ColumnMap>> {
    let bad = |msg: String| Failure::invalid("--mapping", msg);
    let text = read(path)?;
    let given: BTreeMap<String, String> = serde_json::from_slice(&text).map_err(|e| {
        bad(format!(
            "{} is not a mapping file ({e}); it is a JSON object such as {{\"Nom\": \"last_name\"}}",
            path.display()
        ))
    })?;
    for (header, target) in given {
        let Some(i) = headers.iter().position(|h| h.trim() == header.trim()) else {
            return Err(bad(format!(
                "the file has no column {header:?}; its columns are {}",
                headers.join(", ")
            )));
        };
        let (field, platform) = match target.split_once(':') {
            Some((f, p)) => (f, Some(p)),
            None => (target.as_str(), None),
        };
        let field: CsvField = serde_json::from_value(Value::String(field.trim().to_lowercase()))
            .map_err(|_| {
                bad(format!(
                    "{target:?} (for {header:?}) is not a field; see `liaison import --help`"
                ))
            })?;
        let platform = match platform {
            None => None,
            Some(p) => Some(
                serde_json::from_value(Value::String(p.trim().to_lowercase()))
                    .map_err(|_| bad(format!("{p:?} (for {header:?}) is not a platform")))?,
            ),
        };
        map[i] = ColumnMap { field, platform };
    }
    Ok(map)
}

/// Shown under `liaison import --help`: the mapping file is a contract with people's scripts.
pub const MAPPING_HELP: &str = "\
Workbooks: `import csv` also reads Excel (.xlsx, .xls) and LibreOffice (.ods) files, by their
content; --sheet NAME picks the sheet (default: the first one holding anything). Dates read as
YYYY-MM-DD, numbers as the cells hold them; line numbers are the sheet's row numbers.

Mapping file (--mapping, CSV and workbooks only): a JSON object from a column header of the file to the field
it fills, e.g.
  { \"Nom\": \"last_name\", \"Prénom\": \"first_name\", \"Courriel\": \"email\",
    \"Abonnés TikTok\": \"followers:tiktok\", \"Interne\": \"ignore\" }
Fields: ignore, first_name, middle_name, last_name, display_name, pronouns, email, phone, city,
country, time_zone, language, website, employer, title, birthday, connected_on, bio, topics,
tags, note, kind, stage, source, handle, platform, followers; `handle` and `followers` take a
platform after a colon (handle:instagram).
Columns the file does not name keep the mapping remembered for these headers, else the guess
from English and French headers. A mapping used for a written import is remembered.

All or nothing: any invalid row stops the import with nothing written and lists each problem
as `line N, COLUMN: reason` (exit status 2); --valid-only imports the other rows.
Fail-safe: an --overwrite import, or a bundle merge, that would overwrite or delete more than
half of the book's records stops with nothing written (exit status 9, code
`confirm_required`); run it again with --force to go ahead.
Ctrl+C cancels a running import: nothing is written (exit status 8).";

#[derive(Debug, Subcommand)]
pub enum ImportCmd {
    /// People from a CSV file (`,` `;` or tab; UTF-8, UTF-16 or Windows-1252) or a sheet of an
    /// Excel or LibreOffice workbook (.xlsx, .xls, .ods)
    #[command(visible_alias = "workbook")]
    Csv(CsvImportArgs),
    /// People from a vCard file (2.1, 3.0 or 4.0)
    Vcard(ImportArgs),
    /// A teammate's JSON bundle, merged by id (newest wins; deletions follow tombstones)
    Bundle(BundleImportArgs),
}

#[derive(Debug, Args)]
pub struct CsvImportArgs {
    #[command(flatten)]
    pub common: ImportArgs,
    /// A JSON file mapping column headers to fields (see below)
    #[arg(long, value_name = "FILE")]
    pub mapping: Option<PathBuf>,
    /// The sheet of a workbook to import (default: the first one holding anything)
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The file to import
    pub file: PathBuf,
    /// Report what would happen; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Import the valid rows and skip the invalid ones (default: any invalid row stops it all)
    #[arg(long)]
    pub valid_only: bool,
    /// On a duplicate, replace stored values by the file's (default: only fill empty fields)
    #[arg(long)]
    pub overwrite: bool,
    /// Go ahead even when more than half of the book would be overwritten
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct BundleImportArgs {
    /// The bundle (.json) to merge
    pub file: PathBuf,
    /// Report what would change; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Go ahead even when more than half of the book would be replaced or deleted
    #[arg(long)]
    pub force: bool,
}
