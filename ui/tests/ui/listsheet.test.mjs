// A list's printable sheet, in Chromium against the real core (the development backend): the "Printable sheet" button beside the list's exports saves one line per member in the app's language, a competitor's ambassador and "do not contact" flagged with their reason, a clean person not, the count said first; a smart list's export menu saves its people's sheet in its order. In English and French.
// UI_SHOTS=<dir> also saves the printed sheet (list-sheet-<en|fr>.png).
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { start } from "./harness.mjs";
import { shotsDir } from "./shots.mjs";

let h;

before(async () => {
  h = await start();
});
after(async () => {
  await h?.stop();
});

/** Ana (a competitor's ambassador, on Instagram), Eli (do not contact), Gus (nothing), on "Salon Beauté" in that order. */
async function plant(page) {
  const person = async (input) => (await h.invoke(page, "person_create", { input })).person.id;
  const ana = await person({
    display_name: "Ana Costa",
    kind: "opinion_leader",
    stage: "engaged",
    city: "Lyon",
    country: "FR",
    employer: "Studio Lumen",
    channels: [{ platform: "instagram", handle: "@ana.costa", url: "", audience: 124500 }],
  });
  const eli = await person({ display_name: "Eli Moreau", stage: "do_not_contact" });
  const gus = await person({ display_name: "Gus Petit" });
  const lumiere = await h.invoke(page, "org_create", { input: { name: "Lumière Cosmetics", kind: "brand" } });
  await h.invoke(page, "org_brand_side_set", { id: lumiere.id, side: "competitor" });
  await h.invoke(page, "affiliation_add", { input: { person_id: ana, brand_id: lumiere.id, kind: "ambassador", since: "2026-01-01" } });
  const list = await h.invoke(page, "list_create", { input: { name: "Salon Beauté", description: "Who we see at the booth" } });
  await h.invoke(page, "list_add", { id: list.id, person_ids: [ana, eli, gus] });
  return list.id;
}

const WORDS = {
  en: {
    button: "Printable sheet",
    smartNav: "Smart lists",
    smartBar: "Smart list actions",
    exportMenu: "Export…",
    smartCount: "3 people",
    count: "3 people",
    flagged: "2 people have a conflict: read their lines before reaching out.",
    ana: "⚠ Ambassador of a competitor: Lumière Cosmetics (2026-01-01 → …)",
    eli: "⚠ Do not contact",
    line: "<td>engaged</td><td>opinion leader</td><td>Lyon, FR</td><td>Studio Lumen</td><td>instagram: ana.costa</td><td class=\"num\">124\u202F500</td>",
  },
  fr: {
    button: "Fiche imprimable",
    smartNav: "Listes intelligentes",
    smartBar: "Actions de la liste intelligente",
    exportMenu: "Exporter…",
    smartCount: "3 personnes",
    count: "3 personnes",
    flagged: "2 personnes présentent un conflit : lisez leurs lignes avant de les contacter.",
    ana: "⚠ Égérie chez un concurrent : Lumière Cosmetics (2026-01-01 → …)",
    eli: "⚠ Ne pas contacter",
    line: "<td>engagé</td><td>leader d’opinion</td><td>Lyon, FR</td><td>Studio Lumen</td><td>instagram: ana.costa</td><td class=\"num\">124\u202F500</td>",
  },
};

/** The sheet's line holding `name`'s link. */
function line(sheet, name) {
  const row = sheet.split("<tr>").find((r) => r.includes(`>${name}</a>`));
  assert.ok(row, `${name} has a line on the sheet`);
  return row;
}

describe("a list's printable sheet", () => {
  for (const locale of ["en-US", "fr-FR"]) {
    const lang = locale.slice(0, 2);
    const w = WORDS[lang];
    it(`prints each member with their conflicts in the app's language (${lang})`, async () => {
      // The sample book: the sheet must hold the list's three and no one else of its 300.
      const s = await h.open("300", "/lists", { locale });
      const { page } = s;
      const list = await plant(page);
      await h.go(page, `/lists/${list}`);
      await page.getByRole("heading", { level: 1, name: "Salon Beauté" }).waitFor();
      await page.getByRole("button", { name: w.button }).click();
      await page.getByRole("status").filter({ hasText: /\.html/ }).waitFor();
      const saved = (await h.dev(page, "record")).saved.at(-1);
      assert.ok(saved.path.endsWith("Salon Beauté sheet.html"), `the file is named after the list: ${saved.path}`);
      const sheet = saved.text;
      assert.ok(sheet.includes(`<html lang="${lang}">`), "the sheet is in the app's language");
      assert.ok(sheet.includes("<h1>Salon Beauté</h1>") && sheet.includes("Who we see at the booth"), "the list's name and description head it");
      assert.ok(sheet.includes(`<p class="meta count">${w.count}</p>`), "how many people, first");
      assert.ok(sheet.includes(w.flagged), "how many have a conflict");
      assert.ok(line(sheet, "Ana Costa").includes(w.ana) && line(sheet, "Ana Costa").includes(w.line), `Ana's line: her conflict, stage, kind, place, employer, channel and audience: ${line(sheet, "Ana Costa")}`);
      assert.ok(line(sheet, "Eli Moreau").includes(w.eli), "Eli is not to be contacted");
      assert.ok(!line(sheet, "Gus Petit").includes("⚠"), "Gus has no conflict, so no flag");
      assert.equal(sheet.match(/class="flag"/g)?.length, 2, "two flags on the sheet");
      const dir = shotsDir();
      if (dir) {
        const paper = await s.ctx.newPage();
        await paper.setContent(sheet);
        await paper.screenshot({ path: `${dir}/list-sheet-${lang}.png`, fullPage: true });
        await paper.close();
      }
      // A smart list's sheet from its export menu: whom its filter holds, in its order (Z to A).
      await h.invoke(page, "smart_list_create", { input: { name: "On the show list", filter: { archived: "hide", list }, sort: "name", descending: true } });
      await h.go(page, "/people");
      await page.getByRole("region", { name: w.smartNav }).getByRole("button", { name: /On the show list/ }).click();
      await page.getByRole("heading", { level: 1, name: /On the show list/ }).waitFor();
      await page.getByRole("group", { name: w.smartBar }).getByRole("combobox", { name: w.exportMenu }).selectOption("list_dossier");
      await h.until(async () => (await h.dev(page, "record")).saved.length === 2, "the smart list's sheet is saved");
      const smart = (await h.dev(page, "record")).saved.at(-1).text;
      assert.ok(smart.includes(`<html lang="${lang}">`) && smart.includes("<h1>On the show list</h1>"), "the smart list's sheet, in the app's language");
      assert.ok(smart.includes(`<p class="meta count">${w.smartCount}</p>`), "everyone it holds now");
      const order = [...smart.matchAll(/<a href="liaison:\/\/person\/[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);
      assert.deepEqual(order, ["Gus Petit", "Eli Moreau", "Ana Costa"], "in the smart list's order");
      await s.ctx.close();
      assert.deepEqual(s.problems, [], "the page must not throw or run injected script");
    });
  }
});
