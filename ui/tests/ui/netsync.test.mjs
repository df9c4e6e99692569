// Issue 16 in Chromium against the real core: a colleague edited in place on the Team screen (and a refusal said there), and quick capture's “Amélie (via Kwame): …” saving who introduced her, or saying that the introducer is not in the book.
// UI_SHOTS=<dir> also saves the edit form and the capture box with its “introduced by” chip in English and French, light and dark.
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

describe("network in forms and capture", () => {
  it("edits a colleague in place, and says what is wrong when the core refuses", async () => {
    const s = await h.open("1", "/today");
    const { page } = s;
    await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
    await h.invoke(page, "colleague_create", { input: { name: "Léa Marchand", role: "PR lead", region: "EMEA" } });
    await h.invoke(page, "colleague_create", { input: { name: "Tom Okafor" } });
    await h.go(page, "/team");
    const roster = page.getByRole("list", { name: "Team" });
    await roster.getByText("Léa Marchand").waitFor();
    await page.getByRole("button", { name: "Edit Léa Marchand" }).click();
    const form = page.getByRole("form", { name: "Edit Léa Marchand" });
    assert.equal(await form.locator("#edit-region").inputValue(), "EMEA", "the form starts from her fields");
    await form.locator("#edit-name").fill("tom okafor");
    await form.getByRole("button", { name: "Save" }).click();
    await form.getByRole("alert").filter({ hasText: "already named" }).waitFor();
    await form.locator("#edit-name").fill("Léa Marchand");
    await form.locator("#edit-email").fill("lea@example.com");
    await form.locator("#edit-role").fill("Head of PR");
    await form.getByRole("button", { name: "Save" }).click();
    await page.getByRole("status").filter({ hasText: "Léa Marchand saved" }).waitFor();
    await roster.getByText("Head of PR · EMEA · lea@example.com").waitFor();
    const [lea] = (await h.invoke(page, "colleague_all")).filter((c) => c.name === "Léa Marchand");
    assert.equal(lea.role, "Head of PR", "saved in the book");
    // Cancel leaves her as she is.
    await page.getByRole("button", { name: "Edit Léa Marchand" }).click();
    await page.getByRole("form", { name: "Edit Léa Marchand" }).locator("#edit-role").fill("Intern");
    await page.getByRole("button", { name: "Cancel" }).click();
    await roster.getByText("Head of PR · EMEA · lea@example.com").waitFor();
    await done(s);
  });

  it("capture via a known person records the introduction; via someone unknown says so", async () => {
    const s = await h.open("1", "/today");
    const { page } = s;
    await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
    const kwame = (await h.invoke(page, "person_create", { input: { display_name: "Kwame Mensah" } })).person.id;
    await page.keyboard.press("Control+j");
    await page.getByRole("combobox", { name: "Capture a note" }).waitFor();
    await page.keyboard.type("Amélie Dubois (via Kwame): met at the Lagos show");
    const dialog = page.getByRole("dialog", { name: "Quick capture" });
    await dialog.getByText("introduced by Kwame Mensah").waitFor();
    assert.equal(await dialog.getByText(/\(via/).count(), 0, "no one named “(via”");
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "Saved for" }).waitFor();
    const net = await h.invoke(page, "person_network", { person_id: kwame });
    assert.deepEqual(
      net.connections.map((c) => [c.other_name, c.kind, c.outgoing]),
      [["Amélie Dubois", "introduced", true]],
      "Kwame introduced Amélie",
    );
    await page.keyboard.press("Control+j");
    await page.getByRole("combobox", { name: "Capture a note" }).waitFor();
    await page.keyboard.type("Noi (via Nobody Here): coffee");
    await dialog.getByText("No one here is “Nobody Here” (after “via”): add them first, or correct the name.").waitFor();
    await done(s);
  });

  it("screenshots of the edit form and the capture chip", async () => {
    for (const variant of VARIANTS) {
      const s = await h.open("empty", "/today", { locale: variant[0], colorScheme: variant[1] });
      const { page } = s;
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await h.invoke(page, "person_create", { input: { display_name: "Kwame Mensah" } });
      await h.invoke(page, "colleague_create", { input: { name: "Léa Marchand", role: "PR lead", region: "EMEA" } });
      await page.keyboard.press("Control+j");
      await page.getByRole("combobox").first().waitFor();
      await page.keyboard.type("Amélie Dubois (via Kwame): met at the Lagos show");
      await page.getByText(/Kwame Mensah/).first().waitFor();
      await shot(page, "netsync-capture-via", variant);
      await page.keyboard.press("Escape");
      await h.go(page, "/team");
      await page.locator("button.edit").first().click();
      await page.locator("#edit-name").waitFor();
      await shot(page, "netsync-colleague-edit", variant);
      await done(s);
    }
  });
});
