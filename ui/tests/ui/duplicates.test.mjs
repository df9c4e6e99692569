// The duplicates screen in Chromium against the real core (the development backend): planted pairs listed with their reasons, "Not a duplicate", a side-by-side merge, and Undo from its toast.
// SHOTS=<dir> also saves screenshots of the screen and the merge dialog in English and French, light and dark.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { start } from "./harness.mjs";

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

/** Three planted pairs (an e-mail, a transposed name, Cyrillic and Latin) and two strangers. */
async function plant(page) {
  const ids = {};
  for (const [name, extra] of [
    ["Camille Roux", { emails: ["Camille.Roux@example.com"], city: "Lyon" }],
    ["Studio Lumen", { emails: ["camille.roux@example.com"], employer: "Studio Lumen" }],
    ["Amélie Dubois", { city: "Montréal" }],
    ["DUBOIS Amélie", { city: "Paris" }],
    ["Олег Иванов", {}],
    ["Oleg Ivanov", {}],
    ["Marie Bernard", {}],
    ["Paul Dubois", {}],
  ]) {
    const saved = await h.invoke(page, "person_create", { input: { display_name: name, ...extra } });
    ids[name] = saved.person.id;
  }
  return ids;
}

async function openScreen(opts = {}) {
  const s = await h.open("empty", "/today", opts);
  const ids = await plant(s.page);
  await h.go(s.page, "/duplicates");
  await s.page.locator(".pair").nth(2).waitFor();
  return { ...s, ids };
}

describe("duplicates", () => {
  it("lists the planted pairs, forgets a dismissed one, merges side by side and undoes it", async () => {
    const s = await h.open("empty", "/today");
    const { page } = s;
    const ids = await plant(page);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Duplicates" }).click();
    await page.getByRole("heading", { level: 1, name: "Duplicates" }).waitFor();
    const pairs = page.locator(".pair");
    await pairs.nth(2).waitFor();
    assert.equal(await pairs.count(), 3, "exactly the three planted pairs");
    const email = pairs.filter({ hasText: "camille.roux@example.com" });
    assert.match(await email.innerText(), /Same e-mail/, "the reason is named beside its value");
    assert.match(await pairs.filter({ hasText: "Oleg Ivanov" }).innerText(), /Same name in another script/);
    assert.match(await pairs.first().innerText(), /camille\.roux/, "the most certain pair comes first");

    await pairs.filter({ hasText: "Oleg Ivanov" }).getByRole("button", { name: "Not a duplicate" }).click();
    await page.getByText("will not be proposed again").waitFor();
    await h.until(async () => (await pairs.count()) === 2, "the dismissed pair to leave the list");

    await email.getByRole("button", { name: "Merge…" }).click();
    const dialog = page.getByRole("dialog", { name: "Merge two people" });
    await dialog.waitFor();
    const row = dialog.getByRole("row", { name: /Display name/ });
    await row.waitFor();
    assert.match(await row.innerText(), /Camille Roux[\s\S]*Studio Lumen/, "both values side by side");
    await row.getByText("Studio Lumen").click();
    await dialog.getByRole("button", { name: "Merge", exact: true }).click();
    await page.getByText(/merged into Studio Lumen/).waitFor();
    await h.until(async () => (await pairs.count()) === 1, "the merged pair to leave the list");
    const survivor = await h.invoke(page, "person_get", { id: ids["Studio Lumen"] });
    assert.equal(survivor.id, ids["Camille Roux"], "the old id leads to the person who stayed");
    assert.equal(survivor.display_name, "Studio Lumen", "the chosen value was kept");
    assert.equal(survivor.city, "Lyon", "the survivor's own value stays");
    assert.equal(survivor.employer, "Studio Lumen", "an empty field takes the other's value");

    await page.getByRole("button", { name: "Undo" }).click();
    await page.getByText(/Merge undone/).waitFor();
    await h.until(async () => (await pairs.count()) === 2, "both people back as a pair");
    const back = await h.invoke(page, "person_get", { id: ids["Studio Lumen"] });
    assert.equal(back.id, ids["Studio Lumen"], "the other person is back under their own id");
    await done(s);
  });

  it("stops a scan on Cancel", async () => {
    const s = await h.open("2000", "/today");
    const { page } = s;
    // The scan's request is held until Cancel has reached the shell, so the click always lands
    // while the scan is on (a small book's scan would otherwise end first). The shell's jobs
    // start cancelled when their cancel came first: the scan then answers "cancelled".
    let release = () => {};
    const cancelled = new Promise((r) => (release = r));
    await page.route("**/__liaison/invoke", async (route) => {
      const cmd = route.request().postDataJSON()?.cmd;
      if (cmd === "duplicates_find") await cancelled;
      await route.continue();
      if (cmd === "import_cancel") setTimeout(release, 50);
    });
    await h.go(page, "/duplicates");
    await page.getByRole("heading", { level: 1, name: "Duplicates" }).waitFor();
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByText("The search for duplicates was cancelled.").waitFor();
    assert.equal(await page.locator(".pair").count(), 0, "a cancelled scan shows no pairs");
    await page.unroute("**/__liaison/invoke");
    await page.getByRole("button", { name: /Look again/ }).first().click();
    await page.locator(".pair").first().waitFor();
    await done(s);
  });
});

describe("duplicates screenshots", { skip: !process.env.SHOTS }, () => {
  for (const [lang, locale] of [["en", "en-US"], ["fr", "fr-FR"]]) {
    for (const scheme of ["light", "dark"]) {
      it(`${lang} ${scheme}`, async () => {
        const s = await openScreen({ locale, colorScheme: scheme });
        const tag = `${lang}-${scheme}`;
        await s.page.screenshot({ path: `${process.env.SHOTS}/duplicates-${tag}.png` });
        await s.page.locator(".pair").first().locator(".btn.primary").click();
        await s.page.getByRole("dialog").locator("tbody tr").first().waitFor();
        await s.page.screenshot({ path: `${process.env.SHOTS}/merge-${tag}.png` });
        await done(s);
      });
    }
  }
});
