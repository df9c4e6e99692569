// Brands and conflicts in Chromium against the real core (the development backend): mark a brand as a competitor on its organization page, add an affiliation on a person's page, see the conflict on the page and the flag in the People table, and the warning before adding them to a list (the user may go on) and before logging with someone marked "do not contact".
// UI_SHOTS=<dir> also saves the person's "Brands" section with its conflict and the list dialog's warning in English and French, light and dark, and the printed dossier's Conflicts section in both languages.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
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

/** Inès Moreau, the brand Lumière Cosmetics (side not yet said), our own brand Atelier Nord, a list. */
async function plant(page) {
  const ines = (await h.invoke(page, "person_create", { input: { display_name: "Inès Moreau", stage: "engaged" } })).person.id;
  const lumiere = await h.invoke(page, "org_create", { input: { name: "Lumière Cosmetics", kind: "brand", country: "FR" } });
  const nord = await h.invoke(page, "org_create", { input: { name: "Atelier Nord", kind: "brand" } });
  await h.invoke(page, "org_brand_side_set", { id: nord.id, side: "ours" });
  await h.invoke(page, "list_create", { input: { name: "Spring launch" } });
  return { ines, lumiere: lumiere.id, nord: nord.id };
}

describe("brands and conflicts", () => {
  it("flags a competitor's ambassador on the page and in the table, and warns before adding them to a list", async () => {
    const s = await h.open("empty", "/people");
    const { page } = s;
    const { ines, lumiere } = await plant(page);

    // The organization page says whose brand it is.
    await h.go(page, `/org/${lumiere}`);
    await page.getByLabel("This brand is").selectOption("competitor");
    await page.getByRole("status").filter({ hasText: "conflicts follow this brand's side" }).waitFor();

    await h.go(page, `/people/${ines}`);
    const brands = page.getByRole("region", { name: "Brands" });
    await brands.getByText("No brand affiliations yet.").waitFor();
    assert.equal(await brands.getByRole("alert").count(), 0, "no affiliation, no conflict");

    // Our own brand first: an exclusivity with us is no conflict.
    await brands.getByRole("button", { name: "Add an affiliation" }).click();
    await brands.getByLabel("Brand", { exact: true }).selectOption({ label: "Atelier Nord (our brand)" });
    await brands.getByLabel("Kind").selectOption("exclusive");
    await brands.getByRole("button", { name: "Add", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Affiliation with Atelier Nord added" }).waitFor();
    assert.equal(await brands.getByRole("alert").count(), 0, "exclusive with our own brand is no conflict");

    await brands.getByRole("button", { name: "Add an affiliation" }).click();
    await brands.getByLabel("Brand", { exact: true }).selectOption({ label: "Lumière Cosmetics (competitor)" });
    await brands.getByLabel("Kind").selectOption("ambassador");
    await brands.locator("#brand-since").fill("2026-01-15");
    await brands.getByRole("button", { name: "Add", exact: true }).click();
    const conflict = brands.getByRole("alert").filter({ hasText: "Conflict" });
    await conflict.waitFor();
    const said = await conflict.textContent();
    assert.match(said, /Inès Moreau: Ambassador of a competitor, Lumière Cosmetics \(2026-01-15 → …\)/, said);
    assert.ok(!said.includes("Atelier Nord"), "our own brand is not named: " + said);

    // The People table flags her.
    await h.go(page, "/people");
    const flag = page.getByTestId("conflict-flag");
    await flag.waitFor();
    assert.equal(await flag.getAttribute("aria-label"), "Inès Moreau has a conflict: works with a competitor");

    // Before adding her to a list: a warning, and the list can still be picked.
    await h.go(page, `/people/${ines}`);
    await page.getByRole("button", { name: "Add to list…" }).click();
    const dialog = page.getByRole("dialog");
    const before = dialog.getByRole("alert").filter({ hasText: "Before adding them to this list:" });
    await before.waitFor();
    assert.match(await before.textContent(), /Lumière Cosmetics/);
    await dialog.getByRole("button", { name: "Spring launch" }).click();
    await page.getByRole("status").filter({ hasText: /Spring launch/ }).waitFor();

    // Ending it lifts the conflict at once.
    await brands.getByRole("button", { name: "End the affiliation with Lumière Cosmetics today" }).click();
    await page.getByRole("status").filter({ hasText: "Affiliation with Lumière Cosmetics ended" }).waitFor();
    await brands.getByRole("alert").waitFor({ state: "detached" });

    // "Do not contact" warns in the log form before saving; saving still works.
    await h.invoke(page, "person_update", { id: ines, patch: { stage: "do_not_contact" } });
    await h.go(page, `/people/${ines}`);
    await page.getByRole("button", { name: /Log interaction/ }).click();
    const form = page.getByRole("form").filter({ has: page.locator("#ix-colleague") });
    await form.getByRole("alert").filter({ hasText: "Before logging this:" }).getByText("Inès Moreau: do not contact").waitFor();
    await form.getByRole("button", { name: "Save interaction" }).click();
    await form.waitFor({ state: "detached" });
    await done(s);
  });

  it("reads in English and French, light and dark", async () => {
    const dir = shotsDir();
    for (const [locale, scheme] of VARIANTS) {
      const s = await h.open("empty", "/people", { colorScheme: scheme, locale });
      const { page } = s;
      const { ines, lumiere, nord } = await plant(page);
      const add = (brand_id, kind, since, until) =>
        h.invoke(page, "affiliation_add", { input: { person_id: ines, brand_id, kind, since, until } });
      await add(lumiere, "ambassador", "2026-01-15");
      await add(nord, "paid_post", "2025-03-01", "2025-03-31");
      const tag = `${locale.slice(0, 2)}-${scheme}`;
      const fr = locale === "fr-FR";
      // Through the organization page, which tells every view of people to refetch.
      await h.go(page, `/org/${lumiere}`);
      await page.getByLabel(fr ? "Cette marque est" : "This brand is").selectOption("competitor");
      await page.getByRole("status").first().waitFor();

      await h.go(page, `/people/${ines}`);
      const brands = page.getByRole("region", { name: fr ? "Marques" : "Brands" });
      await brands.getByRole("alert").waitFor();
      assert.match(await brands.getByRole("alert").textContent(), fr ? /chez un concurrent, Lumière Cosmetics/ : /of a competitor, Lumière Cosmetics/);
      await page.waitForTimeout(150);
      if (dir) await brands.screenshot({ path: `${dir}/affil-person-${tag}.png` });

      await page.getByRole("button", { name: fr ? "Ajouter à une liste…" : "Add to list…" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByRole("alert").waitFor();
      await page.waitForTimeout(150);
      if (dir) await dialog.screenshot({ path: `${dir}/affil-warning-${tag}.png` });

      // The dossier, printed in the app's language, names the conflict first.
      await page.keyboard.press("Escape");
      await page.getByRole("button", { name: fr ? "Imprimer le dossier" : "Print dossier" }).click();
      await page.getByText(fr ? /Dossier enregistré dans .*\.html/ : /Dossier saved to .*\.html/).waitFor();
      const dossier = (await h.dev(page, "record")).saved.at(-1).text;
      const heading = `<h2>${fr ? "Conflits" : "Conflicts"}</h2>`;
      assert.ok(dossier.includes(heading), "the dossier has a Conflicts section");
      const section = dossier.slice(dossier.indexOf(heading)).split("<h2>")[1];
      assert.ok(
        section.includes(fr ? "Égérie chez un concurrent : Lumière Cosmetics (2026-01-15 → …)" : "Ambassador of a competitor: Lumière Cosmetics (2026-01-15 → …)"),
        "the dossier names the competitor's ambassadorship in the app's language",
      );
      assert.ok(!section.includes("Atelier Nord"), "an ended paid post for our brand is no conflict");
      if (dir && scheme === "light") {
        // A dossier is printed on paper: light only.
        const sheet = await s.ctx.newPage();
        await sheet.setContent(dossier);
        await sheet.screenshot({ path: `${dir}/dossier-conflicts-${locale.slice(0, 2)}.png`, fullPage: true });
        await sheet.close();
      }

      await h.go(page, "/people");
      await page.getByTestId("conflict-flag").waitFor();
      await page.waitForTimeout(150);
      if (dir) await page.screenshot({ path: `${dir}/affil-table-${tag}.png` });
      await done(s);
    }
  });
});
