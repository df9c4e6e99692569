//! Checks an `.ods` before calamine opens it: calamine reads every sheet at once and lays each out as a dense grid of values and of formulas, repeating rows and cells as `number-rows-repeated` and `number-columns-repeated` say, so an 870-byte file repeating one cell over 1,000 columns and 10,000 rows took 16 s and 1.9 GB to refuse. This reads `content.xml` as a stream and sizes those grids from the repeat counts alone, refusing what would not fit before anything is laid out.
//!
//! Hand-written because no crate answers "how big will calamine's grid be"; it reads with
//! quick-xml, the parser calamine uses, and follows calamine 0.38's `read_table`/`get_range`:
//! rows and columns capped as calamine caps them, empty cells only counted when a value follows.

use super::grid::MAX_ROWS;
use crate::error::{Error, Result};
use crate::file_problem::{FileProblem, FileProblemKind as K};
use quick_xml::events::{BytesStart, Event};
use std::io::{BufReader, Cursor};

/// The cells the grids of all sheets together may hold. calamine keeps each twice (a 32-byte
/// value and a 24-byte formula): 4M cells is ~230 MB, a sheet of 100,000 people in 40 columns.
const MAX_AREA: u64 = 4 << 20;
/// calamine's own caps on a sheet's rows and columns (`ods.rs`), which repeats are cut to.
const CALAMINE_ROWS: u64 = 1_048_576;
const CALAMINE_COLUMNS: u64 = 16_384;

/// `_why` is for whoever reads this code: the person gets the same sentence for any damage.
fn damaged(_why: impl std::fmt::Display) -> Error {
    FileProblem::new(K::WorkbookDamaged).format("ods").into()
}

fn too_big() -> Error {
    FileProblem::new(K::WorkbookTooLarge).into()
}

/// A repeat count; a missing one is 1, and one that is not a number is damage (calamine
/// would refuse it too).
fn repeats(e: &BytesStart<'_>, name: &str) -> Result<u64> {
    match e.try_get_attribute(name).map_err(damaged)? {
        None => Ok(1),
        Some(a) => a
            .value
            .trim()
            .parse()
            .map_err(|_| damaged("a repeat count is not a number")),
    }
}

/// Whether a cell holds something calamine keeps: a typed value, a formula, or content.
fn holds_value(e: &BytesStart<'_>, has_children: bool) -> Result<bool> {
    let typed = e
        .try_get_attribute("office:value-type")
        .map_err(damaged)?
        .is_some();
    let formula = e
        .try_get_attribute("table:formula")
        .map_err(damaged)?
        .is_some();
    Ok(typed || formula || has_children)
}

/// The grid one sheet spans, as the sheet is read.
#[derive(Default)]
struct Sheet {
    /// Rows so far (repeats counted, capped as calamine caps them).
    rows: u64,
    /// First and last row, first and last column holding a value.
    first_row: Option<u64>,
    last_row: u64,
    first_col: u64,
    last_col: u64,
}

impl Sheet {
    fn new() -> Self {
        Sheet {
            first_col: u64::MAX,
            ..Sheet::default()
        }
    }

    fn area(&self) -> u64 {
        match self.first_row {
            None => 0,
            Some(first) => (self.last_row - first + 1)
                .saturating_mul(self.last_col.saturating_sub(self.first_col) + 1),
        }
    }
}

/// A row being read: its repeat count, the column reached, the first and last columns holding
/// a value.
type Row = (u64, u64, Option<(u64, u64)>);

