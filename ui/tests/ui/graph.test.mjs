// The network graph view in Chromium against the real core (the development backend): a person's two hops drawn, a kind of tie filtered out, a node clicked to open the person, the same graph as a text list, and a list's graph.
// UI_SHOTS=<dir> also saves screenshots (the person's graph, the text alternative, a list's graph) in English and French, light and dark.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { start } from "./harness.mjs";
import { VARIANTS, shot } from "./shots.mjs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { graphCsv } from "../../../scripts/bench-app/graph.mjs";

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

/** Amara knows Bertrand, who represents Chloé; Amara works at Ogilvy with Dmitri; our colleague
 * Sam wrote to Amara. The list "Paris shortlist" holds Amara and Bertrand. */
async function plant(page) {
  const add = async (display_name, stage) =>
    (await h.invoke(page, "person_create", { input: { display_name, ...(stage ? { stage } : {}) } })).person.id;
  const amara = await add("Amara Mensah", "engaged");
  const bertrand = await add("Bertrand Lefèvre");
  const chloe = await add("Chloé Martin", "collaborating");
  const dmitri = await add("Dmitri Ivanov");
  await h.invoke(page, "connect", { input: { from: amara, to: bertrand, kind: "knows" } });
  await h.invoke(page, "connect", { input: { from: bertrand, to: chloe, kind: "represents" } });
  const ogilvy = (await h.invoke(page, "org_create", { input: { name: "Ogilvy", kind: "agency" } })).id;
  await h.invoke(page, "membership_set", { person_id: amara, org_id: ogilvy, role: "Creator" });
  await h.invoke(page, "membership_set", { person_id: dmitri, org_id: ogilvy, role: "Producer" });
  const sam = (await h.invoke(page, "colleague_create", { input: { name: "Sam Okafor", role: "PR lead" } })).id;
  await h.invoke(page, "interaction_create", { input: { kind: "email", people: [amara], colleague_id: sam, body: "Brief sent" } });
  const list = (await h.invoke(page, "list_create", { input: { name: "Paris shortlist" } })).id;
  await h.invoke(page, "list_add", { id: list, person_ids: [amara, bertrand] });
  return { amara, bertrand, chloe, ogilvy, list };
}

/** Waits for the first paint and the worker's last positions. */
async function drawn(page) {
  await page.locator(".graph-canvas[data-ready=true][data-layout=done]").waitFor();
}

/** Clicks the node with this key where the canvas draws it, as a person would. */
async function clickNode(page, key) {
  const canvas = page.locator(".graph-canvas");
  const at = await canvas.evaluate((el, k) => el._cyreg.cy.getElementById(k).renderedPosition(), key);
  const box = await canvas.boundingBox();
  await page.mouse.click(box.x + at.x, box.y + at.y);
}

