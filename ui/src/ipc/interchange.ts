// Request and reply shapes of the shell's file commands (file_pick, imports, export_save, progress), mirroring src-tauri/crates/core/src/file_requests.rs.
import type { BundleScope } from "./bindings/BundleScope";
import type { PersonFilter } from "./bindings/PersonFilter";
import type { ColumnMap } from "./bindings/ColumnMap";
import type { ImportOptions } from "./bindings/ImportOptions";
import type { VcardVersion } from "./bindings/VcardVersion";

export type { BundleReport } from "./bindings/BundleReport";
export type { BundleConflict } from "./bindings/BundleConflict";
export type { ColumnMap } from "./bindings/ColumnMap";
export type { CsvField } from "./bindings/CsvField";
export type { CsvPreview } from "./bindings/CsvPreview";
export type { ImportReport } from "./bindings/ImportReport";
export type { MergeKey } from "./bindings/MergeKey";
export type { MergeNote } from "./bindings/MergeNote";
export type { PreviewRow } from "./bindings/PreviewRow";
export type { RowError } from "./bindings/RowError";
export type { VcardVersion } from "./bindings/VcardVersion";

export interface FileFilter {
  name: string;
  extensions: string[];
}
export interface FilePickReq {
  filters?: FileFilter[];
}
/** `force` goes ahead after the user confirmed a `confirm_required` answer. */
export type ImportOpts = Partial<ImportOptions> & { force?: boolean };
export interface CsvImportReq {
  path: string;
  job?: string;
  mapping?: ColumnMap[];
  options: ImportOpts;
}
export interface VcardImportReq {
  path: string;
  job?: string;
  options: ImportOpts;
}
export interface BundleImportReq {
  path: string;
  dry_run: boolean;
  force?: boolean;
  job?: string;
}
export interface JobCancelReq {
  job: string;
}
export interface JobProgress {
  job: string;
  done: number;
  total: number;
}
export type ExportKind =
  | "bundle"
  | "people_csv"
  | "interactions_csv"
  | "followups_csv"
  | "vcard"
  | "ics"
  | "person_dossier"
  | "event_dossier"
  | "list_dossier"
  | "person_everything";
export interface ExportSaveReq {
  kind: ExportKind;
  scope?: BundleScope;
  person_id?: string;
  event_id?: string;
  /** people_csv, vcard and list_dossier: only this list's members. */
  list_id?: string;
  /** people_csv, vcard and bundle: only these people (picked in the People table). */
  person_ids?: string[];
  /** people_csv, vcard and bundle: everyone this filter matches ("all N matching"). */
  person_filter?: PersonFilter;
  /** people_csv, vcard, bundle and list_dossier: whoever this smart list holds now. */
  smart_list_id?: string;
  bom?: boolean;
  semicolon?: boolean;
  /** vcard: "3.0" (default: Outlook, Google Contacts) or "4.0". */
  vcard_version?: VcardVersion;
  job?: string;
  /** Dossiers: written in this language (the app's); English unless said. */
  lang?: "en" | "fr";
}
