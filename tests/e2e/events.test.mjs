// End-to-end on the real app: create an event under way, add two attendees, quick-capture a note with a
// follow-up for one of them (Ctrl+J, type, Enter), then find it in their timeline, them "met", and Today.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startDriver, withApp, byLabel, button } from './lib/app.mjs';
import { Keys } from './lib/webdriver.mjs';

let driver;
before(async () => {
  driver = await startDriver();
});
after(() => driver?.stop());

const q = (s) => JSON.stringify(s);
const heading = (text) => `//h1[normalize-space(.)=${q(text)}]`;
const navLink = (text) => `//nav[@aria-label='Main']//a[normalize-space(.)=${q(text)}]`;
const option = (text) => `//*[@role='option'][contains(normalize-space(.), ${q(text)})]`;
const EVENT = 'VivaTech 2026';

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
  await s.find(heading(`${first} ${last}`), `the page of ${first} ${last}`);
}

async function openEvent(s) {
  await (await s.find(navLink('Events'), 'the "Events" link')).click();
  await s.find(heading('Events'), 'the events list');
  await (await s.find(`//a[.//*[normalize-space(.)=${q(EVENT)}]]`, `${EVENT} in the list`)).click();
  await s.find(heading(EVENT), 'the event page');
}

test('an event, two attendees, a quick capture: in the timeline, "met" on the event, the follow-up in Today', async () => {
  await withApp(driver, 'events-capture', async (s) => {
    await createPerson(s, 'Brian', 'Solis');
    await createPerson(s, 'Joel', 'Backaler');

    // An event under way now: from yesterday to tomorrow at a venue on UTC, whatever the machine's zone.
    await (await s.find(navLink('Events'), 'the "Events" link')).click();
    await (await s.find(button('New event'), 'the "New event" button')).click();
    await fill(s, 'Event name', EVENT);
    await fill(s, 'Venue time zone', 'UTC');
    await fill(s, 'City', 'Paris');
    await fill(s, 'Country', 'FR');
    // Typing into a date input differs between engines; set the values as the date picker would.
    const days = await run(
      s,
      `const day = (d) => new Date(Date.now() + d * 86400000).toISOString().slice(0, 10);
       const set = (id, v) => { const el = document.getElementById(id); el.value = v; el.dispatchEvent(new Event('input', { bubbles: true })); };
       set('f-ev-startDate', day(-1));
       set('f-ev-endDate', day(1));
       return day(-1) + ' to ' + day(1);`,
    );
    await (await s.find(button('Save event'))).click();
    await s.find(heading(EVENT), `the new event's page (${days}, UTC)`);

    // Two attendees through the people picker.
    for (const [typed, name] of [['brian', 'Brian Solis'], ['joel', 'Joel Backaler']]) {
      const picker = await s.find(byLabel('Add attendees'), 'the "Add attendees" box');
      await picker.type(typed);
      await s.find(option(name), `${name} among the suggestions`);
      await s.keys([Keys.ENTER]);
    }
    await (await s.find(button('Add'), 'the "Add" button')).click();
    for (const name of ['Brian Solis', 'Joel Backaler']) {
      await s.find(`//table//tr[.//*[normalize-space(.)=${q(name)}]]`, `${name} in "who's here"`);
    }

    // Quick capture: Ctrl+J, one line, Enter.
    await (await s.find('//h1', 'a page heading')).click();
    await s.keys([Keys.CONTROL, 'j']);
    const box = await s.find(byLabel('Capture a note'), 'the capture box after Ctrl+J');
    await box.type('Brian Solis: loved the keynote on resonance -> send the deck today');
    await s.find(`//dialog//*[normalize-space(.)=${q(`At ${EVENT} — will mark as met`)}]`, 'the event the note will link');
    await s.find(`//dialog//*[starts-with(normalize-space(.), 'Follow-up ')]`, 'the follow-up date in words');
    await s.keys([Keys.ENTER]);
    await s.find(`//*[@role='status'][contains(., 'Saved for Brian Solis')]`, 'the "Saved" confirmation');
    assert.equal(await box.value(), '', 'the box is cleared for the next note');
    await s.keys([Keys.ESCAPE]);

    // Their timeline has the note.
    await (await s.find('//h1', 'a page heading')).click();
    await s.keys([Keys.CONTROL, 'k']);
    await (await s.find(byLabel('Search people'), 'the search box')).type('brian');
    await s.find(option('Brian Solis'), 'Brian in the search results');
    await s.keys([Keys.ENTER]);
    await s.find(heading('Brian Solis'), 'his page');
    await s.find(`(//ol[@aria-label='Timeline']/li)[1][contains(., 'loved the keynote on resonance')]`, 'the captured note on top of his timeline');

    // On the event page he is "met"; Joel is still invited.
    await openEvent(s);
    const status = await s.find(byLabel('Status of Brian Solis'), "Brian's status on the event page");
    assert.equal(await status.value(), 'met', 'capturing a note at the event marks him as met');
    assert.equal(await (await s.find(byLabel('Status of Joel Backaler'))).value(), 'invited', 'the other attendee is untouched');

    // Today lists the follow-up.
    await (await s.find(navLink('Today'), 'the "Today" link')).click();
    await s.find(heading('Today'), 'the Today view');
    await s.find(`//li[.//*[normalize-space(text())='send the deck']]`, 'the captured follow-up in Today');
    await s.find(`//section[@aria-labelledby='t-events'][.//a[contains(., ${q(EVENT)})]]`, 'the event under way in Today');
  });
});
