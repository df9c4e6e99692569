// Report formatting: the headline says whether anything was written, the error table stops at 100 with "N more".
import { describe, expect, it } from "vitest";
import type { BundleReport, ImportReport } from "../../ipc/interchange";
import { bundleCounts, errorTable, fraction, headline, importCounts, mergeKeyLabel, mergeTable, warningTable } from "./report";

const report = (over: Partial<ImportReport> = {}): ImportReport => ({
  created: 3,
  merged: 0,
  skipped: 0,
  errors: [],
  error_count: 0,
  written: true,
  warnings: [],
  warning_count: 0,
  merges: [],
  merge_count: 0,
  skipped_lines: 0,
  photo_links: 0,
  ...over,
});

describe("import report", () => {
  it("says nothing was written for a dry run and for an import stopped by invalid rows", () => {
    expect(headline(report(), false)).toBe("io.report.done");
    expect(headline(report({ written: false }), true)).toBe("io.report.dry");
    const one = [{ line: 3, field: "E-mail", message: "bad" }];
    expect(headline(report({ written: false, errors: one, error_count: 1 }), true), "a check without 'valid rows only' warns the import would stop").toBe("io.report.dryStopped");
    expect(headline(report({ written: false, errors: one, error_count: 1, skipped: 1 }), true)).toBe("io.report.dry");
    const errors = [{ line: 3, field: "E-mail", message: "bad" }];
    expect(headline(report({ written: false, errors, error_count: 1 }), false)).toBe("io.report.stopped");
  });

  it("shows the first 100 errors and counts the rest", () => {
    const errors = Array.from({ length: 100 }, (_, i) => ({ line: i + 2, field: "E-mail", message: "bad" }));
    const t = errorTable({ errors, error_count: 250 });
    expect(t.rows).toHaveLength(100);
    expect(t.more).toBe(150);
    expect(errorTable({ errors: errors.slice(0, 3), error_count: 3 }).more).toBe(0);
  });

  it("lists the values kept as written and the rows already known, 100 at most, with how many more", () => {
    const warnings = [{ line: 10, field: "Address 1 - Country", message: "“Atlantis” is not a country" }];
    expect(warningTable(report({ warnings, warning_count: 1 }))).toEqual({ rows: warnings, more: 0 });
    const merges = Array.from({ length: 100 }, (_, i) => ({ line: i + 2, name: "Amara Mensah", person_id: "p1", with_line: null, by: "phone" as const }));
    const t = mergeTable(report({ merges, merge_count: 130 }));
    expect(t.rows).toHaveLength(100);
    expect(t.more, "the report counts every merge but carries 100").toBe(30);
    expect(mergeKeyLabel("handle")).toBe("sources.by.handle");
  });

  it("never shows more than 100 rows even if the shell sent more", () => {
    const errors = Array.from({ length: 120 }, (_, i) => ({ line: i, field: "f", message: "m" }));
    expect(errorTable({ errors, error_count: 120 })).toMatchObject({ more: 20 });
  });

  it("lists created always, merged and skipped only when there were some", () => {
    expect(importCounts(report()).map((c) => c.key)).toEqual(["io.report.created"]);
    expect(importCounts(report({ merged: 2, skipped: 1 })).map((c) => c.count)).toEqual([3, 2, 1]);
  });
});

describe("bundle report", () => {
  it("lists added always and the other counts when not zero", () => {
    const r: BundleReport = { added: 0, merged: 0, merges_applied: 0, updated: 2, unchanged: 0, deleted: 1, conflicts: [], conflict_count: 0, origin: "x", written: true };
    expect(bundleCounts(r)).toEqual([
      { key: "io.bundle.added", count: 0 },
      { key: "io.bundle.updated", count: 2 },
      { key: "io.bundle.deleted", count: 1 },
    ]);
  });
});

describe("progress", () => {
  it("is indeterminate until the total is known, and clamped to 0..1", () => {
    expect(fraction(null)).toBeNull();
    expect(fraction({ done: 5, total: 0 })).toBeNull();
    expect(fraction({ done: 50, total: 200 })).toBe(0.25);
    expect(fraction({ done: 300, total: 200 })).toBe(1);
  });
});
