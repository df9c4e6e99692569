// Issue 6 on the real app: XSS payloads in names, bios, tags, markdown notes, the timeline and imported CSV cells never run and show as text.
// Every payload would set window.__xss or change document.title; after each screen neither may have happened.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDriver, withApp, byLabel, button } from './lib/app.mjs';
import { Keys } from './lib/webdriver.mjs';

const RUN = "window.__xss=true;document.title='pwned'";
const PAYLOADS = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `<svg onload="${RUN}">`,
  `<svg><script>${RUN}</script></svg>`,
  `<iframe src="javascript:parent.__xss=true"></iframe>`,
  `"><script>${RUN}</script>`,
  `' onmouseover='${RUN}' x='`,
  `" onfocus="${RUN}" autofocus="`,
  `<a href="javascript:${RUN}">click</a>`,
  `<details open ontoggle="${RUN}">`,
  `<math><mtext><script>${RUN}</script></mtext></math>`,
  `{{constructor.constructor('${RUN}')()}}`,
  `\${${RUN}}`,
  `<body onload="${RUN}">`,
  `<input autofocus onfocus="${RUN}">`,
  `<video><source onerror="${RUN}"></video>`,
  `<object data="javascript:${RUN}"></object>`,
  `<embed src="javascript:${RUN}">`,
  `<marquee onstart="${RUN}">x</marquee>`,
  `<form><button formaction="javascript:${RUN}">x</button></form>`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
  `<scr<script>ipt>${RUN}</scr</script>ipt>`,
  `javascript:${RUN}`,
];
const MARKDOWN = [
  `[click me](javascript:${RUN})`,
  `[data](data:text/html,<script>${RUN}</script>)`,
  `![img](x" onerror="${RUN})`,
  `<img src=x onerror="${RUN}">`,
  '```\n<script>' + RUN + '</script>\n```',
].join('\n\n');

const cell = (v) => `"${String(v).replaceAll('"', '""')}"`;
const rows = [['First name', 'Last name', 'Bio', 'Tags', 'Notes', 'Website', 'Email']];
PAYLOADS.forEach((p, i) => {
  const n = String(i + 1).padStart(2, '0');
  rows.push([`Xss${n}`, p, `Bio ${n}: ${p}`, '', `Note ${n}: ${p}\n\n${MARKDOWN}`, '', `xss${n}@example.com`]);
  rows.push([`Tag${n}`, 'Cells', '', p, '', '', `tag${n}@example.com`]);
});
rows.push(['Web', 'Link', '', '', '', `javascript:${RUN}`, 'web@example.com']);
const dir = mkdtempSync(join(tmpdir(), 'liaison-e2e-xss-'));
const file = join(dir, 'payloads.csv');
writeFileSync(file, rows.map((r) => r.map(cell).join(',')).join('\n'));
process.env.LIAISON_E2E_PICK = file;

let driver;
before(async () => {
  driver = await startDriver();
});
after(() => driver?.stop());

const action = (name) => `//button[not(@role='tab')][normalize-space(.)=${JSON.stringify(name)}]`;
const text = (t) => `//*[contains(normalize-space(.), ${JSON.stringify(t)}) and not(*[contains(normalize-space(.), ${JSON.stringify(t)})])]`;

let title = 'Liaison';
async function clean(s, where) {
  const state = await s.execute('return { xss: window.__xss === undefined ? null : String(window.__xss), title: document.title, jsLinks: document.querySelectorAll("a[href^=\'javascript\' i], iframe, object, embed, [onerror], [onload], [onfocus], [ontoggle], [onmouseover]").length };');
  assert.equal(state.xss, null, `${where}: a payload ran (window.__xss is set)`);
  assert.equal(state.title, title, `${where}: a payload changed the title`);
  assert.equal(state.jsLinks, 0, `${where}: a payload became live markup`);
}
async function shows(s, literal, where) {
  const found = await s.execute('return document.body.innerText.includes(arguments[0]);', [literal]);
  assert.ok(found, `${where}: the text must show literally: ${literal}`);
}
async function openBySearch(s, query, name) {
  await (await s.find('//h1', 'a heading to focus the window')).click();
  await s.keys([Keys.CONTROL, 'k']);
  await (await s.find(byLabel('Search people'), 'the search box')).type(query);
  await s.find(`//*[@role='option'][contains(normalize-space(.), ${JSON.stringify(query)})]`, `a result for ${query}`);
  await clean(s, `search results for ${query}`);
  await s.keys([Keys.ENTER]);
  await s.find(`//h1[contains(normalize-space(.), ${JSON.stringify(query)})]`, `the page of ${name}`);
}

