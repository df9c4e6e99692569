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
} as const satisfies Record<FileProblemKind, MessageKey>;

/** "Line 3, column 2: a quoted cell starts…", in the current language. */
export function fileProblemMessage(p: FileProblem): string {
  const where =
    p.line === undefined
      ? ""
      : p.column === undefined
        ? t("filecheck.at.line", { line: p.line })
        : t("filecheck.at.lineColumn", { line: p.line, column: p.column });
  const key: MessageKey =
    p.kind === "not_text" && p.format
      ? "filecheck.not_text_format"
      : p.kind === "workbook_too_large" && p.sheet
        ? p.limit
          ? "filecheck.sheet_too_long"
          : "filecheck.sheet_too_large"
        : KEYS[p.kind];
  const text = t(key, {
    found: formatNumber(p.found ?? 0, i18n.locale),
    limit: formatNumber(p.limit ?? 0, i18n.locale),
    megabytes: Math.floor((p.limit ?? 0) / 1_000_000),
    format: (p.format ?? "").toUpperCase(),
    ext: p.format ?? "",
    sheet: p.sheet ?? "",
  });
  // The place leads the sentence, so the problem itself starts lower case; alone, it starts capitalised.
  return where ? where + text : text.charAt(0).toUpperCase() + text.slice(1);
}
