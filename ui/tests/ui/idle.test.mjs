// Issue 17's "idle CPU 0": once Today on the demo book (reminders pending, an event under way) has settled, the page runs nothing until something happens — no running animation, no frame loop, no timer due within the clock's half-minute — and a hidden window holds no timer at all.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { start } from "./harness.mjs";

let h;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.stop();
});

/** The shortest wait an idle page may set: the shared clock's (ui/src/lib/clock.svelte.ts, 30 s). */
const CLOCK_MS = 30_000;

/**
 * Runs in the page before the app: keeps every timer, interval and animation-frame request the
 * page makes (where it was asked from, its delay, whether it is still pending), so the test sees
 * what would wake the page up, not how long anything took. In the real window each wake-up that
 * changes the page costs a repaint, and a repaint of Today costs tenths of a second of CPU under
 * WebKit's software rendering (BENCHMARKS.md, "Idle CPU").
 */
function watchWakeUps() {
  const live = new Map(); // id → { kind, delay, at }
  const fired = [];
  const where = () => (new Error().stack ?? "").split("\n").slice(3, 6).join(" | ");
  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci, requestAnimationFrame: raf, cancelAnimationFrame: caf } = window;
  window.setTimeout = function (fn, delay = 0, ...args) {
    const at = where();
    const id = st.call(window, (...a) => {
      live.delete(id);
      fired.push({ kind: "timeout", delay, at, t: performance.now() });
      return typeof fn === "function" ? fn(...a) : undefined;
    }, delay, ...args);
    live.set(id, { kind: "timeout", delay, at });
    return id;
  };
  window.clearTimeout = (id) => (live.delete(id), ct.call(window, id));
  window.setInterval = function (fn, delay = 0, ...args) {
    const at = where();
    const id = si.call(window, (...a) => {
      fired.push({ kind: "interval", delay, at, t: performance.now() });
      return fn(...a);
    }, delay, ...args);
    live.set(id, { kind: "interval", delay, at });
    return id;
  };
  window.clearInterval = (id) => (live.delete(id), ci.call(window, id));
  let frames = 0;
  window.requestAnimationFrame = function (fn) {
    const at = where();
    const id = raf.call(window, (t) => {
      live.delete(`raf${id}`);
      fired.push({ kind: "frame", delay: 0, at, t: performance.now() });
      frames++;
      return fn(t);
    });
    live.set(`raf${id}`, { kind: "frame", delay: 0, at });
    return id;
  };
  window.cancelAnimationFrame = (id) => (live.delete(`raf${id}`), caf.call(window, id));
  window.__wakeUps = { live, fired, frames: () => frames };
}

// Vite's development client pings its server every 30 s; the built app has no such client.
const devOnly = (t) => t.at.includes("/@vite/client");
// The shared clock (ui/src/lib/clock.svelte.ts): one timeout to the next half-minute.
const isClock = (t) => t.kind === "timeout" && t.at.includes("clock.svelte.ts");

/** What the page has pending and what ran since `since` (ms on the page's clock). */
const snapshot = async (page, since) => {
  const s = await page.evaluate((since) => {
    const w = window.__wakeUps;
    return {
      now: performance.now(),
      live: [...w.live.values()].map(({ kind, delay, at }) => ({ kind, delay, at })),
      ran: w.fired.filter((f) => f.t >= since).map(({ kind, delay, at }) => ({ kind, delay, at })),
      // Web animations and CSS animations/transitions still playing (a spinner, a pulse…).
      animations: document
        .getAnimations()
        .filter((a) => a.playState === "running")
        .map((a) => `${a.animationName ?? a.transitionProperty ?? a.constructor.name} on ${a.effect?.target?.className ?? "?"}`),
    };
  }, since);
  return { ...s, live: s.live.filter((t) => !devOnly(t)), ran: s.ran.filter((t) => !devOnly(t)) };
};

/** Waits until no callback ran for `quietMs` (what Today does once when it loads is not idle), for up to 10 s. */
async function settle(page, quietMs = 1000) {
  const end = Date.now() + 10_000;
  for (;;) {
    const s = await snapshot(page, 0);
    const last = await page.evaluate(() => window.__wakeUps.fired.filter((f) => !f.at.includes("/@vite/client")).at(-1)?.t ?? 0);
    if (s.now - last >= quietMs) return s.now;
    if (Date.now() > end) throw new Error(`the page never went quiet: the last callbacks were ${JSON.stringify(s.ran.slice(-5))}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const show = (xs) => JSON.stringify(xs, null, 1);

describe("an idle window", () => {
  it("runs nothing on Today with reminders pending but the shared clock's half-minute", async () => {
    const s = await h.open("40", "/today", { init: watchWakeUps });
    const { page } = s;
    const main = page.locator("main");
    await main.getByText("Send the moodboard").first().waitFor(); // overdue: a reminder pending
    await main.getByText("VivaTech").first().waitFor(); // the event under way
    await main.getByText(/ago/).first().waitFor(); // relative times: the clock is read
    const from = await settle(page);
    await new Promise((r) => setTimeout(r, 2500));
    const idle = await snapshot(page, from);
    assert.deepEqual(idle.animations, [], `no animation may keep playing on an idle page: each frame repaints the window\n${show(idle.animations)}`);
    // The clock may turn over its half-minute during the wait: that is its job, once.
    const ran = idle.ran.filter((t) => !isClock(t));
    assert.deepEqual(ran, [], `nothing may run while nothing happens (a poller, a frame loop, a toast's timer)\n${show(idle.ran)}`);
    assert.ok(idle.ran.length - ran.length <= 1, `the clock turns over once per half-minute, not more\n${show(idle.ran)}`);
    const others = idle.live.filter((t) => !isClock(t));
    assert.deepEqual(others, [], `an idle page may only wait for the clock: these would wake it (or keep waking it)\n${show(idle.live)}`);
    // The clock is there, so relative times stay true while the window stays open; it waits for
    // the next half-minute, not less.
    const clock = idle.live.filter(isClock);
    assert.equal(clock.length, 1, `one timer for the shared clock while times are on screen\n${show(idle.live)}`);
    assert.ok(clock[0].delay > 0 && clock[0].delay <= CLOCK_MS + 1000, `the clock waits for its next half-minute (${clock[0].delay} ms)`);
    assert.deepEqual(s.problems, [], "the page must not throw or run injected script");
    await s.ctx.close();
  });

  it("holds no timer once hidden (a window closed to the tray)", async () => {
    const s = await h.open("40", "/today", { init: watchWakeUps });
    const { page } = s;
    await page.locator("main").getByText(/ago/).first().waitFor();
    await settle(page);
    // What WebKit tells the page when its window is closed to the tray or minimised.
    await page.evaluate(() => {
      Object.defineProperty(document, "hidden", { configurable: true, get: () => true });
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
      document.dispatchEvent(new Event("visibilitychange"));
    });
    const hidden = await snapshot(page, 0);
    assert.deepEqual(hidden.live, [], `a hidden window waits for nothing: it catches up when shown\n${show(hidden.live)}`);
    assert.deepEqual(s.problems, [], "the page must not throw or run injected script");
    await s.ctx.close();
  });
});
