// The mapping screen's state as plain functions: which field each column fills, what the user must fix before importing.
import type { ColumnMap, CsvField, CsvPreview } from "../../ipc/interchange";
import type { Platform } from "../../ipc/types";

/** In the order the select offers them: names first, then contact, place, profile, channels. */
export const CSV_FIELDS: readonly CsvField[] = [
  "ignore",
  "first_name",
  "middle_name",
  "last_name",
  "display_name",
  "pronouns",
  "email",
  "phone",
  "website",
  "city",
  "country",
  "time_zone",
  "language",
  "employer",
  "title",
  "birthday",
  "connected_on",
  "nickname",
  "photo_link",
  "bio",
  "topics",
  "tags",
  "note",
  "kind",
  "stage",
  "source",
  "handle",
  "platform",
  "followers",
];

export function takesPlatform(field: CsvField): boolean {
  return field === "handle" || field === "followers";
}

/** A copy of the preview's mapping, one entry per header (a short mapping is padded with "ignore"). */
export function initialMapping(preview: Pick<CsvPreview, "headers" | "mapping">): ColumnMap[] {
  return preview.headers.map((_, i) => {
    const m = preview.mapping[i];
    return m ? { field: m.field, ...(m.platform ? { platform: m.platform } : {}) } : { field: "ignore" };
  });
}

/** Sets column `i`'s field; a platform only stays on fields that use one. */
export function setField(mapping: ColumnMap[], i: number, field: CsvField): ColumnMap[] {
  return mapping.map((m, k) => {
    if (k !== i) return m;
    return takesPlatform(field) && m.platform ? { field, platform: m.platform } : { field };
  });
}

export function setPlatform(mapping: ColumnMap[], i: number, platform: Platform | null): ColumnMap[] {
  return mapping.map((m, k) => (k !== i ? m : platform ? { field: m.field, platform } : { field: m.field }));
}

export function sameMapping(a: ColumnMap[], b: ColumnMap[]): boolean {
  return a.length === b.length && a.every((m, i) => m.field === b[i]?.field && (m.platform ?? null) === (b[i]?.platform ?? null));
}

/** The first non-empty cell of column `i` in the preview rows, to show what the column holds. */
export function exampleOf(preview: Pick<CsvPreview, "rows">, i: number): string {
  for (const r of preview.rows) {
    const v = r.cells[i]?.trim();
    if (v) return v.length > 40 ? `${v.slice(0, 39)}…` : v;
  }
  return "";
}

/** The delimiter as the message key that names it. */
export function delimiterKey(d: string): "io.delim.comma" | "io.delim.semicolon" | "io.delim.tab" {
  return d === ";" ? "io.delim.semicolon" : d === "\t" || d === "tab" ? "io.delim.tab" : "io.delim.comma";
}

/** Preview rows' problems by column header, so the cell in trouble can be marked too. */
export function problemColumns(preview: Pick<CsvPreview, "headers">, problems: { field: string }[]): Set<number> {
  const out = new Set<number>();
  for (const p of problems) {
    const at = preview.headers.findIndex((h) => h === p.field);
    if (at >= 0) out.add(at);
  }
  return out;
}
