// Lists in Chromium against the real core (the development backend): make, rename and delete lists, "Add to list…" from a person, a list's page and "Export this list".
// UI_SHOTS=<dir> also saves screenshots of the new screens (light and dark) for a look.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { start } from "./harness.mjs";

const AMELIE = "Amélie Dubois";
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

describe("lists", () => {
  it("makes, renames, fills, exports, empties and deletes a list, by keyboard where it counts", async () => {
    const s = await h.open("300", "/today");
    const { page } = s;
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Lists" }).click();
    await page.getByRole("heading", { level: 1, name: "Lists" }).waitFor();
    for (const l of await h.invoke(page, "list_all")) await page.getByRole("link", { name: new RegExp(l.name) }).waitFor();

    const name = page.getByLabel("Name", { exact: true });
    await name.fill("PFW shortlist");
    await page.getByLabel("Description", { exact: true }).fill("Beauty and ethical fashion");
    await page.getByLabel("Description", { exact: true }).press("Enter");
    await page.getByRole("link", { name: /PFW shortlist/ }).waitFor();
    await name.fill("pfw SHORTLIST");
    await page.getByRole("button", { name: "Create list" }).click();
    await page.getByRole("alert").filter({ hasText: "already exists" }).waitFor();
    assert.equal(await name.getAttribute("aria-invalid"), "true", "the taken name is marked on its field");
    await name.fill("Milan trip");
    await page.getByRole("button", { name: "Create list" }).click();
    await page.getByRole("link", { name: /Milan trip/ }).waitFor();

    await page.getByRole("button", { name: "Rename — PFW shortlist" }).click();
    const box = page.getByRole("listitem").getByLabel("Name", { exact: true });
    assert.ok(await box.evaluate((el) => el === document.activeElement), "the rename box takes the keyboard");
    await box.fill("PFW final");
    await box.press("Enter");
    await page.getByRole("link", { name: /PFW final/ }).waitFor();
    await shot(page, "lists-screen");

    // From a person's page: choose a list, or name a new one and create it with Enter.
    const amelie = await h.idOf(page, AMELIE);
    await h.go(page, `/people/${amelie}`);
    await page.getByRole("heading", { level: 1, name: "Amélie Dubois" }).waitFor();
    await page.getByRole("button", { name: "Add to list…" }).click();
    const dialog = page.getByRole("dialog", { name: "Add Amélie Dubois to a list" });
    await dialog.waitFor();
    const filter = dialog.getByRole("searchbox", { name: "Find or name a list" });
    assert.ok(await filter.evaluate((el) => el === document.activeElement), "the dialog opens on its search box");
    await shot(page, "add-to-list");
    await filter.fill("pfw");
    await filter.press("Enter");
    await page.getByText("Amélie Dubois added to “PFW final”.").waitFor();
    await page.getByRole("button", { name: "Add to list…" }).click();
    await dialog.getByRole("button", { name: /PFW final/ }).waitFor();
    assert.ok(await dialog.getByRole("button", { name: /PFW final/ }).isDisabled(), "a list she is on cannot be chosen again");
    await filter.fill("Cannes Lions");
    await filter.press("Enter");
    await page.getByText("Amélie Dubois added to “Cannes Lions”.").waitFor();
    const onLists = page.getByRole("region", { name: "Lists" });
    await onLists.getByRole("link", { name: "Cannes Lions" }).waitFor();
    assert.ok(await onLists.getByRole("link", { name: "PFW final" }).isVisible(), "the page shows every list she is on");

    // The list's page: its member, the export, removing her.
    await onLists.getByRole("link", { name: "PFW final" }).click();
    await page.getByRole("heading", { level: 1, name: "PFW final" }).waitFor();
    assert.ok(await page.getByText("Beauty and ethical fashion").isVisible(), "the description is shown");
    assert.ok(await page.getByRole("link", { name: "Open Amélie Dubois" }).isVisible(), "the member is listed");
    await shot(page, "list-page");
    await page.getByRole("button", { name: "CSV", exact: true }).click();
    await page.getByText(/Saved to/).first().waitFor();
    await page.getByRole("button", { name: "Bundle (JSON)" }).click();
    await page.getByText(/Saved to .+\.json/).first().waitFor();
    const [csv, bundle] = (await h.dev(page, "record")).saved;
    const rows = csv.text.trim().split(/\r?\n/);
    assert.equal(rows.length, 2, "the CSV holds the list's one member under its header");
    assert.match(rows[1], /Amélie/, "and she is that member");
    assert.ok(bundle.text.includes("PFW final") && bundle.text.includes(amelie), "the bundle carries the list and her");
    assert.equal(bundle.text.match(/"display_name"/g)?.length, 1, "and no one off the list");
    await page.getByRole("button", { name: "Remove Amélie Dubois from the list" }).click();
    await page.getByText("No one on this list yet.", { exact: false }).waitFor();
    await h.go(page, `/people/${amelie}`);
    await page.getByRole("heading", { level: 1, name: "Amélie Dubois" }).waitFor();
    await page.getByRole("region", { name: "Lists" }).getByRole("link", { name: "Cannes Lions" }).waitFor();
    assert.equal(await page.getByRole("region", { name: "Lists" }).getByRole("link", { name: "PFW final" }).count(), 0, "she left that list only");

    // Deleting asks first, with Cancel focused; the people stay.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Lists" }).click();
    await page.getByRole("button", { name: "Delete — Milan trip" }).click();
    const confirm = page.getByRole("dialog", { name: "Delete the list “Milan trip”?" });
    await confirm.waitFor();
    assert.ok(await confirm.getByRole("button", { name: "Cancel" }).evaluate((el) => el === document.activeElement), "Enter never deletes by accident");
    await confirm.getByRole("button", { name: "Delete" }).click();
    await page.getByText("List “Milan trip” deleted.").waitFor();
    // The toast can come before the lists reload: wait for the link to go, never read at once.
    await page.getByRole("link", { name: /Milan trip/ }).waitFor({ state: "detached" });
    await done(s);
  });

  it("reads in French and in the dark", async () => {
    const s = await h.open("300", "/today", { colorScheme: "dark", locale: "fr-FR" });
    const { page } = s;
    await page.getByRole("navigation").getByRole("link", { name: "Listes" }).waitFor();
    const list = await h.invoke(page, "list_create", { input: { name: "Sélection Fashion Week", description: "Beauté" } });
    await h.invoke(page, "list_add", { id: list.id, person_ids: [await h.idOf(page, AMELIE)] });
    await page.getByRole("navigation").getByRole("link", { name: "Listes" }).click();
    await page.getByRole("heading", { level: 1, name: "Listes" }).waitFor();
    await page.getByRole("link", { name: /Sélection Fashion Week/ }).waitFor();
    await shot(page, "lists-screen-dark-fr");
    await page.getByRole("link", { name: /Sélection Fashion Week/ }).click();
    await page.getByRole("heading", { level: 1, name: "Sélection Fashion Week" }).waitFor();
    assert.ok(await page.getByRole("button", { name: "Paquet (JSON)" }).isVisible());
    await shot(page, "list-page-dark-fr");
    await done(s);
  });
});
