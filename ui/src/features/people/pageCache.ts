// Pages of the people list fetched on demand by offset window, cached, and evicted far from view.
import type { ConflictKind, PersonPage, PersonSummary, PersonWork } from "../../ipc/types";
import { pagesToEvict } from "../../lib/virtual";

export interface PageRequest {
  offset: number;
  limit: number;
  /** The previous page's next_cursor when known: a keyset seek is cheaper than OFFSET. */
  cursor?: string;
}

export type PageLoader = (req: PageRequest) => Promise<PersonPage>;

export class PageCache {
  readonly pageSize: number;
  private readonly maxPages: number;
  private pages = new Map<number, PersonSummary[]>();
  /** The work-list columns of each page, beside its rows. */
  private works = new Map<number, PersonWork[]>();
  /** Each page's flagged people (brand conflicts, "do not contact"), read with the page. */
  private flags = new Map<number, Map<string, ConflictKind[]>>();
  private cursors = new Map<number, string | null>();
  private inflight = new Set<number>();
  /** Pages kept on screen while a refresh refetches them, so a save does not flash the list. */
  private stale = new Set<number>();
  private generation = 0;
  total: number | null = null;

  constructor(
    private readonly load: PageLoader,
    private readonly onChange: () => void,
    private readonly onError: (e: unknown) => void,
    opts: { pageSize?: number; maxPages?: number } = {},
  ) {
    this.pageSize = opts.pageSize ?? 100;
    this.maxPages = opts.maxPages ?? 40;
  }

  row(index: number): PersonSummary | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize];
  }

  work(index: number): PersonWork | undefined {
    return this.works.get(Math.floor(index / this.pageSize))?.[index % this.pageSize];
  }

  /** The row's conflicts; empty when it has none. */
  conflicts(index: number): ConflictKind[] {
    const id = this.row(index)?.id;
    return (id && this.flags.get(Math.floor(index / this.pageSize))?.get(id)) || [];
  }

  has(page: number): boolean {
    return this.pages.has(page) && !this.stale.has(page);
  }

  /** A different query (filter, sort): drop everything. */
  reset(): void {
    this.generation++;
    this.pages.clear();
    this.works.clear();
    this.flags.clear();
    this.cursors.clear();
    this.inflight.clear();
    this.stale.clear();
    this.total = null;
  }

  /** Same query, fresher data: keep showing what we have until replacements arrive. */
  refresh(): void {
    this.generation++;
    this.inflight.clear();
    this.cursors.clear();
    this.stale = new Set(this.pages.keys());
  }

  /** Fetches whichever of `pages` are missing; `wanted` guides eviction. */
  ensure(pages: number[]): void {
    for (const p of pages) {
      if (this.has(p) || this.inflight.has(p)) continue;
      if (this.total !== null && p * this.pageSize >= Math.max(this.total, 1)) continue;
      void this.fetch(p, pages);
    }
  }

  private async fetch(page: number, wanted: number[]): Promise<void> {
    const gen = this.generation;
    this.inflight.add(page);
    const req: PageRequest = { offset: page * this.pageSize, limit: this.pageSize };
    const cursor = this.cursors.get(page - 1);
    if (cursor) req.cursor = cursor;
    try {
      const res = await this.load(req);
      if (gen !== this.generation) return; // an answer to a question no longer asked
      this.pages.set(page, res.items);
      this.works.set(page, res.work ?? []);
      this.flags.set(page, new Map((res.conflicts ?? []).map((f) => [f.person_id, f.kinds])));
      this.cursors.set(page, res.next_cursor);
      this.stale.delete(page);
      this.total = res.total;
      for (const p of pagesToEvict(this.pages.keys(), wanted, this.maxPages)) {
        this.pages.delete(p);
        this.works.delete(p);
        this.flags.delete(p);
        this.stale.delete(p);
      }
      this.onChange();
    } catch (e) {
      if (gen === this.generation) this.onError(e);
    } finally {
      if (gen === this.generation) this.inflight.delete(page);
    }
  }
}
