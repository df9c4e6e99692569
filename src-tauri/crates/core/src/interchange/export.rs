//! One description of an export — what, of whom, with which options — and the one place that checks it fits and names its file, for the app and the CLI alike.

use super::bundle::BundleScope;
use super::csv::CsvExportOptions;
use super::vcard::write::VcardVersion;
use crate::domain::fold::words;
use crate::error::{Error, Result};
use std::path::Path;

/// What an export writes; the format follows from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportWhat {
    /// People as CSV, with headers the CSV import maps back.
    People,
    /// Interactions as CSV: one person's newest first, the whole book as recorded.
    Interactions,
    /// Follow-ups (open and done) as CSV, by due time.
    Followups,
    /// An event's "who's here" as CSV, for a teammate or a printer.
    Attendees,
    /// A JSON bundle for a teammate (streamed into its file: up to half a gigabyte).
    Bundle,
    /// vCard: 3.0 by default, 4.0 on request (`ExportSpec::vcard`).
    Vcard,
    /// iCalendar: open follow-ups, events and meetups.
    Ics,
    /// A printable HTML page: a person's dossier, an event's attendee sheet, or a list's or a
    /// smart list's sheet of its people.
    Dossier,
    /// Everything about a person (right of access): the bundle, and the dossier beside it.
    Everything,
}

/// Whose records an export holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum ExportOf {
    /// The whole book.
    #[default]
    Book,
    /// One person, by id.
    Person(String),
    /// One list's members, by id.
    List(String),
    /// One event, by id.
    Event(String),
    /// Some people, by id: a selection in the People table.
    People(Vec<String>),
    /// Whoever a smart list holds now, by its id (people CSV, vCard and bundle).
    SmartList(String),
}

/// One export: what, of whom, and each format's options (ignored by the other formats).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportSpec {
    pub what: ExportWhat,
    pub of: ExportOf,
    pub csv: CsvExportOptions,
    pub vcard: VcardVersion,
    /// The language of a dossier's words.
    pub lang: crate::interchange::dossier::DossierLang,
}

impl ExportSpec {
    pub fn new(what: ExportWhat, of: ExportOf) -> ExportSpec {
        ExportSpec {
            what,
            of,
            csv: CsvExportOptions::default(),
            vcard: VcardVersion::default(),
            lang: Default::default(),
        }
    }

    /// Whether `what` can be made of `of`: a list is people (no calendar or interactions of a
    /// list; its dossier is the sheet of its people), an attendee sheet needs an event, a dossier someone or
    /// something. Checked before anything is read, so a caller can refuse before opening a book.
    pub fn check(&self) -> Result<()> {
        use ExportOf as O;
        use ExportWhat as W;
        let fits = matches!(
            (self.what, &self.of),
            (
                W::Bundle,
                O::Book | O::Person(_) | O::List(_) | O::Event(_) | O::People(_) | O::SmartList(_)
            ) | (
                W::People | W::Vcard,
                O::Book | O::Person(_) | O::List(_) | O::People(_) | O::SmartList(_)
            ) | (W::Interactions | W::Followups, O::Book | O::Person(_))
                | (W::Ics, O::Book | O::Person(_) | O::Event(_))
                | (W::Attendees, O::Event(_))
                | (
                    W::Dossier,
                    O::Person(_) | O::Event(_) | O::List(_) | O::SmartList(_)
                )
                | (W::Everything, O::Person(_))
        );
        if fits {
            return Ok(());
        }
        let (field, whom) = match &self.of {
            O::Book => ("of", "the whole book"),
            O::Person(_) => ("person_id", "a person"),
            O::List(_) => ("list_id", "a list"),
            O::Event(_) => ("event_id", "an event"),
            O::People(_) => ("person_ids", "a selection of people"),
            O::SmartList(_) => ("smart_list_id", "a smart list"),
        };
        Err(Error::invalid(
            field,
            format!(
                "{} cannot be exported for {whom}; it takes {}",
                self.what.label(),
                self.what.takes()
            ),
        ))
    }

    /// The bundle's scope for the same people, events or list; `chosen` is whom a selection
    /// or a smart list holds, resolved by the book.
    pub(crate) fn scope(&self, chosen: Option<&[String]>) -> BundleScope {
        match &self.of {
            ExportOf::Book => BundleScope::All,
            ExportOf::Person(id) => BundleScope::Person { id: id.clone() },
            ExportOf::List(id) => BundleScope::List { id: id.clone() },
            ExportOf::Event(id) => BundleScope::Event { id: id.clone() },
            ExportOf::People(ids) => BundleScope::People { ids: ids.clone() },
            ExportOf::SmartList(_) => BundleScope::People {
                ids: chosen.unwrap_or_default().to_vec(),
            },
        }
    }
}

