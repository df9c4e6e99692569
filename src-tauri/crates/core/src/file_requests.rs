//! Request and reply shapes of the shell's file commands: the open dialog, import/export jobs and their progress, `export_save`.

use crate::error::{Error, Result};
use crate::interchange::bundle::BundleScope;
use crate::interchange::csv::export::CsvExportOptions;
use crate::interchange::export::{ExportOf, ExportSpec, ExportWhat};
use crate::interchange::vcard::write::VcardVersion;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Which files the open dialog offers, e.g. `[{name: "CSV", extensions: ["csv", "tsv", "txt"]}]`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct FilePickReq {
    #[serde(default)]
    #[ts(as = "Option<Vec<FileFilter>>", optional)]
    pub filters: Vec<FileFilter>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct FileFilter {
    pub name: String,
    /// Without the dot: `csv`, `vcf`, `json`.
    pub extensions: Vec<String>,
}

/// Stops a running import or export: `{ job }` as given to it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct JobCancelReq {
    pub job: String,
}

/// The payload of the `import-progress` and `export-progress` events, at most ten a second
/// per job: `done` of `total` units (rows or records; `total` is 0 until known).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct JobProgress {
    pub job: String,
    #[ts(type = "number")]
    pub done: u64,
    #[ts(type = "number")]
    pub total: u64,
}

/// What `export_save` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportKind {
    /// A JSON bundle of `scope` (default: everything).
    Bundle,
    /// People as CSV: everyone, `person_id` alone, or the members of `list_id`.
    PeopleCsv,
    /// Interactions as CSV: everyone's, or `person_id`'s.
    InteractionsCsv,
    /// Follow-ups as CSV: everyone's, or `person_id`'s.
    FollowupsCsv,
    /// vCard (3.0 unless `vcard_version`): everyone, `person_id` alone, or the members of `list_id`.
    Vcard,
    /// iCalendar: an event's (`event_id`), a person's (`person_id`), or the whole book's.
    Ics,
    /// The printable HTML dossier of `person_id`.
    PersonDossier,
    /// The printable attendee sheet of `event_id`.
    EventDossier,
    /// The printable sheet of a list's members (`list_id`) or of a smart list's people
    /// (`smart_list_id`).
    ListDossier,
    /// Everything about `person_id`: the bundle at the chosen path, the dossier beside it
    /// (same name, `.html`).
    PersonEverything,
}

/// Shows the save dialog, then writes the export straight to the chosen file (large files never
/// cross IPC). Answered with the path, or `null` when the user cancels the dialog.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct ExportSaveReq {
    pub kind: ExportKind,
    /// For `bundle`; default everything.
    #[ts(optional)]
    pub scope: Option<BundleScope>,
    #[ts(optional)]
    pub person_id: Option<String>,
    #[ts(optional)]
    pub event_id: Option<String>,
    /// `people_csv` and `vcard`: only this list's members (a bundle takes `scope` instead).
    #[ts(optional)]
    pub list_id: Option<String>,
    /// `people_csv`, `vcard` and `bundle`: only these people (those picked in the People table).
    #[ts(optional)]
    pub person_ids: Option<Vec<String>>,
    /// `people_csv`, `vcard` and `bundle`: everyone this filter matches ("all N matching" picked in the
    /// People table), read when the export is made; the shell turns it into `person_ids`.
    #[ts(optional)]
    pub person_filter: Option<crate::store::filter::PersonFilter>,
    /// `people_csv`, `vcard` and `bundle`: whoever this smart list holds now.
    #[ts(optional)]
    pub smart_list_id: Option<String>,
    /// CSV: start with a byte order mark (for Excel).
    #[serde(default)]
    #[ts(as = "Option<bool>", optional)]
    pub bom: bool,
    /// CSV: separate with `;` (French Excel).
    #[serde(default)]
    #[ts(as = "Option<bool>", optional)]
    pub semicolon: bool,
    /// vCard: `3.0` (default, what Outlook and Google Contacts read) or `4.0`.
    #[serde(default)]
    #[ts(as = "Option<VcardVersion>", optional)]
    pub vcard_version: VcardVersion,
    /// Names the job for `export-progress` events and `import_cancel` (bundles only report).
    #[ts(optional)]
    pub job: Option<String>,
    /// A dossier's language (the app's): English unless said.
    #[serde(default)]
    #[ts(as = "Option<crate::interchange::dossier::DossierLang>", optional)]
    pub lang: crate::interchange::dossier::DossierLang,
}

impl ExportSaveReq {
    /// The export the request asks for: a list's members before one person before everyone
    /// (people, vCard); an event's calendar before a person's. A dossier or "everything"
    /// without its person or event is a validation error on that field.
    pub fn spec(&self) -> Result<ExportSpec> {
        let need = |id: &Option<String>, field: &str| {
            id.clone()
                .ok_or_else(|| Error::invalid(field, format!("this export needs {field}")))
        };
        let person = || self.person_id.clone().map(ExportOf::Person);
        let list = || {
            (self.smart_list_id.clone().map(ExportOf::SmartList))
                .or_else(|| self.list_id.clone().map(ExportOf::List))
        };
        let picked = || self.person_ids.clone().map(ExportOf::People);
        let event = || self.event_id.clone().map(ExportOf::Event);
        let (what, of) = match self.kind {
            // A selection or a smart list before `scope`, as for the people CSV.
            ExportKind::Bundle => (
                ExportWhat::Bundle,
                picked()
                    .or_else(|| self.smart_list_id.clone().map(ExportOf::SmartList))
                    .or(Some(match self.scope.clone().unwrap_or(BundleScope::All) {
                        BundleScope::All => ExportOf::Book,
                        BundleScope::Person { id } => ExportOf::Person(id),
                        BundleScope::Event { id } => ExportOf::Event(id),
                        BundleScope::List { id } => ExportOf::List(id),
                        BundleScope::People { ids } => ExportOf::People(ids),
                    })),
            ),
            ExportKind::PeopleCsv => (ExportWhat::People, picked().or_else(list).or_else(person)),
            ExportKind::InteractionsCsv => (ExportWhat::Interactions, person()),
            ExportKind::FollowupsCsv => (ExportWhat::Followups, person()),
            ExportKind::Vcard => (ExportWhat::Vcard, picked().or_else(list).or_else(person)),
            ExportKind::Ics => (ExportWhat::Ics, event().or_else(person)),
            ExportKind::PersonDossier => (
                ExportWhat::Dossier,
                Some(ExportOf::Person(need(&self.person_id, "person_id")?)),
            ),
            ExportKind::EventDossier => (
                ExportWhat::Dossier,
                Some(ExportOf::Event(need(&self.event_id, "event_id")?)),
            ),
            ExportKind::ListDossier => (
                ExportWhat::Dossier,
                Some(list().ok_or_else(|| {
                    Error::invalid("list_id", "this export needs list_id or smart_list_id")
                })?),
            ),
            ExportKind::PersonEverything => (
                ExportWhat::Everything,
                Some(ExportOf::Person(need(&self.person_id, "person_id")?)),
            ),
        };
        Ok(ExportSpec {
            what,
            of: of.unwrap_or_default(),
            csv: CsvExportOptions {
                bom: self.bom,
                semicolon: self.semicolon,
            },
            vcard: self.vcard_version,
            lang: self.lang,
        })
    }
}
