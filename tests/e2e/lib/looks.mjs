// The four looks a screenshot is taken in (English and French, light and dark), switched inside one session, and where the pictures go.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { until } from './webdriver.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** Where the screenshots go: E2E_SHOTS when set, else the run's artifacts (kept by CI). */
export const SHOTS = process.env.E2E_SHOTS ?? join(root, 'tests/e2e/artifacts/looks');

export const LOOKS = [
  ['en', 'light'],
  ['en', 'dark'],
  ['fr', 'light'],
  ['fr', 'dark'],
];

/** Switches the window to `lang` and `theme` (kept in the webview's storage, as Settings keeps
 * them) and waits for the reloaded page; the address, and so the screen, stays. */
export async function setLook(s, lang, theme) {
  await s.execute('localStorage.setItem("liaison.locale", arguments[0]); localStorage.setItem("liaison.theme", arguments[1]); location.reload();', [lang, theme]);
  await until(
    () => s.execute('return document.documentElement.lang === arguments[0] && document.body.dataset.ready === "true";', [lang]),
    `the page reloaded in ${lang}, ${theme}`,
    20_000,
  );
}

/** Saves the window as `<SHOTS>/<name>-<lang>-<theme>.png` once two frames were painted (a
 * transition or a freshly opened dialog would otherwise be caught half-way). */
export async function shot(s, name, [lang, theme]) {
  await s.execute('window.__painted = false; setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => (window.__painted = true))), 200);');
  await until(() => s.execute('return window.__painted === true;'), 'two painted frames');
  mkdirSync(SHOTS, { recursive: true });
  const file = join(SHOTS, `${name}-${lang}-${theme}.png`);
  writeFileSync(file, await s.screenshot());
  return file;
}
