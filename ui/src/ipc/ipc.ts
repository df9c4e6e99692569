// The app's one door to the Tauri shell: a typed function per command, each taking the single `req`.
import { invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import { IpcError, normaliseError } from "./errors";
import type { AppInfo } from "./bindings/AppInfo";
import type { Colleague } from "./bindings/Colleague";
import type { ColleagueCreateReq } from "./bindings/ColleagueCreateReq";
import type { ColleagueUpdateReq } from "./bindings/ColleagueUpdateReq";
import type { ColleagueDeleteReq } from "./bindings/ColleagueDeleteReq";
import type { Collision } from "./bindings/Collision";
import type { CollisionCheckReq } from "./bindings/CollisionCheckReq";
import type { CollisionsReq } from "./bindings/CollisionsReq";
import type { PersonTeam } from "./bindings/PersonTeam";
import type { PersonTeamReq } from "./bindings/PersonTeamReq";
import type { PersonOwnerSetReq } from "./bindings/PersonOwnerSetReq";
import type { OrgUpdateReq } from "./bindings/OrgUpdateReq";
import type { Person } from "./bindings/Person";
import type { PersonArchiveReq } from "./bindings/PersonArchiveReq";
import type { PersonCreateReq } from "./bindings/PersonCreateReq";
import type { PersonExistingReq } from "./bindings/PersonExistingReq";
import type { DuplicateWarning } from "./bindings/DuplicateWarning";
import type { PersonDeleteReq } from "./bindings/PersonDeleteReq";
import type { PersonGetReq } from "./bindings/PersonGetReq";
import type { PersonListReq } from "./bindings/PersonListReq";
import type { PersonPage } from "./bindings/PersonPage";
import type { PersonPhoto } from "./bindings/PersonPhoto";
import type { PersonPhotoSetReq } from "./bindings/PersonPhotoSetReq";
import type { PersonPhotosReq } from "./bindings/PersonPhotosReq";
import type { PersonSource } from "./bindings/PersonSource";
import type { PersonSourcesReq } from "./bindings/PersonSourcesReq";
import type { PersonSaved } from "./bindings/PersonSaved";
import type { PersonSummary } from "./bindings/PersonSummary";
import type { PersonUpdateReq } from "./bindings/PersonUpdateReq";
import type { SampleLoadReq } from "./bindings/SampleLoadReq";
import type { SearchReq } from "./bindings/SearchReq";
import type { Followup } from "./bindings/Followup";
import type { FollowupCreateReq } from "./bindings/FollowupCreateReq";
import type { FollowupDeleteReq } from "./bindings/FollowupDeleteReq";
import type { FollowupDoneReq } from "./bindings/FollowupDoneReq";
import type { FollowupListReq } from "./bindings/FollowupListReq";
import type { FollowupUpdateReq } from "./bindings/FollowupUpdateReq";
import type { Interaction } from "./bindings/Interaction";
import type { InteractionCreateReq } from "./bindings/InteractionCreateReq";
import type { InteractionDeleteReq } from "./bindings/InteractionDeleteReq";
import type { InteractionRestoreReq } from "./bindings/InteractionRestoreReq";
import type { InteractionUpdateReq } from "./bindings/InteractionUpdateReq";
import type { Note } from "./bindings/Note";
import type { NoteCreateReq } from "./bindings/NoteCreateReq";
import type { NoteDeleteReq } from "./bindings/NoteDeleteReq";
import type { NoteListReq } from "./bindings/NoteListReq";
import type { NoteUpdateReq } from "./bindings/NoteUpdateReq";
import type { PersonInsights } from "./bindings/PersonInsights";
import type { PersonInsightsReq } from "./bindings/PersonInsightsReq";
import type { Settings } from "./bindings/Settings";
import type { DesktopInfo } from "./bindings/DesktopInfo";
import type { DesktopSetReq } from "./bindings/DesktopSetReq";
import type { SnoozeReq } from "./bindings/SnoozeReq";
import type { TakersListReq } from "./bindings/TakersListReq";
import type { TextHit } from "./bindings/TextHit";
import type { TextSearchReq } from "./bindings/TextSearchReq";
import type { TimelinePage } from "./bindings/TimelinePage";
import type { TimelineReq } from "./bindings/TimelineReq";
import type { Today } from "./bindings/Today";
import type { Attendee } from "./bindings/Attendee";
import type { AttendeeListReq } from "./bindings/AttendeeListReq";
import type { AttendReq } from "./bindings/AttendReq";
import type { CapturePreview } from "./bindings/CapturePreview";
import type { CaptureReq } from "./bindings/CaptureReq";
import type { CaptureSaved } from "./bindings/CaptureSaved";
import type { CityView } from "./bindings/CityView";
import type { CityViewReq } from "./bindings/CityViewReq";
import type { Event } from "./bindings/Event";
import type { EventCreateReq } from "./bindings/EventCreateReq";
import type { EventDetail } from "./bindings/EventDetail";
import type { EventExportReq } from "./bindings/EventExportReq";
import type { EventIdReq } from "./bindings/EventIdReq";
import type { EventListReq } from "./bindings/EventListReq";
import type { EventUpdateReq } from "./bindings/EventUpdateReq";
import type { ExportedText } from "./bindings/ExportedText";
import type { FileSaveReq } from "./bindings/FileSaveReq";
import type { Meetup } from "./bindings/Meetup";
import type { MeetupCreateReq } from "./bindings/MeetupCreateReq";
import type { MeetupDeleteReq } from "./bindings/MeetupDeleteReq";
import type { MeetupListReq } from "./bindings/MeetupListReq";
import type { MeetupOutcomeReq } from "./bindings/MeetupOutcomeReq";
import type { MeetupUpdateReq } from "./bindings/MeetupUpdateReq";
import type { UnattendReq } from "./bindings/UnattendReq";
import type { CsvPreviewReq } from "./bindings/CsvPreviewReq";
import type { CsvMappingCheckReq } from "./bindings/CsvMappingCheckReq";
import type { MappingCheck } from "./bindings/MappingCheck";
import type { List } from "./bindings/List";
import type { ListCreateReq } from "./bindings/ListCreateReq";
import type { SmartList } from "./bindings/SmartList";
import type { SmartListCreateReq } from "./bindings/SmartListCreateReq";
import type { SmartListUpdateReq } from "./bindings/SmartListUpdateReq";
import type { SmartListIdReq } from "./bindings/SmartListIdReq";
import type { ListDeleteReq } from "./bindings/ListDeleteReq";
import type { ListDetail } from "./bindings/ListDetail";
import type { ListDetailReq } from "./bindings/ListDetailReq";
import type { ListMembersReq } from "./bindings/ListMembersReq";
import type { ListUpdateReq } from "./bindings/ListUpdateReq";
import type { PersonListsReq } from "./bindings/PersonListsReq";
import type { Organization } from "./bindings/Organization";
import type { Affiliation } from "./bindings/Affiliation";
import type { AffiliationAddReq } from "./bindings/AffiliationAddReq";
import type { AffiliationEndReq } from "./bindings/AffiliationEndReq";
import type { AffiliationRemoveReq } from "./bindings/AffiliationRemoveReq";
import type { AffiliationUpdateReq } from "./bindings/AffiliationUpdateReq";
import type { Conflict } from "./bindings/Conflict";
import type { ConflictCheckReq } from "./bindings/ConflictCheckReq";
import type { OrgBrandSideReq } from "./bindings/OrgBrandSideReq";
import type { PersonAffiliations } from "./bindings/PersonAffiliations";
import type { PersonAffiliationsReq } from "./bindings/PersonAffiliationsReq";
import type { OrganizationDetail } from "./bindings/OrganizationDetail";
import type { OrgCreateReq } from "./bindings/OrgCreateReq";
import type { OrgDetailReq } from "./bindings/OrgDetailReq";
import type { Membership } from "./bindings/Membership";
import type { MembershipSetReq } from "./bindings/MembershipSetReq";
import type { MembershipRemoveReq } from "./bindings/MembershipRemoveReq";
import type { Connection } from "./bindings/Connection";
import type { ConnectReq } from "./bindings/ConnectReq";
import type { DisconnectReq } from "./bindings/DisconnectReq";
import type { PersonNetwork } from "./bindings/PersonNetwork";
import type { PersonNetworkReq } from "./bindings/PersonNetworkReq";
import type { NetworkGraph } from "./bindings/NetworkGraph";
import type { NetworkGraphReq } from "./bindings/NetworkGraphReq";
import type { BackupInfo } from "./bindings/BackupInfo";
import type { BackupRestoreReq } from "./bindings/BackupRestoreReq";
import type { CheckReport } from "./bindings/CheckReport";
import type { UnlockReq } from "./bindings/UnlockReq";
import type { RecoveryKeyShowReq } from "./bindings/RecoveryKeyShowReq";
import type { PassphraseChangeReq } from "./bindings/PassphraseChangeReq";
import type { UnlockStatus } from "./bindings/UnlockStatus";
import type { DuplicateReport } from "./bindings/DuplicateReport";
import type { DuplicatesDismissReq } from "./bindings/DuplicatesDismissReq";
import type { DuplicatesFindReq } from "./bindings/DuplicatesFindReq";
import type { MergeReport } from "./bindings/MergeReport";
import type { MergeUndoReq } from "./bindings/MergeUndoReq";
import type { PersonBulkReq } from "./bindings/PersonBulkReq";
import type { BulkOutcome } from "./bindings/BulkOutcome";
import type { UndoReq } from "./bindings/UndoReq";
import type { UndoOutcome } from "./bindings/UndoOutcome";
import type { PersonMergeReq } from "./bindings/PersonMergeReq";
import type { UnmergeReport } from "./bindings/UnmergeReport";
import type {
  BundleImportReq,
  BundleReport,
  CsvImportReq,
  CsvPreview,
  ExportSaveReq,
  FilePickReq,
  ImportReport,
  JobCancelReq,
  JobProgress,
  VcardImportReq,
} from "./interchange";

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (raw) {
    throw new IpcError(normaliseError(raw));
  }
}

