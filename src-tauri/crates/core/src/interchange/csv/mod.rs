//! CSV in and out: reading a spreadsheet's people (delimiter, encoding and column guesses, mapping, values) and writing people, interactions, follow-ups and attendee sheets.

mod attendee_sheet;
pub(crate) mod contact_headers;
pub(crate) mod dates;
pub mod export;
pub(crate) mod guess;
pub(crate) mod header;
pub mod import;
pub(crate) mod map;
pub(crate) mod parse;
pub(crate) mod read;
pub mod rules;
pub(crate) mod table;
pub(crate) mod values;

pub use export::CsvExportOptions;
pub use import::CsvPreview;
pub use rules::{check_mapping, MappingCheck};