impl ExportWhat {
    fn label(self) -> &'static str {
        match self {
            ExportWhat::People => "people CSV",
            ExportWhat::Interactions => "interactions CSV",
            ExportWhat::Followups => "follow-ups CSV",
            ExportWhat::Attendees => "an attendee CSV",
            ExportWhat::Bundle => "a bundle",
            ExportWhat::Vcard => "vCard",
            ExportWhat::Ics => "iCalendar",
            ExportWhat::Dossier => "a dossier",
            ExportWhat::Everything => "everything about a person",
        }
    }

    /// Whom it can be made of, for the refusal.
    fn takes(self) -> &'static str {
        match self {
            ExportWhat::Bundle => {
                "the book, a person, an event, a list, a smart list or a selection of people"
            }
            ExportWhat::People | ExportWhat::Vcard => {
                "the book, a person, a list, a smart list or a selection of people"
            }
            ExportWhat::Interactions | ExportWhat::Followups => "the book or a person",
            ExportWhat::Ics => "the book, a person or an event",
            ExportWhat::Attendees => "an event",
            ExportWhat::Dossier => "a person, an event, a list or a smart list",
            ExportWhat::Everything => "a person",
        }
    }

    /// The media type of the main file.
    pub(crate) fn mime(self) -> &'static str {
        match self {
            ExportWhat::People
            | ExportWhat::Interactions
            | ExportWhat::Followups
            | ExportWhat::Attendees => "text/csv",
            ExportWhat::Bundle | ExportWhat::Everything => "application/json",
            ExportWhat::Vcard => "text/vcard",
            ExportWhat::Ics => "text/calendar",
            ExportWhat::Dossier => "text/html",
        }
    }
}

/// The name an export's file is offered under. `subject` is the display name of the person,
/// list or event it is of (empty for the whole book).
pub(crate) fn file_name(spec: &ExportSpec, subject: &str) -> String {
    use ExportOf as O;
    use ExportWhat as W;
    let name = match (spec.what, &spec.of) {
        (W::Bundle, O::Book) => "liaison-bundle.json".to_string(),
        (W::Bundle, O::People(_)) => "people.liaison.json".to_string(),
        (W::Bundle, _) => format!("{subject}.liaison.json"),
        (W::People, O::List(_) | O::SmartList(_)) => format!("{subject}.csv"),
        (W::People, _) => "people.csv".to_string(),
        (W::Interactions, _) => "interactions.csv".to_string(),
        (W::Followups, _) => "followups.csv".to_string(),
        (W::Attendees, _) => format!("{}-attendees.csv", slug(subject)),
        (W::Vcard, O::Book | O::People(_)) => "people.vcf".to_string(),
        (W::Vcard, _) => format!("{subject}.vcf"),
        (W::Ics, O::Event(_)) => format!("{}.ics", slug(subject)),
        (W::Ics, _) => "liaison.ics".to_string(),
        (W::Dossier, O::Event(_)) => format!("{subject} attendees.html"),
        (W::Dossier, O::List(_) | O::SmartList(_)) => format!("{subject} sheet.html"),
        (W::Dossier, _) => format!("{subject} dossier.html"),
        (W::Everything, _) => format!("{subject} everything.json"),
    };
    safe_file_name(&name)
}

/// Only a file name: one with folders in it (from a crafted event name, say) must not steer a
/// save dialog elsewhere. An empty name still gets one.
pub fn safe_file_name(raw: &str) -> String {
    Path::new(raw.trim())
        .file_name()
        .and_then(|n| n.to_str())
        .filter(|n| !n.is_empty())
        .unwrap_or("export.txt")
        .to_string()
}

/// A file-name-safe version of a title: `VivaTech 2027` → `vivatech-2027`.
fn slug(s: &str) -> String {
    let s = words(s).collect::<Vec<_>>().join("-");
    if s.is_empty() {
        "event".into()
    } else {
        s.chars().take(60).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_file_name_is_suggested() {
        assert_eq!(
            safe_file_name("vivatech-attendees.csv"),
            "vivatech-attendees.csv"
        );
        assert_eq!(
            safe_file_name("../../etc/passwd"),
            "passwd",
            "folders are dropped"
        );
        assert_eq!(
            safe_file_name("  "),
            "export.txt",
            "an empty name still gets a name"
        );
    }

    #[test]
    fn a_list_is_people_and_a_sheet_needs_an_event() {
        let list = ExportOf::List("l".into());
        assert!(ExportSpec::new(ExportWhat::Vcard, list.clone())
            .check()
            .is_ok());
        let e = ExportSpec::new(ExportWhat::Ics, list).check().unwrap_err();
        assert_eq!(e.fields()[0].field, "list_id");
        let e = ExportSpec::new(ExportWhat::Dossier, ExportOf::Book)
            .check()
            .unwrap_err();
        assert_eq!(e.fields()[0].field, "of");
    }

    #[test]
    fn names_follow_the_subject_and_never_hold_a_folder() {
        let spec = ExportSpec::new(ExportWhat::Attendees, ExportOf::Event("e".into()));
        assert_eq!(
            file_name(&spec, "VivaTech 2027"),
            "vivatech-2027-attendees.csv"
        );
        let spec = ExportSpec::new(ExportWhat::Vcard, ExportOf::Person("p".into()));
        assert_eq!(file_name(&spec, "../Amélie"), "Amélie.vcf");
    }
}
