// End-to-end on the real app: a second launch hands over to the first window, and the app's log
// (its stderr) holds no personal data after failures that involve a known person.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDriver, withApp, byLabel, button, appPids, APP } from './lib/app.mjs';
import { until } from './lib/webdriver.mjs';

// The import picks a folder named after the person: reading it fails with an I/O error whose
// message quotes the path, which the app logs. Unredacted, the log would hold her name and e-mail.
const NAME = 'Zoé Quennell';
const EMAIL = 'zoe.quennell@example.com';
const dir = mkdtempSync(join(tmpdir(), 'liaison-e2e-log-'));
const trap = join(dir, `${NAME} ${EMAIL}.json`);
mkdirSync(trap);
process.env.LIAISON_E2E_PICK = trap;

let driver;
before(async () => {
  driver = await startDriver();
});
after(() => driver?.stop());

async function fill(s, label, text) {
  const el = await s.find(byLabel(label), `the "${label}" field`);
  await el.clear();
  await el.type(text);
}

test('a second launch on the same book hands over to the open window and exits', async () => {
  assert.ok(
    process.env.DBUS_SESSION_BUS_ADDRESS,
    'single instance goes through the D-Bus session bus: run this inside scripts/test.sh (with_keyring)',
  );
  await withApp(driver, 'single-instance', async (s) => {
    await s.find(button('Add a person'), 'the first window', 20_000);
    assert.equal(appPids(driver.home).length, 1, 'one app process for this book');

    const second = spawn(APP, [], { env: driver.env, stdio: 'ignore' });
    const code = await Promise.race([
      new Promise((resolve) => second.on('exit', (c) => resolve(c))),
      new Promise((resolve) => setTimeout(() => resolve('still running'), 20_000)),
    ]);
    if (code === 'still running') second.kill('SIGKILL');
    assert.equal(code, 0, 'the second launch hands over and exits by itself');
    assert.equal(appPids(driver.home).length, 1, 'still one app process: no second window');
    await s.find(button('Add a person'), 'the first window, still working');
  });
});

test('failures involving a known person reach the log without her name, e-mail or folders', async () => {
  await withApp(driver, 'redacted-log', async (s) => {
    await (await s.find(button('Add a person'), 'the first-run "Add a person" button', 20_000)).click();
    await fill(s, 'First name', 'Zoé');
    await fill(s, 'Last name', 'Quennell');
    await fill(s, 'Email', EMAIL);
    await (await s.find(button('Save'))).click();
    await s.find(`//h1[normalize-space(.)=${JSON.stringify(NAME)}]`, 'her person page');

    await (await s.find(button('Import & export'), 'the sidebar entry "Import & export"')).click();
    await (await s.find(`//label[normalize-space(.)='Liaison bundle']`, 'the bundle kind')).click();
    await (await s.find(button('Choose file…'), 'the "Choose file…" button')).click();
    await (await s.find(`//button[not(@role='tab')][normalize-space(.)='Import']`, 'the Import action')).click();
    await s.find(`//*[@role='alert'][contains(., 'could not read')]`, 'the read error shown to the person', 15_000);
  });

  await until(async () => driver.log().includes('liaison: io:'), 'the failed read in the log', 5000);
  const log = driver.log();
  for (const secret of ['Quennell', 'zoe.quennell', EMAIL, dir, driver.home]) {
    assert.ok(!log.includes(secret), `the log must not hold ${JSON.stringify(secret)}:\n${log}`);
  }
  assert.match(log, /liaison: io: could not read or write "<path>\.json"/, `the log keeps the shape of the failure:\n${log}`);
});
