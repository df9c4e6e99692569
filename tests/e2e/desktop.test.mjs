// End-to-end on the real app as a desktop citizen (issue 17): the log file in the app's log folder
// (redacted), Settings' "On this computer" (screenshots with E2E_SHOTS=<dir>), a liaison://person
// link handed over by a second launch, closing the window to the tray, the window's size kept.
// Needs the D-Bus session scripts/test.sh gives (single instance and the keychain go through it).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDriver, withApp, byLabel, button, appPids, appWindows, mapped, APP } from './lib/app.mjs';
import { until } from './lib/webdriver.mjs';

const NAME = 'Inès Marchetti';
const EMAIL = 'ines.marchetti@example.com';
// A folder named after her, picked as a bundle: reading it fails and the app logs the failure.
const dir = mkdtempSync(join(tmpdir(), 'liaison-e2e-desk-'));
const trap = join(dir, `${NAME} ${EMAIL}.json`);
mkdirSync(trap);
process.env.LIAISON_E2E_PICK = trap;
const X11 = join(dirname(fileURLToPath(import.meta.url)), 'lib/x11.py');

let driver;
before(async () => {
  driver = await startDriver();
});
after(() => driver?.stop());

/** Her id, once the first test has added her. */
let inesId;
const logFile = () => join(driver.home, 'data/app.liaison.desktop/logs/liaison.log');

async function fill(s, label, text) {
  const el = await s.find(byLabel(label), `the "${label}" field`);
  await el.clear();
  await el.type(text);
}

/** Adds her through the form; answers her id (from the person page's address). */
async function addInes(s) {
  await (await s.find(button('Add a person'), 'the first-run "Add a person" button', 20_000)).click();
  await fill(s, 'First name', 'Inès');
  await fill(s, 'Last name', 'Marchetti');
  await fill(s, 'Email', EMAIL);
  await (await s.find(button('Save'))).click();
  await s.find(`//h1[normalize-space(.)=${JSON.stringify(NAME)}]`, 'her person page');
  return s.execute('return decodeURIComponent(location.hash.split("/")[2]);');
}

/** The app's top-level X window (the one WebDriver drives), found by its title. */
function appWindow() {
  const { ids, tree } = appWindows();
  assert.equal(ids.length, 1, `one Liaison window:\n${tree}`);
  return ids[0];
}

/** Saves Settings in each language and theme when E2E_SHOTS names a folder. */
async function shots(s, name) {
  const out = process.env.E2E_SHOTS;
  if (!out) return;
  mkdirSync(out, { recursive: true });
  for (const lang of ['en', 'fr']) {
    for (const theme of ['light', 'dark']) {
      await s.execute('localStorage.setItem("liaison.locale", arguments[0]); localStorage.setItem("liaison.theme", arguments[1]); location.reload();', [lang, theme]);
      await until(() => s.execute(`return document.documentElement.lang === "${lang}" && document.body.dataset.ready === "true";`), 'the reloaded page');
      await s.find('//*[@id="set-desktop"]', 'the "On this computer" group');
      await s.execute('document.getElementById("set-desktop").scrollIntoView({ block: "start" });');
      await s.execute('window.__painted = false; requestAnimationFrame(() => requestAnimationFrame(() => (window.__painted = true)));');
      await until(() => s.execute('return window.__painted === true;'), 'two painted frames');
      writeFileSync(`${out}/${name}-${lang}-${theme}.png`, await s.screenshot());
    }
  }
  await s.execute('localStorage.setItem("liaison.locale", "en"); localStorage.setItem("liaison.theme", "system"); location.reload();');
  await until(() => s.execute('return document.documentElement.lang === "en" && document.body.dataset.ready === "true";'), 'the page back in English');
}

test('the log file in the app log folder holds failures without her name, e-mail or folders', async () => {
  await withApp(driver, 'log-file', async (s) => {
    inesId = await addInes(s);
    await (await s.find(button('Import & export'), 'the sidebar entry "Import & export"')).click();
    await (await s.find(`//label[normalize-space(.)='Liaison bundle']`, 'the bundle kind')).click();
    await (await s.find(button('Choose file…'), 'the "Choose file…" button')).click();
    await (await s.find(`//button[not(@role='tab')][normalize-space(.)='Import']`, 'the Import action')).click();
    await s.find(`//*[@role='alert'][contains(., 'could not read')]`, 'the read error shown to the person', 15_000);

    await (await s.find(button('Settings'), 'the sidebar entry "Settings"')).click();
    await s.find(button('Open the log folder'), 'the "Open the log folder" button');
    const shown = await (await s.find('//*[@aria-labelledby="set-desktop"]//p[contains(@class,"path")]', 'the log folder shown')).text();
    assert.equal(shown, dirname(logFile()), 'Settings names the folder the log is in');
    assert.ok(
      await s.execute('return document.getElementById("set-tray").checked;'),
      'closing to the tray is on for a new book',
    );
    await shots(s, 'settings-desktop');
  });
  await until(() => existsSync(logFile()) && readFileSync(logFile(), 'utf8').includes('io:'), 'the failed read in the log file', 5000);
  const log = readFileSync(logFile(), 'utf8');
  assert.match(log, /\[liaison\] Liaison \S+ started/, `the log says when the app started:\n${log}`);
  assert.match(log, /WARN \[liaison\] io: could not read or write "<path>\.json"/, `the log keeps the shape of the failure:\n${log}`);
  for (const secret of ['Marchetti', 'ines.marchetti', EMAIL, dir, driver.home]) {
    assert.ok(!log.includes(secret), `the log file must not hold ${JSON.stringify(secret)}:\n${log}`);
  }
});

