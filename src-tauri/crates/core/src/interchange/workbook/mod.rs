//! Excel (`.xlsx`, `.xlsb`, `.xls`) and LibreOffice (`.ods`) workbooks in: one sheet read by calamine into the table a CSV file gives, so the mapping screen, guesses and all-or-nothing rules are the CSV import's.

mod cells;
mod grid;
mod ods_guard;
mod open;
mod xls_guard;

use crate::error::{Error, Result};
use crate::interchange::csv::read::CsvTable;
use crate::interchange::csv::table::Table;

/// The workbook formats, told apart by their content (a file's name may lie or be missing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// An Office Open XML package (`.xlsx`, `.xlsm`, `.xlsb`): a zip with an `xl/` folder.
    OfficeZip,
    /// A BIFF workbook in an OLE2 compound file (`.xls`, Excel 97–2003).
    Xls,
    /// An OpenDocument spreadsheet: a zip whose `mimetype` says so.
    Ods,
}

impl Kind {
    /// The extension a file of this kind usually has, as file problems name it.
    pub(crate) fn ext(self) -> &'static str {
        match self {
            Kind::OfficeZip => "xlsx",
            Kind::Xls => "xls",
            Kind::Ods => "ods",
        }
    }

    /// What the mapping screen says the file was read as, in place of a CSV's encoding.
    pub(crate) fn label(self) -> &'static str {
        match self {
            Kind::OfficeZip => "Excel",
            Kind::Xls => "Excel 97–2003",
            Kind::Ods => "OpenDocument",
        }
    }
}

/// The sheets of a workbook and the one read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Sheets {
    pub names: Vec<String>,
    pub chosen: String,
}

const OLE2: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
const ZIP: &[u8] = b"PK\x03\x04";

/// Which workbook `bytes` hold, if any. Zip entry names are stored in clear in each entry's
/// header, so a truncated workbook is still known as one (and gets a "damaged" error rather than
/// being read as CSV); a zip of something else (a Word file, photos) is left to the CSV reader's
/// own checks.
pub(crate) fn sniff(bytes: &[u8]) -> Option<Kind> {
    if bytes.starts_with(OLE2) {
        // Word and PowerPoint 97–2003 share the container: left to the CSV reader, which names them.
        let other = infer::doc::is_doc(bytes) || infer::doc::is_ppt(bytes);
        return (!other).then_some(Kind::Xls);
    }
    if !bytes.starts_with(ZIP) {
        return None;
    }
    let head = &bytes[..bytes.len().min(1 << 20)];
    if contains(head, b"mimetype")
        && contains(head, b"application/vnd.oasis.opendocument.spreadsheet")
    {
        return Some(Kind::Ods);
    }
    contains(head, b"xl/").then_some(Kind::OfficeZip)
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Reads `sheet` (by default the first visible sheet holding anything) of a workbook of `kind`
/// into a table: the header row, then each non-empty row with its row number in the sheet as
/// its line, so every error points at the row a person sees in Excel or LibreOffice.
pub(crate) fn read(kind: Kind, bytes: &[u8], sheet: Option<&str>) -> Result<(CsvTable, Sheets)> {
    let mut book = open::Book::open(kind, bytes)?;
    let names = book.sheet_names();
    let (chosen, grid) = match sheet {
        Some(wanted) => {
            let name = names
                .iter()
                .find(|n| n.as_str() == wanted)
                .or_else(|| {
                    names
                        .iter()
                        .find(|n| n.trim().eq_ignore_ascii_case(wanted.trim()))
                })
                .cloned()
                .ok_or_else(|| no_such_sheet(wanted, &names))?;
            let grid = book.grid(&name)?;
            (name, grid)
        }
        None => book.first_with_cells()?,
    };
    let table = grid.into_table(kind, &chosen)?;
    Ok((table, Sheets { names, chosen }))
}

/// The table of a CSV file or of a workbook's sheet, whichever `bytes` hold, with the sheets of
/// a workbook. The CSV import's entry point: a workbook handed to it is read as one.
pub(crate) fn read_any<'a>(
    bytes: &'a [u8],
    sheet: Option<&str>,
) -> Result<(Table<'a>, Option<Sheets>)> {
    match sniff(bytes) {
        Some(kind) => read(kind, bytes, sheet).map(|(t, s)| (Table::Sheet(t), Some(s))),
        None if sheet.is_some_and(|s| !s.is_empty()) => Err(Error::invalid(
            "sheet",
            "this file is not a workbook: it has no sheets to choose from",
        )),
        None => Ok((
            Table::Csv(crate::interchange::csv::read::read_csv(bytes)?),
            None,
        )),
    }
}

/// Every worksheet of a workbook read as a table (an empty sheet as `None`), for the fuzz target.
pub fn read_every_sheet(bytes: &[u8]) -> Result<Vec<Option<CsvTable>>> {
    let kind = sniff(bytes).ok_or_else(|| Error::BadFile("not a workbook".into()))?;
    let mut book = open::Book::open(kind, bytes)?;
    let mut tables = Vec::new();
    for name in book.sheet_names() {
        let grid = book.grid(&name)?;
        tables.push(match grid.is_empty() {
            true => None,
            false => Some(grid.into_table(kind, &name)?),
        });
    }
    Ok(tables)
}

fn no_such_sheet(wanted: &str, names: &[String]) -> Error {
    let list: Vec<String> = names.iter().map(|n| format!("“{n}”")).collect();
    Error::invalid(
        "sheet",
        format!(
            "the workbook has no sheet “{wanted}”; its sheets are {}",
            list.join(", ")
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_by_content() {
        assert_eq!(
            sniff(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest"),
            Some(Kind::Xls)
        );
        assert_eq!(
            sniff(b"PK\x03\x04....mimetypeapplication/vnd.oasis.opendocument.spreadsheetPK"),
            Some(Kind::Ods)
        );
        assert_eq!(
            sniff(b"PK\x03\x04....[Content_Types].xml....xl/workbook.xml"),
            Some(Kind::OfficeZip)
        );
        assert_eq!(
            sniff(b"PK\x03\x04....word/document.xml"),
            None,
            "a Word file is no workbook"
        );
        assert_eq!(sniff(b"Name,Email\nA,a@x\n"), None);
    }
}
