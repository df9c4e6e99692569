// Our side in Chromium against the real core (the development backend): add colleagues on the Team screen, log two interactions by different colleagues, see the message-collision warning in the log form before saving and on the person page with the touchpoints, and open the person's organization page.
// UI_SHOTS=<dir> also saves the organization page, the "Our side" section and the form's warning in English and French, light and dark.
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

/** Amélie works at Maison Lumière (a talent manager), with Kwame. */
async function plant(page) {
  const add = async (display_name, stage) =>
    (await h.invoke(page, "person_create", { input: { display_name, ...(stage ? { stage } : {}) } })).person.id;
  const amelie = await add("Amélie Laurent", "engaged");
  const kwame = await add("Kwame Mensah", "contacted");
  const org = await h.invoke(page, "org_create", { input: { name: "Maison Lumière", kind: "talent_manager", country: "FR" } });
  await h.invoke(page, "membership_set", { person_id: amelie, org_id: org.id, role: "Creator", employer: true });
  await h.invoke(page, "membership_set", { person_id: kwame, org_id: org.id, role: "Talent manager" });
  return { amelie, kwame, org: org.id };
}

/** Opens the log form on the person's page, picks the colleague; answers the form. */
async function logAs(page, colleague) {
  await page.getByRole("button", { name: /Log interaction|Noter un échange/ }).click();
  const form = page.getByRole("form").filter({ has: page.locator("#ix-colleague") });
  await form.locator("#ix-colleague").selectOption({ label: colleague });
  return form;
}

