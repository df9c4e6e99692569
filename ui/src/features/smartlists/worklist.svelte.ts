// The People table as a work list: which columns show (chosen, ordered, remembered), the relationship filters, and the smart list open in the table.
import type {
  BalanceFilter,
  CadenceState,
  PersonFilter,
  PersonSort,
  Platform,
  SmartList,
} from "../../ipc/types";
import type { MessageKey } from "../../i18n/i18n.svelte";

/** Every column the table can show after the name, which is always first. */
export const COLUMNS = [
  "kind",
  "stage",
  "place",
  "employer",
  "channel",
  "updated",
  "created",
  "last_contact",
  "next_followup",
  "cadence",
  "audience",
  "topics",
  "languages",
  "lists",
  "source",
] as const;
export type ColumnId = (typeof COLUMNS)[number];

/** The columns of the table before there was a choice: a new user sees the directory they know. */
export const DEFAULT_COLUMNS: ColumnId[] = ["kind", "stage", "place", "employer", "channel", "updated"];

/** The sort a column's header asks for, for the sortable ones. */
export const COLUMN_SORT: Partial<Record<ColumnId, PersonSort>> = {
  updated: "updated",
  created: "created",
  last_contact: "last_contact",
  next_followup: "next_followup",
  cadence: "cadence",
  audience: "audience",
};

/** Grid track of each column, beside the name's. */
export const COLUMN_WIDTH: Record<ColumnId, string> = {
  kind: "minmax(90px, 1.1fr)",
  stage: "120px",
  place: "minmax(110px, 1.3fr)",
  employer: "minmax(100px, 1.2fr)",
  channel: "minmax(110px, 1.3fr)",
  updated: "96px",
  created: "96px",
  last_contact: "110px",
  next_followup: "128px",
  cadence: "124px",
  audience: "72px",
  topics: "minmax(110px, 1.3fr)",
  languages: "96px",
  lists: "minmax(100px, 1.2fr)",
  source: "minmax(100px, 1.2fr)",
};

export const COLUMN_LABEL: Record<ColumnId, MessageKey> = {
  kind: "col.kind",
  stage: "col.stage",
  place: "col.place",
  employer: "col.employer",
  channel: "col.channel",
  updated: "col.updated",
  created: "col.created",
  last_contact: "col.lastContact",
  next_followup: "col.nextFollowup",
  cadence: "col.cadence",
  audience: "col.audience",
  topics: "col.topics",
  languages: "col.languages",
  lists: "col.lists",
  source: "col.source",
};

const STORAGE_KEY = "liaison.people.columns";

/** The remembered choice, dropping what this build does not know; the default when none. */
export function loadColumns(storage: Pick<Storage, "getItem"> | undefined = globalThis.localStorage): ColumnId[] {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return [...DEFAULT_COLUMNS];
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [...DEFAULT_COLUMNS];
    const known = parsed.filter((c): c is ColumnId => (COLUMNS as readonly string[]).includes(c));
    return [...new Set(known)];
  } catch {
    return [...DEFAULT_COLUMNS];
  }
}

export function saveColumns(columns: ColumnId[], storage: Pick<Storage, "setItem"> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(columns));
  } catch {
    // Private mode or a full quota: the choice lasts this session only.
  }
}

