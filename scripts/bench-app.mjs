// Issue 17's budget for the real window: the release app and a minimal Tauri 2 window driven alternately through tauri-driver under Xvfb, each figure the median of the runs (see BENCHMARKS.md, "The real window").

import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir, cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { until } from '../tests/e2e/lib/webdriver.mjs';
import { button } from '../tests/e2e/lib/app.mjs';
import { homeEnv, launch, marks } from './bench-app/window.mjs';
import { idleTicks, loadavg, names, pssMB } from './bench-app/procs.mjs';
import { candidates, openPerson, typeSearches, unlock } from './bench-app/browse.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const release = join(process.env.CARGO_TARGET_DIR ?? join(root, 'target'), 'release');
const env = process.env;
const num = (name, dflt) => (env[name] ? Number(env[name]) : dflt);
const APP = env.LIAISON_BENCH_APP ?? join(release, 'liaison-app');
const MINIMAL = env.LIAISON_BENCH_MINIMAL ?? join(release, 'minimal-window');
const RUNS = Math.max(1, num('LIAISON_BENCH_RUNS', 5));
const IDLE = num('LIAISON_BENCH_IDLE_SECONDS', 10);
const SETTLE = num('LIAISON_BENCH_SETTLE_SECONDS', 3);
const BIG = env.LIAISON_BENCH_DB;
const PASSPHRASE = env.LIAISON_BENCH_PASSPHRASE ?? (BIG ? 'benchpass-long-enough-123' : undefined);
const PEOPLE = num('LIAISON_BENCH_PEOPLE', 2000);
const PERSONS = num('LIAISON_BENCH_PERSONS', 20);
const QUERIES = (env.LIAISON_BENCH_QUERIES ?? 'martin,amelie dub,paris,léa,sophie,mode').split(',');
const X11 = join(root, 'tests/e2e/lib/x11.py');

for (const [what, bin] of [['the app', APP], ['the minimal window', MINIMAL]]) {
  if (!existsSync(bin)) throw new Error(`${what} is missing at ${bin}: scripts/bench-app.sh builds it`);
}
const work = mkdtempSync(join(tmpdir(), 'liaison-bench-app-'));
const sleep = (s) => new Promise((r) => setTimeout(r, s * 1000));
const log = (...a) => console.error(...a);

// ---- figures: name → { minimal: [], app: [] }, one value per run
const figures = new Map();
function put(name, side, value) {
  if (value == null || Number.isNaN(value)) return;
  if (!figures.has(name)) figures.set(name, { minimal: [], app: [] });
  figures.get(name)[side].push(value);
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};

/** Closes the recovery-key dialog a new keychain book shows once, when it is there. */
async function dismissRecovery(s) {
  const [done] = await s.findAll(button('I have written it down'));
  if (!done) return;
  await until(() => done.displayed(), 'the recovery key dialog');
  await done.click();
  await until(async () => (await s.findAll(button('I have written it down'))).length === 0, 'the dialog to close');
}

/** The Liaison window's X id (the one WebDriver drives), or null without xwininfo. */
function appWindow() {
  try {
    const tree = execFileSync('xwininfo', ['-root', '-tree']).toString();
    const m = [...tree.matchAll(/^\s+(0x[0-9a-f]+) "Liaison": \("liaison-app" "Liaison-app"\)\s+(\d+)x(\d+)/gm)].filter((x) => Number(x[2]) >= 400);
    return m.length === 1 ? m[0][1] : null;
  } catch {
    return null;
  }
}
const mapped = (id) => /Map State: IsViewable/.test(execFileSync('xwininfo', ['-id', id]).toString());

async function minimalRun(r) {
  const w = await launch(MINIMAL, homeEnv(join(work, `minimal-${r}`)));
  try {
    const m = await marks(w.s, 'ready');
    put('launch → first screen shown (DOM ready), ms', 'minimal', m.shown - w.t0);
    put('launch → first screen painted, ms', 'minimal', m.painted - w.t0);
    await sleep(SETTLE);
    put('memory idle, PSS of all processes, MB', 'minimal', pssMB(w.pids()));
    put(`idle CPU, window open, ticks in ${IDLE} s`, 'minimal', await idleTicks(w.pids(), IDLE));
    if (r === 1) log(`  minimal window processes: ${names(w.pids())}`);
  } finally {
    await w.end();
  }
}

async function appRun(r) {
  // A new book: the first screen is the first-run page under the recovery key's dialog.
  const home = homeEnv(join(work, `app-${r}`));
  let w = await launch(APP, home);
  try {
    const m = await marks(w.s, 'ready');
    put('launch → first screen shown (DOM ready), ms', 'app', m.shown - w.t0);
    put('launch → first screen painted, ms', 'app', m.painted - w.t0);
    await dismissRecovery(w.s);
    await sleep(SETTLE);
    put('memory idle, PSS of all processes, MB', 'app', pssMB(w.pids()));
    put(`idle CPU, window open, ticks in ${IDLE} s`, 'app', await idleTicks(w.pids(), IDLE));
    if (r === 1) log(`  app processes: ${names(w.pids())}`);
    const win = appWindow();
    if (win) {
      execFileSync('/usr/bin/python3', [X11, 'close', win]);
      await until(() => !mapped(win), 'the window hidden in the tray', 5000);
      put(`idle CPU, window hidden in the tray, ticks in ${IDLE} s`, 'app', await idleTicks(w.pids(), IDLE));
    } else if (r === 1) log('  (no xwininfo or no single Liaison window: the hidden-window CPU is not measured)');
    // The demo book, so that reopening shows Today with people, timelines and follow-ups.
    await w.s.execute('return window.__TAURI_INTERNALS__.invoke("sample_load", { req: {} });');
  } finally {
    await w.end();
  }
  // Reopening it: the key comes from the keychain and the first screen is Today, with its content.
  w = await launch(APP, home);
  try {
    const m = await marks(w.s, 'today');
    put('reopen a book → Today shown with its content, ms', 'app', m.shown - w.t0);
    put('reopen a book → Today painted, ms', 'app', m.painted - w.t0);
  } finally {
    await w.end();
  }
}

