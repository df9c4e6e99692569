// Issue 17's budget for the real window (and issue 16's graph figure): the release app and a minimal Tauri 2 window driven alternately through tauri-driver under Xvfb, each figure the median of the runs (see BENCHMARKS.md, "The real window").

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir, cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Keys, until } from '../tests/e2e/lib/webdriver.mjs';
import { appWindows, closeWindow, homeEnv, keepScreenshot, mapped, settle } from '../tests/e2e/lib/app.mjs';
import { breakdown, launch, marks } from './bench-app/window.mjs';
import { idleTicks, loadavg, names, pssEach, pssMB, untilIdle, untilQuiet } from './bench-app/procs.mjs';
import { candidates, openPerson, typeSearches, unlock } from './bench-app/browse.mjs';
import { gesture, graphBook, openGraph } from './bench-app/graph.mjs';
import { median, pct, put, skip, table } from './bench-app/figures.mjs';
import { figureNames, idleNames, putIdle } from './bench-app/names.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const release = join(process.env.CARGO_TARGET_DIR ?? join(root, 'target'), 'release');
const env = process.env;
const num = (name, dflt) => (env[name] ? Number(env[name]) : dflt);
const APP = env.LIAISON_BENCH_APP ?? join(release, 'liaison-app');
const MINIMAL = env.LIAISON_BENCH_MINIMAL ?? join(release, 'minimal-window');
const CLI = env.LIAISON_BENCH_CLI ?? join(release, 'liaison');
const RUNS = Math.max(1, num('LIAISON_BENCH_RUNS', 5));
const IDLE = num('LIAISON_BENCH_IDLE_SECONDS', 10);
const SETTLE = num('LIAISON_BENCH_SETTLE_SECONDS', 3);
const BIG = env.LIAISON_BENCH_DB;
const PASSPHRASE = env.LIAISON_BENCH_PASSPHRASE ?? 'benchpass-long-enough-123';
const PEOPLE = num('LIAISON_BENCH_PEOPLE', 2000);
const PERSONS = num('LIAISON_BENCH_PERSONS', 20);
const QUERIES = (env.LIAISON_BENCH_QUERIES ?? 'martin,amelie dub,paris,léa,sophie,mode').split(',');
const GRAPH_NODES = num('LIAISON_BENCH_GRAPH_NODES', 10_000);
const GRAPH_ORGS = num('LIAISON_BENCH_GRAPH_ORGS', 100);
const GESTURE = num('LIAISON_BENCH_GESTURE_SECONDS', 3);
// `idle`: only the two windows' launches and idle figures (no big book, no graph): for iterating
// on what the app does while nothing happens. `graph`: only issue 16's graph (no minimal window,
// no big book): what a change to the network view needs re-measured. `big`: only the big book
// (searches, person pages, memory after browsing; no minimal window, no graph): what a change to
// search or the person page needs re-measured, A/B against another build with LIAISON_BENCH_APP.
const ONLY = env.LIAISON_BENCH_ONLY ?? '';
// LIAISON_BENCH_STEPS=1: each key's steps in the page (browse.mjs, typeSearches), printed.
const STEPS = env.LIAISON_BENCH_STEPS === '1';
if (!['', 'idle', 'graph', 'big'].includes(ONLY)) throw new Error(`LIAISON_BENCH_ONLY=${ONLY}: only "idle", "graph" or "big" is known`);

for (const [what, bin] of [['the app', APP], ['the minimal window', MINIMAL], ['the command line', CLI]]) {
  if (!existsSync(bin)) throw new Error(`${what} is missing at ${bin}: scripts/bench-app.sh builds it`);
}
const work = mkdtempSync(join(tmpdir(), 'liaison-bench-app-'));
const SHOTS = join(root, 'target/bench-app');
const sleep = (s) => new Promise((r) => setTimeout(r, s * 1000));
const log = (...a) => console.error(...a);
const cli = (home, args, extra = {}) => execFileSync(CLI, args, { env: homeEnv(home, extra), stdio: ['ignore', 'pipe', 'pipe'] }).toString();

/** Runs `body` with a launched window; on failure keeps its screenshot under target/bench-app. */
async function withWindow(bin, home, name, body) {
  const w = await launch(bin, home);
  try {
    return await body(w);
  } catch (e) {
    await keepScreenshot(w.s, name, e, SHOTS);
    throw e;
  } finally {
    await w.end();
  }
}

