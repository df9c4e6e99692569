// Issue 17's window costs in Chromium against the real core: a person's page asks for its insights once, and search answers the newest query typed, without a pause first.
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

/** The commands the page sends to the backend, in order. */
function recordCommands(page) {
  const cmds = [];
  page.on("request", (r) => {
    if (!r.url().endsWith("/__liaison/invoke")) return;
    try {
      cmds.push(JSON.parse(r.postData() ?? "{}").cmd);
    } catch {
      /* not a command */
    }
  });
  return cmds;
}

describe("the person page", () => {
  it("shows both insight parts from one request to the core", async () => {
    const s = await h.open("30", "/people");
    const { page } = s;
    const id = await h.idOf(page, "Amélie Dubois");
    const cmds = recordCommands(page);
    await h.go(page, `/people/${id}`);
    await page.getByRole("heading", { level: 1, name: "Amélie Dubois" }).waitFor();
    await page.getByRole("definition").first().waitFor(); // the stats strip under the name
    await page.getByRole("heading", { level: 2, name: "Give and take" }).waitFor();
    await page.locator(".insights").waitFor();
    const asked = cmds.filter((c) => c === "person_insights").length;
    assert.equal(asked, 1, `a busy person's insights read all their interactions: ask once, not per part (asked ${asked} times)`);
    await done(s);
  });
});

describe("search as you type", () => {
  it("answers the newest query when keys come faster than answers", async () => {
    const s = await h.open("30", "/people");
    const { page } = s;
    await page.getByRole("grid").waitFor();
    await page.keyboard.press("Control+k");
    const box = page.getByRole("combobox", { name: "Search people" });
    await box.waitFor();
    const cmds = recordCommands(page);
    await box.pressSequentially("amelie dub"); // no delay between keys
    const list = page.getByRole("listbox", { name: "Results" });
    await h.until(async () => (await list.getAttribute("data-answered")) === "amelie dub", "the results for the whole query");
    assert.match(await list.getByRole("option").first().textContent(), /Amélie Dubois/);
    const searches = cmds.filter((c) => c === "person_search").length;
    assert.ok(searches >= 1 && searches <= 10, `one request per key at most, fewer when answers are slower than keys (${searches})`);
    await done(s);
  });
});
