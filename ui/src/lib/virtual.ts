// Window math for the virtualized people list: which rows to draw and which pages to fetch.

export interface Range {
  /** First row index to render (inclusive). */
  start: number;
  /** One past the last row index to render. */
  end: number;
}

/**
 * Rows that intersect the viewport, widened by `overscan` on each side so a quick flick shows
 * rows already drawn, clamped to [0, total).
 */
export function visibleRange(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  total: number,
  overscan = 0,
): Range {
  if (total <= 0 || rowHeight <= 0 || viewportHeight <= 0) return { start: 0, end: 0 };
  const top = Math.max(0, scrollTop);
  const first = Math.min(total - 1, Math.floor(top / rowHeight));
  const last = Math.min(total, Math.ceil((top + viewportHeight) / rowHeight));
  return {
    start: Math.max(0, first - overscan),
    end: Math.min(total, Math.max(last, first + 1) + overscan),
  };
}

/** Page numbers (offset = page * pageSize) that cover a range of rows. */
export function pagesFor(range: Range, pageSize: number): number[] {
  if (range.end <= range.start || pageSize <= 0) return [];
  const first = Math.floor(range.start / pageSize);
  const last = Math.floor((range.end - 1) / pageSize);
  const out: number[] = [];
  for (let p = first; p <= last; p++) out.push(p);
  return out;
}

/** The scrollTop that brings row `index` fully into view, or null when it already is. */
export function scrollToReveal(
  index: number,
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
): number | null {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return bottom - viewportHeight;
  return null;
}

/** How many rows a Page Up / Page Down moves: one screenful less a row of context. */
export function pageStep(viewportHeight: number, rowHeight: number): number {
  return Math.max(1, Math.floor(viewportHeight / rowHeight) - 1);
}

/** Pages to drop from a cache of `cached`, farthest from `keep` first, to stay under `max`. */
export function pagesToEvict(cached: Iterable<number>, keep: number[], max: number): number[] {
  const pages = [...cached];
  if (pages.length <= max) return [];
  const centre = keep.length ? ((keep[0] ?? 0) + (keep[keep.length - 1] ?? 0)) / 2 : 0;
  const keepSet = new Set(keep);
  return pages
    .filter((p) => !keepSet.has(p))
    .sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre))
    .slice(0, pages.length - max);
}