/** Runs one part of a run; when it fails, its figures not yet taken say why, and the bench goes on. */
async function part(figs, body) {
  try {
    await body();
  } catch (e) {
    log(`  failed: ${e.message}`);
    for (const name of figs.flatMap(idleNames)) skip(name, `failed: ${e.message.split('\n')[0]}`);
  }
}

/** Closes the app's window to the tray (the window manager's close message). */
async function hide() {
  const { ids } = appWindows();
  if (ids.length !== 1) throw new Error(`${ids.length} Liaison windows on screen, not one: cannot close it to the tray`);
  closeWindow(ids[0]);
  await until(() => !mapped(ids[0]), 'the window hidden in the tray', 5000);
}

const F = figureNames(IDLE);

async function minimalRun(r) {
  await part([F.shown, F.painted, F.pss, F.idleWait, F.cpuOpen], () =>
    withWindow(MINIMAL, join(work, `minimal-${r}`), `minimal-${r}`, async (w) => {
      const m = await marks(w.s, 'ready');
      put(F.shown, 'minimal', m.shown - w.t0);
      put(F.painted, 'minimal', m.painted - w.t0);
      log(`  minimal window, launch steps (ms): ${await breakdown(w)}`);
      await untilQuiet(w.pids());
      await sleep(SETTLE);
      put(F.pss, 'minimal', pssMB(w.pids()));
      log(`  memory idle, PSS MB: ${pssEach(w.pids())}`);
      put(F.idleWait, 'minimal', await untilIdle(w.pids()));
      putIdle(F.cpuOpen, 'minimal', await idleTicks(w.pids(), IDLE, 'minimal window, idle'));
      if (r === 1) log(`  minimal window processes: ${names(w.pids())}`);
    }),
  );
}

async function appRun(r) {
  // A new book: the first screen is the first-run page under the recovery key's dialog.
  const home = join(work, `app-${r}`);
  let loaded = false;
  await part([F.shown, F.painted, F.pss, F.idleWait, F.cpuOpen, F.hideTail, F.cpuHidden], () =>
    withWindow(APP, home, `app-new-${r}`, async (w) => {
      const m = await marks(w.s, 'ready');
      put(F.shown, 'app', m.shown - w.t0);
      put(F.painted, 'app', m.painted - w.t0);
      log(`  new book, launch steps (ms): ${await breakdown(w)}`);
      await settle(w.s);
      await untilQuiet(w.pids());
      await sleep(SETTLE);
      put(F.pss, 'app', pssMB(w.pids()));
      log(`  memory idle, PSS MB: ${pssEach(w.pids())}`);
      put(F.idleWait, 'app', await untilIdle(w.pids()));
      putIdle(F.cpuOpen, 'app', await idleTicks(w.pids(), IDLE, 'new book, idle, open'));
      if (r === 1) log(`  app processes: ${names(w.pids())}`);
      await hide();
      // The first seconds after hiding are the hiding's own work (WebKit winds the hidden page
      // down for ~6 s): counted apart, then the idle window.
      putIdle(F.hideTail, 'app', await idleTicks(w.pids(), IDLE, 'new book, the first seconds after hiding'));
      putIdle(F.cpuHidden, 'app', await idleTicks(w.pids(), IDLE, 'new book, idle, hidden'));
      // The demo book, so that reopening shows Today with people, timelines and follow-ups.
      await w.s.execute('return window.__TAURI_INTERNALS__.invoke("sample_load", { req: {} });');
      loaded = await pendingReminders(w.s);
    }),
  );
  if (!loaded) {
    for (const name of [F.reShown, F.rePainted, F.remQuiet, F.remQuietTicks, F.remIdleWait, F.remOpen, F.remHideTail, F.remHidden].flatMap(idleNames)) skip(name, 'the new book could not be filled (above)');
    return;
  }
  // Reopening it: the key comes from the keychain and the first screen is Today, with its
  // content; the demo's follow-ups are pending (the reminder check runs every 30 s).
  await part([F.reShown, F.rePainted, F.remQuiet, F.remQuietTicks, F.remIdleWait, F.remOpen, F.remHideTail, F.remHidden], () =>
    withWindow(APP, home, `app-reopen-${r}`, async (w) => {
      const m = await marks(w.s, 'today');
      put(F.reShown, 'app', m.shown - w.t0);
      put(F.rePainted, 'app', m.painted - w.t0);
      log(`  reopen, launch steps (ms): ${await breakdown(w)}`);
      const q = await untilQuiet(w.pids());
      put(F.remQuiet, 'app', q.seconds);
      put(F.remQuietTicks, 'app', q.ticks);
      // The demo's overdue follow-ups are announced at the shell's first check (3 s after start):
      // one notice shows and leaves 15 s later. Both are screens the user sees (a repaint each),
      // not idle work; the idle window starts once the notice has gone and the window is quiet.
      if (await dueNoticeLife(w.s)) await untilQuiet(w.pids());
      await sleep(SETTLE);
      put(F.remIdleWait, 'app', await untilIdle(w.pids()));
      putIdle(F.remOpen, 'app', await idleTicks(w.pids(), IDLE, 'demo book, reminders pending, open'));
      await hide();
      putIdle(F.remHideTail, 'app', await idleTicks(w.pids(), IDLE, 'demo book, the first seconds after hiding'));
      putIdle(F.remHidden, 'app', await idleTicks(w.pids(), IDLE, 'demo book, reminders pending, hidden'));
    }),
  );
}