test('start at login writes the login item with the hidden-start argument, and removes it when turned off', async () => {
  const item = join(driver.home, '.config/autostart/Liaison.desktop');
  await withApp(driver, 'start-at-login', async (s) => {
    await (await s.find(button('Settings'), 'the sidebar entry "Settings"')).click();
    const box = await s.find('//input[@id="set-login"][not(@disabled)]', 'the "Start at login" box, once the system answered');
    assert.equal(await s.execute('return document.getElementById("set-login").checked;'), false, 'off until the person asks');
    assert.ok(!existsSync(item), 'no login item before');
    await box.click();
    await s.find(`//*[@role='status'][contains(., 'Liaison will start when you log in.')]`, 'the confirmation');
    const desktop = readFileSync(item, 'utf8');
    assert.match(desktop, /^Exec=.*liaison-app.* --autostart$/m, `the login item starts the app hidden in the tray:\n${desktop}`);
    await box.click();
    await s.find(`//*[@role='status'][contains(., 'Liaison will no longer start when you log in.')]`, 'the confirmation');
    assert.ok(!existsSync(item), 'the login item is gone');
  });
});

test('the title bar follows the theme chosen in Settings: the window asks the window manager for a dark or light frame', async () => {
  await withApp(driver, 'title-bar-theme', async (s) => {
    await (await s.find(button('Settings'), 'the sidebar entry "Settings"')).click();
    await s.find('//select[@id="set-theme"]', 'the theme choice');
    // GTK tells the window manager which frame to draw through this property of the window; a
    // window manager (Mutter, KWin…) draws the title bar dark from "dark", and the desktop's
    // default (light here) when the property is empty.
    const variant = () => execFileSync('xprop', ['-id', appWindow(), '_GTK_THEME_VARIANT']).toString().trim();
    for (const [choice, want] of [['dark', /\(UTF8_STRING\) = "dark"$/], ['light', /\(UTF8_STRING\) =( "")?$/], ['dark', /\(UTF8_STRING\) = "dark"$/]]) {
      await s.execute(
        'const el = document.getElementById("set-theme"); el.value = arguments[0]; el.dispatchEvent(new Event("change", { bubbles: true }));',
        [choice],
      );
      await until(() => want.test(variant()), `the window's frame after choosing ${choice} (xprop: ${variant()})`, 5000);
    }
  });
});

test('a liaison://person link given to a second launch opens the person in the first window', async () => {
  assert.ok(process.env.DBUS_SESSION_BUS_ADDRESS, 'the hand-over goes through the D-Bus session bus');
  await withApp(driver, 'deep-link', async (s) => {
    const id = inesId;
    assert.ok(id, 'the first test added her');
    await (await s.find(button('Settings'), 'the sidebar entry "Settings"')).click();
    await s.find('//h1[normalize-space(.)="Settings"]', 'Settings');

    const second = spawn(APP, [`liaison://person/${id}`], { env: driver.env, stdio: 'ignore' });
    const code = await Promise.race([
      new Promise((resolve) => second.on('exit', (c) => resolve(c))),
      new Promise((resolve) => setTimeout(() => resolve('still running'), 20_000)),
    ]);
    if (code === 'still running') second.kill('SIGKILL');
    assert.equal(code, 0, 'the second launch hands the link over and exits');
    await s.find(`//h1[normalize-space(.)=${JSON.stringify(NAME)}]`, 'her page, opened by the link', 10_000);
    assert.equal(await s.execute('return location.hash;'), `#/people/${id}`);
    assert.equal(appPids(driver.home).length, 1, 'still one app process');
  });
});

