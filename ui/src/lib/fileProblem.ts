// A file the core refused, said in the reader's language: the core names the problem and where (FileProblem), the filecheck catalogue says it.
import type { FileProblem } from "../ipc/bindings/FileProblem";
import type { FileProblemKind } from "../ipc/bindings/FileProblemKind";
import type { MessageKey } from "../i18n/messages";
import { i18n, t } from "../i18n/i18n.svelte";
import { formatNumber } from "./format";

const KEYS = {
  unclosed_quote: "filecheck.unclosed_quote",
  text_after_quote: "filecheck.text_after_quote",
  too_many_fields: "filecheck.too_many_fields",
  too_many_columns: "filecheck.too_many_columns",
  cell_too_large: "filecheck.cell_too_large",
  empty: "filecheck.empty",
  not_text: "filecheck.not_text",
  image: "filecheck.image",
  pdf: "filecheck.pdf",
  workbook: "filecheck.workbook",
  legacy_workbook: "filecheck.legacy_workbook",
  zip: "filecheck.zip",
  utf16_no_bom: "filecheck.utf16_no_bom",
  workbook_damaged: "filecheck.workbook_damaged",
  workbook_too_large: "filecheck.workbook_too_large",
  sheet_too_wide: "filecheck.sheet_too_wide",
  sheet_empty: "filecheck.sheet_empty",
  not_bundle: "filecheck.not_bundle",
  bundle_syntax: "filecheck.bundle_syntax",
  bundle_trailing: "filecheck.bundle_trailing",
  bundle_incomplete: "filecheck.bundle_incomplete",
  bundle_manifest: "filecheck.bundle_manifest",
  bundle_checksum: "filecheck.bundle_checksum",
  bundle_section_twice: "filecheck.bundle_section_twice",
  bundle_not_list: "filecheck.bundle_not_list",
  bundle_malformed: "filecheck.bundle_malformed",
  bundle_unreadable: "filecheck.bundle_unreadable",
  bundle_too_new: "filecheck.bundle_too_new",
} as const satisfies Record<FileProblemKind, MessageKey>;

// A bundle's sections as the reader calls them; a section this build does not name is said as written.
const SECTIONS: Readonly<Record<string, MessageKey>> = {
  people: "filecheck.section.people",
  interactions: "filecheck.section.interactions",
  notes: "filecheck.section.notes",
  followups: "filecheck.section.followups",
  events: "filecheck.section.events",
  attendees: "filecheck.section.attendees",
  meetups: "filecheck.section.meetups",
  lists: "filecheck.section.lists",
  list_members: "filecheck.section.list_members",
  tombstones: "filecheck.section.tombstones",
  aliases: "filecheck.section.aliases",
};

/** The key of a problem whose sentence depends on what it carries, as the core's `message` picks it. */
function keyOf(p: FileProblem): MessageKey {
  switch (p.kind) {
    case "not_text":
      return p.format ? "filecheck.not_text_format" : KEYS[p.kind];
    case "workbook_too_large":
      return p.sheet ? (p.limit ? "filecheck.sheet_too_long" : "filecheck.sheet_too_large") : KEYS[p.kind];
    case "bundle_incomplete":
      return p.section ? "filecheck.bundle_incomplete_section" : KEYS[p.kind];
    case "bundle_manifest":
      return p.section ? "filecheck.bundle_no_checksum" : KEYS[p.kind];
    case "bundle_malformed":
      return p.line !== undefined ? "filecheck.bundle_malformed_line" : KEYS[p.kind];
    case "bundle_too_new":
      return p.format === "schema" ? "filecheck.bundle_too_new_schema" : KEYS[p.kind];
    default:
      return KEYS[p.kind];
  }
}

/** "Line 3, column 2: a quoted cell starts…", in the current language. */
export function fileProblemMessage(p: FileProblem): string {
  const key = keyOf(p);
  const n = (v: number | undefined) => formatNumber(v ?? 0, i18n.locale);
  // A bundle's problem says its place in its own sentence (a record, a section's line), or leads with its byte.
  const bundle = key.startsWith("filecheck.bundle_") || key === "filecheck.not_bundle";
  const where = bundle
    ? p.byte === undefined
      ? ""
      : t("filecheck.at.byte", { byte: n(p.byte) })
    : p.line === undefined
      ? ""
      : p.column === undefined
        ? t("filecheck.at.line", { line: p.line })
        : t("filecheck.at.lineColumn", { line: p.line, column: p.column });
  const sectionKey = p.section !== undefined && Object.hasOwn(SECTIONS, p.section) ? SECTIONS[p.section] : undefined;
  const text = t(key, {
    found: formatNumber(p.found ?? 0, i18n.locale),
    limit: formatNumber(p.limit ?? 0, i18n.locale),
    megabytes: Math.floor((p.limit ?? 0) / 1_000_000),
    format: (p.format ?? "").toUpperCase(),
    ext: p.format ?? "",
    sheet: p.sheet ?? "",
    section: sectionKey ? t(sectionKey) : (p.section ?? ""),
    record: n(p.record),
    byte: n(p.byte),
    line: n(p.line),
    detail: p.detail ?? "",
  });
  // The place leads the sentence, so the problem itself starts lower case; alone, it starts capitalised.
  return where ? where + text : text.charAt(0).toUpperCase() + text.slice(1);
}
