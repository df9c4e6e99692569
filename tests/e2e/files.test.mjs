// End-to-end on the real app: a vCard address book in, CSV / vCard / bundle files out through the
// save dialog, and a long CSV import with its progress bar, cancelled, then run to the end.
// WebDriver cannot drive native dialogs: LIAISON_E2E_PICK and LIAISON_E2E_SAVE (debug builds
// only) answer the open and save dialogs.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDriver, withApp, button } from './lib/app.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = join(root, 'tests/fixtures/import');
const CLI = process.env.LIAISON_BIN ?? join(root, 'target/debug/liaison');

const work = mkdtempSync(join(tmpdir(), 'liaison-e2e-files-'));
// Two address books in one file: a 2.1 card (quoted-printable, Latin-1) and a 3.0 one (folded
// lines, escapes, a photo that is skipped).
const vcf = join(work, 'contacts.vcf');
writeFileSync(vcf, Buffer.concat([readFileSync(join(fixtures, 'contacts_v21.vcf')), readFileSync(join(fixtures, 'contacts_v30.vcf'))]));
// Large enough that even a fast machine takes well over the second after which the bar shows.
const ROWS = 100_000;
const big = join(work, 'big.csv');
writeFileSync(
  big,
  ['Nom;E-mail;Ville', ...Array.from({ length: ROWS }, (_, i) => `Personne ${i};p${i}@example.fr;Lyon`)].join('\r\n'),
);

const drivers = [];
after(() => drivers.forEach((d) => d.stop()));

/** A driver whose app answers the open dialog with `pick` and saves into `saveDir`. */
async function driverFor(pick, saveDir) {
  process.env.LIAISON_E2E_PICK = pick;
  process.env.LIAISON_E2E_SAVE = saveDir ?? work;
  const d = await startDriver();
  drivers.push(d);
  return d;
}

const action = (name) => `//button[not(@role='tab')][normalize-space(.)=${JSON.stringify(name)}]`;
const text = (t) => `//*[contains(normalize-space(.), ${JSON.stringify(t)}) and not(*[contains(normalize-space(.), ${JSON.stringify(t)})])]`;

async function openImport(s, kind) {
  await (await s.find(button('Import & export'), 'the sidebar entry "Import & export"', 20_000)).click();
  await (await s.find(`//label[normalize-space(.)=${JSON.stringify(kind)}]`, `the "${kind}" kind`)).click();
  await (await s.find(button('Choose file…'), 'the "Choose file…" button')).click();
}

/** The one file in `dir` ending with `ext`, as text. */
function saved(dir, ext) {
  const names = readdirSync(dir).filter((n) => n.endsWith(ext));
  assert.equal(names.length, 1, `one ${ext} file saved in ${dir}: ${readdirSync(dir)}`);
  return readFileSync(join(dir, names[0]), 'utf8');
}

/** The people of the app's book, read by the CLI through the same keychain. */
function peopleIn(driver) {
  const env = { ...process.env, HOME: driver.home };
  delete env.LIAISON_PASSPHRASE;
  const out = execFileSync(CLI, ['--db', driver.dbPath, 'person', 'list', '--json', '--all'], { env, maxBuffer: 512 * 1024 * 1024 });
  return JSON.parse(out.toString());
}

test('a vCard address book comes in; people leave as CSV, vCard and a bundle', async () => {
  const out = join(work, 'out');
  mkdirSync(out);
  const driver = await driverFor(vcf, out);
  await withApp(driver, 'files-vcard', async (s) => {
    await openImport(s, 'vCard address book');
    await (await s.find(action('Import'), 'the Import action')).click();
    await s.find(text('Import finished'), 'the import report', 15_000);
    await s.find(text('2 people created'), 'two people from the two cards');

    await (await s.find(`//*[@role='tab'][normalize-space(.)='Export']`, 'the Export tab')).click();
    await (await s.find(button('Export people (CSV)'), 'the CSV export')).click();
    await s.find(text('Saved to'), 'where the CSV went');
    const csv = saved(out, '.csv');
    assert.match(csv, /Amélie Dubois/, 'the 3.0 card, accents intact');
    assert.match(csv, /Loïc Lefèvre/, 'the 2.1 card, decoded from quoted-printable Latin-1');

    await (await s.find(button('Export people (vCard)'), 'the vCard export')).click();
    await s.find(`//*[contains(., '.vcf')][contains(normalize-space(.), 'Saved to')]`, 'where the vCard went');
    const cards = saved(out, '.vcf');
    assert.equal(cards.match(/BEGIN:VCARD/g)?.length, 2, 'two cards');
    assert.match(cards, /VERSION:3\.0/, 'vCard 3.0 by default: what Outlook and Google read');
    assert.match(cards, /FN:Amélie Dubois/);

    await (await s.find(button('Export everything (Liaison bundle)'), 'the bundle export')).click();
    await s.find(`//*[contains(., '.json')][contains(normalize-space(.), 'Saved to')]`, 'where the bundle went');
    const bundle = JSON.parse(saved(out, '.json'));
    assert.equal(bundle.manifest.counts.people, 2, 'the manifest counts both people');
  });
});

test('a long import shows its progress; Cancel writes nothing; run again, every row is in', async () => {
  const driver = await driverFor(big);
  await withApp(driver, 'files-progress', async (s) => {
    await openImport(s, 'Spreadsheet (CSV, Excel)');
    await s.find(text('separated by semicolons'), 'the mapping screen', 30_000);
    await (await s.find(action('Import'), 'the Import action')).click();
    await s.find('//progress', 'the progress bar of a long import', 15_000);
    await (await s.find(action('Cancel'), 'the Cancel button')).click();
    await s.find(text('Import cancelled. Nothing was written.'), 'the cancelled message', 30_000);
    assert.equal(peopleIn(driver).length, 0, 'a cancelled import writes nothing');

    await (await s.find(action('Import'), 'the Import action')).click();
    await s.find('//progress', 'the progress bar again', 15_000);
    await s.find(text('Import finished'), 'the import report', 120_000);
  });
  assert.equal(peopleIn(driver).length, ROWS, 'every row imported');
});
