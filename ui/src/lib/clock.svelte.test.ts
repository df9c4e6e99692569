// The shared clock: relative times move on by themselves while shown, on the half-minute, and rest while the window is hidden.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { flushSync } from "svelte";
import { clock, TICK_MS } from "./clock.svelte";

function hide(hidden: boolean) {
  Object.defineProperty(document, "hidden", { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event("visibilitychange"));
}

describe("shared clock", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-11-22T10:00:10Z"));
  });
  afterEach(() => {
    hide(false);
    vi.useRealTimers();
  });

  it("ticks on the half-minute while read on screen, and not while hidden", async () => {
    const seen: string[] = [];
    const stop = $effect.root(() => {
      $effect(() => {
        seen.push(clock.now.toISOString());
      });
    });
    flushSync();
    expect(seen.at(-1), "the first reader gets the time now, not the time the app started").toBe("2026-11-22T10:00:10.000Z");
    const first = seen.length;
    vi.advanceTimersByTime(20_010); // to 10:00:30, the first half-minute
    flushSync();
    expect(seen.at(-1)?.slice(0, 19)).toBe("2026-11-22T10:00:30");
    expect(seen.length, "one tick, one change").toBe(first + 1);
    vi.advanceTimersByTime(TICK_MS);
    flushSync();
    expect(seen.at(-1)?.slice(0, 19)).toBe("2026-11-22T10:01:00");
    const shown = seen.length;
    hide(true);
    vi.advanceTimersByTime(10 * TICK_MS);
    flushSync();
    expect(seen.length, "no ticks for a hidden window").toBe(shown);
    hide(false);
    flushSync();
    expect(seen.at(-1)?.slice(0, 19), "catches up when shown again").toBe("2026-11-22T10:06:00");
    stop();
    await Promise.resolve(); // the clock lets go once its last reader is gone, a microtask later
    await Promise.resolve();
    expect(vi.getTimerCount(), "nothing on screen reads it: no timer").toBe(0);
  });
});
