//! The request and reply shapes of the app's commands, one `<Noun><Verb>Req` each, shared with the UI.

use crate::domain::event::{Event, EventInput, MeetupInput};
use crate::domain::followup::{Followup, FollowupInput};
use crate::domain::interaction::{Interaction, InteractionInput, InteractionKind, NoteInput};
use crate::domain::person::{PersonInput, PersonPatch, PersonSummary};
use crate::interchange::bundle::BundleScope;
use crate::interchange::csv_export::CsvExportOptions;
use crate::interchange::{ColumnMap, ImportOptions};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct PersonCreateReq {
    pub input: PersonInput,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct PersonGetReq {
    pub id: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct PersonUpdateReq {
    pub id: String,
    pub patch: PersonPatch,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct PersonArchiveReq {
    pub id: String,
    pub archived: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct PersonDeleteReq {
    pub id: String,
}

/// Adds sample people, for a first look at the app: the first time, the demo book (people with
/// their timelines, notes, follow-ups, events and lists), then generated people.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct SampleLoadReq {
    /// How many people to add, at most 10 000; defaults to 40. The demo is added with the first
    /// load of 9 or more.
    #[ts(optional)]
    pub count: Option<u32>,
}

/// What the first screen needs to know about the book.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AppInfo {
    pub version: String,
    pub db_path: String,
    #[ts(type = "number")]
    pub person_count: u64,
}

// --- The relationship: timeline, notes, follow-ups, Today (issue 3) ---

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct InteractionCreateReq {
    pub input: InteractionInput,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct InteractionUpdateReq {
    pub id: String,
    pub input: InteractionInput,
}

/// Answered with the deleted interaction, which `interaction_restore` takes back for "Undo".
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct InteractionDeleteReq {
    pub id: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct InteractionRestoreReq {
    pub interaction: Interaction,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct NoteCreateReq {
    pub input: NoteInput,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct NoteUpdateReq {
    pub id: String,
    pub body: String,
    pub pinned: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct NoteDeleteReq {
    pub id: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct NoteListReq {
    pub person_id: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct PersonInsightsReq {
    pub person_id: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct TakersListReq {
    /// Defaults to 50.
    #[ts(optional)]
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct FollowupCreateReq {
    pub input: FollowupInput,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct FollowupUpdateReq {
    pub id: String,
    pub input: FollowupInput,
}

/// Done: a one-off closes, a recurring one moves to its next occurrence.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct FollowupDoneReq {
    pub id: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct FollowupDeleteReq {
    pub id: String,
}

/// Interactions and notes whose text matches every term (3+ letters each).
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct TextSearchReq {
    pub query: String,
    /// Defaults to 20.
    #[ts(optional)]
    pub limit: Option<u32>,
}

/// The user's settings that live in the book (the UI keeps its language itself).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct Settings {
    /// IANA zone follow-ups are due in; set from the system on first start.
    pub time_zone: String,
}

/// A link from a rendered note, to open in the system browser once the user confirmed it.
/// Only `http://`, `https://` and `mailto:` links are opened.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct LinkOpenReq {
    pub url: String,
}

// --- Events, meetups and quick capture (issue 4) ---

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct EventCreateReq {
    pub input: EventInput,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct EventUpdateReq {
    pub id: String,
    pub input: EventInput,
}

/// `event_get`, `event_detail` and `event_delete` take an id.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct EventIdReq {
    pub id: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct MeetupCreateReq {
    pub input: MeetupInput,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct MeetupUpdateReq {
    pub id: String,
    pub input: MeetupInput,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct MeetupDeleteReq {
    pub id: String,
}

/// What to export about an event: its attendees as CSV, or its meetups as iCalendar.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct EventExportReq {
    pub id: String,
}

/// A file's text, for the UI to save where the user chooses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ExportedText {
    /// A suggested file name, e.g. `vivatech-2027-attendees.csv`.
    pub file_name: String,
    pub mime: String,
    pub text: String,
}

/// One line typed into quick capture.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct CaptureReq {
    pub line: String,
    /// How ambiguous names were resolved: the name as typed, and the chosen person's id
    /// (an empty id means "a new person").
    pub choices: Vec<CaptureChoice>,
    /// The event to link; defaults to the event under way now, if any.
    pub event_id: Option<String>,
    /// Don't link the event under way.
    pub no_event: bool,
    /// Defaults to `meeting` at an event, else `note`.
    pub kind: Option<InteractionKind>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct CaptureChoice {
    pub text: String,
    pub person_id: String,
}

/// Who a part of the line names: a known person, a new one, or a choice to make.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CapturePerson {
    /// As typed: `Amélie`, `@amelied`.
    pub text: String,
    /// Resolved to this person (None when new or ambiguous).
    pub person: Option<PersonSummary>,
    /// No one matches: saving creates a person with this name.
    pub is_new: bool,
    /// Several match: the user picks one (best first).
    pub candidates: Vec<PersonSummary>,
}

/// What saving the line would do; nothing is written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CapturePreview {
    pub people: Vec<CapturePerson>,
    pub kind: InteractionKind,
    pub body: String,
    pub tags: Vec<String>,
    /// The follow-up's due wall time, `YYYY-MM-DDTHH:MM`, in the user's zone.
    pub due_local: Option<String>,
    /// The words that gave the date, as typed.
    pub due_phrase: Option<String>,
    pub followup_title: Option<String>,
    pub event: Option<Event>,
    /// What stops saving, in words; empty when the line can be saved.
    pub problems: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CaptureSaved {
    pub interaction: Interaction,
    pub followup: Option<Followup>,
    pub event: Option<Event>,
    /// People created because their name was new.
    pub created: Vec<PersonSummary>,
}

/// Saves text the core produced (an export) where the user picks, through the system's save dialog.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct FileSaveReq {
    /// Suggested name, e.g. `vivatech-2027-attendees.csv`.
    pub file_name: String,
    pub text: String,
}

// --- Import and export (issue 5). Files are read and written by the shell or the CLI at `path`;
// the core works on bytes. Long imports and exports report through a `Progress` the shell polls
// (`ProgressSnapshot`) and cancels.

/// The mapping screen: what the file holds, the guessed (or remembered) mapping, the first rows.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct CsvPreviewReq {
    pub path: String,
    /// Rows to show; defaults to 20.
    #[ts(optional)]
    pub rows: Option<u32>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct CsvImportReq {
    pub path: String,
    /// Names the job for `import-progress` events and `import_cancel`; unique per import.
    #[ts(optional)]
    pub job: Option<String>,
    /// One entry per column; absent means the remembered mapping, else the guesses.
    #[ts(optional)]
    pub mapping: Option<Vec<ColumnMap>>,
    #[serde(default)]
    pub options: ImportOptions,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct VcardImportReq {
    pub path: String,
    #[ts(optional)]
    pub job: Option<String>,
    #[serde(default)]
    pub options: ImportOptions,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct BundleImportReq {
    pub path: String,
    #[serde(default)]
    pub dry_run: bool,
    /// Merge even when it replaces or deletes more than half of the book (after the user
    /// confirmed a `confirm_required` answer).
    #[serde(default)]
    #[ts(as = "Option<bool>", optional)]
    pub force: bool,
    #[ts(optional)]
    pub job: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct BundleExportReq {
    pub path: String,
    pub scope: BundleScope,
}

/// People as CSV or vCard: the given ids, or everyone.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct PeopleExportReq {
    pub path: String,
    #[ts(optional)]
    pub ids: Option<Vec<String>>,
    #[serde(default)]
    pub options: CsvExportOptions,
}

/// Interactions or follow-ups as CSV, or the calendar (.ics): one person's, or everyone's.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct ListExportReq {
    pub path: String,
    #[ts(optional)]
    pub person_id: Option<String>,
    #[serde(default)]
    pub options: CsvExportOptions,
}

/// A printable dossier (HTML) of a person or of an event's attendees; answered with the HTML.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct DossierReq {
    pub id: String,
}

// The shell's file dialogs, job progress and `export_save`: in their own file for size.
pub use crate::file_requests::*;
pub use crate::safety_requests::*;
