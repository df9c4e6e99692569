// The book's smart lists with their live counts, for the sidebar and the People table; refetched after every write.
import { ipc } from "../../ipc/ipc";
import type { PersonSort, SmartList } from "../../ipc/types";
import { app } from "../../lib/app.svelte";
import { navigate } from "../../lib/router.svelte";
import { emptyFilter, listState } from "../people/listState.svelte";
import { splitRelation, work } from "./worklist.svelte";

class SmartLists {
  items: SmartList[] = $state([]);
  private seen = -1;

  /** Loads once per book change (app.listVersion), so counts stay live. */
  async refresh(force = false): Promise<void> {
    if (!force && this.seen === app.listVersion) return;
    this.seen = app.listVersion;
    try {
      this.items = await ipc.smartListAll();
    } catch {
      // No book open yet (first run, locked): the sidebar shows none until one is.
    }
  }
}

export const smartLists = new SmartLists();

/** Opens a smart list in the People table: its filters in the bar, its order, its name above. */
export function openSmartList(s: SmartList): void {
  const f = s.filter;
  const base = emptyFilter();
  base.query = f.query ?? "";
  base.kind = f.kind ?? "";
  base.stage = f.stage ?? "";
  base.country = f.country ?? "";
  base.tag = f.tag ?? "";
  base.archived = f.archived ?? "hide";
  const { relation, other } = splitRelation(f);
  work.relation = relation;
  work.other = other;
  work.smart = { id: s.id, name: s.name };
  listState.filter = base;
  listState.sort = s.sort as PersonSort;
  listState.descending = s.descending;
  navigate({ name: "people", ...(base.query.trim() ? { q: base.query.trim() } : {}) });
}

/** Back to everyone: the smart list's filters leave the bar with it. */
export function leaveSmartList(): void {
  work.smart = null;
  work.other = {};
  work.relation = splitRelation({ archived: "hide" }).relation;
  listState.filter = emptyFilter();
  listState.sort = "name";
  listState.descending = false;
  navigate({ name: "people" });
}
