// The list draws only the rows in view and fetches only the pages that cover them, even at 100k.
import { describe, expect, it } from "vitest";
import { pageStep, pagesFor, pagesToEvict, scrollToReveal, visibleRange } from "./virtual";

describe("visibleRange", () => {
  it("covers the viewport at the top", () => {
    expect(visibleRange(0, 400, 40, 100_000)).toEqual({ start: 0, end: 10 });
  });
  it("adds overscan on both sides but never leaves [0, total)", () => {
    expect(visibleRange(0, 400, 40, 100_000, 5)).toEqual({ start: 0, end: 15 });
    expect(visibleRange(4000, 400, 40, 100_000, 5)).toEqual({ start: 95, end: 115 });
  });
  it("draws a partial row at the bottom edge", () => {
    expect(visibleRange(20, 400, 40, 100_000)).toEqual({ start: 0, end: 11 });
  });
  it("stays bounded deep in a 100k list: a screenful, not the list", () => {
    const r = visibleRange(99_990 * 40, 800, 40, 100_000, 8);
    expect(r.end).toBe(100_000);
    expect(r.end - r.start).toBeLessThanOrEqual(30);
  });
  it("clamps a scroll position past the end (the list just shrank)", () => {
    const r = visibleRange(1_000_000, 400, 40, 10, 2);
    expect(r).toEqual({ start: 7, end: 10 });
  });
  it("is empty for an empty list or an unmeasured viewport", () => {
    expect(visibleRange(0, 400, 40, 0)).toEqual({ start: 0, end: 0 });
    expect(visibleRange(0, 0, 40, 10)).toEqual({ start: 0, end: 0 });
  });
});

describe("pagesFor", () => {
  it("asks for the one page that holds the rows", () => {
    expect(pagesFor({ start: 0, end: 30 }, 100)).toEqual([0]);
  });
  it("asks for both pages when the window straddles a boundary", () => {
    expect(pagesFor({ start: 95, end: 115 }, 100)).toEqual([0, 1]);
  });
  it("jumps straight to the page deep in the list (offset window)", () => {
    expect(pagesFor({ start: 54_321, end: 54_350 }, 100)).toEqual([543]);
  });
  it("asks for nothing when there is nothing to show", () => {
    expect(pagesFor({ start: 0, end: 0 }, 100)).toEqual([]);
  });
});

describe("keyboard movement", () => {
  it("scrolls just enough to reveal the active row", () => {
    expect(scrollToReveal(5, 0, 400, 40)).toBeNull();
    expect(scrollToReveal(10, 0, 400, 40)).toBe(40);
    expect(scrollToReveal(2, 200, 400, 40)).toBe(80);
  });
  it("moves a screenful less one row on Page Down", () => {
    expect(pageStep(400, 40)).toBe(9);
    expect(pageStep(10, 40)).toBe(1);
  });
});

describe("pagesToEvict", () => {
  it("keeps the cache bounded, dropping the pages farthest from view first", () => {
    expect(pagesToEvict([0, 1, 2, 50, 51, 52], [51], 4)).toEqual([0, 1]);
  });
  it("never drops a page in view", () => {
    expect(pagesToEvict([1, 2, 3], [1, 2, 3], 1)).toEqual([]);
  });
  it("drops nothing under the limit", () => {
    expect(pagesToEvict([1, 2], [1], 10)).toEqual([]);
  });
});
