// The list's page cache fetches each page once, prefers keyset cursors, and ignores stale answers.
import { describe, expect, it } from "vitest";
import type { PersonPage, PersonSummary } from "../../ipc/types";
import { PageCache, type PageRequest } from "./pageCache";

function person(i: number): PersonSummary {
  return { id: `p${i}`, display_name: `P${i}`, kind: "other", stage: "identified", city: "", country: "", employer: "", primary_handle: null, archived: false, updated_at: "", has_photo: false };
}

/** A fake backend of `total` people that records requests and answers when told to. */
function backend(total: number) {
  const calls: PageRequest[] = [];
  const pending: (() => void)[] = [];
  const load = (req: PageRequest) => {
    calls.push(req);
    return new Promise<PersonPage>((resolve) => {
      pending.push(() => {
        const start = req.cursor ? Number(req.cursor) : req.offset;
        const items = Array.from({ length: Math.max(0, Math.min(req.limit, total - start)) }, (_, k) => person(start + k));
        resolve({ items, next_cursor: start + req.limit < total ? String(start + req.limit) : null, total, work: [], conflicts: [] });
      });
    });
  };
  const flush = async () => {
    while (pending.length) pending.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { calls, load, flush };
}

describe("PageCache", () => {
  it("fetches a page by offset once, however often it is asked for", async () => {
    const b = backend(1000);
    let changes = 0;
    const cache = new PageCache(b.load, () => changes++, () => {}, { pageSize: 100 });
    cache.ensure([3]);
    cache.ensure([3]);
    await b.flush();
    cache.ensure([3]);
    expect(b.calls).toEqual([{ offset: 300, limit: 100 }]);
    expect(cache.total).toBe(1000);
    expect(cache.row(345)?.id).toBe("p345");
    expect(changes).toBe(1);
  });

  it("uses the previous page's cursor when it has one, the offset otherwise", async () => {
    const b = backend(1000);
    const cache = new PageCache(b.load, () => {}, () => {}, { pageSize: 100 });
    cache.ensure([0]);
    await b.flush();
    cache.ensure([1, 7]);
    await b.flush();
    expect(b.calls).toEqual([
      { offset: 0, limit: 100 },
      { offset: 100, limit: 100, cursor: "100" },
      { offset: 700, limit: 100 },
    ]);
  });

  it("drops answers to a query that was replaced (filter changed mid-flight)", async () => {
    const b = backend(1000);
    const cache = new PageCache(b.load, () => {}, () => {}, { pageSize: 100 });
    cache.ensure([0]);
    cache.reset();
    await b.flush();
    expect(cache.row(0)).toBeUndefined();
    expect(cache.total).toBeNull();
  });

  it("keeps showing old rows during a refresh, then replaces them", async () => {
    const b = backend(1000);
    const cache = new PageCache(b.load, () => {}, () => {}, { pageSize: 100 });
    cache.ensure([0]);
    await b.flush();
    cache.refresh();
    expect(cache.row(5)?.id).toBe("p5");
    cache.ensure([0]);
    expect(b.calls).toHaveLength(2);
    await b.flush();
    expect(cache.has(0)).toBe(true);
  });

  it("stays within its page budget, evicting pages far from view", async () => {
    const b = backend(100_000);
    const cache = new PageCache(b.load, () => {}, () => {}, { pageSize: 100, maxPages: 3 });
    for (const p of [0, 1, 2, 500]) {
      cache.ensure([p]);
      await b.flush();
    }
    expect(cache.has(500)).toBe(true);
    expect(cache.has(0)).toBe(false);
  });

  it("reports a failed load without caching it, so a retry asks again", async () => {
    let fail = true;
    const seen: unknown[] = [];
    const cache = new PageCache(
      async () => {
        if (fail) throw { code: "database_locked", message: "busy", fields: [] };
        return { items: [person(0)], next_cursor: null, total: 1, work: [], conflicts: [] };
      },
      () => {},
      (e) => seen.push(e),
    );
    cache.ensure([0]);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toHaveLength(1);
    fail = false;
    cache.ensure([0]);
    await new Promise((r) => setTimeout(r, 0));
    expect(cache.row(0)?.id).toBe("p0");
  });

  it("never asks for pages past the end once the total is known", async () => {
    const b = backend(150);
    const cache = new PageCache(b.load, () => {}, () => {}, { pageSize: 100 });
    cache.ensure([0]);
    await b.flush();
    cache.ensure([1, 2, 3]);
    expect(b.calls.map((c) => c.offset)).toEqual([0, 100]);
  });
});
