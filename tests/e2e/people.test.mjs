// End-to-end on the real app window: create a person, find them unaccented, edit, restart, still there.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startDriver, withApp, byLabel, button } from './lib/app.mjs';
import { Keys, until } from './lib/webdriver.mjs';

let driver;
before(async () => {
  driver = await startDriver();
});
after(() => driver?.stop());

const heading = (text) => `//h1[normalize-space(.)=${JSON.stringify(text)}]`;
const option = (text) => `//*[@role='option'][.//*[normalize-space(.)=${JSON.stringify(text)}] or normalize-space(.)=${JSON.stringify(text)} or starts-with(normalize-space(.), ${JSON.stringify(text)})]`;

async function searchAndOpen(s, query, name) {
  // Keys sent before the UI has mounted its shortcut handler are lost: wait for the shell, and
  // give the window keyboard focus with a click on a heading, which does nothing by itself.
  await s.find(`//nav[@aria-label='Main']`, 'the main navigation', 20_000);
  await (await s.find('//h1', 'a page heading')).click();
  await s.keys([Keys.CONTROL, 'k']);
  const box = await s.find(byLabel('Search people'), 'the search box after Ctrl+K');
  await box.type(query);
  await s.find(option(name), `a search result for ${name} on "${query}"`);
  await s.keys([Keys.ENTER]);
  await s.find(heading(name), `the person page of ${name}`);
}

async function fill(s, label, text) {
  const el = await s.find(byLabel(label), `the "${label}" field`);
  await el.clear();
  await el.type(text);
}

test('a person created through the form is found, edited, and survives a restart', async () => {
  await withApp(driver, 'create-find-edit', async (s) => {
    // A fresh book opens on the first-run screen, not an empty void.
    await (await s.find(button('Add a person'), 'the first-run "Add a person" button', 20_000)).click();
    await fill(s, 'First name', 'Amélie');
    await fill(s, 'Last name', 'Dubois');
    await fill(s, 'City', 'Montréal');
    await fill(s, 'Country', 'CA');
    await fill(s, 'Email', 'amelie@example.fr');
    await (await s.find(button('Save'))).click();
    await s.find(heading('Amélie Dubois'), 'the new person page');

    // Found with an unaccented query, opened with Enter.
    await searchAndOpen(s, 'amelie', 'Amélie Dubois');

    await (await s.find(button('Edit'))).click();
    await fill(s, 'City', 'Québec');
    await (await s.find(button('Save'))).click();
    await s.find(`//*[normalize-space(text())='Québec']`, 'the edited city on the person page');
  });

  // A new session is a new app process on the same data folder: a restart.
  await withApp(driver, 'after-restart', async (s) => {
    await searchAndOpen(s, 'quebec', 'Amélie Dubois');
    const city = await s.find(`//*[normalize-space(text())='Québec']`, 'the city saved before the restart');
    assert.equal(await city.text(), 'Québec', 'the edit must be on disk, not only in the old window');
  });
});

test('a validation error is shown next to the field and nothing is saved', async () => {
  await withApp(driver, 'validation', async (s) => {
    await (await s.find(button('New person'), 'the "New person" button', 20_000)).click();
    await fill(s, 'Display name', 'Brian Solis');
    await fill(s, 'Email', 'not-an-email');
    await (await s.find(button('Save'))).click();
    const msg = await s.find(`//*[contains(., 'e-mail') or contains(., 'E-mail') or contains(., 'email')][@role='alert' or contains(@id, 'error') or contains(@class, 'error')]`, 'an inline e-mail error');
    assert.ok((await msg.text()).length > 0, 'the inline message must say what is wrong');
    await until(async () => (await s.findAll(heading('Brian Solis'))).length === 0, 'no person page for an invalid form', 1000);
  });
});
