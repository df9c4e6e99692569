// The bench's figures by name, as printed in its table (one place for the words BENCHMARKS.md quotes), and the three figures of an idle window.

import { put } from './figures.mjs';

/** Each figure's printed name; `IDLE` is the idle window's length in seconds. */
export function figureNames(IDLE) {
  return {
    shown: 'launch → first screen shown (DOM ready), ms',
    painted: 'launch → first screen painted, ms',
    pss: 'memory idle, PSS of all processes, MB',
    idleWait: 'first screen quiet → no work (3 s under 1 ms of CPU each), s',
    cpuOpen: `idle CPU, window open, ticks in ${IDLE} s`,
    hideTail: `close to the tray: CPU ticks in the first ${IDLE} s after`,
    cpuHidden: `idle CPU, window hidden in the tray, ticks in ${IDLE} s`,
    reShown: 'reopen a book → Today shown with its content, ms',
    rePainted: 'reopen a book → Today painted, ms',
    remIdleWait: 'reopen a book: notice gone, quiet → no work (3 s under 1 ms of CPU each), s',
    remOpen: `idle CPU, reminders pending, window open, ticks in ${IDLE} s`,
    remHideTail: `reminders pending, close to the tray: CPU ticks in the first ${IDLE} s after`,
    remHidden: `idle CPU, reminders pending, window hidden in the tray, ticks in ${IDLE} s`,
    remQuiet: 'reopen a book: Today painted → window quiet, s',
    remQuietTicks: 'reopen a book: CPU ticks from Today painted to quiet',
    open: 'big book: "Open" (passphrase) → Today painted, ms',
    key50: 'big book: keystroke → results painted p50, ms',
    key95: 'big book: keystroke → results painted p95, ms',
    page95: 'big book: person page painted p95 (busiest included), ms',
    busiest: 'big book: busiest person page painted (median of its visits), ms',
    pssBig: 'memory after browsing the big book, PSS, MB',
    bigIdleWait: 'big book: quiet after browsing → no work (3 s under 1 ms of CPU each), s',
    cpuBig: `big book: idle CPU after browsing, window open, ticks in ${IDLE} s`,
    bigQuiet: 'big book: last page painted → window quiet, s',
    bigQuietTicks: 'big book: CPU ticks from the last page painted to quiet',
    graphPaint: 'graph: click → network view painted (layout started), ms',
    graphNodes: 'graph: click → every node drawn, ms',
    graphAll: 'graph: click → every tie drawn too, ms',
    graphSettled: 'graph: click → layout settled, ms',
    panEarly: 'graph: pan fps, right after the first paint',
    zoomEarly: 'graph: zoom fps, right after the first paint',
    panFps: 'graph: pan fps, layout settled',
    zoomFps: 'graph: zoom fps, layout settled',
    worst: 'graph: longest frame while panning or zooming, layout settled, ms',
  };
}

/** An idle window's three figures: the ticks under `name`, then the exact CPU time and the
 * wake-ups from the scheduler (procs.mjs idleTicks) under the same name with their unit. */
export const idleNames = (name) =>
  name.includes('ticks in') ? [name, name.replace(/(CPU )?ticks/, 'CPU ms'), name.replace(/(CPU )?ticks/, 'wake-ups')] : [name];
export function putIdle(name, side, { ticks, ms, wakeups }) {
  const [t, m, w] = idleNames(name);
  put(t, side, ticks);
  put(m, side, ms);
  put(w, side, wakeups);
}

