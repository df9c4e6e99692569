// End-to-end without a keychain: the Unlock screen, a chosen passphrase, a wrong one refused, the data encrypted on disk.
// E2E_SHOTS=<dir> also saves the Unlock screens in light and dark, English and French.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { startDriver, withApp, byLabel, button } from './lib/app.mjs';
import { until } from './lib/webdriver.mjs';

// A D-Bus address nobody listens on: the Secret Service cannot be reached, as on a machine with no
// keyring, so the app must ask for a passphrase instead of making a keychain key.
const NO_KEYCHAIN = { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/liaison-e2e-no-bus' };
const PASSPHRASE = 'lantern orchard 42';
const FIRST = 'Oriane';
const LAST = 'Xylophagou';

let driver;
before(async () => {
  driver = await startDriver(NO_KEYCHAIN);
});
after(() => driver?.stop());

const heading = (text) => `//h1[normalize-space(.)=${JSON.stringify(text)}]`;

async function fill(s, label, text) {
  const el = await s.find(byLabel(label), `the "${label}" field`);
  await el.clear();
  await el.type(text);
}

/** Saves a screenshot of each language and theme when E2E_SHOTS names a folder. */
async function shots(s, name) {
  const dir = process.env.E2E_SHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  for (const lang of ['en', 'fr']) {
    for (const theme of ['light', 'dark']) {
      await s.execute('localStorage.setItem("liaison.locale", arguments[0]); localStorage.setItem("liaison.theme", arguments[1]); location.reload();', [lang, theme]);
      await until(() => s.execute(`return document.documentElement.lang === "${lang}" && document.body.dataset.ready === "true";`), 'the reloaded page');
      await s.find('//h1', 'the heading of the reloaded page');
      await s.execute('window.__painted = false; requestAnimationFrame(() => requestAnimationFrame(() => (window.__painted = true)));');
      await until(() => s.execute('return window.__painted === true;'), 'two painted frames');
      writeFileSync(`${dir}/${name}-${lang}-${theme}.png`, await s.screenshot());
    }
  }
  await s.execute('localStorage.setItem("liaison.locale", "en"); localStorage.removeItem("liaison.theme"); location.reload();');
  await until(() => s.execute('return document.body.dataset.ready === "true";'), 'the page back in English');
}

/** The book file and its WAL, as the disk holds them. */
function onDisk() {
  return Buffer.concat(['', '-wal'].map((ext) => driver.dbPath + ext).filter(existsSync).map((p) => readFileSync(p)));
}

test('without a keychain a chosen passphrase encrypts the book, and only it opens the book again', async () => {
  await withApp(driver, 'unlock-choose', async (s) => {
    await s.find(heading('Choose a passphrase'), 'the Unlock screen for a new book', 20_000);
    await s.find(`//*[contains(., 'The system keychain is not available')]`, 'why it asks');
    await shots(s, 'unlock-new');
    await fill(s, 'Passphrase', PASSPHRASE);
    await fill(s, 'Type it again', PASSPHRASE);
    await (await s.find(button('Encrypt and open'))).click();
    await (await s.find(button('Add a person'), 'the first-run screen of the new book', 20_000)).click();
    await fill(s, 'First name', FIRST);
    await fill(s, 'Last name', LAST);
    await (await s.find(button('Save'))).click();
    await s.find(heading(`${FIRST} ${LAST}`), 'the new person page');
  });

  const bytes = onDisk();
  assert.ok(bytes.length > 0, 'the book was written');
  assert.equal(bytes.indexOf(LAST), -1, "the person's name never reaches the disk in clear");
  assert.notEqual(bytes.subarray(0, 15).toString(), 'SQLite format 3', 'the file is not plain SQLite');

  // Restarted on the same data folder, still without a keychain.
  await withApp(driver, 'unlock-existing', async (s) => {
    await s.find(heading('Unlock your book'), 'the Unlock screen for an existing book', 20_000);
    await shots(s, 'unlock-existing');
    const before = onDisk();
    await fill(s, 'Passphrase or recovery key', 'not the passphrase');
    await (await s.find(button('Open'))).click();
    await s.find(`//*[@role='alert' and contains(., 'does not open your data')]`, 'the wrong-passphrase error');
    assert.ok(onDisk().equals(before), 'a wrong passphrase leaves the file untouched');
    await fill(s, 'Passphrase or recovery key', PASSPHRASE);
    await (await s.find(button('Open'))).click();
    await (await s.find(button('People'), 'the app, once unlocked', 20_000)).click();
    // In the people grid; its rows are found by presence, as `find`'s visibility check did not match them.
    await until(async () => (await s.findAll(`//*[@role='gridcell'][contains(., '${FIRST} ${LAST}')]`)).length > 0, 'the person saved before the restart');
  });
});

