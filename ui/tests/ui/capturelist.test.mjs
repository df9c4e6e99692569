// Issue 17 in Chromium against the real core: a capture line naming several people by name and handle reaches each of them, and a handle no one has is said.
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

/** Anaïs (by name) and Héloïse (by her Instagram handle), beside the book's one made-up person. */
async function twoPeople(page) {
  const anais = (await h.invoke(page, "person_create", { input: { display_name: "Anaïs Girard" } })).person.id;
  const heloise = (
    await h.invoke(page, "person_create", {
      input: { display_name: "Héloïse Marchand", channels: [{ platform: "instagram", handle: "@heloise.mc" }] },
    })
  ).person.id;
  return { anais, heloise };
}

describe("quick capture with several people", () => {
  it("a name and a handle before the colon both get the note and the follow-up", async () => {
    const s = await h.open("1", "/today");
    const { page } = s;
    await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
    const { anais, heloise } = await twoPeople(page);
    const count = (await h.invoke(page, "person_list", { limit: 10 })).items.length;
    await page.keyboard.press("Control+j");
    const box = page.getByRole("combobox", { name: "Capture a note" });
    await box.waitFor();
    await page.keyboard.type("Anaïs, @heloise.mc: dîner parfait -> relancer vendredi");
    const people = page.getByRole("dialog", { name: "Quick capture" }).getByRole("list", { name: "Who" });
    await people.getByText("Héloïse Marchand", { exact: true }).waitFor();
    assert.ok(await people.getByText("Anaïs Girard", { exact: true }).isVisible(), "Anaïs is found by her name");
    assert.equal(await people.getByText(/new person/).count(), 0, "no one new: not a person named “heloise.mc:”");
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "Saved for" }).waitFor();
    for (const id of [anais, heloise]) {
      const [latest] = (await h.invoke(page, "timeline_list", { person_id: id, limit: 1 })).items;
      assert.equal(latest?.body, "dîner parfait", "each of them has the note");
      const open = await h.invoke(page, "followup_list", { person_id: id, status: "open" });
      assert.deepEqual(open.map((f) => f.title), ["relancer"], "and the follow-up");
    }
    const everyone = await h.invoke(page, "person_list", { limit: 10 });
    assert.equal(everyone.items.length, count, "no one was created");
    await done(s);
  });

  it("a handle no one has is said, and becomes a person only when picked", async () => {
    const s = await h.open("1", "/today");
    const { page } = s;
    await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
    const { anais } = await twoPeople(page);
    await page.keyboard.press("Control+j");
    await page.getByRole("combobox", { name: "Capture a note" }).waitFor();
    await page.keyboard.type("Anaïs, @zoe.b: brunch");
    const dialog = page.getByRole("dialog", { name: "Quick capture" });
    await dialog.getByText("@zoe.b: no one has this handle").waitFor();
    await dialog.getByText("No one has the handle @zoe.b. Correct it, or pick “A new person” below.").waitFor();
    const option = page.getByRole("option", { name: "A new person named “@zoe.b”" });
    assert.ok(await option.isVisible(), "the one choice offered is a new person");
    await page.keyboard.press("Enter"); // picks the highlighted choice: a new person
    await dialog.getByText("+ new person: @zoe.b").waitFor();
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "Saved for" }).waitFor();
    const [latest] = (await h.invoke(page, "timeline_list", { person_id: anais, limit: 1 })).items;
    assert.deepEqual([...latest.person_names].sort(), ["Anaïs Girard", "zoe.b"], "Anaïs is kept, and the new person is named after the handle");
    await done(s);
  });

  it("screenshots of the capture box with a list of people", async () => {
    for (const variant of VARIANTS) {
      const s = await h.open("1", "/today", { locale: variant[0], colorScheme: variant[1] });
      const { page } = s;
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await twoPeople(page);
      await page.keyboard.press("Control+j");
      await page.getByRole("combobox").first().waitFor();
      await page.keyboard.type("Anaïs, @heloise.mc, @zoe.b: dîner parfait -> relancer vendredi");
      await page.getByText("Héloïse Marchand", { exact: true }).waitFor();
      await page.getByRole("option").first().waitFor();
      await shot(page, "capture-list", variant);
      await done(s);
    }
  });
});
