//! Where a person's data came from: the file an import read, recorded with each person it created or changed, so "where did you get my data?" has an answer.

use super::person::str_enum;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The kind of file an import read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SourceFormat {
    #[default]
    Csv,
    Vcard,
    /// An Excel or LibreOffice workbook.
    Workbook,
    /// A teammate's Liaison bundle.
    Bundle,
}

str_enum!(SourceFormat {
    Csv => "csv",
    Vcard => "vcard",
    Workbook => "workbook",
    Bundle => "bundle",
});

impl SourceFormat {
    /// How the person's `source` field names the format when the file's layout is unknown.
    fn name(self) -> &'static str {
        match self {
            SourceFormat::Csv => "CSV",
            SourceFormat::Vcard => "vCard",
            SourceFormat::Workbook => "Workbook",
            SourceFormat::Bundle => "Liaison bundle",
        }
    }
}

/// What an import did to the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SourceAction {
    Created,
    Updated,
}

str_enum!(SourceAction {
    Created => "created",
    Updated => "updated",
});

/// The file an import reads, as its caller knows it: the shell and the CLI give the name of the
/// file picked, each import entry its format, and a reader that recognised the file's layout
/// (Google Contacts, LinkedIn…) says so.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSource {
    /// The file's name without its folder (a path would tell more than the person chose to).
    pub file_name: String,
    pub format: SourceFormat,
    /// What the file was recognised as, e.g. `Google Contacts CSV`; empty when unknown.
    pub layout: String,
}

impl ImportSource {
    /// A source named by its file's path: only the name is kept.
    pub fn file(path: &std::path::Path, format: SourceFormat) -> ImportSource {
        ImportSource {
            file_name: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            format,
            layout: String::new(),
        }
    }

    /// The person's `source` text for an import on `date`:
    /// `Google Contacts CSV contacts.csv, 2026-12-06`.
    pub fn describe(&self, date: &str) -> String {
        let what = if self.layout.is_empty() {
            self.format.name()
        } else {
            self.layout.as_str()
        };
        match self.file_name.as_str() {
            "" => format!("{what} import, {date}"),
            file => format!("{what} {file}, {date}"),
        }
    }
}

/// One line of a person's history of imports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PersonSource {
    /// When the import ran (UTC, RFC 3339).
    pub at: String,
    pub file_name: String,
    pub format: SourceFormat,
    /// What the file was recognised as (`Google Contacts CSV`), or empty.
    pub layout: String,
    pub action: SourceAction,
    /// When the relationship began in that source (LinkedIn's `Connected On`), `YYYY-MM-DD`,
    /// or empty.
    pub since: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_source_text_names_layout_file_and_date() {
        let mut s = ImportSource::file(
            std::path::Path::new("/home/ana/Downloads/contacts.csv"),
            SourceFormat::Csv,
        );
        assert_eq!(s.describe("2026-12-06"), "CSV contacts.csv, 2026-12-06");
        s.layout = "Google Contacts CSV".into();
        assert_eq!(
            s.describe("2026-12-06"),
            "Google Contacts CSV contacts.csv, 2026-12-06",
            "the folder is never recorded, the recognised layout is"
        );
        assert_eq!(
            ImportSource::default().describe("2026-12-06"),
            "CSV import, 2026-12-06"
        );
    }
}