/** Waits for the notice of the follow-ups already due at launch to show (the shell's first
 * check) and to leave by itself; says how long it stayed. False when none showed. */
async function dueNoticeLife(s) {
  const toasts = () => s.execute("return document.querySelectorAll('.toasts .toast').length;");
  const t0 = Date.now();
  try {
    await until(async () => (await toasts()) > 0, 'the notice of the follow-ups due at launch', 10_000);
  } catch {
    log('  no notice of due follow-ups within 10 s of Today');
    return false;
  }
  const shown = Date.now();
  await until(async () => (await toasts()) === 0, 'the due notice leaving by itself', 40_000);
  log(`  the due notice showed ${((shown - t0) / 1000).toFixed(1)} s after the wait began and stayed ${((Date.now() - shown) / 1000).toFixed(1)} s`);
  return true;
}

/** Makes sure the book has follow-ups due later (one due tomorrow is added when the demo has
 * none) and says how many; true when there are. */
async function pendingReminders(s) {
  const count = () => s.execute(`return (async () => {
    const open = await window.__TAURI_INTERNALS__.invoke('followup_list', { req: { status: 'open', limit: 1000 } });
    return open.filter((f) => Date.parse(f.due_at) > Date.now()).length; })();`);
  if ((await count()) === 0) {
    const due = new Date(Date.now() + 86_400_000).toISOString().slice(0, 16);
    await s.execute(`return (async () => {
      const inv = window.__TAURI_INTERNALS__.invoke;
      const p = await inv('person_list', { req: { filter: {}, sort: 'name', descending: false, limit: 1 } });
      return inv('followup_create', { req: { input: { title: 'Bench reminder', body: '', people: [p.items[0].id], due_local: arguments[0] } } }); })();`, [due]);
  }
  const n = await count();
  log(`  follow-ups due later in the reopened book: ${n}`);
  return n > 0;
}

let people = null; // the person pages to open, chosen at the first big-book run
async function bigRun(home) {
  const figs = [F.open, F.key50, F.key95, F.page95, F.busiest, F.bigQuiet, F.bigQuietTicks, F.pssBig, F.bigIdleWait, F.cpuBig];
  await part(figs, () =>
    withWindow(APP, home, 'big-book', async (w) => {
      const opened = await unlock(w.s, PASSPHRASE);
      if (opened == null) skip(F.open, 'the book opened with its key from the keychain: no passphrase to type');
      else put(F.open, 'app', opened);
      await marks(w.s, 'today', 300_000);
      let keys = await typeSearches(w.s, QUERIES, STEPS);
      if (STEPS) {
        logSteps(keys);
        keys = keys.map((k) => k.ms);
      }
      // Each key's figure, in typing order, so the slow prefixes can be told from the rest.
      log(`  keystroke → results painted, ms, per key: ${keys.map(Math.round).join(' ')}`);
      put(F.key50, 'app', pct(keys, 50));
      put(F.key95, 'app', pct(keys, 95));
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
      put(F.page95, 'app', pct([...pages, ...busy], 95));
      put(F.busiest, 'app', median(busy));
      const q = await untilQuiet(w.pids());
      put(F.bigQuiet, 'app', q.seconds);
      put(F.bigQuietTicks, 'app', q.ticks);
      await sleep(SETTLE);
      put(F.pssBig, 'app', pssMB(w.pids()));
      log(`  memory after browsing, PSS MB: ${pssEach(w.pids())}`);
      put(F.bigIdleWait, 'app', await untilIdle(w.pids()));
      putIdle(F.cpuBig, 'app', await idleTicks(w.pids(), IDLE, 'big book after browsing, open'));
    }),
  );
}