let people = null; // the person pages to open, chosen at the first big-book run
async function bigRun(bigEnv) {
  const w = await launch(APP, bigEnv);
  try {
    const opened = await unlock(w.s, PASSPHRASE);
    put('big book: "Open" (passphrase) → Today painted, ms', 'app', opened);
    await marks(w.s, 'today', 300_000);
    const keys = await typeSearches(w.s, QUERIES);
    put('big book: keystroke → results painted p50, ms', 'app', pct(keys, 50));
    put('big book: keystroke → results painted p95, ms', 'app', pct(keys, 95));
    if (!people) {
      const c = await candidates(w.s, PERSONS);
      const busiest = c.reduce((a, b) => (b.weight > a.weight ? b : a));
      people = { busiest, others: c.filter((p) => p.id !== busiest.id).slice(0, PERSONS) };
      log(`  busiest of ${c.length} candidates: ${busiest.weight} given + received (${busiest.id})`);
    }
    // The busiest every fifth page, never twice in a row (the same address would not reload).
    const pages = [];
    const busy = [];
    for (const [i, p] of [people.busiest, ...people.others].entries()) {
      if (i > 0 && i % 4 === 0) busy.push(await openPerson(w.s, people.busiest));
      const ms = await openPerson(w.s, p);
      (p === people.busiest ? busy : pages).push(ms);
    }
    put('big book: person page painted p95 (busiest included), ms', 'app', pct([...pages, ...busy], 95));
    put('big book: busiest person page painted (median of its visits), ms', 'app', median(busy));
    await sleep(SETTLE);
    put('memory after browsing the big book, PSS, MB', 'app', pssMB(w.pids()));
    put(`big book: idle CPU after browsing, window open, ticks in ${IDLE} s`, 'app', await idleTicks(w.pids(), IDLE));
  } finally {
    await w.end();
  }
}

/** The big book: a copy of LIAISON_BENCH_DB (never the file itself), or a demo book of PEOPLE. */
async function bigBook() {
  const home = join(work, 'big');
  if (BIG) {
    const db = join(home, 'liaison.db');
    const e = homeEnv(home, { LIAISON_DB: db });
    for (const ext of ['', '-wal']) if (existsSync(BIG + ext)) copyFileSync(BIG + ext, db + ext);
    return e;
  }
  const e = homeEnv(home);
  const w = await launch(APP, e);
  try {
    await marks(w.s, 'ready');
    await dismissRecovery(w.s);
    for (let left = PEOPLE; left > 0; left -= 10_000) {
      await w.s.execute('return window.__TAURI_INTERNALS__.invoke("sample_load", { req: { count: arguments[0] } });', [Math.min(left, 10_000)]);
    }
  } finally {
    await w.end();
  }
  return e;
}

const started = loadavg();
console.log(`machine: ${cpus().length} cpus; load average at start: ${started}`);
console.log(`app: ${APP}\nminimal window: ${MINIMAL}\nbig book: ${BIG ? `a copy of ${BIG}` : `the demo book + generated people, ${PEOPLE} asked`}; runs: ${RUNS}`);
try {
  const bigEnv = await bigBook();
  for (let r = 1; r <= RUNS; r++) {
    log(`run ${r}/${RUNS} (load ${loadavg()})`);
    // Alternated, so a slow spell of the machine falls on both windows.
    if (r % 2) {
      await minimalRun(r);
      await appRun(r);
    } else {
      await appRun(r);
      await minimalRun(r);
    }
    await bigRun(bigEnv);
  }
} finally {
  if (!env.LIAISON_BENCH_KEEP) rmSync(work, { recursive: true, force: true });
}

const f = (x) => (Number.isFinite(x) ? (Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(1)) : '—');
console.log(`\n${`median of ${RUNS} run(s)`.padEnd(72)} ${'minimal'.padStart(7)} ${'Liaison'.padStart(9)} ${'ratio'.padStart(7)}   [each run's values]`);
for (const [name, { minimal, app }] of figures) {
  const a = median(app);
  const m = median(minimal);
  const ratio = minimal.length && app.length ? `${(a / m).toFixed(2)}x` : '';
  console.log(`${name.padEnd(72)} ${f(m).padStart(7)} ${f(a).padStart(9)} ${ratio.padStart(7)}   [${app.map(f).join(', ')}]${minimal.length ? ` vs [${minimal.map(f).join(', ')}]` : ''}`);
}
console.log(`\nload average at start: ${started}; at end: ${loadavg()}`);
