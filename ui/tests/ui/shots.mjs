// Screenshots of a screen in English and French, light and dark, for a person to look at (saved only when UI_SHOTS names a folder).
import { mkdirSync } from "node:fs";

/** The four ways a screen is seen: [locale, colour scheme]. */
export const VARIANTS = [
  ["en-US", "light"],
  ["en-US", "dark"],
  ["fr-FR", "light"],
  ["fr-FR", "dark"],
];

/** The folder to save screenshots in, or null when none was asked for. */
export function shotsDir() {
  const dir = process.env.UI_SHOTS;
  if (!dir) return null;
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Saves the page as `<dir>/<name>-<en|fr>-<light|dark>.png`, when screenshots were asked for. */
export async function shot(page, name, [locale, scheme]) {
  const dir = shotsDir();
  if (!dir) return;
  await page.waitForTimeout(150); // transitions settle
  await page.screenshot({ path: `${dir}/${name}-${locale.slice(0, 2)}-${scheme}.png` });
}
