// The network on a person's page in Chromium against the real core (the development backend): connect two people from the page, see the tie read both ways, and who can introduce us.
// UI_SHOTS=<dir> also saves screenshots of the section (English light, French dark) for a look.
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
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** Three people: Zoé (engaged: we are close) knows Bertrand, whose page the test opens. */
async function plant(page) {
  const add = async (display_name, stage) =>
    (await h.invoke(page, "person_create", { input: { display_name, ...(stage ? { stage } : {}) } })).person.id;
  const zoe = await add("Zoé Adam", "engaged");
  const bertrand = await add("Bertrand Lefèvre");
  const xavier = await add("Xavier Dupont");
  await h.invoke(page, "connect", { input: { from: zoe, to: bertrand, kind: "knows" } });
  return { zoe, bertrand, xavier };
}

describe("the network on a person's page", () => {
  it("connects two people from the page and shows who can introduce us", async () => {
    const s = await h.open("empty", "/people");
    const { page } = s;
    const { bertrand, xavier } = await plant(page);
    await h.go(page, `/people/${xavier}`);
    const section = page.getByRole("region", { name: "Network" });
    // The paths search three hops out: the page asks for them with a button, not on opening.
    await section.getByRole("button", { name: "Find who can introduce us" }).click();
    await section.getByText("No warm path yet", { exact: false }).waitFor();

    await section.getByRole("button", { name: "Connect to someone…" }).click();
    const who = page.getByRole("combobox", { name: "Who" });
    await who.fill("bertrand");
    await page.getByRole("option", { name: /Bertrand Lefèvre/ }).first().waitFor();
    await who.press("Enter");
    await page.getByLabel("How", { exact: true }).selectOption("represents");
    await page.getByRole("button", { name: "Connect", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Connected Xavier Dupont and Bertrand Lefèvre" }).waitFor();

    await section.getByRole("link", { name: "Bertrand Lefèvre" }).waitFor();
    await section.getByText("represented by this person", { exact: true }).waitFor();
    // Zoé is close to us and knows Bertrand, who Xavier represents: a warm path of two ties.
    const path = section.getByRole("listitem").filter({ hasText: "Zoé Adam" });
    await path.getByText("→ Bertrand Lefèvre", { exact: false }).waitFor();
    assert.ok((await path.textContent()).includes("→ Xavier Dupont"), "the path ends at the person whose page this is");
    await shot(page, "network-en-light");

    // The same tie, read from the other side.
    await h.go(page, `/people/${bertrand}`);
    await page.getByRole("region", { name: "Network" }).getByText("this person's agent or manager", { exact: true }).waitFor();
    await done(s);
  });

  it("reads in French and in the dark", async () => {
    const s = await h.open("empty", "/people", { colorScheme: "dark", locale: "fr-FR" });
    const { page } = s;
    const { xavier, bertrand } = await plant(page);
    await h.invoke(page, "connect", { input: { from: xavier, to: bertrand, kind: "represents" } });
    await h.go(page, `/people/${xavier}`);
    const section = page.getByRole("region", { name: "Réseau" });
    await section.getByText("représentation assurée par cette personne", { exact: true }).waitFor();
    await section.getByRole("heading", { name: "Qui peut nous présenter" }).waitFor();
    await shot(page, "network-fr-dark");
    await done(s);
  });
});
