//! A sheet's non-empty cells gathered within limits, then laid out as the CSV import's table: rows keep their sheet row numbers, columns start at the first one used.

use super::Kind;
use crate::error::Result;
use crate::file_problem::{FileProblem, FileProblemKind as K};
use crate::interchange::csv::header::find_header;
use crate::interchange::csv::read::{CsvRecord, CsvTable};
use std::collections::BTreeMap;

/// Columns a sheet of people may span: contact exports have about a hundred; a sheet that
/// spans a million (one stray cell far to the right) is refused rather than laid out.
pub(crate) const MAX_COLUMNS: u32 = 1_000;
/// Non-empty rows a sheet may hold (Excel itself stops at 1,048,576).
pub(crate) const MAX_ROWS: usize = 500_000;
/// Non-empty cells in all: bounds the memory a sheet takes whatever its shape.
const MAX_CELLS: usize = 10_000_000;

pub(crate) struct Grid {
    sheet: String,
    rows: BTreeMap<u32, Vec<(u32, String)>>,
    cells: usize,
    left: u32,
    right: u32,
}

impl Grid {
    pub(super) fn new(sheet: &str) -> Grid {
        Grid {
            sheet: sheet.to_string(),
            rows: BTreeMap::new(),
            cells: 0,
            left: u32::MAX,
            right: 0,
        }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.cells == 0
    }

    /// Adds a non-empty cell at its 0-based sheet position.
    pub(super) fn put(&mut self, row: u32, col: u32, text: String) -> Result<()> {
        self.left = self.left.min(col);
        self.right = self.right.max(col);
        if self.right - self.left >= MAX_COLUMNS {
            let span = u64::from(self.right - self.left) + 1;
            return Err(FileProblem::new(K::SheetTooWide)
                .sheet(&self.sheet)
                .counts(Some(span), MAX_COLUMNS.into())
                .into());
        }
        self.cells += 1;
        if self.cells > MAX_CELLS {
            return Err(FileProblem::new(K::WorkbookTooLarge)
                .sheet(&self.sheet)
                .into());
        }
        let cells = self.rows.entry(row).or_default();
        cells.push((col, text));
        if self.rows.len() > MAX_ROWS {
            return Err(FileProblem::new(K::WorkbookTooLarge)
                .sheet(&self.sheet)
                .counts(None, MAX_ROWS as u64)
                .into());
        }
        Ok(())
    }

    /// The table: the header row, then each row with its sheet row number (1-based) as line.
    pub(super) fn into_table(self, kind: Kind, sheet: &str) -> Result<CsvTable> {
        if self.rows.is_empty() {
            return Err(FileProblem::new(K::SheetEmpty).sheet(sheet).into());
        }
        let (left, width) = (self.left, self.right - self.left + 1);
        let mut lines = Vec::with_capacity(self.rows.len());
        let mut rows = Vec::with_capacity(self.rows.len());
        for (row, cells) in self.rows {
            let mut out = vec![String::new(); width as usize];
            for (col, text) in cells {
                // A later value for the same cell (malformed files repeat cells) wins, as in
                // the spreadsheet applications.
                out[(col - left) as usize] = text;
            }
            lines.push(row + 1);
            rows.push(out);
        }
        // Notes above a sheet's header (a title, an export date) are skipped as in a CSV file.
        let h = find_header(&rows);
        let header_line = lines[h];
        let mut records = rows.into_iter().zip(lines).skip(h);
        let (headers, _) = records.next().expect("the header row is one of the rows");
        Ok(CsvTable {
            encoding: kind.label(),
            delimiter: 0,
            headers: headers.iter().map(|h| h.trim().to_string()).collect(),
            records: records
                .map(|(cells, line)| CsvRecord { line, cells })
                .collect(),
            // Sheet rows before the header, empty ones included: the row numbers say where it is.
            skipped_lines: header_line - 1,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stray_cell_far_right_is_refused_by_name() {
        let mut g = Grid::new("People");
        g.put(0, 0, "Name".into()).unwrap();
        let e = g.put(5, 16_383, "x".into()).unwrap_err().to_string();
        assert!(
            e.contains("“People”") && e.contains("16,384 columns"),
            "{e}"
        );
    }
}
