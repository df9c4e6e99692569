// Starts tauri-driver with a private data folder and opens app sessions; saves a screenshot on failure.

import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Session, until } from './webdriver.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const APP = process.env.LIAISON_APP_BIN ?? join(root, 'target/debug/liaison-app');
const ARTIFACTS = join(root, 'tests/e2e/artifacts');
const X11 = join(root, 'tests/e2e/lib/x11.py');

let nextPort = 4444 + (process.pid % 500) * 2;

/**
 * The environment of an app whose book and caches live under `home`: HOME and the XDG dirs
 * point there because WebKit writes caches there, and LIAISON_DB is `home`/liaison.db. `extra` is
 * added last (e.g. a dead D-Bus address, so the app finds no keychain).
 */
export function homeEnv(home, extra = {}) {
  mkdirSync(home, { recursive: true });
  return {
    ...process.env,
    HOME: home,
    XDG_DATA_HOME: join(home, 'data'),
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_CACHE_HOME: join(home, 'cache'),
    LIAISON_DB: join(home, 'liaison.db'),
    ...extra,
  };
}

/**
 * A driver whose app processes share one data folder, so a second session is "the app restarted"
 * (see `homeEnv` for the folder and `extraEnv`). `home` defaults to a new temp dir and `app` to
 * the debug app the e2e tests drive; the app bench (scripts/bench-app) passes its release
 * binaries and its own folders.
 */
export async function startDriver(extraEnv = {}, { home = mkdtempSync(join(tmpdir(), 'liaison-e2e-')), app = APP } = {}) {
  if (!existsSync(app)) throw new Error(`app binary missing at ${app}: build it first (scripts/test.sh does)`);
  const env = homeEnv(home, extraEnv);
  const port = nextPort;
  nextPort += 2;
  // Its own process group, so `stop` also ends the app it started: an app left behind (a window
  // that did not close with the session) would hold the stderr pipe open and hang the test run.
  const proc = spawn('tauri-driver', ['--port', String(port), '--native-port', String(port + 1)], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d));
  const base = `http://127.0.0.1:${port}`;
  await until(async () => (await fetch(`${base}/status`)).ok, `tauri-driver on port ${port}\n${stderr}`, 15_000);
  return {
    home,
    env,
    dbPath: env.LIAISON_DB,
    /** The driver's pid: the apps it starts (and their WebKit processes) are its descendants. */
    pid: proc.pid,
    open: () => Session.start(base, app),
    /** Everything the driver and the apps it started wrote to stderr so far (apps inherit it). */
    log: () => stderr,
    /** Waits for this driver's apps to exit (SIGKILL after 5 s): a window still closing would
     * take the next launch for a second instance, which hands over to it and exits. */
    reap: (known) => reap(home, known),
    stop: () => {
      try {
        process.kill(-proc.pid, 'SIGKILL');
      } catch {
        proc.kill();
      }
      proc.stderr.destroy();
    },
  };
}

/** The pids of Liaison app processes started with HOME=`home`. */
export function appPids(home) {
  const pids = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (!readFileSync(`/proc/${d}/cmdline`, 'utf8').includes('liaison-app')) continue;
      if (readFileSync(`/proc/${d}/environ`, 'utf8').split('\0').includes(`HOME=${home}`)) pids.push(Number(d));
    } catch {
      /* gone already, or not ours to read */
    }
  }
  return pids;
}

/** Whether `pid` still holds its files (sockets included): alive and not yet a zombie. An exiting
 * process loses its command line before it closes its D-Bus connection, so `appPids` alone
 * would let the next launch find the old window's single-instance name still taken. */
