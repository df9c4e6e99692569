//! What is wrong with a file given to an import, named and placed (line, column, numbers) so the UI can say it in the reader's language while the CLI and logs keep one English sentence.

use serde::Serialize;
use ts_rs::TS;

/// The kinds of broken or mistaken files an import refuses; stable strings the UI translates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FileProblemKind {
    /// A quoted cell whose quote never closes: the rest of the file would be swallowed into it.
    UnclosedQuote,
    /// Text right after the closing quote of a quoted cell (`"Smith" Jr`).
    TextAfterQuote,
    /// A row with more fields than the header row.
    TooManyFields,
    /// More columns than any table of people has.
    TooManyColumns,
    /// One cell larger than any note or bio.
    CellTooLarge,
    /// Nothing in the file (or only blank lines).
    Empty,
    /// Bytes that are not text; `format` names what they look like when known (`mp3`).
    NotText,
    /// A picture; `format` is `png`, `jpg`, `gif`…
    Image,
    Pdf,
    /// An `.xlsx` or `.ods` workbook (`format`): the workbook import reads it.
    Workbook,
    /// An Excel 97–2003 `.xls` file (OLE2 compound document).
    LegacyWorkbook,
    /// A zip archive that is not a workbook.
    Zip,
    /// UTF-16 text with no byte-order mark to say so.
    Utf16NoBom,
    /// A workbook (`format`: `xlsx`, `xls`, `ods`) its reader cannot open: damaged, cut short or
    /// password-protected.
    WorkbookDamaged,
    /// A workbook, or its `sheet`, larger than an import takes at once (`limit` rows when known).
    WorkbookTooLarge,
    /// A `sheet` spanning `found` columns, more than `limit`.
    SheetTooWide,
    /// The chosen `sheet` holds nothing.
    SheetEmpty,
}

/// A file problem with where it is. `line` is the physical line (1-based) where the broken
/// record starts; `column` the field (1-based) in that record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FileProblem {
    pub kind: FileProblemKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub line: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub column: Option<u32>,
    /// What was found: the row's fields, the file's columns.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "number")]
    pub found: Option<u64>,
    /// What is allowed: the header's fields, the most columns, a cell's most bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "number")]
    pub limit: Option<u64>,
    /// The format the bytes look like (`png`, `xlsx`, `ods`, `mp3`), lower case.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub format: Option<String>,
    /// The workbook's sheet the problem is in.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub sheet: Option<String>,
}

impl FileProblem {
    pub fn new(kind: FileProblemKind) -> Self {
        FileProblem {
            kind,
            line: None,
            column: None,
            found: None,
            limit: None,
            format: None,
            sheet: None,
        }
    }
    pub fn sheet(mut self, sheet: impl Into<String>) -> Self {
        self.sheet = Some(sheet.into());
        self
    }
    pub fn at(mut self, line: u32, column: Option<u32>) -> Self {
        self.line = Some(line);
        self.column = column;
        self
    }
    pub fn counts(mut self, found: Option<u64>, limit: u64) -> Self {
        self.found = found;
        self.limit = Some(limit);
        self
    }
    pub fn format(mut self, format: impl Into<String>) -> Self {
        self.format = Some(format.into());
        self
    }

    /// "line 5, column 3: " (or "line 5: "), empty when the problem is the whole file.
    fn place(&self) -> String {
        match (self.line, self.column) {
            (Some(l), Some(c)) => format!("line {l}, column {c}: "),
            (Some(l), None) => format!("line {l}: "),
            _ => String::new(),
        }
    }
}

/// The English sentence the CLI prints and the log keeps; the UI says the same from the fields.
impl std::fmt::Display for FileProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use FileProblemKind as K;
        let n = |v: Option<u64>| v.unwrap_or(0);
        let fmt = self.format.as_deref().unwrap_or("").to_uppercase();
        let what = match self.kind {
            K::UnclosedQuote => "a quoted cell starts in this record and its quote never closes, so the rest of the file would be swallowed into it; close the quote (a quote inside a cell is written twice: \"\") and import again".to_string(),
            K::TextAfterQuote => "text follows the closing quote of a quoted cell; put the whole cell in quotes and write each quote inside it twice (\"\"), then import again".to_string(),
            K::TooManyFields => format!(
                "this row has {} fields but the header row has {}; a separator or a quote is missing or extra in this row",
                n(self.found), n(self.limit)
            ),
            K::TooManyColumns => format!(
                "the file has more than {} columns, more than a table of people holds; check it is the right file and that it was saved with its own separator",
                n(self.limit)
            ),
            K::CellTooLarge => format!(
                "a cell holds more than {} MB, more than a note or a bio may; shorten it and import again",
                n(self.limit) / 1_000_000
            ),
            K::Empty => "the file is empty: there is no header row and no one to import".to_string(),
            K::NotText if fmt.is_empty() => "this file is not text (it holds binary data): choose the CSV or vCard file itself".to_string(),
            K::NotText => format!("this is a {fmt} file, not text: choose the CSV or vCard file itself"),
            K::Image => format!("this is a {fmt} image, not a table of people: choose the CSV or vCard file itself"),
            K::Pdf => "this is a PDF document: export the table as CSV from the program that made it (or copy it into a spreadsheet and save that), then import the CSV".to_string(),
            K::Workbook => format!("this is an Excel/LibreOffice workbook (.{}): import it as a workbook", self.format.as_deref().unwrap_or("xlsx")),
            K::LegacyWorkbook => "this is an Excel 97–2003 workbook (.xls): import it as a workbook, or save it as .xlsx or CSV UTF-8 and import that".to_string(),
            K::Zip => "this is a zip archive: unzip it and import the CSV or vCard file inside".to_string(),
            K::Utf16NoBom => "this is UTF-16 text without the mark that says so (a BOM), which cannot be read reliably; save it again as \"CSV UTF-8\" and import that".to_string(),
            K::WorkbookDamaged => format!("this .{} workbook cannot be read: it is damaged, incomplete or password-protected; open it in Excel or LibreOffice and save it again", self.format.as_deref().unwrap_or("xlsx")),
            K::WorkbookTooLarge => match (&self.sheet, self.limit) {
                (Some(s), Some(l)) => format!("the sheet “{s}” holds more than {l} rows, too many to import at once; split it into several files"),
                (Some(s), None) => format!("the sheet “{s}” is too large to import at once; split it into several files"),
                (None, _) => "this workbook is too large to import at once; save the people's sheet alone as a new file".to_string(),
            },
            K::SheetTooWide => format!(
                "the sheet “{}” spans {} columns, more than the {} a table of people holds; delete the columns that are not about people (or a stray cell far to the right) and save again",
                self.sheet.as_deref().unwrap_or(""), n(self.found), n(self.limit)
            ),
            K::SheetEmpty => format!("the sheet “{}” is empty: there is no header row and no one to import; choose another sheet", self.sheet.as_deref().unwrap_or("")),
        };
        write!(f, "{}{what}", self.place())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_sentence_names_the_place() {
        let p = FileProblem::new(FileProblemKind::TooManyFields)
            .at(7, Some(4))
            .counts(Some(4), 3);
        assert_eq!(
            p.to_string(),
            "line 7, column 4: this row has 4 fields but the header row has 3; a separator or a quote is missing or extra in this row"
        );
        let w = FileProblem::new(FileProblemKind::Workbook).format("ods");
        assert_eq!(
            w.to_string(),
            "this is an Excel/LibreOffice workbook (.ods): import it as a workbook"
        );
    }
}
