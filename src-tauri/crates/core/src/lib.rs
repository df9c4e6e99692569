//! Liaison's core: every behaviour of the app and the CLI, behind a synchronous, Tauri-free API.
//!
//! The rooms (every module is private; callers import only what is re-exported below, so a file
//! can move without breaking the shell, the CLI or the tests):
//! - `book/`: `Book`, the use cases (people, timeline, follow-ups, events, lists, capture, files
//!   in and out, safety), each stamped by the book's clock and composed from `store` and `domain`.
//! - `domain/`: plain data and rules: people, channels, interactions, follow-ups, events, lists,
//!   the capture grammar, date phrases, recurrence, validation, text folding.
//! - `store/`: every SQL statement: the database (writer + readers), migrations, backups, the
//!   integrity check, encryption of old files; one file per table or concern.
//! - `search/`: people search as you type, and text search in interactions and notes.
//! - `interchange/`: files in and out, a folder per format (`csv/`, `vcard/`, `bundle/`,
//!   `calendar/`, `dossier/`, `people_import/`), and `export` (the one `ExportSpec`).
//! - `api/`: the request and reply types of the shell's commands, shared with the UI (ts-rs).
//! - `keys/`: the database key: keychain, recovery key, passphrase.
//! - `sample/`: the demo book and generated people, for a first look and the development backend.
//! - Beside them: `clock` (the only "now"), `error` (one error shape), `files` (files replaced
//!   whole), `redact` (logging without personal data), `bindings` (the TypeScript export).

mod api;
mod bindings;
mod book;
mod clock;
mod domain;
mod error;
mod file_problem;
mod file_requests;
mod files;
mod interchange;
mod keys;
mod redact;
mod sample;
mod search;
mod store;

// --- The book, its clock, its errors ---
pub use book::{Book, RekeyStep};
pub use clock::{Clock, FixedClock, SystemClock};
pub use error::{
    Error, ErrorBody, ErrorCode, FieldError, FieldRule, FileProblem, FileProblemKind, Result,
};

// --- People ---
pub use api::{
    ChannelAudience, PersonArchiveReq, PersonCreateReq, PersonDeleteReq, PersonExistingReq,
    PersonGetReq, PersonListReq, PersonPage, PersonPhoto, PersonPhotoSetReq, PersonPhotosReq,
    PersonSort, PersonSourcesReq, PersonUpdateReq, PersonWork,
};
pub use domain::birthday::normalize_birthday;
pub use domain::channel::{normalize_handle, Channel, ChannelInput, Platform};
pub use domain::countries::codes as country_list;
pub use domain::fold::{fold, words as folded_words};
pub use domain::person::{
    DuplicateWarning, Person, PersonInput, PersonKind, PersonPatch, PersonSaved, PersonSummary,
    Stage,
};
pub use domain::photo::{Photo, MAX_PHOTO_BYTES};

// --- Bulk changes and their undo ---
pub use api::{BulkChange, BulkOutcome, BulkTarget, PersonBulkReq, UndoOutcome, UndoReq};

// --- Duplicates and merges ---
pub use api::{DuplicatesDismissReq, DuplicatesFindReq, MergeUndoReq, PersonMergeReq};
pub use domain::duplicates::{
    DuplicateGroup, DuplicateMatch, DuplicatePair, DuplicateReason, DuplicateReport, MergeChoices,
    MergeField, MergeReport, UnmergeReport,
};
pub use domain::provenance::{ImportSource, PersonSource, SourceAction, SourceFormat};
pub use domain::validate::clean_person;
pub use store::filter::{ArchivedFilter, PersonFilter};
pub use store::filter_relation::{
    BalanceFilter, CadenceState, ContactFilter, EventPresence, FollowupFilter,
};

// --- Search ---
pub use api::{SearchReq, TextSearchReq};
pub use search::{TextHit, TextHitKind, MIN_TERM};

// --- The relationship: timeline, notes, follow-ups, Today ---
pub use api::{
    FollowupCreateReq, FollowupDeleteReq, FollowupDoneReq, FollowupListReq, FollowupUpdateReq,
    InteractionCreateReq, InteractionDeleteReq, InteractionRestoreReq, InteractionUpdateReq,
    NoteCreateReq, NoteDeleteReq, NoteListReq, NoteUpdateReq, PersonInsightsReq, SnoozeReq,
    TakersListReq, TimelineReq,
};
pub use domain::followup::{ColdPerson, Followup, FollowupInput, FollowupStatus, Today, WeekDay};
pub use domain::interaction::{
    Direction, Exchange, ExchangeCount, Interaction, InteractionInput, InteractionKind,
    MonthActivity, Note, NoteInput, PersonInsights, Reciprocity, TimelinePage,
};
pub use domain::recurrence::{local_to_utc, utc_to_local, Recurrence, Snooze, MORNING};

// --- Events, meetups, quick capture ---
pub use api::{
    AttendReq, AttendeeListReq, CaptureChoice, CapturePerson, CapturePreview, CaptureProblem,
    CaptureReq, CaptureSaved, CityViewReq, EventCreateReq, EventIdReq, EventListReq,
    EventUpdateReq, MeetupCreateReq, MeetupDeleteReq, MeetupListReq, MeetupOutcomeReq,
    MeetupUpdateReq, UnattendReq,
};
pub use domain::event::{
    Attendee, AttendeeRole, AttendeeSort, AttendeeStatus, CityView, Event, EventDetail, EventInput,
    EventKind, EventWhen, Meetup, MeetupInput,
};

