// The network around each influencer in the real window (issue 16), on the demo book ("Load
// sample data"): two colleagues pitched Jérôme this week (the collision in Today, on his page and
// in the log form before saving, his touchpoints and owner); Théo is a competitor's ambassador (the
// flag in the People table, the conflict on his page, the warning before adding him to a list,
// Escape from that dialog's box); the agency both he and Amélie
// belong to (its page: its people and their stages); Amélie's network view, drawn and as text.
// One app launch. Screenshots of each in English and French, light and dark, go to
// tests/e2e/artifacts/looks (E2E_SHOTS=<dir> for another folder).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startDriver, withApp, byLabel, button } from './lib/app.mjs';
import { Keys, until } from './lib/webdriver.mjs';
import { LOOKS, setLook, shot } from './lib/looks.mjs';
import { execFileSync } from 'node:child_process';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const q = JSON.stringify;
const CLI = process.env.LIAISON_BIN ?? join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'target/debug/liaison');

/** The CLI on the app's book, through the same keychain entry. */
function cli(...args) {
  const env = { ...process.env, HOME: driver.home };
  delete env.LIAISON_PASSPHRASE;
  return execFileSync(CLI, ['--db', driver.dbPath, ...args], { env, maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
}

let driver;
before(async () => {
  driver = await startDriver();
});
after(() => driver?.stop());

const section = (id) => `//section[@aria-labelledby=${q(id)}]`;
const OUR_SIDE = section('person-team-title');
const NETWORK = section('person-network-title');
const BRANDS = section('person-brands-title');
const LOG_FORM = `//form[.//select[@id='ix-colleague']]`;
const OPEN_DIALOG = `//dialog[@open]`;
const GRAPH_READY = `//*[contains(@class,'graph-canvas')][@data-ready='true']`;

async function dismissToasts(s) {
  for (const b of await s.findAll(`//section[contains(@class,'toasts')]//button[@aria-label='Dismiss' or @aria-label='Fermer']`)) await b.click().catch(() => {});
}

/** Opens a person's page through search (Ctrl+K, the name, Enter); answers the page's address. */
async function openPerson(s, query, name) {
  await (await s.find('//h1', 'a page heading')).click();
  await s.keys([Keys.CONTROL, 'k']);
  await (await s.find(byLabel('Search people'), 'the search box after Ctrl+K')).type(query);
  // Each key asks at once: wait for the whole query's answer to put them first.
  await s.find(`(//*[@role='listbox']//*[@role='option'])[1][.//*[normalize-space(.)=${q(name)}]]`, `${name} first in the results for "${query}"`);
  await s.keys([Keys.ENTER]);
  await s.find(`//h1[normalize-space(.)=${q(name)}]`, `${name}'s page`);
  return s.execute('return location.hash;');
}

/** Clicks what `xpath` finds once it is in the middle of the view, clear of the toasts at the
 * bottom: WebKit's driver scrolls an element only to the edge, where a toast may cover it. */
async function press(s, xpath, what) {
  const el = await s.find(xpath, what);
  await el.scrollIntoView();
  await el.click();
}

const textOf = async (s, xpath, what) => (await (await s.find(xpath, what)).text()).replace(/\s+/g, ' ');
const center = (s, xpath) => s.execute('document.evaluate(arguments[0], document, null, 9, null).singleNodeValue.scrollIntoView({ block: "center" });', [xpath]);

test('the network in the real window: collisions, touchpoints and owner, a conflict and its warning, an agency page, the graph and its text', async () => {
  await withApp(driver, 'network', async (s) => {
    await (await s.find(button('Load sample data'), 'the first-run "Load sample data" button', 20_000)).click();
    await s.find(`//h1[normalize-space(.)='People']`, 'the People table after loading the sample', 30_000);
    await dismissToasts(s);

    // The People table flags the competitor's ambassador beside his name.
    await (await s.find(byLabel('Name, e-mail or phone'), 'the name box')).type('theo');
    const flag = await s.find(`//*[@role='row'][.//*[normalize-space(text())='Théo Haddad']]//*[@data-testid='conflict-flag']`, "the conflict flag on Théo's row");
    assert.equal(await flag.req('GET', '/attribute/aria-label'), 'Théo Haddad has a conflict: works with a competitor');
    // Today names the collision before anyone opens Jérôme's page.
    await (await s.find(`//nav[@aria-label='Main']//a[normalize-space(.)='Today']`)).click();
    const today = await textOf(s, `//section[@aria-labelledby='t-collisions']`, "Today's message collisions");
    assert.match(today, /^Message collisions 1 Within 7 days, several colleagues contacted Jérôme Guérin: Nadia Benali on .+Marc Lefèvre on /i, today);

    // Jérôme: Nadia and Marc both pitched him this week.
    const jerome = await openPerson(s, 'jerome guerin', 'Jérôme Guérin');
    const onPage = await textOf(s, `${OUR_SIDE}//*[@role='alert']`, 'the collision warning on his page');
    assert.match(onPage, /^Message collision Within 7 days, several colleagues contacted Jérôme Guérin:/, onPage);
    assert.match(onPage, /Nadia Benali on .+ \(E-mail\)/, `it names Nadia, when and how: ${onPage}`);
    assert.match(onPage, /Marc Lefèvre on .+ \(Direct message\)/, `and Marc: ${onPage}`);
    const touch = await s.execute(`return [...document.querySelectorAll("section[aria-labelledby='person-team-title'] ul.touch li .name")].map((e) => e.textContent);`);
    assert.deepEqual([...touch].sort(), ['Marc Lefèvre', 'Nadia Benali'], 'his touchpoints: the two colleagues who dealt with him');
    assert.equal(
      await s.execute(`const el = document.getElementById('team-owner'); return el.options[el.selectedIndex].text;`),
      'Marc Lefèvre',
      'his owner',
    );

    // Before saving a third colleague's interaction, the form says who already wrote.
    await (await s.find(button('Log interaction'), 'the "Log interaction" button')).click();
    await (await s.find(`//select[@id='ix-colleague']/option[normalize-space(.)='Camille Perrin']`, 'Camille in the colleague list')).click();
    const inForm = await textOf(s, `${LOG_FORM}//*[@role='alert'][contains(., 'Message collision')]`, 'the warning in the form, before saving');
    assert.match(inForm, /Within 7 days of this, other colleagues contacted Jérôme Guérin:/, inForm);
    assert.match(inForm, /Nadia Benali on/, inForm);
    assert.match(inForm, /Marc Lefèvre on/, inForm);
    assert.ok(!inForm.includes('Camille Perrin'), `not the colleague about to write: ${inForm}`);
    await (await s.find(`${LOG_FORM}//button[normalize-space(.)='Cancel']`)).click();
    await until(async () => (await s.findAll(LOG_FORM)).length === 0, 'the form to close unsaved');

    // Théo: the face of a competitor's travel line.
    const theo = await openPerson(s, 'theo haddad', 'Théo Haddad');
    const conflict = await textOf(s, `${BRANDS}//*[@data-testid='conflict-warning']`, 'the conflict on his page');
    assert.match(conflict, /^Conflict Reaching out to them is a risk: Théo Haddad: Ambassador of a competitor, Vitesse Apparel \(\d{4}-\d\d-\d\d → …\)$/, conflict);
    await (await s.find(button('Add to list…'), 'the "Add to list…" button')).click();
    const warn = await textOf(s, `${OPEN_DIALOG}//*[@data-testid='conflict-warning']`, 'the warning before adding him to a list');
    assert.match(warn, /Before adding them to this list: Théo Haddad: Ambassador of a competitor, Vitesse Apparel/, warn);
    // Escape from the list box (where the dialog puts the keyboard) leaves without adding: WebKit's
    // search box used to keep Escape for itself, and the dialog stayed open.
    assert.ok(await s.execute(`return document.activeElement?.matches('dialog[open] input[type=search]') ?? false;`), 'the keyboard in the list box');
    await s.keys([Keys.ESCAPE]);
    await until(async () => (await s.findAll(OPEN_DIALOG)).length === 0, 'Escape to close the list dialog', 3000);
    await (await s.find(button('Add to list…'))).click();
    await s.find(`${OPEN_DIALOG}//*[@data-testid='conflict-warning']`, 'the warning again');
    // The warning informs; the choice stays the manager's.
    const list = await s.find(`(${OPEN_DIALOG}//ul[contains(@class,'choices')]//button[not(@disabled)])[1]`, 'a list to add him to');
    // textContent: WebKit's WebDriver reads the ellipsis-clipped name as hidden, and its text as "".
    const listName = (await s.execute('return arguments[0].textContent;', [{ 'element-6066-11e4-a52e-4f735466cecf': list.id }])).trim();
    await list.click();
    await s.find(`${section('person-lists-title')}//a[normalize-space(.)=${q(listName)}]`, `"${listName}" among his lists, added after the warning`);
    await s.keys([Keys.ESCAPE]);
    await until(async () => (await s.findAll(OPEN_DIALOG)).length === 0, 'the list dialog to close');

    // Théo before being added to an event (one of the manager's own: he is already at the demo's).
    const event = cli('event', 'add', '--name', 'Salon du voyage', '--kind', 'trade_show', '--start', '2027-03-10', '--city', 'Lyon', '--country', 'FR').trim();
    await s.execute(`location.hash = ${q(`#/events/${event}`)};`);
    await s.find(`//h1[contains(normalize-space(.), 'Salon du voyage')]`, 'the new event');
    await (await s.find(`//input[@id='who-add']`, "Who's here's add box")).type('theo');
    await (await s.find(`//*[@id='who-add-list']//*[@role='option'][contains(., 'Théo Haddad')]`, 'Théo among the suggestions')).click();
    const atEvent = await textOf(s, `//*[@data-testid='conflict-warning'][contains(., 'this event')]`, 'the warning before adding him to the event');
    assert.match(atEvent, /^Conflict Before adding them to this event: Théo Haddad: Ambassador of a competitor, Vitesse Apparel/, atEvent);

    // Someone marked "do not contact": logging and planning a follow-up both warn before saving.
    cli('person', 'add', '--name', 'Zoé Marchal', '--stage', 'do_not_contact');
    await openPerson(s, 'zoe marchal', 'Zoé Marchal');
    await (await s.find(button('Log interaction'), 'the "Log interaction" button')).click();
    const dncLog = await textOf(s, `//form[@aria-label='Log interaction']//*[@data-testid='conflict-warning']`, 'the warning in the log form');
    assert.match(dncLog, /^Conflict Before logging this: Zoé Marchal: do not contact$/, dncLog);
    await (await s.find(`//form[@aria-label='Log interaction']//button[normalize-space(.)='Cancel']`)).click();
    await until(async () => (await s.findAll(`//form[@aria-label='Log interaction']`)).length === 0, 'the log form to close unsaved');
    await press(s, button('Add follow-up'), 'the "Add follow-up" button');
    const dncFollowup = await textOf(s, `//form[@aria-label='Add follow-up']//*[@data-testid='conflict-warning']`, 'the warning in the follow-up form');
    assert.match(dncFollowup, /^Conflict Before planning this follow-up: Zoé Marchal: do not contact$/, dncFollowup);
    await (await s.find(`//form[@aria-label='Add follow-up']//button[normalize-space(.)='Cancel']`)).click();
    await until(async () => (await s.findAll(`//form[@aria-label='Add follow-up']`)).length === 0, 'the follow-up form to close unsaved');
    await openPerson(s, 'theo haddad', 'Théo Haddad');

    // The agency both belong to: its people and their stages.
    await press(s, `${NETWORK}//a[normalize-space(.)='Studio Relais']`, 'Studio Relais among his organizations');
    await s.find(`//h1[normalize-space(.)='Studio Relais']`, "the agency's page");
    const org = await s.execute('return location.hash;');
    assert.match(await textOf(s, `//header/p[contains(@class,'muted')]`, 'its kind'), /^Agency · FR · https:\/\/studiorelais\.example$/);
    const members = await s.execute(`return [...document.querySelectorAll("section[aria-labelledby='org-people'] li")].map((li) => li.textContent.replace(/\\s+/g, ' ').trim());`);
    assert.equal(members.length, 2, `two people at the agency: ${members}`);
    assert.match(members.find((m) => m.startsWith('Amélie Dubois')) ?? '', /^Amélie Dubois Represented creator [A-Z][a-z]+$/, `Amélie, her role and stage: ${members}`);
    assert.match(members.find((m) => m.startsWith('Théo Haddad')) ?? '', /^Théo Haddad Represented creator [A-Z][a-z]+$/, `Théo, his role and stage: ${members}`);
    await s.find(`//section[@aria-labelledby='org-latest']//li`, 'the latest interactions with its people');

    // Amélie's network, drawn, then as text.
    await press(s, `//section[@aria-labelledby='org-people']//a[normalize-space(.)='Amélie Dubois']`, 'Amélie at the agency');
    await s.find(`//h1[normalize-space(.)='Amélie Dubois']`, "Amélie's page");
    await press(s, `${NETWORK}//a[normalize-space(.)='Network view']`, 'the "Network view" link');
    await s.find(`//h1[normalize-space(.)='Network of Amélie Dubois']`, 'the network view');
    await s.find(GRAPH_READY, 'the graph drawn', 30_000);
    const graph = await s.execute('return location.hash;');
    await (await s.find(`//fieldset//label[normalize-space(.)='List']`, 'the "List" view')).click();
    const nodes = await s.execute(`return [...document.querySelectorAll('.graph-list > ul > li.node .who > a')].map((a) => a.textContent);`);
    for (const who of ['Amélie Dubois', 'Studio Relais', 'François Faure', 'Kwame Moreau', 'Théo Haddad', 'Nadia Benali']) {
      assert.ok(nodes.includes(who), `the text alternative names ${who}: ${nodes.join(', ')}`);
    }
    const centre = await textOf(s, `//li[contains(@class,'node')][span[contains(@class,'who')]/a[normalize-space(.)='Amélie Dubois']]`, 'Amélie in the list');
    assert.match(centre, /^Amélie Dubois Person · \w+ · centre /, `the centre of the view: ${centre}`);
    for (const tie of ['introduced François Faure', 'member of Studio Relais (Represented creator)', 'works with Kwame Moreau', 'our contact Nadia Benali (']) {
      assert.ok(centre.includes(tie), `her ties read as words, "${tie}": ${centre}`);
    }
    const francois = await textOf(s, `//li[contains(@class,'node')][span[contains(@class,'who')]/a[normalize-space(.)='François Faure']]`, 'François in the list');
    assert.match(francois, /^François Faure Person · \w+ · 1 hop /, francois);

    // The four looks of each.
    for (const look of LOOKS) {
      const fr = look[0] === 'fr';
      await s.execute(`location.hash = ${q(jerome)};`);
      await setLook(s, ...look);
      await dismissToasts(s);
      await s.find(`${OUR_SIDE}//*[@role='alert']`, 'the collision on his page');
      await (await s.find(`//button[normalize-space(.)=${q(fr ? 'Noter un échange' : 'Log interaction')}]`)).click();
      await (await s.find(`//select[@id='ix-colleague']/option[normalize-space(.)='Camille Perrin']`)).click();
      await s.find(`${LOG_FORM}//*[@role='alert']`, 'the warning in the form');
      // The day in the app's language's order, whatever the system's (en_US under Xvfb): WebKitGTK's
      // native date fields would show 12/06/2026 for 6 December to a French reader.
      const day = await s.execute(`return document.getElementById('ix-when').value;`);
      const [y, m, d] = new Date().toISOString().slice(0, 10).split('-');
      assert.equal(day, fr ? `${d}/${m}/${y}` : `${m}/${d}/${y}`, `the log form's day in ${look[0]}'s order`);
      // The form's warning beside the page's, with his touchpoints and owner.
      await center(s, `${LOG_FORM}//*[@role='alert']`);
      await shot(s, 'network-collision', look);

      await s.execute(`location.hash = ${q(theo)};`);
      await s.find(`${BRANDS}//*[@data-testid='conflict-warning']`, 'the conflict');
      await center(s, BRANDS);
      await shot(s, 'network-conflict', look);
      await (await s.find(`//button[normalize-space(.)=${q(fr ? 'Ajouter à une liste…' : 'Add to list…')}]`)).click();
      await s.find(`${OPEN_DIALOG}//*[@data-testid='conflict-warning']`, 'the warning before a list');
      await shot(s, 'network-list-warning', look);
      await s.keys([Keys.ESCAPE]);
      await until(async () => (await s.findAll(OPEN_DIALOG)).length === 0, 'the list dialog to close');

      await s.execute(`location.hash = ${q(org)};`);
      await s.find(`//section[@aria-labelledby='org-people']//li`, "the agency's people");
      await shot(s, 'network-org', look);

      await s.execute(`location.hash = ${q(graph)};`);
      await s.find(GRAPH_READY, 'the graph drawn', 30_000);
      await shot(s, 'network-graph', look);
      await (await s.find(`//fieldset//label[input[@value='list']]`)).click();
      await s.find(`//li[contains(@class,'node')]`, 'the text alternative');
      await shot(s, 'network-graph-list', look);
    }
  });
});
