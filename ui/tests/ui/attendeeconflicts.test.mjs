// Conflicts where an event's attendees are listed, in Chromium against the real core (the development backend): on the event page a competitor's ambassador, an exclusivity ending next year and "do not contact" are flagged with their reason (an ended exclusivity and a clean person are not), the printed attendee sheet and "everything about a person" are written in the app's language with the same reasons. In English and French, light and dark.
// UI_SHOTS=<dir> also saves the "Who's here" card in each variant (attendee-conflicts-<en|fr>-<light|dark>.png) and the printed sheet (attendee-sheet-<en|fr>.png).
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { start } from "./harness.mjs";
import { VARIANTS, shotsDir } from "./shots.mjs";

let h;

before(async () => {
  h = await start();
});
after(async () => {
  await h?.stop();
});

async function done({ ctx, problems }) {
  await ctx.close();
  assert.deepEqual(problems, [], "the page must not throw or run injected script");
}

/** Next year, for an exclusivity that has not ended yet whatever day the flow runs. */
const NEXT = new Date().getFullYear() + 1;

/** Ana (a competitor's ambassador), Ben (an exclusivity that ended), Chloé (exclusive until next
 * March), Eli (do not contact), Gus (nothing); all at "Salon Beauté". */
async function plant(page) {
  const person = async (display_name, stage = "engaged") => (await h.invoke(page, "person_create", { input: { display_name, stage } })).person.id;
  const ids = {
    ana: await person("Ana Costa"),
    ben: await person("Ben Roux"),
    chloe: await person("Chloé Martin"),
    eli: await person("Eli Moreau"),
    gus: await person("Gus Petit"),
  };
  await h.invoke(page, "person_update", { id: ids.eli, patch: { stage: "do_not_contact" } });
  const lumiere = await h.invoke(page, "org_create", { input: { name: "Lumière Cosmetics", kind: "brand" } });
  await h.invoke(page, "org_brand_side_set", { id: lumiere.id, side: "competitor" });
  const orbis = await h.invoke(page, "org_create", { input: { name: "Orbis", kind: "brand" } });
  const tie = (person_id, brand_id, kind, since, until) => h.invoke(page, "affiliation_add", { input: { person_id, brand_id, kind, since, until } });
  await tie(ids.ana, lumiere.id, "ambassador", "2026-01-01");
  await tie(ids.ben, orbis.id, "exclusive", "2025-01-01", "2025-06-30");
  await tie(ids.chloe, orbis.id, "exclusive", "2026-09-01", `${NEXT}-03-31`);
  const event = await h.invoke(page, "event_create", { input: { name: "Salon Beauté", start_local: `${NEXT}-05-20` } });
  for (const id of Object.values(ids)) await h.invoke(page, "event_attend", { event_id: event.id, person_id: id });
  return { ids, event: event.id };
}

const WORDS = {
  en: {
    count: "3 attendees have a conflict: read their lines before saying hello.",
    ana: "Ambassador of a competitor: Lumière Cosmetics (2026-01-01 → …)",
    chloe: `Exclusive with Orbis (2026-09-01 → ${NEXT}-03-31)`,
    eli: "Do not contact",
    label: (name, what) => `${name} has a conflict: ${what}`,
    sheet: "Dossier for this event",
    everything: "Export everything about this person",
    conflicts: "<h2>Conflicts</h2>",
  },
  fr: {
    count: "3 participants présentent un conflit : lisez leurs lignes avant d’aller les saluer.",
    ana: "Égérie chez un concurrent : Lumière Cosmetics (2026-01-01 → …)",
    chloe: `Exclusivité avec Orbis (2026-09-01 → ${NEXT}-03-31)`,
    eli: "Ne pas contacter",
    label: (name, what) => `${name} présente un conflit : ${what}`,
    sheet: "Dossier de cet événement",
    everything: "Exporter tout sur cette personne",
    conflicts: "<h2>Conflits</h2>",
  },
};

describe("conflicts on the attendee sheet", () => {
  for (const variant of VARIANTS) {
    const [locale, scheme] = variant;
    const lang = locale.slice(0, 2);
    const w = WORDS[lang];
    it(`flags who has a conflict and why, on the page and in the exports (${lang}, ${scheme})`, async () => {
      const s = await h.open("empty", "/events", { colorScheme: scheme, locale });
      const { page } = s;
      const { ids, event } = await plant(page);
      await h.go(page, `/events/${event}`);
      await page.getByRole("heading", { level: 1, name: "Salon Beauté" }).waitFor();
      const count = page.getByTestId("attendee-conflict-count");
      await count.waitFor();
      assert.equal((await count.textContent()).trim(), `⚠ ${w.count}`, "the count is said above the list");

      const row = (name) => page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });
      const expect = { "Ana Costa": [w.ana], "Chloé Martin": [w.chloe], "Eli Moreau": [w.eli], "Ben Roux": [], "Gus Petit": [] };
      for (const [name, reasons] of Object.entries(expect)) {
        const r = row(name);
        await r.waitFor();
        const flag = r.getByTestId("attendee-conflict");
        if (!reasons.length) {
          assert.equal(await flag.count(), 0, `${name} has no conflict today: no flag`);
          continue;
        }
        assert.equal(await flag.getAttribute("aria-label"), w.label(name, reasons.join(", ")), `${name}'s flag names the reason`);
        assert.deepEqual(await flag.getByRole("listitem").allTextContents(), reasons, `${name}'s reason is on the line`);
      }

      const dir = shotsDir();
      if (dir) {
        await page.waitForTimeout(150);
        await page.locator("section.who").screenshot({ path: `${dir}/attendee-conflicts-${lang}-${scheme}.png` });
      }

      // The printed sheet, in the app's language, flags the same three.
      await page.getByRole("button", { name: w.sheet }).click();
      await page.getByRole("status").filter({ hasText: /\.html/ }).waitFor();
      const sheet = (await h.dev(page, "record")).saved.at(-1).text;
      assert.ok(sheet.includes(`<html lang="${lang}">`), "the sheet is in the app's language");
      for (const reason of [w.ana, w.chloe, w.eli]) assert.ok(sheet.includes(`⚠ ${reason.replace("&", "&amp;")}`), `the sheet says: ${reason}`);
      assert.equal(sheet.match(/class="flag"/g)?.length, 3, "three flags: Ben's ended exclusivity and Gus are clean");
      if (dir && scheme === "light") {
        const paper = await s.ctx.newPage();
        await paper.setContent(sheet);
        await paper.screenshot({ path: `${dir}/attendee-sheet-${lang}.png`, fullPage: true });
        await paper.close();
      }

      // Everything about Ana: the dossier beside the bundle, in the app's language, with her conflict.
      await h.go(page, `/people/${ids.ana}`);
      await page.getByRole("button", { name: w.everything }).click();
      await page.getByRole("status").filter({ hasText: /\.json/ }).waitFor();
      const bundle = (await h.dev(page, "record")).saved.at(-1).path;
      const dossier = readFileSync(bundle.replace(/\.json$/, ".html"), "utf8");
      assert.ok(dossier.includes(`<html lang="${lang}">`) && dossier.includes(w.conflicts), "the dossier beside the bundle is in the app's language");
      assert.ok(dossier.includes(w.ana), "and names her conflict");
      await done(s);
    });
  }
});
