// The people list's query and position, kept outside the component so returning from a person restores them.
import type { ArchivedFilter, PersonFilter, PersonKind, PersonSort, Stage } from "../../ipc/types";
import { isRelationFiltered, relationFilter, work } from "../smartlists/worklist.svelte";

export interface FilterState {
  /** The name box: matched by the core as search matches it (accents, case, e-mail, phone). */
  query: string;
  kind: PersonKind | "";
  stage: Stage | "";
  country: string;
  tag: string;
  archived: ArchivedFilter;
}

export const emptyFilter = (): FilterState => ({ query: "", kind: "", stage: "", country: "", tag: "", archived: "hide" });

class ListState {
  filter: FilterState = $state(emptyFilter());
  sort: PersonSort = $state("name");
  descending = $state(false);
  scrollTop = 0;
  active = $state(0);
  /** The country the core read the country box as (ISO code), or null: shown beside the box. */
  countryFound: string | null = $state(null);
}

export const listState = new ListState();

/** The request filter: blanks left out; the country as typed (a code or a name in any language: the core reads it). The
 * work list's relationship filters (and an open smart list's other filters) join in. */
export function toPersonFilter(f: FilterState): PersonFilter {
  const out: PersonFilter = { ...work.other, ...relationFilter(work.relation), archived: f.archived };
  const query = f.query.trim();
  if (query) out.query = query;
  if (f.kind) out.kind = f.kind;
  if (f.stage) out.stage = f.stage;
  const country = f.country.trim();
  if (country) out.country = country;
  const tag = f.tag.trim().replace(/^#/, "");
  if (tag) out.tag = tag;
  return out;
}

export function isFiltered(f: FilterState): boolean {
  return Boolean(
    f.query.trim() || f.kind || f.stage || f.country.trim() || f.tag.trim() || f.archived !== "hide" || isRelationFiltered(),
  );
}
