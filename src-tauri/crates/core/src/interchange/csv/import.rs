//! CSV files in: the preview the mapping screen shows (guessed or remembered mapping, rows and their problems) and the import itself; reading the file is `read.rs`.

use crate::domain::validate::clean_person;
use crate::error::{Error, Result};
use crate::interchange::csv::dates::{day_order, DayOrder};
use crate::interchange::csv::guess::{guess_all, header_key, ColumnMap, CsvField};
use crate::interchange::csv::map::map_row;
use crate::interchange::csv::table::Table;
use crate::interchange::workbook::read_any;
use crate::interchange::{
    import_people, ImportOptions, ImportReport, Incoming, Progress, RowError, Rows,
};
use crate::store::followups::{set_setting, setting};
use crate::store::Db;
use serde::{Deserialize, Serialize};
use std::sync::atomic::Ordering::Relaxed;
use ts_rs::TS;

pub use super::read::read_table;
use std::borrow::Cow;

/// What the mapping screen shows before anything is written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CsvPreview {
    pub encoding: String,
    /// `,`, `;` or a tab.
    pub delimiter: String,
    pub headers: Vec<String>,
    /// One entry per column: the remembered mapping for this header set, else the guesses.
    pub mapping: Vec<ColumnMap>,
    /// True when `mapping` is one the user chose before for the same headers.
    pub remembered: bool,
    pub rows: Vec<PreviewRow>,
    /// Records in the file (blank rows not counted).
    pub total_rows: u32,
    /// Lines of notes before the header row that were skipped (LinkedIn's), 0 when the
    /// header is line 1.
    pub skipped_lines: u32,
    /// A workbook's worksheets, in its order; empty for a CSV file.
    pub sheets: Vec<String>,
    /// The sheet read: the one asked for, else the first visible one holding anything.
    #[ts(optional)]
    pub sheet: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PreviewRow {
    pub line: u32,
    pub cells: Vec<String>,
    /// What would stop this row from importing.
    pub problems: Vec<RowError>,
}

/// The preview: guessed or remembered mapping, and the first `n` rows with their problems.
/// `sheet` chooses a workbook's sheet (see `workbook::read_any`).
pub fn preview(db: &Db, bytes: &[u8], sheet: Option<&str>, n: usize) -> Result<CsvPreview> {
    let (table, sheets) = read_any(bytes, sheet)?;
    let headers = table.headers();
    let key = header_key(headers);
    let remembered = remembered_mapping(db.read(|c| setting(c, &key))?, headers);
    let mapping = remembered.clone().unwrap_or_else(|| guess_all(headers));
    let dates = dates_of(&table, &mapping);
    let rows = table
        .records()
        .take(n)
        .map(|(line, cells)| PreviewRow {
            line,
            problems: row_problems(headers, &mapping, line, &cells, dates),
            cells: cells.into_iter().map(Cow::into_owned).collect(),
        })
        .collect();
    Ok(CsvPreview {
        encoding: table.encoding().to_string(),
        delimiter: match table.delimiter() {
            b'\t' => "\t".into(),
            0 => String::new(),
            d => (d as char).to_string(),
        },
        total_rows: table.len() as u32,
        skipped_lines: table.skipped_lines(),
        remembered: remembered.is_some(),
        headers: headers.to_vec(),
        mapping,
        rows,
        sheet: sheets.as_ref().map(|s| s.chosen.clone()),
        sheets: sheets.map(|s| s.names).unwrap_or_default(),
    })
}

/// The order of day and month in the file's date columns (birthdays, LinkedIn's dates), read
/// from all their cells at once: one row cannot tell `05/06/1990` apart, the file can.
fn dates_of(table: &Table<'_>, mapping: &[ColumnMap]) -> DayOrder {
    let cols: Vec<usize> = mapping
        .iter()
        .enumerate()
        .filter(|(_, m)| matches!(m.field, CsvField::Birthday | CsvField::ConnectedOn))
        .map(|(i, _)| i)
        .collect();
    // No date column, no need to read the file for one.
    let records = table
        .records()
        .take(if cols.is_empty() { 0 } else { usize::MAX });
    let cells = records.flat_map(|(_, mut cells)| {
        cols.iter()
            .filter_map(|&i| cells.get_mut(i).map(std::mem::take))
            .collect::<Vec<_>>()
    });
    // No date tells: a `;` file (European Excel) or a French date header (French Outlook writes
    // commas but `Anniversaire` in day-first dates) is read day first.
    let french = cols.iter().any(|&i| {
        let h = crate::domain::fold::fold(table.headers().get(i).map_or("", String::as_str));
        ["anniversaire", "naissance", "connecte"]
            .iter()
            .any(|w| h.contains(w))
    });
    day_order(cells, table.delimiter() == b';' || french)
}

