// Small things a person sees, in Chromium against the real core: form controls follow the dark theme, Today's "Due today" says the time alone, the graph's labels do not pile up.
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

/** Every `<select>` on the page: its colour scheme and the lightness (0–255) of its background and text. */
function selectsOn(page) {
  return page.evaluate(() => {
    const probe = document.createElement("canvas").getContext("2d");
    const lightness = (css) => {
      probe.fillStyle = "#000";
      probe.fillStyle = css;
      probe.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
      return a === 0 ? null : Math.round(0.299 * r + 0.587 * g + 0.114 * b);
    };
    return [...document.querySelectorAll("select")].map((s) => {
      const cs = getComputedStyle(s);
      const rows = [...s.options].map((o) => getComputedStyle(o));
      return {
        name: s.getAttribute("aria-label") || s.id || (s.closest("label")?.textContent ?? "a select").trim().slice(0, 24),
        scheme: cs.colorScheme,
        bg: lightness(cs.backgroundColor),
        fg: lightness(cs.color),
        rowBg: Math.max(...rows.map((o) => lightness(o.backgroundColor) ?? 255)),
        rowFg: Math.min(...rows.map((o) => lightness(o.color))),
      };
    });
  });
}

describe("form controls follow the theme", () => {
  it("in dark mode every select on the event, People, import and export screens is dark with light text", async () => {
    const s = await h.open("40", "/events", { colorScheme: "dark", viewport: { width: 1280, height: 1000 } });
    const { page } = s;
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    const viva = (await h.invoke(page, "event_list", { when: "all" })).find((e) => e.name === "VivaTech");
    const screens = [
      [`/events/${viva.id}`, () => page.getByRole("combobox", { name: /^Role of / }).first().waitFor()],
      ["/people", () => page.getByRole("grid").waitFor()],
      [
        "/io",
        async () => {
          await page.getByRole("tab", { name: "Export" }).click();
          await page.getByText("vCard version").waitFor();
        },
      ],
      [`/people/${await h.idOf(page, "Amélie Dubois")}`, () => page.getByRole("list", { name: "Timeline" }).waitFor()],
      ["/settings", () => page.locator("select").first().waitFor()],
    ];
    let seen = 0;
    for (const [hash, ready] of screens) {
      await h.go(page, hash);
      await ready();
      for (const sel of await selectsOn(page)) {
        if (process.env.LOOKS_DEBUG) console.log(hash, JSON.stringify(sel));
        seen++;
        assert.equal(sel.scheme, "dark", `${hash} ${sel.name}: the open list and arrow are drawn dark`);
        assert.ok(sel.bg !== null && sel.bg < 90, `${hash} ${sel.name}: a dark background in dark mode (lightness ${sel.bg})`);
        assert.ok(sel.fg - sel.bg > 60, `${hash} ${sel.name}: light text on it (lightness ${sel.fg} on ${sel.bg})`);
        assert.ok(sel.rowBg < 90, `${hash} ${sel.name}: its open list of choices is dark too (lightness ${sel.rowBg})`);
        assert.ok(sel.rowFg > 200, `${hash} ${sel.name}: every choice in plain light text, not the select's tint (lightness ${sel.rowFg})`);
      }
    }
    assert.ok(seen >= 10, `the attendee table's role and status menus and the other screens' were all checked (${seen})`);
    await done(s);
  });
});

/** `YYYY-MM-DDTHH:MM` in Paris (the harness's zone), today. */
function parisToday(hhmm) {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  return `${day}T${hhmm}`;
}
const parisHour = () => Number(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", hour: "2-digit", hourCycle: "h23" }).format(new Date()));

describe("Today says the time of what is due today", () => {
  // A follow-up and a meetup late tonight, so neither has passed when the page reads them.
  it("'Due today' and today's meetups read '11:50 PM' in English and '23:50' in French, not the date again", { skip: parisHour() >= 23 && "too close to midnight in Paris" }, async () => {
    for (const [locale, due, meet] of [
      ["en-US", "11:50 PM", "11:40 PM"],
      ["fr-FR", "23:50", "23:40"],
    ]) {
      const s = await h.open("1", "/people", { locale });
      const { page } = s;
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      const [p] = (await h.invoke(page, "person_list", { limit: 1 })).items;
      await h.invoke(page, "followup_create", { input: { title: "Send the tonight's line-up", people: [p.id], due_local: parisToday("23:50") } });
      await h.invoke(page, "meetup_create", { input: { title: "Drinks after the show", start_local: parisToday("23:40"), people: [p.id] } });
      await h.go(page, "/today");
      const row = page.locator("section[aria-labelledby=t-due] li", { hasText: "Send the tonight's line-up" });
      await row.waitFor();
      assert.equal((await row.locator(".when").textContent()).trim(), due, `${locale}: under "Due today" the time alone, as the locale writes it`);
      const meetup = page.locator("section[aria-labelledby=t-meetups] li", { hasText: "Drinks after the show" });
      assert.equal((await meetup.locator(".time").textContent()).trim(), meet, `${locale}: a meetup's time as the locale writes it`);
      await done(s);
    }
  });
});

describe("the graph's labels", () => {
  it("in Amélie's network (the demo book) no two names are drawn over each other, light or dark", async () => {
    for (const colorScheme of ["light", "dark"]) {
      const s = await h.open("40", "/people", { colorScheme });
      const { page } = s;
      const amelie = await h.idOf(page, "Amélie Dubois");
      await h.go(page, `/graph/person/${amelie}`);
      const canvas = page.locator(".graph-canvas[data-ready=true][data-layout=done]");
      await canvas.waitFor();
      const boxes = await canvas.evaluate((el) =>
        el._cyreg.cy
          .nodes(":visible")
          .filter((n) => Number(n.style("text-opacity")) > 0)
          .map((n) => ({ label: n.data("label"), ...n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }) })),
      );
      assert.ok(boxes.length >= 8, `the names are shown (${boxes.length})`);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          const apart = a.x2 <= b.x1 || b.x2 <= a.x1 || a.y2 <= b.y1 || b.y2 <= a.y1;
          assert.ok(apart, `${colorScheme}: "${a.label}" and "${b.label}" are drawn apart, each readable`);
        }
      }
      await done(s);
    }
  });
});

describe("a dense graph's labels", () => {
  it("over 60 nodes, the centre is named, the others on pointing at them", async () => {
    const s = await h.open("empty", "/people");
    const { page } = s;
    const add = async (display_name) => (await h.invoke(page, "person_create", { input: { display_name } })).person.id;
    const hub = await add("Inès Marchand");
    for (let i = 0; i < 64; i++) await h.invoke(page, "connect", { input: { from: hub, to: await add(`Contact ${String(i).padStart(2, "0")}`), kind: "knows" } });
    await h.go(page, `/graph/person/${hub}`);
    const canvas = page.locator(".graph-canvas[data-ready=true][data-layout=done]");
    await canvas.waitFor();
    const label = (name) => canvas.evaluate((el, n) => Number(el._cyreg.cy.nodes().filter((x) => x.data("label") === n).style("text-opacity")), name);
    assert.equal(await label("Inès Marchand"), 1, "the person whose network it is keeps her name");
    assert.equal(await label("Contact 07"), 0, "65 names at once would pile up: the others wait to be pointed at");
    const at = await canvas.evaluate((el) => el._cyreg.cy.nodes().filter((x) => x.data("label") === "Contact 07").renderedPosition());
    const box = await canvas.boundingBox();
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await h.until(async () => (await label("Contact 07")) === 1, "the name of the node under the pointer");
    await done(s);
  });
});