describe("the network graph", () => {
  it("draws two hops, filters a kind of tie, and opens the person clicked", async () => {
    const s = await h.open("empty", "/people");
    const { page } = s;
    const { amara, bertrand } = await plant(page);
    await h.go(page, `/people/${amara}`);
    await page.getByRole("region", { name: "Network" }).getByRole("link", { name: "Network view" }).click();
    await page.getByRole("heading", { level: 1, name: "Network of Amara Mensah" }).waitFor();
    await drawn(page);
    await page.getByText("6 nodes, 5 ties").waitFor();
    const performanceMark = await page.evaluate(() => performance.getEntriesByName("graph-painted").length);
    assert.equal(performanceMark, 1, "the first paint is marked for the lead's timing");

    // Without memberships, Ogilvy and Dmitri (tied only through it) leave the graph and its list.
    await page.getByRole("checkbox", { name: "member of" }).uncheck();
    const visible = await page
      .locator(".graph-canvas")
      .evaluate((el) => el._cyreg.cy.nodes(":visible").map((n) => n.data("label")).sort());
    assert.deepEqual(visible, ["Amara Mensah", "Bertrand Lefèvre", "Chloé Martin", "Sam Okafor"], "membership ties filtered out");
    await page.getByRole("radio", { name: "List" }).check();
    const list = page.getByRole("list", { name: "List" });
    await list.getByRole("link", { name: "Chloé Martin" }).first().waitFor();
    assert.equal(await list.getByRole("link", { name: "Ogilvy" }).count(), 0, "the list shows what the graph shows");
    const chloeRow = page.locator(".graph-list .node").filter({ has: page.locator(".who a", { hasText: "Chloé Martin" }) });
    assert.match(await chloeRow.textContent(), /represented by\s*Bertrand Lefèvre/, "a tie reads from the node's side");

    await page.getByRole("radio", { name: "Graph" }).check();
    await drawn(page);
    await clickNode(page, `p:${bertrand}`);
    await page.getByRole("heading", { level: 1, name: "Bertrand Lefèvre" }).waitFor();
    assert.ok(page.url().endsWith(`#/people/${bertrand}`), "a click on a node opens the person");
    await done(s);
  });

  it("draws a list's members and their ties", async () => {
    const s = await h.open("empty", "/people");
    const { page } = s;
    const { list } = await plant(page);
    await h.go(page, `/lists/${list}`);
    await page.getByRole("link", { name: "Network view" }).click();
    await page.getByRole("heading", { level: 1, name: "Network of the list’s members" }).waitFor();
    await drawn(page);
    const hops = await page.locator(".graph-canvas").evaluate((el) =>
      el._cyreg.cy
        .nodes("[hop = 0]")
        .map((n) => n.data("label"))
        .sort(),
    );
    assert.deepEqual(hops, ["Amara Mensah", "Bertrand Lefèvre"], "the members are the centre");
    await done(s);
  });

  it("draws a big list's graph at once: hubs and a sample first, spread out before the layout, names only where shown, filters untouched", async () => {
    // 2,480 people working for 20 organizations: past the view's 1,500-node line, where the
    // first paint must not wait for the layout nor give each hidden name a box to measure, and
    // past its 2,000-node first frame, where the rest join a frame later.
    const s = await h.open("empty", "/people");
    const { page } = s;
    const csv = join(mkdtempSync(join(tmpdir(), "liaison-graph-")), "big.csv");
    graphCsv(csv, 2480, 20);
    await h.dev(page, "pick", { paths: [csv] });
    await h.invoke(page, "file_pick", { filters: [] });
    await h.invoke(page, "import_csv", { path: csv, options: { overwrite: false, valid_only: false, dry_run: false, force: false } });
    const list = (await h.invoke(page, "list_create", { input: { name: "Everyone" } })).id;
    for (let cursor; ; ) {
      const people = await h.invoke(page, "person_list", { limit: 1000, ...(cursor ? { cursor } : {}) });
      await h.invoke(page, "list_add", { id: list, person_ids: people.items.map((p) => p.id) });
      if (!(cursor = people.next_cursor)) break;
    }
    // The list's own page shows its 2,480 members a page at a time, and a page more on asking.
    await h.go(page, `/lists/${list}`);
    const rows = page.locator("ul.members > li");
    await page.getByRole("button", { name: "Show 200 more people" }).waitFor();
    assert.equal(await rows.count(), 200, "a big list's page draws its first 200 members, not 2,480");
    await page.getByRole("button", { name: "Show 200 more people" }).click();
    await rows.nth(399).waitFor();
    assert.equal(await rows.count(), 400, "each click shows the next 200");
    // What the canvas holds when it says it drew its first frame, read in that same moment.
    await page.evaluate(() => {
      const o = new MutationObserver(() => {
        const c = document.querySelector(".graph-canvas[data-ready=true]");
        if (!c) return;
        o.disconnect();
        const cy = c._cyreg.cy;
        const xs = cy.nodes().map((n) => n.position("x"));
        // Where each node was drawn first: the ties, which join after that frame, are measured on it.
        const at = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
        window.__firstFrame = {
          layout: c.dataset.layout,
          nodes: cy.nodes().length,
          orgs: cy.nodes('[kind = "organization"]').length,
          drawn: c.dataset.drawn,
          edges: cy.edges().length,
          spread: Math.max(...xs) - Math.min(...xs),
          tie: () => {
            // Ties between nodes of the first frame (the nodes that join later start where the layout has them by then).
            const ls = cy.edges().filter((e) => at.has(e.source().id()) && at.has(e.target().id())).map((e) => Math.hypot(at.get(e.source().id()).x - at.get(e.target().id()).x, at.get(e.source().id()).y - at.get(e.target().id()).y));
            return ls.length ? ls.sort((a, b) => a - b)[ls.length >> 1] : null;
          },
          named: cy.nodes().filter((n) => n.style("label") !== "").length,
          bypassed: cy.elements().filter((e) => e.style("display") === "none").length,
          hideEdgesOnViewport: cy.renderer().hideEdgesOnViewport,
          textureOnViewport: cy.renderer().textureOnViewport,
        };
      });
      o.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-ready"] });
    });
    await h.go(page, `/graph/list/${list}`);
    await page.locator(".graph-canvas[data-ready=true]").waitFor({ timeout: 60_000 });
    const first = await page.evaluate(() => ({ ...window.__firstFrame, tie: undefined }));
    assert.equal(first.nodes, 2000, "the first frame draws 2,000 of the 2,500 nodes");
    assert.equal(first.orgs, 20, "every organization (a hub) is in the first frame");
    assert.equal(first.drawn, "some", "the canvas says a share of the nodes is drawn");
    assert.equal(first.edges, 0, "a big graph's first frame draws its nodes only");
    // The other 500 join on the next frames, then the ties with the layout's first positions,
    // each measured where its ends were first drawn.
    await page.locator(".graph-canvas[data-drawn=nodes], .graph-canvas[data-drawn=all]").waitFor({ timeout: 60_000 });
    assert.equal(await page.locator(".graph-canvas").evaluate((el) => el._cyreg.cy.nodes().length), 2500, "every node is drawn once the canvas says so");
    await page.waitForFunction(() => document.querySelector(".graph-canvas")._cyreg.cy.edges().length === 2480, null, { timeout: 60_000 });
    first.tie = await page.evaluate(() => window.__firstFrame.tie());
    assert.equal(first.layout, "running", "the first frame does not wait for the layout worker");
    assert.ok(first.spread > 500, `the nodes are spread out before the layout's first positions (${first.spread} px), not piled at one point`);
    assert.ok(first.tie < first.spread / 10, `each person starts beside their organization (median tie ${first.tie} px of ${first.spread}): ties drawn across the whole graph make the first frame slow and say nothing`);
    assert.ok(first.named <= 20, `only the nodes that show their name are given one to measure (the 20 organizations, hubs): ${first.named} of 2000`);
    assert.equal(first.bypassed, 0, "nothing hidden while every kind of tie is ticked");
    assert.ok(first.hideEdgesOnViewport && first.textureOnViewport, "ties hidden and the scene a texture while panning or zooming a big graph");
    await page.locator(".graph-canvas[data-layout=done]").waitFor({ timeout: 120_000 });
    // Zoomed in to read, every name is there (the `read` class gives them back).
    const named = await page.locator(".graph-canvas").evaluate((el) => {
      const cy = el._cyreg.cy;
      cy.zoom({ level: 1.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      return cy.nodes().filter((n) => n.style("label") !== "" && Number(n.style("text-opacity")) === 1).length;
    });
    assert.equal(named, 2500, "zoomed in, every node shows its name");
    await done(s);
  });

  it("reads in English and French, light and dark", async () => {
    for (const variant of VARIANTS) {
      const [locale, colorScheme] = variant;
      const s = await h.open("empty", "/people", { locale, colorScheme });
      const { page } = s;
      const { amara, list } = await plant(page);
      await h.go(page, `/graph/person/${amara}`);
      await drawn(page);
      await shot(page, "graph-person", variant);
      await page.locator("input[type=radio][value=list]").check();
      await page.locator(".graph-list").waitFor();
      await shot(page, "graph-text", variant);
      await h.go(page, `/graph/list/${list}`);
      await drawn(page);
      await shot(page, "graph-list", variant);
      await done(s);
    }
  });
});