test('payloads in imported CSV cells, names, bios, tags and notes never run and show as text', async () => {
  await withApp(driver, 'xss', async (s) => {
    await s.find(`//nav[@aria-label='Main']`, 'the main navigation', 20_000);
    title = await s.title();

    // Imported CSV cells: the mapping preview shows them as text.
    await (await s.find(button('Import & export'), 'the sidebar entry')).click();
    await (await s.find(button('Choose file…'))).click();
    await s.find(`//table`, 'the preview table', 15_000);
    await clean(s, 'the mapping screen');
    await shows(s, PAYLOADS[0], 'the preview table');
    await (await s.find(byLabel('Import the valid rows only'))).click();
    await (await s.find(action('Import'))).click();
    await s.find(text('Import finished'), 'the import report', 20_000);
    await clean(s, 'the import report');

    // The people list.
    await (await s.find(button('People'))).click();
    await s.find(text('Xss01'), 'the imported people in the list', 15_000);
    await clean(s, 'the people list');

    // Person pages: name, bio, note (markdown), through search.
    for (const i of [0, 1, 5, 8, 10, 11, 12, 20]) {
      const n = String(i + 1).padStart(2, '0');
      await openBySearch(s, `Xss${n}`, `the person with payload ${n}`);
      await clean(s, `the person page of payload ${n}`);
      await shows(s, PAYLOADS[i].trim().replace(/\s+/g, ' '), `the name on the page of payload ${n}`);
      await shows(s, `Bio ${n}:`, `the bio of payload ${n}`);
    }

    // Tags: the person page shows each payload tag as text.
    await openBySearch(s, 'Tag02', 'the person with a payload tag');
    await clean(s, 'a person page with a payload tag');

    // Typed in through the forms: a markdown note and an interaction on the last person opened.
    await (await s.find(button('Add note'))).click();
    await (await s.find(byLabel('Note text'))).type(`Typed ${MARKDOWN}`);
    await (await s.find(button('Save note'))).click();
    await s.find(text('click me'), 'the saved note, its link text shown');
    await clean(s, 'a typed markdown note');
    await (await s.find(button('Log interaction'))).click();
    await (await s.find(byLabel('What happened'))).type(`Timeline ${PAYLOADS[1]} ${PAYLOADS[8]}`);
    await (await s.find(button('Save interaction'))).click();
    await s.find(text('Timeline'), 'the interaction in the timeline');
    await clean(s, 'the timeline');
    await shows(s, 'onerror=', 'the interaction body as text');

    // A new person typed in with payloads in the name and the bio.
    await (await s.find(button('New person'))).click();
    await (await s.find(byLabel('First name'))).type('Typed');
    await (await s.find(byLabel('Last name'))).type(PAYLOADS[2]);
    await (await s.find(byLabel('Bio'))).type(PAYLOADS[0]);
    await (await s.find(button('Save'))).click();
    await s.find(`//h1[starts-with(normalize-space(.), 'Typed')]`, 'the typed person page');
    await clean(s, 'a typed person page');
    await shows(s, PAYLOADS[2], 'the typed name');
    await shows(s, PAYLOADS[0], 'the typed bio');

    // Full-text search over notes and bios.
    await (await s.find('//h1')).click();
    await s.keys([Keys.CONTROL, 'k']);
    await (await s.find(byLabel('Search people'))).type('onerror');
    await new Promise((r) => setTimeout(r, 1500));
    await clean(s, 'search over the payloads');
    await s.keys([Keys.ESCAPE]);
  });
});