/** Prints each key's steps (ms from its keydown) and their medians for the first letter of a
 * query against every other key, to tell where the first letter's time goes. */
function logSteps(keys) {
  const names = ['in', 'ask', 'ans', 'dom', 'lay', 'upd', 'f1', 'f2'];
  const r = (v) => (v === undefined ? '-' : Math.round(v));
  let i = 0;
  const first = [];
  const rest = [];
  for (const q of QUERIES) {
    for (let n = 1; n <= q.length; n++) {
      if (!q.slice(0, n).trim()) continue;
      const k = keys[i++];
      (n === 1 ? first : rest).push(k.steps);
      log(`    ${JSON.stringify(q.slice(0, n))}: ${names.map((m) => `${m} ${r(k.steps[m])}`).join(', ')}; frames ${k.steps.frames?.join(' ')}`);
    }
  }
  for (const [what, set] of [['first letters', first], ['other keys', rest]]) {
    log(`  steps, median of ${what}: ${names.map((m) => `${m} ${r(median(set.map((x) => x[m]).filter((x) => x !== undefined)))}`).join(', ')}`);
  }
}

/** The big book: a copy of LIAISON_BENCH_DB (never the file itself), or a new book with the
 * passphrase (made by the CLI) filled in the app with the demo and PEOPLE generated people. */
async function bigBook() {
  const home = join(work, 'big');
  const db = join(home, 'liaison.db');
  if (BIG) {
    homeEnv(home);
    for (const ext of ['', '-wal']) if (existsSync(BIG + ext)) copyFileSync(BIG + ext, db + ext);
    return home;
  }
  cli(home, ['list', 'add', 'Bench'], { LIAISON_PASSPHRASE: PASSPHRASE });
  await withWindow(APP, home, 'big-book-fill', async (w) => {
    // Not `unlock`: a book with no one in it shows the first-run page, not Today.
    await (await w.s.find("//*[@id='unlock-secret']", 'the unlock screen', 60_000)).type(PASSPHRASE);
    await w.s.keys([Keys.ENTER]);
    await until(() => w.s.execute(`return window.__TAURI_INTERNALS__.invoke('app_info').then(() => true, () => false);`), 'the book open', 120_000);
    for (let left = PEOPLE; left > 0; left -= 10_000) {
      await w.s.execute('return window.__TAURI_INTERNALS__.invoke("sample_load", { req: { count: arguments[0] } });', [Math.min(left, 10_000)]);
    }
  });
  return home;
}

/** Issue 16's figure: the network view of a list of GRAPH_NODES nodes, first paint and pan/zoom. */
async function graphRun(home, listId) {
  const figs = [F.graphPaint, F.graphNodes, F.graphAll, F.graphSettled, F.panEarly, F.zoomEarly, F.panFps, F.zoomFps, F.worst];
  await part(figs, () =>
    withWindow(APP, home, 'graph', async (w) => {
      await settle(w.s);
      const g = await openGraph(w.s, listId);
      put(F.graphPaint, 'app', g.painted);
      log(`  graph: ${g.nodes} nodes, ${g.edges} ties in the first frame; layout ${g.layoutAtPaint} at the first paint; WebGL in the page: ${g.webgl || 'none'}`);
      log(`  graph: ms from the click: ${g.steps}, painted ${Math.round(g.painted)}`);
      // A build that draws a first share of the nodes says when every node is drawn (-1: one
      // that draws them all in its first frame).
      const every = await g.every();
      const count = every === -1 ? g.nodes : every.count;
      if (every !== -1) put(F.graphNodes, 'app', every.ms);
      else skip(F.graphNodes, 'this build draws every node in its first frame');
      if (count < GRAPH_NODES * 0.95) throw new Error(`the view drew ${count} nodes, not about ${GRAPH_NODES}`);
      const all = await g.all();
      if (all >= 0) put(F.graphAll, 'app', all);
      else skip(F.graphAll, 'this build does not mark when its ties are drawn');
      if (all >= 0) log(`  graph: ms from the click, ties drawn: ${await g.later()}, all ${Math.round(all)}`);
      // First paint and ties only: for iterating on the first frame (no gestures, no settling).
      if (env.LIAISON_BENCH_GRAPH_QUICK) return;
      // Panned and zoomed at once, while the worker's positions still come in (if they do).
      const early = await w.s.execute(`return document.querySelector('.graph-canvas').dataset.layout;`);
      if (early === 'running') {
        put(F.panEarly, 'app', (await gesture(w.s, 'pan', GESTURE)).fps);
        put(F.zoomEarly, 'app', (await gesture(w.s, 'zoom', GESTURE)).fps);
      } else for (const name of [F.panEarly, F.zoomEarly]) skip(name, 'the layout had settled before the gesture began');
      put(F.graphSettled, 'app', await g.settled());
      const pan = await gesture(w.s, 'pan', GESTURE);
      const zoom = await gesture(w.s, 'zoom', GESTURE);
      put(F.panFps, 'app', pan.fps);
      put(F.zoomFps, 'app', zoom.fps);
      put(F.worst, 'app', Math.max(pan.worst, zoom.worst));
    }),
  );
}

