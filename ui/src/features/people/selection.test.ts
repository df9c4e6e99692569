// A Shift range covers every row between the anchor and the target in the current sort, the rows never loaded included (asked of the core by position).
import { describe, expect, it } from "vitest";
import { selection } from "./selection.svelte";

/** 10,000 rows in sort order; only the first page (0–99) and the page around 9,000 are loaded. */
const id = (i: number) => `p${i}`;
const loaded = (i: number) => (i < 100 || (i >= 9000 && i < 9100) ? id(i) : undefined);

describe("a Shift range", () => {
  it("takes the unloaded rows between anchor and target from the core, by position", async () => {
    selection.clear();
    const asked: [number, number][] = [];
    const between = async (from: number, to: number) => {
      asked.push([from, to]);
      return Array.from({ length: to - from + 1 }, (_, k) => id(from + k));
    };
    await selection.pick(5, "toggle", loaded, between);
    await selection.pick(9050, "range", loaded, between);
    expect(asked, "the core is asked once for the whole range").toEqual([[5, 9050]]);
    expect(selection.ids.size, "every row from the anchor to the target, in sort order").toBe(9046);
    expect(selection.has("p4"), "nothing above the anchor").toBe(false);
    expect(selection.has("p5") && selection.has("p4000") && selection.has("p9050")).toBe(true);
    expect(selection.has("p9051"), "nothing past the target").toBe(false);
  });

  it("asks nothing when every row of the range is loaded", async () => {
    selection.clear();
    let asked = 0;
    const between = async () => {
      asked++;
      return [];
    };
    await selection.pick(10, "toggle", loaded, between);
    await selection.pick(2, "range", loaded, between);
    expect(asked).toBe(0);
    expect([...selection.ids].sort()).toEqual(["p10", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9"]);
  });

  it("drops a late answer once another selection has started", async () => {
    selection.clear();
    let release: () => void = () => {};
    const between = (from: number, to: number) =>
      new Promise<string[]>((resolve) => {
        release = () => resolve(Array.from({ length: to - from + 1 }, (_, k) => id(from + k)));
      });
    await selection.pick(0, "toggle", loaded, between);
    const late = selection.pick(9000, "range", loaded, between);
    selection.clear();
    await selection.pick(50, "toggle", loaded, between);
    release();
    await late;
    expect([...selection.ids], "the stale range does not land in the new selection").toEqual(["p50"]);
  });
});
