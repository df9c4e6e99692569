// The demo book ("Load sample data", 40 people) in Chromium against the real core: what a new user sees on the first day — Today's overdue work, week ahead, event and collision; Amélie's year, charts and give-and-take; the event under way; a conflict flag; Amélie's network graph.
// UI_SHOTS=<dir> also saves Today, Amélie's page, Jérôme's page, the event and Amélie's graph in English and French, light and dark.
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

/** The page (a tall window: the app scrolls inside it), when screenshots were asked for: `<dir>/demo-<name>-<en|fr>-<light|dark>.png`. */
async function shot(page, name, [locale, scheme]) {
  const dir = shotsDir();
  if (!dir) return;
  await page.waitForTimeout(300); // transitions and charts settle
  await page.screenshot({ path: `${dir}/demo-${name}-${locale.slice(0, 2)}-${scheme}.png` });
}

describe("the demo book", () => {
  it("shows on Today the overdue follow-ups, the week ahead, the event under way and a collision", async () => {
    const s = await h.open("40", "/today");
    const { page } = s;
    const main = page.locator("main");
    await main.getByText("Send the moodboard").first().waitFor();
    await main.getByText("Agree who speaks to Jérôme").first().waitFor();
    await main.getByText("Lunch with Jérôme").first().waitFor();
    await main.getByText("VivaTech").first().waitFor();
    const collision = page.getByText(/several colleagues contacted Jérôme Guérin/).locator("..");
    await collision.waitFor();
    const said = await collision.textContent();
    assert.match(said, /Nadia Benali/, "Today names the first colleague");
    assert.match(said, /Marc Lefèvre/, "and the second");
    await done(s);
  });

  it("shows a competitor's ambassador with a conflict and Amélie with her touchpoints and network", async () => {
    const s = await h.openPerson("40", "Théo Haddad");
    const { page } = s;
    await page.getByRole("heading", { level: 1, name: "Théo Haddad" }).waitFor();
    await page.getByText(/Vitesse Apparel/).first().waitFor();
    await page.getByText("Conflict", { exact: true }).first().waitFor();

    const amelie = await h.idOf(page, "Amélie Dubois");
    await h.go(page, `/people/${amelie}`);
    await page.getByRole("heading", { level: 1, name: "Amélie Dubois" }).waitFor();
    await page.getByText("Camille Perrin", { exact: true }).locator("visible=true").first().waitFor();
    await page.getByText("Studio Relais").first().waitFor();
    await page.getByText("François Faure").first().waitFor();
    await done(s);
  });

  it("reads in English and French, light and dark", { skip: !process.env.UI_SHOTS }, async () => {
    for (const variant of VARIANTS) {
      const [locale, colorScheme] = variant;
      const s = await h.open("40", "/today", { locale, colorScheme, viewport: { width: 1280, height: 1800 } });
      const { page } = s;
      await page.getByText("Lunch with Jérôme").first().waitFor();
      await shot(page, "today", variant);

      const amelie = await h.idOf(page, "Amélie Dubois");
      await h.go(page, `/people/${amelie}`);
      await page.getByRole("heading", { level: 1, name: "Amélie Dubois" }).waitFor();
      await page.getByText(/Workshop on the/).first().waitFor();
      await shot(page, "amelie", variant);

      const jerome = await h.idOf(page, "Jérôme Guérin");
      await h.go(page, `/people/${jerome}`);
      await page.getByRole("heading", { level: 1, name: "Jérôme Guérin" }).waitFor();
      await page.getByText(/Pitched the repair-kit/).first().waitFor();
      await shot(page, "jerome", variant);

      const viva = (await h.invoke(page, "event_list", { when: "all" })).find((e) => e.name === "VivaTech");
      await h.go(page, `/events/${viva.id}`);
      await page.getByRole("heading", { level: 1, name: "VivaTech" }).waitFor();
      await page.getByText("Coffee with Amélie").first().waitFor();
      await shot(page, "event", variant);

      await page.setViewportSize({ width: 1280, height: 800 }); // the graph fits its window
      await h.go(page, `/graph/person/${amelie}`);
      await page.locator(".graph-canvas[data-ready=true][data-layout=done]").waitFor();
      await shot(page, "graph", variant);
      await done(s);
    }
  });
});
