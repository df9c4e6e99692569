// The People table as a work list in Chromium against the real core: choose columns, sort by audience, filter the never contacted, save that as a smart list and open it from the sidebar.
// UI_SHOTS=<dir> also saves the table and the sidebar in English and French, light and dark.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { start } from "./harness.mjs";
import { VARIANTS, shot } from "./shots.mjs";

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

const WORDS = {
  en: { employer: "Employer", channel: "Channel", columns: "Columns", last: "Last contact", cadence: "Cadence", audience: "Audience", never: "Never contacted", smart: "Smart lists" },
  fr: { employer: "Employeur", channel: "Canal", columns: "Colonnes", last: "Dernier contact", cadence: "Rythme", audience: "Audience", never: "Jamais contacté", smart: "Listes intelligentes" },
};

/** Ticks `names` (and unticks `off`) in the column chooser, then closes it. */
async function choose(page, w, names, off = []) {
  await page.getByRole("button", { name: w.columns, exact: true }).click();
  const panel = page.locator("#column-chooser");
  for (const n of names) await panel.getByRole("checkbox", { name: n, exact: true }).check();
  for (const n of off) await panel.getByRole("checkbox", { name: n, exact: true }).uncheck();
  await page.getByRole("button", { name: w.columns, exact: true }).click();
  await panel.waitFor({ state: "detached" });
}

describe("work list", () => {
  it("chooses columns, sorts by audience, filters the never contacted, saves and reopens a smart list", async () => {
    const s = await h.open("300", "/people");
    const { page } = s;
    const w = WORDS.en;
    const grid = page.getByRole("grid", { name: /people/i });
    await grid.getByRole("row").nth(1).getByRole("gridcell").first().waitFor();

    await choose(page, w, [w.last, w.cadence, w.audience]);
    const header = grid.getByRole("columnheader", { name: w.audience });
    await header.waitFor();
    assert.equal(await grid.getAttribute("aria-colcount"), "10", "name, the six directory columns and the three chosen");

    // Sort by the audience header: the biggest first, as the core orders them.
    await header.getByRole("button").click();
    await page.waitForFunction(() => document.querySelector('[role="columnheader"][aria-sort="descending"]'));
    const byAudience = await h.invoke(page, "person_list", { sort: "audience", descending: true, limit: 1 });
    const first = grid.getByRole("row").nth(1);
    await first.getByText(byAudience.items[0].display_name).waitFor();
    assert.match(
      (await first.innerText()).replace(/\s+/g, " "),
      /\d+(\.\d)?[KM]\b/,
      "the audience is compact (12.5K, 1.2M)",
    );

    // Never contacted, as a filter: the count is the core's.
    const never = await h.invoke(page, "person_list", { filter: { archived: "hide", last_contact: { when: "never" } }, limit: 1 });
    assert.ok(never.total > 0, "the sample book has people never contacted, or this proves nothing");
    await page.getByRole("combobox", { name: w.last }).selectOption("never");
    await page.getByText(`${never.total} ${never.total === 1 ? "person" : "people"}`, { exact: true }).waitFor();
    await grid.getByRole("row").nth(1).getByText(w.never).waitFor();

    await page.getByRole("button", { name: "Save as smart list" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: "Name" }).fill("Big and never contacted");
    await dialog.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText(`Saved “Big and never contacted”: ${never.total} people match now.`).waitFor();
    const saved = await h.invoke(page, "smart_list_all");
    assert.deepEqual(
      saved.map((x) => [x.name, x.count, x.sort, x.descending, x.filter.last_contact]),
      [["Big and never contacted", never.total, "audience", true, { when: "never" }]],
      "the filter and the order are saved",
    );
    const nav = page.getByRole("region", { name: w.smart });
    const entry = nav.getByRole("button", { name: /Big and never contacted/ });
    await entry.waitFor();
    assert.match(await entry.innerText(), new RegExp(`${never.total}$`), "the sidebar shows its live count");

    // Everyone again, then the smart list from the sidebar: the same people, its name above them.
    await page.getByRole("button", { name: "Clear filters" }).click();
    await h.until(async () => (await page.getByRole("combobox", { name: w.last }).inputValue()) === "", "the bar to clear");
    await entry.click();
    await page.getByRole("heading", { level: 1, name: /Big and never contacted/ }).waitFor();
    await page.getByText(`${never.total} people`, { exact: true }).waitFor();
    assert.equal(await page.getByRole("combobox", { name: w.last }).inputValue(), "never", "its filter shows in the bar");
    await done(s);
  });

  it("looks right in English and French, light and dark", async () => {
    for (const variant of VARIANTS) {
      const s = await h.open("300", "/people", { locale: variant[0], colorScheme: variant[1] });
      const { page } = s;
      const w = WORDS[variant[0].slice(0, 2)];
      await h.invoke(page, "smart_list_create", {
        input: { name: "PFW — beauty over 100k", filter: { archived: "hide", audience_min: 100000 }, sort: "audience", descending: true },
      });
      await h.go(page, "/today");
      await h.go(page, "/people");
      const grid = page.getByRole("grid");
      await grid.getByRole("row").nth(1).getByRole("gridcell").first().waitFor();
      await choose(page, w, [w.last, w.cadence, w.audience], [w.employer, w.channel]);
      await page.getByRole("region", { name: w.smart }).getByRole("button").first().click();
      await grid.getByRole("columnheader", { name: w.audience }).waitFor();
      await grid.getByRole("row").nth(1).getByRole("gridcell").nth(3).waitFor();
      assert.equal(
        await page.getByText(/filters saved with the smart list|filtres enregistrés/).count(),
        0,
        "every filter of this smart list has its control in the bar",
      );
      await shot(page, "worklist", variant);
      await done(s);
    }
  });
});