describe("our side", () => {
  it("warns of two colleagues writing to one person, in the form and on the page, and opens the organization", async () => {
    const s = await h.open("empty", "/team");
    const { page } = s;
    const { amelie, org } = await plant(page);

    for (const [name, role] of [
      ["Léa Marchand", "PR lead"],
      ["Tom Okafor", "Community"],
    ]) {
      await page.getByLabel("Name", { exact: true }).fill(name);
      await page.getByLabel("Role", { exact: true }).fill(role);
      await page.getByRole("button", { name: "Add a colleague" }).click();
      await page.getByRole("status").filter({ hasText: `${name} added to the team` }).waitFor();
    }
    await page.getByRole("list", { name: "Team" }).getByText("Tom Okafor").waitFor();

    await h.go(page, `/people/${amelie}`);
    const ours = page.getByRole("region", { name: "Our side" });
    await ours.getByText("No colleague has logged an interaction with them yet.").waitFor();

    let form = await logAs(page, "Léa Marchand");
    await form.getByLabel("Kind").selectOption("email");
    assert.equal(await form.getByRole("alert").count(), 0, "the first contact warns of nothing");
    await form.getByRole("button", { name: "Save interaction" }).click();
    await form.waitFor({ state: "detached" });
    await ours.getByRole("list", { name: "Touchpoints" }).getByText("Léa Marchand").waitFor();

    form = await logAs(page, "Tom Okafor");
    await form.getByLabel("Kind").selectOption("dm");
    const warning = form.getByRole("alert").filter({ hasText: "Message collision" });
    await warning.waitFor();
    const said = await warning.textContent();
    assert.match(said, /other colleagues contacted Amélie Laurent/, said);
    assert.match(said, /Léa Marchand on .* \(E-mail\)/, "it names who and how, with when: " + said);
    assert.ok(!said.includes("Tom Okafor"), "not the colleague about to write: " + said);
    await form.getByRole("button", { name: "Save interaction" }).click();
    await form.waitFor({ state: "detached" });

    const onPage = ours.getByRole("alert").filter({ hasText: "Message collision" });
    await onPage.getByText(/Tom Okafor on/).waitFor();
    assert.match(await onPage.textContent(), /several colleagues contacted Amélie Laurent/);
    const touch = ours.getByRole("list", { name: "Touchpoints" });
    assert.equal(await touch.getByRole("listitem").count(), 2, "two colleagues dealt with her");
    // Both were logged this minute (the form's time has no seconds): the order between them is by name.
    const rows = await touch.getByRole("listitem").allTextContents();
    assert.deepEqual(
      rows.map((r) => r.replace(/ · .*/, "")),
      ["Léa Marchand1 ×", "Tom Okafor1 ×"],
      "who dealt with her and how often",
    );

    await ours.getByLabel("Owner").selectOption({ label: "Léa Marchand" });
    await page.getByRole("status").filter({ hasText: "Owner saved" }).waitFor();

    await h.go(page, "/today");
    await page.getByRole("heading", { name: "Message collisions" }).waitFor();

    await h.go(page, `/people/${amelie}`);
    await page.getByRole("region", { name: "Network" }).getByRole("link", { name: "Maison Lumière" }).click();
    await page.getByRole("heading", { level: 1, name: "Maison Lumière" }).waitFor();
    const people = page.getByRole("region", { name: "Its people", exact: true });
    await people.getByRole("link", { name: "Kwame Mensah" }).waitFor();
    assert.match(await people.getByRole("listitem").filter({ hasText: "Amélie Laurent" }).textContent(), /Creator.*Engaged/s);
    const latest = page.getByRole("region", { name: "Latest interactions with its people" });
    assert.equal(await latest.getByRole("listitem").count(), 2, "both interactions with Amélie");
    assert.match(await latest.getByRole("listitem").first().textContent(), /with Tom Okafor/);
    await page.getByLabel("Notes").fill("Books creators for the spring drop.");
    // An import makes every organization a company: its kind is changed here.
    await page.getByLabel("Kind", { exact: true }).selectOption("media");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Organization saved" }).waitFor();
    const saved = await h.invoke(page, "org_detail", { id: org });
    assert.equal(saved.organization.kind, "media", "the kind chosen on the page is saved in the book");
    assert.equal(saved.organization.notes, "Books creators for the spring drop.");

    // The window is a setting: a day still holds both (this minute), 0 is refused in words.
    await h.go(page, "/settings");
    const windowBox = page.getByLabel("Collision window (days)");
    await windowBox.fill("0");
    await windowBox.press("Enter");
    await windowBox.blur();
    await page.getByText("The collision window is a number of days from 1 to 90.").waitFor();
    await windowBox.fill("1");
    await windowBox.blur();
    await page.getByRole("status").filter({ hasText: "Collision window: 1 day" }).waitFor();
    assert.equal((await h.invoke(page, "settings_get")).collision_days, 1, "the window is saved in the book");

    await h.go(page, "/orgs");
    await page.getByLabel("Search organizations").fill("lumiere");
    await page.getByRole("list", { name: "Organizations" }).getByRole("link", { name: "Maison Lumière" }).waitFor();
    await page.getByLabel("Search organizations").fill("ogilvy");
    await page.getByText("No organizations match.").waitFor();
    await done(s);
  });

  it("reads in English and French, light and dark", async () => {
    const dir = shotsDir();
    for (const [locale, scheme] of VARIANTS) {
      const s = await h.open("empty", "/people", { colorScheme: scheme, locale });
      const { page } = s;
      const { amelie, org } = await plant(page);
      const lea = await h.invoke(page, "colleague_create", { input: { name: "Léa Marchand", role: "PR lead" } });
      const tom = await h.invoke(page, "colleague_create", { input: { name: "Tom Okafor" } });
      const at = (days) => new Date(Date.now() - days * 86400000).toISOString();
      await h.invoke(page, "interaction_create", { input: { kind: "email", people: [amelie], colleague_id: lea.id, occurred_at: at(3) } });
      await h.invoke(page, "interaction_create", { input: { kind: "dm", people: [amelie], colleague_id: tom.id, occurred_at: at(1) } });
      const tag = `${locale.slice(0, 2)}-${scheme}`;

      await h.go(page, `/people/${amelie}`);
      const ours = page.getByRole("region", { name: locale === "fr-FR" ? "Notre côté" : "Our side" });
      await ours.getByRole("alert").waitFor();
      if (dir) await ours.screenshot({ path: `${dir}/team-touchpoints-${tag}.png` });

      const form = await logAs(page, "Léa Marchand");
      await form.getByRole("alert").waitFor();
      const text = await form.getByRole("alert").textContent();
      assert.match(text, locale === "fr-FR" ? /Tom Okafor le/ : /Tom Okafor on/, text);
      if (dir) await form.screenshot({ path: `${dir}/team-warning-${tag}.png` });

      await h.go(page, `/org/${org}`);
      await page.getByRole("heading", { level: 1, name: "Maison Lumière" }).waitFor();
      await page.waitForTimeout(150);
      if (dir) await page.screenshot({ path: `${dir}/team-org-${tag}.png`, fullPage: true });
      await done(s);
    }
  });
});