// --- Lists ---
pub use api::{
    AffiliationAddReq, AffiliationEndReq, AffiliationRemoveReq, AffiliationUpdateReq,
    ConflictCheckReq, OrgBrandSideReq, PersonAffiliationsReq,
};
pub use api::{
    ColleagueCreateReq, ColleagueDeleteReq, ColleagueUpdateReq, CollisionCheckReq, CollisionsReq,
    OrgUpdateReq, PersonOwnerSetReq, PersonTeamReq,
};
pub use api::{
    ConnectReq, DisconnectReq, MembershipRemoveReq, MembershipSetReq, NetworkGraphReq,
    OrgCreateReq, OrgDetailReq, PersonNetwork, PersonNetworkReq,
};
pub use api::{
    ListCreateReq, ListDeleteReq, ListDetailReq, ListMembersReq, ListUpdateReq, PersonListsReq,
};
pub use api::{SmartListCreateReq, SmartListIdReq, SmartListUpdateReq};
pub use domain::affiliation::{
    Affiliation, AffiliationInput, AffiliationKind, BrandSide, Conflict, ConflictAction,
    ConflictFlag, ConflictKind, PersonAffiliations,
};
pub use domain::graph::{
    GraphEdge, GraphEdgeKind, GraphNode, GraphNodeKind, GraphScope, NetworkGraph,
    GRAPH_NODES_DEFAULT, GRAPH_NODES_MAX,
};
pub use domain::list::{name_key as list_name_key, List, ListDetail, ListInput, ListPatch};
pub use domain::network::{
    Connection as PersonConnection, ConnectionInput, ConnectionKind, Hop, IntroPath, Membership,
    OrgKind, Organization, OrganizationDetail, OrganizationInput,
};
pub use domain::smart_list::{SmartList, SmartListInput};
pub use domain::team::{
    Colleague, ColleagueInput, Collision, CollisionContact, PersonTeam, Touchpoint,
    COLLISION_DAYS_DEFAULT,
};

// --- Files in and out ---
pub use api::{
    BundleImportReq, CsvImportReq, CsvMappingCheckReq, CsvPreviewReq, EventExportReq, ExportedText,
    FileSaveReq, VcardImportReq,
};
pub use book::export::Export;
pub use file_problem::catalogue::{
    photo_links as photo_links_message, skipped_lines as skipped_lines_message, Lang,
};
pub use file_requests::{
    ExportKind, ExportSaveReq, FileFilter, FilePickReq, JobCancelReq, JobProgress,
};
pub use files::replace_file;
pub use interchange::bundle::merge::BundleReport;
pub use interchange::bundle::{BundleManifest, BundleScope};
pub use interchange::csv::{check_mapping, CsvExportOptions, CsvPreview, MappingCheck};
pub use interchange::dossier::DossierLang;
pub use interchange::export::{safe_file_name, ExportOf, ExportSpec, ExportWhat};
pub use interchange::vcard::write::VcardVersion;
pub use interchange::{
    ColumnMap, CsvField, ImportOptions, ImportReport, MergeKey, MergeNote, PersonExport, Progress,
    ProgressSnapshot, RowError,
};

// --- The app: settings, sample data, the key, backups, logging ---
pub use api::{
    AppInfo, BackupRestoreReq, DesktopInfo, DesktopSetReq, KeyReason, LinkOpenReq, LockState,
    PassphraseChangeReq, RecoveryKeyShowReq, SampleLoadReq, Settings, ThemeChoice, TrayLabels,
    UnlockReq, UnlockStatus, MIN_NEW_PASSPHRASE,
};
pub use keys::{
    file_state, unlock, DbKey, FileState, KeySource, KeyStore, KeyStoreError, KeyringStore,
    MemoryKeyStore, RecoveryKey, Unlocked,
};
pub use redact::redact;
pub use redact::warn as warn_redacted;
pub use sample::people as sample_people;
pub use store::backup::BackupInfo;
pub use store::check::{CheckDepth, CheckReport};
pub use store::resolve_db_path;

/// Below the `Book`, for the integration tests, benches and fuzz targets only: the schema's
/// migrations (the upgrade-equals-fresh test), the conversion of old plain files (interrupted at
/// each step), backup files, and the parsers the fuzz targets feed bytes to directly. Not part of
/// the API: hidden from the docs, and the shell and the CLI do not use it.
#[doc(hidden)]
pub mod testing {
    pub use crate::bindings::export_all as export_bindings;
    pub use crate::domain::capture::{parse as parse_capture, Who};
    pub use crate::file_problem::catalogue::typescript as filecheck_typescript;
    pub use crate::interchange::bundle::merge::check as check_bundle;
    pub use crate::interchange::bundle::{checksum as bundle_checksum, BundleInteraction};
    pub use crate::interchange::csv::header::find_header;
    pub use crate::interchange::csv::import::read_table;
    pub use crate::interchange::vcard::parse_people as parse_vcard;
    pub use crate::interchange::workbook::read_every_sheet as read_workbook;
    pub use crate::search::terms::{PER_PERSON_MAX, SET_MAX};
    pub use crate::store::backup::dir as backup_dir;
    pub use crate::store::convert::{encrypt_plain_database_with, plain_copy, Step};
    pub use crate::store::migrations;
}

/// A new UUIDv7: time-ordered, so ids sort by creation and merge well across teammates.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}