export const ipc = {
  personCreate: (req: PersonCreateReq) => call<PersonSaved>("person_create", { req }),
  personExisting: (req: PersonExistingReq) => call<DuplicateWarning[]>("person_existing", { req }),
  personGet: (req: PersonGetReq) => call<Person>("person_get", { req }),
  personUpdate: (req: PersonUpdateReq) => call<PersonSaved>("person_update", { req }),
  personArchive: (req: PersonArchiveReq) => call<Person>("person_archive", { req }),
  personDelete: (req: PersonDeleteReq) => call<null>("person_delete", { req }),
  personList: (req: PersonListReq) => call<PersonPage>("person_list", { req }),
  personSearch: (req: SearchReq) => call<PersonSummary[]>("person_search", { req }),
  personPhotos: (req: PersonPhotosReq) => call<PersonPhoto[]>("person_photos", { req }),
  personPhotoSet: (req: PersonPhotoSetReq) => call<Person>("person_photo_set", { req }),
  personPhotoDelete: (req: PersonGetReq) => call<Person>("person_photo_delete", { req }),
  personSources: (req: PersonSourcesReq) => call<PersonSource[]>("person_sources", { req }),
  appInfo: () => call<AppInfo>("app_info"),
  sampleLoad: (req: SampleLoadReq) => call<number>("sample_load", { req }),
  /** The ISO 3166-1 alpha-2 codes a country field accepts, sorted. */
  countryList: () => call<string[]>("country_list"),
  interactionCreate: (req: InteractionCreateReq) => call<Interaction>("interaction_create", { req }),
  interactionUpdate: (req: InteractionUpdateReq) => call<Interaction>("interaction_update", { req }),
  interactionDelete: (req: InteractionDeleteReq) => call<Interaction>("interaction_delete", { req }),
  interactionRestore: (req: InteractionRestoreReq) => call<Interaction>("interaction_restore", { req }),
  timelineList: (req: TimelineReq) => call<TimelinePage>("timeline_list", { req }),
  noteCreate: (req: NoteCreateReq) => call<Note>("note_create", { req }),
  noteUpdate: (req: NoteUpdateReq) => call<Note>("note_update", { req }),
  noteDelete: (req: NoteDeleteReq) => call<Note>("note_delete", { req }),
  noteList: (req: NoteListReq) => call<Note[]>("note_list", { req }),
  personInsights: (req: PersonInsightsReq) => call<PersonInsights>("person_insights", { req }),
  takersList: (req: TakersListReq) => call<PersonSummary[]>("takers_list", { req }),
  followupCreate: (req: FollowupCreateReq) => call<Followup>("followup_create", { req }),
  followupUpdate: (req: FollowupUpdateReq) => call<Followup>("followup_update", { req }),
  followupDone: (req: FollowupDoneReq) => call<Followup>("followup_done", { req }),
  followupSnooze: (req: SnoozeReq) => call<Followup>("followup_snooze", { req }),
  followupDelete: (req: FollowupDeleteReq) => call<Followup>("followup_delete", { req }),
  followupList: (req: FollowupListReq) => call<Followup[]>("followup_list", { req }),
  todayGet: () => call<Today>("today_get"),
  textSearch: (req: TextSearchReq) => call<TextHit[]>("text_search", { req }),
  settingsGet: () => call<Settings>("settings_get"),
  settingsSet: (req: Settings) => call<Settings>("settings_set", { req }),
  linkOpen: (req: { url: string }) => call<null>("link_open", { req }),
  // Issue 17: the app on the desktop. Start at login as the system has it, the log folder, the
  // capture shortcut the desktop granted; `desktopSet` also gives the tray menu its words.
  desktopGet: () => call<DesktopInfo>("desktop_get"),
  desktopSet: (req: DesktopSetReq) => call<DesktopInfo>("desktop_set", { req }),
  logFolderOpen: () => call<null>("log_folder_open"),
  /** The person a `liaison://person/<id>` link asked for, once; null when none waits. */
  linkTake: () => call<string | null>("link_take"),
  // Issue 4: events, who's here, meetups, the city view, quick capture, saving exports.
  eventCreate: (req: EventCreateReq) => call<Event>("event_create", { req }),
  eventUpdate: (req: EventUpdateReq) => call<Event>("event_update", { req }),
  eventDelete: (req: EventIdReq) => call<Event>("event_delete", { req }),
  eventGet: (req: EventIdReq) => call<Event>("event_get", { req }),
  eventDetail: (req: EventIdReq) => call<EventDetail>("event_detail", { req }),
  eventList: (req: EventListReq) => call<Event[]>("event_list", { req }),
  eventAttend: (req: AttendReq) => call<Attendee>("event_attend", { req }),
  eventUnattend: (req: UnattendReq) => call<null>("event_unattend", { req }),
  eventAttendees: (req: AttendeeListReq) => call<Attendee[]>("event_attendees", { req }),
  eventAttendeesCsv: (req: EventExportReq) => call<ExportedText>("event_attendees_csv", { req }),
  eventIcs: (req: EventExportReq) => call<ExportedText>("event_ics", { req }),
  meetupCreate: (req: MeetupCreateReq) => call<Meetup>("meetup_create", { req }),
  meetupUpdate: (req: MeetupUpdateReq) => call<Meetup>("meetup_update", { req }),
  meetupDelete: (req: MeetupDeleteReq) => call<Meetup>("meetup_delete", { req }),
  meetupList: (req: MeetupListReq) => call<Meetup[]>("meetup_list", { req }),
  meetupOutcome: (req: MeetupOutcomeReq) => call<Meetup>("meetup_outcome", { req }),
  cityView: (req: CityViewReq) => call<CityView>("city_view", { req }),
  capturePreview: (req: CaptureReq) => call<CapturePreview>("capture_preview", { req }),
  captureSave: (req: CaptureReq) => call<CaptureSaved>("capture_save", { req }),
  /** The system's save dialog; null when the user cancelled it. */
  fileSave: (req: FileSaveReq) => call<string | null>("file_save", { req }),
  // Issue 5: the open dialog, imports (with a job id for progress and cancel), exports saved by the shell.
  /** The system's open dialog; null when the user cancelled it. */
  filePick: (req: FilePickReq) => call<string | null>("file_pick", { req }),
  importCsvPreview: (req: CsvPreviewReq) => call<CsvPreview>("import_csv_preview", { req }),
  /** The core's rule for a mapping being made: a name column, one column per single-valued field. */
  csvMappingCheck: (req: CsvMappingCheckReq) => call<MappingCheck>("csv_mapping_check", { req }),
  importCsv: (req: CsvImportReq) => call<ImportReport>("import_csv", { req }),
  importVcard: (req: VcardImportReq) => call<ImportReport>("import_vcard", { req }),
  importBundle: (req: BundleImportReq) => call<BundleReport>("import_bundle", { req }),
  importCancel: (req: JobCancelReq) => call<null>("import_cancel", { req }),
  /** The save dialog, then the shell writes the export there; null when the user cancelled. */
  exportSave: (req: ExportSaveReq) => call<string | null>("export_save", { req }),
  // Hand-picked lists of people.
  listCreate: (req: ListCreateReq) => call<List>("list_create", { req }),
  listUpdate: (req: ListUpdateReq) => call<List>("list_update", { req }),
  listDelete: (req: ListDeleteReq) => call<null>("list_delete", { req }),
  listAll: () => call<List[]>("list_all"),
  listDetail: (req: ListDetailReq) => call<ListDetail>("list_detail", { req }),
  listAdd: (req: ListMembersReq) => call<List>("list_add", { req }),
  listRemove: (req: ListMembersReq) => call<List>("list_remove", { req }),
  personLists: (req: PersonListsReq) => call<List[]>("person_lists", { req }),
  // Smart lists: saved filters with live counts.
  smartListAll: () => call<SmartList[]>("smart_list_all"),
  smartListCreate: (req: SmartListCreateReq) => call<SmartList>("smart_list_create", { req }),
  smartListUpdate: (req: SmartListUpdateReq) => call<SmartList>("smart_list_update", { req }),
  smartListDelete: (req: SmartListIdReq) => call<null>("smart_list_delete", { req }),
  orgAll: () => call<Organization[]>("org_all"),
  orgCreate: (req: OrgCreateReq) => call<Organization>("org_create", { req }),
  orgDetail: (req: OrgDetailReq) => call<OrganizationDetail>("org_detail", { req }),
  membershipSet: (req: MembershipSetReq) => call<Membership[]>("membership_set", { req }),
  membershipRemove: (req: MembershipRemoveReq) => call<Membership[]>("membership_remove", { req }),
  connect: (req: ConnectReq) => call<Connection>("connect", { req }),
  disconnect: (req: DisconnectReq) => call<null>("disconnect", { req }),
  personNetwork: (req: PersonNetworkReq) => call<PersonNetwork>("person_network", { req }),
  networkGraph: (req: NetworkGraphReq) => call<NetworkGraph>("network_graph", { req }),
  orgUpdate: (req: OrgUpdateReq) => call<Organization>("org_update", { req }),
  // Issue 16, our side: the colleagues, a person's touchpoints and owner, message collisions.
  colleagueAll: () => call<Colleague[]>("colleague_all"),
  colleagueCreate: (req: ColleagueCreateReq) => call<Colleague>("colleague_create", { req }),
  colleagueUpdate: (req: ColleagueUpdateReq) => call<Colleague>("colleague_update", { req }),
  colleagueDelete: (req: ColleagueDeleteReq) => call<null>("colleague_delete", { req }),
  personTeam: (req: PersonTeamReq) => call<PersonTeam>("person_team", { req }),
  personOwnerSet: (req: PersonOwnerSetReq) => call<PersonTeam>("person_owner_set", { req }),
  /** Before saving: the other colleagues who contacted these people within the window. */
  collisionCheck: (req: CollisionCheckReq) => call<Collision[]>("collision_check", { req }),
  collisions: (req: CollisionsReq) => call<Collision[]>("collisions", { req }),
  // Issue 16, brands: a person's affiliations, conflicts, and which brands are ours or a competitor's.
  affiliationAdd: (req: AffiliationAddReq) => call<Affiliation>("affiliation_add", { req }),
  affiliationUpdate: (req: AffiliationUpdateReq) => call<Affiliation>("affiliation_update", { req }),
  affiliationEnd: (req: AffiliationEndReq) => call<Affiliation>("affiliation_end", { req }),
  affiliationRemove: (req: AffiliationRemoveReq) => call<null>("affiliation_remove", { req }),
  personAffiliations: (req: PersonAffiliationsReq) => call<PersonAffiliations>("person_affiliations", { req }),
  /** Before adding to a list or an event, planning a follow-up or logging: the conflicts to warn of. */
  conflictCheck: (req: ConflictCheckReq) => call<Conflict[]>("conflict_check", { req }),
  orgBrandSideSet: (req: OrgBrandSideReq) => call<Organization>("org_brand_side_set", { req }),
  // Issue 6: the key (when the keychain cannot open the book), the recovery key once, backups, the check.
  unlockStatus: () => call<UnlockStatus>("unlock_status"),
  /** The secret travels once, in this call; nothing keeps it afterwards. */
  unlock: (req: UnlockReq) => call<null>("unlock", { req }),
  /** The printable recovery key of a key made at this start, once; null ever after. */
  recoveryKeyTake: () => call<string | null>("recovery_key_take"),
  /** The recovery key again, after the keychain's check or with the secret typed; `key_required` asks for one. */
  recoveryKeyShow: (req: RecoveryKeyShowReq) => call<string>("recovery_key_show", { req }),
  /** Re-encrypts the open book under `new` once `current` is proven; `validation` names the field (`key`: a keychain book). */
  passphraseChange: (req: PassphraseChangeReq) => call<null>("passphrase_change", { req }),
  backupList: () => call<BackupInfo[]>("backup_list"),
  backupCreate: () => call<BackupInfo>("backup_create"),
  /** Answers the backup of the state it replaced. */
  backupRestore: (req: BackupRestoreReq) => call<BackupInfo>("backup_restore", { req }),
  bookCheck: () => call<CheckReport>("book_check"),
  // Issue 15: duplicates. The scan is a job: `scan-progress` events, `importCancel` stops it.
  duplicatesFind: (req: DuplicatesFindReq) => call<DuplicateReport>("duplicates_find", { req }),
  duplicatesDismiss: (req: DuplicatesDismissReq) => call<null>("duplicates_dismiss", { req }),
  personMerge: (req: PersonMergeReq) => call<MergeReport>("person_merge", { req }),
  /** Refused (validation) once the person who stayed was changed after the merge. */
  mergeUndo: (req: MergeUndoReq) => call<UnmergeReport>("merge_undo", { req }),
  personBulk: (req: PersonBulkReq) => call<BulkOutcome>("person_bulk", { req }),
  bulkUndo: (req: UndoReq) => call<UndoOutcome>("bulk_undo", { req }),
};

