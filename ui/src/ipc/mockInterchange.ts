// Dev-only: the shell's file commands against the fake book — open dialog, CSV preview and import with progress and cancel, bundles, exports.
import { emit } from "@tauri-apps/api/event";
import type { BundleReport } from "./bindings/BundleReport";
import type { ColumnMap } from "./bindings/ColumnMap";
import type { CsvPreview } from "./bindings/CsvPreview";
import type { ErrorBody } from "./bindings/ErrorBody";
import type { ImportReport } from "./bindings/ImportReport";
import type { PersonCreateReq } from "./bindings/PersonCreateReq";
import type { PersonSaved } from "./bindings/PersonSaved";
import type { BundleImportReq, CsvImportReq, ExportSaveReq, FilePickReq, VcardImportReq } from "./interchange";
import { SAMPLE_CSV, guessAll, mapRow, readTable } from "./mockCsv";
import { NOT_MINE } from "./mockEventsCommands";

/** What the fake book must offer the import: creating people, and finding one by e-mail. */
export interface ImportTarget {
  create(req: PersonCreateReq): PersonSaved;
  rows: { emails: string[] }[];
}

interface Win {
  /** A test sets the next file the open dialog answers (null = the user cancelled). */
  __liaisonPick?: string | null;
  /** A test puts file contents here by path. */
  __liaisonFiles?: Record<string, string>;
  /** Exports the mock "saved", for tests to read. */
  __liaisonExports?: ExportSaveReq[];
  /** Milliseconds a mock import takes, so the progress bar can be seen (default 1600). */
  __liaisonImportMs?: number;
}
const win = window as unknown as Win;
const fail = (code: string, message: string): ErrorBody => ({ code: code as ErrorBody["code"], message, fields: [] });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const cancelled = new Set<string>();
const remembered = new Map<string, ColumnMap[]>();

function fileText(path: string): string {
  const own = win.__liaisonFiles?.[path];
  if (own !== undefined) return own;
  if (path.endsWith(".csv")) return SAMPLE_CSV;
  return "";
}

/** Steps `total` units over the import's duration, emitting progress; throws `cancelled` when asked. */
async function crawl(event: "import-progress" | "export-progress", job: string | undefined, total: number): Promise<void> {
  const ms = win.__liaisonImportMs ?? 1600;
  const steps = 16;
  for (let s = 1; s <= steps; s++) {
    await sleep(ms / steps);
    if (job && cancelled.has(job)) {
      cancelled.delete(job);
      throw fail("cancelled", "cancelled: nothing was written");
    }
    if (job) await emit(event, { job, done: Math.round((total * s) / steps), total });
  }
}

function preview(path: string, n: number): CsvPreview {
  const table = readTable(fileText(path));
  if (table.headers.length === 0) throw fail("bad_file", `${path}: the file is empty or not a CSV file`);
  const key = table.headers.join("\u0000");
  const mapping = remembered.get(key) ?? guessAll(table.headers);
  return {
    encoding: "UTF-8",
    delimiter: table.delimiter,
    headers: table.headers,
    mapping,
    remembered: remembered.has(key),
    rows: table.records.slice(0, n).map((r) => ({ line: r.line, cells: r.cells, problems: mapRow(r.line, table.headers, mapping, r.cells).errors })),
    total_rows: table.records.length,
  };
}

