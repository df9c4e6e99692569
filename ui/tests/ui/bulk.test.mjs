// Bulk actions in the People table, in Chromium against the real core (the development backend): a Shift-click range, a tag added to it and undone from the toast, the keyboard, "select all N matching" acting on the whole filter result, and the bar on one line at 1200 px with its "More…" menu.
// UI_SHOTS=<dir> also saves the table with a selection and the bulk bar in English and French, light and dark.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { start } from "./harness.mjs";
import { shot, shotsDir, VARIANTS } from "./shots.mjs";

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

const NAMES = ["Amélie Zephyrin", "Bruno Zephyrin", "Chloé Zephyrin", "David Zephyrin", "Emma Zephyrin"];

/** A one-person sample book, five people added, and the table's name box narrowed to them. */
async function openPlanted() {
  const s = await h.open("1", "/people");
  const { page } = s;
  await page.getByRole("row").nth(1).waitFor();
  for (const name of NAMES) await h.invoke(page, "person_create", { input: { display_name: name } });
  await page.getByRole("searchbox", { name: "Name, e-mail or phone" }).fill("zephyrin");
  await row(page, "Emma Zephyrin").waitFor();
  return s;
}

/** The table's row for a name (rows are sorted by name). */
const row = (page, name) => page.getByRole("row", { name: new RegExp(name) });

async function tagsOf(page, name) {
  return (await h.invoke(page, "person_get", { id: await h.idOf(page, name) })).tags;
}

