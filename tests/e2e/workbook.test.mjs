// End-to-end on the real app: Excel workbooks imported through the mapping screen — the sheet chooser (the people are on the second sheet) and a title above the header, skipped and counted.
// The native open dialog cannot be driven through WebDriver: LIAISON_E2E_PICK (debug builds only) answers it.
// E2E_SHOTS=<dir> also saves the workbook's mapping screen in light and dark, English and French.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDriver, withApp, byLabel, button } from './lib/app.mjs';
import { until } from './lib/webdriver.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const workbooks = join(root, 'tests/fixtures/workbooks');
const CLI = process.env.LIAISON_BIN ?? join(root, 'target/debug/liaison');

const drivers = [];
after(() => drivers.forEach((d) => d.stop()));

/** A driver whose app answers the open dialog with `pick`. */
async function driverFor(pick) {
  process.env.LIAISON_E2E_PICK = pick;
  const d = await startDriver();
  drivers.push(d);
  return d;
}

/** The words each step looks for, in the language the window is in. */
const WORDS = {
  en: { io: 'Import & export', kind: 'Spreadsheet (CSV, Excel)', pick: 'Choose file…', sheet: 'Sheet', import: 'Import' },
  fr: { io: 'Import et export', kind: 'Tableur (CSV, Excel)', pick: 'Choisir le fichier…', sheet: 'Feuille', import: 'Importer' },
};
const action = (name) => `//button[not(@role='tab')][normalize-space(.)=${JSON.stringify(name)}]`;
const text = (t) => `//*[contains(normalize-space(.), ${JSON.stringify(t)}) and not(*[contains(normalize-space(.), ${JSON.stringify(t)})])]`;

async function openWorkbook(s, w) {
  await (await s.find(button(w.io), `the sidebar entry "${w.io}"`, 20_000)).click();
  await (await s.find(`//label[normalize-space(.)=${JSON.stringify(w.kind)}]`, `the "${w.kind}" kind`)).click();
  await (await s.find(button(w.pick), `the "${w.pick}" button`)).click();
  return s.find(byLabel(w.sheet), 'the sheet chooser of a workbook', 15_000);
}

/** Chooses a sheet as a person does with the select: its value, then the change event. */
async function chooseSheet(s, select, name) {
  await s.execute(
    'const el = arguments[0]; el.value = arguments[1]; el.dispatchEvent(new Event("change", { bubbles: true }));',
    [{ 'element-6066-11e4-a52e-4f735466cecf': select.id }, name],
  );
}

async function painted(s) {
  await s.execute('window.__painted = false; requestAnimationFrame(() => requestAnimationFrame(() => (window.__painted = true)));');
  await until(() => s.execute('return window.__painted === true;'), 'two painted frames');
}

/** The people of the app's book, read by the CLI through the same keychain. */
function peopleIn(driver) {
  const env = { ...process.env, HOME: driver.home };
  delete env.LIAISON_PASSPHRASE;
  const out = execFileSync(CLI, ['--db', driver.dbPath, 'person', 'list', '--json', '--all'], { env });
  return JSON.parse(out.toString());
}

test('an Excel workbook: the people are on the second sheet, chosen on the mapping screen, and imported', async () => {
  const driver = await driverFor(join(workbooks, 'people.xlsx'));
  await withApp(driver, 'workbook-sheets', async (s) => {
    const w = WORDS.en;
    const select = await openWorkbook(s, w);
    assert.equal(await select.value(), 'Notes', 'the first sheet is shown first');
    await chooseSheet(s, select, 'Influenceurs 2024');
    const first = await s.find(byLabel('Field for Prénom'), 'the Prénom column of the second sheet', 15_000);
    assert.equal(await first.value(), 'first_name', 'Prénom is guessed as the first name');
    await s.find(text('Read as an Excel workbook. 4 rows.'), 'the four rows of the second sheet');
    await (await s.find(action(w.import), 'the Import action')).click();
    await s.find(text('Import finished'), 'the import report', 15_000);
    await s.find(text('4 people created'), 'the four people of the sheet');

    if (process.env.E2E_SHOTS) {
      const dir = process.env.E2E_SHOTS;
      mkdirSync(dir, { recursive: true });
      for (const lang of ['en', 'fr']) {
        for (const theme of ['light', 'dark']) {
          await s.execute('localStorage.setItem("liaison.locale", arguments[0]); localStorage.setItem("liaison.theme", arguments[1]); location.reload();', [lang, theme]);
          await until(() => s.execute(`return document.documentElement.lang === "${lang}" && document.body.dataset.ready === "true";`), 'the reloaded page');
          const sel = await openWorkbook(s, WORDS[lang]);
          await chooseSheet(s, sel, 'Influenceurs 2024');
          await s.find(byLabel(lang === 'en' ? 'Field for Prénom' : 'Champ pour Prénom'), 'the second sheet’s columns', 15_000);
          await painted(s);
          writeFileSync(`${dir}/workbook-mapping-${lang}-${theme}.png`, await s.screenshot());
        }
      }
    }
  });
  const people = peopleIn(driver);
  assert.equal(people.length, 4, 'the import wrote the sheet’s four people');
  assert.ok(people.some((p) => p.display_name === 'Jürgen Müller' || `${p.first_name} ${p.last_name}` === 'Jürgen Müller'), 'accents intact');
});

test('a workbook with a title above its header: the lines before it are skipped and counted', async () => {
  const driver = await driverFor(join(workbooks, 'titled.xlsx'));
  await withApp(driver, 'workbook-titled', async (s) => {
    const w = WORDS.en;
    await openWorkbook(s, w);
    await s.find(text('before the header row'), 'the skipped lines said on the mapping screen', 15_000);
    const first = await s.find(byLabel('Field for First Name'), 'the header found below the title');
    assert.equal(await first.value(), 'first_name');
    await (await s.find(action(w.import), 'the Import action')).click();
    await s.find(text('Import finished'), 'the import report', 15_000);
  });
  assert.equal(peopleIn(driver).length, 2, 'the two people under the header were imported, not the title');
});
