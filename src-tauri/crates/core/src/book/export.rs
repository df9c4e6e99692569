//! The one export entry of the `Book` API: an `ExportSpec` in, a named file out — made in memory, or streamed into the file the person chose.

use super::interchange_exports::CsvOf;
use super::Book;
use crate::api::ExportedText;
use crate::error::{Error, Result};
use crate::interchange::bundle::BundleScope;
use crate::interchange::csv::CsvExportOptions;
use crate::interchange::export::{file_name, ExportOf, ExportSpec, ExportWhat};
use crate::interchange::vcard::write::VcardVersion;
use crate::interchange::Progress;
use std::io::Write;
use std::path::Path;

/// A checked, named export, ready to be written: its body is made already, except a bundle's and
/// a CSV's, which are made straight into their file (half a gigabyte for a whole book).
#[derive(Debug)]
pub struct Export {
    /// The name to offer in a save dialog: a file name only, never a folder.
    pub file_name: String,
    pub mime: &'static str,
    body: Body,
    /// "Everything about a person": the dossier written beside the bundle, under the same
    /// name with this extension.
    beside: Option<(&'static str, Vec<u8>)>,
}

#[derive(Debug)]
enum Body {
    Bytes(Vec<u8>),
    Bundle(BundleScope),
    /// Read and written a record at a time, straight into the file.
    Csv(CsvOf, CsvExportOptions),
    /// A vCard, written card by card into its file.
    Vcard(Option<Vec<String>>, VcardVersion),
}

impl Book {
    /// Checks `spec`, names its file and makes its content (a bundle waits for
    /// [`Book::export_write`] or [`Book::export_bytes`]). An unknown person, list or event is
    /// `not_found` here, before a save dialog opens.
    pub fn export(&self, spec: &ExportSpec) -> Result<Export> {
        spec.check()?;
        let subject = match &spec.of {
            ExportOf::Book => String::new(),
            ExportOf::Person(id) => self.person_get(id)?.display_name,
            ExportOf::List(id) => self.list_detail(id)?.list.name,
            ExportOf::SmartList(id) => self.smart_list_get(id)?.name,
            ExportOf::Event(id) => self.event_get(id)?.name,
            ExportOf::People(_) => String::new(),
        };
        let person = match &spec.of {
            ExportOf::Person(id) => Some(id.as_str()),
            _ => None,
        };
        // The people a CSV or vCard holds: a list's members, one person, or everyone.
        let chosen: Option<Vec<String>> = match &spec.of {
            ExportOf::List(id) => Some(self.list_member_ids(id)?),
            ExportOf::SmartList(id) => Some(self.smart_list_member_ids(id)?),
            ExportOf::Person(id) => Some(vec![id.clone()]),
            ExportOf::People(ids) => Some(ids.clone()),
            _ => None,
        };
        let event = match &spec.of {
            ExportOf::Event(id) => id.as_str(),
            _ => "",
        };
        let mut beside = None;
        let body = match spec.what {
            ExportWhat::Bundle => Body::Bundle(spec.scope(chosen.as_deref())),
            ExportWhat::People => Body::Csv(CsvOf::People(chosen.clone()), spec.csv),
            ExportWhat::Interactions => {
                Body::Csv(CsvOf::Interactions(person.map(str::to_string)), spec.csv)
            }
            ExportWhat::Followups => {
                Body::Csv(CsvOf::Followups(person.map(str::to_string)), spec.csv)
            }
            // Always with a BOM: the sheet goes to spreadsheets and printers, where accents
            // must survive whatever the person chose for the book's other CSVs.
            ExportWhat::Attendees => Body::Csv(
                CsvOf::Attendees(event.to_string()),
                CsvExportOptions {
                    bom: true,
                    ..spec.csv
                },
            ),
            ExportWhat::Vcard => Body::Vcard(chosen, spec.vcard),
            ExportWhat::Ics if !event.is_empty() => {
                Body::Bytes(self.event_ics(event)?.into_bytes())
            }
            ExportWhat::Ics => Body::Bytes(self.calendar_ics(person)?.into_bytes()),
            ExportWhat::Dossier => Body::Bytes(
                match &spec.of {
                    ExportOf::List(id) => self.list_dossier_in(id, spec.lang)?,
                    ExportOf::SmartList(id) => self.smart_list_dossier_in(id, spec.lang)?,
                    _ => match person {
                        Some(p) => self.person_dossier_in(p, spec.lang)?,
                        None => self.event_dossier_in(event, spec.lang)?,
                    },
                }
                .into_bytes(),
            ),
            ExportWhat::Everything => {
                let p = person.unwrap_or_default();
                beside = Some(("html", self.person_dossier_in(p, spec.lang)?.into_bytes()));
                Body::Bundle(spec.scope(None))
            }
        };
        Ok(Export {
            file_name: file_name(spec, &subject),
            mime: spec.what.mime(),
            body,
            beside,
        })
    }

    /// Writes `export` at `path` (and its companion beside it, same name, its own extension),
    /// each through `files::replace_file`: a failure, a cancel or a crash never leaves half a
    /// file where the person expects one. Answers the bytes of the main file.
    pub fn export_write(&self, export: &Export, path: &Path, progress: &Progress) -> Result<u64> {
        let len = match &export.body {
            Body::Bundle(scope) => self.bundle_export_file(scope, path, progress)?,
            Body::Bytes(bytes) => write_whole(path, bytes)?,
            Body::Csv(of, opts) => crate::files::replace_file(
                path,
                |w| self.csv_into(of, *opts, w, &|e| Error::io(path, e), progress),
                |e| Error::io(path, e),
            )?,
            Body::Vcard(ids, version) => self.vcard_export_file(ids.as_deref(), *version, path)?,
        };
        if let Some((extension, bytes)) = &export.beside {
            write_whole(&path.with_extension(extension), bytes)?;
        }
        Ok(len)
    }

    /// The main file's bytes, for a pipe (the companion of "everything" is not included).
    pub fn export_bytes(&self, export: Export, progress: &Progress) -> Result<Vec<u8>> {
        match export.body {
            Body::Bytes(bytes) => Ok(bytes),
            Body::Bundle(scope) => self.bundle_export(&scope, progress),
            Body::Csv(of, opts) => self.csv_bytes(&of, opts),
            Body::Vcard(ids, version) => {
                Ok(self.vcard_export(ids.as_deref(), version)?.into_bytes())
            }
        }
    }

    /// A text export whole, for the UI to hand to `file_save`.
    pub fn export_text(&self, spec: &ExportSpec) -> Result<ExportedText> {
        let export = self.export(spec)?;
        let (file_name, mime) = (export.file_name.clone(), export.mime.to_string());
        let bytes = self.export_bytes(export, &Progress::new())?;
        Ok(ExportedText {
            file_name,
            mime,
            text: String::from_utf8(bytes).expect("every export is UTF-8"),
        })
    }
}

fn write_whole(path: &Path, bytes: &[u8]) -> Result<u64> {
    crate::files::replace_file(
        path,
        |w| w.write_all(bytes).map_err(|e| Error::io(path, e)),
        |e| Error::io(path, e),
    )
}
