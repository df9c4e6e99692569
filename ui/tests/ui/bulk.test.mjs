// Bulk actions in the People table, in Chromium against the real core (the development backend): a Shift-click range, a tag added to it and undone from the toast, the keyboard, and "select all N matching" acting on the whole filter result.
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
    await bar.getByRole("combobox", { name: "Set stage…" }).selectOption("paused");
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