/** Moves `id` one place up (-1) or down (+1) among the shown columns. */
export function moveColumn(columns: ColumnId[], id: ColumnId, by: -1 | 1): ColumnId[] {
  const i = columns.indexOf(id);
  const j = i + by;
  if (i < 0 || j < 0 || j >= columns.length) return columns;
  const out = [...columns];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

/** The relationship filters as the bar holds them (text boxes stay text until sent). */
export interface RelationState {
  lastContact: "" | "never" | "more_than" | "within";
  lastDays: string;
  followup: "" | "none" | "overdue" | "within";
  followupDays: string;
  cadence: CadenceState | "";
  audienceMin: string;
  audiencePlatform: Platform | "";
  list: string;
  topic: string;
  source: string;
  balance: BalanceFilter | "";
}

export const emptyRelation = (): RelationState => ({
  lastContact: "",
  lastDays: "30",
  followup: "",
  followupDays: "7",
  cadence: "",
  audienceMin: "",
  audiencePlatform: "",
  list: "",
  topic: "",
  source: "",
  balance: "",
});

const days = (s: string): number | null => {
  const n = Number.parseInt(s, 10);
  return Number.isFinite(n) && n >= 0 ? n : null;
};

/** The relationship half of the request filter; blanks and unfinished numbers left out. */
export function relationFilter(r: RelationState): Partial<PersonFilter> {
  const out: Partial<PersonFilter> = {};
  if (r.lastContact === "never") out.last_contact = { when: "never" };
  const ld = days(r.lastDays);
  if (r.lastContact === "more_than" && ld !== null) out.last_contact = { when: "more_than", days: ld };
  if (r.lastContact === "within" && ld !== null) out.last_contact = { when: "within", days: ld };
  if (r.followup === "none") out.next_followup = { when: "none" };
  if (r.followup === "overdue") out.next_followup = { when: "overdue" };
  const fd = days(r.followupDays);
  if (r.followup === "within" && fd !== null) out.next_followup = { when: "within", days: fd };
  if (r.cadence) out.cadence = r.cadence;
  const min = Number(r.audienceMin.replace(/[\s,._]/g, ""));
  if (r.audienceMin.trim() && Number.isFinite(min) && min >= 0) {
    out.audience_min = min;
    if (r.audiencePlatform) out.audience_platform = r.audiencePlatform;
  }
  if (r.list) out.list = r.list;
  if (r.topic.trim()) out.topic = r.topic.trim();
  if (r.source.trim()) out.source = r.source.trim();
  if (r.balance) out.balance = r.balance;
  return out;
}

/** The bar's state for a saved filter, and what the bar has no control for (kept and sent as is). */
export function splitRelation(f: PersonFilter): { relation: RelationState; other: Partial<PersonFilter> } {
  const r = emptyRelation();
  const lc = f.last_contact;
  if (lc) {
    r.lastContact = lc.when;
    if (lc.when !== "never") r.lastDays = String(lc.days);
  }
  const nf = f.next_followup;
  if (nf) {
    r.followup = nf.when;
    if (nf.when === "within") r.followupDays = String(nf.days);
  }
  r.cadence = f.cadence ?? "";
  r.audienceMin = f.audience_min === undefined || f.audience_min === null ? "" : String(f.audience_min);
  r.audiencePlatform = f.audience_platform ?? "";
  r.list = f.list ?? "";
  r.topic = f.topic ?? "";
  r.source = f.source ?? "";
  r.balance = f.balance ?? "";
  const other: Partial<PersonFilter> = {};
  for (const k of ["city", "language", "platform", "event", "event_presence", "created_from", "created_until", "updated_from", "updated_until"] as const) {
    // A stored filter names every field, the unset ones as null.
    if (f[k] !== undefined && f[k] !== null) (other as Record<string, unknown>)[k] = f[k];
  }
  return { relation: r, other };
}

class WorkState {
  columns: ColumnId[] = $state(loadColumns());
  relation: RelationState = $state(emptyRelation());
  /** Filters of an opened smart list that the bar shows no control for. */
  other: Partial<PersonFilter> = $state({});
  /** The smart list open in the table, if any. */
  smart: Pick<SmartList, "id" | "name"> | null = $state(null);

  setColumns(next: ColumnId[]) {
    this.columns = next;
    saveColumns(next);
  }
}

export const work = new WorkState();

export function isRelationFiltered(): boolean {
  return Object.keys(relationFilter(work.relation)).length > 0 || Object.keys(work.other).length > 0;
}
