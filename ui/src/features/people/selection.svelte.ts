// Which rows of the People table are picked for a bulk action: ids picked by hand (click, Shift-click range, Ctrl/Cmd-click, Space, Shift+arrows), or "all matching" — the whole filter result, sent as the filter so 100k people never travel as ids.
import { SvelteSet } from "svelte/reactivity";

/** How a pointer or key picks: toggle one, extend a range from the anchor, or pick only this. */
export type PickMode = "toggle" | "range";

class Selection {
  readonly ids = new SvelteSet<string>();
  /** Every person the current filter matches, loaded on screen or not. */
  all = $state(false);
  /** Where a Shift range starts: the last row picked by itself. */
  anchor: number | null = null;

  has(id: string | undefined): boolean {
    return !!id && (this.all || this.ids.has(id));
  }

  /** How many are picked, out of `total` matching. */
  count(total: number): number {
    return this.all ? total : this.ids.size;
  }

  clear(): void {
    this.ids.clear();
    this.all = false;
    this.anchor = null;
  }

  selectAll(): void {
    this.ids.clear();
    this.all = true;
  }

  /**
   * Picks row `index`. `toggle` flips it and makes it the anchor; `range` picks every row from
   * the anchor to it in the current sort. Rows whose page is not loaded (`idAt` answers
   * undefined: a range picked after a long scroll) are asked of the core by position with
   * `idsBetween`; the answer says when they are in. Leaving "all matching" by a click keeps
   * what is loaded.
   */
  pick(
    index: number,
    mode: PickMode,
    idAt: (i: number) => string | undefined,
    idsBetween?: (from: number, to: number) => Promise<string[]>,
  ): Promise<void> {
    if (this.all) {
      this.all = false;
    }
    const id = idAt(index);
    if (!id) return Promise.resolve();
    if (mode === "range" && this.anchor !== null) {
      const [from, to] = this.anchor < index ? [this.anchor, index] : [index, this.anchor];
      let missing = false;
      for (let i = from; i <= to; i++) {
        const each = idAt(i);
        if (each) this.ids.add(each);
        else missing = true;
      }
      if (!missing || !idsBetween) return Promise.resolve();
      const anchor = this.anchor;
      return idsBetween(from, to).then((ids) => {
        // A click elsewhere meanwhile started another selection: this answer is stale.
        if (this.anchor !== anchor || this.all) return;
        for (const each of ids) this.ids.add(each);
      });
    }
    if (this.ids.has(id)) this.ids.delete(id);
    else this.ids.add(id);
    this.anchor = index;
    return Promise.resolve();
  }
}

export const selection = new Selection();

/** The mode a click asks for: Shift extends, Ctrl/Cmd (or a click on the box) toggles, else none. */
export function clickMode(e: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }, onBox: boolean): PickMode | null {
  if (e.shiftKey) return "range";
  if (e.ctrlKey || e.metaKey || onBox) return "toggle";
  return null;
}
