// Search that finds what was typed, in Chromium against the real core: the dialog's total, "Show all N in People", and the People table's name box (folding, e-mail, phone, other filters, Back).
// UI_SHOTS=<dir> also saves screenshots of the dialog and the table in English and French, light and dark.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { start } from "./harness.mjs";

const SHOTS = process.env.UI_SHOTS;
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

async function shot(page, name) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** 30 people of one studio (e-mails at maison-elise.fr, French mobiles), a third of them engaged. */
async function addStudio(page) {
  for (let i = 0; i < 30; i++) {
    const n = String(i).padStart(2, "0");
    await h.invoke(page, "person_create", {
      input: {
        first_name: "Élise",
        last_name: `Studio ${n}`,
        emails: [`elise${i}@maison-elise.fr`],
        phones: [`+33 6 00 00 00 ${n}`],
        stage: i % 3 === 0 ? "engaged" : "identified",
      },
    });
  }
}

const countText = (page) => page.locator("header .count").textContent();

describe("search shows the total and opens the rest in People", () => {
  it("says '20 of 30', and 'Show all 30 in People' opens the table filtered by the query; Back returns to it", async () => {
    const s = await h.open("30");
    const { page } = s;
    await page.getByRole("grid").waitFor();
    await addStudio(page);
    await page.keyboard.press("Control+k");
    const box = page.getByRole("combobox", { name: "Search people" });
    await box.pressSequentially("maison-elise.fr");
    const status = page.getByRole("status").filter({ hasText: "20 of 30" });
    await status.waitFor();
    assert.equal(
      await page.getByRole("listbox", { name: "Results" }).getByRole("group", { name: "People" }).getByRole("option").count(),
      20,
      "the dialog lists a page of 20 and says there are 30",
    );
    await shot(page, "search-dialog-total");
    await page.getByRole("button", { name: "Show all 30 in People" }).click();
    await page.getByRole("heading", { level: 1, name: "People" }).waitFor();
    await h.until(async () => (await countText(page)) === "30 people", "the table's count of 30");
    assert.equal(await page.getByLabel("Name, e-mail or phone").inputValue(), "maison-elise.fr", "the name box holds the query");
    assert.equal(await page.evaluate(() => location.hash), "#/people?q=maison-elise.fr", "the address keeps it");
    await shot(page, "people-name-box");

    // Into a person and Back: the same 30.
    await page.getByRole("grid").getByRole("row").filter({ hasText: "Élise Studio 07" }).click();
    await page.getByRole("heading", { level: 1, name: "Élise Studio 07" }).waitFor();
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "People" }).waitFor();
    await h.until(async () => (await countText(page)) === "30 people", "the 30 again after Back");
    assert.equal(await page.getByLabel("Name, e-mail or phone").inputValue(), "maison-elise.fr");
    await done(s);
  });

  it("finds a person by a phone number typed the national way", async () => {
    const s = await h.open("30");
    const { page } = s;
    await page.getByRole("grid").waitFor();
    await addStudio(page);
    await page.keyboard.press("Control+k");
    await page.getByRole("combobox", { name: "Search people" }).pressSequentially("06 00 00 00 07");
    const first = page.getByRole("listbox", { name: "Results" }).getByRole("option").first();
    await first.waitFor();
    // Search asks at each key with no debounce, so a shorter prefix's answer may show first; the
    // whole number's answer replaces it.
    await h.until(async () => /Élise Studio 07/.test(await first.textContent()), "+33 6 00 00 00 07 is found as 06 00 00 00 07");
    await done(s);
  });
});

describe("the People table's name box", () => {
  it("filters as you type, folding accents and case, with the other filters, and clears with Escape", async () => {
    const s = await h.open("30");
    const { page } = s;
    await page.getByRole("grid").waitFor();
    // The count is blank until the table's first page is back: wait for the core's own total on screen before adding anyone.
    const everyone = (await h.invoke(page, "person_list", { limit: 1 })).total;
    await h.until(async () => (await countText(page)) === `${everyone} people`, `the table's count at the start (${everyone})`);
    await addStudio(page);
    const name = page.getByLabel("Name, e-mail or phone");
    await name.pressSequentially("ELISE stu");
    await h.until(async () => (await countText(page)) === "30 people", "30 Élises, typed without the accent");
    await page.getByLabel(/^Stage/).selectOption("engaged");
    await h.until(async () => (await countText(page)) === "10 people", "the box and the stage filter together");
    await page.getByLabel(/^Stage/).selectOption("");
    await name.fill("");
    await name.pressSequentially("+33 6 00 00 00 1");
    await h.until(async () => (await countText(page)) === "10 people", "a phone prefix: 10 to 19");
    await name.press("Escape");
    await h.until(async () => (await name.inputValue()) === "", "Escape empties the box");
    await h.until(async () => (await countText(page)) === `${everyone + 30} people`, "and the list is whole again: 30 more people than at the start");
    assert.equal(await page.evaluate(() => location.hash), "#/people", "the address drops the query");
    await done(s);
  });
});

describe("the People table's country box", () => {
  it("takes a country's name in any language and says which country it read", async () => {
    const s = await h.open("30");
    const { page } = s;
    await page.getByRole("grid").waitFor();
    await h.invoke(page, "person_create", { input: { first_name: "Noi", last_name: "Srisuk", country: "TH" } });
    const th = await h.invoke(page, "person_list", { filter: { country: "TH" } });
    const box = page.getByLabel("Country", { exact: true });
    await box.pressSequentially("Thaïlande");
    await page.locator("#country-found").filter({ hasText: "Thailand (TH)" }).waitFor();
    const want = th.total === 1 ? "1 person" : `${th.total} people`;
    await h.until(async () => (await countText(page)) === want, `the ${want} in Thailand, typed in French`);
    assert.equal(await box.getAttribute("aria-invalid"), null);
    await shot(page, "people-country-box");
    await box.fill("UK");
    await page.locator("#country-found").filter({ hasText: "United Kingdom (GB)" }).waitFor();
    await box.fill("Atlantis");
    await page.locator("#country-found").filter({ hasText: "no country by that name" }).waitFor();
    assert.equal(await box.getAttribute("aria-invalid"), "true", "a name that is no country is marked");
    await done(s);
  });
});

describe("screenshots", { skip: !SHOTS }, () => {
  for (const [lang, locale] of [
    ["en", "en-US"],
    ["fr", "fr-FR"],
  ]) {
    for (const scheme of ["light", "dark"]) {
      it(`${lang} ${scheme}`, async () => {
        // The browser's locale picks the app's language.
        const s = await h.open("30", "/people", { locale, colorScheme: scheme });
        const { page } = s;
        await page.getByRole("grid").waitFor();
        await addStudio(page);
        await page.getByRole("grid").waitFor();
        await page.keyboard.press("Control+k");
        await page.locator("#search-input").pressSequentially("elise");
        await page.locator(".more button").waitFor();
        await shot(page, `search-dialog-${lang}-${scheme}`);
        await page.locator(".more button").click();
        await page.locator("header .count").filter({ hasText: "30" }).waitFor();
        await shot(page, `people-name-box-${lang}-${scheme}`);
        await done(s);
      });
    }
  }
});