/** The shell emits `followup-due` when a follow-up comes due while the window is open. */
export function onFollowupDue(handler: (f: Followup) => void): Promise<UnlistenFn> {
  return listen<Followup>("followup-due", (e) => handler(e.payload));
}

/** The shell emits `followup-open` when the user clicks a follow-up's desktop notification. */
export function onFollowupOpen(handler: (f: Followup) => void): Promise<UnlistenFn> {
  return listen<Followup>("followup-open", (e) => handler(e.payload));
}

/** A file dropped on the window, as the shell decided (mirrors `FileDropped` in
 * src-tauri/src/desktop/drop.rs): the path is then accepted by the imports like a picked one. */
export type FileDropped = {
  path: string;
  kind: "csv" | "vcard" | "bundle" | null;
  refused: "several" | "folder" | "unknown_type" | null;
};

/** `file-dropped`: a file was dropped on the window. */
export function onFileDropped(handler: (d: FileDropped) => void): Promise<UnlistenFn> {
  return listen<FileDropped>("file-dropped", (e) => handler(e.payload));
}

/** `link-pending`: a `liaison://` link waits (take it with `ipc.linkTake`). */
export function onLinkPending(handler: () => void): Promise<UnlistenFn> {
  return listen<null>("link-pending", () => handler());
}

/** `capture-open`: the tray's item (or the shortcut) asks for quick capture. */
export function onCaptureOpen(handler: () => void): Promise<UnlistenFn> {
  return listen<null>("capture-open", () => handler());
}

/** `import-progress` and `export-progress`: `done` of `total` for a job (at most ten a second). */
export function onJobProgress(handler: (p: JobProgress) => void): Promise<UnlistenFn> {
  return Promise.all([
    listen<JobProgress>("import-progress", (e) => handler(e.payload)),
    listen<JobProgress>("export-progress", (e) => handler(e.payload)),
  ]).then((uns) => () => uns.forEach((un) => un()));
}

/** `scan-progress`: `done` of `total` people for a named duplicate scan (at most ten a second). */
export function onScanProgress(handler: (p: JobProgress) => void): Promise<UnlistenFn> {
  return listen<JobProgress>("scan-progress", (e) => handler(e.payload));
}

export type Ipc = typeof ipc;
