// Turns whatever a rejected command gives back into one ErrorBody, so screens branch on `code` only.
import type { FieldRule } from "./bindings/FieldRule";
import type { ErrorBody } from "./bindings/ErrorBody";
import type { ErrorCode } from "./bindings/ErrorCode";
import type { FieldError } from "./bindings/FieldError";
import type { FileProblem } from "./bindings/FileProblem";
import type { FileProblemKind } from "./bindings/FileProblemKind";

export type { ErrorBody, ErrorCode, FieldError, FileProblem, FileProblemKind };

// Kept in step with the generated ErrorCode union: the `satisfies` check fails to compile if a
// code is added on the Rust side and forgotten here.
const CODES = {
  validation: true,
  not_found: true,
  database_too_new: true,
  database_locked: true,
  database_corrupt: true,
  read_only: true,
  disk_full: true,
  io: true,
  wrong_key: true,
  key_required: true,
  bad_file: true,
  file_too_new: true,
  cancelled: true,
  confirm_required: true,
  internal: true,
} as const satisfies Record<ErrorCode, true>;

export function isErrorCode(v: unknown): v is ErrorCode {
  return typeof v === "string" && Object.hasOwn(CODES, v);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

/** The rules the core names (`FieldRule`): a form says them in the reader's words. */
const RULES: readonly FieldRule[] = ["required", "not_a_date", "end_before_start", "out_of_range"];

function fieldsOf(v: unknown): FieldError[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((f): FieldError[] => {
    if (!isRecord(f) || typeof f.field !== "string") return [];
    const rule = RULES.find((r) => r === f.rule);
    return [{ field: f.field, message: typeof f.message === "string" ? f.message : "", ...(rule ? { rule } : {}) }];
  });
}

// Kept in step with the generated FileProblemKind union, as CODES is with ErrorCode.
const PROBLEMS = {
  unclosed_quote: true,
  text_after_quote: true,
  too_many_fields: true,
  too_many_columns: true,
  cell_too_large: true,
  empty: true,
  not_text: true,
  image: true,
  pdf: true,
  workbook: true,
  legacy_workbook: true,
  zip: true,
  utf16_no_bom: true,
  workbook_damaged: true,
  workbook_too_large: true,
  sheet_too_wide: true,
  sheet_empty: true,
  not_bundle: true,
  bundle_syntax: true,
  bundle_trailing: true,
  bundle_incomplete: true,
  bundle_manifest: true,
  bundle_checksum: true,
  bundle_section_twice: true,
  bundle_not_list: true,
  bundle_malformed: true,
  bundle_unreadable: true,
  bundle_too_new: true,
} as const satisfies Record<FileProblemKind, true>;

function isProblemKind(v: unknown): v is FileProblemKind {
  return typeof v === "string" && Object.hasOwn(PROBLEMS, v);
}

/** A file problem as the core sends it, or nothing: a kind this build does not know is dropped. */
function problemOf(v: unknown): FileProblem | undefined {
  if (!isRecord(v) || !isProblemKind(v.kind)) return undefined;
  const p: FileProblem = { kind: v.kind };
  for (const k of ["line", "column", "found", "limit", "record", "byte"] as const) {
    const n = v[k];
    if (typeof n === "number" && Number.isFinite(n)) p[k] = n;
  }
  for (const k of ["format", "sheet", "section", "detail"] as const) {
    const s = v[k];
    if (typeof s === "string") p[k] = s;
  }
  return p;
}

/**
 * The shell rejects with an ErrorBody; Tauri itself rejects with a bare string (unknown command,
 * arguments it could not deserialize); a bug in our own code throws an Error. All become ErrorBody,
 * with `internal` for anything that did not come from the core, so no screen ever sees `undefined`.
 */
export function normaliseError(raw: unknown): ErrorBody {
  if (isRecord(raw) && isErrorCode(raw.code)) {
    const problem = problemOf(raw.problem);
    return {
      code: raw.code,
      message: typeof raw.message === "string" ? raw.message : "",
      fields: fieldsOf(raw.fields),
      ...(problem ? { problem } : {}),
    };
  }
  if (typeof raw === "string") return { code: "internal", message: raw, fields: [] };
  if (raw instanceof Error) return { code: "internal", message: raw.message, fields: [] };
  if (isRecord(raw) && typeof raw.message === "string") {
    return { code: "internal", message: raw.message, fields: [] };
  }
  let text: string;
  try {
    text = JSON.stringify(raw) ?? String(raw);
  } catch {
    text = String(raw);
  }
  return { code: "internal", message: text, fields: [] };
}

/** Thrown by every ipc function, so `catch (e)` can narrow with `instanceof IpcError`. */
export class IpcError extends Error {
  readonly body: ErrorBody;
  constructor(body: ErrorBody) {
    super(body.message || body.code);
    this.name = "IpcError";
    this.body = body;
  }
  get code(): ErrorCode {
    return this.body.code;
  }
}

/** For `catch (e)` blocks that may see either an IpcError or something unexpected. */
export function errorBodyOf(e: unknown): ErrorBody {
  return e instanceof IpcError ? e.body : normaliseError(e);
}