function holdsFiles(pid) {
  try {
    return !/^State:\s+[ZX]/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

async function reap(home, known = []) {
  const pids = () => [...new Set([...known, ...appPids(home)])].filter(holdsFiles);
  const deadline = Date.now() + 5000;
  while (pids().length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  for (const pid of pids()) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* exited meanwhile */
    }
  }
  while (pids().length) await new Promise((r) => setTimeout(r, 50));
  // The bus daemon frees the window's single-instance name when it gets to the closed socket,
  // which under load can take a while: a launch before that finds the name taken, forwards to
  // a connection that is gone and fails. Wait until no Liaison instance name is owned.
  const until = Date.now() + 10_000;
  while (instanceNames().length && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
}

/** The single-instance names owned on the session bus (none without a bus). */
function instanceNames() {
  if (!process.env.DBUS_SESSION_BUS_ADDRESS) return [];
  try {
    const out = execFileSync('dbus-send', [
      '--session', '--print-reply', '--dest=org.freedesktop.DBus', '/', 'org.freedesktop.DBus.ListNames',
    ]).toString();
    return out.match(/"app\.liaison\.[^"]*SingleInstance[^"]*"/g) ?? [];
  } catch {
    return [];
  }
}

/**
 * Waits until the first screen has settled, then closes the recovery-key dialog if it is shown:
 * a fresh data folder gets a new keychain key at first launch, and the app shows its recovery key
 * once, over everything, until "I have written it down".
 */
export async function settle(s) {
  await until(() => s.execute('return document.body.dataset.ready === "true";'), 'the first screen to settle', 20_000);
  const [done] = await s.findAll(button('I have written it down'));
  if (!done) return;
  await until(() => done.displayed(), 'the recovery key dialog to open');
  await done.click();
  await until(async () => (await s.findAll(button('I have written it down'))).length === 0, 'the recovery key dialog to close');
}

/**
 * Runs `body` with a session, settled first (see `settle`) unless `{ settle: false }`; on failure
 * keeps a screenshot and the page source for a person to look at.
 */
export async function withApp(driver, name, body, { settle: settleFirst = true } = {}) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no app session after 30 s (${name}); the end of the log:\n${driver.log().slice(-1500)}`)),
      30_000,
    );
  });
  const s = await Promise.race([driver.open(), late]).finally(() => clearTimeout(timer));
  const pids = appPids(driver.home);
  try {
    if (settleFirst) await settle(s);
    await body(s);
  } catch (e) {
    await keepScreenshot(s, name, e);
    throw e;
  } finally {
    await s.quit().catch(() => {});
    await driver.reap(pids);
  }
}

/** Keeps the window's screenshot and page source under `dir` (tests/e2e/artifacts unless said)
 * for a person to look at after `e`, and names the screenshot in `e`'s message. */
export async function keepScreenshot(s, name, e, dir = ARTIFACTS) {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name.replace(/\W+/g, '-')}`);
  try {
    writeFileSync(`${file}.png`, await s.screenshot());
    writeFileSync(`${file}.html`, await s.source());
    e.message += `\n(screenshot: ${file}.png)`;
  } catch {
    /* the window may already be gone; the original error matters more */
  }
}

/** The app's top-level X windows at least `minWidth` px wide (by title and class), and the
 * window tree they were read from, for a message. */
export function appWindows(minWidth = 400) {
  const tree = execFileSync('xwininfo', ['-root', '-tree']).toString();
  const ids = [...tree.matchAll(/^\s+(0x[0-9a-f]+) "Liaison": \("liaison-app" "Liaison-app"\)\s+(\d+)x(\d+)/gm)]
    .filter((m) => Number(m[2]) >= minWidth)
    .map((m) => m[1]);
  return { ids, tree };
}

/** Whether the X window `id` is on screen. Without an id, xwininfo would wait for a click on a
 * window, forever (a CI run hung so): a missing id throws instead (callers inside `until()` try
 * again), and xwininfo gets 5 s at most. */
export const mapped = (id) => {
  if (!id) throw new Error('no X window id to look at');
  return /Map State: IsViewable/.test(execFileSync('xwininfo', ['-id', id], { timeout: 5000 }).toString());
};

/** Closes the X window `id` as a window manager's close button does (WM_DELETE_WINDOW). */
export function closeWindow(id) {
  execFileSync('/usr/bin/python3', [X11, 'close', id]);
}

/** XPath for a form control by its label text (label[for], a wrapping label, or aria-label). */
export function byLabel(label) {
  const l = JSON.stringify(label);
  // aria-label only on controls: a dialog may carry the same name as the box inside it.
  const control = "(self::input or self::select or self::textarea or @role='combobox' or @role='searchbox' or @role='textbox')";
  return `(//*[@id=//label[normalize-space(.)=${l}]/@for] | //label[normalize-space(.)=${l}]//*[self::input or self::select or self::textarea] | //*[${control} and @aria-label=${l}])`;
}

/** XPath for a button (or link) by its visible text or aria-label. */
export function button(name) {
  const n = JSON.stringify(name);
  return `(//button[normalize-space(.)=${n} or @aria-label=${n}] | //a[normalize-space(.)=${n} or @aria-label=${n}] | //*[@role='button' and (normalize-space(.)=${n} or @aria-label=${n})])`;
}