/// Refuses an `.ods` whose sheets calamine would lay out larger than `MAX_AREA` cells.
pub(super) fn check(bytes: &[u8]) -> Result<()> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(damaged)?;
    let content = zip.by_name("content.xml").map_err(damaged)?;
    let mut xml = quick_xml::Reader::from_reader(BufReader::new(content));
    let mut buf = Vec::new();
    // The cells calamine stores before expanding rows (each physical row up to its last
    // value), and the grids of the sheets already read.
    let (mut stored, mut laid_out) = (0u64, 0u64);
    let mut sheet = Sheet::new();
    // Within a row: its repeat count, the column reached, and the columns holding values.
    let mut row: Option<Row> = None;
    loop {
        let (start, has_children) = match xml.read_event_into(&mut buf).map_err(damaged)? {
            Event::Eof => break,
            Event::Start(e) => (e.into_owned(), true),
            Event::Empty(e) => (e.into_owned(), false),
            Event::End(e) => {
                match e.name().as_ref() {
                    "table:table-row" => {
                        let (times, _, values) = row.take().unwrap_or((1, 0, None));
                        if let Some((left, right)) = values {
                            stored = stored.saturating_add(right + 1);
                            sheet.first_row.get_or_insert(sheet.rows);
                            sheet.last_row = sheet.rows + times - 1;
                            sheet.first_col = sheet.first_col.min(left);
                            sheet.last_col = sheet.last_col.max(right);
                        }
                        sheet.rows += times;
                    }
                    "table:table" => {
                        // More rows than an import takes: refused now, not after calamine
                        // has laid them all out.
                        if sheet
                            .first_row
                            .is_some_and(|f| sheet.last_row - f >= MAX_ROWS as u64)
                        {
                            return Err(too_big());
                        }
                        laid_out = laid_out.saturating_add(sheet.area());
                        sheet = Sheet::new();
                    }
                    _ => {}
                }
                if stored > MAX_AREA || laid_out > MAX_AREA {
                    return Err(too_big());
                }
                buf.clear();
                continue;
            }
            _ => {
                buf.clear();
                continue;
            }
        };
        buf.clear();
        match start.name().as_ref() {
            "table:table-row" => {
                let asked = repeats(&start, "table:number-rows-repeated")?;
                let times = asked.min(CALAMINE_ROWS.saturating_sub(sheet.rows));
                row = Some((times, 0, None));
                if !has_children {
                    // An empty row element: no cells, nothing stored.
                    sheet.rows += times;
                    row = None;
                }
            }
            "table:table-cell" | "table:covered-table-cell" => {
                let Some((_, col, values)) = row.as_mut() else {
                    continue;
                };
                let times = repeats(&start, "table:number-columns-repeated")?
                    .min(CALAMINE_COLUMNS.saturating_sub(*col));
                if times > 0 && holds_value(&start, has_children)? {
                    let (left, _) = values.get_or_insert((*col, *col));
                    *values = Some((*left, *col + times - 1));
                }
                *col += times;
            }
            _ => {}
        }
    }
    // A sheet the file never closes is damage calamine reports; its size still counts.
    if laid_out.saturating_add(sheet.area()) > MAX_AREA {
        return Err(too_big());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn ods(rows: &str) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        let mut z = zip::ZipWriter::new(&mut out);
        let o = zip::write::SimpleFileOptions::default();
        z.start_file("mimetype", o).unwrap();
        z.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
            .unwrap();
        z.start_file("content.xml", o).unwrap();
        write!(
            z,
            r#"<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="S">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
        )
        .unwrap();
        z.finish().unwrap();
        out.into_inner()
    }

    const NAME: &str = r#"<table:table-row><table:table-cell office:value-type="string"><text:p>Name</text:p></table:table-cell></table:table-row>"#;

    #[test]
    fn a_cell_repeated_over_a_huge_box_is_refused_before_calamine() {
        let bomb = ods(&format!(
            r#"{NAME}<table:table-row table:number-rows-repeated="10000"><table:table-cell office:value-type="string" table:number-columns-repeated="1000"><text:p>x</text:p></table:table-cell></table:table-row>"#
        ));
        let err = check(&bomb).expect_err("10M cells from 870 bytes");
        assert_eq!(
            err.file_problem().map(|p| p.kind),
            Some(K::WorkbookTooLarge)
        );
    }

    #[test]
    fn more_rows_than_an_import_takes_are_refused_before_calamine() {
        let long = ods(&format!(
            r#"{NAME}<table:table-row table:number-rows-repeated="1000000"><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#
        ));
        let err = check(&long).expect_err("a million rows");
        assert_eq!(
            err.file_problem().map(|p| p.kind),
            Some(K::WorkbookTooLarge)
        );
    }

    #[test]
    fn libreoffices_trailing_empty_repeats_cost_nothing() {
        // What LibreOffice writes after the last row and column: empty cells and rows repeated
        // to the sheet's edge. calamine skips them; so must the estimate.
        let sheet = ods(&format!(
            r#"{NAME}<table:table-row table:number-rows-repeated="3"><table:table-cell office:value-type="string"><text:p>Ann</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16383"/></table:table-row><table:table-row table:number-rows-repeated="1048572"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>"#
        ));
        check(&sheet).expect("a normal sheet with LibreOffice's padding");
    }

    #[test]
    fn a_sheet_of_a_hundred_thousand_people_passes() {
        let row = r#"<table:table-row><table:table-cell office:value-type="string" table:number-columns-repeated="30"><text:p>v</text:p></table:table-cell></table:table-row>"#;
        check(&ods(&format!("{NAME}{}", row.repeat(100_000)))).expect("3M cells fit");
    }
}
