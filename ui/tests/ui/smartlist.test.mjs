// A smart list's own actions in Chromium against the real core: rename, save the filters shown now into it, export its people as a bundle, bulk actions on it, delete after asking.
// UI_SHOTS=<dir> also saves its actions bar in English and French, light and dark.
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

const NEVER = { archived: "hide", last_contact: { when: "never" } };

describe("smart list actions", () => {
  it("renames, re-saves, exports as a bundle, takes a bulk change and deletes a smart list", async () => {
    const s = await h.open("300", "/today");
    const { page } = s;
    await h.invoke(page, "smart_list_create", { input: { name: "Never contacted", filter: NEVER, sort: "name", descending: false } });
    await h.go(page, "/people");
    const nav = page.getByRole("region", { name: "Smart lists" });
    await nav.getByRole("button", { name: /Never contacted/ }).click();
    await page.getByRole("heading", { level: 1, name: /Never contacted/ }).waitFor();
    const bar = page.getByRole("group", { name: "Smart list actions" });

    // Rename: the sidebar and the heading follow, the filter stays.
    await bar.getByRole("button", { name: "Rename" }).click();
    const dialog = page.getByRole("dialog", { name: "Rename smart list" });
    await dialog.getByRole("textbox", { name: "Name" }).fill("Not yet contacted");
    await dialog.getByRole("button", { name: "Rename" }).click();
    await page.getByText("Renamed to “Not yet contacted”").waitFor();
    await page.getByRole("heading", { level: 1, name: /Not yet contacted/ }).waitFor();
    let saved = await h.invoke(page, "smart_list_all");
    assert.deepEqual(saved.map((x) => [x.name, x.filter.last_contact]), [["Not yet contacted", { when: "never" }]], "renamed, its filter kept");

    // Change the filter in the bar, then save it into the smart list.
    await page.getByRole("combobox", { name: "Stage" }).selectOption("identified");
    const want = await h.invoke(page, "person_list", { filter: { ...NEVER, stage: "identified" }, limit: 1 });
    assert.ok(want.total > 0, "the sample book has never-contacted people just identified, or this proves nothing");
    await page.getByText(`${want.total} ${want.total === 1 ? "person" : "people"}`, { exact: true }).waitFor();
    await bar.getByRole("button", { name: "Save current filters" }).click();
    await page.getByText(`“Not yet contacted” now holds ${want.total} people`).waitFor();
    saved = await h.invoke(page, "smart_list_all");
    assert.deepEqual([saved[0].filter.stage, saved[0].count], ["identified", want.total], "the bar's filters are now the smart list's");

    // Export its people as a bundle: exactly its members.
    await bar.getByRole("combobox", { name: "Export…" }).selectOption("bundle");
    await page.getByText(/Saved to .+\.json/).first().waitFor();
    const [bundle] = (await h.dev(page, "record")).saved;
    const json = JSON.parse(bundle.text);
    assert.equal(json.people.length, want.total, "the bundle holds the smart list's people");
    assert.ok(json.people.every((p) => p.stage === "identified"), "and only them");
    assert.deepEqual(json.manifest.scope.kind, "people");

    // Bulk actions work on it as on any table: select all matching, tag, undo.
    const grid = page.getByRole("grid");
    await grid.getByRole("row").nth(1).getByRole("gridcell").first().waitFor();
    await grid.getByRole("row").nth(1).getByRole("checkbox").click();
    const bulk = page.getByRole("toolbar", { name: "Bulk actions" });
    if (want.total > 1) await bulk.getByRole("button", { name: /Select all \d+ matching/ }).click();
    await bulk.getByRole("textbox", { name: "Tag" }).fill("to-contact");
    await bulk.getByRole("button", { name: "Add tag" }).click();
    await page.getByText(new RegExp(`${want.total} (person|people) changed`)).first().waitFor();
    const tagged = await h.invoke(page, "person_list", { filter: { ...NEVER, stage: "identified", tag: "to-contact" }, limit: 1 });
    assert.equal(tagged.total, want.total, "every member of the smart list got the tag");
    await bulk.getByRole("button", { name: "Clear selection" }).click();

    // Delete asks first, with Cancel focused; the people stay.
    const before = (await h.invoke(page, "person_list", { limit: 1 })).total;
    await bar.getByRole("button", { name: "Delete" }).click();
    const confirm = page.getByRole("dialog", { name: "Delete the smart list “Not yet contacted”?" });
    await confirm.waitFor();
    assert.ok(await confirm.getByRole("button", { name: "Keep it" }).evaluate((el) => el === document.activeElement), "Enter never deletes by accident");
    await confirm.getByRole("button", { name: "Delete smart list" }).click();
    await page.getByText("Smart list “Not yet contacted” deleted").waitFor();
    await page.getByRole("heading", { level: 1, name: "People" }).waitFor();
    assert.deepEqual(await h.invoke(page, "smart_list_all"), [], "the smart list is gone");
    assert.equal((await h.invoke(page, "person_list", { limit: 1 })).total, before, "nobody left the book");
    await done(s);
  });

  it("looks right in English and French, light and dark", async () => {
    for (const variant of VARIANTS) {
      const s = await h.open("300", "/today", { locale: variant[0], colorScheme: variant[1] });
      const { page } = s;
      await h.invoke(page, "smart_list_create", { input: { name: "PFW — beauty over 100k", filter: { archived: "hide", audience_min: 100000 }, sort: "audience", descending: true } });
      await h.go(page, "/people");
      await page.locator("nav, aside").getByRole("button", { name: /PFW/ }).first().click();
      await page.getByRole("heading", { level: 1, name: /PFW/ }).waitFor();
      await page.getByRole("grid").getByRole("row").nth(1).getByRole("gridcell").first().waitFor();
      await shot(page, "smartlist-actions", variant);
      await done(s);
    }
  });
});