fn row_problems(
    headers: &[String],
    mapping: &[ColumnMap],
    line: u32,
    cells: &[Cow<'_, str>],
    dates: DayOrder,
) -> Vec<RowError> {
    let m = map_row(line, headers, mapping, cells, dates);
    let mut problems = m.errors;
    if let Err(Error::Validation(fields)) = clean_person(m.person) {
        problems.extend(fields.into_iter().map(|f| RowError {
            line,
            field: label(headers, mapping, &f.field),
            message: f.message,
        }));
    }
    problems
}

/// The mapping last used for these headers, as stored under `header_key(headers)`: read by a
/// preview through the reader, by an import through the writer it takes next anyway (so the
/// CLI's import never opens the reader, whose key derivation was 2.3 G of a 20k-row import's
/// 16.4 G instructions).
fn remembered_mapping(stored: Option<String>, headers: &[String]) -> Option<Vec<ColumnMap>> {
    stored
        .and_then(|s| serde_json::from_str::<Vec<ColumnMap>>(&s).ok())
        .filter(|m| m.len() == headers.len())
}

/// Imports a CSV file, or `sheet` of a workbook, with `mapping` (or the remembered or guessed
/// one); see `ImportOptions`. A mapping that was used for a written import is remembered for
/// the same header set.
pub fn import(
    db: &Db,
    now: &str,
    bytes: &[u8],
    sheet: Option<&str>,
    mapping: Option<Vec<ColumnMap>>,
    opts: &ImportOptions,
    progress: &Progress,
) -> Result<ImportReport> {
    let (table, _) = read_any(bytes, sheet)?;
    let headers = table.headers();
    let mapping = match mapping {
        Some(m) if m.len() != headers.len() => {
            return Err(Error::invalid(
                "mapping",
                format!(
                    "the mapping has {} columns but the file has {}",
                    m.len(),
                    headers.len()
                ),
            ))
        }
        Some(m) => m,
        None => {
            let key = header_key(headers);
            remembered_mapping(db.read_on_writer(|c| setting(c, &key))?, headers)
                .unwrap_or_else(|| guess_all(headers))
        }
    };
    let check = super::rules::check_mapping(&mapping);
    if check.no_name {
        return Err(Error::invalid(
            "mapping",
            "no column is mapped to a name (Nom, Prénom, Name…)",
        ));
    }
    if !check.clashes.is_empty() {
        // A second "City" column would silently overwrite the first: say which, import nothing.
        let names: Vec<&str> = check
            .clashes
            .iter()
            .filter_map(|&i| headers.get(i as usize).map(String::as_str))
            .collect();
        return Err(Error::invalid(
            "mapping",
            format!(
                "these columns fill the same field, so one would overwrite the other: {}; map one of them elsewhere or to “ignore”",
                names.join(", ")
            ),
        ));
    }
    let rows = MappedRows {
        dates: dates_of(&table, &mapping),
        table: &table,
        mapping: &mapping,
        photo_links: Default::default(),
    };
    let labeller = |f: &str| label(headers, &mapping, f);
    let opts = &super::contact_headers::recognised(opts, headers);
    let mut report = import_people(db, now, &rows, opts, progress, &labeller)?;
    report.skipped_lines = table.skipped_lines();
    report.photo_links = rows.photo_links.load(Relaxed);
    if report.written {
        let json = serde_json::to_string(&mapping).expect("a mapping always serialises");
        db.write(|tx| set_setting(tx, &header_key(headers), &json, now))?;
    }
    Ok(report)
}

/// The table's records through the mapping, read afresh each time the engine asks.
struct MappedRows<'a> {
    table: &'a Table<'a>,
    mapping: &'a [ColumnMap],
    dates: DayOrder,
    /// Photo links of the last pass over the rows (the engine may read them more than once).
    photo_links: std::sync::atomic::AtomicU32,
}

impl Rows for MappedRows<'_> {
    fn len(&self) -> usize {
        self.table.len()
    }

    fn each(&self, each: &mut dyn FnMut(Incoming) -> Result<()>) -> Result<()> {
        let headers = self.table.headers();
        self.photo_links.store(0, Relaxed);
        for (line, cells) in self.table.records() {
            let row = map_row(line, headers, self.mapping, &cells, self.dates);
            self.photo_links.fetch_add(row.photo_links, Relaxed);
            each(row.into_incoming(line))?;
        }
        Ok(())
    }
}

/// The column header a person field came from (`emails.0` → `Courriel`), else the field path.
fn label(headers: &[String], mapping: &[ColumnMap], field: &str) -> String {
    let root = field.split('.').next().unwrap_or(field);
    let wanted: &[CsvField] = match root {
        "emails" => &[CsvField::Email],
        "phones" => &[CsvField::Phone],
        "country" => &[CsvField::Country],
        "time_zone" => &[CsvField::TimeZone],
        "languages" => &[CsvField::Language],
        "website" => &[CsvField::Website],
        "channels" => &[CsvField::Handle, CsvField::Followers],
        "display_name" => &[
            CsvField::DisplayName,
            CsvField::LastName,
            CsvField::FirstName,
        ],
        _ => &[],
    };
    wanted
        .iter()
        .find_map(|w| mapping.iter().position(|m| m.field == *w))
        .and_then(|i| headers.get(i).cloned())
        .unwrap_or_else(|| field.to_string())
}
