// Turns import and merge reports into what the result screen says: the headline, the counts, the capped error table.
import type { BundleReport, ImportReport, MergeKey, MergeNote, RowError } from "../../ipc/interchange";

export const SHOWN_ERRORS = 100;

export type Headline = "io.report.done" | "io.report.dry" | "io.report.dryStopped" | "io.report.stopped";

/**
 * `written` false means a dry run or an import stopped by invalid rows. We know it was a dry run
 * because we asked for one; an import stopped for invalid rows has errors and wrote nothing.
 */
export function headline(r: ImportReport, dryRun: boolean): Headline {
  if (r.written) return "io.report.done";
  // A dry run that skipped nothing yet found problems ran without "valid rows only": the real import would stop.
  if (dryRun) return r.error_count > 0 && r.skipped === 0 ? "io.report.dryStopped" : "io.report.dry";
  return r.error_count > 0 ? "io.report.stopped" : "io.report.done";
}

/** The rows of the error table and how many more there were beyond them. */
export function errorTable(r: Pick<ImportReport, "errors" | "error_count">): { rows: RowError[]; more: number } {
  return capped(r.errors, r.error_count);
}

/** Values kept as written in a note (a country or a date no one could read): the first 100 and the rest's count. */
export function warningTable(r: Pick<ImportReport, "warnings" | "warning_count">): { rows: RowError[]; more: number } {
  return capped(r.warnings, r.warning_count);
}

/** Rows that were someone already met, in the book or earlier in the file: the first 100 and the rest's count. */
export function mergeTable(r: Pick<ImportReport, "merges" | "merge_count">): { rows: MergeNote[]; more: number } {
  return capped(r.merges, r.merge_count);
}

/** What two records had in common, as the report says it. */
export function mergeKeyLabel(by: MergeKey): "sources.by.email" | "sources.by.handle" | "sources.by.phone" {
  return `sources.by.${by}`;
}

function capped<T>(all: T[], count: number): { rows: T[]; more: number } {
  const rows = all.slice(0, SHOWN_ERRORS);
  return { rows, more: Math.max(0, count - rows.length) };
}

/** The counts worth a line, in the order the user reads them; zero counts are left out (except created). */
export function importCounts(r: ImportReport): { key: "io.report.created" | "io.report.merged" | "io.report.skipped"; count: number }[] {
  const out: { key: "io.report.created" | "io.report.merged" | "io.report.skipped"; count: number }[] = [
    { key: "io.report.created", count: r.created },
  ];
  if (r.merged) out.push({ key: "io.report.merged", count: r.merged });
  if (r.skipped) out.push({ key: "io.report.skipped", count: r.skipped });
  return out;
}

export function bundleCounts(
  r: BundleReport,
): {
  key: "io.bundle.added" | "io.bundle.merged" | "io.bundle.mergesApplied" | "io.bundle.updated" | "io.bundle.unchanged" | "io.bundle.deleted";
  count: number;
}[] {
  return (
    [
      { key: "io.bundle.added", count: r.added },
      { key: "io.bundle.merged", count: r.merged },
      { key: "io.bundle.mergesApplied", count: r.merges_applied },
      { key: "io.bundle.updated", count: r.updated },
      { key: "io.bundle.deleted", count: r.deleted },
      { key: "io.bundle.unchanged", count: r.unchanged },
    ] as const
  ).filter((c, i) => i === 0 || c.count > 0);
}

/** Shows a progress bar only for jobs that outlast this, so quick ones do not flash one. */
export const PROGRESS_AFTER_MS = 1000;

/** 0..1, or null while the total is unknown (an indeterminate bar). */
export function fraction(p: { done: number; total: number } | null): number | null {
  if (!p || p.total <= 0) return null;
  return Math.min(1, Math.max(0, p.done / p.total));
}

/** Unique per import, so progress events and cancel reach the right job. */
export function newJobId(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `job-${Date.now()}-${Math.random().toString(16).slice(2)}`;
}
