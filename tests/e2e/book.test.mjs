// Working the book in the real window (issue 15): the People table as a work list (columns, sort by
// last contact, the name box), a Shift-click selection tagged and undone from the toast, a smart
// list with its live count in the sidebar, a planted duplicate merged side by side and the merge
// undone, and search's total with "Show all N in People". One app launch: the demo book ("Load
// sample data"), then 24 people and a duplicate pair put in by the CLI through the same keychain.
// Screenshots of the table, the search dialog, the duplicates and the merge dialog in English and
// French, light and dark, go to tests/e2e/artifacts/looks (E2E_SHOTS=<dir> for another folder).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDriver, withApp, byLabel, button } from './lib/app.mjs';
import { Keys, until } from './lib/webdriver.mjs';
import { LOOKS, setLook, shot } from './lib/looks.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = process.env.LIAISON_BIN ?? join(root, 'target/debug/liaison');
const q = JSON.stringify;

let driver;
before(async () => {
  driver = await startDriver();
});
after(() => driver?.stop());

/** The CLI on the app's book, through the same keychain entry. */
function cli(...args) {
  const env = { ...process.env, HOME: driver.home };
  delete env.LIAISON_PASSPHRASE;
  return execFileSync(CLI, ['--db', driver.dbPath, ...args], { env, maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
}
const cliJson = (...args) => JSON.parse(cli('--json', ...args));

// 24 people of one family name, accented: more than search's page of 20, and a name box to type.
const FIRST = ['Alix', 'Bruno', 'Chloé', 'David', 'Emma', 'Félix', 'Gaëlle', 'Hugo', 'Inès', 'Jules', 'Katia', 'Léo',
  'Maëlle', 'Noé', 'Océane', 'Paul', 'Quentin', 'Rose', 'Simon', 'Théa', 'Ugo', 'Victor', 'Wendy', 'Yanis'];
// A planted pair: one creator saved twice, once under her studio's name, with the same e-mail.
const PAIR_EMAIL = 'camille.roux@atelier-roux.example';

const main = `//main`;
const countText = () => `//section[@aria-labelledby='people-title']/header/p[contains(@class,'count')]`;
const rowOf = (name) => `//*[@role='grid']//*[@role='row'][.//*[normalize-space(text())=${q(name)}]]`;
const bulkBar = `//*[@role='toolbar'][@aria-label='Bulk actions']`;
const smartEntry = (name) => `//section[@aria-labelledby='smart-nav-title']//button[.//*[contains(@class,'name')][normalize-space(.)=${q(name)}]]`;
const pairWith = (text) => `//div[contains(@class,'pair')][contains(., ${q(text)})]`;

async function countIs(s, text, what) {
  await until(async () => {
    const [el] = await s.findAll(countText());
    return el && (await el.text()) === text;
  }, `${what}: the table says "${text}"`);
}

/** The names of the table's rows on screen, top to bottom. */
const rowNames = (s) =>
  s.execute(`return [...document.querySelectorAll('[role=grid] [role=row][aria-rowindex]')]
    .filter((r) => r.getAttribute('aria-rowindex') !== '1')
    .map((r) => r.querySelector('.name .text')?.textContent ?? '');`);

async function goTo(s, section) {
  await (await s.find(`//nav[@aria-label='Main']//a[normalize-space(.)=${q(section)}]`, `the sidebar's "${section}"`)).click();
}

async function toast(s, text) {
  return s.find(`//section[contains(@class,'toasts')]//*[@role='status'][contains(normalize-space(.), ${q(text)})]`, `the toast "${text}"`);
}

test('the People table works as a work list: sort by last contact, filter as you type, bulk tag and undo, a smart list, a merge and its undo, search', async () => {
  await withApp(driver, 'book', async (s) => {
    // The demo book, as a new user loads it, and what the CLI adds to it.
    await (await s.find(button('Load sample data'), 'the first-run "Load sample data" button', 20_000)).click();
    await s.find(`//h1[normalize-space(.)='People']`, 'the People table after loading the sample', 30_000);
    const csv = join(mkdtempSync(join(tmpdir(), 'liaison-e2e-book-')), 'zephyrin.csv');
    writeFileSync(csv, ['First name,Last name,Email', ...FIRST.map((f) => `${f},Zéphyrin,${f.toLowerCase()}.z@zephyrin.example`)].join('\n'));
    cli('import', 'csv', csv);
    cli('person', 'add', '--name', 'Camille Roux', '--city', 'Lyon', '--email', PAIR_EMAIL);
    cli('person', 'add', '--name', 'Atelier Roux', '--employer', 'Atelier Roux', '--email', PAIR_EMAIL);
    const everyone = cliJson('person', 'list', '--all').length;

    // The demo's overdue follow-ups come due together at the next reminder check (every 30 s):
    // one notice counts them and leads to Today, which takes it away, and nothing stays over the rows.
    const overdue = cliJson('followup', 'list').filter((f) => !f.done_at && Date.parse(f.due_at) <= Date.now()).length;
    assert.ok(overdue >= 2, `the demo book has follow-ups due at once (${overdue})`);
    await s.find(`//section[contains(@class,'toasts')]//*[@role='status'][contains(normalize-space(.), ${q(`${overdue} follow-ups due`)})]`, `one notice: "${overdue} follow-ups due"`, 45_000);
    const shown = Date.now();
    await shot(s, 'book-due-notice', ['en', 'light']);
    const reminders = `//section[contains(@class,'toasts')]/*[contains(., 'due')]`;
    assert.equal((await s.findAll(reminders)).length, 1, 'one notice for all of them, not a toast each');
    await (await s.find(`//section[contains(@class,'toasts')]//button[normalize-space(.)='Open Today']`, "the notice's way to Today")).click();
    await s.find(`//h1[normalize-space(.)='Today']`, 'Today, opened from the notice');
    await until(async () => (await s.findAll(reminders)).length === 0, 'the notice gone once Today is open');
    assert.ok(Date.now() - shown < 15_000, 'it went because Today was opened, not because time ran out');
    await goTo(s, 'People');
    await countIs(s, `${everyone} people`, 'the demo book and the 26 added by the CLI');

    // Columns a relations manager works by, then the table sorted by last contact.
    await (await s.find(button('Columns'), 'the "Columns" button')).click();
    // Two columns in, two out, so the work columns fit the window.
    for (const [c, on] of [['Last contact', true], ['Cadence', true], ['Employer', false], ['Channel', false]]) {
      const box = await s.find(`//*[@id='column-chooser']//label[normalize-space(.)=${q(c)}]/input`, `the "${c}" column's box`);
      if ((await box.req('GET', '/property/checked')) !== on) await box.click();
    }
    await (await s.find(button('Columns'))).click();
    await (await s.find(`//*[@role='columnheader']/button[normalize-space(.)='Last contact']`, 'the "Last contact" header')).click();
    await s.find(`//*[@role='columnheader'][@aria-sort='ascending'][normalize-space(.)='Last contact']`, 'the table sorted by last contact');
    const core = cliJson('person', 'list', '--sort', 'last-contact', '--limit', '8').map((p) => p.display_name);
    await until(async () => q((await rowNames(s)).slice(0, 8)) === q(core), `the first rows in the core's order (never contacted first): ${core.join(', ')}`);
    const firstCadence = await (await s.find(`(//*[@role='grid']//*[@role='row'][@aria-rowindex='2']//*[@role='gridcell'])[last()]`)).text();
    assert.equal(firstCadence, 'Never contacted', 'the longest silent first: someone never contacted, said as a state');
    await (await s.find(`//*[@role='columnheader']/button[normalize-space(.)='Last contact']`)).click();
    await s.find(`//*[@role='columnheader'][@aria-sort='descending']/button[normalize-space(.)='Last contact']`, 'a second click: the most recent first');
    const recent = cliJson('person', 'list', '--sort', 'last-contact', '--desc', '--limit', '3').map((p) => p.display_name);
    await until(async () => q((await rowNames(s)).slice(0, 3)) === q(recent), `the most recently contacted first: ${recent.join(', ')}`);
    await (await s.find(`//*[@role='columnheader']/button[normalize-space(.)='Name']`, 'the "Name" header')).click();

    // A smart list saved from a filter: the tag a bulk change will add, nobody has it yet.
    const tagBox = await s.find(`//*[@role='group'][@aria-label='Filters']//label[span[normalize-space(.)='Tag']]//input`, 'the Tag filter');
    await tagBox.type('spring-drop');
    await countIs(s, '0 people', 'nobody is tagged spring-drop yet');
    await (await s.find(button('Save as smart list'), 'the "Save as smart list" button')).click();
    await (await s.find(`//dialog//input[@id='smart-name']`, 'the smart list name box')).type('Spring drop');
    await (await s.find(`//dialog//button[normalize-space(.)='Save']`)).click();
    await toast(s, 'Saved “Spring drop”: 0 people match now.');
    const entryCount = async () => (await (await s.find(`${smartEntry('Spring drop')}//*[contains(@class,'count')]`, 'the smart list in the sidebar')).text()).trim();
    assert.equal(await entryCount(), '0', 'the sidebar shows the smart list with its count');
    await (await s.find(button('Clear filters'), 'the "Clear filters" button')).click();
    await countIs(s, `${everyone} people`, 'everyone again');

    // The name box filters as you type, folding case and accents.
    const nameBox = await s.find(byLabel('Name, e-mail or phone'), 'the name box');
    await nameBox.type('ZEPH');
    await countIs(s, '24 people', '"ZEPH" finds the 24 Zéphyrins');
    await nameBox.type('YRIN CH');
    await countIs(s, '1 person', '"ZEPHYRIN CH" narrows to Chloé');
    for (let i = 0; i < 3; i++) await nameBox.type(Keys.BACKSPACE);
    await countIs(s, '24 people', 'taking letters back widens it again');
    assert.deepEqual((await rowNames(s)).slice(0, 5), FIRST.slice(0, 5).map((f) => `${f} Zéphyrin`), 'by name, as sorted');

    // Click a box, Shift-click a row: three picked; tag them; the smart list counts them.
    await (await s.find(`${rowOf('Bruno Zéphyrin')}//input[@type='checkbox']`, "Bruno's box")).click();
    // The bar that appears pushes the rows down: Shift-click once it is there, as the eye does.
    await s.find(`${bulkBar}//*[normalize-space(.)='1 selected']`, 'the bulk bar: 1 selected');
    await s.clickWith(Keys.SHIFT, await s.find(rowOf('David Zéphyrin'), "David's row"));
    await s.find(`${bulkBar}//*[normalize-space(.)='3 selected']`, 'the bulk bar: 3 selected');
    const picked = await s.execute(`return [...document.querySelectorAll('[role=grid] [role=row][aria-selected=true] .name .text')].map((e) => e.textContent);`);
    assert.deepEqual(picked, ['Bruno Zéphyrin', 'Chloé Zéphyrin', 'David Zéphyrin'], 'the Shift range runs from the box clicked to the row Shift-clicked');
    assert.match(await s.execute('return location.hash;'), /^#\/people(\?|$)/, 'picking rows opens no one');
    await (await s.find(`${bulkBar}//input[@aria-label='Tag']`, "the bulk bar's Tag box")).type('spring-drop');
    await (await s.find(`${bulkBar}//button[normalize-space(.)='Add tag']`)).click();
    await toast(s, '3 people changed');
    const tagged = () => cliJson('person', 'list', '--tag', 'spring-drop', '--all').map((p) => p.display_name).sort();
    assert.deepEqual(tagged(), ['Bruno Zéphyrin', 'Chloé Zéphyrin', 'David Zéphyrin'], 'the three picked carry the tag in the book');
    await until(async () => (await entryCount()) === '3', 'the smart list counts the three at once');

    // Undo from the toast: the tags are gone, the smart list is empty again.
    await (await s.find(`//section[contains(@class,'toasts')]//*[@role='status'][contains(., '3 people changed')]//button[normalize-space(.)='Undo']`, "the toast's Undo")).click();
    await toast(s, 'Undone: 3 people as before');
    assert.deepEqual(tagged(), [], 'undo took the tag back from all three');
    await until(async () => (await entryCount()) === '0', 'the smart list is empty again');

    // The smart list opens from the sidebar, its filter in the bar.
    await (await s.find(smartEntry('Spring drop'))).click();
    await s.find(`//h1[contains(normalize-space(.), 'Spring drop')]`, 'the smart list open, its name as the heading');
    await countIs(s, '0 people', 'nobody holds the tag after the undo');
    await (await s.find(button('Show everyone'), 'the "Show everyone" button')).click();

    // The duplicate finder finds the planted pair; merge it side by side, then undo.
    await goTo(s, 'Duplicates');
    const pair = pairWith(PAIR_EMAIL);
    const found = await s.find(pair, 'the planted pair, found by its e-mail', 20_000);
    assert.match(await found.text(), /Same e-mail/, 'the reason is said beside the e-mail');
    await s.find(`//main//p[normalize-space(.)=${q(`1 possible duplicate among ${everyone + 1} people`)}]`, 'the planted pair and no other (the archived demo person counted)');
    await (await s.find(`${pair}//button[normalize-space(.)='Merge…']`)).click();
    await s.find(`//dialog[@open]//h2[normalize-space(.)='Merge two people']`, 'the merge dialog');
    await until(() => s.execute(`const b = document.activeElement; return b && b.matches('dialog[open] .btn.primary') && !b.disabled;`), 'the keyboard on Merge once both people are read');
    const sides = await (await s.find(`//dialog[@open]//table`, 'the two people side by side')).text();
    assert.match(sides, /Camille Roux/, sides);
    assert.match(sides, /Atelier Roux/, sides);
    await (await s.find(`//dialog[@open]//button[normalize-space(.)='Merge']`)).click();
    const merged = await toast(s, 'merged into');
    assert.match(await merged.text(), /(Camille|Atelier) Roux merged into (Camille|Atelier) Roux\./);
    await until(async () => (await s.findAll(pair)).length === 0, 'the merged pair leaves the list');
    assert.equal(cliJson('person', 'list', '--all').length, everyone - 1, 'one person fewer in the book');
    await (await s.find(`//section[contains(@class,'toasts')]//button[normalize-space(.)='Undo']`, "the merge toast's Undo")).click();
    await toast(s, 'Merge undone');
    await s.find(pair, 'the pair back on the list after the undo', 20_000);
    assert.equal(cliJson('person', 'list', '--all').length, everyone, 'both people back in the book');

    // Search says how many it found and opens them all in People.
    await (await s.find('//h1')).click();
    await s.keys([Keys.CONTROL, 'k']);
    await (await s.find(byLabel('Search people'), 'the search box after Ctrl+K')).type('zephyrin');
    await s.find(`//*[@role='status'][normalize-space(.)='20 of 24']`, 'the total: "20 of 24"');
    await (await s.find(button('Show all 24 in People'), '"Show all 24 in People"')).click();
    await s.find(`//h1[normalize-space(.)='People']`, 'the People table');
    await countIs(s, '24 people', 'the table filtered by the query');
    assert.equal(await (await s.find(byLabel('Name, e-mail or phone'))).value(), 'zephyrin', 'the name box holds the query');

    // The four looks: the table with a selection and its bulk bar, the search dialog, the
    // duplicates, the merge dialog. The chosen columns are remembered across the reloads.
    for (const look of LOOKS) {
      await setLook(s, ...look);
      await s.execute('location.hash = "#/people?q=zephyrin";');
      await s.find(`//*[@role='columnheader'][contains(@class,'c-cadence')]`, 'the Cadence column, remembered');
      await (await s.find(`${rowOf('Bruno Zéphyrin')}//input[@type='checkbox']`, "Bruno's box")).click();
      await s.find(`//*[@role='toolbar']//strong[normalize-space(.)=${q(look[0] === 'fr' ? '1 sélectionnée' : '1 selected')}]`, 'the bulk bar');
      await s.clickWith(Keys.SHIFT, await s.find(rowOf('David Zéphyrin')));
      await s.find(`${bulkBar.replace("[@aria-label='Bulk actions']", '')}//strong[normalize-space(.)=${q(look[0] === 'fr' ? '3 sélectionnées' : '3 selected')}]`, 'the bulk bar');
      await shot(s, 'book-people', look);
      // The less frequent actions under More…, kind's second level open.
      await (await s.find(`${bulkBar.replace("[@aria-label='Bulk actions']", '')}//button[@aria-haspopup='menu'][normalize-space(.)=${q(look[0] === 'fr' ? 'Plus…' : 'More…')}]`, 'More…')).click();
      await (await s.find(`//*[@role='menu']//*[@role='menuitem'][@aria-haspopup='menu'][1]`, 'the first item with a second level')).click();
      await s.find(`//*[@role='menu']//*[@role='menuitem'][contains(@class,'back')]`, 'the second level');
      await shot(s, 'book-bulk-more', look);
      await s.keys([Keys.ESCAPE]);
      await s.keys([Keys.ESCAPE]);
      await until(async () => (await s.findAll(`//*[@role='menu']`)).length === 0, 'the menu closed by Escape, level by level');

      await (await s.find('//h1')).click();
      await s.keys([Keys.CONTROL, 'k']);
      await (await s.find(`//input[@id='search-input']`, 'the search box')).type('zephyrin');
      await s.find(`//*[@role='status'][normalize-space(.)=${q(look[0] === 'fr' ? '20 sur 24' : '20 of 24')}]`, 'the total');
      await shot(s, 'book-search', look);
      await s.keys([Keys.ESCAPE]);

      await (await s.find(`//nav//a[@href='#/duplicates']`)).click();
      await s.find(pair, 'the pair', 20_000);
      await shot(s, 'book-duplicates', look);
      await (await s.find(`${pair}//button[contains(@class,'primary')]`)).click();
      await s.find(`//dialog[@open]//table//td`, 'the merge dialog');
      await shot(s, 'book-merge', look);
      await s.keys([Keys.ESCAPE]);
      await until(async () => (await s.findAll(`//dialog[@open]`)).length === 0, 'the merge dialog to close');
    }
  });
});