/** With LIAISON_BENCH_GRAPH_SHOTS=1, once after the runs: the graph view while the layout runs and
 * once settled, light and dark (the page's theme attribute, as the theme setting sets it), in
 * target/bench-app/graph-*.png, to see that 10,000 nodes still read. No figure is taken. */
async function graphShots(home, listId) {
  await withWindow(APP, home, 'graph-shots', async (w) => {
    await settle(w.s);
    const g = await openGraph(w.s, listId);
    const theme = (t) => w.s.execute(`document.documentElement.dataset.theme = arguments[0]; return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))));`, [t]);
    const save = async (name) => writeFileSync(join(SHOTS, `graph-${name}.png`), await w.s.screenshot());
    mkdirSync(SHOTS, { recursive: true });
    await theme('light');
    await save('running-light');
    await theme('dark');
    await save('running-dark');
    await g.settled();
    await save('settled-dark');
    await theme('light');
    await save('settled-light');
    log(`  graph screenshots in ${SHOTS}`);
  });
}

const started = loadavg();
console.log(`machine: ${cpus().length} cpus; load average at start: ${started}`);
console.log(`app: ${APP}\nminimal window: ${MINIMAL}\nbig book: ${BIG ? `a copy of ${BIG}` : `the demo book + generated people, ${PEOPLE} asked`}; runs: ${RUNS}`);
console.log(`graph: a list of ${GRAPH_NODES - GRAPH_ORGS} people working for ${GRAPH_ORGS} organizations (${GRAPH_NODES} nodes); each gesture ${GESTURE} s`);
let failed = false;
try {
  const bigHome = ONLY && ONLY !== 'big' ? null : await bigBook();
  const graphHome = join(work, 'graph');
  const graph = ONLY === '' || ONLY === 'graph';
  if (graph) log(`making the graph book (load ${loadavg()})`);
  const listId = graph ? graphBook(CLI, graphHome, GRAPH_NODES, GRAPH_ORGS) : null;
  for (let r = 1; r <= RUNS; r++) {
    log(`run ${r}/${RUNS} (load ${loadavg()})`);
    // Alternated, so a slow spell of the machine falls on both windows.
    if (ONLY !== 'graph' && ONLY !== 'big') {
      if (r % 2) {
        await minimalRun(r);
        await appRun(r);
      } else {
        await appRun(r);
        await minimalRun(r);
      }
    }
    if (!ONLY || ONLY === 'big') await bigRun(bigHome);
    if (graph) await graphRun(graphHome, listId);
  }
  if (graph && env.LIAISON_BENCH_GRAPH_SHOTS) await graphShots(graphHome, listId);
} catch (e) {
  failed = true;
  log(`the bench stopped: ${e.stack ?? e}`);
} finally {
  if (!env.LIAISON_BENCH_KEEP) rmSync(work, { recursive: true, force: true });
}

const out = table(RUNS);
console.log(`\n${out}`);
console.log(`\nload average at start: ${started}; at end: ${loadavg()}`);
if (failed || out.includes('\nnot measured:')) process.exitCode = 1;