test('closing the window hides it in the tray: the app keeps running and a launch shows it again', async () => {
  await withApp(driver, 'close-to-tray', async (s) => {
    await s.find(button('Settings'), 'the first window');
    const win = appWindow();
    assert.ok(mapped(win), 'the window is on screen');
    execFileSync('/usr/bin/python3', [X11, 'close', win]);
    await until(() => !mapped(win), 'the window to be hidden', 5000);
    assert.equal(appPids(driver.home).length, 1, 'the app still runs, in the tray');
    assert.equal(await s.execute('return document.body.dataset.ready;'), 'true', 'and its page is alive');

    const again = spawn(APP, [], { env: driver.env, stdio: 'ignore' });
    const code = await new Promise((resolve) => again.on('exit', (c) => resolve(c)));
    assert.equal(code, 0, 'a second launch hands over and exits');
    await until(() => mapped(win), 'the same window back on screen', 5000);
  });
});

test('a follow-up that comes due while the window is in the tray still reaches the person', async () => {
  await withApp(driver, 'reminder-in-tray', async (s) => {
    await s.find(button('Settings'), 'the first window');
    const win = appWindow();
    execFileSync('/usr/bin/python3', [X11, 'close', win]);
    await until(() => !mapped(win), 'the window hidden in the tray', 5000);
    // Due a minute ago in the book's zone (the system's, UTC here), made through the page's own
    // door to the shell, as the follow-up form does.
    const due = new Date(Date.now() - 60_000).toISOString().slice(0, 16);
    await s.execute(
      'return window.__TAURI_INTERNALS__.invoke("followup_create", { req: { input: { title: "Relancer Inès", people: [arguments[0]], due_local: arguments[1] } } });',
      [inesId, due],
    );
    // The reminder check runs every 30 s, window or not.
    await s.find(`//*[@role='status'][contains(., 'Due now: Relancer Inès')]`, 'the due toast in the hidden window', 45_000);
    assert.ok(!mapped(win), 'it came while the window was still in the tray');
    assert.equal(appPids(driver.home).length, 1, 'one app, still running');
  });
});

test('the capture shortcut opens a small capture window over everything, with the main window in the tray', async () => {
  await withApp(driver, 'capture-window', async (s) => {
    await s.find(button('Settings'), 'the first window');
    const main = appWindow();
    execFileSync('/usr/bin/python3', [X11, 'close', main]);
    await until(() => !mapped(main), 'the main window hidden in the tray', 5000);

    execFileSync('/usr/bin/python3', [X11, 'keys', 'Control_L+Alt_L+l']);
    const small = () => {
      const tree = execFileSync('xwininfo', ['-root', '-tree']).toString();
      return [...tree.matchAll(/^\s+(0x[0-9a-f]+) "Liaison": \("liaison-app" "Liaison-app"\)\s+720x420/gm)].map((m) => m[1]);
    };
    // One look at the window list per try: two could see different lists while the window appears.
    await until(() => {
      const w = small();
      return w.length === 1 && mapped(w[0]);
    }, 'the 720×420 capture window on screen', 10_000);
    assert.ok(!mapped(main), 'the main window stays in the tray');

    const handles = await s.req('GET', '/window/handles');
    assert.equal(handles.length, 2, `WebDriver sees the main window and the capture window: ${JSON.stringify(handles)}`);
    const mine = await s.req('GET', '/window');
    await s.req('POST', '/window', { handle: handles.find((h) => h !== mine) });
    const input = await s.find('//input[@id="capture-input"]', 'the capture line', 10_000);
    await input.type('Inès Marchetti: café au salon');
    await s.find(`//*[contains(., ${JSON.stringify(NAME)})][ancestor::dialog]`, 'her name in the preview');
    await s.keys(['\uE007']);
    await s.find(`//*[@role='status'][contains(., ${JSON.stringify(NAME)})]`, 'the saved toast naming her', 10_000);
    // Esc closes the window under the keyboard: releasing the key finds no window, as it should.
    await s.keys(['\uE00C']).catch((e) => {
      if (e.code !== 'no such window') throw e;
    });
    await until(() => {
      const w = small();
      return w.length === 0 || !mapped(w[0]);
    }, 'Esc to close the capture window', 5000);
    // Back to the main window, so the session ends on a window that exists.
    await s.req('POST', '/window', { handle: mine });
  });
});

test('the window comes back at the size it was left', async () => {
  await withApp(driver, 'window-size-1', async (s) => {
    await s.find(button('Settings'), 'the first window');
    await s.req('POST', '/window/rect', { width: 1000, height: 700 });
    await until(async () => (await s.req('GET', '/window/rect')).width === 1000, 'the window resized');
    // Closed to the tray: its place is saved then (the session's end kills the app, no Quit).
    const win = appWindow();
    execFileSync('/usr/bin/python3', [X11, 'close', win]);
    await until(() => !mapped(win), 'the window hidden in the tray', 5000);
  });
  await withApp(driver, 'window-size-2', async (s) => {
    await s.find(button('Settings'), 'the relaunched window');
    const rect = await s.req('GET', '/window/rect');
    assert.deepEqual([rect.width, rect.height], [1000, 700], `the size it was left at, not 1200×800: ${JSON.stringify(rect)}`);
  });
});
