// One launch of a window for the app bench, through the e2e tests' driver (tests/e2e/lib/app.mjs): the launch clock, the processes to measure, the page's marks, and a clean end.

import { startDriver } from '../../tests/e2e/lib/app.mjs';
import { until } from '../../tests/e2e/lib/webdriver.mjs';
import { appTree } from './procs.mjs';

/**
 * Starts tauri-driver on the book and caches under `home` (LIAISON_DB is `home`/liaison.db),
 * then the window `bin` through it, and answers the session with `t0`, the wall-clock time (ms
 * since the epoch) just before the session was asked for: launch figures run from there, so
 * they include WebKitWebDriver starting the app, the same for both windows.
 */
export async function launch(bin, home, extraEnv = {}) {
  // LIAISON_START_MARKS: the app prints its start-up steps on stderr (src-tauri/src/startmarks.rs);
  // the minimal window ignores it.
  const driver = await startDriver({ LIAISON_LANG: 'en', LIAISON_START_MARKS: '1', ...extraEnv }, { home, app: bin });
  const t0 = performance.timeOrigin + performance.now();
  let s;
  try {
    s = await driver.open();
  } catch (e) {
    // Stopped first: some errors' message cannot be written to, and a driver left running keeps
    // its WebKitWebDriver (and the app it may have started) after the bench.
    const log = driver.log().slice(-2000);
    driver.stop();
    throw new Error(`${e.message}\nthe driver's log:\n${log}`, { cause: e });
  }
  return {
    s,
    t0,
    /** The app and its WebKit processes: everything under the driver but the drivers. */
    pids: () => appTree(driver.pid),
    log: driver.log,
    /** Ends the session, waits until the app is gone (its single-instance name on the bus
     * with it, so the next launch on the same book is a launch), then stops the driver. */
    async end() {
      const pids = appTree(driver.pid);
      await Promise.race([s.quit().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
      await driver.reap(pids);
      driver.stop();
    },
  };
}

/**
 * Waits for the page's mark `liaison:<name>:painted` (ui/src/lib/marks.ts; the minimal window
 * sets the same) and answers both marks as wall-clock times: { shown, painted } in ms since the
 * epoch, comparable with `launch`'s t0.
 */
export async function marks(s, name, timeoutMs = 60_000) {
  const read = `const o = performance.timeOrigin;
    const a = performance.getEntriesByName(arguments[0])[0], b = performance.getEntriesByName(arguments[0] + ':painted')[0];
    return a && b ? { shown: o + a.startTime, painted: o + b.startTime } : null;`;
  return until(() => s.execute(read, [`liaison:${name}`]), `the page's ${name} mark`, timeoutMs);
}

/**
 * Where a launch's time went, as one line of ms from `w.t0`: the shell's steps (`liaison-mark`
 * lines on the driver's stderr: main, builder, setup, book-key, book-opened, setup-done,
 * page-load-started/finished), the page's navigation (`nav`: its timeOrigin, `dcl`:
 * DOMContentLoaded, i.e. the module bundle evaluated) and its own marks (`boot`: every module
 * run, `mounted`, `info`: the first answer from the book, `ready`, `ready:painted`). Marks of
 * earlier launches in the same driver log are ignored (they precede t0).
 */
export async function breakdown(w) {
  const page = await w.s.execute(`const o = performance.timeOrigin, n = performance.getEntriesByType('navigation')[0];
    return { o, dcl: n ? o + n.domContentLoadedEventEnd : null,
      marks: performance.getEntriesByType('mark').filter((m) => m.name.startsWith('liaison:')).map((m) => [m.name.slice(8), o + m.startTime]) };`);
  const steps = [];
  for (const [, name, t] of w.log().matchAll(/liaison-mark (\S+) ([\d.]+)/g)) {
    if (Number(t) >= w.t0 - 5000) steps.push([name, Number(t)]);
  }
  steps.push(['nav', page.o]);
  if (page.dcl) steps.push(['dcl', page.dcl]);
  steps.push(...page.marks);
  steps.sort((a, b) => a[1] - b[1]);
  return steps.map(([n, t]) => `${n} ${Math.round(t - w.t0)}`).join(', ');
}
