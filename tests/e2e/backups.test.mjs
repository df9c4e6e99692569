// End-to-end on the real app: the recovery key shown once, Back up now, and a restore that brings back the earlier book.
// E2E_SHOTS=<dir> also saves the recovery key dialog and Settings → Backups in light and dark, English and French.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { startDriver, withApp, byLabel, button, settle } from './lib/app.mjs';
import { until } from './lib/webdriver.mjs';

let driver;
before(async () => {
  driver = await startDriver();
});
after(() => driver?.stop());

const heading = (text) => `//h1[normalize-space(.)=${JSON.stringify(text)}]`;
const inGrid = (name) => `//*[@role='gridcell'][contains(., ${JSON.stringify(name)})]`;
const present = async (s, xpath) => (await s.findAll(xpath)).length > 0;

async function fill(s, label, text) {
  const el = await s.find(byLabel(label), `the "${label}" field`);
  await el.clear();
  await el.type(text);
}

async function addPerson(s, first, last) {
  await (await s.find(button('New person'))).click();
  await fill(s, 'First name', first);
  await fill(s, 'Last name', last);
  await (await s.find(button('Save'))).click();
  await s.find(heading(`${first} ${last}`), `the page of ${first} ${last}`);
}

async function shot(s, name) {
  const dir = process.env.E2E_SHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await painted(s);
  writeFileSync(`${dir}/${name}.png`, await s.screenshot());
}

/** Two animation frames later: a dialog just opened is on screen, not only in the DOM. */
async function painted(s) {
  await s.execute('window.__painted = false; requestAnimationFrame(() => requestAnimationFrame(() => (window.__painted = true)));');
  await until(() => s.execute('return window.__painted === true;'), 'two painted frames');
}

/** Each language and theme in turn (kept in the webview's storage), reloading the page. */
async function variants(s, name, ready) {
  if (!process.env.E2E_SHOTS) return;
  for (const lang of ['en', 'fr']) {
    for (const theme of ['light', 'dark']) {
      await s.execute('localStorage.setItem("liaison.locale", arguments[0]); localStorage.setItem("liaison.theme", arguments[1]); location.reload();', [lang, theme]);
      await until(() => s.execute(`return document.documentElement.lang === "${lang}" && document.body.dataset.ready === "true";`), 'the reloaded page');
      await ready();
      await shot(s, `${name}-${lang}-${theme}`);
    }
  }
  await s.execute('localStorage.setItem("liaison.locale", "en"); localStorage.removeItem("liaison.theme"); location.reload();');
  await until(() => s.execute('return document.body.dataset.ready === "true";'), 'the page back in English');
}

test('the recovery key is shown once, then a restore brings back the book as it was backed up', async () => {
  await withApp(driver, 'recovery-key-once', async (s) => {
    await until(() => s.execute('return document.body.dataset.ready === "true";'), 'the first screen', 20_000);
    const dialog = await s.find(`//dialog[.//h2[normalize-space(.)='Your recovery key']]`, 'the recovery key of the new keychain key');
    assert.match(await dialog.text(), /([A-Z2-7]{4}\s+){13}[A-Z2-7]{4}/, 'fourteen groups of four');
    // Focus moves to Print once the dialog has opened: the frame shown is the settled one.
    await until(() => s.execute('return document.activeElement?.textContent?.trim() === "Print";'), 'the focus on Print');
    await shot(s, 'recovery-en-light');
    await settle(s);
  }, { settle: false });

  await withApp(driver, 'backups-restore', async (s) => {
    assert.equal((await s.findAll(button('I have written it down'))).length, 0, 'the recovery key is never shown again');
    await (await s.find(button('Add a person'), 'the first-run screen', 20_000)).click();
    await fill(s, 'First name', 'Anselme');
    await fill(s, 'Last name', 'Avantsauvegarde');
    await (await s.find(button('Save'))).click();
    await s.find(heading('Anselme Avantsauvegarde'), 'the first person');

    await (await s.find(button('Settings'))).click();
    await (await s.find(button('Back up now'))).click();
    await s.find(`//*[@role='status' or @role='alert'][contains(., 'Backup made.')]`, 'the "Backup made" notice');
    await s.find(`//tr[td[normalize-space(.)='By hand']]`, 'the manual backup in the list');

    await addPerson(s, 'Bérénice', 'Aprèssauvegarde');

    await (await s.find(button('Settings'))).click();
    await (await s.find(`//tr[td[normalize-space(.)='By hand']]//button`, 'Restore… on the manual backup')).click();
    const confirm = await s.find(`//dialog[.//h2[normalize-space(.)='Restore this backup?']]`, 'the restore confirmation');
    assert.match(await confirm.text(), /backed up first/, 'it says the current state is kept');
    await shot(s, 'restore-confirm-en-light');
    await (await s.find(`//dialog//button[normalize-space(.)='Restore']`)).click();

    // The window reloads on the restored book; the state it replaced is listed as a backup.
    await s.find(`//tr[td[normalize-space(.)='Before a restore']]`, 'the pre-restore backup in the list', 20_000);
    await (await s.find(button('People'))).click();
    await until(() => present(s, inGrid('Anselme Avantsauvegarde')), 'the person from before the backup');
    assert.equal(await present(s, inGrid('Bérénice Aprèssauvegarde')), false, 'the person added after the backup is gone');

    await (await s.find(button('Settings'))).click();
    await (await s.find(button('Check the book'))).click();
    await s.find(`//*[@role='status'][contains(., 'No problems found')]`, 'the check report');
    await variants(s, 'backups', () => s.find(`//*[@id='backups-title']`, 'the Backups section'));
  });
});
