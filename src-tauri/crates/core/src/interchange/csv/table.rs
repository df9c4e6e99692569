//! The rows a preview or an import reads, from a CSV file (read again from its text each time, no cell kept) or from a workbook's sheet (held whole: calamine reads a sheet at once).

use crate::interchange::csv::parse::Cells;
use crate::interchange::csv::read::{CsvFile, CsvTable};
use std::borrow::Cow;

pub(crate) enum Table<'a> {
    Csv(CsvFile<'a>),
    Sheet(CsvTable),
}

impl Table<'_> {
    pub fn headers(&self) -> &[String] {
        match self {
            Table::Csv(f) => &f.headers,
            Table::Sheet(t) => &t.headers,
        }
    }

    /// What the file was read as: a text encoding, or the kind of workbook.
    pub fn encoding(&self) -> &'static str {
        match self {
            Table::Csv(f) => f.encoding,
            Table::Sheet(t) => t.encoding,
        }
    }

    /// The CSV delimiter; 0 for a workbook.
    pub fn delimiter(&self) -> u8 {
        match self {
            Table::Csv(f) => f.delimiter,
            Table::Sheet(t) => t.delimiter,
        }
    }

    pub fn skipped_lines(&self) -> u32 {
        match self {
            Table::Csv(f) => f.skipped_lines,
            Table::Sheet(t) => t.skipped_lines,
        }
    }

    /// Records (blank rows not counted).
    pub fn len(&self) -> usize {
        match self {
            Table::Csv(f) => f.len,
            Table::Sheet(t) => t.records.len(),
        }
    }

    /// The records in file order, each with the line (or sheet row) it starts on.
    pub fn records(&self) -> Box<dyn Iterator<Item = (u32, Cells<'_>)> + Send + '_> {
        match self {
            Table::Csv(f) => Box::new(f.records()),
            Table::Sheet(t) => Box::new(t.records.iter().map(|r| {
                let cells = r.cells.iter().map(|c| Cow::Borrowed(c.as_str())).collect();
                (r.line, cells)
            })),
        }
    }
}
