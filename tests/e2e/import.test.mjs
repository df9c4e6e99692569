// End-to-end on the real app: a French Excel CSV imported through the mapping screen, then a person from it found by search.
// The native open dialog cannot be driven through WebDriver: LIAISON_E2E_PICK (debug builds only) answers it.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDriver, withApp, byLabel, button } from './lib/app.mjs';
import { Keys } from './lib/webdriver.mjs';

// Windows-1252 bytes and `;` as a French Excel writes them: the app must detect both.
const CSV = [
  'Prénom;Nom;E-mail;Ville;Pays;Instagram;Abonnés;Thématiques',
  'Léa;Martin;lea.martin@example.fr;Lyon;FR;@lea.cuisine;12 500;cuisine|voyage',
  'Hugo;Bernard;hugo@@example;Paris;FR;@hugo.tech;45k;tech',
  'Séverine;Quéré;severine.quere@example.fr;Brest;FR;@severine.mer;8,3k;mer',
].join('\r\n');

const dir = mkdtempSync(join(tmpdir(), 'liaison-e2e-import-'));
const file = join(dir, 'influenceurs.csv');
writeFileSync(file, Buffer.from(CSV, 'latin1'));
process.env.LIAISON_E2E_PICK = file;

let driver;
before(async () => {
  driver = await startDriver();
});
after(() => driver?.stop());

/** The action button, not the tab of the same name. */
const action = (name) => `//button[not(@role='tab')][normalize-space(.)=${JSON.stringify(name)}]`;
const text = (t) => `//*[contains(normalize-space(.), ${JSON.stringify(t)}) and not(*[contains(normalize-space(.), ${JSON.stringify(t)})])]`;

test('a CSV imported through the mapping screen is searchable', async () => {
  await withApp(driver, 'import-csv', async (s) => {
    await (await s.find(button('Import & export'), 'the sidebar entry "Import & export"', 20_000)).click();
    await (await s.find(button('Choose file…'), 'the "Choose file…" button')).click();
    await s.find(text('separated by semicolons'), 'the detected delimiter on the mapping screen', 15_000);
    await s.find(text('indows-1252'), 'the detected encoding (Windows-1252)');
    const first = await s.find(byLabel('Field for Prénom'), 'the mapping select of the Prénom column');
    assert.equal(await first.value(), 'first_name', 'Prénom is guessed as the first name');
    assert.equal(await (await s.find(byLabel('Field for E-mail'))).value(), 'email', 'E-mail is guessed');
    await s.find(`//tr[contains(@class,'bad')][contains(., 'hugo@@example')]`, 'the bad e-mail row highlighted');

    // All or nothing: the invalid row stops the import; then "valid rows only" imports the rest.
    await (await s.find(action('Import'))).click();
    await s.find(text('Nothing was imported: some rows have problems'), 'the stopped report', 15_000);
    await (await s.find(byLabel('Import the valid rows only'))).click();
    await (await s.find(action('Import'))).click();
    await s.find(text('Import finished'), 'the import report', 15_000);
    await s.find(text('2 people created'), 'two people created');
    await s.find(text('1 row skipped'), 'the bad row skipped');

    // Found by search, accent-insensitively, and opened.
    await (await s.find('//h1', 'a heading to focus the window')).click();
    await s.keys([Keys.CONTROL, 'k']);
    const box = await s.find(byLabel('Search people'), 'the search box after Ctrl+K');
    await box.type('severine quere');
    await s.find(`//*[@role='option'][contains(normalize-space(.), 'Séverine Quéré')]`, 'the imported person in the search results');
    await s.keys([Keys.ENTER]);
    await s.find(`//h1[normalize-space(.)='Séverine Quéré']`, 'the imported person page');
    await s.find(text('Brest'), 'the imported city on the person page');
  });
});
