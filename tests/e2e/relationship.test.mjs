// End-to-end on the real app: log an interaction, a follow-up due now shows in Today and is marked done,
// and a note full of XSS payloads renders as inert text in the real webview.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startDriver, withApp, byLabel, button } from './lib/app.mjs';
import { Keys, until } from './lib/webdriver.mjs';

let driver;
before(async () => {
  driver = await startDriver();
});
after(() => driver?.stop());

const q = (s) => JSON.stringify(s);
const heading = (text) => `//h1[normalize-space(.)=${q(text)}]`;
/** The first item of the person's timeline (newest first). */
const FIRST_ITEM = `(//ol[@aria-label='Timeline']/li)[1]`;

async function fill(s, label, text) {
  const el = await s.find(byLabel(label), `the "${label}" field`);
  await el.clear();
  await el.type(text);
}

async function run(s, script, ...args) {
  return s.req('POST', '/execute/sync', { script, args });
}

async function createPerson(s, first, last) {
  await s.find(`//nav[@aria-label='Main']`, 'the main navigation', 20_000);
  const add = await s.findAll(button('Add a person'));
  await (add.length ? add[0] : await s.find(button('New person'))).click();
  await fill(s, 'First name', first);
  await fill(s, 'Last name', last);
  await (await s.find(button('Save'), 'the Save button')).click();
  await s.find(heading(`${first} ${last}`), 'the new person page');
}

test('an interaction, a follow-up due now in Today marked done, and the timeline', async () => {
  await withApp(driver, 'relationship-followup', async (s) => {
    await createPerson(s, 'Raymond', 'Morin');

    // Log an interaction: given, exclusive information.
    await (await s.find(button('Log interaction'), 'the "Log interaction" button')).click();
    await (await s.find(`//form[@aria-label='Log interaction']//label[normalize-space(.)='Given']`, 'the "Given" direction')).click();
    await (await s.find(`${byLabel('What was exchanged')}/option[@value='exclusive_information']`, 'the exchange option')).click();
    await fill(s, 'Channel', 'E-mail');
    await fill(s, 'What happened', 'Shared the **roadmap** under embargo.');
    await (await s.find(button('Save interaction'))).click();
    const first = await s.find(`${FIRST_ITEM}[.//strong[normalize-space(.)='roadmap']]`, 'the new interaction at the top of the timeline, its markdown rendered');
    assert.match(await first.text(), /Given · Exclusive information/, 'the direction and what was given are shown');

    // A follow-up due a minute ago, in the user's zone as the form states it.
    await (await s.find(button('Add follow-up'), 'the "Add follow-up" button')).click();
    await fill(s, 'Title', 'Call Raymond back');
    const due = await run(
      s,
      `const zone = (document.getElementById('fu-zone').textContent.match(/\\S+\\/\\S+|UTC/) || ['UTC'])[0];
       const f = new Intl.DateTimeFormat('en-CA', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
       const p = Object.fromEntries(f.formatToParts(new Date(Date.now() - 60000)).map((x) => [x.type, x.value]));
       const set = (id, v) => { const el = document.getElementById(id); el.value = v; el.dispatchEvent(new Event('input', { bubbles: true })); };
       set('fu-date', p.year + '-' + p.month + '-' + p.day);
       set('fu-time', p.hour + ':' + p.minute);
       return zone + ' ' + p.year + '-' + p.month + '-' + p.day + 'T' + p.hour + ':' + p.minute;`,
    );
    await (await s.find(button('Save follow-up'))).click();
    await s.find(`//section[@aria-labelledby='fus-title']//li[.//*[normalize-space(.)='Call Raymond back']]`, `the follow-up on the person page (due ${due})`);

    // Today lists it; Done takes it off.
    await (await s.find(`//nav//a[normalize-space(.)='Today']`, 'the "Today" link')).click();
    await s.find(heading('Today'), 'the Today view');
    const row = `//li[.//*[normalize-space(text())='Call Raymond back']]`;
    await s.find(row, `the follow-up due ${due} in Today`);
    await (await s.find(`${row}//button[normalize-space(.)='Done']`, 'its "Done" button')).click();
    await s.find(`//*[@role='status'][contains(., 'Done: Call Raymond back')]`, 'the "Done" confirmation');
    await until(async () => (await s.findAll(row)).length === 0, 'the follow-up leaves Today once done');

    // Back on the person page: no open follow-up, and a follow-through logged on top of the timeline.
    await (await s.find('//h1', 'a page heading')).click();
    await s.keys([Keys.CONTROL, 'k']);
    await (await s.find(byLabel('Search people'), 'the search box after Ctrl+K')).type('raymond');
    await s.find(`//*[@role='option'][contains(., 'Raymond Morin')]`, 'Raymond in the search results');
    await s.keys([Keys.ENTER]);
    await s.find(heading('Raymond Morin'), 'his page again');
    await s.find(`//section[@aria-labelledby='fus-title']//p[normalize-space(.)='No follow-up planned.']`, 'no open follow-up left');
    await (await s.find(button('Log interaction'))).click();
    await (await s.find(`${byLabel('Kind')}/option[@value='call']`, 'the "Call" kind')).click();
    await fill(s, 'What happened', 'Called back: he will cover the launch.');
    await (await s.find(button('Save interaction'))).click();
    await s.find(`${FIRST_ITEM}[contains(., 'Called back: he will cover the launch.')]`, 'the call now tops the timeline');
    await s.find(`(//ol[@aria-label='Timeline']/li)[2][.//strong[normalize-space(.)='roadmap']]`, 'the earlier interaction comes second');
  });
});

test('a note holding XSS payloads renders as inert text', async () => {
  const PAYLOADS = [
    "<script>window.__pwned='script';document.title='pwned'</script>",
    "<img src=x onerror=\"window.__pwned='img';document.title='pwned'\">",
    '[x](javascript:window.__pwned=1)',
    "<svg onload=\"window.__pwned='svg';document.title='pwned'\">",
  ];
  await withApp(driver, 'relationship-xss-note', async (s) => {
    await createPerson(s, 'Xavier', 'Scripts');
    const title = await run(s, 'return document.title;');
    await (await s.find(button('Add note'), 'the "Add note" button')).click();
    await fill(s, 'Note text', PAYLOADS.join('\n\n'));
    await (await s.find(button('Save note'))).click();
    const note = await s.find(`//section[@aria-labelledby='notes-title']//article`, 'the saved note');
    // Give an onerror or onload the time it would need to fire.
    await new Promise((r) => setTimeout(r, 800));
    const text = await note.text();
    for (const p of PAYLOADS) assert.ok(text.includes(p), `the note shows ${p} literally, got: ${text}`);
    const found = await run(
      s,
      `const n = document.querySelector("section[aria-labelledby='notes-title'] article");
       return { tags: n.querySelectorAll('script, img, iframe, a, svg:not(.icon)').length, pwned: window.__pwned ?? null, title: document.title };`,
    );
    assert.equal(found.tags, 0, 'no element was made from the note');
    assert.equal(found.pwned, null, 'no payload ran');
    assert.equal(found.title, title, 'the window title is untouched');
  });
});