async function importCsv(book: ImportTarget, req: CsvImportReq): Promise<ImportReport> {
  const table = readTable(fileText(req.path));
  const mapping = req.mapping ?? guessAll(table.headers);
  const o = req.options;
  const rows = table.records.map((r) => mapRow(r.line, table.headers, mapping, r.cells));
  await crawl("import-progress", req.job, rows.length);
  const errors = rows.flatMap((r) => r.errors);
  const known = new Set(book.rows.flatMap((r) => r.emails));
  const valid = rows.filter((r) => r.errors.length === 0);
  const merged = valid.filter((r) => r.input.emails.some((e) => known.has(e.toLowerCase())));
  if (o.overwrite && !o.force && (req.path.includes("replace") || merged.length * 2 > book.rows.length) && !o.dry_run) {
    throw fail("confirm_required", `this import would overwrite or delete ${Math.max(merged.length, 1)} of the ${book.rows.length} people in the book, more than half; nothing was written`);
  }
  const report: ImportReport = {
    created: valid.length - merged.length,
    merged: merged.length,
    skipped: o.valid_only ? rows.length - valid.length : 0,
    errors: errors.slice(0, 100),
    error_count: errors.length,
    written: false,
  };
  if (o.dry_run || (errors.length > 0 && !o.valid_only)) return report;
  for (const r of valid) if (!merged.includes(r)) book.create({ input: r.input });
  remembered.set(table.headers.join("\u0000"), mapping);
  return { ...report, written: true };
}

async function importBundle(req: BundleImportReq): Promise<BundleReport> {
  await crawl("import-progress", req.job, 1240);
  if (req.path.includes("replace") && !req.force && !req.dry_run) {
    throw fail("confirm_required", "this bundle merge would overwrite or delete 812 of the 1,240 records in the book, more than half; nothing was written");
  }
  return {
    added: 38,
    updated: 12,
    unchanged: 1190,
    deleted: 2,
    conflicts: [
      { kind: "person", id: "0193a000-0000-7000-8000-0000000000c1", kept: "theirs", reason: "changed on both sides; theirs is newer (2026-11-20 14:02 vs 2026-11-18 09:15)" },
      { kind: "interaction", id: "0193a000-0000-7000-8000-0000000000c2", kept: "ours", reason: "changed on both sides; ours is newer" },
      { kind: "followup", id: "0193a000-0000-7000-8000-0000000000c3", kept: "theirs", reason: "done in the bundle, snoozed here; theirs is newer" },
    ],
    conflict_count: 3,
    origin: "camille-laptop-7f3a",
    written: !req.dry_run,
  };
}

const EXT: Record<ExportSaveReq["kind"], string> = {
  bundle: "liaison.json", people_csv: "people.csv", interactions_csv: "interactions.csv", followups_csv: "followups.csv",
  vcard: "people.vcf", ics: "liaison.ics", person_dossier: "dossier.html", event_dossier: "event-dossier.html", person_everything: "person.liaison.json",
};

export async function interchangeCommand(book: ImportTarget, cmd: string, req: never): Promise<unknown> {
  switch (cmd) {
    case "file_pick": {
      if (win.__liaisonPick !== undefined) return win.__liaisonPick;
      const ext = (req as FilePickReq).filters?.[0]?.extensions[0] ?? "csv";
      return ext === "vcf" ? "/home/you/Documents/contacts.vcf" : ext === "json" ? "/home/you/Downloads/camille.liaison.json" : "/home/you/Documents/influenceurs-salon.csv";
    }
    case "import_csv_preview": {
      const r = req as { path: string; rows?: number };
      return preview(r.path, r.rows ?? 20);
    }
    case "import_csv":
      return importCsv(book, req);
    case "import_vcard": {
      const r = req as VcardImportReq;
      await crawl("import-progress", r.job, 24);
      return { created: 21, merged: 3, skipped: 0, errors: [], error_count: 0, written: !r.options.dry_run } satisfies ImportReport;
    }
    case "import_bundle":
      return importBundle(req);
    case "import_cancel":
      cancelled.add((req as { job: string }).job);
      return null;
    case "export_save": {
      const r = req as ExportSaveReq;
      if (win.__liaisonPick === null) return null;
      if (r.kind === "bundle") await crawl("export-progress", r.job, 100_000);
      (win.__liaisonExports ??= []).push(r);
      return `/home/you/Documents/${EXT[r.kind]}`;
    }
    default:
      return NOT_MINE;
  }
}
