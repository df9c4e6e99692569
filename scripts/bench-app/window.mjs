// One launch of a window under tauri-driver for the app bench: a private HOME, the launch clock, the page's marks, and a clean end.

import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Session, until } from '../../tests/e2e/lib/webdriver.mjs';
import { appTree } from './procs.mjs';

let nextPort = 4744 + (process.pid % 400) * 2;

/** A data folder for one book: HOME and the XDG dirs (WebKit writes its caches there too). */
export function homeEnv(home, extra = {}) {
  mkdirSync(home, { recursive: true });
  return {
    ...process.env,
    HOME: home,
    XDG_DATA_HOME: join(home, 'data'),
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_CACHE_HOME: join(home, 'cache'),
    LIAISON_DB: join(home, 'liaison.db'),
    LIAISON_LANG: 'en',
    ...extra,
  };
}

/**
 * Starts tauri-driver, then the window `bin` through it, and answers the session with `t0`, the
 * wall-clock time (ms since the epoch) just before the session was asked for: launch figures
 * run from there, so they include WebKitWebDriver starting the app, the same for both windows.
 */
export async function launch(bin, env) {
  const port = nextPort;
  nextPort += 2;
  const driver = spawn('tauri-driver', ['--port', String(port), '--native-port', String(port + 1)], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let log = '';
  driver.stderr.on('data', (d) => (log += d));
  const base = `http://127.0.0.1:${port}`;
  await until(async () => (await fetch(`${base}/status`)).ok, `tauri-driver on port ${port}\n${log}`, 15_000);
  const t0 = performance.timeOrigin + performance.now();
  const s = await Session.start(base, bin);
  return {
    s,
    t0,
    pids: () => appTree(driver.pid),
    log: () => log,
    /** Ends the session and everything under the driver, and waits until the app is gone (its
     * single-instance name on the bus with it), so the next launch on the same book is a launch. */
    async end() {
      const pids = appTree(driver.pid);
      await Promise.race([s.quit().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
      const alive = () => pids.filter((p) => {
        try {
          process.kill(p, 0);
          return true;
        } catch {
          return false;
        }
      });
      const deadline = Date.now() + 3000;
      while (alive().length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      for (const p of alive()) {
        try {
          process.kill(p, 'SIGKILL');
        } catch {
          /* exited meanwhile */
        }
      }
      try {
        process.kill(-driver.pid, 'SIGKILL');
      } catch {
        driver.kill('SIGKILL');
      }
      driver.stderr.destroy();
      while (alive().length) await new Promise((r) => setTimeout(r, 50));
      await instanceNameFreed();
    },
  };
}

/** Waits (up to 10 s) until no Liaison single-instance name is owned on the session bus. */
async function instanceNameFreed() {
  if (!process.env.DBUS_SESSION_BUS_ADDRESS) return;
  const owned = () => {
    try {
      const out = execFileSync('dbus-send', ['--session', '--print-reply', '--dest=org.freedesktop.DBus', '/', 'org.freedesktop.DBus.ListNames']).toString();
      return /"app\.liaison\.[^"]*SingleInstance/.test(out);
    } catch {
      return false;
    }
  };
  const deadline = Date.now() + 10_000;
  while (owned() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
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