describe("bulk actions", () => {
  it("selects a Shift-click range, tags it, and undoes the tag from the toast", async () => {
    const s = await openPlanted();
    const { page } = s;

    await row(page, "Bruno Zephyrin").getByRole("checkbox").click();
    await row(page, "David Zephyrin").click({ modifiers: ["Shift"] });
    const bar = page.getByRole("toolbar", { name: "Bulk actions" });
    await bar.getByText("3 selected").waitFor();
    for (const name of ["Bruno Zephyrin", "Chloé Zephyrin", "David Zephyrin"]) {
      assert.equal(await row(page, name).getAttribute("aria-selected"), "true", `${name} is in the Shift range`);
    }
    assert.equal(await row(page, "Emma Zephyrin").getAttribute("aria-selected"), "false", "the range stops at the Shift-click");
    await row(page, "Chloé Zephyrin").click({ modifiers: ["Control"] });
    await bar.getByText("2 selected").waitFor();
    assert.match(page.url(), /#\/people(\?|$)/, "picking rows does not open a person");

    await bar.getByRole("textbox", { name: "Tag" }).fill("PFW");
    await bar.getByRole("button", { name: "Add tag" }).click();
    await page.getByText("2 people changed").waitFor();
    assert.deepEqual(await tagsOf(page, "Bruno Zephyrin"), ["PFW"]);
    assert.deepEqual(await tagsOf(page, "David Zephyrin"), ["PFW"]);
    assert.deepEqual(await tagsOf(page, "Chloé Zephyrin"), [], "the row taken out with Ctrl-click is left alone");
    await shot(page, "bulk-bar", ["en-US", "light"]);

    await page.getByRole("button", { name: "Undo" }).click();
    await page.getByText("Undone: 2 people as before").waitFor();
    assert.deepEqual(await tagsOf(page, "Bruno Zephyrin"), [], "undo takes the tag back");
    assert.deepEqual(await tagsOf(page, "David Zephyrin"), []);
    await done(s);
  });

  it("picks with Space and Shift+arrows", async () => {
    const s = await openPlanted();
    const { page } = s;
    await page.getByRole("grid").focus();
    await page.keyboard.press("Space");
    await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Shift+ArrowDown");
    await page.getByRole("toolbar", { name: "Bulk actions" }).getByText("3 selected").waitFor();
    assert.equal(await row(page, "Chloé Zephyrin").getAttribute("aria-selected"), "true");
    await page.keyboard.press("Space");
    await page.getByRole("toolbar", { name: "Bulk actions" }).getByText("2 selected").waitFor();
    await done(s);
  });

  it("selects all N matching, beyond the rows loaded, and sets their stage", async () => {
    const s = await h.open("2000", "/people");
    const { page } = s;
    await page.getByRole("row").nth(3).waitFor();
    const total = (await h.invoke(page, "person_list", { limit: 1 })).total;
    assert.ok(total > 1000, `a book bigger than what the table loads at once (${total})`);
    await page.getByRole("row").nth(2).getByRole("checkbox").click();
    const bar = page.getByRole("toolbar", { name: "Bulk actions" });
    await bar.getByRole("button", { name: `Select all ${total.toLocaleString("en-US")} matching` }).click();
    await bar.getByText(`${total.toLocaleString("en-US")} selected`).waitFor();
    await bar.getByRole("button", { name: "Set stage…" }).click();
    await page.getByRole("menu", { name: "Set stage…" }).getByRole("menuitem", { name: "Paused" }).click();
    await page.getByText(/people changed/).waitFor();
    const paused = await h.invoke(page, "person_list", { filter: { stage: "paused" }, limit: 1 });
    assert.equal(paused.total, total, "every person the filter matched, not only the rows on screen");
    await page.getByRole("button", { name: "Undo" }).click();
    await page.getByText(/Undone/).waitFor();
    const after = await h.invoke(page, "person_list", { filter: { stage: "paused" }, limit: 1 });
    assert.ok(after.total < total, "undo puts the earlier stages back");
    await done(s);
  });
});

describe("the bulk bar at the default window size", () => {
  for (const [locale, selected, more, frequent] of [
    ["en-US", "2 selected", "More…", ["Add tag", "Set stage…", "Add to list…", "Export…"]],
    ["fr-FR", "2 sélectionnées", "Plus…", ["Étiqueter", "Étape…", "Ajouter à la liste…", "Exporter…"]],
  ]) {
    it(`holds on one line at 1200 px, its labels whole (${locale})`, async () => {
      // 1200 px: the window's default size (src-tauri/tauri.conf.json).
      const s = await h.open("demo", "/people", { locale, viewport: { width: 1200, height: 800 } });
      const { page } = s;
      await page.getByRole("row").nth(4).waitFor();
      await page.getByRole("row").nth(2).getByRole("checkbox").click();
      await page.getByRole("row").nth(3).getByRole("checkbox").click();
      const bar = page.getByRole("toolbar");
      await bar.getByText(selected).waitFor();
      // The frequent actions are in the bar, the rest behind More… (lists load with the bar).
      await bar.getByRole("button", { name: frequent[2] }).waitFor();
      for (const name of frequent) assert.equal(await bar.getByRole("button", { name, exact: true }).count(), 1, `"${name}" is in the bar`);
      assert.equal(await bar.getByRole("button", { name: more }).count(), 1, `"${more}" holds the rest`);
      const shape = await bar.evaluate((el) => {
        const kids = [...el.querySelectorAll("button, input, select, strong")].filter((k) => k.getClientRects().length);
        // Controls whose middles lie within 8 px of each other sit on the same line.
        const middles = kids.map((k) => k.getBoundingClientRect()).map((r) => r.top + r.height / 2).sort((a, b) => a - b);
        const lines = middles.filter((m, i) => i === 0 || m - middles[i - 1] > 8).length;
        const cut = kids.filter((k) => k.tagName !== "INPUT" && k.scrollWidth > k.clientWidth + 1).map((k) => k.textContent);
        return { lines, height: Math.round(el.getBoundingClientRect().height), cut };
      });
      assert.equal(shape.lines, 1, `every control of the bar on one line (bar ${shape.height}px high)`);
      assert.ok(shape.height < 56, `the bar is one line high, not wrapped (${shape.height}px)`);
      assert.deepEqual(shape.cut, [], "no label cut short");
      await done(s);
    });
  }

  it("More… is a menu for the keyboard: arrows, a second level for kind, Escape back then closed; it archives and removes a tag", async () => {
    const s = await openPlanted();
    const { page } = s;
    const bruno = await h.idOf(page, "Bruno Zephyrin");
    await row(page, "Bruno Zephyrin").getByRole("checkbox").click();
    const bar = page.getByRole("toolbar", { name: "Bulk actions" });
    await bar.getByText("1 selected").waitFor();
    const more = bar.getByRole("button", { name: "More…" });
    await more.focus();
    await page.keyboard.press("ArrowDown");
    const menu = page.getByRole("menu", { name: "More…" });
    await menu.waitFor();
    assert.equal(await more.getAttribute("aria-expanded"), "true");
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.replace(/[›‹]/g, "").trim());
    assert.equal(await focused(), "Set kind…", "the keyboard lands on the first item it can use (Remove tag waits for a tag)");
    await page.keyboard.press("ArrowDown");
    assert.equal(await focused(), "Set cadence…");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    const kinds = page.getByRole("menu", { name: "Set kind…" });
    await kinds.waitFor();
    assert.equal(await focused(), "Back");
    await page.keyboard.press("Escape");
    await menu.waitFor();
    assert.equal(await focused(), "Set kind…", "Escape steps back to the item that opened the level");
    await page.keyboard.press("Escape");
    await menu.waitFor({ state: "detached" });
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "More…", "and then closes, the keyboard back on More…");

    // A kind from the second level, then a tag added and removed through the menu.
    await more.click();
    await menu.getByRole("menuitem", { name: "Set kind…" }).click();
    await kinds.getByRole("menuitem", { name: "Journalist" }).click();
    await page.getByText("1 person changed").waitFor();
    assert.equal((await h.invoke(page, "person_get", { id: bruno })).kind, "journalist");
    await bar.getByRole("textbox", { name: "Tag" }).fill("PFW");
    await bar.getByRole("button", { name: "Add tag" }).click();
    await h.until(async () => (await h.invoke(page, "person_get", { id: bruno })).tags.includes("PFW"), "the tag added");
    await more.click();
    await menu.getByRole("menuitem", { name: "Remove tag “PFW”" }).click();
    await h.until(async () => (await h.invoke(page, "person_get", { id: bruno })).tags.length === 0, "the tag removed from the menu");
    await more.click();
    await menu.getByRole("menuitem", { name: "Archive" }).click();
    await h.until(async () => (await h.invoke(page, "person_get", { id: bruno })).archived, "archived from the menu");
    await done(s);
  });
});

describe("bulk screenshots", { skip: !shotsDir() }, () => {
  for (const variant of VARIANTS) {
    const [locale, colorScheme] = variant;
    it(`${locale} ${colorScheme}`, async () => {
      const s = await h.open("demo", "/people", { locale, colorScheme });
      const { page } = s;
      const rows = page.getByRole("row");
      await rows.nth(5).waitFor();
      await rows.nth(2).getByRole("checkbox").click();
      await rows.nth(4).getByRole("checkbox").click({ modifiers: ["Shift"] });
      await page.getByRole("toolbar").waitFor();
      await shot(page, "bulk-selection", variant);
      await done(s);
    });
  }
});
